"""The agenda: booking sessions and series, conflicts, exceptions, status, and what to show.

A one-off session is a ``Booking``; a recurring series is a ``BookingSeries``
whose dates are stored as ``Booking`` rows at once (they carry status and
tallies). Nothing double-books silently: every operation checks the room's
other sessions, its closures and its opening hours for all its dates in bulk
(one query per kind, not per date) and refuses with a ``ConflictError`` that
lists every clashing date, unless the caller passes those dates to skip.
The hours are each date's own (``rooms.OpeningPlan``), and a refusal outside
them says what they are. A session may end after midnight (until 04:00; it
belongs to the day it starts), and its set-up and clean-up time take the room
too: clashes are found across midnight and over that time, which need not lie
within the opening hours. A one-off booking may bring its own extra opening
hours for that day, saved in the same transaction (``book_session``).

Editing a series "this and following" splits it: the old series ends the day
before (UNTIL), a new one carries on. "All" is the same split at today, so a
series' rule always describes its own sessions and the past stays as it was.
Skipped dates (``SeriesSkip``) and sessions changed on their own (``detached``)
never come back, and held or cancelled sessions are never changed by an edit;
``restore_occurrence`` puts one back on purpose. A series without a single
session is never saved; a count-limited one can be filled up at its end
(``fill``). Moving a date for the following sessions moves them all by as many
days (a weekly rule only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Select,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.dates import WEEKDAY_NAMES
from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError, refused
from housedesk.common.times import (
    LATEST_END_MIN,
    MINUTES_PER_DAY,
    end_after,
    format_span,
    format_time,
    on_quarter,
    parse_time,
)
from housedesk.core import rooms
from housedesk.core.agenda import recurrence as rec
from housedesk.core.board.approval import refuse_if_locked
from housedesk.core.rooms import (
    DayHours,
    ExtraOpening,
    Interval,
    OpeningPlan,
    opening_plan,
)
from housedesk.db.engine import Database
from housedesk.db.models import (
    MAX_SETUP_MIN,
    Activity,
    Booking,
    BookingSeries,
    Room,
    SeriesSkip,
    User,
)

CANCEL_REASON_MAX = 200
# Set-up and clean-up time (opbouw, afbouw) of a session: at most four hours each.
SETUP_MAX = MAX_SETUP_MIN


# --------------------------------------------------------------------------- plain values


@dataclass(frozen=True)
class SessionRow:
    """A session as the agenda shows it (no contact details)."""

    id: int
    date: dt.date
    start_min: int
    end_min: int
    room_id: int
    room_code: str
    room_name: str
    activity_id: int
    activity_name: str
    user_name: str
    nature: Nature
    status: BookingStatus
    cancel_reason: str | None
    series_id: int | None
    occurrence_date: dt.date | None
    detached: bool
    visitors: int | None
    setup_min: int
    teardown_min: int

    @property
    def span(self) -> str:
        return format_span(self.start_min, self.end_min)

    @property
    def blocked(self) -> Interval:
        """The time the room is taken: from the set-up to the end of the clean-up."""
        return self.start_min - self.setup_min, self.end_min + self.teardown_min


@dataclass(frozen=True)
class SeriesInfo:
    """A recurring series with its rule as plain values and the dates it leaves out."""

    id: int
    activity_id: int
    activity_name: str
    room_id: int
    first_date: dt.date
    start_min: int
    end_min: int
    setup_min: int
    teardown_min: int
    rrule: str
    recurrence: rec.Recurrence | None  # None: a rule the booking form cannot show
    skips: tuple[dt.date, ...]
    sessions: int
    last_date: dt.date  # of its last session or skip: the horizon of a series without an end


@dataclass(frozen=True)
class SeriesDate:
    """A date of a series that is not as the series says: left out, or changed on its own.

    ``session`` is the session changed on its own (moved to another date, room
    or times); ``None`` for a skipped date.
    """

    series_id: int
    occurrence_date: dt.date
    session: SessionRow | None

    @property
    def skipped(self) -> bool:
        return self.session is None


class ConflictKind(StrEnum):
    BOOKED = "booked"  # another session in the same room overlaps
    CLOSED = "closed"  # the house or the room is closed that day
    OUTSIDE_HOURS = "outside_hours"


# What a refusal outside the opening hours says, by whose hours they are (the house's or
# the room's), whether they are the usual hours of the weekday or other hours of that date,
# and whether the day is open at one time, at several, or not at all.
_OUTSIDE: dict[tuple[bool, bool, str], str] = {
    (False, False, "one"): QT_TRANSLATE_NOOP(
        "core",
        "{date:%d-%m-%Y}: outside the opening hours. On {weekday} the house is open from "
        "{opens} to {closes}.",
    ),
    (False, False, "several"): QT_TRANSLATE_NOOP(
        "core",
        "{date:%d-%m-%Y}: outside the opening hours. On {weekday} the house is open {spans}.",
    ),
    (False, False, "none"): QT_TRANSLATE_NOOP(
        "core", "{date:%d-%m-%Y}: outside the opening hours. On {weekday} the house is closed."
    ),
    (True, False, "one"): QT_TRANSLATE_NOOP(
        "core",
        "{date:%d-%m-%Y}: outside the opening hours. On {weekday} {room} is open from "
        "{opens} to {closes}.",
    ),
    (True, False, "several"): QT_TRANSLATE_NOOP(
        "core",
        "{date:%d-%m-%Y}: outside the opening hours. On {weekday} {room} is open {spans}.",
    ),
    (True, False, "none"): QT_TRANSLATE_NOOP(
        "core", "{date:%d-%m-%Y}: outside the opening hours. On {weekday} {room} is closed."
    ),
    (False, True, "one"): QT_TRANSLATE_NOOP(
        "core",
        "{date:%d-%m-%Y}: outside the opening hours. That day the house is open from {opens} "
        "to {closes} (other hours than usual).",
    ),
    (True, True, "one"): QT_TRANSLATE_NOOP(
        "core",
        "{date:%d-%m-%Y}: outside the opening hours. That day {room} is open from {opens} "
        "to {closes} (other hours than usual).",
    ),
}


@dataclass(frozen=True)
class Conflict:
    """Why one date cannot be booked as asked.

    ``detail``: the other activity and its times, or the closure's reason.
    Outside the hours, ``hours`` are the room's hours that day and ``room`` the
    room whose own hours they are ("" when they are the house's). A clash with
    a session that has set-up or clean-up time has the time it takes the room
    in ``blocked``.
    """

    date: dt.date
    kind: ConflictKind
    detail: str
    hours: DayHours | None = None
    room: str = ""
    blocked: Interval | None = None

    def problem(self) -> Problem:
        args: dict[str, object] = {"date": self.date, "detail": self.detail}
        if self.kind is ConflictKind.BOOKED:
            message = QT_TRANSLATE_NOOP("core", "{date:%d-%m-%Y}: the room is taken by {detail}.")
            if self.blocked is not None:
                message = QT_TRANSLATE_NOOP(
                    "core",
                    "{date:%d-%m-%Y}: the room is taken by {detail}, with set-up and clean-up "
                    "{blocked}.",
                )
                args["blocked"] = format_span(*self.blocked)
        elif self.kind is ConflictKind.CLOSED:
            message = QT_TRANSLATE_NOOP("core", "{date:%d-%m-%Y}: closed ({detail}).")
        elif self.hours is None:
            message = QT_TRANSLATE_NOOP("core", "{date:%d-%m-%Y}: outside the opening hours.")
        else:
            intervals = self.hours.intervals
            count = "none" if not intervals else "one" if len(intervals) == 1 else "several"
            message = _OUTSIDE[(self.hours.is_rooms_own, self.hours.is_exception, count)]
            args["weekday"] = WEEKDAY_NAMES[self.date.weekday()]
            args["room"] = self.room
            if intervals:
                args["opens"] = format_time(intervals[0][0])
                args["closes"] = format_time(intervals[0][1])
            args["spans"] = ", ".join(format_span(*interval) for interval in intervals)
        return Problem("date", message, args)


class ConflictError(ValidationError):
    """Some dates clash; ``conflicts`` lists every one. Nothing was changed."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = list(conflicts)
        super().__init__([conflict.problem() for conflict in self.conflicts])

    @property
    def dates(self) -> list[dt.date]:
        return sorted({conflict.date for conflict in self.conflicts})


@dataclass(frozen=True)
class Preview:
    """What saving would book: the dates, the clashes among them, and warnings.

    ``asked`` is the number of times a count-limited series was asked for
    (``None`` for one session or a series until a date); ``dates`` then holds
    the dates added at its end when it was previewed with ``fill``.
    """

    dates: tuple[dt.date, ...]
    conflicts: tuple[Conflict, ...]
    warnings: tuple[Problem, ...]
    asked: int | None = None

    @property
    def clashing(self) -> tuple[dt.date, ...]:
        """The dates that cannot be booked as asked, each once."""
        return tuple(sorted({conflict.date for conflict in self.conflicts}))

    @property
    def bookable(self) -> int:
        """How many sessions saving would book, leaving the clashing dates out."""
        return len(self.dates) - len(self.clashing)


class Scope(StrEnum):
    """Which sessions of a series an edit changes."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class ClosureSpan:
    room_id: int | None  # None: the whole house
    first_day: dt.date
    last_day: dt.date
    reason: str


def closure_on(
    closures: Iterable[ClosureSpan], day: dt.date, room_id: int | None
) -> ClosureSpan | None:
    """The first of ``closures`` that closes ``day`` for the whole house or for the room
    ``room_id`` (None: only a closure of the whole house)."""
    for closure in closures:
        if closure.room_id in (None, room_id) and closure.first_day <= day <= closure.last_day:
            return closure
    return None


@dataclass(frozen=True)
class AgendaRoom:
    id: int
    code: str
    name: str
    capacity: int
    hours: tuple[tuple[Interval, ...], ...]  # per weekday, Monday first; empty: closed


@dataclass(frozen=True)
class AgendaRange:
    """Everything a week, day or month view shows: rooms, their hours, closures, sessions."""

    first: dt.date
    last: dt.date
    rooms: tuple[AgendaRoom, ...]
    closures: tuple[ClosureSpan, ...]
    sessions: tuple[SessionRow, ...]
    plan: OpeningPlan | None = None  # the hours of each date; None: the rooms' usual week

    def closed(self, room_id: int, day: dt.date) -> ClosureSpan | None:
        return closure_on(self.closures, day, room_id)

    def hours_on(self, room: AgendaRoom, day: dt.date) -> tuple[Interval, ...]:
        """The room's opening hours on ``day``: other hours that day, or the usual ones."""
        if self.plan is None:
            return room.hours[day.weekday()]
        return self.plan.on(room.id, day).intervals

    def other_hours(self, room: AgendaRoom, day: dt.date) -> bool:
        """Whether ``day`` has other hours than usual for the room."""
        return self.plan is not None and self.plan.on(room.id, day).is_exception


# --------------------------------------------------------------------------- helpers


def _session_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Booking.id,
            Booking.date,
            Booking.start_min,
            Booking.end_min,
            Booking.room_id,
            Room.code,
            Room.name,
            Booking.activity_id,
            Activity.name,
            User.name,
            Activity.nature,
            Booking.status,
            Booking.cancel_reason,
            Booking.series_id,
            Booking.occurrence_date,
            Booking.detached,
            Booking.visitors,
            Booking.setup_min,
            Booking.teardown_min,
        )
        .join(Room, Booking.room_id == Room.id)
        .join(Activity, Booking.activity_id == Activity.id)
        .join(User, Activity.user_id == User.id)
    )


