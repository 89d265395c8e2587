"""``housedesk ics``: the schedule as a calendar file, for the house's website or a phone."""

from __future__ import annotations

import argparse
from pathlib import Path

from housedesk.cli.base import CommandError, check_path, db_path, open_or_fail
from housedesk.core.agenda.ics import UnknownRoom, write_ics


def run(args: argparse.Namespace) -> int:
    """``housedesk ics [--db PATH] [--room CODE] -o FILE.ics``."""
    target: Path = args.output
    if not target.parent.is_dir():
        raise CommandError(f"cannot write {target}: the folder does not exist")
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"there is no database at {path}")
    check_path(path)
    db = open_or_fail(path)
    try:
        write_ics(db, target, args.room)
    except UnknownRoom:
        raise CommandError(f"there is no room with code {args.room!r}") from None
    except OSError as exc:
        raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        db.close()
    print(target)
    return 0
