"""Tests of the demo house: deterministic, rich, and consistent with the rules of the domain."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import holidays
import pytest
from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from sqlalchemy import func, select, text

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    Nature,
    SignalKind,
    SignalStatus,
    TargetGroup,
    UserKind,
    values,
)
from housedesk.core.demo.builder import DemoError, DemoSummary, generate_demo
from housedesk.db import Database, open_database
from housedesk.db.models import Base, Booking, House

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def make_demo(folder: Path, **kwargs: Any) -> tuple[Database, DemoSummary]:
    db = open_database(folder / "demo.sqlite3")
    summary = generate_demo(db, today=TODAY, **kwargs)
    return db, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """The default demo: two years of history, seed 1."""
    db, summary = make_demo(tmp_path_factory.mktemp("demo"), years=2, seed=1)
    yield db, summary
    db.close()


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """Ten years of history: the benchmark size."""
    started = time.perf_counter()
    db, summary = make_demo(tmp_path_factory.mktemp("decade"), years=10, seed=1)
    print(f"years=10: {summary.bookings} bookings in {time.perf_counter() - started:.1f} s")
    yield db, summary
    db.close()


@pytest.fixture(params=["demo", "decade"])
def any_demo(request: pytest.FixtureRequest) -> tuple[Database, DemoSummary]:
    return request.getfixturevalue(request.param)


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.reading() as session:
        return list(session.execute(text(sql), params))


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.reading() as session:
        return session.execute(text(sql), params).scalar()


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order."""
    with db.reading() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


# ----------------------------------------------------------------------------- determinism


def test_same_seed_gives_identical_content(
    demo: tuple[Database, DemoSummary], tmp_path: Path
) -> None:
    again, summary = make_demo(tmp_path, years=2, seed=1)
    try:
        assert summary == demo[1]
        assert dump(again) == dump(demo[0])
    finally:
        again.close()


def test_another_seed_gives_other_content(
    demo: tuple[Database, DemoSummary], tmp_path: Path
) -> None:
    other, _ = make_demo(tmp_path, years=2, seed=2)
    try:
        mine, theirs = dump(demo[0]), dump(other)
        assert mine["bookings"] != theirs["bookings"]
        assert mine["users"] != theirs["users"]
    finally:
        other.close()