def _session_rows(result: Iterable[Sequence[Any]]) -> list[SessionRow]:
    # The code columns already come back as enum members (see models.code_type).
    return [SessionRow(*row) for row in result]


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[SessionRow]:
    return _session_rows(session.execute(query).all())


def _one(session: Session, booking_id: int) -> SessionRow:
    rows = _rows(session, _session_query().where(Booking.id == booking_id))
    if not rows:
        raise _not_found()
    return rows[0]


def _not_found() -> ValidationError:
    return refused("session", QT_TRANSLATE_NOOP("core", "This session no longer exists."))


def _booking(session: Session, booking_id: int) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise _not_found()
    return booking


def _series(session: Session, series_id: int) -> BookingSeries:
    series = session.get(BookingSeries, series_id)
    if series is None:
        raise refused("series", QT_TRANSLATE_NOOP("core", "This series no longer exists."))
    return series


def _time(value: int | str, field: str, problems: list[Problem]) -> int | None:
    minutes = value if isinstance(value, int) else parse_time(value)
    if isinstance(value, str) and not value.strip():
        problems.append(Problem(field, QT_TRANSLATE_NOOP("core", "Enter a time.")))
        return None
    # An end as a number may be past midnight already (1470 is 00:30 the next morning).
    latest = LATEST_END_MIN if field == "end" and isinstance(value, int) else MINUTES_PER_DAY
    if minutes is None or not 0 <= minutes <= latest:
        problems.append(
            Problem(field, QT_TRANSLATE_NOOP("core", "Write the time as 9:30 or 19.45."))
        )
        return None
    if not on_quarter(minutes):
        problems.append(
            Problem(field, QT_TRANSLATE_NOOP("core", "Choose a quarter hour (:00, :15, :30, :45)."))
        )
        return None
    return minutes


