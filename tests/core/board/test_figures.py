"""Tests of a period's figures: hours, sessions and visitors per room, activity and in total."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from housedesk.common.codes import (
    BookingStatus,
    Nature,
    SignalKind,
    TargetGroup,
    UserKind,
)
from housedesk.common.periods import Period
from housedesk.common.times import local_date
from housedesk.core import rooms
from housedesk.core.board import choices, figures, review
from housedesk.core.board.figures import NatureMinutes
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.db.models import Closure
from tests.helpers.databases import demo_house
from tests.helpers.queries import statements_sent
from tests.helpers.rows import add_activity, add_room, add_session, add_signal

Q1 = Period(2026, 1)
Q2 = Period(2026, 2)
HELD, CANCELLED, PLANNED = BookingStatus.GEHOUDEN, BookingStatus.GEANNULEERD, BookingStatus.GEPLAND


@pytest.fixture
def weekdays_open(house_db: Database) -> Database:
    """The house is open Monday to Friday, 9:00 to 17:00."""
    rooms.set_day_hours(house_db, range(5), DayPlan.OPEN, [("9:00", "17:00")])
    return house_db


def open_minutes(first: dt.date, last: dt.date, closed: set[dt.date] = frozenset()) -> int:
    """Weekdays 9-17 counted day by day, the slow and obvious way."""
    total, day = 0, first
    while day <= last:
        if day.weekday() < 5 and day not in closed:
            total += 480
        day += dt.timedelta(days=1)
    return total


def days(first: dt.date, last: dt.date) -> set[dt.date]:
    return {first + dt.timedelta(days=n) for n in range((last - first).days + 1)}


# --------------------------------------------------------------------------- rooms


def test_available_hours_subtract_house_and_room_closures(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    kitchen = add_room(db, "R2", "Keuken")
    with db.transaction() as session:
        session.add(
            Closure(
                first_day=dt.date(2026, 2, 16), last_day=dt.date(2026, 2, 20), reason="Carnaval"
            )
        )
        session.add(
            Closure(
                room_id=kitchen,
                first_day=dt.date(2026, 3, 30),
                last_day=dt.date(2026, 4, 10),
                reason="Nieuwe keuken",
            )
        )
    result = {room.room_id: room for room in figures.room_figures(db, Q1)}
    carnival = days(dt.date(2026, 2, 16), dt.date(2026, 2, 20))
    assert result[hall].available_minutes == open_minutes(Q1.first_day, Q1.last_day, carnival)
    assert result[kitchen].available_minutes == open_minutes(
        Q1.first_day, Q1.last_day, carnival | days(dt.date(2026, 3, 30), dt.date(2026, 3, 31))
    )
    assert result[hall].available_hours == result[hall].available_minutes / 60


def test_a_room_registered_during_the_period_counts_from_that_day(weekdays_open: Database) -> None:
    # 23:30 UTC on 1 March is already 2 March in the Netherlands.
    room = add_room(weekdays_open, "R1", "Nieuwe zaal", created_at=dt.datetime(2026, 3, 1, 23, 30))
    (figure,) = figures.room_figures(weekdays_open, Q1)
    assert figure.room_id == room
    assert figure.available_minutes == open_minutes(dt.date(2026, 3, 2), Q1.last_day)


def test_which_rooms_a_period_holds(weekdays_open: Database) -> None:
    db = weekdays_open
    add_room(db, "R1", "In gebruik")
    add_room(db, "R2", "Opgeheven", active=False)
    retired_with_sessions = add_room(db, "R3", "Bovenzaal", active=False)
    add_room(db, "R4", "Nog niet gebouwd", created_at=dt.datetime(2026, 5, 1, 9))
    late_entry = add_room(db, "R5", "Later ingevoerd", created_at=dt.datetime(2026, 5, 1, 9))
    activity = add_activity(db, "A1", "Koffieochtend")
    add_session(db, activity, retired_with_sessions, dt.date(2026, 1, 6), status=CANCELLED)
    # Sessions entered afterwards for days before the room was registered.
    add_session(db, activity, late_entry, dt.date(2026, 3, 3))
    add_room(db, "R10", "Tiende")
    result = figures.room_figures(db, Q1)
    assert [room.code for room in result] == ["R1", "R3", "R5", "R10"]
    late = next(room for room in result if room.code == "R5")
    assert late.available_minutes == open_minutes(dt.date(2026, 3, 3), Q1.last_day)


def test_used_hours_are_held_sessions_split_by_nature(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    coffee = add_activity(db, "A1", "Koffieochtend")
    party = add_activity(db, "A2", "Verjaardag", Nature.PARTICULIER)
    course = add_activity(db, "A3", "Cursus", Nature.COMMERCIEEL)
    add_session(db, coffee, hall, dt.date(2026, 1, 6), 540, 630, visitors=20)  # 90 minutes
    add_session(db, coffee, hall, dt.date(2026, 1, 13), 540, 630)  # held, not counted
    add_session(db, coffee, hall, dt.date(2026, 1, 20), 540, 630, status=CANCELLED)
    add_session(db, coffee, hall, dt.date(2026, 3, 31), 540, 630, status=PLANNED)
    add_session(db, party, hall, dt.date(2026, 2, 7), 840, 1080, visitors=0)  # 240, counted 0
    add_session(db, course, hall, dt.date(2026, 2, 9), 1140, 1275, visitors=8)  # 135
    add_session(db, course, hall, dt.date(2026, 4, 1), 1140, 1275, visitors=8)  # next quarter
    (room,) = figures.room_figures(db, Q1)
    assert room.used == NatureMinutes(community=180, private=240, commercial=135)
    assert room.used_hours == pytest.approx(555 / 60)
    assert (room.sessions_held, room.sessions_cancelled, room.visitors) == (4, 1, 28)
    assert room.occupancy == pytest.approx(555 / room.available_minutes)


def test_a_session_past_midnight_counts_on_the_day_it_starts(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    bar = add_activity(db, "A1", "Bar", Nature.PARTICULIER)
    # Tuesday 31 March 19:00 until 00:30 on 1 April: the first quarter's, counted up to
    # 24:00 (300 minutes), as the exchange format holds a session within its day.
    add_session(db, bar, hall, dt.date(2026, 3, 31), 1140, 1470, visitors=40)
    (room,) = figures.room_figures(db, Q1)
    assert room.used == NatureMinutes(private=300)
    assert (room.sessions_held, room.visitors) == (1, 40)
    (activity,) = figures.activity_figures(db, Q1)
    assert activity.minutes == 300
    (next_quarter,) = figures.room_figures(db, Q2)
    assert next_quarter.used == NatureMinutes() and next_quarter.sessions_held == 0


def test_set_up_and_clean_up_count_as_use_only_when_asked(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    coffee = add_activity(db, "A1", "Koffieochtend")
    add_session(db, coffee, hall, dt.date(2026, 1, 6), 540, 630, setup_min=30, teardown_min=15)
    add_session(db, coffee, hall, dt.date(2026, 1, 7), 540, 630, status=CANCELLED, setup_min=30)
    assert figures.period_figures(db, Q1).totals.used.total == 90
    (activity,) = figures.activity_figures(db, Q1)
    assert activity.minutes == 90
    counted = figures.period_figures(db, Q1, with_setup=True)
    assert counted.totals.used == NatureMinutes(community=135)
    assert counted.activities[0].minutes == 135
    assert (
        counted.totals.available_minutes == figures.period_figures(db, Q1).totals.available_minutes
    )


def test_the_boards_choice_of_counting_set_up_reaches_its_review(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    coffee = add_activity(db, "A1", "Koffieochtend")
    add_session(db, coffee, hall, dt.date(2026, 1, 6), 540, 630, setup_min=30, teardown_min=15)
    assert not choices.counts_setup(db)
    before = review.review(db, Q1.first_day, Q1.last_day)
    assert before.key is not None and before.key.used.total == 90 and not before.with_setup
    choices.set_counts_setup(db, True)
    assert choices.counts_setup(db)
    after = review.review(db, Q1.first_day, Q1.last_day)
    assert after.key is not None and after.key.used.total == 135 and after.with_setup
    # The export's figures stay the sessions' own hours.
    assert figures.period_figures(db, Q1).totals.used.total == 90
    choices.set_counts_setup(db, False)
    assert not choices.counts_setup(db)


def test_a_room_never_open_has_no_occupancy(house_db: Database) -> None:
    add_room(house_db, "R1", "Berging")
    (room,) = figures.room_figures(house_db, Q1)
    assert room.available_minutes == 0
    assert room.occupancy is None


# --------------------------------------------------------------------------- activities


def test_activity_figures(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    small = add_room(db, "R2", "Kleine zaal")
    choir = add_activity(db, "A1", "Koor", groups=(TargetGroup.OUDEREN, TargetGroup.VOLWASSENEN))
    quiet = add_activity(db, "A2", "Alleen gepland")
    add_session(db, choir, hall, dt.date(2026, 1, 5), 1170, 1290, visitors=25, volunteers=2)
    add_session(db, choir, small, dt.date(2026, 1, 12), 1170, 1290)
    add_session(db, choir, hall, dt.date(2026, 1, 19), 1170, 1290, status=CANCELLED)
    add_session(db, quiet, hall, dt.date(2026, 3, 2), status=PLANNED)
    (activity,) = figures.activity_figures(db, Q1)
    assert activity.activity_id == choir
    assert activity.code == "A1"
    assert activity.user_kind is UserKind.VERENIGING
    assert activity.target_groups == {TargetGroup.OUDEREN, TargetGroup.VOLWASSENEN}
    assert (activity.sessions_held, activity.sessions_cancelled) == (2, 1)
    assert activity.minutes == 240
    assert activity.hours == 4
    assert (activity.visitors, activity.counted_sessions) == (25, 1)
    assert quiet not in {a.activity_id for a in figures.activity_figures(db, Q1)}


def test_new_means_the_first_held_or_cancelled_session_ever(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    started_cancelled = add_activity(db, "A1", "Eerste keer afgelast")
    old = add_activity(db, "A2", "Al jaren")
    forgotten = add_activity(db, "A3", "Vergeten planning")
    add_session(db, started_cancelled, hall, dt.date(2026, 3, 2), status=CANCELLED)
    add_session(db, started_cancelled, hall, dt.date(2026, 4, 6))
    add_session(db, old, hall, dt.date(2025, 6, 2))
    add_session(db, old, hall, dt.date(2026, 1, 5))
    add_session(db, old, hall, dt.date(2026, 4, 6))
    # A session planned long ago and never settled does not make an activity old.
    add_session(db, forgotten, hall, dt.date(2025, 9, 1), status=PLANNED)
    add_session(db, forgotten, hall, dt.date(2026, 4, 7))
    q1 = {a.code: a.is_new for a in figures.activity_figures(db, Q1)}
    q2 = {a.code: a.is_new for a in figures.activity_figures(db, Q2)}
    assert q1 == {"A1": True, "A2": False}
    assert q2 == {"A1": False, "A2": False, "A3": True}
    year = {a.code: a.is_new for a in figures.activity_figures(db, Period(2026))}
    assert year == {"A1": True, "A2": False, "A3": True}


# --------------------------------------------------------------------------- sessions, signals


def test_sessions_are_held_and_cancelled_only_in_order(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    small = add_room(db, "R2", "Kleine zaal")
    coffee = add_activity(db, "A1", "Koffie")
    add_session(db, coffee, small, dt.date(2026, 2, 3), 600, 660, visitors=4)
    add_session(db, coffee, hall, dt.date(2026, 2, 3), 600, 660, status=CANCELLED)
    add_session(db, coffee, hall, dt.date(2026, 1, 6), 840, 900, visitors=None, volunteers=1)
    add_session(db, coffee, hall, dt.date(2026, 3, 3), status=PLANNED)
    rows = figures.period_sessions(db, Q1)
    assert [(r.date, r.room_code, r.status) for r in rows] == [
        (dt.date(2026, 1, 6), "R1", HELD),
        (dt.date(2026, 2, 3), "R1", CANCELLED),
        (dt.date(2026, 2, 3), "R2", HELD),
    ]
    assert (rows[0].visitors, rows[0].volunteers) == (None, 1)
    assert (rows[2].start_min, rows[2].end_min, rows[2].activity_code) == (600, 660, "A1")


def test_signals_of_the_period_share_text_only_when_allowed(house_db: Database) -> None:
    for day, theme, shareable in (
        (dt.date(2025, 12, 31), "oud", True),
        (dt.date(2026, 1, 15), "verlichting hondenveld", True),
        (dt.date(2026, 2, 1), "overlast", False),
    ):
        add_signal(house_db, day, theme, text=f"Tekst over {theme}", shareable=shareable)
    rows = figures.period_signals(house_db, Q1)
    assert [(r.theme, r.text) for r in rows] == [
        ("verlichting hondenveld", "Tekst over verlichting hondenveld"),
        ("overlast", None),
    ]


# --------------------------------------------------------------------------- the whole period


def test_period_totals(weekdays_open: Database) -> None:
    db = weekdays_open
    hall = add_room(db, "R1", "Grote zaal")
    small = add_room(db, "R2", "Kleine zaal")
    coffee = add_activity(db, "A1", "Koffie")
    party = add_activity(db, "A2", "Feest", Nature.PARTICULIER)
    add_session(db, coffee, hall, dt.date(2026, 1, 6), 600, 720, visitors=12)
    add_session(db, coffee, small, dt.date(2026, 1, 7), 600, 720)
    add_session(db, coffee, small, dt.date(2026, 1, 8), status=CANCELLED)
    add_session(db, party, hall, dt.date(2026, 1, 10), 900, 1080, visitors=30)
    add_session(db, party, hall, dt.date(2026, 3, 30), status=PLANNED)
    add_signal(db, dt.date(2026, 2, 2), "bankje", SignalKind.IDEE)
    result = figures.period_figures(db, Q1)
    totals = result.totals
    assert result.period == Q1
    assert totals.used == NatureMinutes(community=240, private=180, commercial=0)
    assert totals.used_hours == 7
    assert totals.available_minutes == 2 * open_minutes(Q1.first_day, Q1.last_day)
    assert totals.occupancy == pytest.approx(420 / totals.available_minutes)
    assert (totals.sessions_held, totals.sessions_cancelled, totals.sessions_planned) == (3, 1, 1)
    assert (totals.sessions_uncounted, totals.visitors) == (1, 42)
    assert (totals.activities, totals.new_activities, totals.signals) == (2, 2, 1)
    assert [room.code for room in result.rooms] == ["R1", "R2"]


def test_an_empty_period(house_db: Database) -> None:
    result = figures.period_figures(house_db, Q1)
    assert result.rooms == () and result.activities == ()
    assert result.totals.occupancy is None
    assert figures.period_sessions(house_db, Q1) == []


def test_local_date_is_dutch() -> None:
    assert local_date(dt.datetime(2026, 6, 30, 22, 30)) == dt.date(2026, 7, 1)  # CEST
    assert local_date(dt.datetime(2026, 12, 31, 22, 59)) == dt.date(2026, 12, 31)  # CET


def test_a_handful_of_queries_whatever_the_size(tmp_path: Path) -> None:
    db = demo_house(tmp_path / "demo.sqlite3", years=2)
    try:
        with statements_sent(db, begin=True) as statements:
            quarter = figures.period_figures(db, Q1)
            for_quarter = len(statements)
            statements.clear()
            year = figures.period_figures(db, Period(2025))
            for_year = len(statements)
    finally:
        db.close()
    assert quarter.totals.sessions_held > 100
    assert year.totals.sessions_held > 4 * 100
    assert for_quarter == for_year
    assert for_quarter <= 12


def test_demo_figures_agree_with_plain_sql(tmp_path: Path) -> None:
    db = demo_house(tmp_path / "demo.sqlite3", years=2)
    try:
        for period in (Period(2025, 2), Period(2025), Period(2026, 3)):
            result = figures.period_figures(db, period)
            with db.reading() as session:
                held, minutes, visitors = session.execute(
                    text(
                        "SELECT count(*), sum(end_min - start_min), coalesce(sum(visitors), 0) "
                        "FROM bookings WHERE status = 'gehouden' AND date BETWEEN :a AND :b"
                    ),
                    {"a": period.first_day, "b": period.last_day},
                ).one()
                activities = session.execute(
                    text(
                        "SELECT count(DISTINCT activity_id) FROM bookings "
                        "WHERE status IN ('gehouden', 'geannuleerd') AND date BETWEEN :a AND :b"
                    ),
                    {"a": period.first_day, "b": period.last_day},
                ).scalar()
            assert result.totals.sessions_held == held
            assert result.totals.used.total == minutes
            assert result.totals.visitors == visitors
            assert result.totals.activities == activities
            assert sum(a.minutes for a in result.activities) == minutes
            assert sum(r.used.total for r in result.rooms) == minutes
    finally:
        db.close()
