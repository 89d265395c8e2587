"""The command line: options of the app and its subcommands (no Qt here).

``housedesk`` alone starts the window; ``housedesk demo`` fills a new database
with a demo house; ``backup``, ``restore``, ``check`` and ``purge-contacts`` are
run by ``housedesk.db.startup``. Usage errors and bad paths print one line and
exit with 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from housedesk import __version__
from housedesk.common.paths import default_db_path
from housedesk.db import OpenError, open_database
from housedesk.db.schema import inspect_file

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad options or a bad path: the message is printed on one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not the usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> Parser:
    db_option = Parser(add_help=False)
    db_option.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="the database file (default: $HOUSEDESK_DB, or housedesk.sqlite3 in the data folder)",
    )
    parser = Parser(
        prog="housedesk",
        description="The registry of a community house. Without a command: open the window.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"housedesk {__version__}")
    parser.add_argument(
        "--lang", choices=["nl", "en"], help="language of the window for this run only"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[db_option], help="create a realistic demo house in a new database"
    )
    demo.add_argument("--years", type=positive_int, default=2, help="years of history (2)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; same seed, same data")
    demo.add_argument(
        "--scale", type=positive_int, default=1, help="multiply rooms, users and activities (1)"
    )
    demo.set_defaults(handler=run_demo)

    ics = commands.add_parser(
        "ics", parents=[db_option], help="export the schedule as a calendar file (.ics)"
    )
    ics.add_argument("--room", metavar="CODE", help="only this room (default: the whole house)")
    ics.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the .ics file to write"
    )
    ics.set_defaults(handler=later("housedesk.core.agenda.ics", "run_ics"))

    backup = commands.add_parser(
        "backup", parents=[db_option], help="write a verified copy of the database"
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="the folder for the copy (default: the backups folder beside the database)",
    )
    backup.set_defaults(handler=later("housedesk.db.startup", "run_backup"))
    restore = commands.add_parser(
        "restore", parents=[db_option], help="put a backup back in place of the database"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the copy to restore")
    restore.set_defaults(handler=later("housedesk.db.startup", "run_restore"))
    check = commands.add_parser("check", parents=[db_option], help="check the database for damage")
    check.set_defaults(handler=later("housedesk.db.startup", "run_check"))
    purge = commands.add_parser(
        "purge-contacts",
        parents=[db_option],
        help="remove the contact details of users archived long ago",
    )
    purge.add_argument(
        "--years", type=positive_int, required=True, metavar="N", help="archived over N years ago"
    )
    purge.add_argument("--yes", action="store_true", help="do not ask before removing")
    purge.set_defaults(handler=later("housedesk.db.startup", "run_purge_contacts"))
    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="write the exchange workbook of a period for the municipality",
    )
    export.add_argument(
        "--period", required=True, metavar="PERIOD", help="a quarter (2026-Q3) or a year (2026)"
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE_OR_DIR",
        help="the .xlsx file, or the folder for HOUSE_PERIOD.xlsx (default: this folder)",
    )
    export.set_defaults(handler=later("housedesk.exchange.writer", "run_export"))
    report = commands.add_parser(
        "report",
        parents=[db_option],
        help="write the board's report of a period as a PDF",
    )
    report.add_argument(
        "--period", required=True, metavar="PERIOD", help="a quarter (2026-Q3) or a year (2026)"
    )
    report.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the .pdf file to write"
    )
    report.set_defaults(handler=later("housedesk.ui.overview.report", "run_report"))

    aggregate = commands.add_parser(
        "aggregate",
        help="count the houses' exchange workbooks into one aggregate workbook (municipality)",
    )
    aggregate.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="workbooks, or folders holding them"
    )
    aggregate.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.xlsx", help="the workbook to write"
    )
    aggregate.add_argument(
        "--history",
        type=Path,
        metavar="FILE",
        help="the import history (default: gemeente.sqlite3 in the data folder)",
    )
    aggregate.add_argument(
        "--no-history",
        action="store_true",
        help="count only these files; do not read or update the import history",
    )
    aggregate.set_defaults(handler=later("housedesk.exchange.aggregate", "run_aggregate"))
    return parser


def later(module: str, function: str) -> Callable[[argparse.Namespace], int]:
    """A command handler imported only when its command runs, so start-up stays light."""

    def handler(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(module), function)(args)

    return handler


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not at least 1")
    return number


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def run_demo(args: argparse.Namespace) -> int:
    path = db_path(args)
    if getattr(args, "db", None) is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = open_or_fail(path)

    from housedesk.core.demo.builder import DemoError, generate_demo

    try:
        summary = generate_demo(db, years=args.years, seed=args.seed, scale=args.scale)
    except DemoError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        db.close()
    print(
        f"Demo house written to {path}: {summary.rooms} rooms, {summary.users} users, "
        f"{summary.activities} activities, {summary.bookings} sessions "
        f"({summary.held} held, {summary.cancelled} cancelled, {summary.planned} planned), "
        f"{summary.signals} signals."
    )
    return 0


def check_path(path: Path) -> None:
    """Refuse, as a ``UsageError``, a path that cannot hold a housedesk database."""
    if not path.parent.is_dir():
        raise UsageError(OpenError(OpenError.MISSING_FOLDER, path).describe())
    try:
        inspect_file(path)  # an older schema is upgraded and a newer one refused when opened
    except OpenError as exc:
        raise UsageError(exc.describe()) from exc


def open_or_fail(path: Path):
    try:
        return open_database(path)
    except OpenError as exc:
        raise UsageError(exc.describe()) from exc


def main(argv: Sequence[str] | None, start_gui: Callable[[argparse.Namespace], int]) -> int:
    """Parse ``argv`` and run the command, or ``start_gui`` when there is none."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", start_gui)
    try:
        return handler(args)
    except UsageError as exc:
        print(f"housedesk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
