"""Tests for housedesk.db.backup and housedesk.db.health: copies, rotation, restore, checks."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import HEAD_REVISION, open_database, schema
from housedesk.db.backup import (
    BackupError,
    BackupKind,
    automatic_backup,
    copy_database,
    describe_backup,
    integrity_ok,
    list_backups,
    manual_backup,
    rotate,
    timestamped_name,
)
from housedesk.db.health import full_check, house_of, newest_good_backup, quick_check
from housedesk.db.models import Room
from housedesk.db.restore import RestoreError, restore_backup
from tests.helpers.databases import FIRST_SESSION, build_house, corrupt_middle, room_names
from tests.helpers.migrations import scripts_with
from tests.helpers.processes import kill_hard
from tests.helpers.windows import WindowsFileRules, needs_proc


def add_room(path: Path, name: str) -> None:
    db = open_database(path)
    with db.transaction() as session:
        session.add(Room(code=f"R{name}", name=name, capacity=10))
    db.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- copies --------------------------------------------------------------------------------

WRITER = """
import sqlite3, sys
from housedesk.db.engine import configure_connection

con = sqlite3.connect(sys.argv[1], isolation_level=None)
configure_connection(con)  # WAL, synchronous=FULL: as the app writes
print("ready", flush=True)
number = 0
while True:
    number += 1
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "INSERT INTO signals (id, date, kind, theme, text, status, shareable, created_at) "
        "VALUES (?, '2026-11-25', 'idee', 'speeltuin', ?, 'nieuw', 0, '2026-11-25 10:00:00')",
        (number, "x" * 400),
    )
    con.execute("COMMIT")
