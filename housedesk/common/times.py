"""Times of day as whole minutes after midnight, how people write them, and the house's date.

The database stores times as minutes so that hours can be summed in SQL; the
screens and the exchange format write them as ``HH:MM``. A time of day is
0..1440 (1440 = "24:00", the end of the day). A session or an opening interval
may run past midnight (a bar until 00:30): it belongs to the day it starts on,
and its end is counted on from that day's midnight, up to ``LATEST_END_MIN``
(04:00 the next morning = 1680). ``end_after`` reads an end typed as a clock
time ("00:30" after "19:00") that way; ``format_time`` writes it as the clock
shows it ("00:30").
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem

MINUTES_PER_DAY = 24 * 60
# The latest end of a session or an opening interval: 04:00 the next morning.
LATEST_END_MIN = MINUTES_PER_DAY + 4 * 60
QUARTER = 15

# "19:30", "19.30", "19,30", "19u30", "19h30", "19 uur", "1930", "930", "19", "7 pm".
_TIME = re.compile(
    r"(?P<hours>\d{1,2})(?:\s*(?:[:.,]|u|h)\s*(?P<minutes>\d{1,2}))?"
    r"\s*(?:u|uur|h|hr|hrs)?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?"
)
_DIGITS = re.compile(r"(?P<hours>\d{1,2})(?P<minutes>\d{2})\s*(?:u|uur|h)?")

EMPTY = QT_TRANSLATE_NOOP("core", "Enter a time, e.g. 19:30.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "core", "'{text}' is not a time as written here: e.g. 19:30, 19.30 or 1930."
)
SHORT_MINUTES = QT_TRANSLATE_NOOP(
    "core", "'{text}' is not complete: write the minutes with two digits, e.g. {hours}:05."
)
BAD_HOURS = QT_TRANSLATE_NOOP("core", "There is no hour {hours}: the hours go from 0 to 23.")
BAD_MINUTES = QT_TRANSLATE_NOOP(
    "core", "There is no minute {minutes}: the minutes go from 00 to 59."
)
NOT_END_OF_DAY = QT_TRANSLATE_NOOP("core", "24:00 is the end of a day; a day starts at 00:00.")
PAST_END_OF_DAY = QT_TRANSLATE_NOOP(
    "core", "{text} is past the end of the day: the latest time is 24:00."
)


def read_time(text: str, *, end_of_day: bool = True) -> int | Problem:
    """Minutes after midnight for a time as people type it, or a ``Problem`` (field ``""``).

    Read: "19:30", "19.30", "19,30", "19u30", "19h30", "1930", "930", "19", "19 uur",
    "0:30", "7 pm". "24:00" is the end of the day: only when ``end_of_day``.
    """
    shown = " ".join(text.split())
    if not shown:
        return Problem("", EMPTY)
    plain = shown.casefold()
    match = _TIME.fullmatch(plain) or _DIGITS.fullmatch(plain)
    if match is None:
        return Problem("", UNREADABLE, {"text": shown})
    hours = int(match["hours"])
    minutes_text = match["minutes"]
    if minutes_text is not None and len(minutes_text) == 1:
        return Problem("", SHORT_MINUTES, {"text": shown, "hours": hours})
    minutes = int(minutes_text or 0)
    half = match.groupdict().get("half")
    if half is not None:
        if not 1 <= hours <= 12:
            return Problem("", UNREADABLE, {"text": shown})
        hours = hours % 12 + (12 if half.startswith("p") else 0)
    if minutes >= 60:
        return Problem("", BAD_MINUTES, {"minutes": minutes})
    if hours == 24:
        if minutes:
            return Problem("", PAST_END_OF_DAY, {"text": f"24:{minutes:02d}"})
        return MINUTES_PER_DAY if end_of_day else Problem("", NOT_END_OF_DAY)
    if hours > 24:
        return Problem("", BAD_HOURS, {"hours": hours})
    return hours * 60 + minutes


TOO_EARLY = QT_TRANSLATE_NOOP("core", "{time} is too early here: the earliest time is {first}.")
TOO_LATE = QT_TRANSLATE_NOOP("core", "{time} is too late here: the latest time is {last}.")


def outside(minutes: int, first: int | None, last: int | None) -> Problem | None:
    """Why ``minutes`` is not from ``first`` to ``last`` (either may be open), or ``None``."""
    if first is not None and minutes < first:
        return Problem("", TOO_EARLY, {"time": format_time(minutes), "first": format_time(first)})
    if last is not None and minutes > last:
        return Problem("", TOO_LATE, {"time": format_time(minutes), "last": format_time(last)})
    return None


def parse_time(text: str) -> int | None:
    """Minutes after midnight for "9:30", "09.30", "1930", "9" or "24:00"; ``None`` if not a time.

    ``read_time`` says what is wrong with one that is not.
    """
    minutes = read_time(text)
    return minutes if isinstance(minutes, int) else None


def format_time(minutes: int) -> str:
    """ "09:30" for 570; "24:00" for the end of the day; "00:30" for 1470, the next morning."""
    if minutes > MINUTES_PER_DAY:
        minutes -= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_span(start: int, end: int) -> str:
    """ "09:30–11:00"."""
    return f"{format_time(start)}–{format_time(end)}"


def end_after(start: int, end: int) -> int:
    """The end of a span that starts at ``start``, typed as the clock shows it.

    An end earlier than the start is after midnight when that keeps it up to 04:00
    (``LATEST_END_MIN``): 00:30 after 19:00 is 1470, 00:00 after 19:00 is 1440.
    Any other end is returned as it is (an end equal to the start stays refused).
    """
    if end < start and end + MINUTES_PER_DAY <= LATEST_END_MIN:
        return end + MINUTES_PER_DAY
    return end


def passes_midnight(end: int) -> bool:
    """Whether a span ending at ``end`` ends the next morning (after 24:00)."""
    return end > MINUTES_PER_DAY


def on_quarter(minutes: int) -> bool:
    """Whether a time lies on the quarter-hour grid of the agenda."""
    return minutes % QUARTER == 0


def hours(minutes: int) -> float:
    """Minutes as hours, for the figures (rounded by whoever shows them)."""
    return minutes / 60


#: The house's time zone: the register's dates are Dutch dates.
HOUSE_ZONE = "Europe/Amsterdam"


def _local_zone() -> dt.tzinfo:
    try:
        return ZoneInfo(HOUSE_ZONE)
    except ZoneInfoNotFoundError:
        # A Windows PC without the tzdata package; the EU rule has been this since 1996.
        from dateutil import tz

        return tz.tzstr("CET-1CEST,M3.5.0,M10.5.0/3")


LOCAL_TIME = _local_zone()


def local_date(moment: dt.datetime) -> dt.date:
    """The Dutch date of a stored (naive UTC) timestamp."""
    return moment.replace(tzinfo=dt.UTC).astimezone(LOCAL_TIME).date()


def local_now() -> dt.datetime:
    """The current Dutch time, with its offset."""
    return dt.datetime.now(LOCAL_TIME)
