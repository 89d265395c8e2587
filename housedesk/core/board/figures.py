"""A period's figures, straight from the database: per room, per activity, and for the house.

The exchange workbook and the board's review read the same numbers from here,
so what the board approves is what the municipality receives. Every function
runs a handful of aggregate queries per period (never one per row) and returns
frozen dataclasses. They take a ``Database`` or an open ``Session``: the writer
passes one reading session so that every sheet comes from the same snapshot.

Definitions (as in the exchange format):

- a room's available hours are its opening hours on the days of the period it
  was in service, closures subtracted, counted day by day (so a range's hours
  are the sum of its parts');
- used hours are the hours of *held* sessions, split by the activity's nature
  of use, counted on the day a session starts (also when it runs past
  midnight); cancelled sessions count as sessions but not as hours or visitors;
  set-up and clean-up time only when asked (``used_minutes``: the board's
  overview may, the export never does);
- visitors are summed over the held sessions that were counted; a session not
  counted adds nothing (it is not a zero);
- an activity is *new* in the period that holds its first held or cancelled
  session ever: the first period in which it appears in an export. Planned
  sessions do not count: they are not facts yet and are never exported, so a
  forgotten planned session long ago would otherwise keep an activity from
  ever being new.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    BookingStatus,
    Nature,
    SignalKind,
    SignalStatus,
    TargetGroup,
    UserKind,
)
from housedesk.common.periods import DayRange
from housedesk.common.times import MINUTES_PER_DAY
from housedesk.core.rooms import available_minutes_by_room, service_days_by_room
from housedesk.db.engine import Database, reading
from housedesk.db.models import (
    Activity,
    ActivityTargetGroup,
    Booking,
    Room,
    Signal,
    User,
)

#: The figures that add up: split a range of days into parts anywhere, and the figure of
#: the whole is the sum of the figures of the parts (exactly; hours to the hundredth
#: once rounded). Per house, and per room, activity, month, weekday, part of the day,
#: target group, type and nature of use. Name in ``HouseTotals`` -> the exchange's column
#: (``None``: not in the exchange; cancelled sessions are rows of Bijeenkomsten there).
#: docs/figures.md lists them with their definitions; the property tests check each.
ADDITIVE: dict[str, str | None] = {
    "available_minutes": "beschikbare_uren",
    "used.total": "gebruikte_uren",
    "used.community": "uren_maatschappelijk",
    "used.private": "uren_particulier",
    "used.commercial": "uren_commercieel",
    "sessions_held": "bijeenkomsten",
    "sessions_cancelled": None,
    "sessions_planned": None,
    "sessions_uncounted": None,
    "visitors": "bezoekers",
    "new_activities": "nieuwe_activiteiten",
    "signals": "signalen",
}
#: Figures that do not add up, and why: never summed over periods (nor compared as sums).
NOT_ADDITIVE: dict[str, str | None] = {
    "activities": "distinct activities: one that runs all year counts once in the year "
    "and once in each quarter",
    "activities_of_resident_initiatives": "distinct activities, as above",
    "occupancy": "a ratio: used hours / available hours, each of which adds up",
    "shares of use": "ratios of hours",
    "visitors per counted session": "a ratio of visitors and counted sessions",
    "volunteers, board members": "counted at the end of a period, not over it",
}


def additive_value(totals: HouseTotals, name: str) -> int:
    """The additive figure ``name`` (a key of ``ADDITIVE``) of ``totals``, in minutes or units."""
    value: object = totals
    for part in name.split("."):
        value = getattr(value, part)
    assert isinstance(value, int)
    return value


HELD = BookingStatus.GEHOUDEN.value
CANCELLED = BookingStatus.GEANNULEERD.value
PLANNED = BookingStatus.GEPLAND.value
EXPORTED_STATUSES = (HELD, CANCELLED)


# --------------------------------------------------------------------------- plain values


@dataclass(frozen=True)
class NatureMinutes:
    """Minutes of held sessions per nature of use (gebruiksaard)."""

    community: int = 0
    private: int = 0
    commercial: int = 0

    @property
    def total(self) -> int:
        return self.community + self.private + self.commercial

    def add(self, nature: str, minutes: int) -> NatureMinutes:
        if nature == Nature.PARTICULIER.value:
            return NatureMinutes(self.community, self.private + minutes, self.commercial)
        if nature == Nature.COMMERCIEEL.value:
            return NatureMinutes(self.community, self.private, self.commercial + minutes)
        return NatureMinutes(self.community + minutes, self.private, self.commercial)


class Hours:
    """Hours and occupancy from ``available_minutes`` and ``used`` (a room, or the house)."""

    available_minutes: int
    used: NatureMinutes

    @property
    def available_hours(self) -> float:
        return self.available_minutes / 60

    @property
    def used_hours(self) -> float:
        return self.used.total / 60

    @property
    def occupancy(self) -> float | None:
        """Used hours / available hours; ``None`` when there were no open hours at all."""
        return self.used.total / self.available_minutes if self.available_minutes else None


@dataclass(frozen=True)
class RoomFigures(Hours):
    """One room in a period; hours are exact (minutes / 60), rounding is for whoever shows them."""

    room_id: int
    code: str
    name: str
    capacity: int
    active: bool
    available_minutes: int
    used: NatureMinutes
    sessions_held: int
    sessions_cancelled: int
    visitors: int


@dataclass(frozen=True)
class ActivityFigures:
    """One activity with at least one held or cancelled session in the period."""

    activity_id: int
    code: str
    name: str
    user_kind: UserKind
    type: ActivityType
    nature: Nature
    accessibility: Accessibility
    target_groups: frozenset[TargetGroup]
    first_session: dt.date  # its first held or cancelled session ever
    is_new: bool
    sessions_held: int
    sessions_cancelled: int
    minutes: int  # of held sessions
    visitors: int  # over the counted held sessions
    counted_sessions: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class SessionRow:
    """A held or cancelled session as the exchange writes it (no names, no notes)."""

    date: dt.date
    start_min: int
    end_min: int
    room_code: str
    activity_code: str
    status: BookingStatus
    visitors: int | None
    volunteers: int | None


@dataclass(frozen=True)
class SignalRow:
    """A signal registered in the period; ``text`` is ``None`` unless it may be shared."""

    date: dt.date
    kind: SignalKind
    theme: str
    text: str | None
    status: SignalStatus
    shareable: bool = False


@dataclass(frozen=True)
class HouseTotals(Hours):
    """The whole house in a period."""

    available_minutes: int
    used: NatureMinutes
    sessions_held: int
    sessions_cancelled: int
    sessions_planned: int  # still only planned: not exported, to be settled before approval
    sessions_uncounted: int  # held, but no visitor count
    visitors: int
    activities: int
    new_activities: int
    signals: int


@dataclass(frozen=True)
class PeriodFigures:
    """Everything the board reviews for a period, and the export's Ruimtes and Activiteiten."""

    period: DayRange
    rooms: tuple[RoomFigures, ...]
    activities: tuple[ActivityFigures, ...]
    totals: HouseTotals


