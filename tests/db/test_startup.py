"""Tests for housedesk.db.startup: a session locks, checks, backs up, opens and restores."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from housedesk.common.outputs import TEMPORARY_MARK
from housedesk.common.paths import backup_dir_for
from housedesk.db import schema, startup
from housedesk.db.backup import manual_backup
from housedesk.db.lock import DatabaseLock, LockedError
from housedesk.db.models import Room
from tests.helpers.databases import corrupt_middle, house_with_old_contacts
from tests.helpers.migrations import scripts_with
from tests.helpers.windows import (
    needs_proc,
    open_at_swap,
    open_files_named,
    simulate_windows_files,
)


@pytest.fixture
def house(isolated_home: Path) -> Path:
    return house_with_old_contacts(isolated_home / "housedesk.sqlite3")


def test_a_session_locks_checks_backs_up_and_opens(house: Path) -> None:
    now = dt.datetime(2026, 11, 25, 9, 0)
    session = startup.start_session(house, now=now)
    try:
        assert session.backup == backup_dir_for(house) / "housedesk-daily-20261125-090000.sqlite3"
        assert session.backup_problem is None
        with session.db.reading() as reading:
            assert reading.get(Room, 1) is not None
        with pytest.raises(LockedError):
            startup.start_session(house, now=now)
    finally:
        session.close()
    again = startup.start_session(house, now=now.replace(hour=15))
    assert again.backup is None  # one automatic copy a day
    again.close()


def test_a_first_start_creates_the_database(isolated_home: Path) -> None:
    session = startup.start_session(isolated_home / "housedesk.sqlite3")
    assert session.backup is None and (isolated_home / "housedesk.sqlite3").is_file()
    session.close()


def test_a_damaged_database_stops_the_start_and_names_the_copy_to_restore(house: Path) -> None:
    session = startup.start_session(house, now=dt.datetime(2026, 11, 24, 9))
    session.close()
    corrupt_middle(house, seed=3)
    with pytest.raises(startup.DamagedError) as damaged:
        startup.start_session(house)
    good = damaged.value.newest_good
    assert good == backup_dir_for(house) / "housedesk-daily-20261124-090000.sqlite3"
    assert damaged.value.reason == "damaged"
    result = startup.restore(good, house)  # the lock was not kept: this may take it
    assert result.previous_damaged
    startup.start_session(house).close()


def test_a_session_restores_under_its_own_lock(house: Path, tmp_path: Path) -> None:
    copy = manual_backup(house, tmp_path)
    session = startup.start_session(house)
    try:
        with session.db.transaction() as writing:
            writing.add(Room(code="R2", name="Kleine zaal", capacity=30))
        result = session.restore(copy)
        assert result.previous_copy is not None
        with session.db.reading() as reading:  # open again, on the restored database
            assert reading.get(Room, 2) is None
        assert session.lock.held
    finally:
        session.close()


def test_the_database_lock_of_the_app_blocks_the_commands_in_process(house: Path) -> None:
    with DatabaseLock(house), pytest.raises(LockedError):
        startup.restore(house, house)


def test_a_start_clears_what_killed_work_left_beside_the_database(house: Path) -> None:
    restoring = house.with_name(house.name + ".restoring")
    restoring.write_bytes(house.read_bytes())  # a restore cut off before its rename
    report = house.with_name(f".verslag.pdf{TEMPORARY_MARK}0123456789ab")
    report.write_bytes(b"%PDF-1.4 cut")
    an_hour_ago = time.time() - 7200
    os.utime(report, (an_hour_ago, an_hour_ago))
    mine = house.with_name("verslag.pdf")
    mine.write_bytes(b"%PDF-1.4 whole")
    session = startup.start_session(house, now=dt.datetime(2026, 11, 24, 9))
    session.close()
    assert not restoring.exists() and not report.exists()
    assert mine.exists() and house.exists()


def test_a_backup_to_a_stick_clears_a_copy_cut_off_there_before(
    house: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    cut = stick / "housedesk-BERGH-20261101-100000.sqlite3.partial"
    cut.write_bytes(b"SQLite format 3\x00 half")
    an_hour_ago = time.time() - 7200
    os.utime(cut, (an_hour_ago, an_hour_ago))
    copy = manual_backup(house, stick)
    assert sorted(p.name for p in stick.iterdir()) == [copy.name]


# --- Windows: nothing is replaced or removed while it is open ------------------------------


@needs_proc
def test_a_session_restores_with_no_file_of_the_database_open_at_the_swap(
    house: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace or remove an open file; so the restore must close all first."""
    copy = manual_backup(house, tmp_path)
    session = startup.start_session(house)
    try:
        with session.db.transaction() as writing:  # the engine, its pool, its -wal and -shm
            writing.add(Room(code="R2", name="Kleine zaal", capacity=30))
        with session.db.plain_reading() as plain:
            plain.execute("SELECT count(*) FROM rooms").fetchall()
        with session.db.reading() as reading:
            reading.get(Room, 1)
        assert any(name.endswith("-wal") for name in open_files_named(house))  # it was open
        rules = simulate_windows_files(monkeypatch)
        swaps = open_at_swap(monkeypatch, house)
        session.restore(copy)
        assert swaps == [[]]
        assert rules.refused == [] and rules.checked > 0
        with session.db.reading() as reading:
            assert reading.get(Room, 2) is None
    finally:
        session.close()


@needs_proc
def test_a_damaged_database_is_restored_with_none_of_its_files_open(
    house: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = manual_backup(house, tmp_path)
    corrupt_middle(house, seed=5)
    rules = simulate_windows_files(monkeypatch)
    swaps = open_at_swap(monkeypatch, house)
    result = startup.restore(copy, house)
    assert result.previous_damaged
    assert swaps == [[]]
    assert rules.refused == []


@needs_proc
def test_an_older_backup_is_restored_and_upgraded_with_nothing_open_that_is_replaced(
    house: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = manual_backup(house, tmp_path)
    scripts = scripts_with(
        tmp_path, 'op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))'
    )
    monkeypatch.setattr(schema, "alembic_script_location", lambda: scripts)
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")  # this app is newer than the copy
    rules = simulate_windows_files(monkeypatch)
    swaps = open_at_swap(monkeypatch, house)
    result = startup.restore(copy, house)
    assert result.upgraded_from is not None
    assert swaps == [[]]
    assert rules.refused == []
