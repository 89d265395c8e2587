"""Creating a database at the current schema, or bringing an older one up to it.

``housedesk.db.opening.open_database`` comes here only when the file is not at
the current schema: a new or empty file is created from the models in one
transaction and stamped with the head revision (a test proves models and
migrations agree); an older schema is first copied to the backups folder, then
upgraded by Alembic in a transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from housedesk.common.paths import backup_dir_for
from housedesk.db import schema
from housedesk.db.backup import copy_database, timestamped_name
from housedesk.db.engine import Database, make_engine
from housedesk.db.models import Base
from housedesk.db.schema import OpenError, SchemaState

if TYPE_CHECKING:
    from alembic.config import Config


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
        connection.execute(text(f"PRAGMA application_id = {schema.APPLICATION_ID}"))
        connection.execute(text("DELETE FROM alembic_version"))  # left empty by a downgrade
        connection.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:rev)"),
            {"rev": schema.HEAD_REVISION},
        )


def alembic_config(db: Database) -> Config:
    """An Alembic configuration that runs on ``db``'s engine, without an ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.alembic_script_location()))
    config.attributes["engine"] = db.engine
    return config


def upgrade_to_head(db: Database) -> None:
    """Run the Alembic migrations up to head (each revision in its own transaction)."""
    from alembic import command

    command.upgrade(alembic_config(db), "head")


def create_or_upgrade(path: Path, state: SchemaState, backup_dir: Path | None) -> Database:
    """Bring the file at ``path`` (found in ``state``) to the current schema, and open it."""
    db = Database(path, make_engine(path))
    try:
        if state.revision is None:
            create_at_head(db)
            return db
        if state.revision not in schema.known_revisions():
            raise OpenError(OpenError.NEWER, path, state.revision)
        target_dir = backup_dir or backup_dir_for(path)
        copy_database(path, target_dir / timestamped_name(path, f"pre-upgrade-{state.revision}"))
        upgrade_to_head(db)
    except BaseException:
        db.close()
        raise
    return db
