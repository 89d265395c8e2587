"""Rooms, their opening hours per weekday, and the days the house or a room is closed.

The house has opening hours per weekday (none = closed that day); a room
follows them unless it has hours of its own for a weekday, which then replace
the house's (a room row without times: the room is closed that day). An
opening exception gives a range of days other hours than usual, for the whole
house or one room: one interval that replaces the usual hours of those days
("extra open" on a Saturday evening until 00:30). Closures take whole days
away, for the whole house or one room, and win over other hours: closed is
closed. Hours may close after midnight, until 04:00, and count on the day they
open. ``effective_hours`` (the usual week of one room, or of many with
``effective_hours_by_room``), ``OpeningPlan`` (the hours of every date of a
range: ``opening_plan``, ``hours_on``) and ``available_minutes`` turn all of
that into the hours the agenda, the occupancy figures and the exchange
format's ``beschikbare_uren`` count with. ``propose_extra_opening`` is the
other hours that would let one session fit, which the agenda offers.

A room is in service from ``in_service_from`` up to the day before
``out_of_service_from`` (none: still in service), and counts as available only
on those days, day by day, so that the hours of a range are the sum of the
hours of its parts. ``active`` is kept equal to "no date out of service": a
room is taken out of use from today or an earlier day (a room that will close
later is taken out of use on that day), so the flag every agenda query filters
on never goes stale overnight. Taking a room out of use is refused while it has
held or planned sessions on or after that day (they are named: move or cancel
them in the agenda first); putting it back in service later than it left keeps
the days between out of the figures as a closure of the room.

Every change is one call in one transaction; bad input is refused with
``Problem``s before anything is changed. Closures and weekday hours are also
stored inside a caller's transaction (``store_closure``, ``store_day_hours``),
so that ``housedesk.core.agenda.touched`` saves such a change together with
what becomes of the sessions it touches; ``changed_hours`` says which rooms'
usual hours a change would alter, and ``plans_around_change`` the hours of
each date before and after it (other hours on a date stay), without changing
them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, delete, func, null, or_, select, true, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from housedesk.common.codes import BookingStatus
from housedesk.common.problems import QT_TRANSLATE_NOOP, Amount, Problem, ValidationError, refused
from housedesk.common.times import MINUTES_PER_DAY, end_after, format_span, parse_time
from housedesk.core.numbering import next_code
from housedesk.db.engine import Database, reading
from housedesk.db.models import (
    Activity,
    Booking,
    BookingSeries,
    Closure,
    OpeningException,
    OpeningHours,
    Room,
    local_today,
)

#: An opening interval: (opens, closes) in minutes after midnight.
Interval = tuple[int, int]

WEEKDAYS = range(7)  # Monday is 0, as in datetime.date.weekday()

#: Facilities offered as tick boxes; anything else can be typed. Stored as written here.
COMMON_FACILITIES: tuple[str, ...] = (
    "keuken",
    "pantry",
    "bar",
    "beamer",
    "groot scherm",
    "geluidsinstallatie",
    "ringleiding",
    "piano",
    "podium",
    "whiteboard",
    "wifi",
    "rolstoeltoegankelijk",
)

#: The names of ``COMMON_FACILITIES`` in the English interface; what a house typed in itself
#: is shown as typed.
FACILITY_NAMES_EN: dict[str, str] = {
    "keuken": "kitchen",
    "pantry": "pantry",
    "bar": "bar",
    "beamer": "projector",
    "groot scherm": "large screen",
    "geluidsinstallatie": "sound system",
    "ringleiding": "hearing loop",
    "piano": "piano",
    "podium": "stage",
    "whiteboard": "whiteboard",
    "wifi": "wifi",
    "rolstoeltoegankelijk": "wheelchair accessible",
}


def facility_name(facility: str, language: str = "nl") -> str:
    """How the interface in ``language`` ("nl" or "en") names a room's ``facility``.

    Facilities are stored in Dutch, as the tick boxes write them; in English the
    common ones are translated and anything typed in is shown as typed.
    """
    if language == "en":
        return FACILITY_NAMES_EN.get(facility.casefold(), facility)
    return facility


NAME_MAX = 100
REASON_MAX = 200
#: The reason of the closure that keeps the days a room was out of use out of the figures.
OUT_OF_USE_REASON = "Niet in gebruik"
#: Sessions named when taking a room out of use is refused because of them.
SESSIONS_NAMED = 5
FACILITY_MAX = 60
CAPACITY_MAX = 100_000

_AREA = re.compile(r"([0-9]+)(?:[.,]([0-9]+))?\s*(?:m2|m²)?")
_WHOLE = re.compile(r"-?[0-9]+")


# --------------------------------------------------------------------------- plain values


@dataclass(frozen=True)
class RoomInfo:
    """A room as the screens show it; ``has_history``: sessions or series use it."""

    id: int
    code: str
    name: str
    capacity: int
    area_m2: float | None
    facilities: tuple[str, ...]
    active: bool
    has_history: bool
    in_service_from: dt.date
    out_of_service_from: dt.date | None  # the first day no longer in service (None: in use)


@dataclass(frozen=True)
class WeekHours:
    """The opening hours of the whole house (``room_id`` None) or of one room, per weekday.

    ``days`` holds the effective intervals per weekday, Monday first (empty:
    closed); ``own`` says per weekday whether a room has hours of its own
    there rather than following the house (always true for the house).
    """

    room_id: int | None
    room_code: str
    room_name: str
    days: tuple[tuple[Interval, ...], ...]
    own: tuple[bool, ...]


class DayPlan(StrEnum):
    """What a weekday's hours should become."""

    AS_HOUSE = "as_house"  # a room follows the house's hours
    CLOSED = "closed"
    OPEN = "open"  # open at the slots given


@dataclass(frozen=True)
class ClosureInfo:
    """Days closed, inclusive; ``room_id`` None means the whole house."""

    id: int
    room_id: int | None
    room_code: str | None
    room_name: str | None
    first_day: dt.date
    last_day: dt.date
    reason: str

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class PublicHoliday:
    """A Dutch public holiday; ``closed_by``: the reason of a house closure covering it."""

    day: dt.date
    name: str
    closed_by: str | None


@dataclass(frozen=True)
class OpeningExceptionInfo:
    """Other opening hours than usual on ``first_day``–``last_day`` (inclusive), of the whole
    house (``room_id`` None) or of one room: ``opens_min``–``closes_min`` replace the usual
    hours of those days (``closes_min`` past 1440: after midnight)."""

    id: int
    room_id: int | None
    room_code: str | None
    room_name: str | None
    first_day: dt.date
    last_day: dt.date
    opens_min: int
    closes_min: int
    reason: str

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def span(self) -> str:
        return format_span(self.opens_min, self.closes_min)


class HoursSource(StrEnum):
    """Whose hours a room has on a date."""

    HOUSE = "house"  # the house's usual hours of that weekday
    ROOM = "room"  # the room's own usual hours of that weekday
    HOUSE_EXCEPTION = "house_exception"  # the house's other hours on that date
    ROOM_EXCEPTION = "room_exception"  # the room's other hours on that date


@dataclass(frozen=True)
class DayHours:
    """A room's opening intervals on one date and whose they are; closures aside."""

    intervals: tuple[Interval, ...]
    source: HoursSource

    @property
    def is_exception(self) -> bool:
        return self.source in (HoursSource.HOUSE_EXCEPTION, HoursSource.ROOM_EXCEPTION)

    @property
    def is_rooms_own(self) -> bool:
        return self.source in (HoursSource.ROOM, HoursSource.ROOM_EXCEPTION)


@dataclass(frozen=True)
class DaySpan:
    """Days that differ from the usual week, inclusive: a closure (``interval`` None, with
    its reason) or an opening exception; ``room_id`` None is the whole house."""

    room_id: int | None
    first_day: dt.date
    last_day: dt.date
    interval: Interval | None
    reason: str

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def concerns(self, room_id: int) -> bool:
        return self.room_id is None or self.room_id == room_id


