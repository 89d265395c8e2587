"""One housedesk at a time per database: an OS-level lock beside the database file.

``DatabaseLock(db_path)`` holds an exclusive lock (``flock`` on POSIX, ``msvcrt.locking``
on Windows) on ``<db>.lock`` for as long as the process keeps it, and writes who
holds it (computer, process, user, since when) into that file as JSON. The
operating system drops the lock when the process ends in any way, also by
``kill -9`` or a power cut, so a lock file left behind is stale and is taken over
silently. A lock held by a live process is never broken and its file never
deleted: ``acquire`` raises ``LockedError`` saying who holds it.

On both kinds of system the lock belongs to the open file, not to the process
or to a name: a second lock in the same process is refused too, and every name
that leads to the file (a link, ``..``, or on Windows and macOS another case:
``C:\\Data\\House.sqlite3`` and ``c:\\data\\house.sqlite3``) meets the same lock,
because the file system, not housedesk, decides which file a name is. On Windows
the locked byte lies far beyond the text (``LOCK_OFFSET``), because a locked
range there cannot be read by anyone else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

from housedesk.common.file_errors import FileError
from housedesk.common.problems import QT_TRANSLATE_NOOP

#: The byte the lock is held on, on Windows: far past the holder's JSON (some hundred
#: bytes, see ``MAX_INFO_BYTES``), beyond the end of the file. Windows' locks are
#: mandatory: nobody can read a locked byte, so the text must lie outside the range
#: for a second housedesk to read who holds the lock. A range beyond the end is
#: allowed and keeps the file small. (Every housedesk on one database must lock the
#: same byte: never change it.)
LOCK_OFFSET = 0x7FFFFFF0
LOCK_LENGTH = 1
#: The most a reader reads of the lock file: well before ``LOCK_OFFSET``.
MAX_INFO_BYTES = 64 * 1024


class _Msvcrt(Protocol):
    """The part of Windows' ``msvcrt`` the lock uses."""

    LK_NBLCK: int
    LK_UNLCK: int

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None: ...


class FlockLocking:
    """POSIX: ``flock`` on the whole file. Advisory: it never stops anyone reading the text.

    Like Windows' locks it belongs to the open file, not to the process: a second
    descriptor in the same process is refused, and closing another descriptor of
    the file (``read_lock_info``) does not drop it. (POSIX record locks, ``fcntl``
    and ``lockf`` on a byte range, belong to the process and fail on both counts.)
    """

    #: The holder removes the file while it still holds the lock, so that nobody
    #: can take a lock on a file that is about to disappear.
    unlink_while_locked = True

    def __init__(self) -> None:
        import fcntl  # here, not at the top: Windows has no fcntl

        self._fcntl = fcntl

    def try_lock(self, fd: int) -> bool:
        try:
            self._fcntl.flock(fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        self._fcntl.flock(fd, self._fcntl.LOCK_UN)


class ByteRangeLocking:
    """Windows: ``msvcrt.locking`` (``LockFileEx``) of the byte at ``LOCK_OFFSET``.

    The lock belongs to the handle; the operating system drops it when the handle
    is closed or the process ends. ``msvcrt.locking`` locks from the file's current
    position, so the position is moved there and back.
    """

    #: Windows refuses to remove a file that is open: the holder closes it first.
    unlink_while_locked = False

    def __init__(self, msvcrt: _Msvcrt) -> None:
        self._msvcrt = msvcrt

    def try_lock(self, fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, LOCK_LENGTH)
            return True
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)

    def unlock(self, fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, LOCK_LENGTH)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)


def platform_locking() -> FlockLocking | ByteRangeLocking:
    """The way this platform locks a file."""
    if sys.platform == "win32":
        import msvcrt

        return ByteRangeLocking(msvcrt)
    return FlockLocking()


_LOCKING = platform_locking()

