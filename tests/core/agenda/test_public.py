"""Tests of the agenda as everyone may read it: the sheets' and the hall board's contents."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from housedesk.common.codes import BookingStatus, UserKind
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import public
from housedesk.db import Database
from tests.helpers.register import a_house_with_a_club, an_activity

DAY = dt.date(2027, 1, 12)  # a Tuesday


@pytest.fixture
def house(house_db: Database) -> Database:
    db = house_db
    hall, small, club = a_house_with_a_club(db)
    bingo = an_activity(db, "Bingo", user_id=club)
    info = an_activity(db, "Inloop (vragen: 06-12345678)", user_id=club)
    party = an_activity(
        db, "Verjaardag Mevrouw Pietersen", user="Mevr. Pietersen", kind=UserKind.PARTICULIER
    )
    agenda.book_session(db, bingo, hall, DAY, "19:00", "22:00")
    agenda.book_session(db, info, small, DAY, "9:30", "11:00")
    agenda.book_session(db, party, small, DAY, "14:00", "17:00")
    koor = agenda.book_session(db, bingo, hall, DAY, "10:00", "12:00")
    agenda.set_status(db, koor.id, BookingStatus.GEANNULEERD, "Jan is ziek", today=DAY)
    rooms.create_closure(db, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2), "Schilderwerk")
    return db


def test_a_day_holds_times_rooms_and_names_and_nothing_personal(house: Database) -> None:
    shown = public.public_agenda(house, DAY, DAY)
    assert (shown.house_name, shown.village) == ("Gemeenschapshuis De Schakel", "Berghem")
    assert [(s.start_min, s.room_name, s.title, s.cancelled) for s in shown.sessions] == [
        (570, "Kleine zaal", "Inloop (vragen: …)", False),
        (600, "Grote zaal", "Bingo", True),
        (840, "Kleine zaal", "Particuliere verhuur", False),
        (1140, "Grote zaal", "Bingo", False),
    ]
    everything = repr(shown)
    for personal in ("Keu", "Contactpersoon", "0412", "example", "06-1234", "ziek", "Pietersen"):
        assert personal not in everything
    # Only these fields: a new one must be thought about before it is shown to everyone.
    assert [f.name for f in dataclasses.fields(public.PublicSession)] == [
        "date",
        "start_min",
        "end_min",
        "room_id",
        "room_name",
        "title",
        "cancelled",
    ]


def test_closures_give_their_reason_per_day(house: Database) -> None:
    shown = public.public_agenda(house, DAY, DAY + dt.timedelta(days=6))
    assert len(shown.days) == 7
    assert shown.closure(DAY) is None
    closed = shown.closure(DAY + dt.timedelta(days=1))
    assert closed is not None and closed.reason == "Schilderwerk"
    assert shown.closure(DAY + dt.timedelta(days=2), shown.rooms[0].id) == closed
    assert [s.title for s in shown.sessions_on(DAY, shown.rooms[0].id)] == ["Bingo", "Bingo"]


def test_masked_leaves_ordinary_text_alone() -> None:
    assert public.masked("Koffie 9.30-11.30 in zaal 2") == "Koffie 9.30-11.30 in zaal 2"
    assert public.masked("Info: a@b.nl of 0412 123456") == "Info: … of …"
