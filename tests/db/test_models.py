"""Tests for housedesk.db.models and engine: the database itself refuses impossible data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from housedesk.common.codes import BookingStatus, TargetGroup
from housedesk.db import Database
from housedesk.db.models import Booking, House, Room, User
from tests.helpers.rows import add_club_activity, add_room


def a_room_and_activity(db: Database) -> tuple[int, int]:
    """A room and an activity; their ids."""
    room = add_room(db, "R1", "Grote zaal", 80, created_at=None)
    activity = add_club_activity(
        db, "Koorrepetitie", "Zangkoor Berghem", groups=(TargetGroup.VOLWASSENEN,)
    )
    return room, activity


def booking(room_id: int, activity_id: int, **values: object) -> Booking:
    fields: dict[str, object] = {
        "room_id": room_id,
        "activity_id": activity_id,
        "date": dt.date(2026, 3, 3),
        "start_min": 9 * 60,
        "end_min": 11 * 60 + 30,
    }
    fields.update(values)
    return Booking(**fields)


def test_every_connection_has_the_durable_settings(db: Database) -> None:
    with db.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_a_held_session_stores_its_tally(db: Database) -> None:
    room_id, activity_id = a_room_and_activity(db)
    with db.transaction() as s:
        s.add(booking(room_id, activity_id, status=BookingStatus.GEHOUDEN, visitors=23))
    with db.reading() as s:
        row = s.execute(text("SELECT status, visitors, volunteers FROM bookings")).one()
    assert tuple(row) == ("gehouden", 23, None)


@pytest.mark.parametrize(
    "values",
    [
        {"status": BookingStatus.GEPLAND, "visitors": 4},  # a count needs a held session
        {"status": BookingStatus.GEANNULEERD, "volunteers": 2},
        {"status": BookingStatus.GEHOUDEN, "visitors": -1},
        {"start_min": 600, "end_min": 600},  # ends after it starts
        {"start_min": 1380, "end_min": 1700},  # ends after 04:00 the next morning
        {"start_min": 1440, "end_min": 1500},  # starts on the next day
        {"setup_min": -5},
        {"teardown_min": 600},  # longer than four hours
        {"series_id": None, "occurrence_date": dt.date(2026, 3, 3)},
    ],
    ids=[
        "count-on-planned",
        "count-on-cancelled",
        "negative",
        "empty",
        "past-04:00",
        "next-day",
        "setup-negative",
        "teardown-too-long",
        "orphan",
    ],
)
def test_impossible_sessions_are_refused(db: Database, values: dict[str, object]) -> None:
    room_id, activity_id = a_room_and_activity(db)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(booking(room_id, activity_id, **values))
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM bookings")).scalar() == 0


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(booking(999, 999))


def test_a_room_with_sessions_cannot_be_deleted(db: Database) -> None:
    room_id, activity_id = a_room_and_activity(db)
    with db.transaction() as s:
        s.add(booking(room_id, activity_id))
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(text("DELETE FROM rooms WHERE id = :id"), {"id": room_id})


def test_room_names_are_unique_regardless_of_case(db: Database) -> None:
    a_room_and_activity(db)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Room(code="R2", name="GROTE ZAAL", capacity=10))


def test_unknown_codes_are_refused_by_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO users (name, kind, origin, fixed_tenant, created_at) "
                "VALUES ('X', 'bedrijf', 'eigen_kern', 0, '2026-01-01')"
            )
        )


def test_unknown_codes_are_refused_before_the_database(db: Database) -> None:
    with pytest.raises(StatementError), db.transaction() as s:
        s.add(User(name="X", kind="bedrijf"))


@pytest.mark.parametrize("code", ["B", "berg", "HUIS_1", "ABCDEFGHIJKLM"])
def test_house_codes_follow_the_exchange_format(db: Database, code: str) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(House(code=code, name="Huis", village="Kern"))


def test_there_is_only_one_house(db: Database) -> None:
    with db.transaction() as s:
        s.add(House(code="BERGH", name="De Schakel", village="Berghem"))
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(House(id=2, code="OSS-1", name="Ander huis", village="Oss"))


def test_a_failed_transaction_changes_nothing(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Room(code="R1", name="Zaal", capacity=10))
        s.flush()
        s.add(Room(code="R1", name="Andere zaal", capacity=10))
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM rooms")).scalar() == 0
