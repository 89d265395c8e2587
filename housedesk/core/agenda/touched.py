"""Sessions that a new closing day or shorter opening hours touch, and what becomes of them.

A closure (of the house or of one room) or a change of a weekday's hours
leaves the sessions planned then where they were. Before saving, the
Rooms screen asks ``touched_by_closure`` or ``touched_by_hours`` which
planned sessions it would touch: those on a day it closes, or no longer
within the hours. The volunteer decides for each (``Decision``): cancel it
(with the closure's reason), move it, or keep it; ``save_closure`` and
``save_day_hours`` then store the change and the decisions in one
transaction, so either all of it is saved or nothing.

Sessions of an approved period are final and never touched; sessions on a
day closed already by another closure were left there on purpose and are not
listed again, nor are those outside the hours already. Weekday hours have no
dates: their change touches the sessions from today on, each judged by the
hours of its own date (``rooms.plans_around_change``): a date with other hours
(an extra opening for a party until 00:30) keeps them, so its sessions stay.
A session may end after midnight; it is judged by the hours of the day it
starts, as the booking checks judge it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from housedesk.common.codes import BookingStatus
from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError
from housedesk.core import rooms
from housedesk.core.agenda import bookings
from housedesk.core.agenda.bookings import SessionRow
from housedesk.core.board.approval import is_locked
from housedesk.core.rooms import ClosureInfo, DayPlan, Interval, WeekHours
from housedesk.db.engine import Database
from housedesk.db.models import Booking, Closure, Room


class Fate(StrEnum):
    """What becomes of a session a closure or an hours change touches."""

    CANCEL = "cancel"
    MOVE = "move"
    KEEP = "keep"


@dataclass(frozen=True)
class Decision:
    """The volunteer's choice for one touched session; a move says where and when to."""

    booking_id: int
    fate: Fate
    room_id: int | None = None
    day: dt.date | None = None
    start: int | str = ""
    end: int | str = ""


def _fits(hours: Sequence[Interval], start: int, end: int) -> bool:
    """Whether a session lies within one of ``hours``; an end after midnight (up to
    ``LATEST_END_MIN``) and a closing time after it are both counted from the start day's
    midnight (``common.times.end_after``), so 19:00-00:30 fits 10:00-00:30, not 10:00-23:00."""
    return any(opens <= start and end <= closes for opens, closes in hours)


def _final(session: Session, rows: list[SessionRow]) -> list[SessionRow]:
    """``rows`` without the sessions of approved periods (one look per day)."""
    locked = {day: is_locked(session, day) for day in {row.date for row in rows}}
    return [row for row in rows if not locked[row.date]]


def _planned(session: Session, first: dt.date, last: dt.date) -> list[SessionRow]:
    return bookings.sessions_where(
        session,
        Booking.status == BookingStatus.GEPLAND,
        Booking.date.between(first, last),
    )


def _closures(
    session: Session, first: dt.date, last: dt.date, leave_out: int | None
) -> list[tuple[int | None, dt.date, dt.date]]:
    query = select(Closure.room_id, Closure.first_day, Closure.last_day).where(
        Closure.first_day <= last, Closure.last_day >= first
    )
    if leave_out is not None:
        query = query.where(Closure.id != leave_out)
    return [(room, start, end) for room, start, end in session.execute(query)]


def _closed(
    closures: Sequence[tuple[int | None, dt.date, dt.date]], room_id: int, day: dt.date
) -> bool:
    return any(room in (None, room_id) and start <= day <= end for room, start, end in closures)


def _touched_by_closure(
    session: Session,
    first_day: dt.date,
    last_day: dt.date,
    room_id: int | None,
    closure_id: int | None,
) -> list[SessionRow]:
    rows = [
        row
        for row in _planned(session, first_day, last_day)
        if room_id is None or row.room_id == room_id
    ]
    others = _closures(session, first_day, last_day, closure_id)
    old = session.get(Closure, closure_id) if closure_id is not None else None
    before = [(old.room_id, old.first_day, old.last_day)] if old is not None else []
    # Closed already (by another closure, or by this one before its change): left there on purpose.
    rows = [
        row
        for row in rows
        if not _closed(others, row.room_id, row.date) and not _closed(before, row.room_id, row.date)
    ]
    return _final(session, rows)


def touched_by_closure(
    db: Database,
    first_day: dt.date,
    last_day: dt.date,
    room_id: int | None = None,
    *,
    closure_id: int | None = None,
) -> list[SessionRow]:
    """The planned sessions a closure of the house (``room_id`` None) or a room would touch.

    ``closure_id``: the closure being changed; the days it closed already are
    not listed again.
    """
    if last_day < first_day:
        return []
    with db.reading() as session:
        return _touched_by_closure(session, first_day, last_day, room_id, closure_id)


