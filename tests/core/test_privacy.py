"""Tests for housedesk.core.privacy: old contact details are found, and removed without a trace."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import event

from housedesk.common.codes import UserKind
from housedesk.core.privacy import PurgeCandidate, contacts_to_purge, purge_contacts, years_before
from housedesk.db import Database, open_database
from housedesk.db.models import User

TODAY = dt.date(2026, 11, 25)
SECRET_EMAIL = b"jantje.zwart-7f3a9c@voorbeeld-vereniging.invalid"
SECRET_NAME = b"Jantje Zwart-Verboomen"
SECRET_NOTE = b"sleutel ligt onder de mat bij Zwart"


def at(years_ago: float) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(12)) - dt.timedelta(days=round(365.25 * years_ago))


def add_user(db: Database, name: str, archived: dt.datetime | None, **contact: str) -> int:
    with db.transaction() as session:
        user = User(name=name, kind=UserKind.VERENIGING, archived_at=archived, **contact)
        session.add(user)
        session.flush()
        return user.id


def test_only_users_archived_long_enough_ago_with_details_are_candidates(db: Database) -> None:
    old = add_user(db, "Biljartclub", at(6), contact_email="biljart@example.invalid")
    notes_only = add_user(db, "Kaartclub", at(5.1), notes="belt altijd op dinsdag")
    add_user(db, "Zonder gegevens", at(8))
    add_user(db, "Recent gestopt", at(2), contact_phone="0412-123456")
    add_user(db, "Nog actief", None, contact_name="Piet")
    assert contacts_to_purge(db, 5, today=TODAY) == [
        PurgeCandidate(old, "Biljartclub", at(6), ("contact_email",)),
        PurgeCandidate(notes_only, "Kaartclub", at(5.1), ("notes",)),
    ]
    assert [c.name for c in contacts_to_purge(db, 7, today=TODAY)] == []


def test_years_before_handles_a_leap_day() -> None:
    assert years_before(dt.date(2028, 2, 29), 5) == dt.date(2023, 2, 28)
    assert years_before(TODAY, 5) == dt.date(2021, 11, 25)


def database_bytes(path: Path) -> bytes:
    """The database file and every log or journal beside it."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def open_without_secure_delete(path: Path) -> Database:
    """Open ``path`` as on SQLite builds whose default is ``secure_delete = OFF``.

    Debian's SQLite zeroes deleted content by default, other builds do not; the
    purge must not depend on it.
    """
    db = open_database(path)

    @event.listens_for(db.engine, "connect")
    def _default_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF").close()

    return db


def test_purged_details_are_nowhere_in_the_file_or_its_log(tmp_path: Path) -> None:
    path = tmp_path / "house.sqlite3"
    open_database(path).close()
    db = open_without_secure_delete(path)
    gone = add_user(
        db,
        "Jeu de boules De Zwarte Kat",
        at(6),
        contact_name=SECRET_NAME.decode(),
        contact_email=SECRET_EMAIL.decode(),
        notes=SECRET_NOTE.decode(),
    )
    active = add_user(db, "Koor", None, contact_email="koor@example.invalid")
    db.close()  # the details are now in the database file itself ...
    assert SECRET_EMAIL in path.read_bytes()
    db = open_without_secure_delete(path)
    with db.transaction() as session:  # ... and, in a page image, in the log as well
        session.get(User, gone).contact_phone = "0412-654321"  # type: ignore[union-attr]
    assert SECRET_EMAIL in path.with_name(path.name + "-wal").read_bytes()

    assert purge_contacts(db, [gone, active]) == 1  # the active user is left alone
    with db.reading() as session:
        purged = session.get(User, gone)
        kept = session.get(User, active)
        assert purged is not None and kept is not None
        assert (purged.contact_name, purged.contact_phone, purged.contact_email, purged.notes) == (
            None,
            None,
            None,
            None,
        )
        assert purged.name == "Jeu de boules De Zwarte Kat"
        assert kept.contact_email == "koor@example.invalid"
    # Even while the database is still open: nothing left in the file or its log.
    for secret in (SECRET_EMAIL, SECRET_NAME, SECRET_NOTE):
        assert secret not in database_bytes(path)
    db.close()
    for secret in (SECRET_EMAIL, SECRET_NAME, SECRET_NOTE):
        assert secret not in database_bytes(path)
    assert b"koor@example.invalid" in database_bytes(path)
    db = open_database(path)
    assert contacts_to_purge(db, 5, today=TODAY) == []
    db.close()


def test_purging_nobody_changes_nothing(db: Database) -> None:
    assert purge_contacts(db, []) == 0
