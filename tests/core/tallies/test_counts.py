"""Tests of counting visitors: counts, corrections with their history, door counter, the list."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from housedesk.common.codes import BookingStatus, TargetGroup, UserKind
from housedesk.common.problems import ValidationError
from housedesk.core.tallies import counts as tallies
from housedesk.core.tallies import pending as counting
from housedesk.db import Database, open_database
from housedesk.db.models import Activity, Booking, Room, TallyRevision, User
from tests.helpers.databases import demo_house, kept_open
from tests.helpers.processes import kill_hard

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
    rows = counting.sessions_to_count(db, TODAY)
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
    from housedesk.core.tallies import counts as tallies
    from housedesk.db import open_database
    db = open_database(Path(sys.argv[1]))
    booking = int(sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        count = tallies.door_press(db, booking, 1, today=dt.date(2026, 11, 25))
        print(count, flush=True)  # after the commit: the press is on disk
    """
)


def test_the_door_counter_stops_where_typed_counts_stop(db: Database) -> None:
    booking = add_session(db, TODAY)
    tallies.record_count(
        db, booking, tallies.MAX_COUNT, None, today=TODAY, allow_over_capacity=True
    )
    with pytest.raises(ValidationError) as refused:
        tallies.door_press(db, booking, 1, today=TODAY)
    assert refused.value.problems[0].field == "visitors"
    assert str(tallies.MAX_COUNT) in refused.value.problems[0].english()
    assert stored(db, booking) == ("gehouden", tallies.MAX_COUNT, None)
    assert tallies.door_press(db, booking, -1, today=TODAY) == tallies.MAX_COUNT - 1


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
    kill_hard(process)
    process.stdin.close()
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


def test_a_walk_in_may_have_gone_on_after_midnight(db: Database) -> None:
    existing = add_session(db, TODAY, start=9 * 60)
    with db.reading() as s:
        booking = s.get(Booking, existing)
        room_id, activity_id = booking.room_id, booking.activity_id
    yesterday = TODAY - dt.timedelta(days=1)
    row = tallies.add_unbooked_session(
        db, activity_id, room_id, yesterday, 20 * 60, 30, 40, 2, today=TODAY
    )
    assert (row.date, row.start_min, row.end_min) == (yesterday, 1200, 1470)
    with pytest.raises(ValidationError) as refused:  # after 04:00 it is the next day's
        tallies.add_unbooked_session(
            db, activity_id, room_id, yesterday, 22 * 60, 5 * 60, None, None, today=TODAY
        )
    assert [p.field for p in refused.value.problems] == ["times"]


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
    from housedesk.common.periods import Period
    from housedesk.core.board import approval

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


# -- the tallies list: pages, filters, sorting and totals in SQL --------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = demo_house(path, seed=3, today=TODAY)
    with db.transaction() as s:  # a few corrections, to sort by
        for booking_id, n in s.execute(
            text("SELECT id, id % 3 FROM bookings WHERE status = 'gehouden' AND id % 7 = 0")
        ):
            for _ in range(n):
                s.add(
                    TallyRevision(
                        booking_id=booking_id,
                        field="visitors",
                        old_value=1,
                        new_value=2,
                        changed_at=dt.datetime(2026, 1, 1),
                    )
                )
    db.close()
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Database]:
    yield from kept_open(open_database(demo_path))


def held(db: Database, where: str = "1", **params: object) -> list[int]:
    """The ids of the held sessions that ``where`` (SQL over bookings b, rooms r,
    activities a, users u) keeps, found without the code under test."""
    with db.reading() as s:
        return [
            row[0]
            for row in s.execute(
                text(
                    "SELECT b.id FROM bookings b JOIN rooms r ON r.id = b.room_id "
                    "JOIN activities a ON a.id = b.activity_id JOIN users u ON u.id = a.user_id "
                    f"WHERE b.status = 'gehouden' AND {where}"
                ),
                params,
            )
        ]


