"""A database on a read-only folder or medium is named read-only, never "damaged"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from housedesk.db.health import quick_check
from tests.helpers.databases import house_with_old_contacts, read_only_view
from tests.helpers.processes import run_housedesk
from tests.helpers.windows import needs_mount

pytestmark = needs_mount


@pytest.fixture
def read_only_house(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "stick"
    folder.mkdir()
    house_with_old_contacts(folder / "house.sqlite3")
    with read_only_view(folder) as view:
        yield view / "house.sqlite3"


def test_the_check_says_healthy_and_read_only(read_only_house: Path) -> None:
    assert quick_check(read_only_house).ok
    done = run_housedesk("check", "--db", str(read_only_house))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("healthy (read-only")
    assert "damaged" not in done.stdout


def test_an_export_from_it_is_refused_as_read_only(read_only_house: Path, tmp_path: Path) -> None:
    done = run_housedesk(
        "export", "--period", "2026-Q3", "--db", str(read_only_house), "-o", str(tmp_path)
    )
    assert done.returncode == 2
    assert "is read-only" in done.stderr and "damaged" not in done.stderr
