"""Numbers as people read and type them: one rounding rule, and whole numbers with their limits.

Rounding: a figure on the Overzicht screen, in the board's PDF report and in the
workbooks is rounded half up (2.5 → 3, 0.125 → 0.13), not to the even neighbour as
Python's ``round`` does; and a difference is taken of the figures as shown (92 %
against 91 % is +1 point, whatever the decimals behind them), so what a reader sees
adds up.

Typing: ``read_whole(text, least, most)`` gives the number, ``None`` for an empty
optional field, or a ``Problem`` (field ``""``) that names what was typed and the
range ("99999999999 is more than 10,000 …"), so that a refusal never leaves the
volunteer guessing what would be taken. A minus sign of any kind (``-4``, ``−4``) is
read as one, so a negative number is refused as too small rather than as "not a
number".
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from housedesk.common.problems import QT_TRANSLATE_NOOP, Amount, Problem

EMPTY = QT_TRANSLATE_NOOP("core", "Enter a whole number from {least} to {most}.")
NOT_WHOLE = QT_TRANSLATE_NOOP(
    "core", "'{text}' is not a whole number: enter one from {least} to {most}."
)
NOT_WHOLE_OR_EMPTY = QT_TRANSLATE_NOOP(
    "core", "'{text}' is not a whole number: enter one from {least} to {most}, or leave it empty."
)
TOO_SMALL = QT_TRANSLATE_NOOP(
    "core", "{text} is less than {least}: enter a whole number from {least} to {most}."
)
TOO_SMALL_OR_EMPTY = QT_TRANSLATE_NOOP(
    "core",
    "{text} is less than {least}: enter a whole number from {least} to {most}, or leave it empty.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "{text} is more than {most}, the most there can be here: check the number."
)

_WHOLE = re.compile(r"[-−–]?\s*[0-9]+")


def read_whole(text: str, least: int, most: int, *, optional: bool = False) -> int | Problem | None:
    """The whole number typed, ``None`` when empty and ``optional``, or what is wrong."""
    shown = text.strip()
    limits: dict[str, object] = {"least": Amount(least), "most": Amount(most)}
    if not shown:
        return None if optional else Problem("", EMPTY, limits)
    if not _WHOLE.fullmatch(shown):
        return Problem("", NOT_WHOLE_OR_EMPTY if optional else NOT_WHOLE, {"text": shown, **limits})
    number = int(re.sub(r"[^0-9]", "", shown))
    if shown[0] in "-−–":
        number = -number
    if number < least:
        return Problem("", TOO_SMALL_OR_EMPTY if optional else TOO_SMALL, {"text": shown, **limits})
    if number > most:
        return Problem("", TOO_LARGE, {"text": shown, **limits})
    return number


def half_up(value: float, places: int = 0) -> float:
    """``value`` rounded to ``places`` decimals as a person rounds (2.5 → 3, not 2)."""
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def shown_difference(now: float, before: float, places: int = 0) -> float:
    """``now - before`` of the two figures as shown with ``places`` decimals (no -0.0)."""
    return round(half_up(now, places) - half_up(before, places), places) + 0.0
