"""Personal data in what people type: e-mail addresses and phone numbers, also inside free text.

Two uses. ``is_contact_phone`` and ``is_email_address`` check a field that must
hold exactly one (the contact person's phone and e-mail): a phone number may be
Dutch (``is_phone_number``), foreign in international form
(``is_foreign_phone_number``: +49 2821 123456, 0049 …) or the municipality's
own, 14 and the area code (``is_municipal_number``: 14 0412). ``find_personal_data``
looks for them anywhere in free text (a room's or an activity's name, a
signal's theme, the board's remarks), for what leaves the house: the export
and the calendar file refuse such text (``refuse_personal_data``), and the
forms warn while it is typed. Both uses share the patterns below.

What the scan finds:

- an e-mail address as ``is_email_address`` accepts it (``name@domain.tld``),
  also written as ``name(at)domain.tld`` or ``name[at]domain.tld``;
- a Dutch phone number as ``is_phone_number`` accepts it (06-12345678,
  0412-123456, (0412) 12 34 56, +31 6 12345678, +31 (0)6 …, 0031 …), and
  in free text also with dots or slashes between the groups (06.12345678,
  0412/123456) and as "+31 06 12345678";
- a foreign number in international form: ``+`` or ``00``, a country code,
  nine to fifteen digits in all (+32 2 123 45 67, +49 (0)30 12345678).

What it leaves alone, so that ordinary text is not refused: years (2026),
times (19:30, 9.30-11.30), dates (12-03-2026, 2026-03-12, also right before a
time), postcodes (5341 AB), house numbers, prices, counts, room and activity
codes (R1, A12), digits glued to letters (5341AB, NL91ABNA…), IBANs, and
number lists whose first group cannot begin a phone number ("0 1 2 3 4 5 6
7 8 9", "05 10 15 20 25"). A national number's first group must be an area
code as people write it (06, or three or four digits starting with 0) or the
whole ten digits, and the groups after it have at least two digits each.

``find_personal_hints`` looks for what only *may* name someone, for a warning
(never a refusal: ordinary text can look like it), e.g. when a resident's
"Mevrouw Jansen van Dorpsstraat 4" is about to be shared:

- a title or form of address followed by a capitalised name, perhaps with
  initials and little words between: "Mevrouw Jansen", "mevr. de Vries",
  "dhr. J.P. Bakker", "meneer Van Dam", "familie Smits", "fam. El Amrani";
  a lower-case word after the title is no name ("mevrouw wil teruggebeld
  worden", "de familie van de buurman");
- a street and house number: a capitalised word ending in a usual street word
  (straat, laan, weg, plein, dreef, singel, kade, gracht, hof, dijk, markt, …),
  or any word ending in "straat", then a number of up to four digits with a
  letter, a range or "bis" ("Kerkplein 12a", "Molenweg 3-5"); a year, a time
  or a date after it ("Markt 12 mei", "Kerkplein 19.30") is no house number,
  and rooms ("Ruimte 4", "Zaal 2") and quarters ("Q3 2026") have no street word;
- a postcode: four digits not starting with 0 and two capitals other than SA,
  SD and SS ("5341 AB", "5341AB"). A year before a word in capitals ("2024 IS")
  looks the same; a warning may be wrong, the board decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from housedesk.common.problems import QT_TRANSLATE_NOOP, Phrase, Problem, ValidationError

# --------------------------------------------------------------------------- whole fields

# Dutch numbers as people write them: digits in groups separated by spaces or
# hyphens, the area code perhaps in parentheses, "+31"/"0031" perhaps followed
# by "(0)". What counts is the digits: 10 nationally (0 and nine more), 9 after
# the country code.
_PHONE_CHARACTERS = re.compile(r"\+?[0-9 ()-]*[0-9]")
_PHONE_PARENTHESES = re.compile(r"[^()]*(?:\([0-9]+\))?[^()]*")
_PHONE_NATIONAL = re.compile(r"0[1-9][0-9]{8}")
_PHONE_INTERNATIONAL = re.compile(r"(?:\+31|0031)[1-9][0-9]{8}")
# Any other country: "+" or "00", a country code that is not 31, 9 to 15 digits in all.
_PHONE_FOREIGN = re.compile(r"(?:\+|00)(?!31)[1-9][0-9]{8,14}")

# The local part starts where a word does: from inside one it would be the same match,
# found after scanning the rest of a long word once for every character of it.
_EMAIL_LOCAL = r"(?<![^\s@,;:<>()\[\]\"])[^\s@,;:<>()\[\]\"]+"
_EMAIL_DOMAIN = r"(?:[^\s@,;:<>()\[\]\".]+\.)+[^\s@,;:<>()\[\]\".0-9]{2,}"
_EMAIL = re.compile(_EMAIL_LOCAL + "@" + _EMAIL_DOMAIN)


def is_phone_number(text: str) -> bool:
    """Whether ``text`` is a Dutch phone number as people write it (06-12345678, +31 6 …)."""
    text = text.strip()
    if not _PHONE_CHARACTERS.fullmatch(text) or not _PHONE_PARENTHESES.fullmatch(text):
        return False
    digits = re.sub(r"[ -]", "", text)
    for prefix in ("+31(0)", "0031(0)"):
        if digits.startswith(prefix):
            digits = digits[: len(prefix) - 3] + digits[len(prefix) :]
            break
    else:
        if "(" in digits:
            # Only an area code goes between parentheses: "(0412) 123456".
            if not digits.startswith("(0"):
                return False
            digits = digits.replace("(", "").replace(")", "")
    return bool(_PHONE_NATIONAL.fullmatch(digits) or _PHONE_INTERNATIONAL.fullmatch(digits))


def is_foreign_phone_number(text: str) -> bool:
    """Whether ``text`` is a phone number abroad in international form (+32 2 123 45 67)."""
    text = text.strip()
    if not _PHONE_CHARACTERS.fullmatch(text) or not _PHONE_PARENTHESES.fullmatch(text):
        return False
    digits = re.sub(r"[ ()-]", "", text.replace("(0)", "", 1))
    return bool(_PHONE_FOREIGN.fullmatch(digits))


# The municipality's number: 14 and the area code of the town hall ("14 0412", "14 010").
_PHONE_MUNICIPAL = re.compile(r"14[ -]?\(?0[1-9][0-9]{1,2}\)?")


def is_municipal_number(text: str) -> bool:
    """Whether ``text`` is a municipality's number: 14 and its area code (14 0412)."""
    return bool(_PHONE_MUNICIPAL.fullmatch(text.strip()))


