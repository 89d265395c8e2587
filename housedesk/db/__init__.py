"""The database layer: models, engine and unit of work, opening and migrating files."""

from housedesk.db.engine import Database
from housedesk.db.migrate import HEAD_REVISION, OpenError, open_database

__all__ = ["HEAD_REVISION", "Database", "OpenError", "open_database"]