# --------------------------------------------------------------------------- helpers


def _code_order(code: str) -> tuple[int, int, str]:
    """R2 before R10; codes that are not a letter and a number after those."""
    digits = code[1:]
    return (0, int(digits), "") if digits.isdigit() else (1, 0, code)


def _value(code: object) -> str:
    return str(getattr(code, "value", code))


def _in_period(period: DayRange) -> ColumnElement[bool]:
    return Booking.date.between(period.first_day, period.last_day)


# --------------------------------------------------------------------------- rooms


@dataclass
class _RoomTally:
    used: NatureMinutes
    held: int = 0
    cancelled: int = 0
    planned: int = 0
    visitors: int = 0
    uncounted: int = 0


def counted_end() -> ColumnElement[int]:
    """A session's end as the figures and the export count it: at the latest 24:00.

    A session belongs to the day it starts on, and a day's figures count that day's
    hours: a bar open until 00:30 counts until midnight. The exchange format holds
    sessions within their day (``eind`` after ``begin``, never past midnight), so the
    export, the screen and the PDF say the same.
    """
    return func.min(Booking.end_min, MINUTES_PER_DAY)


def counted_minutes() -> ColumnElement[int]:
    """A session's minutes as the figures count them (up to midnight, ``counted_end``)."""
    return counted_end() - Booking.start_min


def used_minutes(with_setup: bool = False) -> ColumnElement[int]:
    """The minutes a held session uses its room: from its start to its end as counted
    (``counted_minutes``, up to midnight), and with ``with_setup`` (the board's choice,
    ``choices.counts_setup``) its set-up and clean-up."""
    minutes = counted_minutes()
    return minutes + Booking.setup_min + Booking.teardown_min if with_setup else minutes


