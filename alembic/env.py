"""Alembic environment for housedesk.

Run programmatically by ``housedesk.db.migrate`` (the engine is handed over in
``config.attributes["engine"]``), or by the ``alembic`` command from the source
tree with ``alembic.ini`` (``sqlalchemy.url`` or ``-x db=PATH``).

Migrations run with SQLite's foreign keys OFF, as Alembic's batch documentation
requires: a batch operation copies a table and drops the old one, and with
foreign keys on, that drop deletes (cascade) or refuses the rows that point at
it. Each revision ends with ``PRAGMA foreign_key_check`` inside its
transaction, so a revision that leaves a dangling reference is rolled back.
"""

from pathlib import Path
from typing import Any

from alembic import context
from sqlalchemy import Connection, Engine

from housedesk.db.engine import make_engine
from housedesk.db.models import Base

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine
    db = context.get_x_argument(as_dictionary=True).get("db")
    if db is None:
        raise SystemExit("give the database as: alembic -x db=PATH ...")
    return make_engine(Path(db))


def run_migrations_offline() -> None:
    context.configure(
        url="sqlite://",
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


class DanglingReferences(RuntimeError):
    """A revision left rows that point at nothing; it is rolled back."""


def _check_references(connection: Connection) -> None:
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise DanglingReferences(f"foreign key check failed: {problems[:5]}")


def _foreign_keys(connection: Connection, on: bool) -> None:
    """Switch foreign keys; outside a transaction, where SQLite honours the pragma."""
    raw: Any = connection.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}").close()


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        _foreign_keys(connection, False)
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                transaction_per_migration=True,
                on_version_apply=[lambda **_kw: _check_references(connection)],
            )
            with context.begin_transaction():
                context.run_migrations()
        finally:
            if connection.in_transaction():
                connection.rollback()
            _foreign_keys(connection, True)  # the pooled connection goes back as it came


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
