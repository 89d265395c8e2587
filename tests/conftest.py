"""Fixtures shared by the whole test suite: an isolated data folder and fresh databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import Database, open_database

# The tests never need a screen; CI has none.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own data folder; nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOUSEDESK_HOME", str(home))
    monkeypatch.delenv("HOUSEDESK_DB", raising=False)
    return home


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database at the current schema."""
    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture
def house_db(db: Database) -> Database:
    """A database set up as the house BERGH."""
    installation.set_up_house(db, "BERGH", "Gemeenschapshuis De Schakel", "Berghem")
    return db
