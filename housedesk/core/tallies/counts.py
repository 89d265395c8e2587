"""Counting visitors: recording a count, the door counter, the tallies list.

A tally is two anonymous head counts on a held session: visitors and
volunteers on duty. Empty means "not counted", which is never the same as 0.
Recording a count on a planned session that has taken place marks it held. A
count changed after the day it was first entered keeps its history (old value,
new value, when) in ``tally_revisions``. The door counter saves every press in
its own transaction, so a crash or a pulled plug loses nothing. What is still
to count is read by ``housedesk.core.tallies.pending``, without the ORM, for the first screen.

The tallies list asks for a page of rows at a time (``tally_page``) and for
the totals of what it shows (``tally_summary``); filtering, searching,
sorting and adding up are done by SQLite, so no period is too long to show.

There is no field for a visitor's name anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.types import TypeEngine

from housedesk.common.codes import BookingStatus, TargetGroup, UserKind
from housedesk.common.numbers import read_whole
from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError, refused
from housedesk.common.times import LATEST_END_MIN, MINUTES_PER_DAY, end_after, local_date
from housedesk.core.board.approval import refuse_if_locked
from housedesk.core.tallies.pending import CountRow
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

# A count above this is a typing error, not a crowd.
MAX_COUNT = 10_000


@dataclass(frozen=True)
class Revision:
    """One correction of a count: which field, from what, to what, when (UTC)."""

    field: str
    old_value: int | None
    new_value: int | None
    changed_at: dt.datetime


class OverCapacity(ValidationError):
    """More visitors than the room holds: refused unless the person confirms it."""


def _row_query() -> Select[*tuple[Any, ...]]:
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


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[CountRow]:
    return [CountRow(*row) for row in session.execute(query)]


def count_row(db: Database, booking_id: int) -> CountRow:
    with db.reading() as session:
        rows = _rows(session, _row_query().where(Booking.id == booking_id))
    if not rows:
        raise _gone()
    return rows[0]


def parse_count(text: str, field: str) -> int | None:
    """A count as typed: empty is "not counted"; refuses text, fractions, negatives and more
    than ``MAX_COUNT``, each with a message that names the range."""
    count = read_whole(text, 0, MAX_COUNT, optional=True)
    if isinstance(count, Problem):
        raise ValidationError([replace(count, field=field)])
    return count


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
        if value is not None:
            parse_count(str(value), field)  # refused with the range when outside it
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
        if new > MAX_COUNT:
            raise refused(
                "visitors",
                QT_TRANSLATE_NOOP(
                    "core",
                    "The counter stops at {limit} visitors, the most that one session can count.",
                ),
                limit=MAX_COUNT,
            )
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
    refuse_if_locked(session, booking.date, "visitors")
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
    """A held session in the tallies list."""

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


class TallySort(StrEnum):
    """What the tallies list can be sorted by; ties go by date, start time and session."""

    DATE = "date"
    TIME = "time"
    ROOM = "room"
    ACTIVITY = "activity"
    USER = "user"
    VISITORS = "visitors"
    VOLUNTEERS = "volunteers"
    CORRECTED = "corrected"


@dataclass(frozen=True)
class TallyQuery:
    """Which held sessions the tallies list shows, and in what order.

    The period runs from ``first_day`` to ``last_day`` (both included; ``None``:
    no limit). ``search`` keeps the sessions whose activity, user or room name
    contains every word, compared after Python's ``casefold`` as everywhere
    else in housedesk (SQLite's ``NOCASE`` folds only A–Z, so "émile" would
    miss "Émile"): the names of the rooms and activities (hundreds, not the
    sessions' hundreds of thousands) are matched in Python and the sessions
    are then filtered in SQL by the ids found. Sorting by a name uses
    ``NOCASE``, so names differing only in the case of A–Z sort together, and
    an accented capital sorts after Z.
    """

    first_day: dt.date | None = None
    last_day: dt.date | None = None
    room_id: int | None = None
    activity_id: int | None = None
    user_kind: UserKind | None = None
    target_group: TargetGroup | None = None
    only_uncounted: bool = False
    search: str = ""
    sort: TallySort = TallySort.DATE
    descending: bool = True


@dataclass(frozen=True)
class TallySummary:
    """How many held sessions the period has, and the totals of those the filters keep."""

    in_period: int
    shown: Totals


#: Rows in one page of the tallies list.
PAGE_SIZE = 200


def tally_page(
    db: Database, query: TallyQuery, after: TallyRow | None = None, limit: int = PAGE_SIZE
) -> list[TallyRow]:
    """Up to ``limit`` sessions that ``query`` keeps, in its order, following ``after``.

    Keyset paging: the next page starts right after the sort key of the last
    row shown, never at an offset, so in date order (which walks the index on
    status and date) a page costs the same however far the list has been
    scrolled. The page's ids are chosen first, from the sessions and what the
    order needs, and only those sessions are then joined to their room,
    activity and user.
    """
    corrections = (
        select(func.count())
        .where(TallyRevision.booking_id == Booking.id)
        .correlate(Booking)
        .scalar_subquery()
    )
    order = _sort_keys(query.sort, corrections)
    ordering = [key.desc() if query.descending else key.asc() for key, _ in order]
    page = select(Booking.id).order_by(*ordering).limit(limit).correlate(None)
    if query.sort in (TallySort.ACTIVITY, TallySort.USER):
        page = page.join(Activity, Activity.id == Booking.activity_id)
    if query.sort is TallySort.USER:
        page = page.join(User, User.id == Activity.user_id)
    if query.sort is TallySort.ROOM:
        page = page.join(Room, Room.id == Booking.room_id)
    if after is not None:
        page = page.where(_following(order, after, query.descending))
    with db.reading() as session:
        page = page.where(*_period(query), *_filters(session, query))
        statement = (
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
                Booking.visitors,
                Booking.volunteers,
                corrections,
            )
            .join(Room, Room.id == Booking.room_id)
            .join(Activity, Activity.id == Booking.activity_id)
            .join(User, User.id == Activity.user_id)
            .where(Booking.id.in_(page))
            .order_by(*ordering)
        )
        # python/mypy#19692: a row typed (int, date, …, *Any) is taken for too few arguments.
        return [TallyRow(*row) for row in session.execute(statement)]  # type: ignore[call-arg]


def tally_summary(
    db: Database, query: TallyQuery, progress: Callable[[int, int], None] | None = None
) -> TallySummary:
    """The held sessions of the period, and the totals of those the filters keep: one query.

    Uncounted sessions add nothing to the visitors. The order of ``query`` does
    not matter. Over many years of a busy house this reads every session, so
    ``progress`` is called now and then while SQLite adds up (with 0, 0: size
    unknown); if it raises, the query stops at once and its exception comes out.
    """
    with db.reading() as session:
        filters = _filters(session, query)
        shown = and_(true(), *filters)
        counted = or_(Booking.visitors.is_not(None), Booking.volunteers.is_not(None))
        statement = select(
            func.count(),
            func.count(case((shown, 1))),
            func.count(case((and_(shown, counted), 1))),
            func.coalesce(func.sum(case((shown, Booking.visitors))), 0),
            func.coalesce(func.sum(case((shown, Booking.volunteers))), 0),
        ).where(*_period(query))
        with _stoppable(session, progress):
            row = session.execute(statement).one()
    return TallySummary(row[0], Totals(*row[1:]))


#: SQLite steps between two calls of a long query's ``progress``.
PROGRESS_STEPS = 100_000


@contextmanager
def _stoppable(session: Session, progress: Callable[[int, int], None] | None) -> Iterator[None]:
    """Call ``progress`` every ``PROGRESS_STEPS`` steps of SQLite; stop if it raises."""
    if progress is None:
        yield
        return
    connection = session.connection().connection.driver_connection
    assert connection is not None  # None only once the connection is closed
    stopped: list[BaseException] = []

    def handler() -> int:
        try:
            progress(0, 0)
        except BaseException as error:  # raised again once SQLite has stopped
            stopped.append(error)
            return 1
        return 0

    connection.set_progress_handler(handler, PROGRESS_STEPS)
    try:
        yield
    except OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        connection.set_progress_handler(None, 0)


def rooms_held_in(
    db: Database, first_day: dt.date | None, last_day: dt.date | None
) -> list[tuple[int, str]]:
    """The rooms (id, name) with held sessions in the period, by name."""
    return _held_in(db, Room, Booking.room_id, first_day, last_day)


def activities_held_in(
    db: Database, first_day: dt.date | None, last_day: dt.date | None
) -> list[tuple[int, str]]:
    """The activities (id, name) with held sessions in the period, by name."""
    return _held_in(db, Activity, Booking.activity_id, first_day, last_day)


def _held_in(
    db: Database,
    entity: type[Room] | type[Activity],
    foreign_key: InstrumentedAttribute[int],
    first_day: dt.date | None,
    last_day: dt.date | None,
) -> list[tuple[int, str]]:
    held = (
        select(Booking.id)
        .where(foreign_key == entity.id, _held(by_index_on_status=False))
        .where(*_dates(first_day, last_day))
        .exists()
    )
    with db.reading() as session:
        rows = session.execute(select(entity.id, entity.name).where(held)).all()
    return sorted(((key, name) for key, name in rows), key=lambda row: row[1].casefold())


def _period(query: TallyQuery) -> list[ColumnElement[bool]]:
    """The held sessions of the query's period.

    With one room or activity chosen, its index on (room or activity, date)
    finds its sessions at once; the index on status and date would visit every
    held session of the period.
    """
    one = query.room_id is not None or query.activity_id is not None
    return [_held(by_index_on_status=not one), *_dates(query.first_day, query.last_day)]


def _held(*, by_index_on_status: bool) -> ColumnElement[bool]:
    """A held session; compared as plain text, the status keeps SQLite from its index."""
    if by_index_on_status:
        return Booking.status == BookingStatus.GEHOUDEN
    return cast(Booking.status, Text) == BookingStatus.GEHOUDEN.value


def _dates(first_day: dt.date | None, last_day: dt.date | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if first_day is not None:
        conditions.append(Booking.date >= first_day)
    if last_day is not None:
        conditions.append(Booking.date <= last_day)
    return conditions


def _filters(session: Session, query: TallyQuery) -> list[ColumnElement[bool]]:
    """What narrows the period's sessions down to those shown, as SQL conditions."""
    conditions: list[ColumnElement[bool]] = []
    if query.room_id is not None:
        conditions.append(Booking.room_id == query.room_id)
    if query.activity_id is not None:
        conditions.append(Booking.activity_id == query.activity_id)
    if query.user_kind is not None:
        conditions.append(
            Booking.activity_id.in_(
                select(Activity.id).join(User).where(User.kind == query.user_kind)
            )
        )
    if query.target_group is not None:
        conditions.append(
            Booking.activity_id.in_(
                select(ActivityTargetGroup.activity_id).where(
                    ActivityTargetGroup.target_group == query.target_group
                )
            )
        )
    if query.only_uncounted:
        conditions.append(and_(Booking.visitors.is_(None), Booking.volunteers.is_(None)))
    words = query.search.casefold().split()
    if words:
        conditions.extend(_search(session, words))
    return conditions


def _search(session: Session, words: list[str]) -> list[ColumnElement[bool]]:
    """One condition per word: the session's activity, its user or its room has it in its name."""
    activities = session.execute(select(Activity.id, Activity.name, User.name).join(User)).all()
    rooms = session.execute(select(Room.id, Room.name)).all()
    activity_names = [(key, f"{name} {user}".casefold()) for key, name, user in activities]
    room_names = [(key, name.casefold()) for key, name in rooms]
    return [
        or_(
            Booking.activity_id.in_([key for key, names in activity_names if word in names]),
            Booking.room_id.in_([key for key, name in room_names if word in name]),
        )
        for word in words
    ]


SortKey = tuple[ColumnElement[Any] | InstrumentedAttribute[Any], Callable[[TallyRow], Any]]


def _sort_keys(sort: TallySort, corrections: ColumnElement[int]) -> list[SortKey]:
    """The SQL expressions the list is ordered by, each with the same value read from a row.

    Every order ends in date, start time and session id, so it is total and a
    page can start right after a row. An empty count sorts as -1: before 0.
    """
    leading: dict[TallySort, list[SortKey]] = {
        TallySort.DATE: [],
        TallySort.TIME: [
            (Booking.start_min, lambda r: r.start_min),
            (Booking.end_min, lambda r: r.end_min),
        ],
        TallySort.ROOM: [(Room.name.collate("NOCASE"), lambda r: r.room_name)],
        TallySort.ACTIVITY: [(Activity.name.collate("NOCASE"), lambda r: r.activity_name)],
        TallySort.USER: [(User.name.collate("NOCASE"), lambda r: r.user_name)],
        TallySort.VISITORS: [
            (func.coalesce(Booking.visitors, -1), lambda r: _or_minus_one(r.visitors))
        ],
        TallySort.VOLUNTEERS: [
            (func.coalesce(Booking.volunteers, -1), lambda r: _or_minus_one(r.volunteers))
        ],
        TallySort.CORRECTED: [(corrections, lambda r: r.corrections)],
    }
    return [
        *leading[sort],
        (Booking.date, lambda r: r.date),
        (Booking.start_min, lambda r: r.start_min),
        (Booking.id, lambda r: r.booking_id),
    ]


def _or_minus_one(count: int | None) -> int:
    return -1 if count is None else count


def _sql_type(key: ColumnElement[Any] | InstrumentedAttribute[Any]) -> TypeEngine[Any]:
    """The SQL type of a sort key: an ORM attribute's is that of its column."""
    return key.expression.type if isinstance(key, InstrumentedAttribute) else key.type


def _following(order: list[SortKey], row: TallyRow, descending: bool) -> ColumnElement[bool]:
    """The rows after ``row`` in ``order``: a row-value comparison, plus its first column alone.

    The first column on its own lets SQLite start from an index on it rather than
    compare every row.
    """
    keys = tuple_(*(key for key, _ in order))
    values = tuple_(*(literal(value_of(row), _sql_type(key)) for key, value_of in order))
    first_key, first_value = order[0][0], order[0][1](row)
    if descending:
        return and_(first_key <= first_value, keys < values)
    return and_(first_key >= first_value, keys > values)


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
    else:
        # A bar until 00:30: an end before the start is the next morning, until 04:00.
        end_min = end_after(start_min, end_min)
        if not 0 <= start_min < min(end_min, MINUTES_PER_DAY) or end_min > LATEST_END_MIN:
            problems.append(
                Problem(
                    "times",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The end must be after the start. A session may go on after midnight "
                        "until 04:00: then the end is the next morning's time, e.g. 00:30.",
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
        refuse_if_locked(session, day, "visitors")
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