"""


def test_a_backup_taken_while_another_process_writes_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "house.sqlite3"
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    db.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    counts: list[int] = []
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        for number in range(6):
            if number % 2:
                copy = manual_backup(path, tmp_path, now=dt.datetime(2026, 11, 25, 10, 0, number))
            else:
                copy = copy_database(path, tmp_path / "copies" / f"copy{number}.sqlite3")
            assert integrity_ok(copy)
            con = sqlite3.connect(copy)
            try:
                ids = [row[0] for row in con.execute("SELECT id FROM signals ORDER BY id")]
                assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
            finally:
                con.close()
            # Every commit is one row with the next id: a consistent copy holds 1..N.
            assert ids == list(range(1, len(ids) + 1))
            counts.append(len(ids))
            time.sleep(0.05)
    finally:
        kill_hard(writer)
    con = sqlite3.connect(path)
    final = con.execute("SELECT count(*) FROM signals").fetchone()[0]
    con.close()
    assert counts == sorted(counts) and counts[0] > 0
    assert final > counts[-1] > counts[0]  # the writer kept writing while we copied


def test_a_copy_is_verified_and_never_left_half_written(tmp_path: Path) -> None:
    damaged = corrupt_or_copy(build_house(tmp_path / "house.sqlite3"), tmp_path / "bad.sqlite3")
    target = tmp_path / "out" / "copy.sqlite3"
    with pytest.raises(BackupError) as failed:
        copy_database(damaged, target)
    assert failed.value.reason == BackupError.DAMAGED
    assert sorted(p.name for p in target.parent.iterdir()) == []  # no copy, no .partial
    text = tmp_path / "brief.sqlite3"
    text.write_text("Beste bestuur,\n" * 200)
    with pytest.raises(BackupError) as failed:
        copy_database(text, target)
    assert failed.value.reason == BackupError.NOT_DATABASE
    with pytest.raises(BackupError) as failed:
        copy_database(tmp_path / "nothing.sqlite3", target)
    assert failed.value.reason == BackupError.MISSING_SOURCE
    assert failed.value.describe() == f"{tmp_path / 'nothing.sqlite3'} does not exist"


def corrupt_or_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    corrupt_middle(target)
    return target


def test_automatic_backup_at_most_once_a_day(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=10)
    backups = tmp_path / "backups"
    morning = dt.datetime(2026, 3, 31, 9, 0)
    first = automatic_backup(path, backups, now=morning)
    assert first == backups / "house-daily-20260331-090000.sqlite3"
    assert integrity_ok(first)
    assert automatic_backup(path, backups, now=morning.replace(hour=17)) is None
    next_day = automatic_backup(path, backups, now=morning + dt.timedelta(days=1))
    assert next_day == backups / "house-daily-20260401-090000.sqlite3"
    assert [b.path for b in list_backups(backups)] == [next_day, first]
    assert automatic_backup(tmp_path / "new.sqlite3", backups) is None  # nothing to copy yet


def test_a_damaged_database_is_not_backed_up_and_rotates_nothing_away(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3")
    backups = tmp_path / "backups"
    for day in range(1, 11):
        automatic_backup(path, backups, now=dt.datetime(2026, 3, day, 9, 0))
    before = files_in(backups)
    assert len(before) == 7 + 1  # 7 days and the newest of an older week (Mar 1, a Sunday)
    corrupt_middle(path)
    with pytest.raises(BackupError) as failed:
        automatic_backup(path, backups, now=dt.datetime(2026, 4, 20, 9, 0))
    assert failed.value.reason == BackupError.DAMAGED
    assert files_in(backups) == before


def test_rotation_keeps_exactly_the_documented_set(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    house = Path("house.sqlite3")

    def make(name: str) -> Path:
        (backups / name).write_bytes(b"copy")
        return backups / name

    def daily(when: dt.datetime, db: Path = house) -> Path:
        return make(timestamped_name(db, "daily", when))

    day = dt.date(2025, 1, 1)
    while day <= dt.date(2026, 3, 31):
        daily(dt.datetime.combine(day, dt.time(9)))
        day += dt.timedelta(days=1)
    daily(dt.datetime(2026, 3, 30, 18))
    daily(dt.datetime(2026, 3, 31, 18))
    future = daily(dt.datetime(2026, 6, 1, 9))  # a clock that was wrong: kept, not counted
    others = [
        daily(dt.datetime(y, m, 1, 9), Path("other.sqlite3"))
        for y, m in ((2019, 5), (2023, 7), (2026, 3))
    ]
    upgrades = [
        make(timestamped_name(house, "pre-upgrade-0001", dt.datetime(2026, 1, d, 8)))
        for d in range(1, 8)
    ]
    restores = [
        make(timestamped_name(house, "pre-restore", dt.datetime(2026, 2, d, 8)))
        for d in range(1, 7)
    ]
    damaged = [
        make(timestamped_name(house, "damaged", dt.datetime(2026, 2, d, 8))) for d in range(1, 7)
    ]
    for copy in damaged:
        make(copy.name + "-wal")
    manual = [
        make("housedesk-BERGH-20200101-120000.sqlite3"),
        make("housedesk-gemeente-20190101-120000.sqlite3"),
    ]
    strangers = [make("notes.txt"), make("house-daily-yesterday.sqlite3")]
    stale, fresh = make("a.sqlite3.partial"), make("b.sqlite3.partial")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))

    assert dt.date(2026, 3, 31).isoweekday() == 2  # a Tuesday: its ISO week began Monday the 30th
    kept_daily = {
        # the newest copy of each of the 7 most recent days with a copy
        dt.datetime(2026, 3, 31, 18), dt.datetime(2026, 3, 30, 18), dt.datetime(2026, 3, 29, 9),
        dt.datetime(2026, 3, 28, 9), dt.datetime(2026, 3, 27, 9), dt.datetime(2026, 3, 26, 9),
        dt.datetime(2026, 3, 25, 9),
        # the newest of each of the 4 most recent ISO weeks (two are already kept above)
        dt.datetime(2026, 3, 22, 9), dt.datetime(2026, 3, 15, 9),
        # the newest of each of the 12 most recent months (March is already kept above)
        dt.datetime(2026, 2, 28, 9), dt.datetime(2026, 1, 31, 9), dt.datetime(2025, 12, 31, 9),
        dt.datetime(2025, 11, 30, 9), dt.datetime(2025, 10, 31, 9), dt.datetime(2025, 9, 30, 9),
        dt.datetime(2025, 8, 31, 9), dt.datetime(2025, 7, 31, 9), dt.datetime(2025, 6, 30, 9),
        dt.datetime(2025, 5, 31, 9), dt.datetime(2025, 4, 30, 9),
    }  # fmt: skip
    assert len(kept_daily) == 20
    expected = (
        {backups / timestamped_name(house, "daily", when) for when in kept_daily}
        | {future, *others, *upgrades[2:], *restores[1:], *damaged[1:], *manual, *strangers, fresh}
        | {backups / (copy.name + "-wal") for copy in damaged[1:]}
    )
    everything = set(backups.iterdir())

    removed = rotate(backups, now=dt.datetime(2026, 3, 31, 20))

    assert set(backups.iterdir()) == expected
    assert set(removed) == {p for p in everything - expected if p.suffix == ".sqlite3"}
    assert rotate(backups, now=dt.datetime(2026, 3, 31, 20)) == []  # stable


def test_a_manual_backup_is_named_after_the_house(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=5)
    stick = tmp_path / "USB"
    stick.mkdir()
    when = dt.datetime(2026, 11, 25, 17, 6, 0)
    first = manual_backup(path, stick, now=when)
    second = manual_backup(path, stick, now=when)
    assert first.name == "housedesk-BERGH-20261125-170600.sqlite3"
    assert second.name == "housedesk-BERGH-20261125-170600-2.sqlite3"
    assert [b.path for b in list_backups(stick)] == [second, first]
    assert all(b.kind is BackupKind.MANUAL and b.house_code == "BERGH" for b in list_backups(stick))
    municipality = build_house(tmp_path / "gemeente.sqlite3", sessions=0, code=None)
    assert manual_backup(municipality, stick, now=when).name == (
        "housedesk-gemeente-20261125-170600.sqlite3"
    )
    with pytest.raises(BackupError) as failed:
        manual_backup(path, tmp_path / "unplugged")
    assert failed.value.reason == BackupError.MISSING_FOLDER
    assert not (tmp_path / "unplugged").exists()


def test_list_backups_tells_the_kinds_apart_newest_first(tmp_path: Path) -> None:
    names = [
        "house-daily-20260301-090000.sqlite3",
        "house-pre-upgrade-0001-20260302-090000.sqlite3",
        "house-pre-restore-20260303-090000.sqlite3",
        "housedesk-BERGH-20260304-090000.sqlite3",
        "house-damaged-20260305-090000.sqlite3",
        "readme.txt",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"12345")
    found = list_backups(tmp_path)
    assert [(b.path.name, b.kind, b.size) for b in found] == [
        (names[4], BackupKind.DAMAGED, 5),
        (names[3], BackupKind.MANUAL, 5),
        (names[2], BackupKind.PRE_RESTORE, 5),
        (names[1], BackupKind.PRE_UPGRADE, 5),
        (names[0], BackupKind.DAILY, 5),
    ]
    assert found[3].revision == "0001" and found[0].database == "house"
    assert found[4].taken_at == dt.datetime(2026, 3, 1, 9, 0)
    assert list_backups(tmp_path / "missing") == []


def test_describe_backup_says_what_a_copy_holds(tmp_path: Path) -> None:
    copy = manual_backup(build_house(tmp_path / "house.sqlite3"), tmp_path)
    summary = describe_backup(copy)
    assert (summary.revision, summary.house_code, summary.house_name) == (
        HEAD_REVISION,
        "BERGH",
        "Gemeenschapshuis De Schakel",
    )
    assert (summary.rooms, summary.users, summary.activities, summary.bookings) == (1, 1, 1, 1000)
    assert summary.signals == 2
    assert summary.newest_booking == FIRST_SESSION + dt.timedelta(days=999)
    assert summary.integrity_ok
    assert summary.describe() == (
        f"schema {HEAD_REVISION}, house BERGH, 1 room, 1 user, 1 activity, "
        "1000 sessions (newest 2026-09-26), 2 signals"
    )


# --- restore -------------------------------------------------------------------------------


def test_a_damaged_copy_is_refused_and_the_database_left_byte_for_byte(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3")
    candidate = corrupt_or_copy(path, tmp_path / "bad-copy.sqlite3")
    add_room(path, "Kleine zaal")
    before = files_in(tmp_path)
    with pytest.raises(RestoreError) as refused:
        restore_backup(candidate, path, tmp_path / "backups")
    assert refused.value.reason == RestoreError.DAMAGED
    assert "is damaged and cannot be restored" in refused.value.describe()
    assert files_in(tmp_path) == before  # the database, byte for byte; nothing beside it
    assert not (tmp_path / "backups").exists()  # not even a pre-restore copy


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("text", RestoreError.NOT_DATABASE),
        ("foreign", RestoreError.FOREIGN),
        ("newer", RestoreError.NEWER),
        ("empty", RestoreError.EMPTY),
        ("missing", RestoreError.MISSING),
        ("itself", RestoreError.SAME_FILE),
    ],
)
def test_copies_housedesk_cannot_use_are_refused(tmp_path: Path, kind: str, reason: str) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=10)
    candidate = tmp_path / "candidate.sqlite3"
    if kind == "text":
        candidate.write_text("boodschappen: koffie, melk\n" * 100)
    elif kind in ("foreign", "empty", "newer"):
        if kind == "newer":
            shutil.copyfile(path, candidate)
        con = sqlite3.connect(candidate)
        con.execute(
            {
                "foreign": "CREATE TABLE recipes (id INTEGER PRIMARY KEY)",
                "empty": "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                "newer": "UPDATE alembic_version SET version_num = 'f00d'",
            }[kind]
        )
        con.commit()
        con.close()
    elif kind == "itself":
        candidate = path
    before = path.read_bytes()
    with pytest.raises(RestoreError) as refused:
        restore_backup(candidate, path, tmp_path / "backups")
    assert refused.value.reason == reason
    assert len(refused.value.describe().splitlines()) == 1
    assert path.read_bytes() == before


def newer_scripts(tmp_path: Path) -> Path:
    """The app's Alembic scripts plus a revision 9999, as a later housedesk would ship them."""
    return scripts_with(
        tmp_path,
        'op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))',
        'op.drop_table("probe")',
    )