def is_contact_phone(text: str) -> bool:
    """Whether ``text`` is a phone number a contact person may have: Dutch, foreign in
    international form (+49 2821 123456), or the municipality's 14 and area code."""
    return is_phone_number(text) or is_foreign_phone_number(text) or is_municipal_number(text)


def is_email_address(text: str) -> bool:
    """Whether ``text`` looks like an e-mail address: something@domain.tld, no spaces."""
    return bool(_EMAIL.fullmatch(text.strip()))


# --------------------------------------------------------------------------- inside free text

# "naam(at)domein.nl", "naam [at] domein.nl": written so that robots miss it, not people.
_EMAIL_HIDDEN = re.compile(
    _EMAIL_LOCAL + r"\s?[(\[]\s?at\s?[)\]]\s?" + _EMAIL_DOMAIN, re.IGNORECASE
)
# Where a phone number cannot be: masked before the numbers are looked for.
_NOT_PHONES = re.compile(
    r"(?:https?://|www\.)\S+"  # a web address
    r"|(?<![\w])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?!\w)"  # IBAN
    r"|(?<![0-9])[0-3]?[0-9]([-./])[01]?[0-9]\1(?:19|20)[0-9]{2}(?![0-9])"  # 12-03-2026
    r"|(?<![0-9])(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9])"  # 2026-03-12
)
# A run of digit groups with what may stand between them in a phone number.
_RUN = re.compile(r"(?<![\w+])[+(]?[0-9](?:[0-9]|[ ()./-]{1,3}(?=[0-9]))*")
_GROUP = re.compile(r"[0-9]+")
# No phone number is written in more groups than this ("+31 (0)6 12 34 56 78").
_MOST_GROUPS = 7
# Mask over text that was found or cannot hold a phone number; a word character, so
# that nothing next to it counts as a number of its own.
_MASK = "_"
# Quotes and marks around an e-mail address that are not part of it.
_AROUND_EMAIL = "'\"`!?*‘’“”…"