class RoomInUse(ValidationError):
    """A room with sessions cannot be deleted; it can be made inactive instead."""


# --------------------------------------------------------------------------- helpers


def _room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise refused("room", QT_TRANSLATE_NOOP("core", "This room no longer exists."))
    return room


def _room_order(room: Room | RoomInfo) -> tuple[int, int, str]:
    digits = room.code[1:]
    return (0, int(digits), "") if digits.isdigit() else (1, 0, room.code)


def _tidy(text: str) -> str:
    """Spaces around and doubled inside a name are typing accidents, not part of it."""
    return " ".join(text.split())


def _check_weekday(weekday: int) -> None:
    if weekday not in WEEKDAYS:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday!r}")


# --------------------------------------------------------------------------- rooms


def _rooms_in_use(session: Session) -> set[int]:
    used = set(session.scalars(select(Booking.room_id).distinct()))
    used.update(session.scalars(select(BookingSeries.room_id).distinct()))
    return used


def _info(room: Room, in_use: bool) -> RoomInfo:
    return RoomInfo(
        id=room.id,
        code=room.code,
        name=room.name,
        capacity=room.capacity,
        area_m2=room.area_m2,
        facilities=tuple(room.facilities or ()),
        active=room.active,
        has_history=in_use,
        in_service_from=room.in_service_from,
        out_of_service_from=room.out_of_service_from,
    )


def _has_history(session: Session, room_id: int) -> bool:
    booked = select(Booking.id).where(Booking.room_id == room_id).limit(1)
    series = select(BookingSeries.id).where(BookingSeries.room_id == room_id).limit(1)
    return session.scalar(booked) is not None or session.scalar(series) is not None


def list_rooms(db: Database) -> list[RoomInfo]:
    """Every room, active or not, in the order of their codes."""
    with db.reading() as session:
        in_use = _rooms_in_use(session)
        rooms = sorted(session.scalars(select(Room)), key=_room_order)
        return [_info(room, room.id in in_use) for room in rooms]


def get_room(db: Database, room_id: int) -> RoomInfo:
    """One room; refused if it no longer exists."""
    with db.reading() as session:
        room = _room(session, room_id)
        return _info(room, _has_history(session, room_id))


def parse_capacity(value: int | str) -> tuple[int | None, list[Problem]]:
    """A capacity as typed ("40"): the number, or the problems with it."""
    text = str(value).strip()
    if not text:
        return None, [
            Problem("capacity", QT_TRANSLATE_NOOP("core", "Enter how many people fit in the room."))
        ]
    if _WHOLE.fullmatch(text) is None:
        return None, [
            Problem(
                "capacity",
                QT_TRANSLATE_NOOP(
                    "core",
                    "Enter the capacity as a whole number of people from 1 to {max}, e.g. 40.",
                ),
                {"max": Amount(CAPACITY_MAX)},
            )
        ]
    number = int(text)
    if number < 1:
        return None, [
            Problem(
                "capacity",
                QT_TRANSLATE_NOOP("core", "The capacity must be at least 1 (and at most {max})."),
                {"max": Amount(CAPACITY_MAX)},
            )
        ]
    if number > CAPACITY_MAX:
        return None, [
            Problem(
                "capacity",
                QT_TRANSLATE_NOOP("core", "The capacity can be at most {max}."),
                {"max": Amount(CAPACITY_MAX)},
            )
        ]
    return number, []


def parse_area(value: float | str | None) -> tuple[float | None, list[Problem]]:
    """An area in m² as typed ("65", "65,5"; empty: unknown): the number, or the problems."""
    if value is None:
        return None, []
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = value.strip()
        if not text:
            return None, []
        match = _AREA.fullmatch(text.lower())
        if match is None:
            return None, [
                Problem(
                    "area",
                    QT_TRANSLATE_NOOP(
                        "core", "Enter the area as a number of square metres, e.g. 65 or 65,5."
                    ),
                )
            ]
        number = float(f"{match.group(1)}.{match.group(2) or 0}")
    if not math.isfinite(number) or number <= 0:
        return None, [
            Problem("area", QT_TRANSLATE_NOOP("core", "The area must be more than 0 m²."))
        ]
    return number, []


def tidy_facilities(facilities: Iterable[str]) -> list[str]:
    """Facilities without blanks and doubles (ignoring case), in the order given."""
    seen: set[str] = set()
    tidy: list[str] = []
    for facility in facilities:
        text = _tidy(facility)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            tidy.append(text)
    return tidy


def _validate_room(
    session: Session,
    room_id: int | None,
    name: str,
    capacity: int | str,
    area: float | str | None,
    facilities: Iterable[str],
) -> tuple[str, int, float | None, list[str]]:
    problems: list[Problem] = []
    name = _tidy(name)
    if not name:
        problems.append(Problem("name", QT_TRANSLATE_NOOP("core", "Enter the room's name.")))
    elif len(name) > NAME_MAX:
        problems.append(
            Problem(
                "name",
                QT_TRANSLATE_NOOP("core", "A room's name can be at most {max} characters."),
                {"max": NAME_MAX},
            )
        )
    else:
        for other_id, other_name in session.execute(select(Room.id, Room.name)):
            if other_id != room_id and other_name.casefold() == name.casefold():
                problems.append(
                    Problem(
                        "name",
                        QT_TRANSLATE_NOOP("core", "There is already a room called {name}."),
                        {"name": other_name},
                    )
                )
                break
    number, capacity_problems = parse_capacity(capacity)
    problems += capacity_problems
    area_m2, area_problems = parse_area(area)
    problems += area_problems
    tidy = tidy_facilities(facilities)
    for facility in tidy:
        if len(facility) > FACILITY_MAX:
            problems.append(
                Problem(
                    "facilities",
                    QT_TRANSLATE_NOOP(
                        "core", "A facility can be at most {max} characters: {facility}"
                    ),
                    {"max": FACILITY_MAX, "facility": facility},
                )
            )
    if problems:
        raise ValidationError(problems)
    assert number is not None
    return name, number, area_m2, tidy


def create_room(
    db: Database,
    name: str,
    capacity: int | str,
    area: float | str | None = None,
    facilities: Iterable[str] = (),
    in_service_from: dt.date | None = None,
) -> RoomInfo:
    """Add a room in service from ``in_service_from`` (default today); it gets the next code
    (R1, R2, …), never one used before."""
    with db.transaction() as session:
        name, number, area_m2, tidy = _validate_room(
            session, None, name, capacity, area, facilities
        )
        room = Room(
            code=next_code(session, "room", "R"),
            name=name,
            capacity=number,
            area_m2=area_m2,
            facilities=tidy,
            active=True,
            in_service_from=in_service_from or local_today(),
        )
        session.add(room)
        session.flush()
        return _info(room, False)


def update_room(
    db: Database,
    room_id: int,
    name: str,
    capacity: int | str,
    area: float | str | None,
    facilities: Iterable[str],
    active: bool | None = None,
    *,
    in_service_from: dt.date | None = None,
    out_of_service_from: dt.date | None = None,
) -> RoomInfo:
    """Change a room's details and the days it is in service; its code stays.

    ``in_service_from`` moves its first day in service (None: unchanged).
    ``active`` False takes it out of use from ``out_of_service_from`` (default:
    the day already set, or today); True puts a room out of use back in service
    from today (see ``put_back_in_service``); None leaves that as it is, apart
    from a new ``out_of_service_from`` of a room already out of use. All in one
    transaction: a refused date changes nothing else either.
    """
    with db.transaction() as session:
        room = _room(session, room_id)
        name, number, area_m2, tidy = _validate_room(
            session, room_id, name, capacity, area, facilities
        )
        first = in_service_from or room.in_service_from
        if active is None:
            active = room.out_of_service_from is None
        leaving: dt.date | None = None
        if not active:
            leaving = out_of_service_from or room.out_of_service_from or local_today()
        _set_service(session, room, first, leaving)
        room.name, room.capacity, room.area_m2 = name, number, area_m2
        room.facilities = tidy
        session.flush()
        return _info(room, _has_history(session, room_id))


