"""``housedesk export``: the exchange workbook of a period, for the municipality."""

from __future__ import annotations

import argparse
from pathlib import Path

from housedesk.cli.base import CommandError, checked_output, db_path, open_or_fail, parse_period
from housedesk.common.problems import ValidationError
from housedesk.core import installation
from housedesk.exchange import format as fmt
from housedesk.exchange.writer import export_period


def run(args: argparse.Namespace) -> int:
    """``housedesk export --period 2026-Q3 [--db PATH] [-o FILE_OR_DIR]``: print the file's path."""
    period = parse_period(args.period)
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"{path} does not exist")
    db = open_or_fail(path)
    try:
        target = Path(args.output or Path.cwd())
        installed = installation.load(db)
        if not target.suffix and not target.exists():  # meant as a folder
            raise CommandError(f"the folder {target} does not exist")
        if installed is not None and installed.house is not None:
            if target.is_dir():
                target = target / fmt.suggested_file_name(installed.house.code, str(period))
            target = checked_output(target, ".xlsx", args, database=path)
        result = export_period(db, period, target)
    except ValidationError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    print(result.path)
    return 0
