"""Putting a backup back in place of the database, without ever making things worse.

A restore checks the candidate first and changes nothing when it is refused;
otherwise it copies the current database away, swaps the candidate in with one
atomic rename and brings it up to the current schema. A backup that has a copy
of the municipality's import history (``backup.history_copy_of``) puts that
back too, in place of the history beside the database, after the current one
was kept with the current database's copy; a backup without one leaves the
current history as it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from housedesk.common.file_errors import FileError
from housedesk.common.paths import backup_dir_for, fsync_dir, history_path_for, looks_like_sqlite
from housedesk.common.problems import QT_TRANSLATE_NOOP
from housedesk.db import schema
from housedesk.db.backup import (
    BackupError,
    BackupSummary,
    copy_database,
    copy_with_history,
    describe_backup,
    free_name,
    history_copy_of,
    history_of,
    integrity_ok,
    rotate,
    timestamped_name,
)
from housedesk.db.opening import open_database
from housedesk.db.schema import OpenError


class RestoreError(FileError):
    """A copy was not restored; the current database has not been changed."""

    MISSING = "missing"
    MISSING_FOLDER = "missing_folder"
    SAME_FILE = "same_file"
    NOT_DATABASE = "not_database"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    EMPTY = "empty"
    NEWER = "newer"
    IN_USE = "in_use"
    FAILED = "failed"
    MESSAGES: ClassVar[dict[str, str]] = {
        MISSING: QT_TRANSLATE_NOOP("core", "{path} does not exist"),
        MISSING_FOLDER: QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"),
        SAME_FILE: QT_TRANSLATE_NOOP("core", "{path} is the database itself, not a copy of it"),
        NOT_DATABASE: QT_TRANSLATE_NOOP("core", "{path} is not a database file"),
        FOREIGN: QT_TRANSLATE_NOOP(
            "core", "{path} is a database of another program, not of housedesk"
        ),
        DAMAGED: QT_TRANSLATE_NOOP("core", "{path} is damaged and cannot be restored ({detail})"),
        EMPTY: QT_TRANSLATE_NOOP("core", "{path} holds no housedesk data"),
        NEWER: QT_TRANSLATE_NOOP(
            "core",
            "{path} was made by a newer version of housedesk (schema {detail}); "
            "update housedesk first",
        ),
        IN_USE: QT_TRANSLATE_NOOP("core", "{path} is still open; close it before restoring"),
        FAILED: QT_TRANSLATE_NOOP("core", "restoring to {path} failed: {detail}"),
    }


@dataclass(frozen=True)
class RestoreResult:
    """What ``restore_backup`` did."""

    restored_from: Path
    db_path: Path
    summary: BackupSummary  # of the copy, as checked before it was restored
    previous_copy: Path | None  # where the database that was replaced went (None: there was none)
    previous_damaged: bool  # the replaced database was damaged: a raw copy was kept
    upgraded_from: str | None  # the copy's schema, when it was older than this app's
    #: The import history put back with it (None: the backup had none; the current one stayed).
    history_restored: Path | None = None


def check_restorable(path: Path) -> BackupSummary:
    """Check a candidate copy: whole, a housedesk database, a schema this app knows.

    Returns what it holds (for the "are you sure?" question); raises ``RestoreError``.
    """
    path = Path(path)
    if not path.is_file():
        raise RestoreError(RestoreError.MISSING, path)
    if not looks_like_sqlite(path):
        raise RestoreError(RestoreError.NOT_DATABASE, path)
    if not integrity_ok(path):
        raise RestoreError(RestoreError.DAMAGED, path, "integrity check failed")
    try:
        summary = describe_backup(path)
    except BackupError as exc:
        reason = {
            BackupError.FOREIGN: RestoreError.FOREIGN,
            BackupError.NOT_DATABASE: RestoreError.NOT_DATABASE,
        }.get(exc.reason, RestoreError.DAMAGED)
        raise RestoreError(reason, path, exc.detail) from exc
    if summary.revision is None:
        raise RestoreError(RestoreError.EMPTY, path)
    if (
        summary.revision != schema.HEAD_REVISION
        and summary.revision not in schema.known_revisions()
    ):
        raise RestoreError(RestoreError.NEWER, path, summary.revision)
    if summary.history is not None and not summary.history.integrity_ok:
        raise RestoreError(RestoreError.DAMAGED, summary.history.path, "integrity check failed")
    return summary


def restore_backup(
    backup_path: Path,
    db_path: Path,
    backup_dir: Path | None = None,
    *,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Put the copy ``backup_path`` in place of the database ``db_path``.

    The caller must hold the database's ``DatabaseLock`` and must have closed
    every connection to it (``Database.close()``): an open connection is detected
    and refused with ``RestoreError(IN_USE)``. Steps, each safe to be cut off by a
    power cut:

    1. check the copy (``check_restorable``); refused: nothing has changed;
    2. write a verified copy of it beside the database (``<db>.restoring``);
    3. a healthy current database: fold its ``-wal`` into the file and leave WAL
       mode (refused with ``IN_USE`` if a connection is still open), then copy it
       to ``backup_dir`` as ``pre-restore`` (verified). A damaged one: keep it and
       its ``-wal`` byte for byte as ``damaged``;
    4. drop ``-wal``/``-shm``, so that no old log can be replayed onto the new file;
    5. rename the candidate over the database (atomic) and sync the folder;
    6. open it with ``open_database``, which upgrades an older schema (after its
       own pre-upgrade copy), and close it again.

    A backup with a copy of the import history: step 2 writes a verified copy of
    it too (``<history>.restoring``), step 3 keeps the current history with the
    current database's copy, and step 5 renames the history into place just
    before the database.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    backup_dir = Path(backup_dir) if backup_dir else backup_dir_for(db_path)
    if not db_path.parent.is_dir():
        raise RestoreError(RestoreError.MISSING_FOLDER, db_path)
    if db_path.exists() and backup_path.exists() and os.path.samefile(backup_path, db_path):
        raise RestoreError(RestoreError.SAME_FILE, backup_path)
    summary = check_restorable(backup_path)

    incoming = db_path.with_name(db_path.name + ".restoring")
    history = history_path_for(db_path)
    history_incoming = history.with_name(history.name + ".restoring")
    with_history = summary.history is not None
    try:
        if with_history:
            copy_database(history_copy_of(backup_path), history_incoming)
        copy_database(backup_path, incoming)
    except BackupError as exc:
        history_incoming.unlink(missing_ok=True)
        raise RestoreError(RestoreError.FAILED, db_path, exc.describe()) from exc

    previous_copy: Path | None = None
    previous_damaged = False
    try:
        if db_path.is_file() and db_path.stat().st_size > 0:
            if integrity_ok(db_path):
                _fold_log_into_database(db_path)  # also refuses when it is still open
                previous_copy = _copy_current(db_path, backup_dir, "pre-restore", now)
            else:  # keep the evidence as it is, then let it go
                previous_copy, previous_damaged = _keep_raw(db_path, backup_dir, now), True
                _keep_history(db_path, previous_copy)
        elif with_history and history_of(db_path) is not None:
            # no database to keep, but a history that is about to be replaced
            name = free_name(backup_dir, timestamped_name(db_path, "pre-restore", now))
            backup_dir.mkdir(parents=True, exist_ok=True)
            _keep_history(db_path, backup_dir / name)
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        if with_history:
            for suffix in ("-wal", "-shm", "-journal"):
                history.with_name(history.name + suffix).unlink(missing_ok=True)
            os.replace(history_incoming, history)
        os.replace(incoming, db_path)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        history_incoming.unlink(missing_ok=True)
        raise RestoreError(RestoreError.FAILED, db_path, str(exc)) from exc
    except BaseException:
        incoming.unlink(missing_ok=True)
        history_incoming.unlink(missing_ok=True)
        raise
    # The swap is done, so it is no longer "nothing changed". A folder that cannot be
    # flushed now leaves at worst the old file after a power cut: the copy kept above.
    with contextlib.suppress(OSError):
        fsync_dir(db_path.parent)

    try:
        open_database(db_path, backup_dir=backup_dir).close()
    except OpenError as exc:  # pragma: no cover - the copy was checked above
        raise RestoreError(RestoreError.FAILED, db_path, exc.describe()) from exc
    rotate(backup_dir, now)
    return RestoreResult(
        restored_from=backup_path,
        db_path=db_path,
        summary=summary,
        previous_copy=previous_copy,
        previous_damaged=previous_damaged,
        upgraded_from=summary.revision if summary.revision != schema.HEAD_REVISION else None,
        history_restored=history if with_history else None,
    )


def _fold_log_into_database(db_path: Path) -> None:
    """Checkpoint and leave WAL mode, so that the database file alone is the whole database.

    Leaving WAL mode needs the only connection to the database: with another one
    still open SQLite answers "database is locked", and the restore is refused
    (swapping the file under an open connection would lose what it writes).
    """
    try:
        con = sqlite3.connect(db_path, timeout=0.2, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise RestoreError(RestoreError.IN_USE, db_path) from exc
        raise RestoreError(RestoreError.FAILED, db_path, str(exc)) from exc


def _copy_current(db_path: Path, backup_dir: Path, label: str, now: dt.datetime | None) -> Path:
    """A verified copy of the current database, with its import history if it has one."""
    name = free_name(backup_dir, timestamped_name(db_path, label, now))
    try:
        return copy_with_history(db_path, backup_dir / name)
    except BackupError as exc:
        raise RestoreError(RestoreError.FAILED, db_path, exc.describe()) from exc


def _keep_history(db_path: Path, copy: Path) -> Path:
    """A verified copy of the current import history beside ``copy`` (when there is one)."""
    history = history_of(db_path)
    if history is not None:
        try:
            copy_database(history, history_copy_of(copy))
        except BackupError as exc:
            raise RestoreError(RestoreError.FAILED, db_path, exc.describe()) from exc
    return copy


def _keep_raw(db_path: Path, backup_dir: Path, now: dt.datetime | None) -> Path:
    """A byte-for-byte copy of a damaged database and its log, for whoever can rescue it."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / free_name(backup_dir, timestamped_name(db_path, "damaged", now))
    for source, destination in (
        (db_path.with_name(db_path.name + "-wal"), target.with_name(target.name + "-wal")),
        (db_path, target),
    ):
        if not source.exists():
            continue
        partial = destination.with_name(destination.name + ".partial")
        shutil.copyfile(source, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    fsync_dir(backup_dir)
    return target