def test_an_older_copy_is_restored_and_brought_up_to_the_current_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_house(tmp_path / "house.sqlite3")
    old_copy = manual_backup(path, tmp_path)
    add_room(path, "Kleine zaal")  # made after the copy: gone after the restore
    # This app is a later version: its head is 9999, the copy's schema is the current one.
    scripts = newer_scripts(tmp_path)
    monkeypatch.setattr(schema, "alembic_script_location", lambda: scripts)
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")
    backups = tmp_path / "backups"
    now = dt.datetime(2026, 11, 25, 17, 6)

    result = restore_backup(old_copy, path, backups, now=now)

    assert sorted(p.name for p in tmp_path.glob("house.sqlite3*")) == ["house.sqlite3"]
    assert result.upgraded_from == HEAD_REVISION
    assert schema.inspect_file(path).revision == "9999"
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM probe").fetchone() == (0,)  # the upgrade ran
    con.close()
    assert room_names(path) == {"Grote zaal"}
    assert full_check(path).ok
    # What was there before is kept, with the room made after the copy.
    assert result.previous_copy == backups / "house-pre-restore-20261125-170600.sqlite3"
    assert not result.previous_damaged
    assert room_names(result.previous_copy) == {"Grote zaal", "Kleine zaal"}
    kinds = {b.kind for b in list_backups(backups)}
    assert kinds == {BackupKind.PRE_RESTORE, BackupKind.PRE_UPGRADE}


