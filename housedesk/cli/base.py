"""What every command shares: the one way to fail, and finding the database.

A handler reports a failure by raising ``CommandError`` with one English line
and an exit status (2, a bad option or path, unless it says otherwise);
``housedesk.cli.main`` prints it as ``housedesk: error: …`` on stderr. Nothing
here loads SQLAlchemy or Qt, so a bad path is refused before either loads.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from housedesk.common.outputs import OutputError, check_target
from housedesk.common.paths import default_db_path, is_read_only
from housedesk.common.periods import Period
from housedesk.db import Database, OpenError, open_database
from housedesk.db.health import quick_check
from housedesk.db.schema import inspect_file

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A command could not do its work: ``message`` is printed on one line, ``status`` returned."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not at least 1")
    return number


def db_path(args: argparse.Namespace) -> Path:
    """The ``--db`` path, or the default database."""
    return Path(getattr(args, "db", None) or default_db_path())


def existing_database(args: argparse.Namespace) -> Path:
    """The ``--db`` path, which must be a file."""
    path = db_path(args)
    if not path.parent.is_dir():
        raise CommandError(OpenError(OpenError.MISSING_FOLDER, path).describe())
    if not path.is_file():
        raise CommandError(f"{path} does not exist")
    return path


def check_path(path: Path) -> None:
    """Refuse a path that cannot hold a housedesk database."""
    if not path.parent.is_dir():
        missing = OpenError(OpenError.MISSING_FOLDER, path)
        raise CommandError(missing.describe()) from missing
    try:
        inspect_file(path)  # an older schema is upgraded and a newer one refused when opened
    except OpenError as exc:
        raise CommandError(exc.describe()) from exc


def refuse_if_damaged(path: Path) -> None:
    """Refuse (exit 1) a database that fails its quick check: never read or write a damaged one."""
    result = quick_check(path)
    if not result.ok:
        raise CommandError(
            f"{path} is damaged; nothing was read or written "
            "('housedesk check' says what is wrong and names the newest good backup)",
            EXIT_FAILED,
        )


def open_or_fail(path: Path) -> Database:
    """The database at ``path``, checked first; a damaged one is refused, never opened."""
    if path.exists() and is_read_only(path):
        raise CommandError(
            f"{path} is read-only (its folder or medium cannot be written); "
            "copy it to a folder you may write in first"
        )
    refuse_if_damaged(path)
    try:
        return open_database(path)
    except OpenError as exc:
        raise CommandError(exc.describe()) from exc


def parse_period(text: str) -> Period:
    """A quarter (2026-Q3) or a year (2026), as the ``--period`` option gives it."""
    try:
        return Period.parse(text)
    except ValueError:
        raise CommandError(
            f"'{text}' is not a period: write a quarter as 2026-Q3 or a year as 2026"
        ) from None


_T = TypeVar("_T")


def painted(write: Callable[[], _T]) -> _T:
    """What ``write()`` gives, painted with Qt without a screen (unless one is set): a report
    or a sheet as a PDF. A file it cannot write fails the command (exit 1)."""
    from housedesk.ui.overview.report import painting_application

    end = painting_application()
    try:
        return write()
    except OutputError as exc:
        raise CommandError(exc.describe(), EXIT_FAILED) from exc
    finally:
        end()


def checked_output(
    target: Path, suffix: str, args: argparse.Namespace, *, database: Path | None = None
) -> Path:
    """The output file ``-o`` names, refused if writing it could destroy anything.

    Never the database or a file beside it, never another SQLite file, only a
    file ending in ``suffix``; an existing one only with ``--force``.
    """
    try:
        return check_target(
            target,
            suffix,
            replace=getattr(args, "force", False),
            databases=[database] if database is not None else [],
        )
    except OutputError as exc:
        raise CommandError(exc.describe()) from exc
