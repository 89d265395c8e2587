"""The board's review (Overzicht): how the house was used in a range of days, against last year.

Every figure that the exchange also holds comes from ``housedesk.core.board.figures``
(the same definitions, the same queries), so what the board reviews is what the
municipality receives; only when the board chose to count set-up and clean-up
time as use (``choices.counts_setup``) do its used hours include them. The
review adds what a board asks at its meeting: months, weekdays and parts of the
day, target groups and activity types, the sessions still without a count, and
the signals. A range without held or cancelled
sessions and without signals gives an empty review (``is_empty``): no zeros
pretending to be data, and ``None`` wherever an average or a share is undefined.

A period still running (given ``today``, a range that ends after today) is
reviewed over the days so far, **today included**: its sessions, visitors and
available hours up to and including today, compared with the same days a year
earlier, never with a whole period. The comparison is made only when that year
was registered from its first day (``registered_since``: the first day with
data, the house's first room in service or its first session, whichever is
earlier); otherwise there is none, and the screen and the report say "no data".
Sessions on days before today that are still planned are listed
(``past_planned``): they are neither held nor cancelled, so they count nowhere
until the board settles them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from housedesk.common.codes import ActivityType, TargetGroup, UserKind
from housedesk.common.periods import Period
from housedesk.core.board import choices, figures
from housedesk.core.board.approval import ApprovalState, approval_state
from housedesk.core.board.figures import (
    HELD,
    PLANNED,
    NatureMinutes,
    PeriodFigures,
    RoomFigures,
    SignalRow,
)
from housedesk.db.engine import Database
from housedesk.db.models import Activity, Booking, Room, User, local_today

#: Sessions starting before noon are in the morning, before six in the afternoon.
AFTERNOON_FROM = 12 * 60
EVENING_FROM = 18 * 60


class PartOfDay(IntEnum):
    """When a session starts: morning (< 12:00), afternoon (< 18:00) or evening."""

    MORNING = 0
    AFTERNOON = 1
    EVENING = 2

    @classmethod
    def of(cls, start_min: int) -> PartOfDay:
        if start_min < AFTERNOON_FROM:
            return cls.MORNING
        if start_min < EVENING_FROM:
            return cls.AFTERNOON
        return cls.EVENING


@dataclass(frozen=True)
class Days:
    """A from–to range of days (inclusive); it has what ``figures`` reads of a ``Period``."""

    first_day: dt.date
    last_day: dt.date


@dataclass(frozen=True)
class KeyFigures:
    """The house's key figures in a range; undefined averages and shares are ``None``."""

    sessions_held: int
    sessions_cancelled: int
    counted_sessions: int
    visitors: int
    used: NatureMinutes
    available_minutes: int
    activities: int
    new_activities: int
    resident_initiative_activities: int  # activities, not initiatives (definitions.py)
    signals: int

    @property
    def uncounted_sessions(self) -> int:
        return self.sessions_held - self.counted_sessions

    @property
    def average_visitors(self) -> float | None:
        """Visitors per counted session (a session without a count is not a zero)."""
        return self.visitors / self.counted_sessions if self.counted_sessions else None

    @property
    def used_hours(self) -> float:
        return self.used.total / 60

    @property
    def occupancy(self) -> float | None:
        return self.used.total / self.available_minutes if self.available_minutes else None

    @property
    def completeness(self) -> float | None:
        """The share of held sessions that were counted."""
        return self.counted_sessions / self.sessions_held if self.sessions_held else None

    def share(self, minutes: int) -> float | None:
        """``minutes`` as a share of the used hours."""
        return minutes / self.used.total if self.used.total else None

    @property
    def community_share(self) -> float | None:
        return self.share(self.used.community)

    @property
    def private_share(self) -> float | None:
        return self.share(self.used.private)

    @property
    def commercial_share(self) -> float | None:
        return self.share(self.used.commercial)