KILLED_AFTER_COMMIT = """
import os, signal, sys
from pathlib import Path
from housedesk.db import open_database
from housedesk.db.models import Room
db = open_database(Path(sys.argv[1]))
with db.transaction() as session:
    session.add(Room(code="R9", name="Saved just before the crash", capacity=5))
# The app dies with the commit only in its -wal: SIGKILL; on Windows, which has none,
# os.kill with SIGTERM is TerminateProcess, as abrupt.
os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
"""


def test_a_log_left_by_a_crashed_app_is_kept_and_not_replayed(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=10)
    copy = manual_backup(path, tmp_path)
    subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(path)], check=False)
    assert path.with_name("house.sqlite3-wal").stat().st_size > 0

    result = restore_backup(copy, path, tmp_path / "backups")

    assert room_names(path) == {"Grote zaal"}  # the old log did not leak into the copy
    assert full_check(path).ok
    assert result.previous_copy is not None
    assert "Saved just before the crash" in room_names(result.previous_copy)


def test_a_damaged_database_is_replaced_and_kept_as_it_was(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3")
    good = manual_backup(path, tmp_path)
    corrupt_middle(path)
    damaged_bytes = path.read_bytes()
    assert not quick_check(path).ok

    result = restore_backup(good, path, tmp_path / "backups")

    assert result.previous_damaged
    assert result.previous_copy is not None and result.previous_copy.read_bytes() == damaged_bytes
    assert [b.kind for b in list_backups(tmp_path / "backups")] == [BackupKind.DAMAGED]
    assert quick_check(path).ok and full_check(path).ok


def test_a_restore_is_refused_while_the_database_is_still_open(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=10)
    copy = manual_backup(path, tmp_path)
    db = open_database(path)
    with db.reading() as session:
        session.get(Room, 1)  # the engine now holds an open connection
    with pytest.raises(RestoreError) as refused:
        restore_backup(copy, path, tmp_path / "backups")
    assert refused.value.reason == RestoreError.IN_USE
    assert not (tmp_path / "backups").exists()
    assert not path.with_name("house.sqlite3.restoring").exists()
    db.close()
    restore_backup(copy, path, tmp_path / "backups")


def test_a_copy_is_restored_on_a_new_pc(tmp_path: Path) -> None:
    copy = manual_backup(build_house(tmp_path / "old-pc.sqlite3", sessions=10), tmp_path)
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    result = restore_backup(copy, new_pc / "housedesk.sqlite3")
    assert result.previous_copy is None
    assert describe_backup(new_pc / "housedesk.sqlite3").house_code == "BERGH"


# --- checks --------------------------------------------------------------------------------


def test_checks_of_healthy_damaged_missing_and_foreign_files(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3")
    assert quick_check(path).ok and full_check(path).ok
    assert quick_check(path).describe() == "healthy"
    missing = quick_check(tmp_path / "first-start.sqlite3")
    assert missing.ok and not missing.exists
    text = tmp_path / "brief.sqlite3"
    text.write_text("Beste bestuur,\n" * 200)
    assert quick_check(text).messages == ("the file is not a database",)
    corrupt_middle(path)
    damaged = quick_check(path)
    assert not damaged.ok and damaged.messages
    assert not full_check(path).ok


def test_a_broken_reference_is_found_by_the_full_check_only(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=1)
    con = sqlite3.connect(path)  # foreign keys are off on a plain connection
    con.execute("UPDATE bookings SET room_id = 99")
    con.commit()
    con.close()
    assert quick_check(path).ok
    result = full_check(path)
    assert not result.ok
    assert result.messages == ("bookings row 1 refers to a missing row of rooms",)


def test_the_newest_good_backup_skips_damaged_copies(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=300)
    backups = tmp_path / "backups"
    good = automatic_backup(path, backups, now=dt.datetime(2026, 3, 1, 9))
    newer = automatic_backup(path, backups, now=dt.datetime(2026, 3, 2, 9))
    assert good is not None and newer is not None
    corrupt_middle(newer)
    (backups / "house-damaged-20260303-090000.sqlite3").write_bytes(path.read_bytes())
    assert newest_good_backup(backups) == good
    assert newest_good_backup(tmp_path / "none") is None


def test_a_damaged_house_is_offered_only_a_backup_of_its_own(tmp_path: Path) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=300)
    backups = tmp_path / "backups"
    own = automatic_backup(path, backups, now=dt.datetime(2026, 3, 1, 9))
    (tmp_path / "other").mkdir()
    other = build_house(tmp_path / "other" / "house.sqlite3", sessions=10, code="LITH")
    manual_backup(other, backups, now=dt.datetime(2026, 3, 5, 9))  # newer, another house
    assert newest_good_backup(backups) != own  # newest of all: the other house's
    corrupt_middle(path)
    assert house_of(path, backups) == "BERGH"
    assert newest_good_backup(backups, of=path) == own


def test_a_house_whose_only_good_backup_is_another_houses_is_offered_none(
    tmp_path: Path,
) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=300)
    backups = tmp_path / "backups"
    backups.mkdir()
    (tmp_path / "other").mkdir()
    other = build_house(tmp_path / "other" / "house.sqlite3", sessions=10, code="LITH")
    manual_backup(other, backups, now=dt.datetime(2026, 3, 5, 9))
    corrupt_middle(path)
    assert newest_good_backup(backups, of=path) is None


@needs_proc
def test_on_windows_backups_and_their_rotation_touch_no_open_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each copy is closed before its rename; rotation removes only closed copies."""
    path = build_house(tmp_path / "house.sqlite3", sessions=10)
    backups = tmp_path / "backups"
    stick = tmp_path / "stick"
    stick.mkdir()
    rules = WindowsFileRules().install(monkeypatch)
    for day in range(1, 11):
        automatic_backup(path, backups, now=dt.datetime(2026, 3, day, 9, 0))
    manual_backup(path, stick)
    assert len(files_in(backups)) == 7 + 1  # rotation removed two
    assert rules.refused == [] and rules.checked > 0