def every_page(db: Database, query: tallies.TallyQuery, size: int) -> list[tallies.TallyRow]:
    rows: list[tallies.TallyRow] = []
    while True:
        page = tallies.tally_page(db, query, rows[-1] if rows else None, size)
        rows.extend(page)
        if len(page) < size:
            return rows


def nocase(name: str) -> str:
    """SQLite's NOCASE: only A-Z folded."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in name)


SORT_KEYS = {
    tallies.TallySort.DATE: lambda r: (),
    tallies.TallySort.TIME: lambda r: (r.start_min, r.end_min),
    tallies.TallySort.ROOM: lambda r: (nocase(r.room_name),),
    tallies.TallySort.ACTIVITY: lambda r: (nocase(r.activity_name),),
    tallies.TallySort.USER: lambda r: (nocase(r.user_name),),
    tallies.TallySort.VISITORS: lambda r: (-1 if r.visitors is None else r.visitors,),
    tallies.TallySort.VOLUNTEERS: lambda r: (-1 if r.volunteers is None else r.volunteers,),
    tallies.TallySort.CORRECTED: lambda r: (r.corrections,),
}


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", list(tallies.TallySort))
def test_pages_follow_each_other_in_every_order(
    demo: Database, sort: tallies.TallySort, descending: bool
) -> None:
    query = tallies.TallyQuery(
        dt.date(2026, 4, 1), dt.date(2026, 9, 30), sort=sort, descending=descending
    )
    rows = every_page(demo, query, 97)
    assert sorted(r.booking_id for r in rows) == sorted(
        held(demo, "b.date BETWEEN '2026-04-01' AND '2026-09-30'")
    )
    expected = sorted(
        rows,
        key=lambda r: (*SORT_KEYS[sort](r), r.date, r.start_min, r.booking_id),
        reverse=descending,
    )
    assert [r.booking_id for r in rows] == [r.booking_id for r in expected]
    if sort is tallies.TallySort.CORRECTED:
        assert {r.corrections for r in rows} == {0, 1, 2}


def test_filters_and_search_keep_what_they_say(demo: Database) -> None:
    period = {"first_day": dt.date(2026, 1, 1), "last_day": dt.date(2026, 12, 31)}
    in_period = "b.date BETWEEN '2026-01-01' AND '2026-12-31'"
    rooms = tallies.rooms_held_in(demo, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    activities = tallies.activities_held_in(demo, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    cases = [
        ({"room_id": rooms[1][0]}, f"b.room_id = {rooms[1][0]}"),
        ({"activity_id": activities[2][0]}, f"b.activity_id = {activities[2][0]}"),
        ({"user_kind": UserKind.VERENIGING}, "u.kind = 'vereniging'"),
        (
            {"target_group": TargetGroup.KINDEREN},
            "a.id IN (SELECT activity_id FROM activity_target_groups "
            "WHERE target_group = 'kinderen')",
        ),
        ({"only_uncounted": True}, "b.visitors IS NULL AND b.volunteers IS NULL"),
        ({"search": "  ZAAL  "}, "lower(r.name || ' ' || a.name || ' ' || u.name) LIKE '%zaal%'"),
        (
            {"search": "zaal bridge"},
            "lower(r.name || ' ' || a.name || ' ' || u.name) LIKE '%zaal%' "
            "AND lower(r.name || ' ' || a.name || ' ' || u.name) LIKE '%bridge%'",
        ),
        ({"search": "nergens"}, "0"),
        (
            {"user_kind": UserKind.VERENIGING, "only_uncounted": True},
            "u.kind = 'vereniging' AND b.visitors IS NULL AND b.volunteers IS NULL",
        ),
    ]
    for filters, where in cases:
        query = tallies.TallyQuery(**period, **filters)
        expected = held(demo, f"{in_period} AND {where}")
        rows = every_page(demo, query, 500)
        assert sorted(r.booking_id for r in rows) == sorted(expected), filters
        summary = tallies.tally_summary(demo, query)
        assert summary.in_period == len(held(demo, in_period))
        assert summary.shown == tallies.Totals(
            sessions=len(rows),
            counted=sum(r.counted for r in rows),
            visitors=sum(r.visitors or 0 for r in rows),
            volunteers=sum(r.volunteers or 0 for r in rows),
        ), filters
    assert tallies.tally_summary(demo, tallies.TallyQuery(**period, search="zaal")).shown.sessions


def test_search_folds_case_as_python_does_and_names_sort_without_case(db: Database) -> None:
    first = add_session(db, TODAY, status=BookingStatus.GEHOUDEN, visitors=4)
    with db.transaction() as s:
        booking = s.get(Booking, first)
        attic = Room(code="R2", name="ÉTAGE", capacity=10)
        cellar = Room(code="R3", name="kelder", capacity=10)
        for room, start in ((attic, 600), (cellar, 700)):
            s.add(
                Booking(
                    activity_id=booking.activity_id,
                    room=room,
                    date=TODAY,
                    start_min=start,
                    end_min=start + 30,
                    status=BookingStatus.GEHOUDEN,
                )
            )

    def names(**query: object) -> list[str]:
        rows = tallies.tally_page(db, tallies.TallyQuery(**query))
        return [r.room_name for r in rows]

    assert names(search="étage") == ["ÉTAGE"]  # SQLite's lower() and NOCASE would miss it
    assert names(search="KELDER schakel") == ["kelder"]
    assert names(sort=tallies.TallySort.ROOM, descending=False) == ["Grote zaal", "kelder", "ÉTAGE"]
    summary = tallies.tally_summary(db, tallies.TallyQuery(search="Étage"))
    assert summary == tallies.TallySummary(3, tallies.Totals(1, 0, 0, 0))


def test_rooms_and_activities_offered_are_those_held_in_the_period(db: Database) -> None:
    add_session(db, TODAY - dt.timedelta(days=40), status=BookingStatus.GEHOUDEN)
    add_session(db, TODAY, status=BookingStatus.GEANNULEERD)
    assert tallies.rooms_held_in(db, TODAY - dt.timedelta(days=7), TODAY) == []
    assert tallies.activities_held_in(db, TODAY - dt.timedelta(days=7), TODAY) == []
    with db.reading() as s:
        room_id = s.query(Room.id).scalar()
        activity_id = s.query(Activity.id).scalar()
    assert tallies.rooms_held_in(db, None, None) == [(room_id, "Grote zaal")]
    assert tallies.activities_held_in(db, None, TODAY) == [(activity_id, "Koffieochtend")]


class MovedOn(Exception):
    pass


def test_a_long_sum_stops_when_its_progress_raises(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tallies, "PROGRESS_STEPS", 100)
    calls: list[tuple[int, int]] = []
    summary = tallies.tally_summary(
        demo, tallies.TallyQuery(), lambda done, total: calls.append((done, total))
    )
    assert calls and set(calls) == {(0, 0)}
    assert summary.in_period == len(held(demo))

    def moved_on(done: int, total: int) -> None:
        raise MovedOn

    with pytest.raises(MovedOn):
        tallies.tally_summary(demo, tallies.TallyQuery(), moved_on)
    assert tallies.tally_summary(demo, tallies.TallyQuery()) == summary  # the connection is fine


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("99999999999", "99999999999 is more than 10,000, the most there can be here"),
        ("-4", "-4 is less than 0: enter a whole number from 0 to 10,000, or leave it empty."),
        ("veel", "'veel' is not a whole number: enter one from 0 to 10,000, or leave it empty."),
    ],
)
def test_a_refused_count_names_the_range(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        tallies.parse_count(typed, "visitors")
    (problem,) = refused.value.problems
    assert problem.field == "visitors" and problem.english().startswith(message)