def _check_input(
    session: Session,
    activity_id: int | None,
    room_id: int | None,
    day: dt.date | None,
    start: int | str,
    end: int | str,
) -> tuple[Activity, Room, dt.date, int, int]:
    """The activity, room, date and times of a booking, or ``ValidationError``."""
    problems: list[Problem] = []
    activity = session.get(Activity, activity_id) if activity_id is not None else None
    if activity is None:
        problems.append(Problem("activity", QT_TRANSLATE_NOOP("core", "Choose an activity.")))
    room = session.get(Room, room_id) if room_id is not None else None
    if room is None:
        problems.append(Problem("room", QT_TRANSLATE_NOOP("core", "Choose a room.")))
    elif not room.active:
        problems.append(
            Problem("room", QT_TRANSLATE_NOOP("core", "This room is no longer in use."))
        )
    if day is None:
        problems.append(Problem("date", QT_TRANSLATE_NOOP("core", "Enter a date.")))
    start_min = _time(start, "start", problems)
    end_min = _time(end, "end", problems)
    if start_min is not None and start_min >= MINUTES_PER_DAY:
        problems.append(
            Problem(
                "start",
                QT_TRANSLATE_NOOP(
                    "core", "A session starts before midnight; 00:00 is the next day's start."
                ),
            )
        )
    elif start_min is not None and end_min is not None:
        end_min = end_after(start_min, end_min)
        if start_min >= end_min:
            problems.append(
                Problem(
                    "end",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The end must be after the start. A session may go on after midnight "
                        "until 04:00: then the end is the next morning's time, e.g. 00:30.",
                    ),
                )
            )
    if problems:
        raise ValidationError(problems)
    assert activity and room and day and start_min is not None and end_min is not None
    return activity, room, day, start_min, end_min


def _check_setup(
    setup: int | None, teardown: int | None, defaults: tuple[int, int]
) -> tuple[int, int]:
    """The set-up and clean-up minutes (``None``: ``defaults``), or ``ValidationError``."""
    problems: list[Problem] = []
    values = []
    asked = ((setup, defaults[0], "setup"), (teardown, defaults[1], "teardown"))
    for given, default, field in asked:
        value = default if given is None else given
        if not 0 <= value <= SETUP_MAX:
            problems.append(
                Problem(
                    field,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Set-up and clean-up take from 0 to {max} minutes (four hours) each.",
                    ),
                    {"max": SETUP_MAX},
                )
            )
        values.append(value)
    if problems:
        raise ValidationError(problems)
    return values[0], values[1]


def _fits(hours: Iterable[Interval], start: int, end: int) -> bool:
    return any(opens <= start and end <= closes for opens, closes in hours)


def _moment(day: dt.date, minute: int) -> int:
    """Minutes since the start of the calendar: a time that may lie past midnight, or before
    it (set-up from 23:30 for a session at 00:00), compared across days."""
    return day.toordinal() * MINUTES_PER_DAY + minute


def _find_conflicts(
    session: Session,
    room_id: int,
    days: Collection[dt.date],
    start: int,
    end: int,
    ignore: Collection[int] = (),
    setup: int = 0,
    teardown: int = 0,
) -> list[Conflict]:
    """Every clash of ``days`` at ``start``–``end`` in the room: one query per kind, in bulk.

    The room is taken from the set-up to the end of the clean-up, this
    session's and the others', also across midnight (a session until 01:00
    clashes with one the next day at 00:30). Only the session itself must lie
    within the opening hours: volunteers often set up before the house opens.
    """
    if not days:
        return []
    wanted = set(days)
    first, last = min(wanted), max(wanted)
    conflicts: list[Conflict] = []
    plan = opening_plan(session, [room_id], first, last)
    # A neighbouring day's session may reach into a wanted day: past midnight, or its set-up.
    taken = session.execute(
        select(
            Booking.id,
            Booking.date,
            Booking.start_min,
            Booking.end_min,
            Booking.setup_min,
            Booking.teardown_min,
            Activity.name,
        )
        .join(Activity, Booking.activity_id == Activity.id)
        .where(
            Booking.room_id == room_id,
            Booking.date.between(first - dt.timedelta(days=1), last + dt.timedelta(days=1)),
            Booking.status != BookingStatus.GEANNULEERD,
        )
    )
    near: dict[dt.date, list[tuple[int, int, Conflict]]] = {}
    ignored = set(ignore)
    for booking_id, day, other_start, other_end, other_setup, other_teardown, name in taken:
        if booking_id in ignored:
            continue
        blocked = (other_start - other_setup, other_end + other_teardown)
        detail = f"{name} {format_span(other_start, other_end)}"
        shown = blocked if blocked != (other_start, other_end) else None
        span = (_moment(day, blocked[0]), _moment(day, blocked[1]))
        for wanted_day in (day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)):
            if wanted_day in wanted:
                clash = Conflict(wanted_day, ConflictKind.BOOKED, detail, blocked=shown)
                near.setdefault(wanted_day, []).append((*span, clash))
    room_name = session.scalar(select(Room.name).where(Room.id == room_id)) or ""
    for day in sorted(wanted):
        closure = plan.closure(room_id, day)
        hours = plan.on(room_id, day)
        if closure is not None:
            conflicts.append(Conflict(day, ConflictKind.CLOSED, closure.reason))
        elif not _fits(hours.intervals, start, end):
            conflicts.append(
                Conflict(
                    day,
                    ConflictKind.OUTSIDE_HOURS,
                    "",
                    hours=hours,
                    room=room_name if hours.is_rooms_own else "",
                )
            )
        mine = (_moment(day, start - setup), _moment(day, end + teardown))
        for other_first, other_last, clash in near.get(day, ()):
            if other_first < mine[1] and mine[0] < other_last:
                conflicts.append(clash)
    return conflicts


