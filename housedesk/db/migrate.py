"""Opening a database: create it at the current schema, or bring an older one up to it.

Start-up must stay cheap, so the common case (the schema is already current)
reads one row from ``alembic_version`` and never imports Alembic. A new or
empty file is created from the models in one transaction and stamped with the
head revision (a test proves models and migrations agree). An older schema is
first copied to the backups folder, then upgraded by Alembic in a transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from sqlalchemy import text

from housedesk.db.backup import copy_database, timestamped_name
from housedesk.db.engine import Database, make_engine
from housedesk.db.errors import FileError
from housedesk.db.models import Base
from housedesk.paths import backup_dir_for

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


def create_at_head(db: Database) -> None:
    """Create every table of the models and stamp the head revision, in one transaction."""
    with db.engine.begin() as connection:
        Base.metadata.create_all(connection)
        connection.execute(
            text(
                "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
        )
        connection.execute(text("DELETE FROM alembic_version"))  # left empty by a downgrade
        connection.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:rev)"), {"rev": HEAD_REVISION}
        )


def alembic_config(db: Database):
    """An Alembic configuration that runs on ``db``'s engine, without an ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(alembic_script_location()))
    config.attributes["engine"] = db.engine
    return config


def known_revisions(db: Database) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade_to_head(db: Database) -> None:
    """Run the Alembic migrations up to head (each revision in its own transaction)."""
    from alembic import command

    command.upgrade(alembic_config(db), "head")


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

    db = Database(path, make_engine(path))
    try:
        if state.revision is None:
            create_at_head(db)
            return db
        if state.revision not in known_revisions(db):
            raise OpenError(OpenError.NEWER, path, state.revision)
        target_dir = backup_dir or backup_dir_for(path)
        copy_database(path, target_dir / timestamped_name(path, f"pre-upgrade-{state.revision}"))
        upgrade_to_head(db)
    except BaseException:
        db.close()
        raise
    return db
