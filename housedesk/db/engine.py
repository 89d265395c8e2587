"""The SQLite engine and the unit of work.

Every connection gets the same pragmas (see ``docs/architecture.md``):
foreign keys on, WAL journal, ``synchronous=FULL`` so that a committed save
survives a power cut, and a busy timeout. Transactions are begun explicitly
(the pysqlite driver's own transaction handling is switched off, as the
SQLAlchemy documentation recommends), so SQLite's locking is predictable.

A ``Database`` is cheap to make: its engine, and SQLAlchemy with it, is made
on first use. The window shows before that (``housedesk.ui.shell.warmup`` loads
SQLAlchemy in the background once it has), and ``plain_reading()`` gives
start-up's few reads a read-only ``sqlite3`` connection without it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from housedesk.common.paths import read_only_uri

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA trusted_schema = OFF",
)


def configure_connection(connection: sqlite3.Connection) -> None:
    """Apply housedesk's pragmas to a raw sqlite3 connection."""
    for pragma in PRAGMAS:
        connection.execute(pragma).close()


def make_engine(path: Path, **kwargs: Any) -> Engine:
    """An engine on the SQLite file ``path`` with housedesk's connection settings."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL

    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        configure_connection(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open housedesk database: an engine and a factory of short sessions.

    The UI opens one ``transaction()`` per user action: it commits when the
    block ends and rolls back if it raises, so every save is all or nothing.
    """

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        if engine is not None:
            self.engine = engine

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.path)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; whatever it changed is rolled back."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only ``sqlite3`` connection in one read transaction, without SQLAlchemy.

        For the few reads start-up needs before the engine exists; rows come
        back as plain tuples.
        """
        connection = sqlite3.connect(read_only_uri(self.path), uri=True, isolation_level=None)
        with closing(connection):
            connection.execute("PRAGMA busy_timeout = 5000").close()
            connection.execute("BEGIN").close()
            try:
                yield connection
            finally:
                connection.execute("ROLLBACK").close()

    def close(self) -> None:
        if "engine" in self.__dict__:  # never used: nothing to close
            self.engine.dispose()


@contextmanager
def reading(source: Database | Session) -> Iterator[Session]:
    """A session to read with: ``source`` itself when it is one (the caller's transaction),
    else a reading session of the database ``source``."""
    if isinstance(source, Database):
        with source.reading() as session:
            yield session
    else:
        yield source