def set_room_active(db: Database, room_id: int, active: bool) -> RoomInfo:
    """Take a room out of use from today, or put it back in service from today."""
    if active:
        return put_back_in_service(db, room_id)
    return take_out_of_service(db, room_id)


def take_out_of_service(db: Database, room_id: int, from_day: dt.date | None = None) -> RoomInfo:
    """Take a room out of use from ``from_day`` (default today): it keeps its history, is no
    longer offered for bookings, and counts as available only on the days before.

    Refused (field ``out_of_service_from``) for a day after today, a day before it
    came into service, or while it has held or planned sessions on or after that
    day, which are named so they can be moved or cancelled first.
    """
    with db.transaction() as session:
        room = _room(session, room_id)
        _set_service(session, room, room.in_service_from, from_day or local_today())
        session.flush()
        return _info(room, _has_history(session, room_id))


def put_back_in_service(db: Database, room_id: int, from_day: dt.date | None = None) -> RoomInfo:
    """Put a room that was out of use back in service from ``from_day`` (default today).

    A room has one stretch of service, so the days it was out of use become a
    closure of the room ("Niet in gebruik"): they stay out of the available
    hours, and out of the agenda. Back from the day it left undoes the leaving.
    """
    with db.transaction() as session:
        room = _room(session, room_id)
        left = room.out_of_service_from
        if left is not None:
            back = from_day or local_today()
            if back > left:
                _close_days_out_of_use(session, room, left, back - dt.timedelta(days=1))
            _set_service(session, room, room.in_service_from, None)
        session.flush()
        return _info(room, _has_history(session, room_id))


def _set_service(session: Session, room: Room, first: dt.date, leaving: dt.date | None) -> None:
    """Give ``room`` the service days ``first`` up to the day before ``leaving``, or refuse."""
    problems: list[Problem] = []
    held = _session_days(session, room.id)
    if held is not None and first > held[0]:
        problems.append(
            Problem(
                "in_service_from",
                QT_TRANSLATE_NOOP(
                    "core",
                    "The room was already used on {day:%d-%m-%Y}: it was in service from that "
                    "day at the latest.",
                ),
                {"day": held[0]},
            )
        )
    if leaving is not None and leaving < first:
        problems.append(
            Problem(
                "out_of_service_from",
                QT_TRANSLATE_NOOP(
                    "core",
                    "The room was only taken into use on {day:%d-%m-%Y}; choose that day "
                    "or a later one.",
                ),
                {"day": first},
            )
        )
    elif leaving is not None and leaving != room.out_of_service_from:
        if leaving > local_today():
            problems.append(
                Problem(
                    "out_of_service_from",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Choose today or an earlier day. A room that will close later is taken "
                        "out of use on that day.",
                    ),
                )
            )
        else:
            problems += _sessions_from(session, room, leaving)
    if problems:
        raise ValidationError(problems)
    room.in_service_from = first
    room.out_of_service_from = leaving
    room.active = leaving is None


def _session_days(session: Session, room_id: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the room's held sessions, if any."""
    row = session.execute(
        select(func.min(Booking.date), func.max(Booking.date)).where(
            Booking.room_id == room_id, Booking.status == BookingStatus.GEHOUDEN.value
        )
    ).one()
    first: dt.date | None = row[0]
    return None if first is None else (first, row[1])


def _sessions_from(session: Session, room: Room, day: dt.date) -> list[Problem]:
    """The refusal of taking ``room`` out of use while held or planned sessions remain."""
    query = (
        select(Booking.date, Booking.start_min, Booking.end_min, Activity.name)
        .join(Activity, Activity.id == Booking.activity_id)
        .where(
            Booking.room_id == room.id,
            Booking.date >= day,
            Booking.status != BookingStatus.GEANNULEERD.value,
        )
        .order_by(Booking.date, Booking.start_min)
    )
    found = session.execute(query.limit(SESSIONS_NAMED + 1)).all()
    if not found:
        return []
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    listed = "\n".join(
        f"{date:%d-%m-%Y} {format_span(start, end)} {name}"
        for date, start, end, name in found[:SESSIONS_NAMED]
    )
    return [
        Problem(
            "out_of_service_from",
            QT_TRANSLATE_NOOP(
                "core",
                "{name} still has {count} held or planned sessions on or after {day:%d-%m-%Y}:"
                "\n{sessions}\nMove them to another room or cancel them in the Agenda first, "
                "or choose a later day.",
            ),
            {"name": room.name, "count": total, "day": day, "sessions": listed},
        )
    ]


def _close_days_out_of_use(session: Session, room: Room, first: dt.date, last: dt.date) -> None:
    """Closures of ``room`` over ``first``–``last``, around the room's closures already there."""
    taken = session.execute(
        select(Closure.first_day, Closure.last_day)
        .where(Closure.room_id == room.id, Closure.first_day <= last, Closure.last_day >= first)
        .order_by(Closure.first_day)
    ).all()
    day = first
    for taken_first, taken_last in taken:
        if taken_first > day:
            session.add(
                Closure(
                    room_id=room.id,
                    first_day=day,
                    last_day=taken_first - dt.timedelta(days=1),
                    reason=OUT_OF_USE_REASON,
                )
            )
        day = max(day, taken_last + dt.timedelta(days=1))
    if day <= last:
        session.add(
            Closure(room_id=room.id, first_day=day, last_day=last, reason=OUT_OF_USE_REASON)
        )


def delete_room(db: Database, room_id: int) -> None:
    """Delete a room that was never used; one with sessions is refused with ``RoomInUse``.

    Its own opening hours and closures go with it; its code is never handed out again.
    """
    with db.transaction() as session:
        room = _room(session, room_id)
        if _has_history(session, room_id):
            raise RoomInUse(
                [
                    Problem(
                        "room",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{name} has sessions in the agenda or in its history, so it cannot "
                            "be deleted. Make it inactive instead: it keeps its history but is "
                            "no longer offered for new bookings.",
                        ),
                        {"name": room.name},
                    )
                ]
            )
        session.delete(room)


# --------------------------------------------------------------------------- opening hours


@dataclass
class _Hours:
    """Opening rows sorted out: the house's intervals and each room's own weekdays."""

    house: dict[int, list[Interval]]
    rooms: dict[int, dict[int, list[Interval]]]

    def effective(self, room_id: int) -> dict[int, list[Interval]]:
        own = self.rooms.get(room_id, {})
        return {
            weekday: list(own[weekday] if weekday in own else self.house.get(weekday, []))
            for weekday in WEEKDAYS
        }


def _load_hours(session: Session, room_ids: Collection[int] | None) -> _Hours:
    """The house's rows and those of ``room_ids`` (None: of every room), in one query."""
    query = select(
        OpeningHours.room_id, OpeningHours.weekday, OpeningHours.opens_min, OpeningHours.closes_min
    )
    if room_ids is not None:
        query = query.where(
            or_(OpeningHours.room_id.is_(None), OpeningHours.room_id.in_(list(room_ids)))
        )
    hours = _Hours({}, {})
    for room_id, weekday, opens, closes in session.execute(query):
        if room_id is None:
            target = hours.house.setdefault(weekday, [])
        else:
            # A row without times only marks the weekday as the room's own: closed.
            target = hours.rooms.setdefault(room_id, {}).setdefault(weekday, [])
        if opens is not None and closes is not None:
            target.append((opens, closes))
    for days in (hours.house, *hours.rooms.values()):
        for intervals in days.values():
            intervals.sort()
    return hours


def effective_hours(db_or_session: Database | Session, room_id: int) -> dict[int, list[Interval]]:
    """A room's opening intervals per weekday (0 = Monday … 6): its own or the house's.

    Every weekday is a key; an empty list means the room is closed that day.
    """
    with reading(db_or_session) as session:
        _room(session, room_id)
        return _load_hours(session, [room_id]).effective(room_id)