# Refuses to open through a symbolic link. Windows has no such flag, and its open follows
# a link: there ``_is_plain_file`` looks at the name itself.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _open_flags() -> int:
    """Read and write, create, never through a link, and binary: on Windows a descriptor
    is opened in text mode unless it says ``O_BINARY``."""
    return os.O_RDWR | os.O_CREAT | _NO_FOLLOW | getattr(os, "O_BINARY", 0)


def _is_plain_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is a file of its own: one name (no hard link), and not reached through
    a symbolic link at ``path`` (which ``_NO_FOLLOW`` refuses only where it exists)."""
    status = os.fstat(fd)
    return stat.S_ISREG(status.st_mode) and status.st_nlink == 1 and not path.is_symlink()


#: How long a refused instance waits for the holder to finish writing its JSON.
_INFO_WAIT_SECONDS = 1.0


def lock_path_for(db_path: Path) -> Path:
    """The lock file of a database: ``housedesk.sqlite3.lock`` beside ``housedesk.sqlite3``.

    Keyed on the file itself, not on the path that named it: every path to one
    database (through a link, a relative path, ``..``) shares one lock. Names that
    differ only in case name one file on Windows and macOS, and so one lock file:
    the lock is the operating system's on that file, never a comparison of names.
    """
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock, as written in the lock file; a field is ``None`` when unknown."""

    hostname: str | None
    pid: int | None
    started: dt.datetime | None  # local time, with its UTC offset
    user: str | None

    @classmethod
    def of_this_process(cls) -> LockInfo:
        try:
            user: str | None = getpass.getuser()
        except Exception:  # no user name in the environment: not worth failing for
            user = None
        return cls(
            hostname=socket.gethostname(),
            pid=os.getpid(),
            started=dt.datetime.now().astimezone().replace(microsecond=0),
            user=user,
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "hostname": self.hostname,
                "pid": self.pid,
                "started": self.started.isoformat() if self.started else None,
                "user": self.user,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        """The info in ``text``, or ``None`` when it is not (yet) a whole JSON object."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        pid = data.get("pid")
        started = data.get("started")
        try:
            started_at = dt.datetime.fromisoformat(started) if isinstance(started, str) else None
        except ValueError:
            started_at = None
        return cls(
            hostname=data.get("hostname") if isinstance(data.get("hostname"), str) else None,
            pid=pid if isinstance(pid, int) else None,
            started=started_at,
            user=data.get("user") if isinstance(data.get("user"), str) else None,
        )


class LockError(FileError):
    """The lock could not be taken; ``reason`` says why, ``describe()`` in one English line."""

    LOCKED = "locked"
    UNWRITABLE = "unwritable"
    NOT_PLAIN = "not_plain"
    MESSAGES: ClassVar[dict[str, str]] = {
        LOCKED: QT_TRANSLATE_NOOP("core", "cannot lock {path}: {detail}"),
        UNWRITABLE: QT_TRANSLATE_NOOP("core", "cannot lock {path}: {detail}"),
        NOT_PLAIN: QT_TRANSLATE_NOOP(
            "core",
            "cannot lock {path}: its lock file is a link or has other names; housedesk "
            "does not touch it (remove it by hand if it is not needed)",
        ),
    }

    @property
    def db_path(self) -> Path:
        """The database whose lock it is."""
        return self.path


class LockedError(LockError):
    """Another live housedesk holds the database; ``hostname``, ``pid``, ``started`` say which.

    The fields come from the holder's lock file and are ``None`` if it could not
    be read (e.g. a housedesk that is just starting).
    """

    def __init__(self, db_path: Path, holder: LockInfo | None) -> None:
        self.holder = holder or LockInfo(None, None, None, None)
        self.hostname = self.holder.hostname
        self.pid = self.holder.pid
        self.started = self.holder.started
        self.user = self.holder.user
        super().__init__(LockError.LOCKED, db_path)

    @property
    def on_this_computer(self) -> bool:
        return self.hostname == socket.gethostname()

    def describe(self, today: dt.date | None = None) -> str:
        """E.g. "... is already open on computer BALIE-PC since 14:03 (process 812, user anna)"."""
        where = f"on computer {self.hostname}" if self.hostname else "in another housedesk"
        since = ""
        if self.started is not None:
            local = self.started.astimezone()
            today = today or dt.date.today()
            since = (
                f" since {local:%H:%M}"
                if local.date() == today
                else f" since {local:%Y-%m-%d %H:%M}"
            )
        who = []
        if self.pid is not None:
            who.append(f"process {self.pid}")
        if self.user:
            who.append(f"user {self.user}")
        details = f" ({', '.join(who)})" if who else ""
        return f"{self.db_path} is already open {where}{since}{details}"


class DatabaseLock:
    """The lock of one database for this process: ``acquire()``/``release()`` or ``with``.

    Hold it for the whole time the database is open (the app) or being changed
    (a restore, a purge). It is not re-entrant: a second ``DatabaseLock`` on the
    same database, even in the same process, is refused. A lock that is never
    released (even one whose object was garbage-collected) stays held until the
    process ends: forgetting to release must not let a second housedesk in.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self.info: LockInfo | None = None
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> LockInfo:
        """Take the lock, or raise ``LockedError`` (held by a live process) / ``LockError``."""
        if self._fd is not None:
            raise LockError(LockError.LOCKED, self.db_path, "this lock is already held")
        for _attempt in range(20):
            try:
                # Never through a link: a link planted as the lock file must not lead
                # the truncation below to another file (the database, say).
                fd = os.open(self.path, _open_flags(), 0o644)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise LockError(LockError.NOT_PLAIN, self.db_path) from exc
                raise LockError(LockError.UNWRITABLE, self.db_path, exc.strerror or "") from exc
            if not _is_plain_file(fd, self.path):  # a link: another name for its file
                os.close(fd)
                raise LockError(LockError.NOT_PLAIN, self.db_path)
            if not _LOCKING.try_lock(fd):
                try:
                    holder = _read_holder(fd)
                finally:
                    os.close(fd)
                raise LockedError(self.db_path, holder)
            # A holder that released just now removed the file it had locked; a lock on
            # that removed file would protect nothing, so lock the file now at the path.
            if _is_file_at(fd, self.path):
                break
            os.close(fd)
        else:  # pragma: no cover - only under pathological churn
            raise LockError(LockError.UNWRITABLE, self.db_path, "the lock file keeps changing")
        info = LockInfo.of_this_process()
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info.to_json().encode("utf-8"))
            os.fsync(fd)
        except OSError as exc:
            _LOCKING.unlock(fd)
            os.close(fd)
            raise LockError(LockError.UNWRITABLE, self.db_path, exc.strerror or "") from exc
        self._fd = fd
        self.info = info
        return info

    def release(self) -> None:
        """Give the lock up and remove the lock file (harmless when not held)."""
        fd, self._fd, self.info = self._fd, None, None
        if fd is None:
            return
        locking = _LOCKING
        try:
            if locking.unlink_while_locked:
                # Only the holder removes the file, while it still holds the lock.
                self.path.unlink(missing_ok=True)
            else:
                os.ftruncate(fd, 0)
            locking.unlock(fd)
        except OSError:
            pass  # closing the descriptor below releases the lock anyway
        finally:
            os.close(fd)
        if not locking.unlink_while_locked:
            with contextlib.suppress(OSError):  # refused while another instance has it open
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def read_lock_info(db_path: Path) -> LockInfo | None:
    """What the lock file of ``db_path`` says, without taking the lock (``None``: no file)."""
    try:
        with open(lock_path_for(db_path), "rb") as file:
            text = file.read(MAX_INFO_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    return LockInfo.from_json(text)


def _read_holder(fd: int) -> LockInfo | None:
    """The holder's info; a holder that has just taken the lock may not have written it yet."""
    deadline = time.monotonic() + _INFO_WAIT_SECONDS
    while True:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            info = LockInfo.from_json(os.read(fd, MAX_INFO_BYTES).decode("utf-8", "replace"))
        except OSError:
            info = None
        if info is not None or time.monotonic() > deadline:
            return info
        time.sleep(0.02)


def _is_file_at(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False
