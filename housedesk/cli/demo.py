"""``housedesk demo``: a realistic demo house in a new database, to look around in."""

from __future__ import annotations

import argparse

from housedesk.cli.base import CommandError, db_path, open_or_fail
from housedesk.core.demo.builder import DemoError, generate_demo


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    if getattr(args, "db", None) is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = open_or_fail(path)
    try:
        summary = generate_demo(db, years=args.years, seed=args.seed, scale=args.scale)
    except DemoError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.close()
    print(
        f"Demo house written to {path}: {summary.rooms} rooms, {summary.users} users, "
        f"{summary.activities} activities, {summary.bookings} sessions "
        f"({summary.held} held, {summary.cancelled} cancelled, {summary.planned} planned), "
        f"{summary.signals} signals."
    )
    return 0