def effective_hours_by_room(
    db_or_session: Database | Session, room_ids: Collection[int]
) -> dict[int, dict[int, list[Interval]]]:
    """``effective_hours`` of several rooms at once (one query however many rooms)."""
    with reading(db_or_session) as session:
        hours = _load_hours(session, room_ids)
        return {room_id: hours.effective(room_id) for room_id in room_ids}


def house_hours(db_or_session: Database | Session) -> dict[int, list[Interval]]:
    """The whole house's opening intervals per weekday (empty list: closed)."""
    with reading(db_or_session) as session:
        house = _load_hours(session, []).house
        return {weekday: house.get(weekday, []) for weekday in WEEKDAYS}


def opening_week(db: Database) -> list[WeekHours]:
    """The house's week first, then every active room's effective week, in code order."""
    with db.reading() as session:
        rooms = sorted(session.scalars(select(Room).where(Room.active)), key=_room_order)
        hours = _load_hours(session, None)
        week = [
            WeekHours(
                None,
                "",
                "",
                tuple(tuple(hours.house.get(weekday, [])) for weekday in WEEKDAYS),
                (True,) * 7,
            )
        ]
        for room in rooms:
            effective = hours.effective(room.id)
            own = hours.rooms.get(room.id, {})
            week.append(
                WeekHours(
                    room.id,
                    room.code,
                    room.name,
                    tuple(tuple(effective[weekday]) for weekday in WEEKDAYS),
                    tuple(weekday in own for weekday in WEEKDAYS),
                )
            )
        return week


def _time(text: int | str) -> int | None:
    if isinstance(text, int):
        return text if 0 <= text <= MINUTES_PER_DAY else None
    return parse_time(text)


def _interval(
    opens_text: int | str, closes_text: int | str, field: str
) -> tuple[Interval | None, Problem | None]:
    """An opening interval as typed; a closing time before the opening one is after midnight.

    "10:00"–"00:30" is open until half past twelve at night (1470); the latest
    closing time is 04:00 the next morning.
    """
    opens, closes = _time(opens_text), _time(closes_text)
    if opens is None or closes is None:
        return None, Problem(
            field, QT_TRANSLATE_NOOP("core", "Write times as hours and minutes, e.g. 08:30.")
        )
    if opens >= MINUTES_PER_DAY:
        return None, Problem(
            field, QT_TRANSLATE_NOOP("core", "The opening time must be before 24:00.")
        )
    closes = end_after(opens, closes)
    if opens >= closes:
        return None, Problem(
            field,
            QT_TRANSLATE_NOOP(
                "core",
                "The closing time must be after the opening time (after midnight: until "
                "04:00 at the latest).",
            ),
        )
    return (opens, closes), None


def parse_slots(
    slots: Sequence[tuple[int | str, int | str]],
) -> tuple[list[Interval], list[Problem]]:
    """Opening slots as typed (("8:30", "12:30"), …): the intervals, or the problems.

    A slot left entirely blank is skipped; a problem names the slot by its place
    in ``slots`` ("slot_0", "slot_1", …) so the screen can show it there.
    """
    intervals: list[tuple[Interval, int]] = []
    problems: list[Problem] = []
    for index, (opens_text, closes_text) in enumerate(slots):
        field = f"slot_{index}"
        if str(opens_text).strip() == "" and str(closes_text).strip() == "":
            continue
        if str(opens_text).strip() == "" or str(closes_text).strip() == "":
            problems.append(
                Problem(
                    field, QT_TRANSLATE_NOOP("core", "Enter both an opening and a closing time.")
                )
            )
            continue
        interval, problem = _interval(opens_text, closes_text, field)
        if problem is not None:
            problems.append(problem)
            continue
        assert interval is not None
        intervals.append((interval, index))
    intervals.sort()
    widest: Interval | None = None  # of the slots so far, the one reaching latest
    for interval, index in intervals:
        if widest is not None and interval[0] < widest[1]:
            problems.append(
                Problem(
                    f"slot_{index}",
                    QT_TRANSLATE_NOOP("core", "These times overlap with {other}."),
                    {"other": format_span(*widest)},
                )
            )
        if widest is None or interval[1] > widest[1]:
            widest = interval
    return [interval for interval, _ in intervals], problems


def set_day_hours(
    db: Database,
    weekdays: Collection[int],
    plan: DayPlan,
    slots: Sequence[tuple[int | str, int | str]] = (),
    *,
    room_id: int | None = None,
) -> list[WeekHours]:
    """Set the hours of the house (``room_id`` None) or of one room on ``weekdays``.

    ``DayPlan.OPEN`` uses ``slots`` (see ``parse_slots``); ``CLOSED`` closes the
    day; ``AS_HOUSE`` makes a room follow the house again. Returns the new week
    (see ``opening_week``).
    """
    intervals = day_hours(weekdays, plan, slots, room_id=room_id)
    with db.transaction() as session:
        store_day_hours(session, weekdays, plan, intervals, room_id=room_id)
    return opening_week(db)


def day_hours(
    weekdays: Collection[int],
    plan: DayPlan,
    slots: Sequence[tuple[int | str, int | str]] = (),
    *,
    room_id: int | None = None,
) -> list[Interval]:
    """The intervals ``set_day_hours`` would store (none unless ``OPEN``), or its refusal."""
    if not weekdays:
        raise ValueError("no weekday given")
    for weekday in weekdays:
        _check_weekday(weekday)
    if room_id is None and plan is DayPlan.AS_HOUSE:
        raise ValueError("the house itself cannot follow the house's hours")
    intervals: list[Interval] = []
    if plan is DayPlan.OPEN:
        intervals, problems = parse_slots(slots)
        if not intervals and not problems:
            problems.append(
                Problem(
                    "slot_0",
                    QT_TRANSLATE_NOOP(
                        "core", "Enter at least one opening time, or choose closed all day."
                    ),
                )
            )
        if problems:
            raise ValidationError(problems)
    return intervals


def store_day_hours(
    session: Session,
    weekdays: Collection[int],
    plan: DayPlan,
    intervals: Sequence[Interval],
    *,
    room_id: int | None = None,
) -> None:
    """``set_day_hours`` inside the caller's transaction, with checked ``intervals``."""
    if room_id is not None:
        _room(session, room_id)
    session.execute(
        delete(OpeningHours).where(
            OpeningHours.room_id.is_(None) if room_id is None else OpeningHours.room_id == room_id,
            OpeningHours.weekday.in_(list(weekdays)),
        )
    )
    for weekday in sorted(set(weekdays)):
        if plan is DayPlan.OPEN:
            session.add_all(
                OpeningHours(room_id=room_id, weekday=weekday, opens_min=opens, closes_min=closes)
                for opens, closes in intervals
            )
        elif plan is DayPlan.CLOSED and room_id is not None:
            session.add(OpeningHours(room_id=room_id, weekday=weekday))
    session.flush()


def _hours_after(
    now: _Hours,
    weekdays: Collection[int],
    plan: DayPlan,
    intervals: Sequence[Interval],
    room_id: int | None,
) -> _Hours:
    """``now`` as setting these hours (see ``set_day_hours``) would make it."""
    later = _Hours(
        {weekday: list(hours) for weekday, hours in now.house.items()},
        {room: {day: list(hours) for day, hours in own.items()} for room, own in now.rooms.items()},
    )
    for weekday in set(weekdays):
        if room_id is None:
            later.house[weekday] = list(intervals)
        elif plan is DayPlan.AS_HOUSE:
            later.rooms.get(room_id, {}).pop(weekday, None)
        else:
            later.rooms.setdefault(room_id, {})[weekday] = list(intervals)
    return later


