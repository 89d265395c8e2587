"""What is still to count: today's sessions and the last two weeks' uncounted ones.

This is what the first screen (Vandaag) shows, so it is read with plain SQL
on a read-only ``sqlite3`` connection (``Database.plain_reading``): the
window shows it before SQLAlchemy and the models are loaded. Recording counts
is ``housedesk.core.tallies.counts``' work, with the ORM.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from housedesk.common.codes import Accessibility, BookingStatus, Nature
from housedesk.db.engine import Database

#: How far back the counting screen looks for sessions still to count; older ones
#: are in the tallies list, where they can be filtered on "not counted".
LOOK_BACK_DAYS = 14


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


#: The columns of a ``CountRow``, in its order, joined from the booking.
ROW_SELECT = """
SELECT b.id, b.date, b.start_min, b.end_min, r.code, r.name, r.capacity,
       a.code, a.name, u.name, a.nature, a.accessibility, b.status, b.visitors, b.volunteers
FROM bookings AS b
JOIN rooms AS r ON r.id = b.room_id
JOIN activities AS a ON a.id = b.activity_id
JOIN users AS u ON u.id = a.user_id
"""


def _from_sql(values: tuple[Any, ...]) -> CountRow:
    """A ``CountRow`` from a row of ``ROW_SELECT`` as SQLite gives it (dates and codes as text)."""
    (booking_id, day, start, end, room_code, room_name, capacity) = values[:7]
    (activity_code, activity_name, user_name, nature, access, status, visitors, volunteers) = (
        values[7:]
    )
    return CountRow(
        booking_id,
        dt.date.fromisoformat(day),
        start,
        end,
        room_code,
        room_name,
        capacity,
        activity_code,
        activity_name,
        user_name,
        Nature(nature),
        Accessibility(access),
        BookingStatus(status),
        visitors,
        volunteers,
    )


def sessions_to_count(db: Database, today: dt.date) -> list[CountRow]:
    """Today's sessions, then those of the last two weeks that took place uncounted.

    Today's come first, by time; then the earlier ones, newest first. Earlier
    planned sessions are included because counting them is how a volunteer
    confirms they took place; earlier cancelled ones are not.
    """
    since = today - dt.timedelta(days=LOOK_BACK_DAYS)
    query = (
        ROW_SELECT
        + """
        WHERE b.date = :today
           OR (b.date < :today AND b.date >= :since AND b.status != :cancelled
               AND b.visitors IS NULL AND b.volunteers IS NULL)
        ORDER BY b.date = :today DESC, b.date DESC, b.start_min, r.code
        """
    )
    parameters = {
        "today": today.isoformat(),
        "since": since.isoformat(),
        "cancelled": BookingStatus.GEANNULEERD.value,
    }
    with db.plain_reading() as connection:
        return [_from_sql(values) for values in connection.execute(query, parameters)]
