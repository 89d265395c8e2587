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

MINUTES_PER_DAY = 24 * 60
# The latest end of a session or an opening interval: 04:00 the next morning.
LATEST_END_MIN = MINUTES_PER_DAY + 4 * 60
QUARTER = 15

_TIME = re.compile(r"\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:u(?:ur)?)?\s*")


def parse_time(text: str) -> int | None:
    """Minutes after midnight for "9:30", "09.30", "9" or "24:00"; ``None`` if not a time."""
    match = _TIME.fullmatch(text)
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if minutes >= 60 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


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