class Kind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    # What only looks like it may name someone: a warning, never a refusal.
    NAME = "name"
    ADDRESS = "address"
    POSTCODE = "postcode"


_WHAT = {
    Kind.EMAIL: Phrase(QT_TRANSLATE_NOOP("core", "an e-mail address")),
    Kind.PHONE: Phrase(QT_TRANSLATE_NOOP("core", "a phone number")),
    Kind.NAME: Phrase(QT_TRANSLATE_NOOP("core", "a name with a title")),
    Kind.ADDRESS: Phrase(QT_TRANSLATE_NOOP("core", "a street and house number")),
    Kind.POSTCODE: Phrase(QT_TRANSLATE_NOOP("core", "a postcode")),
}


@dataclass(frozen=True)
class Found:
    """An e-mail address or phone number in a text: ``text[start:end]``."""

    kind: Kind
    start: int
    end: int
    text: str

    @property
    def what(self) -> Phrase:
        """ "an e-mail address" or "a phone number", for a message (translated by the UI)."""
        return _WHAT[self.kind]


def find_personal_data(text: str) -> list[Found]:
    """The e-mail addresses and phone numbers in ``text``, in the order they appear."""
    found: list[Found] = []
    masked = text
    for pattern in (_EMAIL, _EMAIL_HIDDEN):
        for match in pattern.finditer(masked):
            start, end = match.start(), match.end()
            while end > start and text[end - 1] in _AROUND_EMAIL:
                end -= 1
            while start < end and text[start] in _AROUND_EMAIL:
                start += 1
            found.append(Found(Kind.EMAIL, start, end, text[start:end]))
            masked = _masked(masked, match.start(), match.end())
    for match in _NOT_PHONES.finditer(masked):
        masked = _masked(masked, match.start(), match.end())
    for run in _RUN.finditer(masked):
        found += _phones_in_run(text, masked, run.start(), run.end())
    return sorted(found, key=lambda each: each.start)


# --------------------------------------------------------------------------- what may name someone

# A title or form of address, then perhaps initials and little words, then a name that
# starts with a capital: "Mevrouw Jansen", "mevr. de Vries", "dhr. J.P. Bakker", "meneer
# Van Dam", "familie El Amrani", "fam. Smits". The name must be capitalised, so that
# "mevrouw wil teruggebeld worden" and "de familie van de buurman" are left alone.
_TITLE = (
    r"mevrouw|mevr|mw|juffrouw|meneer|mijnheer|mnr|dhr|de\s+heer|heer|familie|fam"
    r"|weduwe|wed|mr|mrs|ms|miss|mister|dokter|dr"
)
_LITTLE_WORDS = r"(?:(?:van|de|der|den|het|ten|ter|te|in|op|'t|v\.d\.|d')\s+)*"
_INITIALS = r"(?:(?:[A-Z]\.){1,4}\s*)?"
_NAME = re.compile(
    rf"(?<![\w])(?i:{_TITLE})\.?\s+{_INITIALS}(?i:{_LITTLE_WORDS})"
    r"[A-Z\u00C0-\u00DE][\w\u00C0-\u00FF'-]+"
)
# A street name (one word ending in a usual street word, capitalised, or any word ending in
# "straat") and a house number: "Dorpsstraat 4", "Kerkplein 12a", "Molenweg 3-5", "Van
# Goghlaan 7 bis". Rooms and halls ("Ruimte 4", "Zaal 2"), quarters ("Q3 2026"), years and
# dates after a street ("Markt 12 mei") are no addresses.
_STREET_END = (
    r"straat|straatje|laan|weg|plein|dreef|singel|kade|gracht|steeg|pad|hof|dijk|markt"
    r"|ring|baan|boulevard|allee|plantsoen|erf|wal|dam|vest|haven|akker|hoek|veld|park"
)
_MONTHS = (
    r"jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec|januari|februari|maart|april"
    r"|juni|juli|augustus|september|oktober|november|december|uur|u\b"
)
_ADDRESS = re.compile(
    rf"(?<![\w])(?:[A-Z\u00C0-\u00DE][\w'-]*(?:{_STREET_END})|[\w'-]*(?i:straat))"
    r"\s+(?!(?:19|20)\d\d\b)[1-9]\d{0,3}(?:-\d{1,4}|\s?[a-zA-Z]{1,2}\b|\s+bis\b)?"
    rf"(?![\w.:,]\d)(?!\s+(?i:{_MONTHS}))(?!\w)"
)
# A Dutch postcode: four digits (not starting with 0) and two capitals, not SA, SD or SS.
_POSTCODE = re.compile(r"(?<![\w])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\w])")


