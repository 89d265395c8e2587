"""Tests for a backup copied in steps: progress, stopping it, and one consistent snapshot."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import backup, open_database
from housedesk.db.backup import copy_database, describe_backup, integrity_ok, manual_backup
from tests.helpers.databases import demo_house

TODAY = dt.date(2026, 11, 25)


class Stop(Exception):
    """What a caller raises from its progress callback to stop the work."""


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("house") / "house.sqlite3"
    demo_house(path, seed=2, today=TODAY).close()
    return path


def bookings(path: Path) -> int:
    return describe_backup(path).bookings


def test_progress_counts_the_pages_then_the_check(house: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 16)
    reports: list[tuple[int, int]] = []
    copy = copy_database(house, tmp_path / "copy.sqlite3", progress=lambda *r: reports.append(r))
    pages = [r for r in reports[:-1] if r[1] > 0]
    total = pages[-1][1]
    assert len(pages) > 3 and pages[-1] == (total, total)
    assert [done for done, _total in pages] == sorted(done for done, _total in pages)
    assert reports[-2:] == [(0, 0), (total, total)]  # the check of the copy, then done
    assert integrity_ok(copy) and bookings(copy) == bookings(house)


@pytest.mark.parametrize("stop_in", ["copy", "check", "rename"])
def test_stopping_a_backup_leaves_no_copy(
    house: Path, tmp_path: Path, monkeypatch, stop_in: str
) -> None:
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 16)
    monkeypatch.setattr(backup, "CHECK_STEPS", 1000)
    stick = tmp_path / "usb"
    stick.mkdir()
    phases: list[str] = []

    def progress(done: int, total: int) -> None:
        if total:  # pages: copying, or all copied and checked just before the rename
            phase = "rename" if "check" in phases else "copy"
        else:
            phase = "check" if "copy" in phases else "snapshot"
        phases.append(phase)
        if phase == stop_in and (phase != "copy" or done > total // 2):
            raise Stop

    with pytest.raises(Stop):
        manual_backup(house, stick, progress=progress)
    assert phases[-1] == stop_in
    assert list(stick.iterdir()) == []  # no copy, no .partial


def test_a_copy_in_steps_is_one_snapshot_while_another_connection_writes(
    house: Path, tmp_path: Path, monkeypatch
) -> None:
    live = tmp_path / "live.sqlite3"
    copy_database(house, live)
    with sqlite3.connect(live) as con:
        con.execute("PRAGMA journal_mode = WAL")
    before = bookings(live)
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 8)
    writer = sqlite3.connect(live, isolation_level=None)
    names = [row[1] for row in writer.execute("PRAGMA table_info(bookings)") if row[1] != "id"]
    columns = ", ".join(names)
    writes = 0

    def progress(done: int, total: int) -> None:
        nonlocal writes
        if 0 < done < total and writes < 20:  # between two steps, a volunteer saves
            writer.execute(
                f"INSERT INTO bookings ({columns}) SELECT {columns} FROM bookings"
                " WHERE series_id IS NULL LIMIT 1"
            )
            writes += 1

    try:
        copy = copy_database(live, tmp_path / "copy.sqlite3", progress=progress)
    finally:
        writer.close()
    assert writes > 3
    assert integrity_ok(copy)
    assert bookings(copy) == before  # the database as it was when the copy began
    assert bookings(live) == before + writes


def test_without_progress_the_copy_is_as_before(house: Path, tmp_path: Path) -> None:
    copy = manual_backup(house, tmp_path)
    assert copy.name.startswith(f"housedesk-{installation_code(house)}-")
    assert integrity_ok(copy) and bookings(copy) == bookings(house)


def installation_code(path: Path) -> str:
    db = open_database(path)
    try:
        installed = installation.load(db)
        assert installed is not None and installed.house is not None
        return installed.house.code
    finally:
        db.close()
