"""Windows' rules simulated on Linux, for the code paths the house PCs take.

``WindowsFileRules`` makes this process refuse, as Windows does, to delete,
rename or replace a file that is still open: Python's own ``open`` and SQLite
open files without ``FILE_SHARE_DELETE``, so on Windows such a call fails with
"the process cannot access the file because it is being used by another
process". It finds the open files in ``/proc/self/fd`` (Linux only) at the
moment of the call and compares them by identity (device and inode), so a
file open under another name counts too. Every refusal is also kept in
``refused``: code that swallows ``OSError`` (``shutil.rmtree(ignore_errors=True)``,
say) still fails the test that asserts the list is empty.

``FakeMsvcrt`` is the part of ``msvcrt`` the database lock uses: byte-range
locks that belong to a file descriptor, mandatory and exclusive, like
``LockFileEx`` behind ``msvcrt.locking``.

The ``needs_*`` markers skip a test where the system lacks what it needs, each
saying what that is: a test that cannot run on Windows is skipped there through
one of these, never by platform alone (docs/architecture.md, "Windows", lists
them). A test of what must hold on Windows too is written to run there instead.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

PROC_FDS = Path("/proc/self/fd")


def _can_make_symlinks() -> bool:
    """Whether this process may make a symbolic link (Windows: administrators, or developer
    mode; everyone elsewhere)."""
    if os.name != "nt":
        return True
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder, "target")
        target.write_bytes(b"")
        try:
            Path(folder, "link").symlink_to(target)
        except OSError:
            return False
    return True


def _can_use_long_paths() -> bool:
    """Whether a path may be longer than 260 characters (Windows: only when long paths are
    enabled for the system; always elsewhere)."""
    if os.name != "nt":
        return True
    with tempfile.TemporaryDirectory() as folder:
        deep = Path(folder, "d" * 150, "f" * 150)
        try:
            deep.parent.mkdir()
            deep.write_bytes(b"")
        except OSError:
            return False
    return True


# --- what a test needs that Windows (or the machine) lacks ---------------------------------

needs_proc = pytest.mark.skipif(
    not PROC_FDS.is_dir(),
    reason="finding this process's open files needs Linux's /proc (on Windows the real rules "
    "apply in the other tests)",
)
needs_fork = pytest.mark.skipif(
    not hasattr(os, "fork"),
    reason="forks the workers and kills them with SIGKILL: Windows has neither os.fork nor SIGKILL",
)
needs_mount = pytest.mark.skipif(
    sys.platform != "linux",
    reason="a read-only folder is made with a read-only bind mount (Linux): Windows has no "
    "mount, and a folder's read-only attribute does not stop writing in it",
)
needs_mode_bits = pytest.mark.skipif(
    os.name == "nt",
    reason="Windows has no permission bits: a new file gets its folder's access rules, and "
    "the umask means nothing there",
)
needs_folder_fsync = pytest.mark.skipif(
    os.name == "nt",
    reason="Windows cannot open a folder to flush it: housedesk skips the flush there "
    "(tested with os.name 'nt')",
)
needs_flock = pytest.mark.skipif(
    os.name == "nt",
    reason="Windows has no flock: its lock is msvcrt's byte range (tested with FakeMsvcrt)",
)
needs_posix_names = pytest.mark.skipif(
    os.name == "nt",
    reason="Windows refuses '?' in a name and takes '\\' for a folder separator: no file "
    "there can have this name",
)
needs_display_variables = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"),
    reason="DISPLAY and WAYLAND_DISPLAY tell whether there is a screen on Linux; Windows "
    "always has one",
)
needs_symlinks = pytest.mark.skipif(
    not _can_make_symlinks(),
    reason="making a symbolic link on Windows needs administrator rights or developer mode",
)
needs_long_paths = pytest.mark.skipif(
    not _can_use_long_paths(),
    reason="Windows refuses a path over 260 characters unless long paths are enabled",
)

Identity = tuple[int, int]


def open_files() -> dict[Identity, str]:
    """This process's open plain files: (device, inode) -> the name it was opened under."""
    found: dict[Identity, str] = {}
    for name in os.listdir(PROC_FDS):
        link = PROC_FDS / name
        try:
            status = os.stat(link)  # follows the link, also to a file deleted since
            target = os.readlink(link)
        except OSError:
            continue  # the descriptor listdir itself used, closed by now
        if stat.S_ISREG(status.st_mode):
            found[(status.st_dev, status.st_ino)] = target
    return found


def open_files_named(prefix: Path) -> list[str]:
    """The open files whose name starts with ``prefix`` (a database and its companions)."""
    start = str(prefix)
    return sorted(
        target.removesuffix(" (deleted)")
        for target in open_files().values()
        if target.startswith(start)
    )


@dataclass
class Refusal:
    """One call Windows would have refused: what was asked, on which file, open as what."""

    call: str
    path: str
    open_as: str


