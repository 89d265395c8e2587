"""The adviser's import history: every export counted once, and which houses are expected.

The municipality's adviser reads a folder of house workbooks every quarter, and
the folder usually still holds last quarter's files. This small SQLite file
(``gemeente.sqlite3`` beside the municipality's database, ``path_for``; it is
backed up and restored with that database, see ``db.backup``)
remembers every export by its ``export_id`` with its summed figures, so reading
a folder again counts nothing twice, a newer export of the same house and
period replaces the older one, and the history of each house can be shown.
It also keeps the list of houses the municipality expects a file from.

What the history keeps was accepted once, perhaps by an older version with
looser rules, or written by something else altogether. So every stored export
is checked again with today's rules whenever it is used (``checked_exports``):
one that fails is a ``RefusedExport``, to be reported and never counted, and
no stored row, however broken, stops the others being used.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from housedesk.common import paths
from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError
from housedesk.db.schema import APPLICATION_ID
from housedesk.exchange import format as fmt
from housedesk.exchange.reader import HouseSummary, check_summary

FILENAME = paths.HISTORY_FILENAME
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS expected_houses (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS exports (
    export_id TEXT PRIMARY KEY,
    house_code TEXT NOT NULL,
    period TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS exports_by_house ON exports (house_code, period);
CREATE TABLE IF NOT EXISTS readings (
    id INTEGER PRIMARY KEY,
    read_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    house_code TEXT,
    period TEXT,
    export_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('geteld', 'afgewezen', 'vervangen', 'dubbel')),
    messages TEXT NOT NULL,
    read_before INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS readings_by_house ON readings (house_code, read_at);
CREATE INDEX IF NOT EXISTS readings_by_time ON readings (read_at);
"""
#: Columns added since a table was first made, with their definition: added when missing.
#: Added columns never raise ``SCHEMA_VERSION``, so an older housedesk still opens the file.
_ADDED_COLUMNS = {
    ("readings", "read_before"): "INTEGER NOT NULL DEFAULT 0",
}


def path_for(db_path: Path) -> Path:
    """The history that belongs to the database at ``db_path``: ``gemeente.sqlite3`` beside it.

    Beside it, so that the database's backups (daily, by hand, on the command
    line) take the history with them and a restore puts the two back together.
    """
    return paths.history_path_for(db_path)


def default_path() -> Path:
    """The history beside the default database (``gemeente.sqlite3`` in the data folder)."""
    return path_for(paths.default_db_path())


@dataclass(frozen=True)
class ExpectedHouse:
    code: str
    name: str


@dataclass(frozen=True)
class StoredExport:
    """An export counted at some time, with its figures, that today's rules still accept."""

    export_id: str
    file_name: str
    imported_at: dt.datetime
    summary: HouseSummary


@dataclass(frozen=True)
class RefusedExport:
    """An export kept in the history that today's rules refuse: reported, never counted."""

    export_id: str
    file_name: str
    # when it was imported, and its house and period, as far as the history says
    imported_at: dt.datetime | None
    house_code: str | None
    period: str | None
    # what is wrong with it, in Dutch
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """One file read in one run, whatever became of it."""

    read_at: dt.datetime
    file_name: str
    house_code: str | None
    period: str | None
    export_id: str | None
    status: str
    messages: tuple[str, ...]
    #: The export was counted in an earlier run ("al eerder gelezen").
    read_before: bool = False


class HistoryError(Exception):
    """The history file cannot be used (another program's file, or a newer version)."""


