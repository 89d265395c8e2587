"""Tests for housedesk.db.lock: one housedesk per database, and a killed one frees it."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from housedesk.db import lock as lock_module
from housedesk.db.lock import (
    LOCK_LENGTH,
    LOCK_OFFSET,
    MAX_INFO_BYTES,
    ByteRangeLocking,
    DatabaseLock,
    FlockLocking,
    LockedError,
    LockError,
    LockInfo,
    lock_path_for,
    platform_locking,
    read_lock_info,
)
from tests.helpers.processes import kill_hard, start_lock_holder
from tests.helpers.windows import (
    FakeMsvcrt,
    WindowsFileRules,
    needs_flock,
    needs_proc,
    needs_symlinks,
)


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


@pytest.mark.parametrize("link", [pytest.param("symbolic", marks=needs_symlinks), "hard"])
def test_a_lock_file_that_is_a_link_to_the_database_is_left_alone(
    tmp_path: Path, link: str, monkeypatch: pytest.MonkeyPatch
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
    # As on Windows, where no flag stops the open from following a symbolic link.
    monkeypatch.setattr(lock_module, "_NO_FOLLOW", 0)
    with pytest.raises(LockError) as refused:
        DatabaseLock(db_path).acquire()
    assert refused.value.reason == LockError.NOT_PLAIN
    assert db_path.read_bytes() == before


@needs_symlinks
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


# --- Windows, simulated: msvcrt's byte-range locks and Windows' rules on open files ------


@pytest.fixture
def windows_lock(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    """The lock as it runs on Windows: ``msvcrt.locking``, and open files cannot be removed."""
    msvcrt = FakeMsvcrt()
    monkeypatch.setattr(lock_module, "_LOCKING", ByteRangeLocking(msvcrt))
    return msvcrt


@needs_proc
def test_on_windows_the_locked_byte_lies_beyond_anything_a_reader_reads(
    tmp_path: Path, windows_lock: FakeMsvcrt, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = WindowsFileRules().install(monkeypatch)
    db_path = tmp_path / "house.sqlite3"
    with DatabaseLock(db_path) as lock:
        ((start, end),) = windows_lock.locked_ranges()
        assert (start, end) == (LOCK_OFFSET, LOCK_OFFSET + LOCK_LENGTH)
        size = lock_path_for(db_path).stat().st_size
        assert 0 < size < MAX_INFO_BYTES < start  # the text, and all a reader reads, before it
        # Another housedesk reads who holds it, without the lock and through its refusal.
        assert read_lock_info(db_path) == lock.info
        with pytest.raises(LockedError) as refused:
            DatabaseLock(db_path).acquire()
        assert refused.value.pid == os.getpid()
        assert windows_lock.locked_ranges() == [(start, end)]  # the refused one holds nothing
    # Windows cannot remove an open file: the holder closed it first, then removed it.
    assert rules.refused == []
    assert not lock_path_for(db_path).exists()
    assert windows_lock.locked_ranges() == []
    with DatabaseLock(db_path):
        pass  # free again


@needs_proc
def test_on_windows_a_lock_file_another_instance_has_open_stays_empty_and_is_taken_again(
    tmp_path: Path, windows_lock: FakeMsvcrt, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = WindowsFileRules().install(monkeypatch)
    db_path = tmp_path / "house.sqlite3"
    lock = DatabaseLock(db_path)
    lock.acquire()
    with open(lock_path_for(db_path), "rb"):  # another housedesk reading who holds it
        lock.release()
    (refusal,) = rules.refused  # the removal Windows refused; release() let it be
    assert refusal.call == "unlink"
    assert lock_path_for(db_path).read_bytes() == b""  # emptied: nobody is named
    assert read_lock_info(db_path) is None
    with DatabaseLock(db_path) as again:
        assert read_lock_info(db_path) == again.info


def test_on_windows_the_lock_file_is_opened_in_binary_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows opens a descriptor in text mode (CRLF, Ctrl-Z ends it) unless told O_BINARY."""
    o_binary = 0x8000  # Windows' value
    monkeypatch.setattr(os, "O_BINARY", o_binary, raising=False)
    real_open, flags_seen = os.open, []

    def open_recording(path: object, flags: int, mode: int = 0o777) -> int:
        flags_seen.append(flags)
        return real_open(path, flags & ~o_binary, mode)

    monkeypatch.setattr(os, "open", open_recording)
    with DatabaseLock(tmp_path / "house.sqlite3"):
        pass
    assert flags_seen and all(flags & o_binary for flags in flags_seen)


def test_on_windows_the_lock_uses_msvcrt_and_never_imports_fcntl(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The module must import on Windows: ``fcntl`` does not exist there."""
    monkeypatch.setitem(sys.modules, "fcntl", None)  # importing it raises ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", FakeMsvcrt())
    monkeypatch.setattr(sys, "platform", "win32")
    spec = importlib.util.spec_from_file_location("lock_on_windows", lock_module.__file__)
    assert spec is not None and spec.loader is not None
    on_windows = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, on_windows)
    spec.loader.exec_module(on_windows)
    assert type(on_windows._LOCKING).__name__ == "ByteRangeLocking"
    assert not on_windows._LOCKING.unlink_while_locked


@needs_flock
def test_on_posix_the_lock_is_flock_and_the_holder_removes_its_file() -> None:
    assert isinstance(platform_locking(), FlockLocking)
    assert FlockLocking.unlink_while_locked


def test_names_that_differ_only_in_case_meet_one_lock_where_the_file_system_says_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and macOS: ``C:\\Data\\House.sqlite3`` and ``c:\\data\\house.sqlite3`` are one file.

    Linux's file systems tell case apart, so there the folder ``Data`` is made a link
    to ``data``; on Windows the two spellings name one folder already. Resolving is
    left out, as Windows may keep the case as typed: two spellings, one file. The lock
    is the operating system's on that file, so the second spelling is refused; no
    comparison of names is involved.
    """
    (tmp_path / "data").mkdir()
    if not (tmp_path / "Data").exists():  # a file system that tells case apart
        (tmp_path / "Data").symlink_to(tmp_path / "data")
    monkeypatch.setattr(
        lock_module, "lock_path_for", lambda db: Path(db).with_name(Path(db).name + ".lock")
    )
    with DatabaseLock(tmp_path / "Data" / "House.sqlite3") as first:
        assert first.path == tmp_path / "Data" / "House.sqlite3.lock"
        with pytest.raises(LockedError):
            DatabaseLock(tmp_path / "data" / "House.sqlite3").acquire()