@dataclass(frozen=True)
class Bucket:
    """Held sessions and their visitors for one month, weekday, part of day, group or type."""

    key: object
    sessions: int
    visitors: int


@dataclass(frozen=True)
class ActivityRow:
    """One activity of the range, for the board's table."""

    activity_id: int
    code: str
    name: str
    user_name: str
    user_kind: UserKind
    type: ActivityType
    is_new: bool
    sessions_held: int
    sessions_cancelled: int
    minutes: int
    visitors: int
    counted_sessions: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class PendingSession:
    """A session the board should see settled: held but not counted, or still planned."""

    booking_id: int
    date: dt.date
    start_min: int
    end_min: int
    room_name: str
    activity_name: str


#: A held session that nobody counted yet.
UncountedSession = PendingSession


@dataclass(frozen=True)
class Review:
    """What the board reviews for ``first_day``–``last_day`` (inclusive)."""

    first_day: dt.date
    last_day: dt.date
    key: KeyFigures | None  # None: nothing happened in the range
    last_year: KeyFigures | None  # None: nothing happened in the same range a year earlier
    rooms: tuple[RoomFigures, ...]
    visitors_by_month: tuple[Bucket, ...]  # key: the month's first day
    visitors_by_weekday: tuple[Bucket, ...]  # key: 0 (Monday) .. 6
    visitors_by_part_of_day: tuple[Bucket, ...]  # key: PartOfDay
    visitors_by_target_group: tuple[Bucket, ...]  # key: TargetGroup; a session counts in each
    visitors_by_type: tuple[Bucket, ...]  # key: ActivityType
    activities: tuple[ActivityRow, ...]  # most visitors first
    uncounted: tuple[UncountedSession, ...]
    signals: tuple[SignalRow, ...]
    #: The first day with data: the house's first room in service or its first session,
    #: whichever is earlier (None: nothing yet). A year earlier is compared only when
    #: registration had begun by its first day: a half-registered year would make every
    #: figure look grown.
    registered_since: dt.date | None = None
    #: The last day of the whole period when it is still running (``last_day`` is then
    #: today); None for a period that is over.
    period_last_day: dt.date | None = None
    #: Sessions on days before today, in the range, still only planned.
    past_planned: tuple[PendingSession, ...] = ()
    #: Whether the period is approved, for a quarter or a year (None for other ranges).
    approval: ApprovalState | None = None
    #: Whether the used hours include set-up and clean-up (the board's choice).
    with_setup: bool = False

    @property
    def running(self) -> bool:
        """The period goes on after ``last_day`` (today): these are the days so far."""
        return self.period_last_day is not None

    @property
    def whole_last_day(self) -> dt.date:
        """The last day of the period as chosen (after today while it is running)."""
        return self.period_last_day or self.last_day

    @property
    def comparable(self) -> bool:
        """Whether the same range a year earlier was registered from its first day."""
        return self.registered_since is not None and (
            self.registered_since <= self.last_year_first_day
        )

    @property
    def is_empty(self) -> bool:
        return self.key is None

    @property
    def last_year_first_day(self) -> dt.date:
        return year_earlier(self.first_day)

    @property
    def last_year_last_day(self) -> dt.date:
        return year_earlier(self.last_day)