class ImportHistory:
    """The adviser's history file; open it, use it, ``close()`` it (or use ``with``)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            self._connection.execute("PRAGMA foreign_keys = ON")
            self._connection.execute("PRAGMA synchronous = FULL")
            self._connection.execute("PRAGMA busy_timeout = 5000")
            self._connection.execute("PRAGMA trusted_schema = OFF")
            if self._is_a_database():
                raise HistoryError(f"{self.path} is a housedesk database, not an import history")
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryError(f"{self.path} was made by a newer housedesk")
            # executescript commits any open transaction first, so the script brings its own
            self._connection.executescript(
                f"BEGIN IMMEDIATE; {self._added_columns()} {_SCHEMA}"
                f" PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        except sqlite3.DatabaseError as exc:
            self._connection.close()
            raise HistoryError(f"{self.path} is not an import history ({exc})") from exc
        except HistoryError:
            self._connection.close()
            raise

    def _added_columns(self) -> str:
        """The statements that add the columns an older history's tables lack."""
        statements = []
        for (table, column), definition in _ADDED_COLUMNS.items():
            present = {row[1] for row in self._connection.execute(f"PRAGMA table_info({table})")}
            if present and column not in present:
                statements.append(f"ALTER TABLE {table} ADD COLUMN {column} {definition};")
        return " ".join(statements)

    def _is_a_database(self) -> bool:
        """Whether the file is a housedesk database (never to be written into as a history)."""
        mark = self._connection.execute("PRAGMA application_id").fetchone()[0]
        tables = self._connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
        return bool(mark == APPLICATION_ID or tables)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> ImportHistory:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield self._connection
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")

    # expected houses

    def expected_houses(self) -> tuple[ExpectedHouse, ...]:
        """The houses the municipality expects a file from, by code."""
        rows = self._connection.execute("SELECT code, name FROM expected_houses ORDER BY code")
        return tuple(ExpectedHouse(code, name) for code, name in rows)

    def set_expected_houses(self, houses: Iterable[tuple[str, str]]) -> None:
        """Replace the list of expected houses with ``houses`` as (code, name)."""
        houses = [(code.strip().upper(), name.strip()) for code, name in houses]
        problems: list[Problem] = []
        seen: set[str] = set()
        for code, name in houses:
            if not fmt.HOUSE_CODE.fullmatch(code):
                problems.append(
                    Problem(
                        "code",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{code} is not a house code (2 to 12 characters A-Z, 0-9 and -).",
                        ),
                        {"code": code},
                    )
                )
            elif code in seen:
                problems.append(
                    Problem(
                        "code",
                        QT_TRANSLATE_NOOP("core", "The house {code} is in the list twice."),
                        {"code": code},
                    )
                )
            if not name:
                problems.append(Problem("name", QT_TRANSLATE_NOOP("core", "Enter a name.")))
            seen.add(code)
        if problems:
            raise ValidationError(problems)
        with self._transaction() as connection:
            connection.execute("DELETE FROM expected_houses")
            connection.executemany("INSERT INTO expected_houses VALUES (?, ?)", houses)

    # exports

    def export(
        self, export_id: str, *, now: dt.datetime | None = None
    ) -> StoredExport | RefusedExport | None:
        """The stored export with this id, if it was ever counted, checked as at ``now``."""
        row = self._connection.execute(
            f"SELECT {_EXPORT_COLUMNS} FROM exports WHERE export_id = ?", (export_id,)
        ).fetchone()
        return _checked(row, now or dt.datetime.now(dt.UTC)) if row else None

    def exports(self, *, now: dt.datetime | None = None) -> tuple[StoredExport, ...]:
        """Every export ever counted (current and replaced) that today's rules still accept,
        oldest import first; ``checked_exports`` has the refused ones too."""
        return self.checked_exports(now=now)[0]

    def checked_exports(
        self, *, now: dt.datetime | None = None
    ) -> tuple[tuple[StoredExport, ...], tuple[RefusedExport, ...]]:
        """Every export ever counted, checked again with today's rules as at ``now`` (aware;
        by default the current time): those that still pass and those that do not, each
        oldest import first. Never raises for what a row holds."""
        moment = now or dt.datetime.now(dt.UTC)
        rows = self._connection.execute(
            f"SELECT {_EXPORT_COLUMNS} FROM exports"
            " ORDER BY imported_at, house_code, period, exported_at"
        )
        usable: list[StoredExport] = []
        refused: list[RefusedExport] = []
        for row in rows:
            export = _checked(row, moment)
            if isinstance(export, StoredExport):
                usable.append(export)
            else:
                refused.append(export)
        return tuple(usable), tuple(refused)

    def record(
        self,
        new_exports: Sequence[tuple[HouseSummary, str]],
        readings: Sequence[Reading],
        *,
        now: dt.datetime | None = None,
        replacing: Iterable[str] = (),
    ) -> None:
        """Store the exports first counted in this run (summary, file name) and what was read.

        One transaction: a run is in the history whole or not at all. An export
        already stored stays as it was, unless its id is in ``replacing``: a
        stored export that today's rules refuse, read again from a file that passes.
        """
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
        with self._transaction() as connection:
            connection.executemany(
                "DELETE FROM exports WHERE export_id = ?", [(export_id,) for export_id in replacing]
            )
            connection.executemany(
                "INSERT OR IGNORE INTO exports VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        summary.export_id,
                        summary.house_code,
                        summary.period,
                        summary.exported_at,
                        file_name,
                        moment,
                        json.dumps(summary.to_json(), ensure_ascii=False),
                    )
                    for summary, file_name in new_exports
                ],
            )
            connection.executemany(
                "INSERT INTO readings (read_at, file_name, house_code, period, export_id,"
                " status, messages, read_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        reading.read_at.astimezone(dt.UTC).isoformat(),  # sorts as text
                        reading.file_name,
                        reading.house_code,
                        reading.period,
                        reading.export_id,
                        reading.status,
                        "\n".join(reading.messages),
                        int(reading.read_before),
                    )
                    for reading in readings
                ],
            )

    def readings(self, house_code: str | None = None) -> tuple[Reading, ...]:
        """What was read, oldest first; only of one house when ``house_code`` is given."""
        query = f"SELECT {_READING_COLUMNS} FROM readings"
        parameters: tuple[str, ...] = ()
        if house_code is not None:
            query += " WHERE house_code = ?"
            parameters = (house_code,)
        rows = self._connection.execute(query + " ORDER BY read_at, id", parameters)
        return tuple(_reading(row) for row in rows)

    def last_run(self) -> tuple[Reading, ...]:
        """The files read in the last run (one moment for all), in the order they were read."""
        rows = self._connection.execute(
            f"SELECT {_READING_COLUMNS} FROM readings"
            " WHERE read_at = (SELECT max(read_at) FROM readings) ORDER BY id"
        )
        return tuple(_reading(row) for row in rows)


