"""Tests that the first screen's reads of what to count, in plain SQL, agree with the ORM."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from housedesk.common.codes import BookingStatus
from housedesk.core.demo.builder import generate_demo
from housedesk.core.tallies import counts as tallies
from housedesk.core.tallies import pending as counting
from housedesk.db import Database

TODAY = dt.date(2026, 11, 25)


def test_the_rows_to_count_are_the_orms_rows(db: Database) -> None:
    generate_demo(db, years=1, today=TODAY)
    seen_days = 0
    for offset in range(0, 60, 3):  # weekdays, weekends, days with uncounted sessions
        day = TODAY - dt.timedelta(days=offset)
        rows = counting.sessions_to_count(db, day)
        seen_days += bool(rows)
        for row in rows:
            orm_row = tallies.count_row(db, row.booking_id)
            assert dataclasses.astuple(row) == dataclasses.astuple(orm_row)
            assert type(row.status) is BookingStatus and isinstance(row.date, dt.date)
            assert row.date == day or (
                day - dt.timedelta(days=counting.LOOK_BACK_DAYS) <= row.date < day
                and row.visitors is None
                and row.volunteers is None
                and row.status != BookingStatus.GEANNULEERD
            )
        keys = [(r.date != day, -r.date.toordinal(), r.start_min, r.room_code) for r in rows]
        assert keys == sorted(keys)  # today's first by time, then the newest earlier ones
    assert seen_days > 10


def test_opening_a_current_database_and_reading_the_first_screen_needs_no_sqlalchemy(
    db: Database,
) -> None:
    from housedesk.core import installation

    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    probe = textwrap.dedent(
        f"""
        import datetime as dt, sys
        from pathlib import Path
        from housedesk.core import installation
        from housedesk.core.tallies import pending as counting
        from housedesk.db import open_database
        db = open_database(Path({str(db.path)!r}))
        assert installation.load(db).house.code == "BERGH"
        counting.sessions_to_count(db, dt.date(2026, 11, 25))
        db.close()
        print(sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "alembic"))))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_plain_read_is_read_only(db: Database) -> None:
    from housedesk.core import installation

    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    with db.plain_reading() as connection:
        assert connection.execute("SELECT code FROM house").fetchall() == [("BERGH",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("DELETE FROM house")
    assert installation.load(db) is not None
