"""Opening a database file: what is in it, and the cheap way in when it is current.

Start-up must stay cheap, so this module needs only the standard library's
``sqlite3``: the common case (the schema is already current) reads one row
from ``alembic_version`` and hands back a ``Database`` whose engine, and
SQLAlchemy with it, is made on first use. Only a new, empty or older file goes
through ``housedesk.db.migrate`` (the models, and Alembic for an upgrade).
"""

from __future__ import annotations

from pathlib import Path

from housedesk.db import schema
from housedesk.db.engine import Database
from housedesk.db.schema import OpenError


def open_database(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Open ``path`` as a housedesk database at the current schema, creating or upgrading it.

    Before an upgrade a verified copy of the file goes to ``backup_dir`` (by
    default the ``backups`` folder beside the database).
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise OpenError(OpenError.MISSING_FOLDER, path)
    state = schema.inspect_file(path)
    if state.revision == schema.HEAD_REVISION:
        return Database(path)
    from housedesk.db import migrate  # the models and Alembic: only for a new or older file

    return migrate.create_or_upgrade(path, state, backup_dir)
