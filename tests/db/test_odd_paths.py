"""Databases in folders whose names hold URI characters (#, ?, %, spaces, accents) open as
themselves: never another file, never a stray new one."""

from __future__ import annotations

from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import open_database, schema
from housedesk.db.health import quick_check
from tests.helpers.windows import needs_posix_names

ODD_NAMES = [
    "a#b",
    pytest.param("c?d", marks=needs_posix_names),
    "e%20f",
    "g h",
    "ünï",
    "50%",
    "x&y=z",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_database_in_an_odd_folder_opens_as_itself(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "house.sqlite3"
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    db.close()
    before = sorted(p.name for p in tmp_path.iterdir())

    assert schema.inspect_file(path).revision == schema.HEAD_REVISION
    assert quick_check(path).ok
    again = open_database(path)  # the cheap way in: one read of the schema
    loaded = installation.load(again)  # read through the plain, read-only connection
    again.close()
    assert loaded is not None and loaded.house is not None
    assert loaded.house.code == "BERGH"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no stray files


def test_a_percent_escape_in_a_folder_name_does_not_open_the_other_folder(
    tmp_path: Path,
) -> None:
    for folder, code in (("a b", "SPACE"), ("a%20b", "ESCAPE")):
        (tmp_path / folder).mkdir()
        db = open_database(tmp_path / folder / "house.sqlite3")
        installation.set_up_house(db, code, f"Huis {code}", "Oss")
        db.close()
    db = open_database(tmp_path / "a%20b" / "house.sqlite3")
    loaded = installation.load(db)
    db.close()
    assert loaded is not None and loaded.house is not None
    assert loaded.house.code == "ESCAPE"
