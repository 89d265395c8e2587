"""Whole numbers as people type them, and what to say when one is refused: always the limits.

``read_whole(text, least, most)`` gives the number, ``None`` for an empty
optional field, or a ``Problem`` (field ``""``) that names what was typed and
the range ("99999999999 is more than 10,000 …"), so that a refusal never
leaves the volunteer guessing what would be taken. A minus sign of any kind
(``-4``, ``−4``) is read as one, so a negative number is refused as too small
rather than as "not a number".
"""

from __future__ import annotations

import re

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
