"""No command reads figures from, or writes into, a damaged database: one line and exit 1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from housedesk.core.demo.builder import generate_demo
from housedesk.db import open_database
from housedesk.db.backup import integrity_ok
from housedesk.db.health import quick_check
from tests.helpers.processes import run_housedesk


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo house with one page of its sessions overwritten, as a failing disk leaves it."""
    path = tmp_path_factory.mktemp("damaged") / "house.sqlite3"
    db = open_database(path)
    generate_demo(db, years=1, seed=1, scale=1, today=dt.date(2026, 11, 25))
    db.close()
    data = bytearray(path.read_bytes())
    page = len(data) // 4096 // 2 * 4096
    data[page + 100 : page + 4000] = b"\xa5" * 3900
    path.write_bytes(bytes(data))
    assert not quick_check(path).ok and not integrity_ok(path)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--period", "2026-Q3", "-o", "{out}/x.xlsx"],
        ["report", "--period", "2026-Q3", "-o", "{out}/x.pdf"],
        ["ics", "-o", "{out}/x.ics"],
        ["purge-contacts", "--years", "1", "--yes"],
    ],
    ids=lambda c: c[0],
)
def test_a_damaged_database_is_refused_and_left_as_it_is(
    damaged: Path, tmp_path: Path, command: list[str]
) -> None:
    before = damaged.read_bytes()
    args = [part.replace("{out}", str(tmp_path)) for part in command]
    done = run_housedesk(*args, "--db", str(damaged))
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "is damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []
    assert damaged.read_bytes() == before