_READING_COLUMNS = (
    "read_at, file_name, house_code, period, export_id, status, messages, read_before"
)


def _reading(row: tuple[Any, ...]) -> Reading:
    read_at, file_name, code, period, export_id, status, messages, read_before = row
    return Reading(
        dt.datetime.fromisoformat(read_at),
        file_name,
        code,
        period,
        export_id,
        status,
        tuple(messages.splitlines()),
        bool(read_before),
    )


_EXPORT_COLUMNS = "export_id, file_name, imported_at, house_code, period, summary"


def _checked(row: tuple[object, ...], now: dt.datetime) -> StoredExport | RefusedExport:
    """A row of ``exports`` checked with today's rules; whatever the row holds."""
    export_id, file_name, imported_text, house_code, period, summary_text = (
        None if value is None else str(value) for value in row
    )
    export_id, file_name = export_id or "", file_name or ""
    try:
        return _check_row(
            export_id, file_name, imported_text, house_code, period, summary_text, now
        )
    except Exception as exc:  # no stored row, however broken, may stop a run
        problem = f"de opgeslagen export is onleesbaar ({type(exc).__name__})"
        return RefusedExport(export_id, file_name, None, house_code, period, (problem,))


def _check_row(
    export_id: str,
    file_name: str,
    imported_text: str | None,
    house_code: str | None,
    period: str | None,
    summary_text: str | None,
    now: dt.datetime,
) -> StoredExport | RefusedExport:
    problems: list[str] = []
    imported_at = _moment(imported_text)
    if imported_at is None:
        problems.append(f"ingelezen op {imported_text!r} is geen tijdstip")
    found: tuple[str, ...]
    try:
        data = json.loads(summary_text or "")
    except ValueError:
        summary, found = None, ("de opgeslagen cijfers zijn geen JSON",)
    else:
        # the moment of reading was the import; a row that claims a later one is not believed
        read_at = min(imported_at, now) if imported_at is not None else now
        summary, found = check_summary(data, read_at=read_at)
    problems.extend(found)
    if summary is not None:
        for name, stored, inside in (
            ("export_id", export_id, summary.export_id),
            ("huis_code", house_code, summary.house_code),
            ("periode", period, summary.period),
        ):
            if stored != inside:
                problems.append(
                    f"{name} {stored!r} van de geschiedenis verschilt van de cijfers ({inside!r})"
                )
    if problems or summary is None or imported_at is None:
        return RefusedExport(export_id, file_name, imported_at, house_code, period, tuple(problems))
    return StoredExport(export_id, file_name, imported_at, summary)


def _moment(text: str | None) -> dt.datetime | None:
    """An aware moment from its ISO text (a naive one is UTC); ``None`` when it is none."""
    try:
        moment = dt.datetime.fromisoformat(text or "")
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