def changed_hours(
    session: Session,
    weekdays: Collection[int],
    plan: DayPlan,
    intervals: Sequence[Interval],
    *,
    room_id: int | None = None,
) -> dict[tuple[int, int], tuple[list[Interval], list[Interval]]]:
    """What setting these hours (see ``set_day_hours``) would change, without changing it.

    Per (room, weekday) of the active rooms whose usual hours change: the
    hours before and after. A change of the house's hours reaches the rooms
    that follow the house on that weekday. The dates with other hours keep
    them: ``plans_around_change`` gives the hours of each date.
    """
    now = _load_hours(session, None)
    later = _hours_after(now, weekdays, plan, intervals, room_id)
    rooms = session.scalars(select(Room.id).where(Room.active)).all()
    changed: dict[tuple[int, int], tuple[list[Interval], list[Interval]]] = {}
    for room in rooms if room_id is None else [room_id]:
        before, after = now.effective(room), later.effective(room)
        for weekday in sorted(set(weekdays)):
            if before[weekday] != after[weekday]:
                changed[(room, weekday)] = (before[weekday], after[weekday])
    return changed


def plans_around_change(
    session: Session,
    weekdays: Collection[int],
    plan: DayPlan,
    intervals: Sequence[Interval],
    first_day: dt.date,
    last_day: dt.date,
    *,
    room_id: int | None = None,
) -> tuple[OpeningPlan, OpeningPlan]:
    """The ``OpeningPlan`` of every room over ``first_day``–``last_day`` now, and as setting
    these hours (see ``set_day_hours``) would make it: the usual week changes, the dates
    with other hours and the closures stay as they are."""
    now = _load_hours(session, None)
    spans = _day_spans(session, None, first_day, last_day)
    later = _hours_after(now, weekdays, plan, intervals, room_id)
    return OpeningPlan(now, spans), OpeningPlan(later, spans)


# --------------------------------------------------------------------------- hours on a date


class OpeningPlan:
    """The hours of rooms on each date of a range: their usual week, the opening exceptions
    and the closures, loaded at once (see ``opening_plan``).

    On a date a closure of the house or of the room wins (closed means closed);
    else the room's own exception; else, on a weekday the room has hours of its
    own, those; else the house's exception; else the house's usual hours. So an
    exception of the house changes the hours of the rooms that follow the house.
    """

    def __init__(self, hours: _Hours, spans: Iterable[DaySpan]) -> None:
        self._hours = hours
        self._closures: list[DaySpan] = []
        self._house_exceptions: list[DaySpan] = []
        self._room_exceptions: dict[int, list[DaySpan]] = {}
        for span in spans:
            if span.interval is None:
                self._closures.append(span)
            elif span.room_id is None:
                self._house_exceptions.append(span)
            else:
                self._room_exceptions.setdefault(span.room_id, []).append(span)

    @property
    def closures(self) -> list[DaySpan]:
        """The closures of the range, of the house and of the rooms, earliest first."""
        return list(self._closures)

    def usual_week(self, room_id: int) -> dict[int, list[Interval]]:
        """The room's usual intervals per weekday (see ``effective_hours``)."""
        return self._hours.effective(room_id)

    def closure(self, room_id: int, day: dt.date) -> DaySpan | None:
        """The closure of the house or of the room on ``day``, if any."""
        return next((c for c in self._closures if c.concerns(room_id) and c.covers(day)), None)

    def on(self, room_id: int, day: dt.date) -> DayHours:
        """The room's opening hours on ``day`` as the week and the exceptions make them."""
        own = next((e for e in self._room_exceptions.get(room_id, ()) if e.covers(day)), None)
        if own is not None:
            assert own.interval is not None
            return DayHours((own.interval,), HoursSource.ROOM_EXCEPTION)
        weekday = day.weekday()
        room_week = self._hours.rooms.get(room_id, {})
        if weekday in room_week:
            return DayHours(tuple(room_week[weekday]), HoursSource.ROOM)
        house = next((e for e in self._house_exceptions if e.covers(day)), None)
        if house is not None:
            assert house.interval is not None
            return DayHours((house.interval,), HoursSource.HOUSE_EXCEPTION)
        return DayHours(tuple(self._hours.house.get(weekday, [])), HoursSource.HOUSE)

    def open_minutes(self, room_id: int, day: dt.date) -> int:
        """Minutes the room is open on ``day``: none when closed."""
        if self.closure(room_id, day) is not None:
            return 0
        return _open_minutes(self.on(room_id, day).intervals)

    def unusual_days(self, room_id: int, first_day: dt.date, last_day: dt.date) -> list[dt.date]:
        """The days of ``first_day``–``last_day`` closed or with other hours for the room."""
        days: set[dt.date] = set()
        spans = [*self._closures, *self._house_exceptions, *self._room_exceptions.get(room_id, ())]
        for span in spans:
            if not span.concerns(room_id):
                continue
            day = max(span.first_day, first_day)
            while day <= min(span.last_day, last_day):
                days.add(day)
                day += dt.timedelta(days=1)
        return sorted(days)


def _day_spans(
    session: Session, room_ids: Collection[int] | None, first_day: dt.date, last_day: dt.date
) -> list[DaySpan]:
    """The closures and opening exceptions of the house and of ``room_ids`` (None: of every
    room) that touch ``first_day``–``last_day``, in one query."""

    def scoped(room: InstrumentedAttribute[int | None]) -> ColumnElement[bool]:
        if room_ids is None:
            return true()
        return or_(room.is_(None), room.in_(list(room_ids)))

    closures = select(
        Closure.room_id,
        Closure.first_day,
        Closure.last_day,
        null().label("opens"),
        null().label("closes"),
        Closure.reason,
    ).where(scoped(Closure.room_id), Closure.first_day <= last_day, Closure.last_day >= first_day)
    exceptions = select(
        OpeningException.room_id,
        OpeningException.first_day,
        OpeningException.last_day,
        OpeningException.opens_min,
        OpeningException.closes_min,
        func.coalesce(OpeningException.reason, ""),
    ).where(
        scoped(OpeningException.room_id),
        OpeningException.first_day <= last_day,
        OpeningException.last_day >= first_day,
    )
    rows: Sequence[Any] = session.execute(
        union_all(closures, exceptions).order_by("first_day")
    ).all()
    return [
        DaySpan(
            room_id,
            # A UNION's columns come back without the Date type: SQLite's text.
            _as_date(first),
            _as_date(last),
            None if opens is None else (opens, closes),
            reason,
        )
        for room_id, first, last, opens, closes, reason in rows
    ]


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def opening_plan(
    db_or_session: Database | Session,
    room_ids: Collection[int] | None,
    first_day: dt.date,
    last_day: dt.date,
) -> OpeningPlan:
    """The ``OpeningPlan`` of ``room_ids`` (None: every room) over ``first_day``–``last_day``:
    two queries however long the range and however many rooms."""
    with reading(db_or_session) as session:
        return OpeningPlan(
            _load_hours(session, room_ids), _day_spans(session, room_ids, first_day, last_day)
        )


def hours_on(db_or_session: Database | Session, room_id: int, day: dt.date) -> DayHours:
    """A room's opening hours on one date (closures aside): see ``OpeningPlan.on``."""
    with reading(db_or_session) as session:
        _room(session, room_id)
        return opening_plan(session, [room_id], day, day).on(room_id, day)


def _open_minutes(intervals: Iterable[Interval]) -> int:
    """Minutes of the day covered by ``intervals``, counting overlaps once.

    A day's figures count that day's hours: an interval that runs past midnight
    counts up to 24:00, as the sessions do (``figures.counted_minutes``).
    """
    total, reached = 0, 0
    for opens, day_closes in sorted(intervals):
        closes = min(day_closes, MINUTES_PER_DAY)
        opens = max(opens, reached)
        if closes > opens:
            total += closes - opens
            reached = closes
    return total