_HINTS = ((Kind.NAME, _NAME), (Kind.ADDRESS, _ADDRESS), (Kind.POSTCODE, _POSTCODE))


def find_personal_hints(text: str) -> list[Found]:
    """What looks as if it may name someone: a name with a title, a street and house
    number, a postcode. A warning only (ordinary text may look like it too), in order."""
    found = [
        Found(kind, match.start(), match.end(), match.group())
        for kind, pattern in (
            (Kind.NAME, _NAME),
            (Kind.ADDRESS, _ADDRESS),
            (Kind.POSTCODE, _POSTCODE),
        )
        for match in pattern.finditer(text)
    ]
    return sorted(found, key=lambda each: each.start)


def _masked(text: str, start: int, end: int) -> str:
    return text[:start] + _MASK * (end - start) + text[end:]


def _phones_in_run(text: str, masked: str, start: int, end: int) -> list[Found]:
    """The phone numbers among the digit groups of ``masked[start:end]``, longest first."""
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(masked, start, end)]
    glued = end < len(masked) and (masked[end].isalnum() or masked[end] == _MASK)
    found: list[Found] = []
    first = 0
    while first < len(groups):
        last = min(len(groups), first + _MOST_GROUPS) - 1
        while last >= first:
            if not (glued and last == len(groups) - 1):
                span = _span(masked, groups, first, last, start)
                if span is not None and _is_phone(
                    masked[span[0] : span[1]], groups[first : last + 1], masked
                ):
                    found.append(Found(Kind.PHONE, span[0], span[1], text[span[0] : span[1]]))
                    break
            last -= 1
        first = last + 1 if last >= first else first + 1
    return found


def _span(
    masked: str, groups: list[tuple[int, int]], first: int, last: int, run_start: int
) -> tuple[int, int] | None:
    """Where the groups ``first`` to ``last`` stand, with a "+" or parentheses around them."""
    begin, end = groups[first][0], groups[last][1]
    before = masked[begin - 1] if begin > run_start else ""
    if before == "+" or (before == "(" and ")" in masked[begin:end]):
        begin -= 1
    inside = masked[begin:end]
    if inside.count("(") > inside.count(")"):
        if end < len(masked) and masked[end] == ")":
            end += 1
        else:
            return None
    return begin, end


