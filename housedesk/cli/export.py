"""``housedesk export``: the exchange workbook of a period, for the municipality."""

from __future__ import annotations

import argparse
from pathlib import Path

from housedesk.cli.base import CommandError, db_path, open_or_fail, parse_period
from housedesk.common.problems import ValidationError
from housedesk.exchange.writer import export_period


def run(args: argparse.Namespace) -> int:
    """``housedesk export --period 2026-Q3 [--db PATH] [-o FILE_OR_DIR]``: print the file's path."""
    period = parse_period(args.period)
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"{path} does not exist")
    db = open_or_fail(path)
    try:
        result = export_period(db, period, args.output or Path.cwd())
    except ValidationError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    print(result.path)
    return 0
