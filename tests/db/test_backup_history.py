"""Tests for the municipality's import history in backups: one checked backup of both files,
restored together (housedesk.db.backup, housedesk.db.restore, the backup command)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from housedesk.common.paths import history_path_for
from housedesk.db.backup import (
    BackupError,
    automatic_backup,
    describe_backup,
    history_copy_of,
    integrity_ok,
    list_backups,
    manual_backup,
)
from housedesk.db.restore import RestoreError, restore_backup
from housedesk.db.startup import remove_leftovers_of
from housedesk.exchange.imports import HistoryError, ImportHistory
from tests.helpers.databases import build_house, corrupt_middle
from tests.helpers.processes import run_housedesk

NOW = dt.datetime(2026, 11, 25, 17, 6)


def expected(history: Path) -> list[str]:
    with ImportHistory(history) as kept:
        return [house.code for house in kept.expected_houses()]


@pytest.fixture
def municipality(tmp_path: Path) -> Path:
    """The municipality's database with its import history beside it."""
    db = build_house(tmp_path / "housedesk.sqlite3", sessions=0, code=None)
    with ImportHistory(history_path_for(db)) as history:
        history.set_expected_houses([("BERGH", "De Schakel"), ("HEIDE", "De Heide")])
    return db


def test_the_history_lives_beside_the_database(tmp_path: Path) -> None:
    assert history_path_for(tmp_path / "housedesk.sqlite3") == tmp_path / "gemeente.sqlite3"
    # a database that is itself called gemeente.sqlite3 never shares its file with a history
    own = history_path_for(tmp_path / "gemeente.sqlite3")
    assert own != tmp_path / "gemeente.sqlite3" and own.parent == tmp_path


def test_a_history_is_never_opened_in_a_database(municipality: Path) -> None:
    before = municipality.read_bytes()
    with pytest.raises(HistoryError):
        ImportHistory(municipality)
    assert municipality.read_bytes() == before


def test_a_backup_by_hand_takes_the_history_along_checked(
    municipality: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = manual_backup(municipality, stick, NOW)
    history = history_copy_of(copy)
    assert sorted(p.name for p in stick.iterdir()) == sorted([copy.name, history.name])
    assert copy.name == "housedesk-gemeente-20261125-170600.sqlite3"
    assert integrity_ok(history) and expected(history) == ["BERGH", "HEIDE"]
    summary = describe_backup(copy)
    assert summary.history is not None
    assert (summary.history.expected_houses, summary.history.exports) == (2, 0)
    assert "import history: 0 exports, 0 files read, 2 expected houses" in summary.describe()
    # the history's copy is no backup of its own
    assert [info.path for info in list_backups(stick)] == [copy]


def test_a_house_without_a_history_is_backed_up_as_before(tmp_path: Path) -> None:
    db = build_house(tmp_path / "house.sqlite3", sessions=3)
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = manual_backup(db, stick, NOW)
    assert [p.name for p in stick.iterdir()] == [copy.name]
    assert describe_backup(copy).history is None


def test_the_daily_backup_takes_the_history_and_rotation_removes_them_together(
    municipality: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    copies = []
    for months_ago in range(14, -1, -1):  # one a month: the oldest two are rotated away
        copy = automatic_backup(municipality, backups, NOW - dt.timedelta(days=31 * months_ago))
        assert copy is not None and history_copy_of(copy).is_file()
        copies.append(copy)
    first, latest = copies[0], copies[-1]
    remaining = sorted(p.name for p in backups.iterdir())
    assert first.name not in remaining and history_copy_of(first).name not in remaining
    assert history_copy_of(latest).name in remaining


def test_a_damaged_history_fails_the_backup_and_leaves_nothing(
    municipality: Path, tmp_path: Path
) -> None:
    history = history_path_for(municipality)
    with ImportHistory(history) as kept:  # enough pages to damage one in the middle
        kept.set_expected_houses([(f"H{n:03d}", "x" * 300) for n in range(300)])
    corrupt_middle(history)
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(BackupError) as failed:
        manual_backup(municipality, stick, NOW)
    assert "gemeente.sqlite3" in failed.value.describe()
    assert list(stick.iterdir()) == []


def test_backup_and_restore_bring_the_history_back(municipality: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = manual_backup(municipality, stick, NOW)
    history = history_path_for(municipality)
    with ImportHistory(history) as kept:  # work done after the backup
        kept.set_expected_houses([("ZANDV", "Zandvliet")])
    result = restore_backup(copy, municipality, tmp_path / "backups", now=NOW)
    assert result.history_restored == history
    assert expected(history) == ["BERGH", "HEIDE"]
    # the history as it was just before is kept with the database's copy
    assert result.previous_copy is not None
    assert expected(history_copy_of(result.previous_copy)) == ["ZANDV"]
    assert not list(tmp_path.glob("*.restoring"))


def test_a_backup_without_a_history_leaves_the_current_one(
    municipality: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = manual_backup(municipality, stick, NOW)
    history_copy_of(copy).unlink()  # a backup from before histories were backed up
    result = restore_backup(copy, municipality, tmp_path / "backups", now=NOW)
    assert result.history_restored is None
    assert expected(history_path_for(municipality)) == ["BERGH", "HEIDE"]


def test_a_backup_with_a_damaged_history_is_not_restored(
    municipality: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    with ImportHistory(history_path_for(municipality)) as kept:
        kept.set_expected_houses([(f"H{n:03d}", "x" * 300) for n in range(300)])
    copy = manual_backup(municipality, stick, NOW)
    corrupt_middle(history_copy_of(copy))
    before = history_path_for(municipality).read_bytes()
    with pytest.raises(RestoreError) as refused:
        restore_backup(copy, municipality, tmp_path / "backups", now=NOW)
    assert refused.value.reason == RestoreError.DAMAGED
    assert history_path_for(municipality).read_bytes() == before


def test_a_restore_cut_off_leaves_no_history_copy_behind(municipality: Path) -> None:
    history = history_path_for(municipality)
    leftover = history.with_name(history.name + ".restoring")
    sqlite3.connect(leftover).close()
    assert leftover in remove_leftovers_of(municipality)
    assert not leftover.exists()


def test_the_backup_and_restore_commands_name_the_history(
    municipality: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    made = run_housedesk("backup", "--db", str(municipality), "-o", str(stick))
    assert made.returncode == 0, made.stderr
    copy, history = (Path(line) for line in made.stdout.splitlines())
    assert history == history_copy_of(copy) and history.is_file()
    with ImportHistory(history_path_for(municipality)) as kept:
        kept.set_expected_houses([("ZANDV", "Zandvliet")])
    put_back = run_housedesk("restore", str(copy), "--db", str(municipality))
    assert put_back.returncode == 0, put_back.stderr
    assert "import history" in put_back.stdout
    assert expected(history_path_for(municipality)) == ["BERGH", "HEIDE"]