def _is_phone(span: str, groups: list[tuple[int, int]], masked: str) -> bool:
    """Whether ``span`` (the digit groups ``groups`` of ``masked``) is a phone number."""
    digits = [masked[a:b] for a, b in groups]
    between = [masked[groups[n][1] : groups[n + 1][0]] for n in range(len(groups) - 1)]
    if any(mark in gap for gap in between for mark in "./") and len(set(between)) > 1:
        return False  # "9.30-11.30 04…": dots and slashes only as the one separator
    plain = span
    for gap in set(between):
        plain = plain.replace(gap, gap.replace(".", "-").replace("/", "-"))
    if plain.startswith(("+31", "0031")):
        rest = plain.removeprefix("+31").removeprefix("0031").lstrip(" -")
        return is_phone_number(plain) or (
            rest.startswith("0") and _is_phone(rest, groups[1:], masked)
        )
    if plain.startswith(("+", "00")):
        country = digits[0].removeprefix("00") if plain.startswith("00") else digits[0]
        return (len(country) <= 3 or len(digits) == 1) and is_foreign_phone_number(plain)
    area = digits[0]
    if not (area == "06" or len(area) in (3, 4, 10)):
        return False  # "05 10 15 20 25", "0 1 2 3 4 5 6 7 8 9"
    if any(len(group) < 2 for group in digits[1:]):
        return False
    return is_phone_number(plain)


# --------------------------------------------------------------------------- what leaves the house

# The field of every refusal: the text is elsewhere in the house's data.
FIELD = "personal_data"
HOUSE_NAME = QT_TRANSLATE_NOOP(
    "core", "The house's name '{text}': {what}; remove it before you export."
)
VILLAGE = QT_TRANSLATE_NOOP(
    "core", "The house's village '{text}': {what}; remove it before you export."
)
ROOM_NAME = QT_TRANSLATE_NOOP("core", "Room {code} '{text}': {what}; remove it before you export.")
ACTIVITY_NAME = QT_TRANSLATE_NOOP(
    "core", "Activity {code} '{text}': {what}; remove it before you export."
)
SIGNAL_THEME = QT_TRANSLATE_NOOP(
    "core",
    "The theme of the signal of {date:%d-%m-%Y} '{text}': {what}; remove it before you export.",
)
SIGNAL_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "The text of the signal of {date:%d-%m-%Y} '{theme}': {what} ({found}); "
    "remove it before you export.",
)
BOARD_REMARKS = QT_TRANSLATE_NOOP(
    "core", "The board's remarks: {what} ({found}); remove it before you export."
)


@dataclass(frozen=True)
class Outgoing:
    """A free text that leaves the house, and the message that names it if it must not."""

    message: str  # one of the messages above
    text: str
    args: Mapping[str, object] = field(default_factory=dict)


def personal_data_problems(texts: Iterable[Outgoing]) -> list[Problem]:
    """A problem for each text holding an e-mail address or phone number (its first one)."""
    problems: list[Problem] = []
    for each in texts:
        found = find_personal_data(each.text)
        if found:
            args = {**each.args, "text": each.text, "what": found[0].what, "found": found[0].text}
            problems.append(Problem(FIELD, each.message, args))
    return problems


# The field of every warning about text that may name someone.
HINT_FIELD = "personal_hint"
HINT = QT_TRANSLATE_NOOP(
    "core",
    "'{text}' looks as if it holds {what} ({found}): check that nobody can be recognised "
    "before it leaves the house.",
)


def personal_data_hints(texts: Iterable[Outgoing]) -> list[Problem]:
    """A warning for each text that looks as if it names someone (its first find).

    For the screens that show what will leave the house (a signal's shared text,
    the board's remarks): these are warnings, which the board weighs; an e-mail
    address or phone number is refused by ``refuse_personal_data``.
    """
    warnings: list[Problem] = []
    for each in texts:
        found = find_personal_hints(each.text)
        if found:
            args: dict[str, object] = {
                "text": each.text,
                "what": found[0].what,
                "found": found[0].text,
            }
            warnings.append(Problem(HINT_FIELD, HINT, args))
    return warnings


def refuse_personal_data(texts: Iterable[Outgoing]) -> None:
    """Raise ``ValidationError`` naming every text that holds an e-mail address or phone number."""
    problems = personal_data_problems(texts)
    if problems:
        raise ValidationError(problems)
