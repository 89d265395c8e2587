#!/usr/bin/env python3
"""The agenda's benchmarks: the week view's load, and booking a two-year weekly series.

    .venv/bin/python bench/agenda.py [--runs 9]

Works on a copy of the ten-year demo house (bench/data/, built by bench/run.py's
helper if missing), so the kept database is never changed. Prints the median
of each: loading one week (rooms, hours, closures and the week's sessions) and
creating a weekly series for two years, with its bulk conflict check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from run import demo_database  # noqa: E402

from housedesk.core.agenda import bookings as agenda  # noqa: E402
from housedesk.core.agenda.recurrence import Frequency, Recurrence  # noqa: E402
from housedesk.db import open_database  # noqa: E402
from housedesk.db.models import Activity, Booking, BookingSeries, Room  # noqa: E402

TODAY = dt.date(2026, 11, 25)


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="housedesk-bench-agenda-"))
    try:
        copy = folder / "house.sqlite3"
        shutil.copy2(demo_database(10), copy)
        db = open_database(copy)
        with db.reading() as session:
            room_id = session.query(Room.id).order_by(Room.id).first()[0]
            activity_id = session.query(Activity.id).order_by(Activity.id).first()[0]

        week = []
        for run in range(args.runs + 1):
            monday = agenda.week_start(TODAY) - dt.timedelta(weeks=run * 13)
            start = time.perf_counter()
            shown = agenda.agenda_range(db, monday, monday + dt.timedelta(days=6))
            if run:  # the first run only warms the caches
                week.append(time.perf_counter() - start)
        print(f"week view, 10-year house ({len(shown.sessions)} sessions): {median_ms(week)}")

        series = []
        rule = Recurrence(Frequency.WEEKLY, (2,), until=TODAY + dt.timedelta(days=730))
        for run in range(args.runs + 1):
            start = time.perf_counter()
            check = agenda.preview(db, activity_id, room_id, TODAY, "19:30", "21:00", rule)
            skip = [conflict.date for conflict in check.conflicts]
            info = agenda.create_series(
                db, activity_id, room_id, TODAY, "19:30", "21:00", rule, skip=skip
            )
            if run:
                series.append(time.perf_counter() - start)
            with db.transaction() as session:  # undo, so every run books the same dates
                session.query(Booking).filter(Booking.series_id == info.id).delete()
                session.query(BookingSeries).filter(BookingSeries.id == info.id).delete()
        print(
            f"two-year weekly series, preview + create ({len(check.dates)} dates, "
            f"{len(skip)} clashing): {median_ms(series)}"
        )
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
