"""Counting visitors: the sessions still to count, recording a count, the door counter.

A tally is two anonymous head counts on a held session: visitors and
volunteers on duty. Empty means "not counted", which is never the same as 0.
Recording a count on a planned session that has taken place marks it held. A
count changed after the day it was first entered keeps its history (old value,
new value, when) in ``tally_revisions``. The door counter saves every press in
its own transaction, so a crash or a pulled plug loses nothing.

There is no field for a visitor's name anywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import Session

from housedesk.codes import Accessibility, BookingStatus, Nature, UserKind
from housedesk.db.engine import Database
from housedesk.db.models import (
    Activity,
    ActivityTargetGroup,
    Booking,
    Room,
    TallyRevision,
    User,
    utcnow,
)
from housedesk.exchange.approval import is_locked
from housedesk.exchange.figures import local_date
from housedesk.problems import QT_TRANSLATE_NOOP, Problem, ValidationError

#: A count above this is a typing error, not a crowd.
MAX_COUNT = 10_000


@dataclass(frozen=True)
class CountRow:
    """A session as the counting screens show it."""

    booking_id: int
    date: dt.date
    start_min: int
    end_min: int
    room_code: str
    room_name: str
    capacity: int
    activity_code: str
    activity_name: str
    user_name: str
    nature: Nature
    accessibility: Accessibility
    status: BookingStatus
    visitors: int | None
    volunteers: int | None

    @property
    def walk_in(self) -> bool:
        """Walk-in activities have no registration: the door counter is their count."""
        return self.accessibility == Accessibility.VRIJE_INLOOP


@dataclass(frozen=True)
class Revision:
    """One correction of a count: which field, from what, to what, when (UTC)."""

    field: str
    old_value: int | None
    new_value: int | None
    changed_at: dt.datetime


class OverCapacity(ValidationError):
    """More visitors than the room holds: refused unless the person confirms it."""


def _row_query() -> Select:
    return (
        select(
            Booking.id,
            Booking.date,
            Booking.start_min,
            Booking.end_min,
            Room.code,
            Room.name,
            Room.capacity,
            Activity.code,
            Activity.name,
            User.name,
            Activity.nature,
            Activity.accessibility,
            Booking.status,
            Booking.visitors,
            Booking.volunteers,
        )
        .join(Room, Room.id == Booking.room_id)
        .join(Activity, Activity.id == Booking.activity_id)
        .join(User, User.id == Activity.user_id)
    )


def _rows(session: Session, query: Select) -> list[CountRow]:
    return [CountRow(*row) for row in session.execute(query)]


#: How far back the counting screen looks for sessions still to count; older ones
#: are in the tallies list, where they can be filtered on "not counted".
LOOK_BACK_DAYS = 14


def sessions_to_count(db: Database, today: dt.date) -> list[CountRow]:
    """Today's sessions, then those of the last two weeks that took place uncounted.

    Today's come first, by time; then the earlier ones, newest first. Earlier
    planned sessions are included because counting them is how a volunteer
    confirms they took place; earlier cancelled ones are not.
    """
    not_counted = and_(Booking.visitors.is_(None), Booking.volunteers.is_(None))
    earlier = and_(
        Booking.date < today,
        Booking.date >= today - dt.timedelta(days=LOOK_BACK_DAYS),
        Booking.status != BookingStatus.GEANNULEERD,
        not_counted,
    )
    query = (
        _row_query()
        .where(or_(Booking.date == today, earlier))
        .order_by((Booking.date == today).desc(), Booking.date.desc(), Booking.start_min, Room.code)
    )
    with db.reading() as session:
        return _rows(session, query)


def count_row(db: Database, booking_id: int) -> CountRow:
    with db.reading() as session:
        rows = _rows(session, _row_query().where(Booking.id == booking_id))
    if not rows:
        raise _gone()
    return rows[0]


def parse_count(text: str, field: str) -> int | None:
    """A count as typed: empty is "not counted"; refuses text, fractions and negatives."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > MAX_COUNT:
        raise ValidationError(
            [
                Problem(
                    field,
                    QT_TRANSLATE_NOOP(
                        "core", "Enter a whole number of people (0 or more), or leave it empty."
                    ),
                )
            ]
        )
    return int(text)


def parse_counts(typed: dict[str, str]) -> dict[str, int | None]:
    """Several counts as typed (field → text); every refused field is reported at once."""
    counts: dict[str, int | None] = {}
    problems: list[Problem] = []
    for field, text in typed.items():
        try:
            counts[field] = parse_count(text, field)
        except ValidationError as refused:
            problems.extend(refused.problems)
    if problems:
        raise ValidationError(problems)
    return counts


