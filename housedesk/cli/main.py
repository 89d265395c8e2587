"""The command line: the options of the app and its subcommands (no Qt here).

``housedesk`` alone starts the window; every subcommand's handler lives in a
module of its own beside this one and is imported only when its command runs,
so start-up stays light. A handler fails by raising ``CommandError``
(``housedesk.cli.base``); usage errors and bad paths print one line and exit
with 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from housedesk import __version__
from housedesk.cli.base import EXIT_USAGE, CommandError, positive_int


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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder, one line per step; exit 0 if all pass",
    )
    parser.add_argument(
        "--offscreen",
        action="store_true",
        help="with --self-test: keep the window off the screen (the default without a screen)",
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
    demo.set_defaults(handler=_demo)

    ics = commands.add_parser(
        "ics", parents=[db_option], help="export the schedule as a calendar file (.ics)"
    )
    ics.add_argument("--room", metavar="CODE", help="only this room (default: the whole house)")
    ics.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the .ics file to write"
    )
    ics.add_argument("--force", action="store_true", help="replace an existing .ics file")
    ics.set_defaults(handler=_ics)

    backup = commands.add_parser(
        "backup",
        parents=[db_option],
        help="write a verified copy of the database (and of the import history beside it)",
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="the folder for the copy (default: the backups folder beside the database)",
    )
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser(
        "restore", parents=[db_option], help="put a backup back in place of the database"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the copy to restore")
    restore.set_defaults(handler=_restore)
    check = commands.add_parser("check", parents=[db_option], help="check the database for damage")
    check.set_defaults(handler=_check)
    purge = commands.add_parser(
        "purge-contacts",
        parents=[db_option],
        help="remove the personal data of users archived long ago (contacts, private names)",
    )
    purge.add_argument(
        "--years", type=positive_int, required=True, metavar="N", help="archived over N years ago"
    )
    purge.add_argument("--yes", action="store_true", help="do not ask before removing")
    purge.set_defaults(handler=_purge_contacts)
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
    export.add_argument(
        "--force", action="store_true", help="replace an existing workbook of this name"
    )
    remarks = export.add_mutually_exclusive_group()
    remarks.add_argument(
        "--remarks",
        metavar="TEXT",
        help="the board's remarks for the Toelichting sheet, kept with the period's approval "
        '(default: those kept before; "" for none)',
    )
    remarks.add_argument(
        "--remarks-file",
        type=Path,
        metavar="FILE",
        help="the same, read from a UTF-8 text file",
    )
    export.set_defaults(handler=_export)
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
    report.add_argument("--force", action="store_true", help="replace an existing .pdf file")
    report.set_defaults(handler=_report)

    sheet = commands.add_parser(
        "agenda-sheet",
        parents=[db_option],
        help="write the week or day sheet of the agenda as a PDF (A4, for the notice board)",
    )
    which = sheet.add_mutually_exclusive_group(required=True)
    which.add_argument("--week", metavar="WEEK", help="a week, written as 2027-W02")
    which.add_argument("--day", metavar="DATE", help="a day, written as 2027-01-12")
    sheet.add_argument(
        "--pdf",
        "-o",
        "--output",
        dest="pdf",
        type=Path,
        required=True,
        metavar="FILE",
        help="the .pdf file to write",
    )
    sheet.add_argument("--force", action="store_true", help="replace an existing .pdf file")
    sheet.set_defaults(handler=_agenda_sheet)

    aggregate = commands.add_parser(
        "aggregate",
        help="count the houses' exchange workbooks into one aggregate workbook and a printable"
        " report (municipality)",
    )
    aggregate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="workbooks, or folders holding them (none: what the import history holds)",
    )
    aggregate.add_argument(
        "-o", "--output", type=Path, metavar="OUT.xlsx", help="the aggregate workbook to write"
    )
    aggregate.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT.pdf",
        help="an A4 report of all houses for a period, with a year earlier, to write",
    )
    aggregate.add_argument(
        "--period",
        metavar="PERIOD",
        help="the report's period, 2026-Q3 or 2026 (default: the latest quarter that has"
        " ended, when anything counts for it)",
    )
    aggregate.add_argument(
        "--history",
        type=Path,
        metavar="FILE",
        help="the import history (default: gemeente.sqlite3 beside the database)",
    )
    aggregate.add_argument(
        "--no-history",
        action="store_true",
        help="count only these files; do not read or update the import history",
    )
    aggregate.add_argument("--force", action="store_true", help="replace existing output files")
    aggregate.set_defaults(handler=_aggregate)
    return parser


# Each handler is imported when its command runs; the imports are written out so
# that import-linter sees them.


def _demo(args: argparse.Namespace) -> int:
    from housedesk.cli import demo

    return demo.run(args)


def _ics(args: argparse.Namespace) -> int:
    from housedesk.cli import ics

    return ics.run(args)


def _backup(args: argparse.Namespace) -> int:
    from housedesk.cli import maintenance

    return maintenance.run_backup(args)


def _restore(args: argparse.Namespace) -> int:
    from housedesk.cli import maintenance

    return maintenance.run_restore(args)


def _check(args: argparse.Namespace) -> int:
    from housedesk.cli import maintenance

    return maintenance.run_check(args)


def _purge_contacts(args: argparse.Namespace) -> int:
    from housedesk.cli import maintenance

    return maintenance.run_purge_contacts(args)


def _export(args: argparse.Namespace) -> int:
    from housedesk.cli import export

    return export.run(args)


def _report(args: argparse.Namespace) -> int:
    from housedesk.cli import report

    return report.run(args)


def _agenda_sheet(args: argparse.Namespace) -> int:
    from housedesk.cli import sheet

    return sheet.run(args)


def _aggregate(args: argparse.Namespace) -> int:
    from housedesk.cli import aggregate

    return aggregate.run(args)


def _self_test(args: argparse.Namespace) -> int:
    from housedesk.cli import selftest

    return selftest.run(args)


def main(argv: Sequence[str] | None, start_gui: Callable[[argparse.Namespace], int]) -> int:
    """Parse ``argv`` and run the command, or ``start_gui`` when there is none."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", start_gui)
    if args.self_test:
        if args.command is not None or hasattr(args, "db"):
            parser.error("--self-test makes a database of its own and takes no command")
        handler = _self_test
    elif args.offscreen:
        parser.error("--offscreen goes with --self-test")
    try:
        return handler(args)
    except CommandError as exc:
        print(f"housedesk: error: {exc.message}", file=sys.stderr)
        return exc.status