@dataclass(frozen=True)
class ServiceDays:
    """The days a room counts as in service: ``first`` up to the day before ``end``.

    The room's own dates, widened to its held sessions: a session held on a day
    means the room was in use that day, also when it was registered later (a
    room entered today, with last month's sessions typed in after it).
    """

    first: dt.date
    end: dt.date | None  # the first day no longer in service; None: still in service

    def clip(self, first_day: dt.date, last_day: dt.date) -> tuple[dt.date, dt.date]:
        """``first_day``–``last_day`` narrowed to these days (empty when first > last)."""
        last = last_day if self.end is None else min(last_day, self.end - dt.timedelta(days=1))
        return max(first_day, self.first), last

    def overlaps(self, first_day: dt.date, last_day: dt.date) -> bool:
        first, last = self.clip(first_day, last_day)
        return first <= last


def service_days_by_room(
    session: Session, room_ids: Collection[int] | None = None
) -> dict[int, ServiceDays]:
    """The ``ServiceDays`` of ``room_ids`` (None: of every room), in one query."""
    held = (
        select(
            Booking.room_id.label("room_id"),
            func.min(Booking.date).label("first"),
            func.max(Booking.date).label("last"),
        )
        .where(Booking.status == BookingStatus.GEHOUDEN.value)
        .group_by(Booking.room_id)
        .subquery()
    )
    query = select(
        Room.id, Room.in_service_from, Room.out_of_service_from, held.c.first, held.c.last
    ).outerjoin(held, held.c.room_id == Room.id)
    if room_ids is not None:
        query = query.where(Room.id.in_(list(room_ids)))
    spans: dict[int, ServiceDays] = {}
    for room_id, first, end, held_first, held_last in session.execute(query):
        if held_first is not None:
            first = min(first, held_first)
            if end is not None:
                end = max(end, held_last + dt.timedelta(days=1))
        spans[room_id] = ServiceDays(first, end)
    return spans


def _weekday_counts(first_day: dt.date, last_day: dt.date) -> list[int]:
    """How many Mondays, Tuesdays, … lie in ``first_day``–``last_day`` (inclusive)."""
    counts = [0] * 7
    if last_day < first_day:
        return counts
    weeks, rest = divmod((last_day - first_day).days + 1, 7)
    for offset in range(7):
        counts[(first_day.weekday() + offset) % 7] = weeks + (1 if offset < rest else 0)
    return counts


def available_minutes_by_room(
    session: Session, first_day: dt.date, last_day: dt.date, room_ids: Collection[int]
) -> dict[int, int]:
    """``available_minutes`` for several rooms at once, in three queries.

    Counted day by day: a day adds the room's opening minutes of that date when
    the room is in service that day and neither it nor the house is closed. So the
    minutes of a range are exactly the sum of the minutes of any split of it. The
    usual week is counted per weekday, then the days that differ from it (closed,
    or other hours: see ``OpeningPlan``) are set right one by one. An opening
    interval that runs past midnight belongs to the day it opens on, up to 24:00.
    """
    if last_day < first_day or not room_ids:
        return dict.fromkeys(room_ids, 0)
    plan = opening_plan(session, room_ids, first_day, last_day)
    service = service_days_by_room(session, room_ids)
    result: dict[int, int] = {}
    for room_id in room_ids:
        span = service.get(room_id)
        if span is None:
            result[room_id] = 0
            continue
        first, last = span.clip(first_day, last_day)
        per_day = {
            weekday: _open_minutes(intervals)
            for weekday, intervals in plan.usual_week(room_id).items()
        }
        days = _weekday_counts(first, last)
        minutes = sum(days[weekday] * per_day[weekday] for weekday in WEEKDAYS)
        minutes += _unusual_difference(plan, room_id, first, last, per_day)
        result[room_id] = minutes
    return result


def _unusual_difference(
    plan: OpeningPlan,
    room_id: int,
    first_day: dt.date,
    last_day: dt.date,
    per_day: dict[int, int],
) -> int:
    """How many minutes the closed days and other hours add to (or take from) the usual week."""
    return sum(
        plan.open_minutes(room_id, day) - per_day[day.weekday()]
        for day in plan.unusual_days(room_id, first_day, last_day)
    )


def available_minutes(session: Session, room_id: int, first_day: dt.date, last_day: dt.date) -> int:
    """Minutes a room is open from ``first_day`` to ``last_day`` (inclusive), closures excluded.

    The hours and the closures are fetched once; the days are counted in Python.
    """
    _room(session, room_id)
    return available_minutes_by_room(session, first_day, last_day, [room_id])[room_id]


# --------------------------------------------------------------------------- days of a room

# Closures and opening exceptions: rows for some days of the whole house or of one room.
_Days = TypeVar("_Days", Closure, OpeningException)


def _with_rooms(
    session: Session, model: type[_Days], *order: InstrumentedAttribute[Any]
) -> list[tuple[_Days, Room | None]]:
    """Every row of ``model`` in ``order``, each with its room (None: the whole house)."""
    rows = session.execute(
        select(model, Room).outerjoin(Room, model.room_id == Room.id).order_by(*order)
    )
    return [(days, room) for days, room in rows]


def _days_problems(
    first_day: dt.date | None, last_day: dt.date | None, first_missing: str, last_missing: str
) -> list[Problem]:
    """What is wrong with a range of days: ``first_missing`` or ``last_missing`` when a day is
    not given, or a last day before the first."""
    problems: list[Problem] = []
    if first_day is None:
        problems.append(Problem("first_day", first_missing))
    if last_day is None:
        problems.append(Problem("last_day", last_missing))
    elif first_day is not None and last_day < first_day:
        problems.append(
            Problem(
                "last_day",
                QT_TRANSLATE_NOOP("core", "The last day cannot be before the first day."),
            )
        )
    return problems


def _reason_and_room_problems(
    session: Session, reason: str, room_id: int | None, missing: str | None = None
) -> list[Problem]:
    """What is wrong with the (tidied) ``reason`` of some days and their room: ``missing``
    when a reason must be given and is not, a reason too long, a room that is gone."""
    problems: list[Problem] = []
    if not reason and missing is not None:
        problems.append(Problem("reason", missing))
    elif len(reason) > REASON_MAX:
        problems.append(
            Problem(
                "reason",
                QT_TRANSLATE_NOOP("core", "The reason can be at most {max} characters."),
                {"max": REASON_MAX},
            )
        )
    if room_id is not None and session.get(Room, room_id) is None:
        problems.append(Problem("room", QT_TRANSLATE_NOOP("core", "This room no longer exists.")))
    return problems


def _first_overlap(
    session: Session,
    model: type[_Days],
    first_day: dt.date,
    last_day: dt.date,
    room_id: int | None,
    other_than: int | None = None,
) -> _Days | None:
    """The earliest row of ``model`` of the same scope (the house, or the same room) sharing a
    day with the range, other than the row ``other_than``."""
    query = select(model).where(
        model.room_id.is_(None) if room_id is None else model.room_id == room_id,
        model.first_day <= last_day,
        model.last_day >= first_day,
    )
    if other_than is not None:
        query = query.where(model.id != other_than)
    return session.scalars(query.order_by(model.first_day).limit(1)).first()


def _stored(
    session: Session,
    row: _Days,
    new: bool,
    first_day: dt.date,
    last_day: dt.date,
    room_id: int | None,
) -> Room | None:
    """``row`` given its days and its room (added to ``session`` when ``new``) and flushed;
    its room (None: the whole house)."""
    row.first_day, row.last_day, row.room_id = first_day, last_day, room_id
    if new:
        session.add(row)
    session.flush()
    return session.get(Room, room_id) if room_id else None


def _delete(db: Database, model: type[_Days], row_id: int) -> None:
    with db.transaction() as session:
        session.execute(delete(model).where(model.id == row_id))


# --------------------------------------------------------------------------- closures


def _closure_info(closure: Closure, room: Room | None) -> ClosureInfo:
    return ClosureInfo(
        id=closure.id,
        room_id=closure.room_id,
        room_code=room.code if room else None,
        room_name=room.name if room else None,
        first_day=closure.first_day,
        last_day=closure.last_day,
        reason=closure.reason,
    )


