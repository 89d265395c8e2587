"""The house's schedule as an iCalendar (.ics) file, for the whole house or one room.

Series are exported as one event with their RRULE, skipped and cancelled
dates as EXDATE, and a session moved on its own as an override with a
RECURRENCE-ID; one-off sessions are single events. Times are wall-clock times
in Europe/Amsterdam with its VTIMEZONE. The file is meant to be published:
it holds no users and no contact details, and private rentals are shown only
as "Particuliere verhuur". A session that runs past midnight ends on the next
day; set-up and clean-up time are the house's own business and are left out.
Because it is published, the names it does hold (the house's, the rooms', the
activities') are scanned like the export's: an e-mail address or phone number
in one refuses the whole file (``ValidationError`` naming each), and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from housedesk import __version__
from housedesk.common import personal
from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.outputs import write_atomically
from housedesk.common.personal import Outgoing, refuse_personal_data
from housedesk.common.times import HOUSE_ZONE, MINUTES_PER_DAY
from housedesk.db.engine import Database
from housedesk.db.models import Activity, Booking, BookingSeries, House, Room

ZONE = ZoneInfo(HOUSE_ZONE)
PRIVATE = "Particuliere verhuur"


class UnknownRoom(LookupError):
    """No room has the code asked for."""


def _moment(day: dt.date, minutes: int) -> dt.datetime:
    """The wall-clock moment ``minutes`` after the start of ``day``: 24:00 and a session's end
    past midnight (00:30 = 1470) fall on the next day."""
    days, minutes = divmod(minutes, MINUTES_PER_DAY)
    return dt.datetime.combine(
        day + dt.timedelta(days=days), dt.time(minutes // 60, minutes % 60), ZONE
    )


def _title(activity: Activity) -> str:
    return PRIVATE if activity.nature == Nature.PARTICULIER else activity.name


def _rule(text: str) -> vRecur:
    """The stored rule, with a date UNTIL made the UTC end of that day as RFC 5545 requires."""
    recur: vRecur = vRecur.from_ical(text)
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        day = until.date() if isinstance(until, dt.datetime) else until
        end = dt.datetime.combine(day, dt.time(23, 59, 59), ZONE).astimezone(dt.UTC)
        recur["UNTIL"] = [end]
    return recur


def _event(uid: str, summary: str, room: Room, day: dt.date, start: int, end: int) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("location", room.name)
    event.add("dtstart", _moment(day, start))
    event.add("dtend", _moment(day, end))
    event.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    return event


def _code_order(code: str) -> tuple[int, str]:
    return len(code), code  # R2 before R10


def _outgoing(
    house_name: str | None, rooms: dict[str, str], titles: dict[str, str]
) -> list[Outgoing]:
    """The names in the calendar, with how a refusal names each."""
    texts = [] if house_name is None else [Outgoing(personal.HOUSE_NAME, house_name)]
    for code in sorted(rooms, key=_code_order):
        texts.append(Outgoing(personal.ROOM_NAME, rooms[code], {"code": code}))
    for code in sorted(titles, key=_code_order):
        texts.append(Outgoing(personal.ACTIVITY_NAME, titles[code], {"code": code}))
    return texts


def calendar(db: Database, room_code: str | None = None) -> Calendar:
    """The schedule of the house, or of the room with ``room_code`` (``UnknownRoom`` if none).

    Refused with ``ValidationError`` when a name in it holds an e-mail address or phone number.
    """
    with db.reading() as session:
        house = session.get(House, 1)
        room: Room | None = None
        room_filter = None
        if room_code is not None:
            room = session.scalar(select(Room).where(Room.code == room_code.strip().upper()))
            if room is None:
                raise UnknownRoom(room_code)
            room_filter = room.id
        cal = Calendar()
        cal.add("prodid", f"-//housedesk {__version__}//NL")
        cal.add("version", "2.0")
        house_name = house.name if house else None
        name = house_name or "housedesk"
        rooms: dict[str, str] = {}  # code: name, of the rooms named in the file
        titles: dict[str, str] = {}  # code: title, of the activities named in the file
        if room is not None:
            name = f"{name} – {room.name}"
            rooms[room.code] = room.name
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", ZONE.key)

        series_query = select(BookingSeries).options(
            joinedload(BookingSeries.activity),
            joinedload(BookingSeries.room),
            selectinload(BookingSeries.skips),
        )
        if room_filter is not None:
            series_query = series_query.where(BookingSeries.room_id == room_filter)
        series_list = session.scalars(series_query.order_by(BookingSeries.id)).all()
        series_ids = {series.id for series in series_list}
        # Sessions that follow their series are in its RRULE; only the exceptions are loaded.
        bookings_query = (
            select(Booking)
            .options(joinedload(Booking.activity), joinedload(Booking.room))
            .where(
                or_(
                    Booking.series_id.is_(None),
                    Booking.detached,
                    Booking.status == BookingStatus.GEANNULEERD,
                )
            )
        )
        if room_filter is not None:
            # A session of another room's series moved into this room is shown here on its own.
            bookings_query = bookings_query.where(
                (Booking.room_id == room_filter) | Booking.series_id.in_(series_ids)
            )
        members: dict[int, list[Booking]] = {}
        one_offs: list[Booking] = []
        for booking in session.scalars(bookings_query.order_by(Booking.date, Booking.start_min)):
            if booking.series_id in series_ids:
                members.setdefault(booking.series_id, []).append(booking)
            elif booking.series_id is None or booking.detached:
                one_offs.append(booking)

        for series in series_list:
            uid = f"series-{series.id}@housedesk"
            summary = _title(series.activity)
            titles[series.activity.code] = summary
            rooms[series.room.code] = series.room.name
            event = _event(
                uid, summary, series.room, series.first_date, series.start_min, series.end_min
            )
            event.add("rrule", _rule(series.rrule))
            own = members.get(series.id, [])
            left_out = {skip.occurrence_date for skip in series.skips}
            left_out.update(
                b.occurrence_date
                for b in own
                if b.status == BookingStatus.GEANNULEERD and b.occurrence_date is not None
            )
            if left_out:
                event.add("exdate", [_moment(day, series.start_min) for day in sorted(left_out)])
            cal.add_component(event)
            for moved in own:
                if not moved.detached or moved.status == BookingStatus.GEANNULEERD:
                    continue
                assert moved.occurrence_date is not None
                rooms[moved.room.code] = moved.room.name
                override = _event(
                    uid, summary, moved.room, moved.date, moved.start_min, moved.end_min
                )
                override.add("recurrence-id", _moment(moved.occurrence_date, series.start_min))
                cal.add_component(override)
        for booking in one_offs:
            if booking.status == BookingStatus.GEANNULEERD:
                continue
            titles[booking.activity.code] = _title(booking.activity)
            rooms[booking.room.code] = booking.room.name
            cal.add_component(
                _event(
                    f"session-{booking.id}@housedesk",
                    _title(booking.activity),
                    booking.room,
                    booking.date,
                    booking.start_min,
                    booking.end_min,
                )
            )
    refuse_personal_data(_outgoing(house_name, rooms, titles))
    cal.add_missing_timezones()
    return cal


def write_ics(db: Database, target: Path, room_code: str | None = None) -> Path:
    """Write the schedule to ``target`` atomically (``OutputError`` if it could not).

    ``ValidationError`` (nothing written) when a name in it holds personal data.
    """
    data = calendar(db, room_code).to_ical()

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)
        os.chmod(temporary, 0o644)  # a schedule to publish, not a private file

    return write_atomically(target, write)