def year_earlier(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def registered_since(session: Session) -> dt.date | None:
    """The first day with data: the first room in service or the first session, if earlier."""
    days = [
        session.scalar(select(func.min(Room.in_service_from))),
        session.scalar(select(func.min(Booking.date))),
    ]
    known = [day for day in days if day is not None]
    return min(known) if known else None


def period_of(first_day: dt.date, last_day: dt.date) -> Period | None:
    """The quarter or year that is exactly ``first_day``–``last_day``, if it is one."""
    for period in (Period.containing(first_day), Period(first_day.year)):
        if (period.first_day, period.last_day) == (first_day, last_day):
            return period
    return None


def review(
    db: Database, first_day: dt.date, last_day: dt.date, today: dt.date | None = None
) -> Review:
    """The review of ``first_day``–``last_day`` and the same days a year earlier (one snapshot).

    With ``today`` inside the range and before its last day, the period is still
    running: the days so far (today included) are reviewed and compared.
    """
    if last_day < first_day:
        raise ValueError(f"the range runs backwards: {first_day} to {last_day}")
    whole_last = last_day
    running = today is not None and first_day <= today < last_day
    if running:
        assert today is not None
        last_day = today
    period = period_of(first_day, whole_last)
    days = Days(first_day, last_day)
    earlier = Days(year_earlier(first_day), year_earlier(last_day))
    with db.reading() as session:
        with_setup = choices.counts_setup(session)
        # figures reads only first_day and last_day of its period argument.
        current = figures.period_figures(session, days, with_setup=with_setup)
        since = registered_since(session)
        comparable = since is not None and since <= earlier.first_day
        previous = (
            _key_figures(figures.period_figures(session, earlier, with_setup=with_setup))
            if comparable
            else None
        )
        period_last_day = whole_last if running else None
        past_planned = _past_planned(session, days, today or local_today())
        approval = approval_state(session, period) if period is not None else None
        key = _key_figures(current)
        if key is None:
            return replace(
                _empty(days, previous, since, current.rooms),
                period_last_day=period_last_day,
                past_planned=past_planned,
                approval=approval,
                with_setup=with_setup,
            )
        held = _held_sessions(session, days)
        users = _user_names(session, [a.activity_id for a in current.activities])
        uncounted = _uncounted(session, days)
        signals = figures.period_signals(session, days)
    activities = tuple(
        sorted(
            (
                ActivityRow(
                    activity_id=a.activity_id,
                    code=a.code,
                    name=a.name,
                    user_name=users.get(a.activity_id, ""),
                    user_kind=a.user_kind,
                    type=a.type,
                    is_new=a.is_new,
                    sessions_held=a.sessions_held,
                    sessions_cancelled=a.sessions_cancelled,
                    minutes=a.minutes,
                    visitors=a.visitors,
                    counted_sessions=a.counted_sessions,
                )
                for a in current.activities
            ),
            key=lambda row: (-row.visitors, row.name.casefold()),
        )
    )
    by_activity = {a.activity_id: a for a in current.activities}
    months: dict[dt.date, list[int]] = {day: [0, 0] for day in _months(first_day, last_day)}
    weekdays: dict[int, list[int]] = {day: [0, 0] for day in range(7)}
    parts: dict[PartOfDay, list[int]] = {part: [0, 0] for part in PartOfDay}
    groups: dict[TargetGroup, list[int]] = {}
    types: dict[ActivityType, list[int]] = {}
    for date, start_min, visitors, activity_id in held:
        count = visitors or 0
        activity = by_activity[activity_id]
        tallies = [
            months[date.replace(day=1)],
            weekdays[date.weekday()],
            parts[PartOfDay.of(start_min)],
            types.setdefault(activity.type, [0, 0]),
        ]
        tallies += [groups.setdefault(group, [0, 0]) for group in activity.target_groups]
        for tally in tallies:
            tally[0] += 1
            tally[1] += count
    return Review(
        first_day=first_day,
        last_day=last_day,
        key=key,
        last_year=previous,
        rooms=current.rooms,
        visitors_by_month=_months_until_last_session(_buckets(months)),
        visitors_by_weekday=_buckets(weekdays),
        visitors_by_part_of_day=_buckets(parts),
        visitors_by_target_group=_ranked(groups, list(TargetGroup)),
        visitors_by_type=_ranked(types, list(ActivityType)),
        activities=activities,
        uncounted=uncounted,
        signals=tuple(signals),
        registered_since=since,
        period_last_day=period_last_day,
        past_planned=past_planned,
        approval=approval,
        with_setup=with_setup,
    )


def _key_figures(period: PeriodFigures) -> KeyFigures | None:
    totals = period.totals
    if not (totals.sessions_held or totals.sessions_cancelled or totals.signals):
        return None
    return KeyFigures(
        sessions_held=totals.sessions_held,
        sessions_cancelled=totals.sessions_cancelled,
        counted_sessions=totals.sessions_held - totals.sessions_uncounted,
        visitors=totals.visitors,
        used=totals.used,
        available_minutes=totals.available_minutes,
        activities=totals.activities,
        new_activities=totals.new_activities,
        resident_initiative_activities=sum(
            1 for a in period.activities if a.user_kind == UserKind.INWONERSINITIATIEF
        ),
        signals=totals.signals,
    )


def _empty(
    days: Days,
    last_year: KeyFigures | None,
    since: dt.date | None,
    rooms: tuple[RoomFigures, ...],
) -> Review:
    # The rooms stay: their open hours are hours available, also when nothing happened.
    return Review(
        days.first_day, days.last_day, None, last_year, rooms, (), (), (), (), (), (), (), (), since
    )


def _held_sessions(session: Session, days: Days) -> list[tuple[dt.date, int, int | None, int]]:
    query = select(Booking.date, Booking.start_min, Booking.visitors, Booking.activity_id).where(
        Booking.date.between(days.first_day, days.last_day), Booking.status == HELD
    )
    return [
        (day, start, visitors, activity_id)
        for day, start, visitors, activity_id in session.execute(query)
    ]


def _user_names(session: Session, activity_ids: list[int]) -> dict[int, str]:
    query = (
        select(Activity.id, User.name)
        .join(User, User.id == Activity.user_id)
        .where(Activity.id.in_(activity_ids))
    )
    return {activity_id: name for activity_id, name in session.execute(query)}


def _uncounted(session: Session, days: Days) -> tuple[UncountedSession, ...]:
    return _pending(
        session,
        Booking.date.between(days.first_day, days.last_day),
        Booking.status == HELD,
        Booking.visitors.is_(None),
    )


def _past_planned(session: Session, days: Days, today: dt.date) -> tuple[PendingSession, ...]:
    """Sessions of ``days`` before ``today`` that are still only planned."""
    return _pending(
        session,
        Booking.date.between(days.first_day, min(days.last_day, today - dt.timedelta(days=1))),
        Booking.status == PLANNED,
    )


def _pending(session: Session, *where: ColumnElement[bool]) -> tuple[PendingSession, ...]:
    """The sessions ``where`` says, with their room and activity, by date, time and room."""
    query = (
        select(
            Booking.id,
            Booking.date,
            Booking.start_min,
            Booking.end_min,
            Room.name,
            Activity.name,
        )
        .join(Room, Room.id == Booking.room_id)
        .join(Activity, Activity.id == Booking.activity_id)
        .where(*where)
        .order_by(Booking.date, Booking.start_min, Room.name)
    )
    return tuple(PendingSession(*row) for row in session.execute(query))


def _months(first_day: dt.date, last_day: dt.date) -> list[dt.date]:
    months = []
    month = first_day.replace(day=1)
    while month <= last_day:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _months_until_last_session(months: tuple[Bucket, ...]) -> tuple[Bucket, ...]:
    """Leave out the months after the last held session: a month still to come is not a 0."""
    held = [index for index, month in enumerate(months) if month.sessions]
    return months[: held[-1] + 1] if held else months


_Key = TypeVar("_Key")


def _buckets(tallies: dict[_Key, list[int]]) -> tuple[Bucket, ...]:
    return tuple(Bucket(key, sessions, visitors) for key, (sessions, visitors) in tallies.items())


def _ranked(tallies: dict[_Key, list[int]], order: Sequence[_Key]) -> tuple[Bucket, ...]:
    """Most visitors first; equal ones in the code list's order."""
    buckets = _buckets(tallies)
    return tuple(sorted(buckets, key=lambda b: (-b.visitors, order.index(b.key))))