def record_count(
    db: Database,
    booking_id: int,
    visitors: int | None,
    volunteers: int | None,
    *,
    today: dt.date | None = None,
    allow_over_capacity: bool = False,
) -> CountRow:
    """Store the counts of a session in one transaction; a past planned session becomes held.

    Raises ``OverCapacity`` when there are more visitors than the room holds and
    ``allow_over_capacity`` is not set; ``ValidationError`` for a cancelled or
    future session or a negative count. Nothing is stored when it raises.
    """
    today = today or dt.date.today()
    for field, value in (("visitors", visitors), ("volunteers", volunteers)):
        if value is not None and not 0 <= value <= MAX_COUNT:
            raise ValidationError(
                [
                    Problem(
                        field,
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Enter a whole number of people (0 or more), or leave it empty.",
                        ),
                    )
                ]
            )
    with db.transaction() as session:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise _gone()
        _check_countable(session, booking, today)
        capacity = booking.room.capacity
        if visitors is not None and visitors > capacity and not allow_over_capacity:
            raise OverCapacity(
                [
                    Problem(
                        "visitors",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{visitors} visitors is more than {room} holds ({capacity}). "
                            "Is the number right?",
                        ),
                        {"visitors": visitors, "room": booking.room.name, "capacity": capacity},
                    )
                ]
            )
        now = utcnow()
        corrected = booking.counted_at is not None and local_date(booking.counted_at) < today
        for field, value in (("visitors", visitors), ("volunteers", volunteers)):
            old = getattr(booking, field)
            if corrected and old != value:
                session.add(
                    TallyRevision(
                        booking_id=booking.id,
                        field=field,
                        old_value=old,
                        new_value=value,
                        changed_at=now,
                    )
                )
        if visitors is not None or volunteers is not None:
            booking.status = BookingStatus.GEHOUDEN
        booking.visitors = visitors
        booking.volunteers = volunteers
        if booking.counted_at is None and (visitors is not None or volunteers is not None):
            booking.counted_at = now
    return count_row(db, booking_id)


def door_press(db: Database, booking_id: int, step: int, *, today: dt.date | None = None) -> int:
    """Add ``step`` (+1 or -1) to the visitors of a session; stored at once. The new count."""
    today = today or dt.date.today()
    with db.transaction() as session:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise _gone()
        _check_countable(session, booking, today)
        new = max(0, (booking.visitors or 0) + step)
        session.execute(
            update(Booking)
            .where(Booking.id == booking_id)
            .values(
                visitors=new,
                status=BookingStatus.GEHOUDEN,
                counted_at=booking.counted_at or utcnow(),
            )
        )
    return new


def history(db: Database, booking_id: int) -> list[Revision]:
    """The corrections of a session's counts, oldest first."""
    query = (
        select(
            TallyRevision.field,
            TallyRevision.old_value,
            TallyRevision.new_value,
            TallyRevision.changed_at,
        )
        .where(TallyRevision.booking_id == booking_id)
        .order_by(TallyRevision.changed_at, TallyRevision.id)
    )
    with db.reading() as session:
        return [Revision(*row) for row in session.execute(query)]


def _check_countable(session: Session, booking: Booking, today: dt.date) -> None:
    if booking.status == BookingStatus.GEANNULEERD:
        raise ValidationError(
            [
                Problem(
                    "visitors",
                    QT_TRANSLATE_NOOP(
                        "core", "This session was cancelled; a cancelled session has no count."
                    ),
                )
            ]
        )
    _check_open(session, booking.date)
    if booking.date > today:
        raise ValidationError(
            [
                Problem(
                    "visitors",
                    QT_TRANSLATE_NOOP(
                        "core", "This session is still to come; count it on the day itself."
                    ),
                )
            ]
        )


def _check_open(session: Session, day: dt.date) -> None:
    """Counts in an approved (locked) period are final until the board reopens it."""
    if is_locked(session, day):
        raise ValidationError(
            [
                Problem(
                    "visitors",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The period of {day:%d-%m-%Y} has been approved by the board. Reopen "
                        "it on the Export screen to change it.",
                    ),
                    {"day": day},
                )
            ]
        )


def _gone() -> ValidationError:
    return ValidationError(
        [
            Problem(
                "general",
                QT_TRANSLATE_NOOP("core", "This session no longer exists."),
            )
        ]
    )


@dataclass(frozen=True)
class TallyRow:
    """A held session in the tallies list, with what it needs for filtering."""

    booking_id: int
    date: dt.date
    start_min: int
    end_min: int
    room_id: int
    room_name: str
    capacity: int
    activity_id: int
    activity_name: str
    user_name: str
    user_kind: UserKind
    target_groups: tuple[str, ...]
    visitors: int | None
    volunteers: int | None
    corrections: int

    @property
    def counted(self) -> bool:
        return self.visitors is not None or self.volunteers is not None


@dataclass(frozen=True)
class Totals:
    sessions: int
    counted: int
    visitors: int
    volunteers: int


