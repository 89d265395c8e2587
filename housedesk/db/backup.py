"""Consistent copies of a live database, via SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages that are
still in the ``-wal`` file, or catch a page half-written; the backup API reads
one consistent snapshot. The copy is written under a temporary name, checked
with ``PRAGMA integrity_check``, flushed to disk and only then renamed, so a
file with the final name is always a whole, healthy database.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path


class BackupError(Exception):
    """A backup could not be written or did not verify."""


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def integrity_ok(path: Path) -> bool:
    """Whether SQLite finds the file at ``path`` a whole, undamaged database."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return rows == [("ok",)]


def copy_database(source: Path, target: Path) -> Path:
    """Write a verified, consistent copy of the database ``source`` to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE").close()
            finally:
                dst.close()
        finally:
            src.close()
        if not integrity_ok(partial):
            raise BackupError(f"the copy of {source} did not pass the integrity check")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not copy {source} to {target}: {exc}") from exc
    return target


def timestamped_name(db_path: Path, label: str, now: dt.datetime | None = None) -> str:
    """A backup file name such as ``housedesk-pre-migration-20261125-170600.sqlite3``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{label}-{stamp}.sqlite3"
