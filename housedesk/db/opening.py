"""Opening a database file: what is in it, and the cheap way in when it is current.

Start-up must stay cheap, so this module needs only the standard library's
``sqlite3``: the common case (the schema is already current) reads one row
from ``alembic_version`` and hands back a ``Database`` whose engine, and
SQLAlchemy with it, is made on first use. Only a new, empty or older file goes
through ``housedesk.db.migrate`` (the models, and Alembic for an upgrade).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from housedesk.db.engine import Database
from housedesk.db.errors import FileError

#: The newest Alembic revision; tests/db/test_migrations.py keeps it equal to the scripts' head.
HEAD_REVISION = "0001"


class OpenError(FileError):
    """The file cannot be opened as a housedesk database; ``reason`` says why."""

    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    NEWER = "newer"
    MISSING_FOLDER = "missing_folder"
    UNREADABLE = "unreadable"
    MESSAGES: ClassVar[dict[str, str]] = {
        NOT_SQLITE: "{path} is not a database file",
        FOREIGN: "{path} is a database of another program, not of housedesk",
        NEWER: "{path} was made by a newer version of housedesk (schema {detail}); "
        "update housedesk first",
        MISSING_FOLDER: "the folder {folder} does not exist",
        UNREADABLE: "{path} cannot be opened: {detail}",
    }


@dataclass(frozen=True)
class SchemaState:
    """What is in a database file before we open it."""

    exists: bool
    revision: str | None  # None: no housedesk schema yet (new or empty file)


def inspect_file(path: Path) -> SchemaState:
    """Read the schema revision of ``path`` without changing anything."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(exists=path.exists(), revision=None)
    if path.is_dir():
        raise OpenError(OpenError.UNREADABLE, path, "it is a folder")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise OpenError(OpenError.UNREADABLE, path, str(exc)) from exc
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return SchemaState(exists=True, revision=row[0] if row else None)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise OpenError(OpenError.NOT_SQLITE, path) from exc
        raise OpenError(OpenError.UNREADABLE, path, str(exc)) from exc
    finally:
        con.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables:
        raise OpenError(OpenError.FOREIGN, path)
    return SchemaState(exists=True, revision=None)


def open_database(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Open ``path`` as a housedesk database at the current schema, creating or upgrading it.

    Before an upgrade a verified copy of the file goes to ``backup_dir`` (by
    default the ``backups`` folder beside the database).
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise OpenError(OpenError.MISSING_FOLDER, path)
    state = inspect_file(path)
    if state.revision == HEAD_REVISION:
        return Database(path)
    from housedesk.db import migrate  # the models and Alembic: only for a new or older file

    return migrate.create_or_upgrade(path, state, backup_dir)