def list_closures(db: Database) -> list[ClosureInfo]:
    """Every closure, of the house and of the rooms, earliest first."""
    with db.reading() as session:
        rows = _with_rooms(session, Closure, Closure.first_day, Closure.last_day, Closure.id)
        return [_closure_info(closure, room) for closure, room in rows]


def _validate_closure(
    session: Session,
    closure_id: int | None,
    first_day: dt.date | None,
    last_day: dt.date | None,
    reason: str,
    room_id: int | None,
) -> str:
    reason = _tidy(reason)
    problems = _days_problems(
        first_day,
        last_day,
        QT_TRANSLATE_NOOP("core", "Enter the first day of the closure."),
        QT_TRANSLATE_NOOP("core", "Enter the last day of the closure."),
    )
    problems += _reason_and_room_problems(
        session,
        reason,
        room_id,
        QT_TRANSLATE_NOOP("core", "Enter the reason, e.g. summer closure or maintenance."),
    )
    if not problems:
        assert first_day is not None and last_day is not None
        overlap = _first_overlap(session, Closure, first_day, last_day, room_id, closure_id)
        if overlap is not None:
            problems.append(_overlap_problem("first_day", overlap))
    if problems:
        raise ValidationError(problems)
    return reason


def _overlap_problem(field: str, closure: Closure) -> Problem:
    return Problem(
        field,
        QT_TRANSLATE_NOOP(
            "core",
            "These days overlap with the closure “{reason}” from {first:%d-%m-%Y} to "
            "{last:%d-%m-%Y}. Change that one instead.",
        ),
        {"reason": closure.reason, "first": closure.first_day, "last": closure.last_day},
    )


def create_closure(
    db: Database,
    first_day: dt.date | None,
    last_day: dt.date | None,
    reason: str,
    room_id: int | None = None,
) -> ClosureInfo:
    """Close the whole house (``room_id`` None) or one room from ``first_day`` to ``last_day``.

    A closure overlapping another of the same house or room is refused.
    """
    with db.transaction() as session:
        return store_closure(session, None, first_day, last_day, reason, room_id)


def update_closure(
    db: Database,
    closure_id: int,
    first_day: dt.date | None,
    last_day: dt.date | None,
    reason: str,
    room_id: int | None = None,
) -> ClosureInfo:
    """Change a closure's days, room or reason."""
    with db.transaction() as session:
        return store_closure(session, closure_id, first_day, last_day, reason, room_id)


def check_closure(
    db: Database,
    closure_id: int | None,
    first_day: dt.date | None,
    last_day: dt.date | None,
    reason: str,
    room_id: int | None = None,
) -> None:
    """Refuse, as ``store_closure`` would, what cannot be saved; changes nothing."""
    with db.reading() as session:
        if closure_id is not None:
            _closure(session, closure_id)
        _validate_closure(session, closure_id, first_day, last_day, reason, room_id)


def _closure(session: Session, closure_id: int) -> Closure:
    closure = session.get(Closure, closure_id)
    if closure is None:
        raise refused("general", QT_TRANSLATE_NOOP("core", "This closure no longer exists."))
    return closure


def store_closure(
    session: Session,
    closure_id: int | None,
    first_day: dt.date | None,
    last_day: dt.date | None,
    reason: str,
    room_id: int | None = None,
) -> ClosureInfo:
    """``create_closure`` (``closure_id`` None) or ``update_closure`` in the caller's
    transaction."""
    closure = Closure() if closure_id is None else _closure(session, closure_id)
    reason = _validate_closure(session, closure_id, first_day, last_day, reason, room_id)
    assert first_day is not None and last_day is not None
    closure.reason = reason
    room = _stored(session, closure, closure_id is None, first_day, last_day, room_id)
    return _closure_info(closure, room)


def delete_closure(db: Database, closure_id: int) -> None:
    """Remove a closure: its days count as open again."""
    _delete(db, Closure, closure_id)


#: The languages the holiday names come in: the interface's language → the calendar's.
HOLIDAY_LANGUAGES = {"nl": "nl", "en": "en_US"}


def _holiday_calendar(years: Iterable[int], language: str = "nl") -> dict[dt.date, str]:
    # Imported here: the holiday tables are only needed when someone asks for them,
    # and loading them would slow every start of the app.
    import holidays

    calendar = holidays.country_holidays(
        "NL",
        years=list(years),
        language=HOLIDAY_LANGUAGES.get(language, "nl"),
        categories=("public", "optional"),
    )
    return {day: str(name) for day, name in sorted(calendar.items())}


def public_holidays(db: Database, year: int, language: str = "nl") -> list[PublicHoliday]:
    """The Dutch public holidays of ``year`` (Bevrijdingsdag included), with the house's closure
    already covering each, if any; named in ``language`` ("nl" or "en").

    A holiday added as a closing day is named in Dutch whatever ``language`` is:
    the closure's reason belongs to the house's data (``add_holiday_closures``).
    """
    calendar = _holiday_calendar([year], language)
    with db.reading() as session:
        closures = session.execute(
            select(Closure.first_day, Closure.last_day, Closure.reason).where(
                Closure.room_id.is_(None),
                Closure.first_day <= dt.date(year, 12, 31),
                Closure.last_day >= dt.date(year, 1, 1),
            )
        ).all()
    holidays: list[PublicHoliday] = []
    for day, name in calendar.items():
        closed_by = next((reason for first, last, reason in closures if first <= day <= last), None)
        holidays.append(PublicHoliday(day, name, closed_by))
    return holidays


def holiday_year(db: Database, today: dt.date) -> int:
    """The year to offer public holidays of: this one while one of its holidays is still
    ahead (today included) and the house has not closed on it yet, else the next.

    In December the board plans the coming year; but Christmas not yet
    closed is what is needed first.
    """
    ahead = [h for h in public_holidays(db, today.year) if h.day >= today]
    return today.year if any(h.closed_by is None for h in ahead) else today.year + 1


def add_holiday_closures(db: Database, days: Collection[dt.date]) -> list[ClosureInfo]:
    """Close the whole house on the public holidays ``days``, named as the calendar names them.

    All or nothing: a day that is no public holiday, or that the house is
    already closed on, refuses the whole list.
    """
    if not days:
        raise refused("days", QT_TRANSLATE_NOOP("core", "Tick at least one public holiday."))
    calendar = _holiday_calendar({day.year for day in days})
    problems: list[Problem] = []
    for day in sorted(set(days)):
        if day not in calendar:
            problems.append(
                Problem(
                    "days",
                    QT_TRANSLATE_NOOP("core", "{day:%d-%m-%Y} is not a public holiday."),
                    {"day": day},
                )
            )
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        for day in sorted(set(days)):
            overlap = _first_overlap(session, Closure, day, day, None)
            if overlap is not None:
                problems.append(_overlap_problem("days", overlap))
        if problems:
            raise ValidationError(problems)
        created = [
            Closure(room_id=None, first_day=day, last_day=day, reason=calendar[day][:REASON_MAX])
            for day in sorted(set(days))
        ]
        session.add_all(created)
        session.flush()
        return [_closure_info(closure, None) for closure in created]


# --------------------------------------------------------------------------- opening exceptions


def _exception_info(exception: OpeningException, room: Room | None) -> OpeningExceptionInfo:
    return OpeningExceptionInfo(
        id=exception.id,
        room_id=exception.room_id,
        room_code=room.code if room else None,
        room_name=room.name if room else None,
        first_day=exception.first_day,
        last_day=exception.last_day,
        opens_min=exception.opens_min,
        closes_min=exception.closes_min,
        reason=exception.reason or "",
    )


