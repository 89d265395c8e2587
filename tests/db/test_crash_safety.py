"""Tests that a process killed outright (kill -9, a power cut) leaves a whole database.

A worker process does real work through housedesk's own code and is killed with
SIGKILL at a random moment (seeded, so a failure can be replayed). Afterwards the
database must pass ``integrity_check`` and hold either all of an interrupted
transaction or none of it, never part. The workers are forked from a process that
has done the slow imports once, so twenty runs take seconds, not half a minute.
(A kill loses nothing the operating system has already been given; what a power
cut could lose on top is covered by ``synchronous = FULL``, which a test cannot
pull the plug on.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command

from housedesk.db import HEAD_REVISION, Database, migrate, open_database, schema
from housedesk.db.engine import make_engine
from housedesk.db.health import full_check, quick_check
from tests.helpers.databases import build_house
from tests.helpers.windows import needs_fork

pytestmark = needs_fork

SESSIONS = 1000
RUNS = 20

#: Sets the tally of all 1,000 sessions and logs each change: ONE transaction, in
#: batches of 100 as a screen of tallies would save them.
TALLY_WORK = """
from sqlalchemy import insert, select, update
from housedesk.db import open_database
from housedesk.db.models import Booking, TallyRevision

def work(path, go):
    value = int(go)
    db = open_database(Path(path))
    with db.reading() as session:
        rows = session.execute(select(Booking.id, Booking.visitors).order_by(Booking.id)).all()
    say("ready")
    with db.transaction() as session:
        for start in range(0, len(rows), 100):
            batch = rows[start : start + 100]
            session.execute(update(Booking), [
                {"id": id_, "status": "gehouden", "visitors": value, "volunteers": value % 5}
                for id_, _old in batch
            ])
            session.execute(insert(TallyRevision), [
                {"booking_id": id_, "field": "visitors", "old_value": old, "new_value": value}
                for id_, old in batch
            ])
"""

#: Brings an empty (base) database to head with Alembic's own upgrade.
MIGRATION_WORK = """
from alembic import command
from alembic.script import ScriptDirectory
from housedesk.db import Database, migrate
from housedesk.db.engine import make_engine

def work(path, go):
    db = Database(Path(go), make_engine(Path(go)))
    ScriptDirectory.from_config(migrate.alembic_config(db))
    say("ready")
    migrate.upgrade_to_head(db)
"""

#: Imports once, then forks a fresh worker per run. The zygote itself never opens
#: the database, so no SQLite connection crosses a fork. A worker that finished
#: its work stays alive until it is killed, so its pid cannot be reused meanwhile.
ZYGOTE = """
import os, sys, time
from pathlib import Path

def say(line):
    sys.stdout.write(line + "\\n")
    sys.stdout.flush()

{work}

for go in sys.stdin:
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            work(sys.argv[1], go.strip())
            say("done")
            time.sleep(600)
        finally:
            os._exit(1)
    say(f"pid {{pid}}")
    _, status = os.waitpid(pid, 0)
    say(f"reaped {{os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}}")
