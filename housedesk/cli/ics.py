"""``housedesk ics``: the schedule as a calendar file, for the house's website or a phone."""

from __future__ import annotations

import argparse

from housedesk.cli.base import (
    EXIT_FAILED,
    CommandError,
    check_path,
    checked_output,
    db_path,
    open_or_fail,
)
from housedesk.common.outputs import OutputError
from housedesk.common.problems import ValidationError
from housedesk.core.agenda.ics import UnknownRoom, write_ics


def run(args: argparse.Namespace) -> int:
    """``housedesk ics [--db PATH] [--room CODE] -o FILE.ics``."""
    path = db_path(args)
    if not path.is_file():
        raise CommandError(f"there is no database at {path}")
    check_path(path)
    target = checked_output(args.output, ".ics", args, database=path)
    db = open_or_fail(path)
    try:
        write_ics(db, target, args.room)
    except UnknownRoom:
        raise CommandError(f"there is no room with code {args.room!r}") from None
    except ValidationError as exc:  # personal data in a name: nothing was written
        raise CommandError(str(exc)) from None
    except OutputError as exc:
        raise CommandError(exc.describe(), EXIT_FAILED) from None
    finally:
        db.close()
    print(target)
    return 0
