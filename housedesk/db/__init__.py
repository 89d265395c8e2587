"""The database layer: models, engine and unit of work, opening and migrating files.

Importing this package is cheap: SQLAlchemy and the models are loaded when a
database is first used (see ``housedesk.db.opening``), so the window can show
before them.
"""

from housedesk.db.engine import Database
from housedesk.db.opening import open_database
from housedesk.db.schema import HEAD_REVISION, OpenError

__all__ = ["HEAD_REVISION", "Database", "OpenError", "open_database"]
