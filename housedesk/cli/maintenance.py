"""The maintenance commands: ``backup``, ``restore``, ``check`` and ``purge-contacts``.

English, one line per fact, exit status 0 (done), 1 (damaged, or the work
failed) or 2 (a bad path, a refused restore, the database in use).

``restore`` and ``purge-contacts`` change the database and take its lock, so they
are refused while housedesk runs. ``backup`` and ``check`` only read one consistent
snapshot and do not take it: a scheduled nightly backup works while the app is
open, and never stops the app from starting.
"""

from __future__ import annotations

import argparse
import sys

from housedesk.cli.base import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    db_path,
    existing_database,
    refuse_if_damaged,
)
from housedesk.common.paths import backup_dir_for, is_read_only
from housedesk.db import HEAD_REVISION, Database, OpenError, open_database
from housedesk.db.backup import (
    BackupError,
    counted,
    describe_database,
    history_copy_of,
    manual_backup,
)
from housedesk.db.health import full_check, newest_good_backup
from housedesk.db.lock import DatabaseLock, LockError
from housedesk.db.restore import RestoreError
from housedesk.db.schema import inspect_file
from housedesk.db.startup import restore

FIELD_NAMES = {
    "contact_name": "contact name",
    "contact_phone": "phone",
    "contact_email": "e-mail",
    "notes": "notes",
    "name": "name of a private person",
    "activity_texts": "activity texts",
}


def run_backup(args: argparse.Namespace) -> int:
    """``housedesk backup [--db PATH] [-o DIR]``: print the path of a verified copy (and,
    on the next line, of its import history's copy when the database has one)."""
    path = existing_database(args)
    try:
        inspect_file(path)
    except OpenError as exc:
        raise CommandError(exc.describe()) from exc
    target_dir = args.output
    if target_dir is None:
        target_dir = backup_dir_for(path)
        target_dir.mkdir(parents=True, exist_ok=True)
    try:
        copy = manual_backup(path, target_dir)
    except BackupError as exc:
        usage = exc.reason in (BackupError.MISSING_FOLDER, BackupError.MISSING_SOURCE)
        raise CommandError(exc.describe(), EXIT_USAGE if usage else EXIT_FAILED) from exc
    print(copy)
    if history_copy_of(copy).is_file():
        print(history_copy_of(copy))  # the import history, checked with it
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """``housedesk restore BACKUP [--db PATH]``: put the copy in place, under the lock."""
    path = db_path(args)
    if not path.parent.is_dir():
        raise CommandError(OpenError(OpenError.MISSING_FOLDER, path).describe())
    try:
        result = restore(args.backup, path)
    except (LockError, RestoreError) as exc:
        raise CommandError(exc.describe()) from exc
    print(f"Restored {result.restored_from} to {result.db_path}.")
    print(f"It holds: {result.summary.describe()}.")
    if result.history_restored is not None:
        print(f"Its import history is back in {result.history_restored}.")
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
    path = existing_database(args)
    result = full_check(path)
    if result.ok:
        try:
            inspect_file(path)
            summary = describe_database(path)
        except (OpenError, BackupError) as exc:
            raise CommandError(exc.describe()) from exc
        read_only = " (read-only: this folder cannot be written)" if is_read_only(path) else ""
        print(f"healthy{read_only}: {path}: {summary.describe()}")
        return EXIT_OK
    print(f"damaged: {path}: {result.messages[0]}")
    for message in result.messages[1:10]:
        print(f"damaged: {message}")
    if len(result.messages) > 10:
        print(f"damaged: and {len(result.messages) - 10} more problems")
    backups = backup_dir_for(path)
    good = newest_good_backup(backups, of=path)
    print(f"newest good backup: {good}" if good else f"no good backup in {backups}")
    return EXIT_FAILED


def run_purge_contacts(args: argparse.Namespace) -> int:
    """``housedesk purge-contacts --years N [--yes]``: forget old users' personal data."""
    path = existing_database(args)
    try:
        with DatabaseLock(path):
            refuse_if_damaged(path)
            db = open_database(path)
            try:
                return _purge(db, args.years, args.yes)
            finally:
                db.close()
    except (LockError, OpenError) as exc:
        raise CommandError(exc.describe()) from exc


def _purge(db: Database, years: int, assume_yes: bool) -> int:
    from housedesk.core.privacy import (  # needs the ORM
        PurgeError,
        contacts_to_purge,
        purge_contacts,
    )

    candidates = contacts_to_purge(db, years)
    if not candidates:
        print(f"No user archived more than {years} years ago has personal data left.")
        return EXIT_OK
    have = "has" if len(candidates) == 1 else "have"
    print(
        f"{counted(len(candidates), 'user')} archived more than {years} years ago "
        f"{have} personal data:"
    )
    for candidate in candidates:
        fields = ", ".join(FIELD_NAMES[name] for name in candidate.fields)
        print(f"  {candidate.name} (archived {candidate.archived_at:%Y-%m-%d}): {fields}")
    if any("name" in candidate.fields for candidate in candidates):
        print("A private person's name becomes 'Particulier <number>'; codes and figures stay.")
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
        raise CommandError(exc.describe(), EXIT_FAILED) from exc
    print(f"Removed the personal data of {counted(changed, 'user')}; every figure stays.")
    return EXIT_OK
