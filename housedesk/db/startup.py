"""Keeping the data safe: opening a session safely, restoring, and the maintenance commands.

``start_session`` is what the app does at start-up, in this order: take the
database's lock (one housedesk at a time), ``quick_check`` the file, take the
day's automatic backup, then open (and if needed migrate) the database.
``restore`` puts a copy back under the lock. The ``run_*`` functions are the
command line's ``backup``, ``restore``, ``check`` and ``purge-contacts``: English,
one line per fact, exit status 0 (done), 1 (damaged, or the work failed) or 2
(a bad path, a refused restore, the database in use).

``restore`` and ``purge-contacts`` change the database and take its lock, so they
are refused while housedesk runs. ``backup`` and ``check`` only read one consistent
snapshot and do not take it: a scheduled nightly backup works while the app is
open, and never stops the app from starting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from housedesk.common.paths import backup_dir_for, default_db_path
from housedesk.db import HEAD_REVISION, Database, OpenError, open_database
from housedesk.db.backup import (
    BackupError,
    automatic_backup,
    counted,
    describe_database,
    manual_backup,
)
from housedesk.db.health import CheckResult, full_check, newest_good_backup, quick_check
from housedesk.db.lock import DatabaseLock, LockError
from housedesk.db.restore import RestoreError, RestoreResult, restore_backup
from housedesk.db.schema import inspect_file

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

FIELD_NAMES = {
    "contact_name": "contact name",
    "contact_phone": "phone",
    "contact_email": "e-mail",
    "notes": "notes",
}


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
        check = quick_check(db_path)
        if not check.ok:
            raise DamagedError(check, newest_good_backup(backup_dir))
        if daily_backup:
            backup, problem = _daily_backup(db_path, backup_dir, now)
        else:
            backup, problem = None, None
        db = open_database(db_path, backup_dir=backup_dir)
    except BaseException:
        lock.release()
        raise
    return OpenSession(db_path, db, lock, backup_dir, backup, problem)


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


# --- the command line ----------------------------------------------------------------------


def fail(message: str, status: int = EXIT_USAGE) -> int:
    print(f"housedesk: error: {message}", file=sys.stderr)
    return status


def db_path_of(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def existing_database(args: argparse.Namespace) -> Path:
    """The ``--db`` path, which must be a file; raises ``OpenError`` or ``FileNotFoundError``."""
    path = db_path_of(args)
    if not path.parent.is_dir():
        raise OpenError(OpenError.MISSING_FOLDER, path)
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist")
    return path


def run_backup(args: argparse.Namespace) -> int:
    """``housedesk backup [--db PATH] [-o DIR]``: print the path of a verified copy."""
    try:
        path = existing_database(args)
        inspect_file(path)
    except OpenError as exc:
        return fail(exc.describe())
    except FileNotFoundError as exc:
        return fail(str(exc))
    target_dir = args.output
    if target_dir is None:
        target_dir = backup_dir_for(path)
        target_dir.mkdir(parents=True, exist_ok=True)
    try:
        copy = manual_backup(path, target_dir)
    except BackupError as exc:
        usage = exc.reason in (BackupError.MISSING_FOLDER, BackupError.MISSING_SOURCE)
        return fail(exc.describe(), EXIT_USAGE if usage else EXIT_FAILED)
    print(copy)
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """``housedesk restore BACKUP [--db PATH]``: put the copy in place, under the lock."""
    path = db_path_of(args)
    if not path.parent.is_dir():
        return fail(OpenError(OpenError.MISSING_FOLDER, path).describe())
    try:
        result = restore(args.backup, path)
    except (LockError, RestoreError) as exc:
        return fail(exc.describe())
    print(f"Restored {result.restored_from} to {result.db_path}.")
    print(f"It holds: {result.summary.describe()}.")
    if result.upgraded_from:
        print(f"Upgraded it from schema {result.upgraded_from} to {HEAD_REVISION}.")
    if result.previous_copy is None:
        print("There was no database before.")
    elif result.previous_damaged:
        print(f"The damaged database it replaced was kept as {result.previous_copy}.")
    else:
        print(f"The database it replaced was saved as {result.previous_copy}.")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """``housedesk check [--db PATH]``: 0 healthy, 1 damaged, 2 no such database."""
    try:
        path = existing_database(args)
    except OpenError as exc:
        return fail(exc.describe())
    except FileNotFoundError as exc:
        return fail(str(exc))
    result = full_check(path)
    if result.ok:
        try:
            inspect_file(path)
            summary = describe_database(path)
        except OpenError as exc:
            return fail(exc.describe())
        except BackupError as exc:
            return fail(exc.describe())
        print(f"healthy: {path}: {summary.describe()}")
        return EXIT_OK
    print(f"damaged: {path}: {result.messages[0]}")
    for message in result.messages[1:10]:
        print(f"damaged: {message}")
    if len(result.messages) > 10:
        print(f"damaged: and {len(result.messages) - 10} more problems")
    backups = backup_dir_for(path)
    good = newest_good_backup(backups)
    print(f"newest good backup: {good}" if good else f"no good backup in {backups}")
    return EXIT_FAILED


def run_purge_contacts(args: argparse.Namespace) -> int:
    """``housedesk purge-contacts --years N [--yes]``: forget old users' contact details."""
    try:
        path = existing_database(args)
    except OpenError as exc:
        return fail(exc.describe())
    except FileNotFoundError as exc:
        return fail(str(exc))
    try:
        with DatabaseLock(path):
            db = open_database(path)
            try:
                return _purge(db, args.years, args.yes)
            finally:
                db.close()
    except (LockError, OpenError) as exc:
        return fail(exc.describe())


def _purge(db: Database, years: int, assume_yes: bool) -> int:
    from housedesk.core.privacy import (  # needs the ORM
        PurgeError,
        contacts_to_purge,
        purge_contacts,
    )

    candidates = contacts_to_purge(db, years)
    if not candidates:
        print(f"No user archived more than {years} years ago has contact details left.")
        return EXIT_OK
    have = "has" if len(candidates) == 1 else "have"
    print(
        f"{counted(len(candidates), 'user')} archived more than {years} years ago "
        f"{have} contact details:"
    )
    for candidate in candidates:
        fields = ", ".join(FIELD_NAMES[name] for name in candidate.fields)
        print(f"  {candidate.name} (archived {candidate.archived_at:%Y-%m-%d}): {fields}")
    if not assume_yes:
        print("Remove these details for good? [y/N] ", end="", flush=True)
        try:
            answer = sys.stdin.readline()
        except (OSError, ValueError):
            answer = ""
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was changed.")
            return EXIT_OK
    try:
        changed = purge_contacts(db, [candidate.user_id for candidate in candidates])
    except PurgeError as exc:
        return fail(exc.describe(), EXIT_FAILED)
    print(f"Removed the contact details of {counted(changed, 'user')}.")
    return EXIT_OK