def _capacity_warnings(activity: Activity, room: Room) -> tuple[Problem, ...]:
    if activity.usual_visitors is not None and activity.usual_visitors > room.capacity:
        return (
            Problem(
                "room",
                QT_TRANSLATE_NOOP(
                    "core",
                    "{room} holds {capacity} people; {activity} usually has {visitors} visitors.",
                ),
                {
                    "room": room.name,
                    "capacity": room.capacity,
                    "activity": activity.name,
                    "visitors": activity.usual_visitors,
                },
            ),
        )
    return ()


def _series_dates(
    recurrence: rec.Recurrence | None, first_date: dt.date
) -> tuple[str | None, dt.date, list[dt.date]]:
    """The rule text, the real first date and all dates of a booking (one date if no rule)."""
    if recurrence is None:
        return None, first_date, [first_date]
    problems = rec.validate(recurrence, first_date)
    if problems:
        raise ValidationError(problems)
    text = rec.to_rrule(recurrence)
    start = rec.first_on_or_after(text, first_date)
    days = rec.dates(text, start) if start is not None else []
    if start is None or not days:
        raise refused(
            "until", QT_TRANSLATE_NOOP("core", "This series has no dates; check the days and end.")
        )
    return text, start, days


def _refuse_unskipped(conflicts: Sequence[Conflict], skip: Collection[dt.date]) -> None:
    left = [conflict for conflict in conflicts if conflict.date not in skip]
    if left:
        raise ConflictError(left)


def no_dates_left(dates: int) -> ValidationError:
    """The refusal of a series none of whose ``dates`` can be booked."""
    return refused(
        "repeat",
        QT_TRANSLATE_NOOP(
            "core",
            "None of the {count} dates of this series can be booked, so nothing was saved. "
            "Choose another room, other times or other days.",
        ),
        count=dates,
    )


def _refuse_if_empty(session: Session, series: BookingSeries, dates: int) -> None:
    """A series without a single session is a mistake, never saved (the caller rolls back)."""
    session.flush()
    booked = session.scalar(select(func.count()).where(Booking.series_id == series.id))
    if not booked:
        raise no_dates_left(dates)


def _filled(
    session: Session,
    recurrence: rec.Recurrence,
    first_date: dt.date,
    room_id: int,
    start: int,
    end: int,
    setup: int = 0,
    teardown: int = 0,
) -> tuple[rec.Recurrence, list[dt.date], list[Conflict]]:
    """A count-limited series with as many dates added at its end as clash, and its clashes.

    The count of the rule grows (RFC 5545 counts a left-out date as one of the
    series' times too) until the series has as many bookable dates as asked, or
    until ``MAX_COUNT``; a date added at the end may clash as well, and is then
    also left out. Each round is one bulk query per kind.
    """
    assert recurrence.count is not None
    asked = recurrence.count
    _text, _first, days = _series_dates(recurrence, first_date)
    conflicts = _find_conflicts(session, room_id, days, start, end, (), setup, teardown)
    while True:
        clashing = len({conflict.date for conflict in conflicts})
        missing = asked - (len(days) - clashing)
        count = recurrence.count
        assert count is not None
        if missing <= 0 or count >= rec.MAX_COUNT:
            return recurrence, days, conflicts
        recurrence = replace(recurrence, count=min(rec.MAX_COUNT, count + missing))
        _text, _first, days = _series_dates(recurrence, first_date)
        conflicts = _find_conflicts(session, room_id, days, start, end, (), setup, teardown)


# --------------------------------------------------------------------------- booking


def preview(
    db: Database,
    activity_id: int | None,
    room_id: int | None,
    day: dt.date | None,
    start: int | str,
    end: int | str,
    recurrence: rec.Recurrence | None = None,
    *,
    ignore: Collection[int] = (),
    fill: bool = False,
    setup: int | None = None,
    teardown: int | None = None,
) -> Preview:
    """What booking this would take, with every clash and warning, without saving anything.

    ``fill``: a count-limited series gets as many dates added at its end as
    clash, so that it still takes place as many times as asked. ``setup`` and
    ``teardown`` (minutes; ``None``: the activity's usual ones) take the room
    before and after the session.
    """
    with db.reading() as session:
        activity, room, day, start_min, end_min = _check_input(
            session, activity_id, room_id, day, start, end
        )
        setup, teardown = _check_setup(setup, teardown, _usual_setup(activity))
        asked = recurrence.count if recurrence is not None else None
        if fill and recurrence is not None and recurrence.count is not None:
            _rule, days, conflicts = _filled(
                session, recurrence, day, room.id, start_min, end_min, setup, teardown
            )
        else:
            _text, _first, days = _series_dates(recurrence, day)
            conflicts = _find_conflicts(
                session, room.id, days, start_min, end_min, ignore, setup, teardown
            )
        return Preview(tuple(days), tuple(conflicts), _capacity_warnings(activity, room), asked)


def _usual_setup(activity: Activity) -> tuple[int, int]:
    return activity.setup_min or 0, activity.teardown_min or 0


def extra_opening(
    db: Database,
    room_id: int | None,
    day: dt.date | None,
    start: int | str,
    end: int | str,
) -> ExtraOpening | None:
    """The other hours that would let this session fit the room's hours on ``day`` (see
    ``rooms.propose_extra_opening``); ``None`` when it fits, or when no such hours can be
    offered (a closing day, unreadable times)."""
    if room_id is None or day is None:
        return None
    problems: list[Problem] = []
    start_min, end_min = _time(start, "start", problems), _time(end, "end", problems)
    if problems or start_min is None or end_min is None or start_min >= MINUTES_PER_DAY:
        return None
    end_min = end_after(start_min, end_min)
    if end_min <= start_min or end_min > LATEST_END_MIN:
        return None
    with db.reading() as session:
        if session.get(Room, room_id) is None:
            return None
        return rooms.propose_extra_opening(session, room_id, day, start_min, end_min)