def _room_tallies(
    session: Session, period: DayRange, with_setup: bool = False
) -> dict[int, _RoomTally]:
    """Per room: held/cancelled/planned counts, minutes per nature, visitors (one query)."""
    minutes = func.sum(used_minutes(with_setup))
    query = (
        select(
            Booking.room_id,
            Booking.status,
            Activity.nature,
            func.count(),
            minutes,
            func.coalesce(func.sum(Booking.visitors), 0),
            func.count(Booking.visitors),
        )
        .join(Activity, Activity.id == Booking.activity_id)
        .where(_in_period(period))
        .group_by(Booking.room_id, Booking.status, Activity.nature)
    )
    tallies: dict[int, _RoomTally] = {}
    for room_id, status, nature, count, total, visitors, counted in session.execute(query):
        tally = tallies.setdefault(room_id, _RoomTally(NatureMinutes()))
        code = _value(status)
        if code == PLANNED:
            tally.planned += count
            continue
        if code == HELD:
            tally.held += count
            tally.used = tally.used.add(_value(nature), int(total or 0))
            tally.visitors += int(visitors or 0)
            tally.uncounted += count - counted
        else:
            tally.cancelled += count
    return tallies


def room_figures(
    source: Database | Session, period: DayRange, *, with_setup: bool = False
) -> tuple[RoomFigures, ...]:
    """The rooms of ``period`` in code order, as the exchange's Ruimtes sheet counts them.

    A room is included when it was in service on a day of the period, or has
    held or cancelled sessions in it; its available hours count only its days
    in service (``rooms.available_minutes_by_room``).
    """
    with reading(source) as session:
        return _room_figures(session, period, _room_tallies(session, period, with_setup))


def _room_figures(
    session: Session, period: DayRange, tallies: dict[int, _RoomTally]
) -> tuple[RoomFigures, ...]:
    rooms = session.execute(select(Room.id, Room.code, Room.name, Room.capacity, Room.active)).all()
    service = service_days_by_room(session)
    included: list[int] = []
    for room_id, _code, _name, _capacity, _active in rooms:
        tally = tallies.get(room_id)
        exported = tally is not None and (tally.held or tally.cancelled)
        if exported or service[room_id].overlaps(period.first_day, period.last_day):
            included.append(room_id)
    available = available_minutes_by_room(session, period.first_day, period.last_day, included)
    figures = [
        RoomFigures(
            room_id=room_id,
            code=code,
            name=name,
            capacity=capacity,
            active=active,
            available_minutes=max(0, available[room_id]),
            used=tallies[room_id].used if room_id in tallies else NatureMinutes(),
            sessions_held=tallies[room_id].held if room_id in tallies else 0,
            sessions_cancelled=tallies[room_id].cancelled if room_id in tallies else 0,
            visitors=tallies[room_id].visitors if room_id in tallies else 0,
        )
        for room_id, code, name, capacity, active in rooms
        if room_id in available
    ]
    return tuple(sorted(figures, key=lambda room: _code_order(room.code)))


# --------------------------------------------------------------------------- activities


def activity_figures(
    source: Database | Session, period: DayRange, *, with_setup: bool = False
) -> tuple[ActivityFigures, ...]:
    """Every activity with a held or cancelled session in ``period``, in code order."""
    with reading(source) as session:
        return _activity_figures(session, period, with_setup)


def _activity_figures(
    session: Session, period: DayRange, with_setup: bool = False
) -> tuple[ActivityFigures, ...]:
    tallies: dict[int, list[int]] = {}  # held, cancelled, minutes, visitors, counted
    query = (
        select(
            Booking.activity_id,
            Booking.status,
            func.count(),
            func.sum(used_minutes(with_setup)),
            func.coalesce(func.sum(Booking.visitors), 0),
            func.count(Booking.visitors),
        )
        .where(_in_period(period), Booking.status.in_(EXPORTED_STATUSES))
        .group_by(Booking.activity_id, Booking.status)
    )
    for activity_id, status, count, minutes, visitors, counted in session.execute(query):
        tally = tallies.setdefault(activity_id, [0, 0, 0, 0, 0])
        if _value(status) == HELD:
            tally[0] += count
            tally[2] += int(minutes or 0)
            tally[3] += int(visitors or 0)
            tally[4] += counted
        else:
            tally[1] += count
    if not tallies:
        return ()
    in_period = (
        select(Booking.activity_id)
        .where(_in_period(period), Booking.status.in_(EXPORTED_STATUSES))
        .distinct()
    )
    first_session = (
        select(func.min(Booking.date))
        .where(Booking.activity_id == Activity.id, Booking.status.in_(EXPORTED_STATUSES))
        .scalar_subquery()
    )
    details = session.execute(
        select(
            Activity.id,
            Activity.code,
            Activity.name,
            User.kind,
            Activity.type,
            Activity.nature,
            Activity.accessibility,
            first_session,
        )
        .join(User, User.id == Activity.user_id)
        .where(Activity.id.in_(in_period))
    ).all()
    groups: dict[int, set[TargetGroup]] = {}
    for activity_id, group in session.execute(
        select(ActivityTargetGroup.activity_id, ActivityTargetGroup.target_group).where(
            ActivityTargetGroup.activity_id.in_(in_period)
        )
    ):
        groups.setdefault(activity_id, set()).add(TargetGroup(_value(group)))
    figures = []
    for activity_id, code, name, kind, type_, nature, accessibility, first in details:
        held, cancelled, minutes, visitors, counted = tallies[activity_id]
        figures.append(
            ActivityFigures(
                activity_id=activity_id,
                code=code,
                name=name,
                user_kind=UserKind(_value(kind)),
                type=ActivityType(_value(type_)),
                nature=Nature(_value(nature)),
                accessibility=Accessibility(_value(accessibility)),
                target_groups=frozenset(groups.get(activity_id, ())),
                first_session=first,
                is_new=first >= period.first_day,
                sessions_held=held,
                sessions_cancelled=cancelled,
                minutes=minutes,
                visitors=visitors,
                counted_sessions=counted,
            )
        )
    return tuple(sorted(figures, key=lambda activity: _code_order(activity.code)))


