"""The SQL a piece of code sends, for the tests that hold it to a few queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from housedesk.db import Database


@contextmanager
def statements_sent(db: Database, *, begin: bool = False) -> Iterator[list[str]]:
    """The SQL statements sent to ``db`` while the block runs, in order; a transaction's
    ``BEGIN`` only if ``begin``."""
    sent: list[str] = []

    def record(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if begin or statement.strip().upper() != "BEGIN":
            sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def selects(statements: list[str]) -> list[str]:
    """The statements that are queries (SELECT)."""
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")]
