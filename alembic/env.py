"""Alembic environment for housedesk.

Run programmatically by ``housedesk.db.migrate`` (the engine is handed over in
``config.attributes["engine"]``), or by the ``alembic`` command from the source
tree with ``alembic.ini`` (``sqlalchemy.url`` or ``-x db=PATH``).
"""

from pathlib import Path

from alembic import context
from sqlalchemy import Engine

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


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
