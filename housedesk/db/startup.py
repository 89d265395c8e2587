"""Opening a database safely at start-up, and restoring a copy under its lock.

``start_session`` is what the app does at start-up, in this order: take the
database's lock (one housedesk at a time), ``quick_check`` the file, take the
day's automatic backup, then open (and if needed migrate) the database.
``restore`` puts a copy back under the lock (the command line's ``restore``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from housedesk.common.outputs import remove_leftovers
from housedesk.common.paths import backup_dir_for, history_path_for
from housedesk.db import Database, open_database
from housedesk.db.backup import (
    BackupError,
    automatic_backup,
)
from housedesk.db.health import CheckResult, newest_good_backup, quick_check
from housedesk.db.lock import DatabaseLock
from housedesk.db.restore import RestoreResult, restore_backup


class DamagedError(Exception):
    """The database failed its start-up check; ``newest_good`` is the copy to offer instead."""

    reason = "damaged"

    def __init__(self, check: CheckResult, newest_good: Path | None) -> None:
        self.check = check
        self.path = check.path
        self.newest_good = newest_good
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"{self.path} is damaged: {self.check.describe()}"


@dataclass
class OpenSession:
    """An open database under its lock, as ``start_session`` left it. ``close()`` when done."""

    db_path: Path
    db: Database
    lock: DatabaseLock
    backup_dir: Path
    backup: Path | None = None  # the automatic backup taken at this start (None: had one today)
    backup_problem: str | None = None  # why the automatic backup failed; the session is open

    def restore(self, backup_path: Path, *, now: dt.datetime | None = None) -> RestoreResult:
        """Close the database, restore ``backup_path`` in its place and open it again.

        If the restore is refused (``RestoreError``) the database is opened again
        unchanged. The lock is held throughout.
        """
        self.db.close()
        try:
            return restore_backup(backup_path, self.db_path, self.backup_dir, now=now)
        finally:
            self.db = open_database(self.db_path, backup_dir=self.backup_dir)

    def take_daily_backup(self, now: dt.datetime | None = None) -> None:
        """Take today's automatic backup if there is none yet (safe beside the app's writes)."""
        self.backup, self.backup_problem = _daily_backup(self.db_path, self.backup_dir, now)

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()


def start_session(
    db_path: Path,
    *,
    backup_dir: Path | None = None,
    now: dt.datetime | None = None,
    daily_backup: bool = True,
) -> OpenSession:
    """Lock, check, back up and open the database ``db_path``, in that order.

    Raises ``LockedError`` (another housedesk has it open), ``LockError``,
    ``DamagedError`` (offer ``restore(error.newest_good, db_path)``) or
    ``OpenError``; the lock is not kept when it raises. A failed automatic backup
    does not stop the start: ``backup_problem`` says why, for a warning. With
    ``daily_backup=False`` the caller takes it later with ``take_daily_backup``
    (the window does, in the background, once it shows).
    """
    db_path = Path(db_path)
    backup_dir = Path(backup_dir) if backup_dir else backup_dir_for(db_path)
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        remove_leftovers_of(db_path)
        check = quick_check(db_path)
        if not check.ok:
            raise DamagedError(check, newest_good_backup(backup_dir, of=db_path))
        if daily_backup:
            backup, problem = _daily_backup(db_path, backup_dir, now)
        else:
            backup, problem = None, None
        db = open_database(db_path, backup_dir=backup_dir)
    except BaseException:
        lock.release()
        raise
    return OpenSession(db_path, db, lock, backup_dir, backup, problem)


def remove_leftovers_of(db_path: Path) -> list[Path]:
    """Remove what killed work left beside the database; the caller holds its lock.

    A ``<db>.restoring`` copy and its import history's (a restore cut off before
    its rename: under the lock no restore can be running) and the temporary
    files of outputs written into the database's folder.
    """
    removed = remove_leftovers(db_path.parent)
    history = history_path_for(db_path)
    for restoring in (
        db_path.with_name(db_path.name + ".restoring"),
        history.with_name(history.name + ".restoring"),
    ):
        if restoring.is_file() and not restoring.is_symlink():
            restoring.unlink()
            removed.append(restoring)
    return removed


def _daily_backup(
    db_path: Path, backup_dir: Path, now: dt.datetime | None
) -> tuple[Path | None, str | None]:
    try:
        return automatic_backup(db_path, backup_dir, now), None
    except BackupError as exc:
        return None, exc.describe()


def restore(
    backup_path: Path,
    db_path: Path,
    *,
    backup_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """``restore_backup`` under the database's lock (``LockedError`` if it is open elsewhere)."""
    with DatabaseLock(db_path):
        return restore_backup(backup_path, db_path, backup_dir, now=now)
