"""Tests for housedesk.cli.maintenance: backup, restore, check and purge-contacts as commands.

They are run as a person runs them: ``python -m housedesk …`` in a process of its
own, in the test's own data folder; the variants run the same entry point in this
process.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest

from housedesk.common.codes import UserKind
from housedesk.common.paths import backup_dir_for
from housedesk.db import HEAD_REVISION, open_database
from housedesk.db.backup import BackupKind, integrity_ok, list_backups, manual_backup
from housedesk.db.models import Room, User
from tests.helpers.databases import corrupt_middle, house_with_old_contacts, room_names
from tests.helpers.processes import kill_hard, run_here, run_housedesk, start_lock_holder

STAMP = r"\d{8}-\d{6}"


@pytest.fixture
def house(isolated_home: Path) -> Path:
    return house_with_old_contacts(isolated_home / "housedesk.sqlite3")


def backup_now(path: Path) -> Path:
    """A copy in the backups folder, as ``housedesk backup`` would make it."""
    backup_dir_for(path).mkdir(exist_ok=True)
    return manual_backup(path, backup_dir_for(path))


def test_backup_prints_the_path_of_a_verified_copy(house: Path, tmp_path: Path) -> None:
    result = run_housedesk("backup")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    copy = Path(line)
    assert copy.parent == backup_dir_for(house)
    assert re.fullmatch(rf"housedesk-BERGH-{STAMP}\.sqlite3", copy.name)
    assert integrity_ok(copy)
    stick = tmp_path / "USB"
    stick.mkdir()
    result = run_housedesk("backup", "--db", str(house), "-o", str(stick))
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
    tmp_path: Path,
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Typed and named with the system's separator (a backslash on Windows).
    args = [a.format(tmp=tmp_path).replace("/", os.sep) for a in args]
    expected = [f"housedesk: error: {message.format(tmp=tmp_path).replace('/', os.sep)}"]
    if args[0] == "-o":
        result = run_housedesk("backup", *args)
        assert (result.returncode, result.stderr.splitlines(), result.stdout) == (2, expected, "")
    else:
        status, out, err = run_here("backup", *args, capsys=capsys)
        assert (status, err.splitlines(), out) == (2, expected, "")


def test_check_says_healthy_or_damaged(
    house: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    healthy = run_housedesk("check")
    assert healthy.returncode == 0, healthy.stderr
    assert healthy.stdout.splitlines() == [
        f"healthy: {house}: schema {HEAD_REVISION}, house BERGH, 1 room, 2 users, 0 activities, "
        "0 sessions, 0 signals"
    ]
    good = backup_now(house)
    corrupt_middle(house, seed=3)
    damaged = run_housedesk("check")
    assert damaged.returncode == 1
    lines = damaged.stdout.splitlines()
    assert lines[0].startswith(f"damaged: {house}: ")
    assert lines[-1] == f"newest good backup: {good}"
    status, out, err = run_here("backup", capsys=capsys)  # a damaged file is not copied
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"housedesk: error: {house} is damaged: the copy did not pass the check"
    ]
    missing = run_housedesk("check", "--db", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        f"housedesk: error: {tmp_path / 'nope.sqlite3'} does not exist"
    ]


def test_restore_puts_a_copy_back_and_says_where_the_old_one_went(house: Path) -> None:
    copy = str(backup_now(house))
    db = open_database(house)
    with db.transaction() as session:
        session.add(Room(code="R2", name="Kleine zaal", capacity=30))
    db.close()
    result = run_housedesk("restore", copy)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        f"Restored {copy} to {house}.",
        f"It holds: schema {HEAD_REVISION}, house BERGH, 1 room, 2 users, 0 activities, "
        "0 sessions, 0 signals.",
    ]
    match = re.fullmatch(r"The database it replaced was saved as (.+)\.", lines[2])
    assert match and len(lines) == 3
    assert room_names(Path(match[1])) == {"Grote zaal", "Kleine zaal"}
    assert room_names(house) == {"Grote zaal"}


def test_restore_of_a_damaged_copy_is_refused_in_one_line(house: Path, tmp_path: Path) -> None:
    copy = backup_now(house)
    bad = tmp_path / "bad.sqlite3"
    shutil.copyfile(copy, bad)
    corrupt_middle(bad, seed=3)
    before = house.read_bytes()
    result = run_housedesk("restore", str(bad))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"housedesk: error: {bad} is damaged and cannot be restored (integrity check failed)"
    ]
    assert house.read_bytes() == before


def test_restore_and_purge_are_refused_while_housedesk_runs(
    house: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = str(backup_now(house))
    app = start_lock_holder(house)
    try:
        before = house.read_bytes()
        for args in (["restore", copy], ["purge-contacts", "--years", "5", "--yes"]):
            result = run_housedesk(*args)
            assert result.returncode == 2
            (line,) = result.stderr.splitlines()
            assert re.fullmatch(
                rf"housedesk: error: {re.escape(str(house))} is already open on computer "
                rf"\S+ since \d\d:\d\d \(process {app.pid}, user .+\)",
                line,
            ), line
        assert house.read_bytes() == before
        # Reading is allowed while the app runs: a copy and a check see a consistent snapshot.
        assert run_here("check", capsys=capsys)[0] == 0
        assert run_here("backup", capsys=capsys)[0] == 0
    finally:
        kill_hard(app)
    # A killed app frees the database.
    assert run_here("restore", copy, capsys=capsys)[0] == 0


def test_purge_contacts_asks_first(house: Path, capsys: pytest.CaptureFixture[str]) -> None:
    declined = run_housedesk("purge-contacts", "--years", "5", stdin="n\n")
    assert declined.returncode == 0
    lines = declined.stdout.splitlines()
    assert lines[0] == "1 user archived more than 5 years ago has personal data:"
    assert re.fullmatch(
        r"  Biljartclub De Keu \(archived \d{4}-\d\d-\d\d\): phone, e-mail", lines[1]
    )
    assert lines[2] == "Remove these details for good? [y/N] Nothing was changed."
    assert b"keu@example.invalid" in house.read_bytes()

    accepted = run_housedesk("purge-contacts", "--years", "5", stdin="y\n")
    assert accepted.returncode == 0
    assert accepted.stdout.splitlines()[-1].endswith(
        "Removed the personal data of 1 user; every figure stays."
    )
    assert b"keu@example.invalid" not in house.read_bytes()
    assert b"k@example.invalid" in house.read_bytes()  # not archived: kept

    status, out, _err = run_here("purge-contacts", "--years", "5", "--yes", capsys=capsys)
    assert status == 0
    assert out.splitlines() == ["No user archived more than 5 years ago has personal data left."]


def test_purge_contacts_with_yes_does_not_ask(house: Path) -> None:
    result = run_housedesk("purge-contacts", "--db", str(house), "--years", "5", "--yes")
    assert result.returncode == 0
    assert "[y/N]" not in result.stdout
    assert result.stdout.splitlines()[-1] == (
        "Removed the personal data of 1 user; every figure stays."
    )
    db = open_database(house)
    with db.reading() as session:
        assert session.get(User, 1).contact_email is None  # type: ignore[union-attr]
    db.close()


def test_purge_contacts_forgets_a_private_persons_name(house: Path) -> None:
    db = open_database(house)
    with db.transaction() as session:
        person = User(
            name="Fam. Verhoeven-Zwartjes",
            kind=UserKind.PARTICULIER,
            archived_at=dt.datetime.now() - dt.timedelta(days=6 * 366),
        )
        session.add(person)
        session.flush()
        person_id = person.id
    db.close()
    result = run_housedesk("purge-contacts", "--years", "5", stdin="j\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2 users archived more than 5 years ago have personal data:"
    assert re.fullmatch(
        r"  Fam\. Verhoeven-Zwartjes \(archived \d{4}-\d\d-\d\d\): name of a private person",
        lines[2],
    )
    assert lines[3] == (
        "A private person's name becomes 'Particulier <number>'; codes and figures stay."
    )
    assert lines[-1].endswith("Removed the personal data of 2 users; every figure stays.")
    assert b"Verhoeven-Zwartjes" not in house.read_bytes()
    db = open_database(house)
    with db.reading() as session:
        assert session.get(User, person_id).name == f"Particulier {person_id}"  # type: ignore[union-attr]
    db.close()


def test_purge_contacts_needs_a_number_of_years(
    house: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in ([], ["--years", "0"], ["--years", "vijf"]):
        status, out, err = run_here("purge-contacts", *args, capsys=capsys)
        assert (status, out) == (2, "")
        assert len(err.splitlines()) == 1 and err.startswith("housedesk purge-contacts: error:")