"""


class Zygote:
    """A process (started once: its imports take most of a second) that forks the workers."""

    def __init__(self, work: str, path: Path | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE.format(work=work), str(path or "")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the zygote died"
        return line.strip()

    def run_and_kill(self, go: str, delay: float | None) -> bool:
        """Start a worker and SIGKILL it ``delay`` s after it is ready, or (``None``) right
        after it reports its work done, before it closes anything. True if it had finished.
        """
        assert self.process.stdin is not None
        self.process.stdin.write(go + "\n")
        self.process.stdin.flush()
        pid, ready, done = 0, False, False
        while not (pid and ready):
            line = self._line()
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line == "ready":
                ready = True
        if delay is None:
            while not done:
                done = self._line() == "done"
        else:
            time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while not (line := self._line()).startswith("reaped "):
            done = done or line == "done"
        assert line == f"reaped {int(signal.SIGKILL)}"
        return done

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self.process.wait(timeout=30)


def integrity(path: Path) -> list[tuple[str, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


@pytest.fixture
def house_with_sessions(tmp_path: Path) -> Path:
    """A house with a room, a user, an activity and 1,000 planned sessions."""
    return build_house(tmp_path / "house.sqlite3", sessions=SESSIONS, signals=0)


def tally_state(path: Path) -> tuple[set[int | None], int]:
    """The distinct visitor counts of the sessions, and the number of logged changes."""
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            values = {row[0] for row in connection.exec_driver_sql("SELECT visitors FROM bookings")}
            revisions = connection.exec_driver_sql("SELECT count(*) FROM tally_revisions").scalar()
            sessions = connection.exec_driver_sql("SELECT count(*) FROM bookings").scalar()
    finally:
        db.close()
    assert sessions == SESSIONS
    return values, int(revisions or 0)


def test_a_killed_transaction_of_1000_tallies_is_all_or_nothing(
    house_with_sessions: Path,
) -> None:
    path = house_with_sessions
    rng = random.Random(20261125)
    committed_runs = 0
    current: int | None = None
    outcomes = {"all": 0, "none": 0, "after commit": 0}
    zygote = Zygote(TALLY_WORK, path)
    try:
        for run in range(1, RUNS + 1):
            # Every fifth run is killed just after its commit, the others at random.
            delay = None if run % 5 == 0 else rng.uniform(0.0, 0.2)
            finished = zygote.run_and_kill(str(run), delay)
            # What the app does first at start-up, on the file exactly as the kill left it.
            assert quick_check(path).ok, f"run {run}"
            assert integrity(path) == [("ok",)], f"run {run}"
            values, revisions = tally_state(path)
            assert len(values) == 1, f"run {run}: part of a transaction survived: {values}"
            (value,) = values
            if value == run:
                committed_runs += 1
                outcomes["all" if delay is not None else "after commit"] += 1
            else:
                assert value == current, f"run {run}"
                assert not finished, f"run {run}: the worker had committed, but nothing is there"
                outcomes["none"] += 1
            current = value
            assert revisions == SESSIONS * committed_runs, f"run {run}"
    finally:
        zygote.close()
    assert full_check(path).ok
    # The seeded delays cut runs off mid-transaction (more of them on a slow or busy PC).
    assert outcomes["none"] >= 1, outcomes
    assert outcomes["after commit"] == RUNS // 5, outcomes


def test_a_killed_migration_leaves_the_old_or_the_new_schema(tmp_path: Path) -> None:
    rng = random.Random(5)
    seen = set()
    template = tmp_path / "template.sqlite3"
    database = Database(template, make_engine(template))
    migrate.upgrade_to_head(database)
    command.downgrade(migrate.alembic_config(database), "base")  # the old schema: none
    database.close()
    full_tables = None
    zygote = Zygote(MIGRATION_WORK)
    try:
        for run in range(RUNS // 2):
            path = tmp_path / f"run{run}.sqlite3"
            path.write_bytes(template.read_bytes())
            # An upgrade takes ~65 ms; every fifth run is killed just after it finished.
            delay = None if run % 5 == 4 else rng.uniform(0.0, 0.08)
            zygote.run_and_kill(str(path), delay)
            assert integrity(path) == [("ok",)], f"run {run}"
            con = sqlite3.connect(path)
            try:
                tables = {
                    row[0]
                    for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                } - {"alembic_version"}
                versions = [
                    row[0] for row in con.execute("SELECT version_num FROM alembic_version")
                ]
            finally:
                con.close()
            # Each revision is one transaction: the file is at one of them, never between.
            if versions == [HEAD_REVISION]:
                seen.add("new")
                full_tables = full_tables or tables
                assert len(tables) > 10 and tables == full_tables, f"run {run}"
            elif versions:
                seen.add("between revisions")
                assert versions[0] in schema.known_revisions(), f"run {run}: {versions}"
                assert len(tables) > 10, f"run {run}: {versions} {tables}"
            else:
                seen.add("old")
                assert tables == set(), f"run {run}: {versions} {tables}"
            open_database(path).close()
            assert schema.inspect_file(path).revision == HEAD_REVISION
            assert integrity(path) == [("ok",)]
    finally:
        zygote.close()
    assert {"old", "new"} <= seen, seen
