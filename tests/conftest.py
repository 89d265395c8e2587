"""Fixtures shared by the whole test suite: an isolated data folder and fresh databases."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import Database, open_database
from tests.helpers import logfail

# The tests never need a screen; CI has none.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Seconds the threads a test started get to end after it, before the test fails.
THREAD_GRACE = 5.0


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    """Fail a test that leaves a thread running: it would go on working into the next test.

    The first fixture set up, so the last torn down: the test's own fixtures (its
    windows, its database) have finished by then. A thread that is about to end
    (a worker handing over its result) gets ``THREAD_GRACE`` seconds.
    """
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + THREAD_GRACE
    left = []
    for thread in threading.enumerate():
        if thread not in before:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                left.append(thread)
    if left:
        frames = sys._current_frames()
        pytest.fail(
            f"the test left {len(left)} thread(s) running after {THREAD_GRACE:g} s: "
            + "; ".join(_where(thread, frames) for thread in left),
            pytrace=False,
        )


def _where(thread: threading.Thread, frames: dict) -> str:
    """A thread's name and the line it is at."""
    frame = frames.get(thread.ident)  # type: ignore[arg-type]
    if frame is None:
        return thread.name
    code = frame.f_code
    return f"{thread.name} at {code.co_filename}:{frame.f_lineno} in {code.co_name}"


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