def book_session(
    db: Database,
    activity_id: int | None,
    room_id: int | None,
    day: dt.date | None,
    start: int | str,
    end: int | str,
    *,
    setup: int | None = None,
    teardown: int | None = None,
    extra_opening: str | None = None,
) -> SessionRow:
    """Book one session; refused with ``ConflictError`` if it clashes with anything.

    ``setup``, ``teardown``: see ``preview``. ``extra_opening``: when the session
    falls outside the room's hours that day, first give the room the hours of
    ``rooms.propose_extra_opening`` with this reason, in the same transaction
    (so both are saved, or neither).
    """
    with db.transaction() as session:
        activity, room, day, start_min, end_min = _check_input(
            session, activity_id, room_id, day, start, end
        )
        setup, teardown = _check_setup(setup, teardown, _usual_setup(activity))
        refuse_if_locked(session, day, "date")
        if extra_opening is not None:
            extra = rooms.propose_extra_opening(session, room.id, day, start_min, end_min)
            if extra is not None:
                rooms.add_extra_opening(session, extra, extra_opening)
        conflicts = _find_conflicts(
            session, room.id, [day], start_min, end_min, (), setup, teardown
        )
        _refuse_unskipped(conflicts, ())
        booking = Booking(
            activity_id=activity.id,
            room_id=room.id,
            date=day,
            start_min=start_min,
            end_min=end_min,
            setup_min=setup,
            teardown_min=teardown,
        )
        session.add(booking)
        session.flush()
        return _one(session, booking.id)


def create_series(
    db: Database,
    activity_id: int | None,
    room_id: int | None,
    first_date: dt.date | None,
    start: int | str,
    end: int | str,
    recurrence: rec.Recurrence,
    skip: Collection[dt.date] = (),
    *,
    fill: bool = False,
    setup: int | None = None,
    teardown: int | None = None,
) -> SeriesInfo:
    """Book a recurring series and all its sessions.

    Dates that clash are refused with ``ConflictError`` unless they are in
    ``skip``; skipped dates are kept as ``SeriesSkip`` and never booked. A
    series none of whose dates can be booked is refused. ``fill``: a
    count-limited series gets as many dates added at its end as are skipped
    (its count grows; see ``preview``), so it takes place as often as asked.
    ``setup``, ``teardown``: see ``preview``; every session gets them.
    """
    with db.transaction() as session:
        activity, room, first_date, start_min, end_min = _check_input(
            session, activity_id, room_id, first_date, start, end
        )
        setup, teardown = _check_setup(setup, teardown, _usual_setup(activity))
        if fill and recurrence.count is not None:
            recurrence, _days, conflicts = _filled(
                session, recurrence, first_date, room.id, start_min, end_min, setup, teardown
            )
        text, first, days = _series_dates(recurrence, first_date)
        assert text is not None
        if not fill or recurrence.count is None:
            conflicts = _find_conflicts(
                session, room.id, days, start_min, end_min, (), setup, teardown
            )
        _refuse_unskipped(conflicts, skip)
        series = BookingSeries(
            activity_id=activity.id,
            room_id=room.id,
            first_date=first,
            start_min=start_min,
            end_min=end_min,
            setup_min=setup,
            teardown_min=teardown,
            rrule=text,
        )
        session.add(series)
        session.flush()
        _store_dates(session, series, days, set(skip))
        _refuse_if_empty(session, series, len(days))
        return _series_info(session, series)


def _store_dates(
    session: Session, series: BookingSeries, days: Iterable[dt.date], skip: set[dt.date]
) -> None:
    """Skip ``skip`` among ``days`` and book the others, in two bulk inserts."""
    days = list(days)
    session.add_all(
        SeriesSkip(series_id=series.id, occurrence_date=day)
        for day in sorted(skip.intersection(days))
    )
    created = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = [
        {
            "activity_id": series.activity_id,
            "room_id": series.room_id,
            "date": day,
            "start_min": series.start_min,
            "end_min": series.end_min,
            "setup_min": series.setup_min,
            "teardown_min": series.teardown_min,
            "status": BookingStatus.GEPLAND.value,
            "series_id": series.id,
            "occurrence_date": day,
            "detached": False,
            "created_at": created,
        }
        for day in days
        if day not in skip
    ]
    if rows:
        session.execute(Booking.__table__.insert(), rows)


def _activity_name(session: Session, activity_id: int) -> str:
    activity = session.get(Activity, activity_id)
    assert activity is not None  # the foreign key keeps a series' activity
    return activity.name


def _series_info(session: Session, series: BookingSeries) -> SeriesInfo:
    skips = session.scalars(
        select(SeriesSkip.occurrence_date)
        .where(SeriesSkip.series_id == series.id)
        .order_by(SeriesSkip.occurrence_date)
    ).all()
    count = session.scalar(select(func.count()).where(Booking.series_id == series.id)) or 0
    return SeriesInfo(
        id=series.id,
        activity_id=series.activity_id,
        activity_name=_activity_name(session, series.activity_id),
        room_id=series.room_id,
        first_date=series.first_date,
        start_min=series.start_min,
        end_min=series.end_min,
        setup_min=series.setup_min,
        teardown_min=series.teardown_min,
        rrule=series.rrule,
        recurrence=rec.readable(series.rrule),
        skips=tuple(skips),
        sessions=count,
        last_date=_last_date(session, series),
    )


def get_series(db: Database, series_id: int) -> SeriesInfo:
    """A series with its rule and skipped dates."""
    with db.reading() as session:
        return _series_info(session, _series(session, series_id))


def get_session(db: Database, booking_id: int) -> SessionRow:
    with db.reading() as session:
        return _one(session, booking_id)


# --------------------------------------------------------------------------- exceptions


def _changeable(session: Session, booking: Booking) -> None:
    refuse_if_locked(session, booking.date, "date")
    if booking.status is not BookingStatus.GEPLAND:
        raise refused(
            "session",
            QT_TRANSLATE_NOOP("core", "Only a planned session can be changed or skipped."),
        )


def change_session(
    db: Database,
    booking_id: int,
    room_id: int | None,
    day: dt.date | None,
    start: int | str,
    end: int | str,
    *,
    setup: int | None = None,
    teardown: int | None = None,
) -> SessionRow:
    """Move one session (date, room or times) on its own; a series member becomes detached.

    ``setup``, ``teardown``: ``None`` keeps the session's own.
    """
    with db.transaction() as session:
        return move_planned(
            session, booking_id, room_id, day, start, end, setup=setup, teardown=teardown
        )


def move_planned(
    session: Session,
    booking_id: int,
    room_id: int | None,
    day: dt.date | None,
    start: int | str,
    end: int | str,
    *,
    setup: int | None = None,
    teardown: int | None = None,
) -> SessionRow:
    """``change_session`` inside the caller's transaction."""
    booking = _booking(session, booking_id)
    _changeable(session, booking)
    _activity, room, day, start_min, end_min = _check_input(
        session, booking.activity_id, room_id, day, start, end
    )
    refuse_if_locked(session, day, "date")
    setup, teardown = _check_setup(setup, teardown, (booking.setup_min, booking.teardown_min))
    conflicts = _find_conflicts(
        session, room.id, [day], start_min, end_min, [booking.id], setup, teardown
    )
    _refuse_unskipped(conflicts, ())
    booking.room_id, booking.date = room.id, day
    booking.start_min, booking.end_min = start_min, end_min
    booking.setup_min, booking.teardown_min = setup, teardown
    if booking.series_id is not None:
        booking.detached = True
    session.flush()
    return _one(session, booking.id)


