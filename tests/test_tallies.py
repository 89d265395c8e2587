"""Tests for housedesk.tallies: counting, corrections with history, and the door counter."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from housedesk import tallies
from housedesk.codes import BookingStatus
from housedesk.db import Database, open_database
from housedesk.db.models import Activity, Booking, Room, User
from housedesk.problems import ValidationError

TODAY = dt.date(2026, 11, 25)


def add_session(
    db: Database,
    day: dt.date,
    *,
    status: BookingStatus = BookingStatus.GEPLAND,
    start: int = 9 * 60,
    capacity: int = 40,
    visitors: int | None = None,
) -> int:
    with db.transaction() as s:
        room = s.query(Room).filter_by(code="R1").one_or_none() or Room(
            code="R1", name="Grote zaal", capacity=capacity
        )
        activity = s.query(Activity).filter_by(code="A1").one_or_none() or Activity(
            code="A1",
            user=User(name="Stichting De Schakel", kind="eigen_activiteit"),
            name="Koffieochtend",
            type="ontmoeting",
            nature="maatschappelijk",
            accessibility="vrije_inloop",
        )
        booking = Booking(
            activity=activity,
            room=room,
            date=day,
            start_min=start,
            end_min=start + 120,
            status=status,
            visitors=visitors,
        )
        s.add(booking)
        s.flush()
        return booking.id


def stored(db: Database, booking_id: int) -> tuple[str, int | None, int | None]:
    with db.reading() as s:
        b = s.get(Booking, booking_id)
        return b.status.value, b.visitors, b.volunteers


def test_todays_sessions_and_earlier_uncounted_ones_are_to_count(db: Database) -> None:
    today = add_session(db, TODAY)
    later_today = add_session(db, TODAY, start=14 * 60)
    held_uncounted = add_session(db, TODAY - dt.timedelta(days=3), status=BookingStatus.GEHOUDEN)
    unconfirmed = add_session(db, TODAY - dt.timedelta(days=1))
    add_session(db, TODAY - dt.timedelta(days=2), status=BookingStatus.GEHOUDEN, visitors=12)
    add_session(db, TODAY - dt.timedelta(days=4), status=BookingStatus.GEANNULEERD)
    add_session(db, TODAY + dt.timedelta(days=1))
    add_session(db, TODAY - dt.timedelta(days=15), status=BookingStatus.GEHOUDEN)  # too long ago
    rows = tallies.sessions_to_count(db, TODAY)
    assert [r.booking_id for r in rows] == [today, later_today, unconfirmed, held_uncounted]
    assert rows[0].walk_in and rows[0].activity_name == "Koffieochtend"


def test_counting_a_planned_session_marks_it_held(db: Database) -> None:
    booking = add_session(db, TODAY)
    row = tallies.record_count(db, booking, 23, 3, today=TODAY)
    assert (row.status, row.visitors, row.volunteers) == (BookingStatus.GEHOUDEN, 23, 3)
    assert stored(db, booking) == ("gehouden", 23, 3)
    assert tallies.history(db, booking) == []  # the same day: a count, not a correction


def test_empty_is_not_counted_and_never_zero(db: Database) -> None:
    booking = add_session(db, TODAY)
    tallies.record_count(db, booking, 0, None, today=TODAY)
    assert stored(db, booking) == ("gehouden", 0, None)
    assert tallies.parse_count("", "visitors") is None
    assert tallies.parse_count(" 7 ", "visitors") == 7


@pytest.mark.parametrize("typed", ["-3", "twaalf", "2,5", "1e3", "99999"])
def test_text_and_negative_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        tallies.parse_count(typed, "visitors")
    assert refused.value.problems[0].field == "visitors"


def test_a_negative_count_is_refused_and_changes_nothing(db: Database) -> None:
    booking = add_session(db, TODAY)
    with pytest.raises(ValidationError):
        tallies.record_count(db, booking, -1, None, today=TODAY)
    assert stored(db, booking) == ("gepland", None, None)


def test_a_cancelled_or_future_session_cannot_be_counted(db: Database) -> None:
    cancelled = add_session(db, TODAY, status=BookingStatus.GEANNULEERD)
    future = add_session(db, TODAY + dt.timedelta(days=1))
    for booking in (cancelled, future):
        with pytest.raises(ValidationError):
            tallies.record_count(db, booking, 5, None, today=TODAY)
        with pytest.raises(ValidationError):
            tallies.door_press(db, booking, 1, today=TODAY)
    assert stored(db, cancelled) == ("geannuleerd", None, None)
    assert stored(db, future) == ("gepland", None, None)


def test_more_visitors_than_the_room_holds_needs_confirmation(db: Database) -> None:
    booking = add_session(db, TODAY, capacity=40)
    with pytest.raises(tallies.OverCapacity) as refused:
        tallies.record_count(db, booking, 55, None, today=TODAY)
    assert refused.value.problems[0].args == {
        "visitors": 55,
        "room": "Grote zaal",
        "capacity": 40,
    }
    assert stored(db, booking) == ("gepland", None, None)
    tallies.record_count(db, booking, 55, None, today=TODAY, allow_over_capacity=True)
    assert stored(db, booking) == ("gehouden", 55, None)


def test_a_correction_after_the_day_keeps_its_history(db: Database) -> None:
    booking = add_session(db, TODAY - dt.timedelta(days=7))
    tallies.record_count(db, booking, 18, 2, today=TODAY)
    with db.transaction() as s:  # as if it was entered a week ago
        s.execute(
            text("UPDATE bookings SET counted_at = :when WHERE id = :id"),
            {"when": dt.datetime(2026, 11, 18, 19, 0), "id": booking},
        )
    tallies.record_count(db, booking, 21, 2, today=TODAY)
    (revision,) = tallies.history(db, booking)
    assert (revision.field, revision.old_value, revision.new_value) == ("visitors", 18, 21)
    assert stored(db, booking) == ("gehouden", 21, 2)


def test_the_door_counter_counts_up_and_never_below_zero(db: Database) -> None:
    booking = add_session(db, TODAY)
    assert [tallies.door_press(db, booking, step, today=TODAY) for step in (1, 1, 1, -1)] == [
        1,
        2,
        3,
        2,
    ]
    assert stored(db, booking) == ("gehouden", 2, None)
    for _ in range(4):
        tallies.door_press(db, booking, -1, today=TODAY)
    assert stored(db, booking) == ("gehouden", 0, None)


COUNTER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from housedesk import tallies
    from housedesk.db import open_database
    db = open_database(Path(sys.argv[1]))
    booking = int(sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        count = tallies.door_press(db, booking, 1, today=dt.date(2026, 11, 25))
        print(count, flush=True)  # after the commit: the press is on disk
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_killing_the_door_counter_loses_no_press(tmp_path: Path) -> None:
    path = tmp_path / "house.sqlite3"
    db = open_database(path)
    booking = add_session(db, TODAY)
    db.close()
    process = subprocess.Popen(
        [sys.executable, "-c", COUNTER, str(path), str(booking)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert process.stdin and process.stdout
    assert process.stdout.readline().strip() == "ready"
    presses = 37
    for n in range(1, presses + 1):
        process.stdin.write("+\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == str(n)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdin.close()
    process.stdout.close()
    db = open_database(path)
    assert stored(db, booking) == ("gehouden", presses, None)
    with db.reading() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    db.close()


def test_a_walk_in_without_booking_is_recorded_held_with_its_count(db: Database) -> None:
    existing = add_session(db, TODAY, start=9 * 60)
    with db.reading() as s:
        booking = s.get(Booking, existing)
        room_id, activity_id = booking.room_id, booking.activity_id
    row = tallies.add_unbooked_session(
        db, activity_id, room_id, TODAY, 14 * 60, 15 * 60 + 30, 9, 1, today=TODAY
    )
    assert (row.status, row.visitors, row.volunteers, row.start_min) == (
        BookingStatus.GEHOUDEN,
        9,
        1,
        840,
    )


def test_a_walk_in_cannot_overlap_another_session_in_the_room(db: Database) -> None:
    existing = add_session(db, TODAY, start=9 * 60)
    with db.reading() as s:
        booking = s.get(Booking, existing)
        room_id, activity_id = booking.room_id, booking.activity_id
    with pytest.raises(ValidationError) as refused:
        tallies.add_unbooked_session(
            db, activity_id, room_id, TODAY, 600, 660, 5, None, today=TODAY
        )
    assert refused.value.problems[0].field == "times"
    with pytest.raises(ValidationError) as refused:
        tallies.add_unbooked_session(
            db, None, room_id, TODAY + dt.timedelta(days=1), 700, 600, None, None, today=TODAY
        )
    assert [p.field for p in refused.value.problems] == ["activity", "date", "times"]
    with db.reading() as s:
        assert s.query(Booking).count() == 1


def test_counts_in_an_approved_period_cannot_change_until_it_is_reopened(db: Database) -> None:
    from housedesk.exchange import approval
    from housedesk.periods import Period

    booking = add_session(db, dt.date(2026, 8, 12))
    approval.approve_period(db, Period(2026, 3), 30, 6, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        tallies.record_count(db, booking, 12, None, today=TODAY)
    assert "approved" in refused.value.problems[0].english()
    with pytest.raises(ValidationError):
        tallies.door_press(db, booking, 1, today=TODAY)
    assert stored(db, booking) == ("gepland", None, None)
    approval.reopen_period(db, Period(2026, 3), "a count was wrong")
    tallies.record_count(db, booking, 12, None, today=TODAY)
    assert stored(db, booking) == ("gehouden", 12, None)