@dataclass
class WindowsFileRules:
    """Installed by ``install``: ``os.unlink``/``remove``/``rename``/``replace``/``rmdir``
    refuse an open file, as Windows would; ``refused`` lists every refusal."""

    refused: list[Refusal] = field(default_factory=list)
    #: How many calls were checked (a test can see that its code path ran).
    checked: int = 0

    def install(self, monkeypatch: pytest.MonkeyPatch) -> WindowsFileRules:
        for name in ("unlink", "remove"):
            monkeypatch.setattr(os, name, self._guard_one(name, getattr(os, name)))
        for name in ("rename", "replace"):
            monkeypatch.setattr(os, name, self._guard_two(name, getattr(os, name)))
        return self

    def _refuse_if_open(self, call: str, path: Any, dir_fd: int | None) -> None:
        self.checked += 1
        try:
            status = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
        except OSError:
            return  # nothing there: the real call says so
        if not stat.S_ISREG(status.st_mode):
            return
        open_as = open_files().get((status.st_dev, status.st_ino))
        if open_as is not None:
            shown = os.fspath(path)
            self.refused.append(Refusal(call, str(shown), open_as))
            raise PermissionError(
                errno.EACCES,
                f"{call}: in use by this process (as {open_as}); Windows refuses",
                shown,
            )

    def _guard_one(self, call: str, real: Callable[..., None]) -> Callable[..., None]:
        def guarded(path: Any, *, dir_fd: int | None = None) -> None:
            self._refuse_if_open(call, path, dir_fd)
            real(path, dir_fd=dir_fd)

        return guarded

    def _guard_two(self, call: str, real: Callable[..., None]) -> Callable[..., None]:
        def guarded(
            source: Any,
            target: Any,
            *,
            src_dir_fd: int | None = None,
            dst_dir_fd: int | None = None,
        ) -> None:
            self._refuse_if_open(call, source, src_dir_fd)
            self._refuse_if_open(call, target, dst_dir_fd)
            real(source, target, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

        return guarded


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows does it: from the descriptor's position, ``nbytes``
    bytes, held by that descriptor; another descriptor of the same file (in this
    process or any) cannot lock an overlapping range. Unlocking a range that is
    not held fails. Every call is kept in ``calls`` as (mode, offset, nbytes)."""

    LK_UNLCK = 0
    LK_LOCK = 1
    LK_NBLCK = 2
    LK_RLCK = 3
    LK_NBRLCK = 4

    def __init__(self) -> None:
        # (device, inode) -> [(start, end, descriptor)]
        self.held: dict[Identity, list[tuple[int, int, int]]] = {}
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        end = start + nbytes
        self.calls.append((mode, start, nbytes))
        status = os.fstat(fd)
        identity = (status.st_dev, status.st_ino)
        ranges = self.held.setdefault(identity, [])
        ranges[:] = [held for held in ranges if _still_open_on(held[2], identity)]
        if mode == self.LK_UNLCK:
            if (start, end, fd) not in ranges:
                raise PermissionError(errno.EACCES, "Permission denied")
            ranges.remove((start, end, fd))
            return
        if mode not in (self.LK_NBLCK, self.LK_LOCK):
            raise ValueError(f"mode {mode} is not one the lock uses")
        for held_start, held_end, _holder in ranges:
            if held_start < end and start < held_end:
                # msvcrt: EACCES for LK_NBLCK; EDEADLOCK after LK_LOCK's ten tries
                raise PermissionError(errno.EACCES, "Permission denied")
        ranges.append((start, end, fd))

    def locked_ranges(self) -> list[tuple[int, int]]:
        return sorted((start, end) for ranges in self.held.values() for start, end, _ in ranges)


def simulate_windows_files(monkeypatch: pytest.MonkeyPatch) -> WindowsFileRules:
    """Windows' rules on open files, and the database lock as it runs on Windows
    (``msvcrt.locking``; the lock file is removed only once closed); the rules installed."""
    from housedesk.db import lock

    monkeypatch.setattr(lock, "_LOCKING", lock.ByteRangeLocking(FakeMsvcrt()))
    return WindowsFileRules().install(monkeypatch)


def open_at_swap(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> list[list[str]]:
    """For each ``os.replace`` onto ``db_path`` from now on: the files of the database
    (itself, ``-wal``, ``-shm``, ``-journal``, the incoming copy; not its ``.lock``) this
    process had open at that moment. Installed after ``WindowsFileRules``, it looks first."""
    seen: list[list[str]] = []
    real_replace = os.replace

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        if Path(target) == db_path:
            lock = str(db_path) + ".lock"
            seen.append([name for name in open_files_named(db_path) if name != lock])
        real_replace(source, target, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return seen


def _still_open_on(fd: int, identity: Identity) -> bool:
    """Whether ``fd`` is still open on that file (a closed handle's locks are gone)."""
    try:
        status = os.fstat(fd)
    except OSError:
        return False
    return (status.st_dev, status.st_ino) == identity
