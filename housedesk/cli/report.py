"""``housedesk report``: the board's report of a period as a PDF, also without a screen."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from housedesk.cli.base import CommandError, db_path, open_or_fail, parse_period
from housedesk.core import installation
from housedesk.ui.overview.report import painting_application, write_report


def run(args: argparse.Namespace) -> int:
    """``housedesk report --period 2026-Q3 -o FILE.pdf [--db PATH]``: print the file's path."""
    period = parse_period(args.period)
    target = Path(args.output).absolute()
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK | os.X_OK):
        raise CommandError(f"cannot write in {target.parent}")
    if target.is_dir():
        raise CommandError(f"{target} is a folder: give the name of the .pdf file")
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"{path} does not exist")
    db = open_or_fail(path)
    try:
        installed = installation.load(db)
        if installed is None or installed.house is None:
            raise CommandError(f"{path} is not a house's database: set up the house first")
        end = painting_application()
        try:
            written = write_report(db, period.first_day, period.last_day, target, installed.house)
        except OSError as exc:
            raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from exc
        finally:
            end()
    finally:
        db.close()
    print(written)
    return 0
