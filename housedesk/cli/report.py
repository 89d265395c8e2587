"""``housedesk report``: the board's report of a period as a PDF, also without a screen."""

from __future__ import annotations

import argparse

from housedesk.cli.base import (
    CommandError,
    checked_output,
    db_path,
    open_or_fail,
    painted,
    parse_period,
)
from housedesk.core import installation
from housedesk.ui.overview.report import write_report


def run(args: argparse.Namespace) -> int:
    """``housedesk report --period 2026-Q3 -o FILE.pdf [--db PATH]``: print the file's path."""
    period = parse_period(args.period)
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"{path} does not exist")
    target = checked_output(args.output, ".pdf", args, database=path)
    db = open_or_fail(path)
    try:
        installed = installation.load(db)
        if installed is None or installed.house is None:
            raise CommandError(f"{path} is not a house's database: set up the house first")
        house = installed.house
        written = painted(
            lambda: write_report(db, period.first_day, period.last_day, target, house)
        )
    finally:
        db.close()
    print(written)
    return 0