def test_timestamps_come_from_the_generated_dates_not_the_clock(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    for table, column in [
        ("bookings", "created_at"),
        ("bookings", "counted_at"),
        ("users", "created_at"),
        ("activities", "created_at"),
        ("signals", "created_at"),
        ("tally_revisions", "changed_at"),
        ("period_events", "at"),
    ]:
        latest = scalar(db, f"SELECT max({column}) FROM {table}")
        assert latest is not None
        assert latest < TODAY.isoformat(), (table, column, latest)


# ----------------------------------------------------------------------------- the summary


def test_summary_matches_the_database(any_demo: tuple[Database, DemoSummary]) -> None:
    db, summary = any_demo
    counted = {
        "rooms": "SELECT count(*) FROM rooms",
        "users": "SELECT count(*) FROM users",
        "activities": "SELECT count(*) FROM activities",
        "series": "SELECT count(*) FROM booking_series",
        "bookings": "SELECT count(*) FROM bookings",
        "held": "SELECT count(*) FROM bookings WHERE status = 'gehouden'",
        "cancelled": "SELECT count(*) FROM bookings WHERE status = 'geannuleerd'",
        "planned": "SELECT count(*) FROM bookings WHERE status = 'gepland'",
        "signals": "SELECT count(*) FROM signals",
    }
    for name, sql in counted.items():
        assert getattr(summary, name) == scalar(db, sql), name
    assert summary.held + summary.cancelled + summary.planned == summary.bookings


def test_house_rooms_and_counters(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert rows(db, "SELECT id, code, name, village FROM house") == [
        (1, "BERGH", "Gemeenschapshuis De Schakel", "Berghem")
    ]
    assert scalar(db, "SELECT value FROM settings WHERE key = 'role'") == "house"
    assert summary.rooms == 5  # no old room in a two-year history
    assert [r[0] for r in rows(db, "SELECT code FROM rooms ORDER BY id")] == [
        "R1",
        "R2",
        "R3",
        "R4",
        "R5",
    ]
    assert scalar(db, "SELECT last FROM code_counters WHERE kind = 'room'") == 5
    assert scalar(db, "SELECT last FROM code_counters WHERE kind = 'activity'") == (
        summary.activities
    )
    assert 15 <= summary.users <= 30
    assert scalar(db, "SELECT count(*) FROM opening_hours WHERE room_id IS NULL") == 6
    assert (
        scalar(
            db, "SELECT count(*) FROM opening_hours WHERE room_id IS NOT NULL AND opens_min IS NULL"
        )
        >= 1
    )


# ----------------------------------------------------------------------------- variety


def test_every_code_of_every_list_occurs(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo

    def used(sql: str) -> set[str]:
        return {row[0] for row in rows(db, sql)}

    assert used("SELECT kind FROM users") == set(values(UserKind))
    assert used("SELECT type FROM activities") == set(values(ActivityType))
    assert used("SELECT nature FROM activities") == set(values(Nature))
    assert used("SELECT accessibility FROM activities") == set(values(Accessibility))
    assert used("SELECT target_group FROM activity_target_groups") == set(values(TargetGroup))
    assert used("SELECT kind FROM signals") == set(values(SignalKind))
    assert used("SELECT status FROM signals") == set(values(SignalStatus))
    assert used("SELECT origin FROM users") == {"eigen_kern", "gemeente", "elders"}


def test_activities_follow_the_default_nature_of_their_user(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    for kind, nature in rows(
        db, "SELECT u.kind, a.nature FROM activities a JOIN users u ON u.id = a.user_id"
    ):
        expected = {"particulier": "particulier", "commercieel": "commercieel"}
        assert nature == expected.get(kind, "maatschappelijk")


def activity(db: Database, name: str) -> dict[str, Any]:
    found = rows(
        db,
        "SELECT a.id, a.type, a.accessibility, a.nature, u.kind, u.name, r.name "
        "FROM activities a JOIN users u ON u.id = a.user_id "
        "LEFT JOIN rooms r ON r.id = a.default_room_id WHERE a.name = :name",
        name=name,
    )
    assert found, name
    ident, type_, access, nature, kind, user, room = found[0]
    groups = {
        r[0]
        for r in rows(
            db, "SELECT target_group FROM activity_target_groups WHERE activity_id = :a", a=ident
        )
    }
    rules = {
        r[0] for r in rows(db, "SELECT rrule FROM booking_series WHERE activity_id = :a", a=ident)
    }
    sessions = scalar(db, "SELECT count(*) FROM bookings WHERE activity_id = :a", a=ident)
    one_offs = scalar(
        db, "SELECT count(*) FROM bookings WHERE activity_id = :a AND series_id IS NULL", a=ident
    )
    return {
        "type": type_,
        "access": access,
        "nature": nature,
        "kind": kind,
        "user": user,
        "room": room,
        "groups": groups,
        "rules": rules,
        "sessions": sessions,
        "one_offs": one_offs,
    }


def test_the_must_have_activities(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    coffee = activity(db, "Koffieochtend")
    assert (coffee["type"], coffee["access"]) == ("ontmoeting", "vrije_inloop")
    assert {"ouderen", "iedereen"} <= coffee["groups"]
    assert coffee["rules"] == {"FREQ=WEEKLY;BYDAY=TU"}

    grief = activity(db, "Rouwcafé")
    assert (grief["type"], grief["access"]) == ("ondersteuning", "vrije_inloop")
    assert grief["rules"] == {"FREQ=MONTHLY;BYDAY=1WE,3WE"}

    after_school = activity(db, "BSO-club De Schakel")
    assert (after_school["kind"], after_school["type"]) == ("onderwijs_jeugd", "jeugd")
    assert after_school["groups"] == {"kinderen"}
    assert after_school["rules"] == {"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH"}

    choir = activity(db, "Koorrepetitie")
    assert (choir["kind"], choir["type"]) == ("vereniging", "cultuur")
    assert choir["rules"] == {"FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"}

    care = activity(db, "Spreekuur Zorgcoöperatie")
    assert (care["user"], care["kind"], care["room"]) == (
        "Zorgcoöperatie Berghem",
        "zorg_welzijn",
        "Zorgkamer",
    )
    assert care["type"] in ("ondersteuning", "zorg_dagbesteding")

    party = activity(db, "Verjaardagsfeest")
    assert (party["kind"], party["nature"]) == ("particulier", "particulier")
    assert party["one_offs"] >= 24  # a few private rentals a month

    yoga = activity(db, "Yoga")
    assert (yoga["kind"], yoga["nature"], yoga["type"]) == ("commercieel", "commercieel", "bewegen")

    assert activity(db, "Repair Café")["rules"] == {"FREQ=MONTHLY;BYDAY=1SA"}
    assert activity(db, "Samen eten")["type"] == "samen_eten"
    assert activity(db, "Bestuursvergadering")["kind"] == "eigen_activiteit"
    assert activity(db, "Jaarfeest De Schakel")["type"] == "viering"
    assert activity(db, "Informatieavond gemeente")["kind"] == "gemeente"
    assert "nieuwkomers" in activity(db, "Taalcafé")["groups"]
    assert activity(db, "Mantelzorgcafé")["groups"] == {"mantelzorgers"}
    for name in (
        "Kaartavond met vrienden",
        "Gym voor ouderen",
        "Jeugdsoos",
        "Vergadering dorpsraad",
        "Klaverjassen",
    ):
        assert activity(db, name)["sessions"] > 0, name


def test_every_user_has_an_activity_and_every_activity_sessions(
    any_demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = any_demo
    assert (
        scalar(
            db,
            "SELECT count(*) FROM users u WHERE NOT EXISTS "
            "(SELECT 1 FROM activities a WHERE a.user_id = u.id)",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM activities a WHERE NOT EXISTS "
            "(SELECT 1 FROM bookings b WHERE b.activity_id = a.id)",
        )
        == 0
    )


def test_no_user_has_two_activities_of_one_name(any_demo: tuple[Database, DemoSummary]) -> None:
    """The demo's activities pass the rule the forms keep: one name once per user."""
    db, _ = any_demo
    names = rows(db, "SELECT user_id, name FROM activities")
    seen = {(user_id, " ".join(name.split()).casefold()) for user_id, name in names}
    assert len(seen) == len(names)


def test_contacts_look_dutch_and_some_users_have_none(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    contacts = rows(db, "SELECT contact_name, contact_phone, contact_email FROM users")
    phones = [phone for _, phone, _ in contacts if phone]
    assert phones
    assert all(re.fullmatch(r"06-\d{8}|0\d{2,3}-\d{6,7}", phone) for phone in phones)
    assert all("@" in email for _, _, email in contacts if email)
    assert any(name is None for name, _, _ in contacts)


def test_archived_users_have_history_only_in_the_past(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    archived = rows(db, "SELECT id, archived_at FROM users WHERE archived_at IS NOT NULL")
    assert len(archived) >= 2
    for user_id, archived_at in archived:
        last = scalar(
            db,
            "SELECT max(b.date) FROM bookings b JOIN activities a ON a.id = b.activity_id "
            "WHERE a.user_id = :u",
            u=user_id,
        )
        assert last is not None and last < archived_at[:10] < TODAY.isoformat()


# ----------------------------------------------------------------------------- the agenda


def test_no_two_sessions_overlap_in_a_room(any_demo: tuple[Database, DemoSummary]) -> None:
    db, _ = any_demo
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings a JOIN bookings b ON a.room_id = b.room_id "
            "AND a.date = b.date AND a.id < b.id "
            "AND a.start_min < b.end_min AND b.start_min < a.end_min",
        )
        == 0
    )


def test_no_session_on_a_closed_day(any_demo: tuple[Database, DemoSummary]) -> None:
    db, _ = any_demo
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings b JOIN closures c ON b.date BETWEEN c.first_day "
            "AND c.last_day AND (c.room_id IS NULL OR c.room_id = b.room_id)",
        )
        == 0
    )


def test_sessions_lie_within_opening_hours_on_the_grid(
    any_demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = any_demo
    house = {
        weekday: (opens, closes)
        for _, weekday, opens, closes in rows(
            db,
            "SELECT room_id, weekday, opens_min, closes_min FROM opening_hours "
            "WHERE room_id IS NULL",
        )
    }
    own = {
        (room, weekday): (opens, closes)
        for room, weekday, opens, closes in rows(
            db,
            "SELECT room_id, weekday, opens_min, closes_min FROM opening_hours "
            "WHERE room_id IS NOT NULL",
        )
    }
    for room, day, start, end in rows(db, "SELECT room_id, date, start_min, end_min FROM bookings"):
        weekday = dt.date.fromisoformat(day).weekday()
        opens, closes = own.get((room, weekday), house.get(weekday, (None, None)))
        assert opens is not None and opens <= start < end <= closes, (room, day, start, end)
        assert start % 15 == 0 and end % 15 == 0


def test_house_closures_cover_holidays_christmas_and_summer(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    reasons = {r[0] for r in rows(db, "SELECT reason FROM closures WHERE room_id IS NULL")}
    assert {"Koningsdag", "Tweede paasdag", "Kerstsluiting", "Zomersluiting"} <= reasons
    assert scalar(db, "SELECT count(*) FROM closures WHERE room_id IS NOT NULL") >= 2


def test_series_skip_closed_dates_such_as_koningsdag(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    # Koningsdag 2026 is a Monday: the fanfare's Monday rehearsal is left out that day.
    fanfare = activity(db, "Repetitie fanfare")
    assert fanfare["rules"] == {"FREQ=WEEKLY;BYDAY=MO"}
    koningsdag = "2026-04-27"
    assert (
        scalar(
            db,
            "SELECT count(*) FROM series_skips k JOIN booking_series s ON s.id = k.series_id "
            "JOIN activities a ON a.id = s.activity_id "
            "WHERE a.name = 'Repetitie fanfare' AND k.occurrence_date = :d",
            d=koningsdag,
        )
        == 1
    )
    assert scalar(db, "SELECT count(*) FROM bookings WHERE date = :d", d=koningsdag) == 0

    # Every weekly series is skipped on every Dutch public holiday on its weekday.
    first, last = TODAY.replace(year=TODAY.year - 3), TODAY + dt.timedelta(weeks=10)
    public = holidays.country_holidays("NL", years=range(first.year, last.year + 1))
    checked = 0
    for series_id, first_date, rule in rows(
        db, "SELECT id, first_date, rrule FROM booking_series WHERE rrule LIKE 'FREQ=WEEKLY;%'"
    ):
        start = dt.datetime.fromisoformat(first_date)
        skipped = {
            r[0]
            for r in rows(
                db, "SELECT occurrence_date FROM series_skips WHERE series_id = :s", s=series_id
            )
        }
        for occurrence in rrulestr(rule, dtstart=start).between(
            start, dt.datetime.combine(last, dt.time()), inc=True
        ):
            if occurrence.date() in public:
                assert occurrence.date().isoformat() in skipped, (rule, occurrence)
                checked += 1
    assert checked > 10


def test_bookings_are_the_occurrences_of_their_series(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    for series_id, first_date, rule, start, end, room in rows(
        db, "SELECT id, first_date, rrule, start_min, end_min, room_id FROM booking_series"
    ):
        assert "DTSTART" not in rule
        begin = dt.datetime.fromisoformat(first_date)
        horizon = dt.datetime.combine(TODAY + dt.timedelta(weeks=10), dt.time())
        expected = {
            o.date().isoformat()
            for o in rrulestr(rule, dtstart=begin).between(begin, horizon, inc=True)
        }
        booked = rows(
            db,
            "SELECT occurrence_date, date, start_min, end_min, room_id, detached "
            "FROM bookings WHERE series_id = :s",
            s=series_id,
        )
        skipped = {
            r[0]
            for r in rows(
                db, "SELECT occurrence_date FROM series_skips WHERE series_id = :s", s=series_id
            )
        }
        occurrences = {b[0] for b in booked}
        assert occurrences | skipped == expected, rule
        assert not occurrences & skipped
        for _, _day, b_start, b_end, b_room, detached in booked:
            if not detached:
                assert (b_start, b_end, b_room) == (start, end, room)


def test_some_occurrences_were_moved(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    moved = rows(
        db,
        "SELECT b.date, b.occurrence_date, b.start_min, s.start_min, b.room_id, s.room_id "
        "FROM bookings b JOIN booking_series s ON s.id = b.series_id WHERE b.detached",
    )
    assert len(moved) >= 20
    for day, occurrence, start, series_start, room, series_room in moved:
        assert (day, start, room) != (occurrence, series_start, series_room)


def test_old_room_closed_years_ago_with_its_history(
    decade: tuple[Database, DemoSummary],
) -> None:
    db, _ = decade
    inactive = rows(db, "SELECT id, name FROM rooms WHERE NOT active")
    assert len(inactive) == 1
    room_id = inactive[0][0]
    first, last = rows(
        db, "SELECT min(date), max(date) FROM bookings WHERE room_id = :r", r=room_id
    )[0]
    assert first < "2018-01-01"
    assert last < (TODAY - dt.timedelta(days=2 * 365)).isoformat()


def test_some_activities_start_later_and_some_end(decade: tuple[Database, DemoSummary]) -> None:
    db, _ = decade
    firsts = [
        r[0]
        for r in rows(
            db,
            "SELECT min(date) FROM bookings b JOIN booking_series s ON s.id = b.series_id "
            "GROUP BY b.activity_id",
        )
    ]
    lasts = [r[0] for r in rows(db, "SELECT max(date) FROM bookings GROUP BY activity_id")]
    assert sum(first > "2019-01-01" for first in firsts) >= 5
    assert sum(last < "2025-01-01" for last in lasts) >= 3


# ----------------------------------------------------------------------------- status and tally


def test_tallies_only_on_held_sessions(any_demo: tuple[Database, DemoSummary]) -> None:
    db, _ = any_demo
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings WHERE status <> 'gehouden' "
            "AND (visitors IS NOT NULL OR volunteers IS NOT NULL OR counted_at IS NOT NULL)",
        )
        == 0
    )
    assert (
        scalar(
            db, "SELECT count(*) FROM bookings WHERE visitors IS NOT NULL AND counted_at IS NULL"
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings WHERE (status = 'geannuleerd') "
            "<> (cancel_reason IS NOT NULL)",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings WHERE counted_at IS NOT NULL "
            "AND date(counted_at) < date",
        )
        == 0
    )


def test_past_sessions_are_mostly_held_and_counted(any_demo: tuple[Database, DemoSummary]) -> None:
    db, _ = any_demo
    ((past, held, cancelled, uncounted, over),) = rows(
        db,
        "SELECT count(*), sum(b.status = 'gehouden'), sum(b.status = 'geannuleerd'), "
        "sum(b.status = 'gehouden' AND b.visitors IS NULL), sum(b.visitors > r.capacity) "
        "FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE b.date < :today",
        today=TODAY.isoformat(),
    )
    assert 0.025 < cancelled / past < 0.06
    assert 0.01 < uncounted / past < 0.04
    assert held / past > 0.9
    assert over <= past / 2000  # a very rare full house beyond capacity
    cancel_reasons = {r[0] for r in rows(db, "SELECT DISTINCT cancel_reason FROM bookings")}
    assert {"Ziekte begeleider", "Te weinig aanmeldingen"} <= cancel_reasons


def test_quieter_in_summer_and_volunteers_only_where_they_belong(
    decade: tuple[Database, DemoSummary],
) -> None:
    db, _ = decade
    average = {
        month: avg
        for month, avg in rows(
            db,
            "SELECT strftime('%m', b.date), avg(b.visitors) FROM bookings b "
            "JOIN activities a ON a.id = b.activity_id WHERE a.name = 'Koffieochtend' "
            "GROUP BY 1",
        )
    }
    assert average["07"] < 0.85 * average["10"]
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings b JOIN activities a ON a.id = b.activity_id "
            "WHERE a.nature = 'particulier' AND b.volunteers IS NOT NULL",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT min(b.volunteers) FROM bookings b JOIN activities a ON a.id = b.activity_id "
            "WHERE a.name = 'Koffieochtend'",
        )
        >= 1
    )


def test_the_future_is_planned_and_the_last_days_partly_so(
    any_demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = any_demo
    assert (
        scalar(
            db,
            "SELECT count(*) FROM bookings WHERE date >= :today AND status <> 'gepland'",
            today=TODAY.isoformat(),
        )
        == 0
    )
    horizon = scalar(db, "SELECT max(date) FROM bookings")
    assert dt.date.fromisoformat(horizon) >= TODAY + dt.timedelta(weeks=9)
    stale = scalar(
        db,
        "SELECT count(*) FROM bookings WHERE date < :today AND status = 'gepland'",
        today=TODAY.isoformat(),
    )
    assert 1 <= stale <= 25
    assert (
        scalar(
            db,
            "SELECT min(date) FROM bookings WHERE date < :today AND status = 'gepland'",
            today=TODAY.isoformat(),
        )
        >= (TODAY - dt.timedelta(days=10)).isoformat()
    )


def test_sessions_today_in_at_least_three_rooms(any_demo: tuple[Database, DemoSummary]) -> None:
    db, _ = any_demo
    assert (
        scalar(
            db,
            "SELECT count(DISTINCT room_id) FROM bookings WHERE date = :today",
            today=TODAY.isoformat(),
        )
        >= 3
    )


def test_tally_revisions_correct_earlier_counts(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    revisions = rows(
        db,
        "SELECT r.field, r.old_value, r.new_value, r.changed_at, b.date, b.visitors, "
        "b.volunteers FROM tally_revisions r JOIN bookings b ON b.id = r.booking_id",
    )
    assert len(revisions) >= 3
    for field, old, new, changed_at, day, visitors, volunteers in revisions:
        assert old != new
        assert changed_at[:10] > day
        assert new == (visitors if field == "visitors" else volunteers)


# ----------------------------------------------------------------------------- board and signals


def test_quarters_approved_except_the_last_one(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    approvals = rows(
        db,
        "SELECT period, volunteers, board_members, approved_at FROM period_approvals "
        "ORDER BY period",
    )
    periods = [a[0] for a in approvals]
    # History starts 2024-10-01; 2026-Q3 waits for the board, 2026-Q4 is running.
    assert periods == ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
    for period, volunteers, board, approved_at in approvals:
        assert 25 <= volunteers <= 45 and 5 <= board <= 7
        year, quarter = int(period[:4]), int(period[-1])
        quarter_end = dt.date(year, 3 * quarter, 1) + relativedelta(months=1, days=-1)
        approved = dt.datetime.fromisoformat(approved_at).date()
        assert quarter_end < approved <= quarter_end + dt.timedelta(days=100)
    events = rows(db, "SELECT period, action FROM period_events ORDER BY id")
    reopened = [period for period, action in events if action == "heropend"]
    assert len(reopened) == 1
    assert [a for p, a in events if p == reopened[0]] == ["vastgesteld", "heropend", "vastgesteld"]
    assert sum(action == "vastgesteld" for _, action in events) == len(periods) + 1


def test_signals_every_year_with_mixed_status(decade: tuple[Database, DemoSummary]) -> None:
    db, _ = decade
    per_year = dict(rows(db, "SELECT strftime('%Y', date), count(*) FROM signals GROUP BY 1"))
    whole_years = [str(year) for year in range(2017, 2026)]
    assert all(6 <= per_year[year] <= 10 for year in whole_years)
    old = dict(
        rows(db, "SELECT status, count(*) FROM signals WHERE date < '2025-01-01' GROUP BY 1")
    )
    assert old.get("afgehandeld", 0) > 3 * old.get("doorgegeven", 0)
    assert "nieuw" not in old
    shareable = scalar(db, "SELECT avg(shareable) FROM signals")
    assert 0.25 < shareable < 0.75
    passed_to = {r[0] for r in rows(db, "SELECT DISTINCT passed_to FROM signals")}
    assert {"gemeente", "wijkwerker", "woningcorporatie"} <= passed_to


# ----------------------------------------------------------------------------- size, scale, refusal


def test_ten_years_is_a_busy_house(decade: tuple[Database, DemoSummary]) -> None:
    _, summary = decade
    assert summary.bookings >= 25_000
    assert summary.rooms == 6  # with the old upstairs room


def test_scale_multiplies_the_house(tmp_path: Path) -> None:
    db, summary = make_demo(tmp_path, years=1, seed=3, scale=2)
    try:
        assert summary.rooms == 10
        assert summary.users == 2 * 30
        assert summary.bookings > 2 * 2_000
        assert scalar(db, "SELECT count(DISTINCT name) FROM rooms") == 10
    finally:
        db.close()


def test_refuses_a_database_that_holds_data(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with pytest.raises(DemoError, match="empty"):
        generate_demo(db, today=TODAY)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == summary.bookings


def test_refuses_a_database_with_only_a_house(db: Database) -> None:
    with db.transaction() as session:
        session.add(House(id=1, code="BERGH", name="De Schakel", village="Berghem"))
    with pytest.raises(DemoError):
        generate_demo(db, today=TODAY)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 0


def test_rejects_nonsense_arguments(db: Database) -> None:
    with pytest.raises(ValueError, match="years"):
        generate_demo(db, years=0, today=TODAY)
    with pytest.raises(ValueError, match="scale"):
        generate_demo(db, scale=0, today=TODAY)


def test_the_demo_module_does_not_import_qt() -> None:
    code = "import sys, housedesk.core.demo.builder; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