def list_opening_exceptions(db: Database) -> list[OpeningExceptionInfo]:
    """Every opening exception, of the house and of the rooms, earliest first."""
    with db.reading() as session:
        rows = _with_rooms(
            session,
            OpeningException,
            OpeningException.first_day,
            OpeningException.opens_min,
            OpeningException.id,
        )
        return [_exception_info(exception, room) for exception, room in rows]


def _validate_exception(
    session: Session,
    exception_id: int | None,
    first_day: dt.date | None,
    last_day: dt.date | None,
    opens: int | str,
    closes: int | str,
    reason: str,
    room_id: int | None,
) -> tuple[Interval, str]:
    reason = _tidy(reason)
    problems = _days_problems(
        first_day,
        last_day,
        QT_TRANSLATE_NOOP("core", "Enter the first day of these hours."),
        QT_TRANSLATE_NOOP("core", "Enter the last day of these hours."),
    )
    interval: Interval | None = None
    if str(opens).strip() == "" or str(closes).strip() == "":
        problems.append(
            Problem("times", QT_TRANSLATE_NOOP("core", "Enter both an opening and a closing time."))
        )
    else:
        interval, problem = _interval(opens, closes, "times")
        if problem is not None:
            problems.append(problem)
    problems += _reason_and_room_problems(session, reason, room_id)
    if not problems:
        assert first_day is not None and last_day is not None
        problems += _exception_overlaps(session, exception_id, first_day, last_day, room_id)
    if problems:
        raise ValidationError(problems)
    assert interval is not None
    return interval, reason


def _exception_overlaps(
    session: Session,
    exception_id: int | None,
    first_day: dt.date,
    last_day: dt.date,
    room_id: int | None,
) -> list[Problem]:
    """Why these days cannot have other hours: another exception of the same house or room
    on one of them, or a closure on every one of them (a closure means closed)."""
    other = _first_overlap(session, OpeningException, first_day, last_day, room_id, exception_id)
    if other is not None:
        return [
            Problem(
                "first_day",
                QT_TRANSLATE_NOOP(
                    "core",
                    "These days overlap with other hours from {first:%d-%m-%Y} to "
                    "{last:%d-%m-%Y} ({hours}). One day has one set of hours: change that "
                    "one instead.",
                ),
                {
                    "first": other.first_day,
                    "last": other.last_day,
                    "hours": format_span(other.opens_min, other.closes_min),
                },
            )
        ]
    closures = session.execute(
        select(Closure.first_day, Closure.last_day, Closure.reason).where(
            Closure.room_id.is_(None)
            if room_id is None
            else or_(Closure.room_id.is_(None), Closure.room_id == room_id),
            Closure.first_day <= last_day,
            Closure.last_day >= first_day,
        )
    ).all()
    closed = [c for c in closures if c.first_day <= first_day and c.last_day >= last_day]
    if closed:
        return [
            Problem(
                "first_day",
                QT_TRANSLATE_NOOP(
                    "core",
                    "Closed on these days (“{reason}”): a closing day stays closed, whatever "
                    "the hours. Change or delete the closing days first.",
                ),
                {"reason": closed[0].reason},
            )
        ]
    return []


def create_opening_exception(
    db: Database,
    first_day: dt.date | None,
    last_day: dt.date | None,
    opens: int | str,
    closes: int | str,
    reason: str = "",
    room_id: int | None = None,
) -> OpeningExceptionInfo:
    """Other hours for the whole house (``room_id`` None) or one room on ``first_day`` to
    ``last_day``: ``opens``–``closes`` replace the usual hours of those days.

    A closing time before the opening time is after midnight (until 04:00).
    Refused when another exception of the same house or room shares a day, or
    when a closing day covers every one of the days.
    """
    with db.transaction() as session:
        return _store_exception(session, None, first_day, last_day, opens, closes, reason, room_id)


def update_opening_exception(
    db: Database,
    exception_id: int,
    first_day: dt.date | None,
    last_day: dt.date | None,
    opens: int | str,
    closes: int | str,
    reason: str = "",
    room_id: int | None = None,
) -> OpeningExceptionInfo:
    """Change an opening exception's days, hours, room or reason."""
    with db.transaction() as session:
        return _store_exception(
            session, exception_id, first_day, last_day, opens, closes, reason, room_id
        )


def _store_exception(
    session: Session,
    exception_id: int | None,
    first_day: dt.date | None,
    last_day: dt.date | None,
    opens: int | str,
    closes: int | str,
    reason: str,
    room_id: int | None,
) -> OpeningExceptionInfo:
    """``create_opening_exception`` (``exception_id`` None) or ``update_opening_exception``
    in the caller's transaction, as ``store_closure`` is for closures."""
    if exception_id is None:
        exception = OpeningException()
    else:
        found = session.get(OpeningException, exception_id)
        if found is None:
            raise refused(
                "general", QT_TRANSLATE_NOOP("core", "These other hours no longer exist.")
            )
        exception = found
    interval, reason = _validate_exception(
        session, exception_id, first_day, last_day, opens, closes, reason, room_id
    )
    assert first_day is not None and last_day is not None
    exception.opens_min, exception.closes_min = interval
    exception.reason = reason or None
    room = _stored(session, exception, exception_id is None, first_day, last_day, room_id)
    return _exception_info(exception, room)


def delete_opening_exception(db: Database, exception_id: int) -> None:
    """Remove an opening exception: its days have the usual hours again."""
    _delete(db, OpeningException, exception_id)


@dataclass(frozen=True)
class ExtraOpening:
    """Other hours for one room on one date that let a session fit in them.

    The room's hours of that date (``usual``) widened to take the session in,
    as one interval: other hours replace the usual hours of a day, so those
    stay open too (10:00–17:00 and a party until 00:30 make 10:00–00:30).
    ``widens`` is the room's own exception of that one day, if it has one:
    that one is widened rather than a second added.
    """

    room_id: int
    room_name: str
    day: dt.date
    opens_min: int
    closes_min: int
    usual: DayHours
    widens: int | None

    @property
    def span(self) -> str:
        return format_span(self.opens_min, self.closes_min)


def propose_extra_opening(
    session: Session, room_id: int, day: dt.date, start: int, end: int
) -> ExtraOpening | None:
    """The ``ExtraOpening`` that would let ``start``–``end`` on ``day`` fit the room's hours.

    ``None`` when it fits already, when the house or room is closed that day (a
    closing day stays closed), or when the room's own other hours of that day
    span more days (they are changed on the Rooms screen, not from one booking).
    """
    room = _room(session, room_id)
    plan = opening_plan(session, [room_id], day, day)
    if plan.closure(room_id, day) is not None:
        return None
    usual = plan.on(room_id, day)
    if any(opens <= start and end <= closes for opens, closes in usual.intervals):
        return None
    widens: int | None = None
    if usual.source is HoursSource.ROOM_EXCEPTION:
        own = session.scalars(
            select(OpeningException).where(
                OpeningException.room_id == room_id,
                OpeningException.first_day <= day,
                OpeningException.last_day >= day,
            )
        ).first()
        if own is None or own.first_day != own.last_day:
            return None
        widens = own.id
    opens = min([start, *(opens for opens, _ in usual.intervals)])
    closes = max([end, *(closes for _, closes in usual.intervals)])
    return ExtraOpening(room_id, room.name, day, opens, closes, usual, widens)


def add_extra_opening(session: Session, extra: ExtraOpening, reason: str) -> None:
    """Store ``extra`` in the caller's transaction: a new exception, or the widened one."""
    reason = _tidy(reason)[:REASON_MAX]
    if extra.widens is not None:
        exception = session.get(OpeningException, extra.widens)
        assert exception is not None  # proposed in this same transaction
        exception.opens_min, exception.closes_min = extra.opens_min, extra.closes_min
        exception.reason = exception.reason or reason or None
    else:
        session.add(
            OpeningException(
                room_id=extra.room_id,
                first_day=extra.day,
                last_day=extra.day,
                opens_min=extra.opens_min,
                closes_min=extra.closes_min,
                reason=reason or None,
            )
        )
    session.flush()