def _touched_by_hours(
    session: Session,
    weekdays: Collection[int],
    plan: DayPlan,
    intervals: Sequence[Interval],
    room_id: int | None,
    today: dt.date,
) -> list[SessionRow]:
    changed = rooms.changed_hours(session, weekdays, plan, intervals, room_id=room_id)
    if not changed:
        return []
    last = session.scalar(
        select(Booking.date)
        .where(Booking.status == BookingStatus.GEPLAND, Booking.date >= today)
        .order_by(Booking.date.desc())
        .limit(1)
    )
    if last is None:
        return []
    before, after = rooms.plans_around_change(
        session, weekdays, plan, intervals, today, last, room_id=room_id
    )
    touched = [
        row
        for row in _planned(session, today, last)
        if (row.room_id, row.date.weekday()) in changed
        # Closed already: left there on purpose.
        and before.closure(row.room_id, row.date) is None
        # The hours of its date: other hours on that date stay as they are.
        and _fits(before.on(row.room_id, row.date).intervals, row.start_min, row.end_min)
        and not _fits(after.on(row.room_id, row.date).intervals, row.start_min, row.end_min)
    ]
    return _final(session, touched)


def touched_by_hours(
    db: Database,
    weekdays: Collection[int],
    plan: DayPlan,
    slots: Sequence[tuple[int | str, int | str]] = (),
    *,
    room_id: int | None = None,
    today: dt.date,
) -> list[SessionRow]:
    """The planned sessions from ``today`` on that new hours (see ``rooms.set_day_hours``)
    would leave outside the hours; refused like ``set_day_hours`` for bad input."""
    intervals = rooms.day_hours(weekdays, plan, slots, room_id=room_id)
    with db.reading() as session:
        return _touched_by_hours(session, weekdays, plan, intervals, room_id, today)


def _apply(session: Session, decisions: Sequence[Decision], reason: str) -> None:
    """Carry out the decisions after the change: a move is checked against the new state."""
    for decision in decisions:
        if decision.fate is Fate.KEEP:
            continue
        try:
            if decision.fate is Fate.CANCEL:
                bookings.cancel_planned(session, decision.booking_id, reason)
            else:
                bookings.move_planned(
                    session,
                    decision.booking_id,
                    decision.room_id,
                    decision.day,
                    decision.start,
                    decision.end,
                )
        except ValidationError as refused:
            raise _about(session, decision, refused) from refused


def _about(session: Session, decision: Decision, refused: ValidationError) -> ValidationError:
    """``refused`` said of the session it concerns, all under the form's general message."""
    booking = session.get(Booking, decision.booking_id)
    problems = [Problem("general", problem.message, problem.args) for problem in refused.problems]
    if booking is None:
        return ValidationError(problems)
    room = session.scalar(select(Room.name).where(Room.id == booking.room_id))
    lead = Problem(
        "general",
        (
            QT_TRANSLATE_NOOP("core", "{activity} on {day:%d-%m-%Y} in {room} cannot be moved:")
            if decision.fate is Fate.MOVE
            else QT_TRANSLATE_NOOP(
                "core", "{activity} on {day:%d-%m-%Y} in {room} cannot be cancelled:"
            )
        ),
        {"activity": booking.activity.name, "day": booking.date, "room": room},
    )
    return ValidationError([lead, *problems])


def save_closure(
    db: Database,
    closure_id: int | None,
    first_day: dt.date | None,
    last_day: dt.date | None,
    reason: str,
    room_id: int | None,
    decisions: Sequence[Decision] = (),
) -> ClosureInfo:
    """Create (``closure_id`` None) or change a closure and carry out the decisions about
    the sessions it touches, in one transaction; a cancel takes the closure's reason."""
    with db.transaction() as session:
        info = rooms.store_closure(session, closure_id, first_day, last_day, reason, room_id)
        _apply(session, decisions, info.reason)
        return info


def save_day_hours(
    db: Database,
    weekdays: Collection[int],
    plan: DayPlan,
    slots: Sequence[tuple[int | str, int | str]] = (),
    decisions: Sequence[Decision] = (),
    *,
    room_id: int | None = None,
    reason: str,
) -> list[WeekHours]:
    """Set a weekday's hours (see ``rooms.set_day_hours``) and carry out the decisions about
    the sessions they touch, in one transaction; a cancel takes ``reason``."""
    intervals = rooms.day_hours(weekdays, plan, slots, room_id=room_id)
    with db.transaction() as session:
        rooms.store_day_hours(session, weekdays, plan, intervals, room_id=room_id)
        _apply(session, decisions, reason)
    return rooms.opening_week(db)
