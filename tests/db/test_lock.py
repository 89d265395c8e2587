"""Tests for housedesk.db.lock: one housedesk per database, and a killed one frees it."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from housedesk.db.lock import (
    DatabaseLock,
    LockedError,
    LockError,
    LockInfo,
    lock_path_for,
    read_lock_info,
)
from tests.helpers.processes import kill_hard, start_lock_holder


def test_the_lock_file_says_who_holds_it_and_goes_away_on_release(tmp_path: Path) -> None:
    db_path = tmp_path / "house.sqlite3"
    lock = DatabaseLock(db_path)
    lock.acquire()
    data = json.loads(lock_path_for(db_path).read_text())
    assert lock_path_for(db_path) == tmp_path / "house.sqlite3.lock"
    assert set(data) == {"hostname", "pid", "started", "user"}
    assert data["hostname"] == socket.gethostname()
    assert data["pid"] == os.getpid()
    started = dt.datetime.fromisoformat(data["started"])
    assert started.utcoffset() is not None  # local time with its offset
    assert abs(started - dt.datetime.now().astimezone()) < dt.timedelta(minutes=1)
    assert read_lock_info(db_path) == lock.info
    lock.release()
    assert not lock_path_for(db_path).exists()
    lock.release()  # a second release is harmless


def test_a_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with DatabaseLock(tmp_path / "house.sqlite3") as first:
        with pytest.raises(LockedError) as refused:
            DatabaseLock(tmp_path / "house.sqlite3").acquire()
        assert refused.value.pid == os.getpid()
        assert first.held
    with DatabaseLock(tmp_path / "house.sqlite3"):
        pass  # free again


def test_another_instance_is_refused_until_it_is_killed(tmp_path: Path) -> None:
    db_path = tmp_path / "house.sqlite3"
    holder = start_lock_holder(db_path)
    try:
        written = lock_path_for(db_path).read_bytes()
        with pytest.raises(LockedError) as refused:
            DatabaseLock(db_path).acquire()
        error = refused.value
        assert error.reason == LockError.LOCKED
        assert error.pid == holder.pid
        assert error.hostname == socket.gethostname()
        assert error.on_this_computer
        assert error.started is not None and error.started.tzinfo is not None
        assert f"is already open on computer {socket.gethostname()} since" in error.describe()
        assert f"process {holder.pid}" in error.describe()
        # Refusing never touches the live owner's file.
        assert lock_path_for(db_path).read_bytes() == written
    finally:
        kill_hard(holder)
    # kill -9 leaves the file behind, but the operating system has dropped the lock.
    assert read_lock_info(db_path).pid == holder.pid  # type: ignore[union-attr]
    with DatabaseLock(db_path) as lock:
        assert lock.info is not None and lock.info.pid == os.getpid()
        assert read_lock_info(db_path) == lock.info


def test_a_stale_or_garbled_lock_file_is_taken_over_silently(tmp_path: Path) -> None:
    db_path = tmp_path / "house.sqlite3"
    for content in (
        '{"hostname": "BALIE-PC", "pid": 4242, "started": "2026-01-05T14:03:00+01:00"}',
        "{half writ",
        "",
    ):
        lock_path_for(db_path).write_text(content)
        with DatabaseLock(db_path) as lock:
            assert read_lock_info(db_path) == lock.info


def test_the_refusal_speaks_of_the_computer_and_the_time() -> None:
    started = dt.datetime(2026, 11, 25, 14, 3, tzinfo=dt.UTC).astimezone()
    holder = LockInfo("BALIE-PC", 812, started, "vrijwilliger")
    error = LockedError(Path("huis.sqlite3"), holder)
    assert error.describe(today=started.date()) == (
        f"huis.sqlite3 is already open on computer BALIE-PC since {started:%H:%M} "
        "(process 812, user vrijwilliger)"
    )
    yesterday = started.date() + dt.timedelta(days=1)
    assert f"since {started:%Y-%m-%d %H:%M}" in error.describe(today=yesterday)
    unknown = LockedError(Path("huis.sqlite3"), None)
    assert unknown.describe() == "huis.sqlite3 is already open in another housedesk"


def test_a_lock_in_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LockError) as refused:
        DatabaseLock(tmp_path / "nope" / "house.sqlite3").acquire()
    assert refused.value.reason == LockError.UNWRITABLE
    assert not isinstance(refused.value, LockedError)


def a_database(path: Path) -> bytes:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('precious')")
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_lock_file_that_is_a_link_to_the_database_is_left_alone(
    tmp_path: Path, link: str
) -> None:
    db_path = tmp_path / "house.sqlite3"
    before = a_database(db_path)
    if link == "symbolic":
        lock_path_for(db_path).symlink_to(db_path)
    else:
        os.link(db_path, lock_path_for(db_path))
    with pytest.raises(LockError) as refused:
        DatabaseLock(db_path).acquire()
    assert refused.value.reason == LockError.NOT_PLAIN
    assert db_path.read_bytes() == before


def test_every_path_to_one_database_shares_one_lock(tmp_path: Path) -> None:
    db_path = tmp_path / "data" / "house.sqlite3"
    db_path.parent.mkdir()
    a_database(db_path)
    (tmp_path / "link.sqlite3").symlink_to(db_path)
    (tmp_path / "elsewhere").symlink_to(db_path.parent)
    with DatabaseLock(db_path):
        for other in (
            tmp_path / "link.sqlite3",
            tmp_path / "elsewhere" / "house.sqlite3",
            tmp_path / "data" / ".." / "data" / "house.sqlite3",
        ):
            with pytest.raises(LockedError):
                DatabaseLock(other).acquire()