def cancel_planned(session: Session, booking_id: int, reason: str) -> SessionRow:
    """Cancel a planned session with ``reason``, inside the caller's transaction.

    A reason longer than a cancel reason may be (a closure's may be as long)
    is cut at a word, with an ellipsis.
    """
    booking = _booking(session, booking_id)
    _changeable(session, booking)
    reason = " ".join(reason.split())
    if not reason:
        raise refused("reason", QT_TRANSLATE_NOOP("core", "Say why it was cancelled."))
    if len(reason) > CANCEL_REASON_MAX:
        reason = reason[: CANCEL_REASON_MAX - 1].rsplit(" ", 1)[0] + "…"
    booking.status = BookingStatus.GEANNULEERD
    booking.cancel_reason = reason
    session.flush()
    return _one(session, booking.id)


def sessions_where(session: Session, *conditions: ColumnElement[bool]) -> list[SessionRow]:
    """The sessions that meet ``conditions`` (on ``Booking``, ``Room``…), by date and time."""
    query = _session_query().where(*conditions)
    return _rows(session, query.order_by(Booking.date, Booking.start_min, Room.code))


def skip_occurrence(db: Database, booking_id: int) -> SeriesDate:
    """Leave one date out of its series (the session is removed, the skip kept).

    Edits of the series never bring the date back; ``restore_occurrence`` does.
    """
    with db.transaction() as session:
        booking = _booking(session, booking_id)
        if booking.series_id is None or booking.occurrence_date is None:
            raise refused(
                "session",
                QT_TRANSLATE_NOOP(
                    "core", "Only a session of a series can be skipped; cancel this one instead."
                ),
            )
        _changeable(session, booking)
        skipped = SeriesDate(booking.series_id, booking.occurrence_date, None)
        session.add(
            SeriesSkip(series_id=booking.series_id, occurrence_date=booking.occurrence_date)
        )
        session.delete(booking)
        return skipped


def series_dates(db: Database, series_id: int) -> list[SeriesDate]:
    """The skipped dates of a series and its sessions changed on their own, by date."""
    with db.reading() as session:
        _series(session, series_id)
        found = [
            SeriesDate(series_id, day, None)
            for day in session.scalars(
                select(SeriesSkip.occurrence_date).where(SeriesSkip.series_id == series_id)
            )
        ]
        query = _session_query().where(Booking.series_id == series_id, Booking.detached)
        found += [
            SeriesDate(series_id, row.occurrence_date, row)
            for row in _rows(session, query)
            if row.occurrence_date is not None
        ]
        return sorted(found, key=lambda date: date.occurrence_date)


def restore_occurrence(db: Database, series_id: int, occurrence_date: dt.date) -> SessionRow:
    """Put a date of a series back as the series says ("terugzetten").

    A skipped date gets its session again; a session changed on its own goes
    back to the series' date, room and times. Refused with ``ConflictError`` if
    the room is taken, closed or outside its hours then, and for a date of an
    approved period or a session no longer planned.
    """
    with db.transaction() as session:
        series = _series(session, series_id)
        skip = session.get(SeriesSkip, (series_id, occurrence_date))
        booking = session.scalars(
            select(Booking).where(
                Booking.series_id == series_id, Booking.occurrence_date == occurrence_date
            )
        ).first()
        if skip is None and (booking is None or not booking.detached):
            raise refused(
                "session",
                QT_TRANSLATE_NOOP(
                    "core", "{day:%d-%m-%Y} is already as the series says; nothing to put back."
                ),
                day=occurrence_date,
            )
        if occurrence_date not in rec.dates(
            series.rrule, series.first_date, start=occurrence_date, end=occurrence_date
        ):
            raise refused(
                "session",
                QT_TRANSLATE_NOOP(
                    "core",
                    "{day:%d-%m-%Y} is no longer a date of this series (it was changed since).",
                ),
                day=occurrence_date,
            )
        refuse_if_locked(session, occurrence_date, "date")
        if booking is not None:
            _changeable(session, booking)
        ignore = [booking.id] if booking is not None else []
        conflicts = _find_conflicts(
            session, series.room_id, [occurrence_date], series.start_min, series.end_min, ignore
        )
        _refuse_unskipped(conflicts, ())
        if skip is not None:
            session.delete(skip)
            session.flush()
        if booking is None:
            booking = Booking(
                activity_id=series.activity_id,
                series_id=series.id,
                occurrence_date=occurrence_date,
            )
            session.add(booking)
        booking.room_id, booking.date = series.room_id, occurrence_date
        booking.start_min, booking.end_min = series.start_min, series.end_min
        booking.setup_min, booking.teardown_min = series.setup_min, series.teardown_min
        booking.detached = False
        session.flush()
        return _one(session, booking.id)


def delete_session(db: Database, booking_id: int) -> None:
    """Remove a planned one-off session booked by mistake (a series date is skipped instead)."""
    with db.transaction() as session:
        booking = _booking(session, booking_id)
        _changeable(session, booking)
        if booking.series_id is not None:
            raise refused(
                "session",
                QT_TRANSLATE_NOOP("core", "A session of a series is skipped, not removed."),
            )
        session.delete(booking)


# --------------------------------------------------------------------------- series edits


