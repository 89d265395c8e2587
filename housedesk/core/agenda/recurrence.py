"""Recurrence rules of booking series: plain values to and from RRULE text, and their dates.

A series repeats every N weeks on given weekdays, or on the Nth (or last)
weekday of every N months, until a date or for a number of times. It is stored
as RFC 5545 RRULE text without DTSTART (``BookingSeries.rrule``); the first
date is kept beside it. Dates are expanded with dateutil's ``rrule``, never
with date arithmetic of our own. Times are wall-clock minutes kept outside the
rule, so a 19:30 session stays 19:30 across the switch to and from summer time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dateutil.rrule import rrulebase, rrulestr

from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem

#: RFC 5545 weekday names, Monday first (as ``datetime.date.weekday()``).
DAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

MAX_INTERVAL = 52
MAX_COUNT = 520
#: A series may run at most this long: further ahead nobody plans a room.
MAX_YEARS = 5


class Frequency(StrEnum):
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"  # on the Nth (or last) weekday of the month


@dataclass(frozen=True)
class Recurrence:
    """How a series repeats.

    ``weekdays`` are 0 (Monday) … 6. Monthly: ``ordinal`` 1…4, or -1 for the
    last such weekday of the month, with one weekday. Exactly one of ``until``
    (inclusive) and ``count`` ends the series.
    """

    frequency: Frequency
    weekdays: tuple[int, ...]
    interval: int = 1
    ordinal: int | None = None
    until: dt.date | None = None
    count: int | None = None


def validate(recurrence: Recurrence, first_date: dt.date) -> list[Problem]:
    """The problems with a recurrence starting at ``first_date``; empty when it is fine."""
    problems: list[Problem] = []
    if not recurrence.weekdays or any(day not in range(7) for day in recurrence.weekdays):
        problems.append(Problem("weekdays", QT_TRANSLATE_NOOP("core", "Tick at least one day.")))
    if not 1 <= recurrence.interval <= MAX_INTERVAL:
        problems.append(
            Problem(
                "interval",
                QT_TRANSLATE_NOOP("core", "Repeat every 1 to {max} weeks or months."),
                {"max": MAX_INTERVAL},
            )
        )
    if recurrence.frequency is Frequency.MONTHLY:
        if recurrence.ordinal not in (1, 2, 3, 4, -1):
            problems.append(
                Problem(
                    "ordinal",
                    QT_TRANSLATE_NOOP("core", "Choose the first, second, third, fourth or last."),
                )
            )
        if len(recurrence.weekdays) > 1:
            problems.append(
                Problem("weekdays", QT_TRANSLATE_NOOP("core", "Choose one day of the week."))
            )
    if (recurrence.until is None) == (recurrence.count is None):
        problems.append(
            Problem(
                "until",
                QT_TRANSLATE_NOOP("core", "Say until when the series runs, or how many times."),
            )
        )
    elif recurrence.until is not None:
        if recurrence.until < first_date:
            problems.append(
                Problem(
                    "until", QT_TRANSLATE_NOOP("core", "The last date is before the first date.")
                )
            )
        elif recurrence.until > _latest(first_date):
            problems.append(
                Problem(
                    "until",
                    QT_TRANSLATE_NOOP("core", "A series runs at most {years} years."),
                    {"years": MAX_YEARS},
                )
            )
    elif recurrence.count is not None and not 1 <= recurrence.count <= MAX_COUNT:
        problems.append(
            Problem(
                "count",
                QT_TRANSLATE_NOOP("core", "Repeat 1 to {max} times."),
                {"max": MAX_COUNT},
            )
        )
    return problems


def _latest(first_date: dt.date) -> dt.date:
    try:
        return first_date.replace(year=first_date.year + MAX_YEARS)
    except ValueError:  # 29 February
        return first_date.replace(year=first_date.year + MAX_YEARS, day=28)


def to_rrule(recurrence: Recurrence) -> str:
    """The RRULE text (without DTSTART) of ``recurrence``."""
    parts = [f"FREQ={recurrence.frequency.value}"]
    if recurrence.interval != 1:
        parts.append(f"INTERVAL={recurrence.interval}")
    if recurrence.frequency is Frequency.MONTHLY:
        parts.append(f"BYDAY={recurrence.ordinal}{DAY_NAMES[recurrence.weekdays[0]]}")
    else:
        parts.append("BYDAY=" + ",".join(DAY_NAMES[day] for day in sorted(recurrence.weekdays)))
    if recurrence.until is not None:
        parts.append(f"UNTIL={recurrence.until:%Y%m%d}")
    if recurrence.count is not None:
        parts.append(f"COUNT={recurrence.count}")
    return ";".join(parts)


def _parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in text.strip().removeprefix("RRULE:").split(";"):
        key, _, value = item.partition("=")
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def from_rrule(text: str) -> Recurrence:
    """The recurrence written as ``text``; ``ValueError`` for a rule this app does not make."""
    parts = _parts(text)
    frequency = Frequency(parts.get("FREQ", ""))
    interval = int(parts.get("INTERVAL", "1"))
    until = dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in parts else None
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    if not days:
        raise ValueError(f"rule without BYDAY: {text!r}")
    weekdays: list[int] = []
    ordinal: int | None = None
    for day in days:
        prefix, name = day[:-2], day[-2:]
        weekdays.append(DAY_NAMES.index(name))
        if prefix:
            ordinal = int(prefix)
    if frequency is Frequency.MONTHLY and ordinal is None:
        raise ValueError(f"monthly rule without an ordinal weekday: {text!r}")
    return Recurrence(frequency, tuple(weekdays), interval, ordinal, until, count)


def _rule(text: str, first_date: dt.date) -> rrulebase:
    """The rule (an rrule; or an rruleset, had the text more than one rule): both expand it."""
    return rrulestr(text, dtstart=dt.datetime.combine(first_date, dt.time()))


def dates(
    text: str,
    first_date: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[dt.date]:
    """The dates of the rule ``text`` from ``first_date``, optionally only ``start``…``end``."""
    rule = _rule(text, first_date)
    if start is None and end is None:
        if "UNTIL" not in text.upper() and "COUNT" not in text.upper():
            raise ValueError("an endless rule needs an end date to expand")
        return [moment.date() for moment in rule]
    low = dt.datetime.combine(start or first_date, dt.time())
    high = dt.datetime.combine(end or _latest(first_date), dt.time())
    return [moment.date() for moment in rule.between(low, high, inc=True)]


def first_on_or_after(text: str, first_date: dt.date) -> dt.date | None:
    """The first date of the rule on or after ``first_date`` (which need not fit the rule)."""
    moment = _rule(text, first_date).after(dt.datetime.combine(first_date, dt.time()), inc=True)
    return moment.date() if moment else None


def ending_before(text: str, day: dt.date) -> str:
    """The rule ``text`` cut off to end the day before ``day`` (UNTIL instead of COUNT)."""
    parts = [item for item in text.split(";") if not item.upper().startswith(("UNTIL=", "COUNT="))]
    parts.append(f"UNTIL={day - dt.timedelta(days=1):%Y%m%d}")
    return ";".join(parts)


def restarted(text: str, first_date: dt.date, day: dt.date, last_date: dt.date) -> str:
    """The rule ``text`` carried on from ``day``, whatever its parts (BYMONTH, YEARLY …).

    A count shrinks by the dates before ``day``; a rule without an end (as the
    demo house makes) gets ``last_date``, the last date it was booked for, as UNTIL.
    """
    parts = _parts(text)
    kept = [item for item in text.split(";") if not item.upper().startswith(("UNTIL=", "COUNT="))]
    if "COUNT" in parts:
        before = [d for d in dates(text, first_date) if d < day]
        kept.append(f"COUNT={max(1, int(parts['COUNT']) - len(before))}")
    else:
        until = (
            dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
            if "UNTIL" in parts
            else last_date
        )
        kept.append(f"UNTIL={until:%Y%m%d}")
    return ";".join(kept)


def can_shift(text: str) -> bool:
    """Whether every date of the rule ``text`` can move by a number of days (a weekly rule)."""
    parts = _parts(text)
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    return (
        parts.get("FREQ") == "WEEKLY"
        and bool(days)
        and all(day in DAY_NAMES for day in days)
        and not {"BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"} & set(parts)
    )


def shifted(text: str, days: int) -> str:
    """The weekly rule ``text`` with every date ``days`` later (earlier if negative).

    Its weekdays and its UNTIL move along; a count stays. Every other week on
    two days keeps its rhythm because the week's first day (WKST) moves too.
    Start it at its old first date plus ``days``. ``ValueError`` for a rule
    that is not weekly (see ``can_shift``): "the day after the second
    Tuesday" is no RRULE.
    """
    if not can_shift(text):
        raise ValueError(f"only a weekly rule moves by days: {text!r}")
    parts = _parts(text)
    turn = days % 7
    weekdays = sorted((DAY_NAMES.index(day) + turn) % 7 for day in parts["BYDAY"].split(","))
    start = DAY_NAMES.index(parts.get("WKST", "MO"))
    moved: list[str] = []
    for item in text.split(";"):
        key = item.partition("=")[0].strip().upper()
        if key == "BYDAY":
            item = "BYDAY=" + ",".join(DAY_NAMES[day] for day in weekdays)
        elif key == "UNTIL":
            until = dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
            item = f"UNTIL={until + dt.timedelta(days=days):%Y%m%d}"
        elif key == "WKST":
            continue
        moved.append(item)
    if turn and int(parts.get("INTERVAL", "1")) > 1 and len(weekdays) > 1:
        moved.append(f"WKST={DAY_NAMES[(start + turn) % 7]}")
    elif "WKST" in parts and not turn:
        moved.append(f"WKST={parts['WKST']}")
    return ";".join(moved)


def readable(text: str) -> Recurrence | None:
    """The rule as the booking form shows it, or ``None`` if the form cannot (BYMONTH …)."""
    try:
        recurrence = from_rrule(text)
    except ValueError:
        return None
    return recurrence if to_rrule(recurrence) == _without_end(text, recurrence) else None


def _without_end(text: str, recurrence: Recurrence) -> str:
    """``text`` written the way ``to_rrule`` writes it, to see if nothing would be lost."""
    parts = _parts(text)
    order = ["FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT"]
    if parts.get("INTERVAL") == "1":
        parts.pop("INTERVAL")
    if "UNTIL" in parts:
        parts["UNTIL"] = parts["UNTIL"][:8]
    if "BYDAY" in parts and recurrence.frequency is Frequency.WEEKLY:
        parts["BYDAY"] = ",".join(d for d in DAY_NAMES if d in parts["BYDAY"].split(","))
    extra = sorted(set(parts) - set(order))
    return ";".join(f"{key}={parts[key]}" for key in order + extra if key in parts)
