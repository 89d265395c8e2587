"""The commands that write a file refuse to write over the database or over any other file
by accident, as a person types them."""

from __future__ import annotations

from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import open_database
from tests.helpers.processes import run_housedesk


@pytest.fixture
def house(tmp_path: Path) -> Path:
    path = tmp_path / "H.sqlite3"
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    db.close()
    return path


COMMANDS = {
    "report": ["report", "--period", "2026-Q3"],
    "ics": ["ics"],
    "export": ["export", "--period", "2026-Q3"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("beside", ["", "-wal", "-shm", ".lock"])
def test_no_command_writes_over_the_database(house: Path, command: str, beside: str) -> None:
    target = house.with_name(house.name + beside)
    if beside:
        target.write_bytes(b"")
    before = house.read_bytes()
    done = run_housedesk(*COMMANDS[command], "--db", str(house), "-o", str(target), "--force")
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "never writes over it" in done.stderr
    assert house.read_bytes() == before


def test_a_backup_is_never_written_over(house: Path, tmp_path: Path) -> None:
    backup = tmp_path / "copy.pdf"
    backup.write_bytes(house.read_bytes())  # a database, whatever its name says
    done = run_housedesk("report", "--period", "2026-Q3", "--db", str(house), "-o", str(backup))
    assert done.returncode == 2
    assert backup.read_bytes() == house.read_bytes()


@pytest.mark.parametrize(("command", "suffix"), [("report", ".pdf"), ("ics", ".ics")])
def test_an_existing_output_is_replaced_only_with_force(
    house: Path, tmp_path: Path, command: str, suffix: str
) -> None:
    target = tmp_path / f"uit{suffix}"
    target.write_bytes(b"keep me")
    done = run_housedesk(*COMMANDS[command], "--db", str(house), "-o", str(target))
    assert done.returncode == 2 and "--force" in done.stderr
    assert target.read_bytes() == b"keep me"
    done = run_housedesk(*COMMANDS[command], "--db", str(house), "-o", str(target), "--force")
    assert (done.returncode, done.stdout.strip()) == (0, str(target)), done.stderr
    assert target.read_bytes() != b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["H.sqlite3", target.name]


@pytest.mark.parametrize(("command", "wrong"), [("report", "x.xlsx"), ("ics", "x.pdf")])
def test_the_output_must_be_of_its_kind(
    house: Path, tmp_path: Path, command: str, wrong: str
) -> None:
    done = run_housedesk(*COMMANDS[command], "--db", str(house), "-o", str(tmp_path / wrong))
    assert done.returncode == 2
    assert "is not a" in done.stderr
    assert not (tmp_path / wrong).exists()