def list_tallies(
    db: Database, first_day: dt.date | None, last_day: dt.date | None
) -> list[TallyRow]:
    """Every held session in the period (both days included; ``None``: no limit), newest first.

    One query: the target groups and the number of corrections come along, so
    the screen filters without asking the database again.
    """
    corrections = (
        select(TallyRevision.booking_id, func.count().label("n"))
        .group_by(TallyRevision.booking_id)
        .subquery()
    )
    groups = (
        select(
            ActivityTargetGroup.activity_id,
            func.group_concat(ActivityTargetGroup.target_group, ",").label("codes"),
        )
        .group_by(ActivityTargetGroup.activity_id)
        .subquery()
    )
    query = (
        select(
            Booking.id,
            Booking.date,
            Booking.start_min,
            Booking.end_min,
            Room.id,
            Room.name,
            Room.capacity,
            Activity.id,
            Activity.name,
            User.name,
            User.kind,
            groups.c.codes,
            Booking.visitors,
            Booking.volunteers,
            func.coalesce(corrections.c.n, 0),
        )
        .join(Room, Room.id == Booking.room_id)
        .join(Activity, Activity.id == Booking.activity_id)
        .join(User, User.id == Activity.user_id)
        .outerjoin(groups, groups.c.activity_id == Activity.id)
        .outerjoin(corrections, corrections.c.booking_id == Booking.id)
        .where(Booking.status == BookingStatus.GEHOUDEN)
        .order_by(Booking.date.desc(), Booking.start_min.desc(), Room.code)
    )
    if first_day is not None:
        query = query.where(Booking.date >= first_day)
    if last_day is not None:
        query = query.where(Booking.date <= last_day)
    with db.reading() as session:
        return [
            TallyRow(
                *row[:11], tuple(sorted((row[11] or "").split(",")) if row[11] else ()), *row[12:]
            )
            for row in session.execute(query)
        ]


def totals(rows: list[TallyRow]) -> Totals:
    """The sums of what is shown; uncounted sessions add nothing to the visitors."""
    return Totals(
        sessions=len(rows),
        counted=sum(1 for r in rows if r.counted),
        visitors=sum(r.visitors or 0 for r in rows),
        volunteers=sum(r.volunteers or 0 for r in rows),
    )


def add_unbooked_session(
    db: Database,
    activity_id: int | None,
    room_id: int | None,
    day: dt.date,
    start_min: int | None,
    end_min: int | None,
    visitors: int | None,
    volunteers: int | None,
    *,
    today: dt.date | None = None,
    allow_over_capacity: bool = False,
) -> CountRow:
    """Record a session that happened without a booking, with its counts, in one transaction.

    It took place, so closures and opening hours do not matter; another session
    in the same room at the same time does (one of the two did not happen).
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    if activity_id is None:
        problems.append(
            Problem("activity", QT_TRANSLATE_NOOP("core", "Choose the activity that took place."))
        )
    if room_id is None:
        problems.append(Problem("room", QT_TRANSLATE_NOOP("core", "Choose the room.")))
    if day > today:
        problems.append(
            Problem(
                "date",
                QT_TRANSLATE_NOOP("core", "A session that took place cannot be in the future."),
            )
        )
    if start_min is None or end_min is None:
        problems.append(
            Problem("times", QT_TRANSLATE_NOOP("core", "Write the times as HH:MM, e.g. 09:30."))
        )
    elif not 0 <= start_min < end_min <= 24 * 60:
        problems.append(
            Problem(
                "times",
                QT_TRANSLATE_NOOP(
                    "core", "The end time must be after the start time, on the same day."
                ),
            )
        )
    if problems:
        raise ValidationError(problems)
    assert start_min is not None and end_min is not None
    with db.transaction() as session:
        room = session.get(Room, room_id)
        activity = session.get(Activity, activity_id)
        if room is None or activity is None:
            raise _gone()
        _check_open(session, day)
        clash = session.execute(
            select(Activity.name, Booking.start_min, Booking.end_min)
            .join(Activity, Activity.id == Booking.activity_id)
            .where(
                Booking.room_id == room.id,
                Booking.date == day,
                Booking.status != BookingStatus.GEANNULEERD,
                Booking.start_min < end_min,
                Booking.end_min > start_min,
            )
            .limit(1)
        ).first()
        if clash is not None:
            raise ValidationError(
                [
                    Problem(
                        "times",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{room} was booked then for {activity}. If that did not take "
                            "place, mark it so on the Today screen first.",
                        ),
                        {"room": room.name, "activity": clash[0]},
                    )
                ]
            )
        if visitors is not None and visitors > room.capacity and not allow_over_capacity:
            raise OverCapacity(
                [
                    Problem(
                        "visitors",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{visitors} visitors is more than {room} holds ({capacity}). "
                            "Is the number right?",
                        ),
                        {"visitors": visitors, "room": room.name, "capacity": room.capacity},
                    )
                ]
            )
        counted = visitors is not None or volunteers is not None
        booking = Booking(
            activity_id=activity.id,
            room_id=room.id,
            date=day,
            start_min=start_min,
            end_min=end_min,
            status=BookingStatus.GEHOUDEN,
            visitors=visitors,
            volunteers=volunteers,
            counted_at=utcnow() if counted else None,
        )
        session.add(booking)
        session.flush()
        booking_id = booking.id
    return count_row(db, booking_id)
