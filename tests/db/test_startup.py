"""Tests for housedesk.db.startup: the start-up sequence and the maintenance commands.

The commands are run as a person runs them: ``python -m housedesk …`` in a
process of its own, with ``HOUSEDESK_HOME`` pointing into the test's folder.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from housedesk import __main__ as entry
from housedesk.common.codes import UserKind
from housedesk.common.paths import backup_dir_for
from housedesk.core import installation
from housedesk.db import open_database
from housedesk.db import startup as maintenance
from housedesk.db.backup import BackupKind, integrity_ok, list_backups, manual_backup
from housedesk.db.lock import DatabaseLock, LockedError
from housedesk.db.models import Room, User

STAMP = r"\d{8}-\d{6}"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def house(home: Path) -> Path:
    """A house database with a room and two users, one archived seven years ago."""
    path = home / "housedesk.sqlite3"
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


def housedesk(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "housedesk", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ, "HOUSEDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
    )


def run_here(
    home: Path, *args: str, capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    """The same entry point in this process (for the variants; the main paths use processes)."""
    old_home, old_stdin = os.environ.get("HOUSEDESK_HOME"), sys.stdin
    os.environ["HOUSEDESK_HOME"] = str(home)
    sys.stdin = io.StringIO(stdin)
    try:
        status = entry.main(list(args))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    finally:
        sys.stdin = old_stdin
        if old_home is None:
            os.environ.pop("HOUSEDESK_HOME")
        else:
            os.environ["HOUSEDESK_HOME"] = old_home
    out, err = capsys.readouterr()
    return status, out, err


def corrupt_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    rng = random.Random(3)
    data[middle : middle + 4096] = bytes(rng.randrange(256) for _ in range(4096))
    path.write_bytes(bytes(data))
    assert not integrity_ok(path)


def backup_now(path: Path) -> Path:
    """A copy in the backups folder, as ``housedesk backup`` would make it."""
    backup_dir_for(path).mkdir(exist_ok=True)
    return manual_backup(path, backup_dir_for(path))


def room_names(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT name FROM rooms")}
    finally:
        con.close()


# --- start-up ------------------------------------------------------------------------------


def test_a_session_locks_checks_backs_up_and_opens(house: Path) -> None:
    now = dt.datetime(2026, 11, 25, 9, 0)
    session = maintenance.start_session(house, now=now)
    try:
        assert session.backup == backup_dir_for(house) / "housedesk-daily-20261125-090000.sqlite3"
        assert session.backup_problem is None
        with session.db.reading() as reading:
            assert reading.get(Room, 1) is not None
        with pytest.raises(LockedError):
            maintenance.start_session(house, now=now)
    finally:
        session.close()
    again = maintenance.start_session(house, now=now.replace(hour=15))
    assert again.backup is None  # one automatic copy a day
    again.close()


def test_a_first_start_creates_the_database(home: Path) -> None:
    session = maintenance.start_session(home / "housedesk.sqlite3")
    assert session.backup is None and (home / "housedesk.sqlite3").is_file()
    session.close()


def test_a_damaged_database_stops_the_start_and_names_the_copy_to_restore(house: Path) -> None:
    session = maintenance.start_session(house, now=dt.datetime(2026, 11, 24, 9))
    session.close()
    corrupt_middle(house)
    with pytest.raises(maintenance.DamagedError) as damaged:
        maintenance.start_session(house)
    good = damaged.value.newest_good
    assert good == backup_dir_for(house) / "housedesk-daily-20261124-090000.sqlite3"
    assert damaged.value.reason == "damaged"
    result = maintenance.restore(good, house)  # the lock was not kept: this may take it
    assert result.previous_damaged
    maintenance.start_session(house).close()


def test_a_session_restores_under_its_own_lock(house: Path, tmp_path: Path) -> None:
    copy = manual_backup(house, tmp_path)
    session = maintenance.start_session(house)
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


# --- the commands --------------------------------------------------------------------------


def test_backup_prints_the_path_of_a_verified_copy(house: Path, home: Path, tmp_path: Path) -> None:
    result = housedesk(home, "backup")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    copy = Path(line)
    assert copy.parent == backup_dir_for(house)
    assert re.fullmatch(rf"housedesk-BERGH-{STAMP}\.sqlite3", copy.name)
    assert integrity_ok(copy)
    stick = tmp_path / "USB"
    stick.mkdir()
    result = housedesk(home, "backup", "--db", str(house), "-o", str(stick))
    assert result.returncode == 0 and Path(result.stdout.strip()).parent == stick
    assert [b.kind for b in list_backups(stick)] == [BackupKind.MANUAL]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/unplugged"], "the folder {tmp}/unplugged does not exist"),
        (["--db", "{tmp}/none.sqlite3"], "{tmp}/none.sqlite3 does not exist"),
        (["--db", "{tmp}/gone/h.sqlite3"], "the folder {tmp}/gone does not exist"),
    ],
    ids=["missing-target", "missing-db", "missing-db-folder"],
)
def test_backup_refuses_bad_paths_in_one_line(
    house: Path,
    home: Path,
    tmp_path: Path,
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    expected = [f"housedesk: error: {message.format(tmp=tmp_path)}"]
    if args[0] == "-o":
        result = housedesk(home, "backup", *args)
        assert (result.returncode, result.stderr.splitlines(), result.stdout) == (2, expected, "")
    else:
        status, out, err = run_here(home, "backup", *args, capsys=capsys)
        assert (status, err.splitlines(), out) == (2, expected, "")


def test_check_says_healthy_or_damaged(
    house: Path, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    healthy = housedesk(home, "check")
    assert healthy.returncode == 0, healthy.stderr
    assert healthy.stdout.splitlines() == [
        f"healthy: {house}: schema 0001, house BERGH, 1 room, 2 users, 0 activities, "
        "0 sessions, 0 signals"
    ]
    good = backup_now(house)
    corrupt_middle(house)
    damaged = housedesk(home, "check")
    assert damaged.returncode == 1
    lines = damaged.stdout.splitlines()
    assert lines[0].startswith(f"damaged: {house}: ")
    assert lines[-1] == f"newest good backup: {good}"
    status, out, err = run_here(home, "backup", capsys=capsys)  # a damaged file is not copied
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"housedesk: error: {house} is damaged: the copy did not pass the check"
    ]
    missing = housedesk(home, "check", "--db", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        f"housedesk: error: {tmp_path}/nope.sqlite3 does not exist"
    ]


def test_restore_puts_a_copy_back_and_says_where_the_old_one_went(house: Path, home: Path) -> None:
    copy = str(backup_now(house))
    db = open_database(house)
    with db.transaction() as session:
        session.add(Room(code="R2", name="Kleine zaal", capacity=30))
    db.close()
    result = housedesk(home, "restore", copy)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        f"Restored {copy} to {house}.",
        "It holds: schema 0001, house BERGH, 1 room, 2 users, 0 activities, 0 sessions, 0 signals.",
    ]
    match = re.fullmatch(r"The database it replaced was saved as (.+)\.", lines[2])
    assert match and len(lines) == 3
    assert room_names(Path(match[1])) == {"Grote zaal", "Kleine zaal"}
    assert room_names(house) == {"Grote zaal"}


def test_restore_of_a_damaged_copy_is_refused_in_one_line(
    house: Path, home: Path, tmp_path: Path
) -> None:
    copy = backup_now(house)
    bad = tmp_path / "bad.sqlite3"
    shutil.copyfile(copy, bad)
    corrupt_middle(bad)
    before = house.read_bytes()
    result = housedesk(home, "restore", str(bad))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"housedesk: error: {bad} is damaged and cannot be restored (integrity check failed)"
    ]
    assert house.read_bytes() == before


HOLDER = """
import sys, time
from pathlib import Path
from housedesk.db.lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
lock.acquire()
print("ready", flush=True)
time.sleep(120)
"""


def test_restore_and_purge_are_refused_while_housedesk_runs(
    house: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = str(backup_now(house))
    app = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(house)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "ready"
        before = house.read_bytes()
        for args in (["restore", copy], ["purge-contacts", "--years", "5", "--yes"]):
            result = housedesk(home, *args)
            assert result.returncode == 2
            (line,) = result.stderr.splitlines()
            assert re.fullmatch(
                rf"housedesk: error: {re.escape(str(house))} is already open on computer "
                rf"\S+ since \d\d:\d\d \(process {app.pid}, user .+\)",
                line,
            ), line
        assert house.read_bytes() == before
        # Reading is allowed while the app runs: a copy and a check see a consistent snapshot.
        assert run_here(home, "check", capsys=capsys)[0] == 0
        assert run_here(home, "backup", capsys=capsys)[0] == 0
    finally:
        os.kill(app.pid, signal.SIGKILL)
        app.wait()
        app.stdout.close()  # type: ignore[union-attr]
    # A killed app frees the database.
    assert run_here(home, "restore", copy, capsys=capsys)[0] == 0


def test_purge_contacts_asks_first(
    house: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    declined = housedesk(home, "purge-contacts", "--years", "5", stdin="n\n")
    assert declined.returncode == 0
    lines = declined.stdout.splitlines()
    assert lines[0] == "1 user archived more than 5 years ago has contact details:"
    assert re.fullmatch(
        r"  Biljartclub De Keu \(archived \d{4}-\d\d-\d\d\): phone, e-mail", lines[1]
    )
    assert lines[2] == "Remove these details for good? [y/N] Nothing was changed."
    assert b"keu@example.invalid" in house.read_bytes()

    accepted = housedesk(home, "purge-contacts", "--years", "5", stdin="y\n")
    assert accepted.returncode == 0
    assert accepted.stdout.splitlines()[-1].endswith("Removed the contact details of 1 user.")
    assert b"keu@example.invalid" not in house.read_bytes()
    assert b"k@example.invalid" in house.read_bytes()  # not archived: kept

    status, out, _err = run_here(home, "purge-contacts", "--years", "5", "--yes", capsys=capsys)
    assert status == 0
    assert out.splitlines() == ["No user archived more than 5 years ago has contact details left."]


def test_purge_contacts_with_yes_does_not_ask(house: Path, home: Path) -> None:
    result = housedesk(home, "purge-contacts", "--db", str(house), "--years", "5", "--yes")
    assert result.returncode == 0
    assert "[y/N]" not in result.stdout
    assert result.stdout.splitlines()[-1] == "Removed the contact details of 1 user."
    db = open_database(house)
    with db.reading() as session:
        assert session.get(User, 1).contact_email is None  # type: ignore[union-attr]
    db.close()


def test_purge_contacts_needs_a_number_of_years(
    house: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in ([], ["--years", "0"], ["--years", "vijf"]):
        status, out, err = run_here(home, "purge-contacts", *args, capsys=capsys)
        assert (status, out) == (2, "")
        assert len(err.splitlines()) == 1 and err.startswith("housedesk purge-contacts: error:")


def test_the_database_lock_of_the_app_blocks_the_commands_in_process(house: Path) -> None:
    with DatabaseLock(house), pytest.raises(LockedError):
        maintenance.restore(house, house)