def edit_series(
    db: Database,
    booking_id: int,
    scope: Scope,
    room_id: int | None,
    start: int | str,
    end: int | str,
    recurrence: rec.Recurrence | None = None,
    *,
    today: dt.date,
    skip: Collection[dt.date] = (),
    day: dt.date | None = None,
    setup: int | None = None,
    teardown: int | None = None,
) -> SeriesInfo:
    """Change the room, times, date or rule of the series of a session, from it or from today.

    ``FOLLOWING``: this session and the ones after it (the series is split);
    ``ALL``: every session from today on. ``day`` is the session's new date:
    the sessions it changes move by as many days (a weekly series moves to other
    weekdays; their skipped dates and the sessions that stay as they are move
    along, so each week keeps one session). Skipped dates, sessions changed on
    their own, and held or cancelled sessions stay as they are. ``recurrence``
    ``None`` keeps the rule; a new rule starts at ``day`` for ``FOLLOWING``.
    Clashing dates are refused unless in ``skip``. ``setup``, ``teardown``:
    ``None`` keeps the series' own.
    """
    if scope is Scope.THIS:
        raise ValueError("use change_session for one session")
    with db.transaction() as session:
        booking = _booking(session, booking_id)
        if booking.series_id is None or booking.occurrence_date is None:
            raise refused(
                "session", QT_TRANSLATE_NOOP("core", "This session is not part of a series.")
            )
        series = _series(session, booking.series_id)
        _activity, room, day, start_min, end_min = _check_input(
            session, series.activity_id, room_id, booking.date if day is None else day, start, end
        )
        shift = (day - booking.date).days
        setup, teardown = _check_setup(setup, teardown, (series.setup_min, series.teardown_min))
        from_day = booking.occurrence_date if scope is Scope.FOLLOWING else today
        from_day = max(from_day, series.first_date)
        if recurrence is None:
            text = rec.restarted(
                series.rrule, series.first_date, from_day, _last_date(session, series)
            )
            first = rec.first_on_or_after(text, from_day)
            if first is None:
                raise refused(
                    "until",
                    QT_TRANSLATE_NOOP("core", "This series has no dates left from {day:%d-%m-%Y}."),
                    day=from_day,
                )
            if shift:
                if not rec.can_shift(text):
                    raise _no_shift()
                text, first = rec.shifted(text, shift), first + dt.timedelta(days=shift)
        else:
            begins = day if scope is Scope.FOLLOWING else from_day
            new_text, first, _days = _series_dates(recurrence, begins)
            assert new_text is not None
            text = new_text
        target = (
            _split(session, series, from_day, first) if from_day > series.first_date else series
        )
        target.room_id, target.start_min, target.end_min = room.id, start_min, end_min
        target.setup_min, target.teardown_min = setup, teardown
        target.rrule, target.first_date = text, first
        session.flush()
        if shift and recurrence is None:
            _shift_exceptions(session, target, max(from_day, today), shift)
        begins = max(min(from_day, first), today)
        _regenerate(session, target, begins, set(skip))
        _refuse_if_empty(session, target, len(rec.dates(text, first, start=begins)))
        return _series_info(session, target)


def _no_shift() -> ValidationError:
    return refused(
        "date",
        QT_TRANSLATE_NOOP(
            "core",
            "Only the sessions of a weekly series can move to another date together. "
            "Move this one on its own, or change how the series repeats.",
        ),
    )


def _shift_exceptions(session: Session, series: BookingSeries, since: dt.date, days: int) -> None:
    """Move the dates of ``series`` from ``since`` on by ``days``, before it is regenerated.

    Its planned sessions go (they are booked again on their new dates); a
    skipped date, and a session that stays as it is (changed on its own,
    cancelled), move along, so each keeps standing for its week. They move one
    by one, the farthest first, so no two ever share a date on the way.
    """
    session.execute(
        delete(Booking).where(
            Booking.series_id == series.id,
            Booking.occurrence_date >= since,
            Booking.detached.is_(False),
            Booking.status == BookingStatus.GEPLAND,
        )
    )
    latest_first = days > 0
    kept = session.execute(
        select(Booking.id, Booking.occurrence_date)
        .where(Booking.series_id == series.id, Booking.occurrence_date >= since)
        .order_by(Booking.occurrence_date.desc() if latest_first else Booking.occurrence_date)
    ).all()
    for booking_id, occurrence in kept:
        assert occurrence is not None  # a member of a series has its date in it
        session.execute(
            update(Booking)
            .where(Booking.id == booking_id)
            .values(occurrence_date=occurrence + dt.timedelta(days=days))
        )
    skipped = session.scalars(
        select(SeriesSkip.occurrence_date)
        .where(SeriesSkip.series_id == series.id, SeriesSkip.occurrence_date >= since)
        .order_by(SeriesSkip.occurrence_date.desc() if latest_first else SeriesSkip.occurrence_date)
    ).all()
    for occurrence in skipped:
        session.execute(
            update(SeriesSkip)
            .where(SeriesSkip.series_id == series.id, SeriesSkip.occurrence_date == occurrence)
            .values(occurrence_date=occurrence + dt.timedelta(days=days))
        )


def _last_date(session: Session, series: BookingSeries) -> dt.date:
    """The last date a series without an end has sessions (or skips) for: its horizon."""
    booked = session.scalar(
        select(func.max(Booking.occurrence_date)).where(Booking.series_id == series.id)
    )
    skipped = session.scalar(
        select(func.max(SeriesSkip.occurrence_date)).where(SeriesSkip.series_id == series.id)
    )
    return max(day for day in (booked, skipped, series.first_date) if day is not None)


def _split(session: Session, series: BookingSeries, day: dt.date, first: dt.date) -> BookingSeries:
    """End ``series`` the day before ``day``; a new series takes its dates from ``day`` on."""
    following = BookingSeries(
        activity_id=series.activity_id,
        room_id=series.room_id,
        first_date=first,
        start_min=series.start_min,
        end_min=series.end_min,
        setup_min=series.setup_min,
        teardown_min=series.teardown_min,
        rrule=series.rrule,
    )
    session.add(following)
    series.rrule = rec.ending_before(series.rrule, day)
    session.flush()
    session.execute(
        update(SeriesSkip)
        .where(SeriesSkip.series_id == series.id, SeriesSkip.occurrence_date >= day)
        .values(series_id=following.id)
    )
    session.execute(
        update(Booking)
        .where(Booking.series_id == series.id, Booking.occurrence_date >= day)
        .values(series_id=following.id)
    )
    return following


