"""Whole database files for the tests: houses on disk, demo houses, and damage to them.

For the tests of backups, restores, checks and the commands, which work on a file
rather than on an open ``Database``; and the demo house, which a test that reads
many realistic rows builds once per module.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from housedesk.common.codes import Accessibility, ActivityType, Nature, SignalKind, UserKind
from housedesk.core import installation
from housedesk.core.demo.builder import generate_demo
from housedesk.db import Database, open_database
from housedesk.db.backup import integrity_ok
from housedesk.db.models import Activity, Booking, Room, Signal, User
from tests.helpers.rows import add_activity, add_room, add_session

#: The date of a built house's first session; one a day follows.
FIRST_SESSION = dt.date(2024, 1, 1)
#: The day the demo houses are built on, unless a test says otherwise.
DEMO_TODAY = dt.date(2026, 11, 25)


def build_house(
    path: Path, sessions: int = 1000, code: str | None = "BERGH", signals: int = 2
) -> Path:
    """A house ``code`` (``None``: the municipality's database) with one room, user and
    activity, ``sessions`` planned sessions one a day from ``FIRST_SESSION``, and
    ``signals`` signals. Returns ``path``, closed."""
    db = open_database(path)
    if code:
        installation.set_up_house(db, code, "Gemeenschapshuis De Schakel", "Berghem")
    else:
        installation.set_up_municipality(db)
    with db.transaction() as session:
        room = Room(code="R1", name="Grote zaal", capacity=120)
        user = User(name="Koffieclub", kind=UserKind.INWONERSINITIATIEF)
        activity = Activity(
            code="A1",
            user=user,
            name="Koffieochtend",
            type=ActivityType.ONTMOETING,
            nature=Nature.MAATSCHAPPELIJK,
            accessibility=Accessibility.VRIJE_INLOOP,
        )
        session.add_all([room, user, activity])
        session.flush()
        session.add_all(
            Booking(
                activity_id=activity.id,
                room_id=room.id,
                date=FIRST_SESSION + dt.timedelta(days=i),
                start_min=570,
                end_min=690,
            )
            for i in range(sessions)
        )
        session.add_all(
            Signal(date=FIRST_SESSION, kind=SignalKind.WENS, theme=f"thema {i}")
            for i in range(signals)
        )
    db.close()
    return path


def a_summer_morning(path: Path) -> Database:
    """A new house BERGH (De Schakel, Berghem) at ``path`` with the Grote zaal (R1), a
    coffee morning (A1) and one session of it, on 4 August 2026 from 9:30 to 11:30 with 9
    visitors: what the export command is tried on. Open."""
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    hall = add_room(db, "R1", "Grote zaal")
    coffee = add_activity(db, "A1", "Koffie", groups=())
    add_session(db, coffee, hall, dt.date(2026, 8, 4), 570, 690, visitors=9)
    return db


def house_with_old_contacts(path: Path) -> Path:
    """The house BERGH with a room and two clubs with contact details, one of them archived
    seven years ago (what ``purge-contacts`` is for). Returns ``path``, closed."""
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "Gemeenschapshuis De Schakel", "Berghem")
    archived = dt.datetime.now() - dt.timedelta(days=7 * 366)
    with db.transaction() as session:
        session.add(Room(code="R1", name="Grote zaal", capacity=120))
        session.add(
            User(
                name="Biljartclub De Keu",
                kind=UserKind.VERENIGING,
                contact_email="keu@example.invalid",
                contact_phone="0412-000000",
                archived_at=archived,
            )
        )
        session.add(User(name="Koor", kind=UserKind.VERENIGING, contact_email="k@example.invalid"))
    db.close()
    return path


def demo_house(
    path: Path, *, years: int = 1, seed: int = 1, today: dt.date = DEMO_TODAY
) -> Database:
    """A new database at ``path`` holding the demo house of ``years`` up to ``today``; open."""
    db = open_database(path)
    generate_demo(db, years=years, seed=seed, today=today)
    return db


def kept_open(db: Database) -> Iterator[Database]:
    """For a fixture: ``yield from kept_open(db)`` hands ``db`` out and closes it once the
    tests that used it are done."""
    try:
        yield db
    finally:
        db.close()


def room_names(path: Path) -> set[str]:
    """The names of the rooms in the database file, read with plain sqlite3."""
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT name FROM rooms")}
    finally:
        con.close()


def corrupt_middle(path: Path, seed: int = 7) -> None:
    """Overwrite one page in the middle of the file with noise, as a bad sector would."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // 2 // page * page
    rng = random.Random(seed)
    data[middle : middle + page] = bytes(rng.randrange(256) for _ in range(page))
    path.write_bytes(bytes(data))
    assert not integrity_ok(path)  # the test needs a copy that really is damaged


@contextlib.contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """``folder`` seen through a read-only bind mount, as on a CD or a locked stick.

    Root ignores file permissions, so a read-only folder can only be made with a
    read-only mount; the test is skipped where mounting is not allowed.
    """
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if mounted.returncode != 0:
        view.rmdir()
        pytest.skip("a read-only mount cannot be made here")
    try:
        remount = ["mount", "-o", "remount,bind,ro", str(view)]
        if subprocess.run(remount, capture_output=True).returncode != 0:
            pytest.skip("a read-only mount cannot be made here")
        yield view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)
        view.rmdir()
