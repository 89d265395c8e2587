"""``housedesk agenda-sheet``: the week or day sheet for the notice board, as a PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from housedesk.cli.base import (
    CommandError,
    check_path,
    checked_output,
    existing_database,
    open_or_fail,
    painted,
)

_WEEK = re.compile(r"([0-9]{4})-?W([0-9]{1,2})", re.IGNORECASE)


def parse_week(text: str) -> dt.date:
    """The Monday of an ISO week written as 2027-W02 (or 2027W2)."""
    match = _WEEK.fullmatch(text.strip())
    if match is not None:
        try:
            return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            pass
    raise CommandError(f"'{text}' is not a week: write it as 2027-W02")


def parse_day(text: str) -> dt.date:
    """A date written as 2027-01-12."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"'{text}' is not a date: write it as 2027-01-12") from None


def run(args: argparse.Namespace) -> int:
    """``housedesk agenda-sheet (--week 2027-W02 | --day 2027-01-12) --pdf FILE.pdf``."""
    from housedesk.ui.agenda.sheet import SheetRange, write_sheet

    sheet = (
        SheetRange.week_of(parse_week(args.week))
        if args.week is not None
        else SheetRange.day(parse_day(args.day))
    )
    path = existing_database(args)
    check_path(path)
    target = checked_output(args.pdf, ".pdf", args, database=path)
    db = open_or_fail(path)
    try:
        pages = painted(lambda: write_sheet(db, sheet, target))
    finally:
        db.close()
    print(f"{target} ({pages} {'page' if pages == 1 else 'pages'})")
    return 0