def _regenerate(
    session: Session, series: BookingSeries, from_day: dt.date, skip: set[dt.date]
) -> None:
    """Bring the planned, attached sessions from ``from_day`` on in line with the series."""
    skipped = set(
        session.scalars(select(SeriesSkip.occurrence_date).where(SeriesSkip.series_id == series.id))
    )
    members = session.execute(
        select(Booking.id, Booking.occurrence_date, Booking.detached, Booking.status).where(
            Booking.series_id == series.id
        )
    ).all()
    kept = {
        row.occurrence_date
        for row in members
        if row.detached or row.status != BookingStatus.GEPLAND or row.occurrence_date < from_day
    }
    rewritable = {
        row.occurrence_date: row.id
        for row in members
        if not row.detached
        and row.status == BookingStatus.GEPLAND
        and row.occurrence_date >= from_day
    }
    wanted = [
        day
        for day in rec.dates(series.rrule, series.first_date, start=from_day)
        if day not in skipped and day not in kept
    ]
    conflicts = _find_conflicts(
        session,
        series.room_id,
        wanted,
        series.start_min,
        series.end_min,
        rewritable.values(),
        series.setup_min,
        series.teardown_min,
    )
    _refuse_unskipped(conflicts, skip)
    new_skips = skip.intersection(wanted)
    wanted = [day for day in wanted if day not in new_skips]
    gone = [booking_id for day, booking_id in rewritable.items() if day not in wanted]
    if gone:
        session.execute(delete(Booking).where(Booking.id.in_(gone)))
    staying = [booking_id for day, booking_id in rewritable.items() if day in wanted]
    if staying:
        session.execute(
            update(Booking)
            .where(Booking.id.in_(staying))
            .values(
                room_id=series.room_id,
                start_min=series.start_min,
                end_min=series.end_min,
                setup_min=series.setup_min,
                teardown_min=series.teardown_min,
                activity_id=series.activity_id,
            )
        )
    fresh = [day for day in wanted if day not in rewritable]
    _store_dates(session, series, fresh, set())
    session.add_all(SeriesSkip(series_id=series.id, occurrence_date=day) for day in new_skips)


# --------------------------------------------------------------------------- status


def set_status(
    db: Database,
    booking_id: int,
    status: BookingStatus,
    reason: str = "",
    *,
    today: dt.date,
) -> SessionRow:
    """Mark a session planned, held (not in the future) or cancelled (with a reason)."""
    reason = " ".join(reason.split())
    with db.transaction() as session:
        booking = _booking(session, booking_id)
        refuse_if_locked(session, booking.date, "date")
        if status is BookingStatus.GEHOUDEN and booking.date > today:
            raise refused(
                "status",
                QT_TRANSLATE_NOOP("core", "A session can only be marked held on or after its day."),
            )
        if status is BookingStatus.GEANNULEERD and not reason:
            raise refused("reason", QT_TRANSLATE_NOOP("core", "Say why it was cancelled."))
        if len(reason) > CANCEL_REASON_MAX:
            raise refused(
                "reason",
                QT_TRANSLATE_NOOP("core", "Keep the reason under {max} characters."),
                max=CANCEL_REASON_MAX,
            )
        if status is not BookingStatus.GEHOUDEN and (
            booking.visitors is not None or booking.volunteers is not None
        ):
            raise refused(
                "status",
                QT_TRANSLATE_NOOP("core", "This session has a count; remove the count first."),
            )
        booking.status = status
        booking.cancel_reason = reason if status is BookingStatus.GEANNULEERD else None
        session.flush()
        return _one(session, booking.id)


def confirm_held(db: Database, booking_ids: Collection[int], *, today: dt.date) -> int:
    """Mark past planned sessions as held, all at once; returns how many were marked."""
    with db.transaction() as session:
        days = session.scalars(
            select(Booking.date).where(Booking.id.in_(list(booking_ids))).distinct()
        )
        for day in days:
            refuse_if_locked(session, day, "date")
        result = session.execute(
            update(Booking)
            .where(
                Booking.id.in_(list(booking_ids)),
                Booking.status == BookingStatus.GEPLAND,
                Booking.date <= today,
            )
            .values(status=BookingStatus.GEHOUDEN)
        )
        assert isinstance(result, CursorResult)  # as for every UPDATE: it has a row count
        return int(result.rowcount or 0)


def count_unconfirmed(db: Database, today: dt.date) -> int:
    """How many past sessions are still planned (what ``unconfirmed_sessions`` would list)."""
    query = select(func.count(Booking.id)).where(
        Booking.status == BookingStatus.GEPLAND, Booking.date < today
    )
    with db.reading() as session:
        return int(session.scalar(query) or 0)


def unconfirmed_sessions(db: Database, today: dt.date) -> list[SessionRow]:
    """Past sessions still planned: the volunteer should confirm them as held or cancelled."""
    query = (
        _session_query()
        .where(Booking.status == BookingStatus.GEPLAND, Booking.date < today)
        .order_by(Booking.date, Booking.start_min, Room.code)
    )
    with db.reading() as session:
        return _rows(session, query)


# --------------------------------------------------------------------------- views


def sessions_between(
    db: Database, first: dt.date, last: dt.date, room_id: int | None = None
) -> list[SessionRow]:
    """The sessions from ``first`` to ``last`` inclusive (one query), by date and time."""
    query = _session_query().where(Booking.date.between(first, last))
    if room_id is not None:
        query = query.where(Booking.room_id == room_id)
    query = query.order_by(Booking.date, Booking.start_min, Booking.room_id)
    with db.reading() as session:
        return _rows(session, query)


def _room_order(code: str) -> tuple[int, int]:
    return (0, int(code[1:])) if code[1:].isdigit() else (1, 0)


def agenda_range(db: Database, first: dt.date, last: dt.date) -> AgendaRange:
    """Rooms, opening hours (of each date: ``AgendaRange.hours_on``), closures and sessions
    of ``first``…``last`` for the views.

    One query per kind however long the range and however many rooms; rooms
    that are no longer in use appear only if they have a session in it.
    """
    query = (
        _session_query()
        .where(Booking.date.between(first, last))
        .order_by(Booking.date, Booking.start_min, Booking.room_id)
    )
    with db.reading() as session:
        # Straight through the connection: plain rows need none of the ORM's result handling.
        sessions = _session_rows(session.connection().execute(query).all())
        used = {row.room_id for row in sessions}
        found = session.execute(
            select(Room.id, Room.code, Room.name, Room.capacity).where(
                or_(Room.active, Room.id.in_(used))
            )
        ).all()
        ordered = sorted(found, key=lambda room: _room_order(room.code))
        plan = opening_plan(session, [room.id for room in ordered], first, last)
        agenda_rooms = tuple(
            AgendaRoom(
                room.id,
                room.code,
                room.name,
                room.capacity,
                tuple(tuple(plan.usual_week(room.id)[weekday]) for weekday in range(7)),
            )
            for room in ordered
        )
        closures = tuple(
            ClosureSpan(span.room_id, span.first_day, span.last_day, span.reason)
            for span in plan.closures
        )
        return AgendaRange(first, last, agenda_rooms, closures, tuple(sessions), plan)


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())
