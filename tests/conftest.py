"""Fixtures shared by the whole test suite: an isolated data folder and fresh databases."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import Database, open_database
from tests.helpers import logfail

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


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[logfail.LogFailHandler]:
    """A test fails on an ERROR in the log that it did not expect (see tests/helpers/logfail.py)."""
    with logfail.failing_on_errors(request.node) as handler:
        yield handler


@pytest.fixture
def expect_log_errors(
    fail_on_logged_errors: logfail.LogFailHandler,
) -> Callable[..., AbstractContextManager[list[logging.LogRecord]]]:
    """An error a block must log: ``with expect_log_errors("housedesk.crash", "boom"):``."""
    return fail_on_logged_errors.expecting


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
