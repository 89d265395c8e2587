"""What the house shows of its agenda to everyone: the printed sheets and the hall board.

The week and day sheets hang on the notice board and at the bar, and the hall
board runs on a screen by the door: whoever walks in reads them. So they hold
only what the house would say aloud: its name, the rooms, the times and what
takes place. Never a user or a contact person; a private rental is
"Particuliere verhuur", as in the calendar file (``core.agenda.ics``); a
cancelled session says that it is cancelled, not why (a reason may name a
person); and an e-mail address or phone number inside a name is left out
(shown as "…"), found by the same scan as the export's (``common.personal``).
Unlike the export and the calendar file, a sheet is never refused for it: the
bar needs today's sheet, and the name simply does not show what it should not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.personal import find_personal_data
from housedesk.core import installation
from housedesk.core.agenda.bookings import ClosureSpan, agenda_range, closure_on
from housedesk.core.privacy import PRIVATE_RENTAL_NAME
from housedesk.db.engine import Database

#: What stands where an e-mail address or phone number was.
LEFT_OUT = "…"


def masked(text: str) -> str:
    """``text`` with every e-mail address and phone number in it replaced by ``LEFT_OUT``."""
    for found in reversed(find_personal_data(text)):
        text = text[: found.start] + LEFT_OUT + text[found.end :]
    return text


def public_title(activity_name: str, nature: Nature) -> str:
    """How a session is named where everyone reads it."""
    if nature is Nature.PARTICULIER:
        return PRIVATE_RENTAL_NAME
    return masked(activity_name)


@dataclass(frozen=True)
class PublicSession:
    """A session as everyone may read it: when, where, what, and whether it goes ahead."""

    date: dt.date
    start_min: int
    end_min: int
    room_id: int
    room_name: str
    title: str
    cancelled: bool


@dataclass(frozen=True)
class PublicRoom:
    id: int
    name: str


@dataclass(frozen=True)
class PublicAgenda:
    """The house's agenda of ``first``…``last`` for a sheet or the hall board."""

    house_name: str
    village: str
    first: dt.date
    last: dt.date
    rooms: tuple[PublicRoom, ...]
    closures: tuple[ClosureSpan, ...]  # their reasons masked
    sessions: tuple[PublicSession, ...]  # by date, start time and room

    @property
    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def closure(self, day: dt.date, room_id: int | None = None) -> ClosureSpan | None:
        """Why ``day`` is closed for the whole house (``room_id`` None) or for the room."""
        return closure_on(self.closures, day, room_id)

    def sessions_on(self, day: dt.date, room_id: int | None = None) -> list[PublicSession]:
        return [
            s for s in self.sessions if s.date == day and (room_id is None or s.room_id == room_id)
        ]


def public_agenda(db: Database, first: dt.date, last: dt.date) -> PublicAgenda:
    """The agenda of ``first``…``last`` as everyone may read it (one read of the range)."""
    installed = installation.load(db)
    house = installed.house if installed is not None else None
    shown = agenda_range(db, first, last)
    rooms = tuple(PublicRoom(room.id, masked(room.name)) for room in shown.rooms)
    names = {room.id: room.name for room in rooms}
    return PublicAgenda(
        house_name=masked(house.name) if house else "",
        village=masked(house.village) if house else "",
        first=first,
        last=last,
        rooms=rooms,
        closures=tuple(
            ClosureSpan(c.room_id, c.first_day, c.last_day, masked(c.reason))
            for c in shown.closures
        ),
        sessions=tuple(
            PublicSession(
                date=s.date,
                start_min=s.start_min,
                end_min=s.end_min,
                room_id=s.room_id,
                room_name=names[s.room_id],
                title=public_title(s.activity_name, s.nature),
                cancelled=s.status is BookingStatus.GEANNULEERD,
            )
            for s in sorted(shown.sessions, key=lambda s: (s.date, s.start_min, s.end_min))
        ),
    )
