"""Rooms, activities and sessions written straight into the tables, past the core's checks.

For tests of code that reads what is stored (figures, exports, reports, the database's
own constraints): the rows get the codes, dates and statuses the test names, such as a
room registered years ago or a session already held, which the core would not make.
To register something as a volunteer would, use ``tests.helpers.register``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    BookingStatus,
    Nature,
    SignalKind,
    TargetGroup,
    UserKind,
)
from housedesk.common.times import local_date, local_now
from housedesk.db import Database
from housedesk.db.models import (
    Activity,
    ActivityTargetGroup,
    Booking,
    BookingSeries,
    Room,
    Signal,
    User,
)

#: When the rooms of ``add_room`` were registered: before any period the tests look at.
LONG_AGO = dt.datetime(2020, 1, 1, 9, 0)


def add_room(
    db: Database,
    code: str,
    name: str,
    capacity: int = 30,
    *,
    active: bool = True,
    created_at: dt.datetime | None = LONG_AGO,
    in_service_from: dt.date | None = None,
    out_of_service_from: dt.date | None = None,
) -> int:
    """A room registered at ``created_at`` (``None``: now, as the app would); its id.

    It is in service from ``in_service_from`` (by default the day it was registered);
    an inactive one left service on ``out_of_service_from`` (by default the day after).
    """
    room = Room(code=code, name=name, capacity=capacity, active=active)
    if created_at is not None:
        room.created_at = created_at
    first = in_service_from or (local_date(created_at) if created_at else local_now().date())
    room.in_service_from = first
    if not active:
        room.out_of_service_from = out_of_service_from or first + dt.timedelta(days=1)
    return _stored(db, room)


def add_activity(
    db: Database,
    code: str,
    name: str,
    nature: Nature = Nature.MAATSCHAPPELIJK,
    *,
    user: str | None = None,
    kind: UserKind | None = None,
    type: ActivityType = ActivityType.ONTMOETING,
    accessibility: Accessibility = Accessibility.VRIJE_INLOOP,
    groups: Iterable[TargetGroup] = (TargetGroup.IEDEREEN,),
    description: str | None = None,
    **user_fields: Any,
) -> int:
    """An activity with a new user of its own; its id.

    The user is ``user`` (by default "Gebruiker <code>"), of kind ``kind`` (by default
    a private person for a private ``nature``, else a club), with ``user_fields``
    (``contact_name``, ``contact_phone``, ``contact_email``, ``notes``, ``archived_at``).
    """
    if kind is None:
        kind = UserKind.PARTICULIER if nature is Nature.PARTICULIER else UserKind.VERENIGING
    with db.transaction() as session:
        owner = User(name=user or f"Gebruiker {code}", kind=kind, **user_fields)
        activity = Activity(
            code=code,
            user=owner,
            name=name,
            type=type,
            nature=nature,
            accessibility=accessibility,
            description=description,
        )
        session.add(activity)
        session.flush()
        session.add_all(
            ActivityTargetGroup(activity_id=activity.id, target_group=group) for group in groups
        )
        return activity.id


def add_club_activity(
    db: Database,
    name: str,
    user: str,
    *,
    code: str = "A1",
    type: ActivityType = ActivityType.CULTUUR,
    groups: Iterable[TargetGroup] = (),
) -> int:
    """A club's activity for its members only, by default a cultural one with no target
    group: for the tests that need an activity to book, whatever it is. Its id."""
    return add_activity(
        db,
        code,
        name,
        user=user,
        kind=UserKind.VERENIGING,
        type=type,
        accessibility=Accessibility.LEDEN,
        groups=groups,
    )


def add_session(
    db: Database,
    activity_id: int,
    room_id: int,
    day: dt.date,
    start: int = 600,
    end: int = 720,
    *,
    status: BookingStatus = BookingStatus.GEHOUDEN,
    visitors: int | None = None,
    volunteers: int | None = None,
    **columns: Any,
) -> int:
    """A session on ``day`` from ``start`` to ``end`` (minutes after midnight), by default
    10:00 to 12:00 and held; ``columns`` are any other of the bookings table. Its id."""
    when = _placed(activity_id, room_id, start, end)
    booking = Booking(
        date=day, status=status, visitors=visitors, volunteers=volunteers, **when, **columns
    )
    return _stored(db, booking)


def add_series(
    db: Database,
    activity_id: int,
    room_id: int,
    first_date: dt.date,
    start: int,
    end: int,
    rrule: str = "FREQ=WEEKLY",
) -> int:
    """A series of sessions from ``first_date`` by the RRULE text ``rrule``; its id.

    Only the series: the sessions it stands for are not booked.
    """
    when = _placed(activity_id, room_id, start, end)
    return _stored(db, BookingSeries(first_date=first_date, rrule=rrule, **when))


def add_signal(
    db: Database,
    day: dt.date,
    theme: str,
    kind: SignalKind = SignalKind.WENS,
    *,
    text: str | None = None,
    shareable: bool = False,
    **columns: Any,
) -> int:
    """A signal noted on ``day``, by default new; ``columns`` are any other of the signals
    table (``status``, ``passed_to``). Its id."""
    signal = Signal(date=day, kind=kind, theme=theme, text=text, shareable=shareable, **columns)
    return _stored(db, signal)


def _placed(activity_id: int, room_id: int, start: int, end: int) -> dict[str, int]:
    return {"activity_id": activity_id, "room_id": room_id, "start_min": start, "end_min": end}


def _stored(db: Database, row: Room | Booking | BookingSeries | Signal) -> int:
    with db.transaction() as session:
        session.add(row)
        session.flush()
        return row.id