# --------------------------------------------------------------------------- sessions, signals


def period_sessions(source: Database | Session, period: DayRange) -> list[SessionRow]:
    """The held and cancelled sessions of ``period`` by date, time and room (one query)."""
    query = (
        select(
            Booking.date,
            Booking.start_min,
            counted_end(),
            Room.code,
            Activity.code,
            Booking.status,
            Booking.visitors,
            Booking.volunteers,
        )
        .join(Room, Room.id == Booking.room_id)
        .join(Activity, Activity.id == Booking.activity_id)
        .where(_in_period(period), Booking.status.in_(EXPORTED_STATUSES))
        .order_by(Booking.date, Booking.start_min, Room.code, Booking.id)
    )
    with reading(source) as session:
        return [
            SessionRow(
                date, start, end, room, activity, BookingStatus(_value(status)), visitors, crew
            )
            for date, start, end, room, activity, status, visitors, crew in session.execute(query)
        ]


def period_signals(source: Database | Session, period: DayRange) -> list[SignalRow]:
    """The signals registered in ``period``, oldest first; the text only when shareable."""
    query = (
        select(Signal.date, Signal.kind, Signal.theme, Signal.text, Signal.shareable, Signal.status)
        .where(Signal.date.between(period.first_day, period.last_day))
        .order_by(Signal.date, Signal.id)
    )
    with reading(source) as session:
        return [
            SignalRow(
                date,
                SignalKind(_value(kind)),
                theme,
                (text or None) if shareable else None,
                SignalStatus(_value(status)),
                bool(shareable),
            )
            for date, kind, theme, text, shareable, status in session.execute(query)
        ]


# --------------------------------------------------------------------------- the whole period


def period_figures(
    source: Database | Session, period: DayRange, *, with_setup: bool = False
) -> PeriodFigures:
    """Rooms, activities and house totals of ``period``, from one snapshot of the database.

    ``with_setup``: count set-up and clean-up as use (the board's overview, when the
    board chose so); the export never does.
    """
    with reading(source) as session:
        tallies = _room_tallies(session, period, with_setup)
        rooms = _room_figures(session, period, tallies)
        activities = _activity_figures(session, period, with_setup)
        signals = session.scalar(
            select(func.count())
            .select_from(Signal)
            .where(Signal.date.between(period.first_day, period.last_day))
        )
    used = NatureMinutes()
    for tally in tallies.values():
        used = NatureMinutes(
            used.community + tally.used.community,
            used.private + tally.used.private,
            used.commercial + tally.used.commercial,
        )
    totals = HouseTotals(
        available_minutes=sum(room.available_minutes for room in rooms),
        used=used,
        sessions_held=sum(tally.held for tally in tallies.values()),
        sessions_cancelled=sum(tally.cancelled for tally in tallies.values()),
        sessions_planned=sum(tally.planned for tally in tallies.values()),
        sessions_uncounted=sum(tally.uncounted for tally in tallies.values()),
        visitors=sum(tally.visitors for tally in tallies.values()),
        activities=len(activities),
        new_activities=sum(1 for activity in activities if activity.is_new),
        signals=int(signals or 0),
    )
    return PeriodFigures(period, rooms, activities, totals)
