"""Dates as people type them: ``parse_date(text, today)`` gives the date, or what is wrong.

What is read (day first, as in the Netherlands; any of ``-``, ``/``, ``.`` or a
space between the parts):

- ``19-07-2027``, ``19-7-27``, ``19/7/2027``, ``19.07.2027``, ``19 7 2027``;
- ``19072027`` and ``190727`` (all digits: day, month, year);
- ``2027-07-19`` (a four-digit year first: the ISO form, as spreadsheets write it);
- a month by its Dutch or English name or abbreviation: ``19 juli 2027``,
  ``19 jul. 2027``, ``19 mrt``, ``July 19, 2027``, ``19th of July``;
- a weekday in front, which must then be right: ``za 19 juli`` is refused when
  19 July is not a Saturday, rather than guessing which of the two was meant;
- ``vandaag``, ``morgen``, ``overmorgen``, ``gisteren``, ``eergisteren``
  (and ``today``, ``tomorrow``, ``yesterday``).

A two-digit year is in this century (``27`` is 2027). A date without a year
(``19/7``, ``19 juli``) is the first one from three months ago on: in November
``19/7`` is next July and ``2/11`` is this month, because volunteers type dates
mostly for what is coming (bookings, closures) or just past (a count, a
signal). A field that takes no future date asks for ``past=True``: then it is
the last such date up to today.

Nothing is completed or corrected silently: ``19`` or ``19-07-2`` is incomplete,
``31-02-2027`` does not exist, and each is said so (a ``Problem`` with field
``""``, for the caller to name). dateutil's parser is not used for this: it
fills a missing month or year in from a default date and moves on, which is
exactly the silent guess a volunteer must not get.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from housedesk.common.problems import QT_TRANSLATE_NOOP, Phrase, Problem

# How far back a date typed without a year may lie before it is taken as next year's.
YEAR_LESS_BACK = dt.timedelta(days=91)

MONTH_NAMES = (
    Phrase(QT_TRANSLATE_NOOP("core", "January")),
    Phrase(QT_TRANSLATE_NOOP("core", "February")),
    Phrase(QT_TRANSLATE_NOOP("core", "March")),
    Phrase(QT_TRANSLATE_NOOP("core", "April")),
    Phrase(QT_TRANSLATE_NOOP("core", "May")),
    Phrase(QT_TRANSLATE_NOOP("core", "June")),
    Phrase(QT_TRANSLATE_NOOP("core", "July")),
    Phrase(QT_TRANSLATE_NOOP("core", "August")),
    Phrase(QT_TRANSLATE_NOOP("core", "September")),
    Phrase(QT_TRANSLATE_NOOP("core", "October")),
    Phrase(QT_TRANSLATE_NOOP("core", "November")),
    Phrase(QT_TRANSLATE_NOOP("core", "December")),
)
WEEKDAY_NAMES = (
    Phrase(QT_TRANSLATE_NOOP("core", "Monday")),
    Phrase(QT_TRANSLATE_NOOP("core", "Tuesday")),
    Phrase(QT_TRANSLATE_NOOP("core", "Wednesday")),
    Phrase(QT_TRANSLATE_NOOP("core", "Thursday")),
    Phrase(QT_TRANSLATE_NOOP("core", "Friday")),
    Phrase(QT_TRANSLATE_NOOP("core", "Saturday")),
    Phrase(QT_TRANSLATE_NOOP("core", "Sunday")),
)

EMPTY = QT_TRANSLATE_NOOP("core", "Enter a date, e.g. {example:%d-%m-%Y}.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "core",
    "'{text}' is not a date as written here: day, month and year, "
    "e.g. {example:%d-%m-%Y} or {example.day} {month} {example.year}.",
)
NO_MONTH = QT_TRANSLATE_NOOP(
    "core", "'{text}' is not complete: which month? E.g. {example:%d-%m-%Y}."
)
NO_DAY = QT_TRANSLATE_NOOP("core", "'{text}' is not complete: which day of the month?")
SHORT_YEAR = QT_TRANSLATE_NOOP(
    "core", "'{text}' is not complete: write the year in full (2027) or as two digits (27)."
)
BAD_MONTH = QT_TRANSLATE_NOOP("core", "There is no month {month}: the months go from 1 to 12.")
BAD_DAY = QT_TRANSLATE_NOOP("core", "{text} does not exist: {month} {year} has {days} days.")
BAD_DAY_ANY_YEAR = QT_TRANSLATE_NOOP(
    "core", "{text} does not exist: {month} has at most {days} days."
)
WRONG_WEEKDAY = QT_TRANSLATE_NOOP(
    "core", "{date:%d-%m-%Y} is a {weekday}, not a {typed}. Which of the two did you mean?"
)
BAD_YEAR = QT_TRANSLATE_NOOP("core", "The year {year} is out of reach here.")

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan", "jan."),
        ("februari", "february", "feb", "febr"),
        ("maart", "march", "mrt", "mar", "maa"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("augustus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name.rstrip(".")] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("maandag", "ma", "monday", "mon", "mo"),
        ("dinsdag", "di", "tuesday", "tue", "tues", "tu"),
        ("woensdag", "wo", "wednesday", "wed", "we"),
        ("donderdag", "do", "thursday", "thu", "thur", "thurs"),
        ("vrijdag", "vr", "friday", "fri", "fr"),
        ("zaterdag", "za", "saturday", "sat", "sa"),
        ("zondag", "zo", "sunday", "sun", "su"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _number

_RELATIVE = {
    "eergisteren": -2,
    "gisteren": -1,
    "yesterday": -1,
    "vandaag": 0,
    "today": 0,
    "morgen": 1,
    "tomorrow": 1,
    "overmorgen": 2,
}
# Little words around a date that say nothing: "19th of July", "zaterdag de 19e".
_FILLERS = {"of", "the", "de", "den", "op", "on"}
_ORDINAL = re.compile(r"(\d)(?:ste|st|nd|rd|th|de|e)\b")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# What may stand between the parts; anything else makes the text unreadable.
_SEPARATORS = re.compile(r"[\s\-/.,]*")
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-"})


def _word(word: str, names: dict[str, int], shortest: int) -> int | None:
    """The number of a month or weekday by name, abbreviation or an unambiguous start of it."""
    if word in names:
        return names[word]
    if len(word) < shortest:
        return None
    found = {number for name, number in names.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def _problem(message: str, **args: object) -> Problem:
    return Problem("", message, args)


def parse_date(text: str, today: dt.date, *, past: bool = False) -> dt.date | Problem:
    """The date ``text`` stands for, or a ``Problem`` (field ``""``) saying what is wrong.

    ``today`` decides the year of a date typed without one and the meaning of
    "morgen"; ``past``: the field takes no future date (see the module's docstring).
    """
    example = dt.date(today.year, 7, 19)
    month_example = MONTH_NAMES[6]
    shown = " ".join(text.split())
    if not shown:
        return _problem(EMPTY, example=example)
    unreadable = _problem(UNREADABLE, text=shown, example=example, month=month_example)
    plain = _ORDINAL.sub(r"\1", shown.casefold().translate(_DASHES))
    tokens = _TOKEN.findall(plain)
    if not tokens or not _SEPARATORS.fullmatch(_TOKEN.sub("", plain)):
        return unreadable

    weekday: int | None = None
    month_word: int | None = None
    numbers: list[str] = []
    relative: int | None = None
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
            continue
        if token in _FILLERS:
            continue
        if token in _RELATIVE and relative is None:
            relative = _RELATIVE[token]
            continue
        month = _word(token, _MONTHS, 3)
        if month is not None and month_word is None:
            month_word = month
            continue
        day_of_week = _word(token, _WEEKDAYS, 2)
        if day_of_week is not None and weekday is None and not numbers and month_word is None:
            weekday = day_of_week
            continue
        return unreadable

    if relative is not None:
        if numbers or month_word is not None:
            return unreadable
        day = today + dt.timedelta(days=relative)
        return _check_weekday(day, weekday)

    year_text: str | None
    if month_word is not None:
        if not numbers:
            return _problem(NO_DAY, text=shown)
        if len(numbers) == 1 and len(numbers[0]) == 4:  # "juli 2027"
            return _problem(NO_DAY, text=shown)
        if len(numbers) > 2 or len(numbers[0]) > 2:
            return unreadable
        # "19 juli 2027", "July 19, 2027", "19 jul 27": the day, then the year.
        day_text, month_text = numbers[0], str(month_word)
        year_text = numbers[1] if len(numbers) == 2 else None
    elif len(numbers) == 1:
        digits = numbers[0]
        if len(digits) in (4, 6, 8):
            day_text, month_text = digits[:2], digits[2:4]
            year_text = digits[4:] or None
        elif len(digits) <= 2:
            return _problem(NO_MONTH, text=shown, example=example)
        else:
            return unreadable
    elif len(numbers) == 2:
        day_text, month_text, year_text = numbers[0], numbers[1], None
        if len(day_text) == 4:  # "2027-07": a year and a month, no day
            return _problem(NO_DAY, text=shown)
    elif len(numbers) == 3:
        if len(numbers[0]) == 4:
            year_text, month_text, day_text = numbers
        else:
            day_text, month_text, year_text = numbers
    else:
        return unreadable
    if len(day_text) > 2 or len(month_text) > 2:
        return unreadable

    day_number, month_number = int(day_text), int(month_text)
    if not 1 <= month_number <= 12:
        return _problem(BAD_MONTH, month=month_number)
    if day_number < 1:
        return unreadable
    if year_text is None:
        return _year_less(day_number, month_number, today, past, shown, weekday)
    if len(year_text) not in (2, 4):
        return _problem(SHORT_YEAR, text=shown)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return _problem(BAD_YEAR, year=year)
    days = calendar.monthrange(year, month_number)[1]
    if day_number > days:
        return _problem(
            BAD_DAY,
            text=f"{day_number:02d}-{month_number:02d}-{year}",
            month=MONTH_NAMES[month_number - 1],
            year=year,
            days=days,
        )
    return _check_weekday(dt.date(year, month_number, day_number), weekday)


def _year_less(
    day: int, month: int, today: dt.date, past: bool, shown: str, weekday: int | None
) -> dt.date | Problem:
    """The date of ``day``-``month`` in the year the module's docstring describes."""
    candidates = []
    for year in range(today.year - 8, today.year + 9):
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    if not candidates:
        return _problem(
            BAD_DAY_ANY_YEAR,
            text=f"{day:02d}-{month:02d}",
            month=MONTH_NAMES[month - 1],
            days=29 if month == 2 else calendar.monthrange(today.year, month)[1],
        )
    if past:
        chosen = max((c for c in candidates if c <= today), default=candidates[0])
    else:
        chosen = min((c for c in candidates if c >= today - YEAR_LESS_BACK), default=candidates[-1])
    return _check_weekday(chosen, weekday)


def _check_weekday(day: dt.date, weekday: int | None) -> dt.date | Problem:
    if weekday is None or day.weekday() == weekday:
        return day
    return _problem(
        WRONG_WEEKDAY,
        date=day,
        weekday=WEEKDAY_NAMES[day.weekday()],
        typed=WEEKDAY_NAMES[weekday],
    )


def format_date(day: dt.date) -> str:
    """ "19-07-2027": the one way a date field shows a date."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


TOO_EARLY = QT_TRANSLATE_NOOP(
    "core", "{date:%d-%m-%Y} is too early here: the first date possible is {first:%d-%m-%Y}."
)
TOO_LATE = QT_TRANSLATE_NOOP(
    "core", "{date:%d-%m-%Y} is too late here: the last date possible is {last:%d-%m-%Y}."
)
IN_THE_FUTURE = QT_TRANSLATE_NOOP(
    "core", "{date:%d-%m-%Y} is still to come: here only dates up to today ({last:%d-%m-%Y})."
)


def outside(
    day: dt.date, first: dt.date | None, last: dt.date | None, today: dt.date
) -> Problem | None:
    """Why ``day`` is not between ``first`` and ``last`` (both may be open), or ``None``."""
    if first is not None and day < first:
        return _problem(TOO_EARLY, date=day, first=first)
    if last is not None and day > last:
        return _problem(IN_THE_FUTURE if last == today else TOO_LATE, date=day, last=last)
    return None
