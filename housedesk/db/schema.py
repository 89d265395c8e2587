"""Which schema a file holds, which one this housedesk writes, and which ones it knows.

A leaf of the database layer: opening, migrating, backing up and restoring all
ask it, and it needs only the standard library (Alembic only to list the
known revisions, when an older or newer file turns up).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from housedesk.common.file_errors import FileError
from housedesk.common.paths import read_only_uri
from housedesk.common.problems import QT_TRANSLATE_NOOP

#: The newest Alembic revision; tests/db/test_migrations.py keeps it equal to the scripts' head.
HEAD_REVISION = "0003"

# housedesk's mark in the SQLite file header (``PRAGMA application_id``): "HDSK".
APPLICATION_ID = 0x4844534B
# Tables every housedesk database has had since the first revision: how a file from
# before the mark (revision 0001) is told from another Alembic-based program's database.
OWN_TABLES = frozenset({"house", "settings", "rooms", "users", "activities", "bookings"})


def alembic_script_location() -> Path:
    """The Alembic scripts: inside the installed package, or the source tree's alembic/."""
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "_alembic"
    if (installed / "env.py").is_file():
        return installed
    source = package_dir.parent / "alembic"
    if (source / "env.py").is_file():
        return source
    raise FileNotFoundError("the Alembic scripts of housedesk are missing from this installation")


def known_revisions() -> set[str]:
    """The schema revisions this version of housedesk knows (its Alembic scripts)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(alembic_script_location()))
    return {rev.revision for rev in script.walk_revisions()}


class OpenError(FileError):
    """The file cannot be opened as a housedesk database; ``reason`` says why."""

    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    NEWER = "newer"
    MISSING_FOLDER = "missing_folder"
    UNREADABLE = "unreadable"
    MESSAGES: ClassVar[dict[str, str]] = {
        NOT_SQLITE: QT_TRANSLATE_NOOP("core", "{path} is not a database file"),
        FOREIGN: QT_TRANSLATE_NOOP(
            "core", "{path} is a database of another program, not of housedesk"
        ),
        NEWER: QT_TRANSLATE_NOOP(
            "core",
            "{path} was made by a newer version of housedesk (schema {detail}); "
            "update housedesk first",
        ),
        MISSING_FOLDER: QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"),
        UNREADABLE: QT_TRANSLATE_NOOP("core", "{path} cannot be opened: {detail}"),
    }


@dataclass(frozen=True)
class SchemaState:
    """What is in a database file before we open it."""

    exists: bool
    revision: str | None  # None: no housedesk schema yet (new or empty file)


def inspect_file(path: Path) -> SchemaState:
    """Read the schema revision of ``path`` without changing anything.

    A housedesk database carries housedesk's mark (``APPLICATION_ID``) and an
    ``alembic_version``; one from before the mark is recognised by its tables.
    Anything else holding tables, another Alembic-based program's database
    included, is refused as ``FOREIGN`` and never written to.
    """
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(exists=path.exists(), revision=None)
    if path.is_dir():
        raise OpenError(OpenError.UNREADABLE, path, "it is a folder")
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise OpenError(OpenError.UNREADABLE, path, str(exc)) from exc
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        mark = con.execute("PRAGMA application_id").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise OpenError(OpenError.NOT_SQLITE, path) from exc
        raise OpenError(OpenError.UNREADABLE, path, str(exc)) from exc
    finally:
        con.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_")} - {"alembic_version"}
    ours = mark == APPLICATION_ID or (mark == 0 and user_tables >= OWN_TABLES)
    if revision is not None and ours:
        return SchemaState(exists=True, revision=revision)
    if user_tables or revision is not None or mark not in (0, APPLICATION_ID):
        raise OpenError(OpenError.FOREIGN, path)
    return SchemaState(exists=True, revision=None)  # empty: nothing of anyone's in it yet
