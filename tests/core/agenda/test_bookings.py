"""Tests of booking sessions and series: conflicts, exceptions, edits, status and reading."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.problems import ValidationError
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import recurrence as rec
from housedesk.core.agenda.bookings import ConflictError, ConflictKind, Scope
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.db.models import Activity, Booking, BookingSeries, SeriesSkip
from tests.helpers.queries import selects, statements_sent
from tests.helpers.register import an_activity
from tests.helpers.rows import add_series, add_session

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
TODAY = dt.date(2026, 1, 1)


@pytest.fixture
def house(db: Database) -> tuple[Database, int, int, int]:
    """An open house (8:00-23:00 every day), room Zaal (30) and two activities."""
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    room = rooms.create_room(db, "Grote zaal", 30).id
    return db, room, an_activity(db, "Koffieochtend"), an_activity(db, "Koor")


def weekly(day: int, **kw: object) -> Recurrence:
    return Recurrence(Frequency.WEEKLY, (day,), **kw)  # type: ignore[arg-type]


def bookings(db: Database, **where: object) -> list[Booking]:
    with db.reading() as session:
        query = select(Booking).filter_by(**where).order_by(Booking.date)
        rows = list(session.scalars(query))
        session.expunge_all()  # keep their loaded values after the read is rolled back
        return rows


def skips(db: Database) -> list[dt.date]:
    with db.reading() as session:
        return sorted(session.scalars(select(SeriesSkip.occurrence_date)))


def test_booking_one_session(house) -> None:
    db, room, coffee, _ = house
    row = agenda.book_session(db, coffee, room, dt.date(2026, 3, 3), "9:30", "11:30")
    assert (row.date, row.start_min, row.end_min, row.activity_name) == (
        dt.date(2026, 3, 3),
        570,
        690,
        "Koffieochtend",
    )
    assert row.status is BookingStatus.GEPLAND and row.series_id is None


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("", "11:00", "start"),
        ("9:10", "11:00", "start"),
        ("11:00", "9:00", "end"),
        ("9", "x", "end"),
    ],
)
def test_bad_times_are_refused(house, start: str, end: str, field: str) -> None:
    db, room, coffee, _ = house
    with pytest.raises(ValidationError) as refused:
        agenda.book_session(db, coffee, room, dt.date(2026, 3, 3), start, end)
    assert [p.field for p in refused.value.problems] == [field]
    assert bookings(db) == []


def test_missing_choices_are_all_reported(house) -> None:
    db, *_ = house
    with pytest.raises(ValidationError) as refused:
        agenda.book_session(db, None, None, None, "9:00", "10:00")
    assert [p.field for p in refused.value.problems] == ["activity", "room", "date"]


def test_a_double_booking_is_refused(house) -> None:
    db, room, coffee, choir = house
    agenda.book_session(db, coffee, room, dt.date(2026, 3, 3), "9:30", "11:30")
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, choir, room, dt.date(2026, 3, 3), "11:00", "12:00")
    assert [c.kind for c in refused.value.conflicts] == [ConflictKind.BOOKED]
    assert "Koffieochtend 09:30–11:30" in refused.value.conflicts[0].detail
    # Back to back is fine.
    agenda.book_session(db, choir, room, dt.date(2026, 3, 3), "11:30", "12:00")


def test_a_cancelled_session_frees_its_slot(house) -> None:
    db, room, coffee, choir = house
    row = agenda.book_session(db, coffee, room, dt.date(2026, 3, 3), "9:30", "11:30")
    agenda.set_status(db, row.id, BookingStatus.GEANNULEERD, "ziek", today=TODAY)
    agenda.book_session(db, choir, room, dt.date(2026, 3, 3), "9:30", "11:30")


def test_closures_and_opening_hours_are_conflicts(house) -> None:
    db, room, coffee, _ = house
    rooms.create_closure(db, dt.date(2026, 4, 6), dt.date(2026, 4, 6), "Tweede paasdag")
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, coffee, room, dt.date(2026, 4, 6), "9:30", "11:30")
    assert refused.value.conflicts[0].kind is ConflictKind.CLOSED
    assert refused.value.conflicts[0].detail == "Tweede paasdag"
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, coffee, room, dt.date(2026, 4, 7), "7:00", "9:00")
    assert refused.value.conflicts[0].kind is ConflictKind.OUTSIDE_HOURS


def test_a_series_books_all_its_dates(house) -> None:
    db, room, coffee, _ = house
    info = agenda.create_series(
        db, coffee, room, dt.date(2026, 1, 1), "19:30", "21:00", weekly(TUE, count=5)
    )
    assert info.first_date == dt.date(2026, 1, 6)  # the first Tuesday on or after the date
    dates = [b.date for b in bookings(db)]
    assert dates == [dt.date(2026, 1, 6) + dt.timedelta(weeks=n) for n in range(5)]
    assert all(b.start_min == 1170 for b in bookings(db))  # wall clock, whatever the season


def test_a_series_lists_every_clashing_date_and_skips_them_on_request(house) -> None:
    db, room, coffee, choir = house
    rooms.create_closure(db, dt.date(2026, 2, 17), dt.date(2026, 2, 17), "Carnaval")
    agenda.book_session(db, choir, room, dt.date(2026, 3, 3), "20:00", "22:00")
    rule = weekly(TUE, until=dt.date(2026, 3, 31))
    with pytest.raises(ConflictError) as refused:
        agenda.create_series(db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule)
    assert refused.value.dates == [dt.date(2026, 2, 17), dt.date(2026, 3, 3)]
    assert len(bookings(db)) == 1  # nothing changed
    preview = agenda.preview(db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule)
    assert len(preview.dates) == 13 and len(preview.conflicts) == 2
    info = agenda.create_series(
        db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule, skip=refused.value.dates
    )
    assert info.skips == (dt.date(2026, 2, 17), dt.date(2026, 3, 3))
    assert len(bookings(db, series_id=info.id)) == 11


def test_a_series_none_of_whose_dates_can_be_booked_is_never_saved(house) -> None:
    db, room, coffee, choir = house
    agenda.create_series(
        db, choir, room, dt.date(2026, 1, 6), "19:00", "22:00", weekly(TUE, count=4)
    )
    before = bookings(db)
    rule = weekly(TUE, count=4)
    preview = agenda.preview(db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule)
    assert preview.bookable == 0 and len(preview.clashing) == 4
    with pytest.raises(ValidationError) as refused:
        agenda.create_series(
            db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule, skip=preview.clashing
        )
    [problem] = refused.value.problems
    assert problem.field == "repeat"
    assert problem.english() == (
        "None of the 4 dates of this series can be booked, so nothing was saved. "
        "Choose another room, other times or other days."
    )
    assert [b.id for b in bookings(db)] == [b.id for b in before] and skips(db) == []
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(BookingSeries)) == 1


def test_a_series_edit_that_would_leave_no_session_is_refused(house) -> None:
    db, room, coffee, choir = house
    series_of_tuesdays(db, room, coffee, count=3)
    agenda.create_series(
        db, choir, room, dt.date(2026, 1, 1), "21:00", "22:00", weekly(TUE, count=3)
    )
    first = bookings(db, activity_id=coffee)[0]
    clashes = [dt.date(2026, 1, 6) + dt.timedelta(weeks=n) for n in range(3)]
    with pytest.raises(ValidationError) as refused:
        agenda.edit_series(
            db, first.id, Scope.ALL, room, "20:00", "22:00", today=TODAY, skip=clashes
        )
    assert refused.value.problems[0].field == "repeat"
    assert [b.start_min for b in bookings(db, activity_id=coffee)] == [1170] * 3


def test_a_count_limited_series_with_clashes_can_be_filled_up_at_its_end(house) -> None:
    db, room, coffee, choir = house
    # 26 Tuesdays from 6 January; four of them are taken, and one Tuesday after them as well.
    taken = [dt.date(2026, 2, 17), dt.date(2026, 3, 3), dt.date(2026, 4, 7), dt.date(2026, 5, 5)]
    for day in [*taken, dt.date(2026, 7, 7)]:
        agenda.book_session(db, choir, room, day, "20:00", "21:00")
    rule = weekly(TUE, count=26)
    plain = agenda.preview(db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule)
    assert (plain.asked, len(plain.dates), plain.bookable, plain.clashing) == (
        26,
        26,
        22,
        tuple(taken),
    )
    filled = agenda.preview(
        db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule, fill=True
    )
    assert (filled.asked, filled.bookable) == (26, 26)
    assert filled.dates[-1] == dt.date(2026, 8, 4)  # 30 June + 5 weeks, as 7 July is taken too
    assert filled.clashing == (*taken, dt.date(2026, 7, 7))
    info = agenda.create_series(
        db,
        coffee,
        room,
        dt.date(2026, 1, 6),
        "19:30",
        "21:00",
        rule,
        skip=filled.clashing,
        fill=True,
    )
    assert info.sessions == 26 and info.skips == filled.clashing
    assert info.recurrence == weekly(TUE, count=31)  # a left-out date is one of the times
    assert [b.date for b in bookings(db, series_id=info.id)][-1] == dt.date(2026, 8, 4)


def test_filling_up_stops_at_the_longest_series(house) -> None:
    db, room, coffee, choir = house
    agenda.book_session(db, choir, room, dt.date(2026, 1, 6), "20:00", "21:00")
    rule = weekly(TUE, count=rec.MAX_COUNT)
    filled = agenda.preview(
        db, coffee, room, dt.date(2026, 1, 6), "19:30", "21:00", rule, fill=True
    )
    assert (len(filled.dates), filled.bookable) == (rec.MAX_COUNT, rec.MAX_COUNT - 1)


def test_two_series_clash_with_each_other(house) -> None:
    db, room, coffee, choir = house
    agenda.create_series(
        db, coffee, room, dt.date(2026, 1, 6), "19:00", "20:00", weekly(TUE, interval=2, count=6)
    )
    with pytest.raises(ConflictError) as refused:
        agenda.create_series(
            db, choir, room, dt.date(2026, 1, 1), "19:30", "21:00", weekly(TUE, count=4)
        )
    assert refused.value.dates == [dt.date(2026, 1, 6), dt.date(2026, 1, 20)]


def test_conflicts_of_a_long_series_are_found_in_bulk(house) -> None:
    db, room, coffee, choir = house
    agenda.create_series(
        db, coffee, room, dt.date(2026, 1, 5), "9:00", "12:00", weekly(MON, count=104)
    )
    with statements_sent(db) as statements, pytest.raises(ConflictError) as refused:
        agenda.create_series(
            db, choir, room, dt.date(2026, 1, 5), "10:00", "11:00", weekly(MON, count=104)
        )
    assert len(refused.value.dates) == 104
    assert sum("FROM bookings" in s for s in statements) == 1


def test_capacity_below_usual_visitors_is_a_warning(house) -> None:
    db, room, *_ = house
    big = an_activity(db, "Buurtfeest", usual_visitors=80)
    preview = agenda.preview(db, big, room, dt.date(2026, 3, 3), "14:00", "17:00")
    assert [p.field for p in preview.warnings] == ["room"]
    assert preview.warnings[0].args["capacity"] == 30


def series_of_tuesdays(db, room, activity, count=8) -> agenda.SeriesInfo:
    return agenda.create_series(
        db, activity, room, dt.date(2026, 1, 6), "19:30", "21:00", weekly(TUE, count=count)
    )


def test_skipping_and_moving_one_date(house) -> None:
    db, room, coffee, _ = house
    info = series_of_tuesdays(db, room, coffee)
    second, third = bookings(db)[1:3]
    agenda.skip_occurrence(db, second.id)
    moved = agenda.change_session(db, third.id, room, dt.date(2026, 1, 21), "10:00", "11:00")
    assert moved.detached and moved.occurrence_date == dt.date(2026, 1, 20)
    assert agenda.get_series(db, info.id).skips == (dt.date(2026, 1, 13),)


def test_skipped_and_moved_dates_are_listed_and_put_back(house) -> None:
    db, room, coffee, _ = house
    info = series_of_tuesdays(db, room, coffee, count=4)
    first, second, third, _fourth = bookings(db)
    skipped = agenda.skip_occurrence(db, second.id)
    assert (skipped.series_id, skipped.occurrence_date, skipped.skipped) == (
        info.id,
        dt.date(2026, 1, 13),
        True,
    )
    agenda.change_session(db, third.id, room, dt.date(2026, 1, 21), "10:00", "11:00")
    listed = agenda.series_dates(db, info.id)
    assert [(d.occurrence_date, d.skipped) for d in listed] == [
        (dt.date(2026, 1, 13), True),
        (dt.date(2026, 1, 20), False),
    ]
    assert listed[1].session is not None and listed[1].session.date == dt.date(2026, 1, 21)

    back = agenda.restore_occurrence(db, info.id, dt.date(2026, 1, 13))
    assert (back.date, back.start_min, back.detached, back.series_id) == (
        dt.date(2026, 1, 13),
        1170,
        False,
        info.id,
    )
    moved_back = agenda.restore_occurrence(db, info.id, dt.date(2026, 1, 20))
    assert moved_back.id == third.id and (moved_back.date, moved_back.start_min) == (
        dt.date(2026, 1, 20),
        1170,
    )
    assert agenda.series_dates(db, info.id) == [] and skips(db) == []
    assert [b.date for b in bookings(db)] == [
        dt.date(2026, 1, 6) + dt.timedelta(weeks=n) for n in range(4)
    ]
    with pytest.raises(ValidationError) as refused:  # nothing left to put back
        agenda.restore_occurrence(db, info.id, first.date)
    assert refused.value.problems[0].field == "session"


def test_a_date_is_not_put_back_where_it_would_clash(house) -> None:
    db, room, coffee, choir = house
    info = series_of_tuesdays(db, room, coffee, count=3)
    agenda.skip_occurrence(db, bookings(db)[1].id)
    agenda.book_session(db, choir, room, dt.date(2026, 1, 13), "20:00", "21:00")
    with pytest.raises(ConflictError) as refused:
        agenda.restore_occurrence(db, info.id, dt.date(2026, 1, 13))
    assert refused.value.dates == [dt.date(2026, 1, 13)]
    assert skips(db) == [dt.date(2026, 1, 13)]


def test_exceptions_survive_an_edit_of_all(house) -> None:
    db, room, coffee, _ = house
    other = rooms.create_room(db, "Kleine zaal", 12).id
    series_of_tuesdays(db, room, coffee)
    first, second, third, fourth = bookings(db)[:4]
    agenda.skip_occurrence(db, second.id)
    agenda.change_session(db, third.id, room, dt.date(2026, 1, 21), "10:00", "11:00")
    agenda.set_status(db, first.id, BookingStatus.GEHOUDEN, today=dt.date(2026, 1, 7))
    agenda.edit_series(db, fourth.id, Scope.ALL, other, "20:00", "22:00", today=dt.date(2026, 1, 7))
    rows = bookings(db)
    assert [b.date for b in rows] == [
        dt.date(2026, 1, 6),
        dt.date(2026, 1, 21),
        *(dt.date(2026, 1, 27) + dt.timedelta(weeks=n) for n in range(5)),
    ]
    assert (rows[0].room_id, rows[0].start_min, rows[0].status) == (room, 1170, "gehouden")
    assert (rows[1].room_id, rows[1].start_min) == (room, 600)  # the moved one stays moved
    assert all((b.room_id, b.start_min) == (other, 1200) for b in rows[2:])
    assert skips(db) == [dt.date(2026, 1, 13)]


def test_editing_this_and_following_splits_the_series(house) -> None:
    db, room, coffee, _ = house
    info = series_of_tuesdays(db, room, coffee, count=8)
    fifth = bookings(db)[4]
    agenda.skip_occurrence(db, bookings(db)[6].id)  # 17 Feb skipped
    new = agenda.edit_series(db, fifth.id, Scope.FOLLOWING, room, "18:00", "19:00", today=TODAY)
    old = agenda.get_series(db, info.id)
    assert old.rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260202"
    assert new.first_date == dt.date(2026, 2, 3) and new.recurrence.count == 4
    assert new.skips == (dt.date(2026, 2, 17),)
    assert [b.start_min for b in bookings(db, series_id=info.id)] == [1170] * 4
    following = bookings(db, series_id=new.id)
    assert [b.date for b in following] == [dt.date(2026, 2, d) for d in (3, 10, 24)]
    assert all(b.start_min == 1080 for b in following)


def test_changing_the_rule_of_the_following_sessions(house) -> None:
    db, room, coffee, _ = house
    series_of_tuesdays(db, room, coffee, count=4)
    third = bookings(db)[2]
    new = agenda.edit_series(
        db,
        third.id,
        Scope.FOLLOWING,
        room,
        "19:30",
        "21:00",
        weekly(THU, until=dt.date(2026, 2, 5)),
        today=TODAY,
    )
    assert [b.date for b in bookings(db, series_id=new.id)] == [
        dt.date(2026, 1, 22),
        dt.date(2026, 1, 29),
        dt.date(2026, 2, 5),
    ]
    assert len(bookings(db)) == 5


def test_a_series_edit_that_clashes_is_refused_unless_skipped(house) -> None:
    db, room, coffee, choir = house
    series_of_tuesdays(db, room, coffee, count=4)
    agenda.book_session(db, choir, room, dt.date(2026, 1, 20), "21:00", "22:00")
    first = bookings(db)[0]
    with pytest.raises(ConflictError) as refused:
        agenda.edit_series(db, first.id, Scope.ALL, room, "20:30", "21:30", today=TODAY)
    assert refused.value.dates == [dt.date(2026, 1, 20)]
    assert bookings(db)[0].start_min == 1170
    agenda.edit_series(
        db, first.id, Scope.ALL, room, "20:30", "21:30", today=TODAY, skip=refused.value.dates
    )
    assert skips(db) == [dt.date(2026, 1, 20)]


def test_editing_its_own_sessions_is_no_conflict(house) -> None:
    db, room, coffee, _ = house
    series_of_tuesdays(db, room, coffee, count=4)
    first = bookings(db)[0]
    agenda.edit_series(db, first.id, Scope.ALL, room, "19:45", "21:15", today=TODAY)
    assert [b.start_min for b in bookings(db)] == [1185] * 4
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(BookingSeries)) == 1


def test_moving_this_and_the_following_sessions_to_another_day(house) -> None:
    db, room, coffee, _ = house
    info = series_of_tuesdays(db, room, coffee, count=8)  # 6 January … 24 February
    rows = bookings(db)
    agenda.skip_occurrence(db, rows[5].id)  # 10 February
    cancelled = agenda.set_status(db, rows[6].id, BookingStatus.GEANNULEERD, "Ziek", today=TODAY)
    moved_alone = agenda.change_session(db, rows[4].id, room, dt.date(2026, 2, 5), "9:00", "10:00")
    # The fourth Tuesday, 27 January, moves to Wednesday 28 January, and the ones after it too.
    new = agenda.edit_series(
        db,
        rows[3].id,
        Scope.FOLLOWING,
        room,
        "19:30",
        "21:00",
        today=TODAY,
        day=rows[3].date + dt.timedelta(days=1),
    )
    assert new.recurrence == weekly(WED, count=5) and new.first_date == dt.date(2026, 1, 28)
    assert agenda.get_series(db, info.id).rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260126"
    assert new.skips == (dt.date(2026, 2, 11),)  # the week skipped stays skipped
    following = bookings(db, series_id=new.id)
    assert [(b.date, b.occurrence_date, b.status) for b in following] == [
        (dt.date(2026, 1, 28), dt.date(2026, 1, 28), "gepland"),
        (dt.date(2026, 2, 5), dt.date(2026, 2, 4), "gepland"),  # moved on its own: stays put
        (dt.date(2026, 2, 17), dt.date(2026, 2, 18), "geannuleerd"),  # cancelled: stays put
        (dt.date(2026, 2, 25), dt.date(2026, 2, 25), "gepland"),
    ]
    assert following[1].id == moved_alone.id and following[2].id == cancelled.id
    assert len(bookings(db, series_id=info.id)) == 3


def test_moving_all_sessions_a_day_earlier(house) -> None:
    db, room, coffee, _ = house
    series_of_tuesdays(db, room, coffee, count=4)
    third = bookings(db)[2]
    agenda.edit_series(
        db,
        third.id,
        Scope.ALL,
        room,
        "19:30",
        "21:00",
        today=dt.date(2026, 1, 10),
        day=dt.date(2026, 1, 19),
    )
    assert [b.date for b in bookings(db)] == [
        dt.date(2026, 1, 6),  # before today: as it was
        dt.date(2026, 1, 12),
        dt.date(2026, 1, 19),
        dt.date(2026, 1, 26),
    ]


def test_moving_the_following_sessions_of_a_monthly_series_is_refused(house) -> None:
    db, room, coffee, _ = house
    rule = Recurrence(Frequency.MONTHLY, (TUE,), ordinal=2, count=3)
    agenda.create_series(db, coffee, room, dt.date(2026, 1, 1), "19:30", "21:00", rule)
    first = bookings(db)[0]
    with pytest.raises(ValidationError) as refused:
        agenda.edit_series(
            db,
            first.id,
            Scope.FOLLOWING,
            room,
            "19:30",
            "21:00",
            today=TODAY,
            day=first.date + dt.timedelta(days=1),
        )
    assert refused.value.problems[0].field == "date"
    second_tuesdays = [dt.date(2026, 1, 13), dt.date(2026, 2, 10), dt.date(2026, 3, 10)]
    assert [b.date for b in bookings(db)] == second_tuesdays


def test_moving_the_following_sessions_onto_taken_dates_lists_them(house) -> None:
    db, room, coffee, choir = house
    series_of_tuesdays(db, room, coffee, count=4)
    agenda.book_session(db, choir, room, dt.date(2026, 1, 21), "20:00", "21:00")
    second = bookings(db, activity_id=coffee)[1]
    with pytest.raises(ConflictError) as refused:
        agenda.edit_series(
            db,
            second.id,
            Scope.FOLLOWING,
            room,
            "19:30",
            "21:00",
            today=TODAY,
            day=dt.date(2026, 1, 14),
        )
    assert refused.value.dates == [dt.date(2026, 1, 21)]
    assert [b.date.weekday() for b in bookings(db, activity_id=coffee)] == [TUE] * 4


def test_status_changes(house) -> None:
    db, room, coffee, _ = house
    row = agenda.book_session(db, coffee, room, dt.date(2026, 3, 3), "9:30", "11:30")
    with pytest.raises(ValidationError) as refused:
        agenda.set_status(db, row.id, BookingStatus.GEHOUDEN, today=dt.date(2026, 3, 2))
    assert refused.value.problems[0].field == "status"
    with pytest.raises(ValidationError) as refused:
        agenda.set_status(db, row.id, BookingStatus.GEANNULEERD, " ", today=TODAY)
    assert refused.value.problems[0].field == "reason"
    cancelled = agenda.set_status(db, row.id, BookingStatus.GEANNULEERD, "Storm", today=TODAY)
    assert cancelled.cancel_reason == "Storm"
    held = agenda.set_status(db, row.id, BookingStatus.GEHOUDEN, today=dt.date(2026, 3, 3))
    assert held.status is BookingStatus.GEHOUDEN and held.cancel_reason is None


def test_unconfirmed_sessions_are_the_past_planned_ones(house) -> None:
    db, room, coffee, _ = house
    series_of_tuesdays(db, room, coffee, count=4)
    past = agenda.unconfirmed_sessions(db, dt.date(2026, 1, 20))
    assert [row.date for row in past] == [dt.date(2026, 1, 6), dt.date(2026, 1, 13)]
    assert agenda.count_unconfirmed(db, dt.date(2026, 1, 20)) == 2
    assert agenda.confirm_held(db, [row.id for row in past], today=dt.date(2026, 1, 20)) == 2
    assert agenda.unconfirmed_sessions(db, dt.date(2026, 1, 20)) == []
    assert agenda.count_unconfirmed(db, dt.date(2026, 1, 20)) == 0
    assert agenda.count_unconfirmed(db, dt.date(2026, 2, 1)) == 2  # the two later ones


def test_held_sessions_cannot_be_changed_or_skipped(house) -> None:
    db, room, coffee, _ = house
    series_of_tuesdays(db, room, coffee, count=2)
    first = bookings(db)[0]
    agenda.confirm_held(db, [first.id], today=dt.date(2026, 1, 7))
    for action in (
        lambda: agenda.skip_occurrence(db, first.id),
        lambda: agenda.change_session(db, first.id, room, first.date, "10:00", "11:00"),
    ):
        with pytest.raises(ValidationError):
            action()


def test_agenda_range_loads_the_week_in_one_query_of_sessions(house) -> None:
    db, room, coffee, _ = house
    series_of_tuesdays(db, room, coffee, count=8)
    rooms.create_closure(db, dt.date(2026, 1, 22), dt.date(2026, 1, 23), "Onderhoud", room)
    with statements_sent(db) as statements:
        week = agenda.agenda_range(db, dt.date(2026, 1, 19), dt.date(2026, 1, 25))
    assert sum("FROM bookings" in s for s in statements) == 1
    assert [row.date for row in week.sessions] == [dt.date(2026, 1, 20)]
    assert [r.name for r in week.rooms] == ["Grote zaal"]
    assert week.closed(room, dt.date(2026, 1, 22)).reason == "Onderhoud"
    assert week.closed(room, dt.date(2026, 1, 21)) is None
    assert week.rooms[0].hours[MON] == ((480, 1380),)


def test_agenda_range_of_many_rooms_takes_one_query_per_kind(house) -> None:
    db, room, coffee, _ = house
    more = [rooms.create_room(db, f"Zaal {number}", 10).id for number in range(2, 31)]
    rooms.set_day_hours(db, [MON], DayPlan.CLOSED, room_id=more[-1])
    agenda.book_session(db, coffee, more[5], dt.date(2026, 1, 20), "9:00", "10:00")
    rooms.set_room_active(db, more[5], False)  # out of use, but it has a session this week
    with statements_sent(db) as statements:
        week = agenda.agenda_range(db, dt.date(2026, 1, 19), dt.date(2026, 1, 25))
    assert len(selects(statements)) <= 4
    assert [r.id for r in week.rooms] == [room, *more]  # by number: R2 before R10
    assert week.rooms[-1].hours[MON] == () and week.rooms[-1].hours[TUE] == ((480, 1380),)
    (session,) = week.sessions
    assert (session.room_id, session.nature, session.status) == (
        more[5],
        Nature.MAATSCHAPPELIJK,
        BookingStatus.GEPLAND,
    )
    assert agenda.get_session(db, session.id) == session


def test_an_open_ended_series_keeps_its_horizon_when_edited(house) -> None:
    db, room, coffee, _ = house
    # The demo house stores series without an end, booked up to a horizon.
    first_date = dt.date(2026, 1, 6)
    series = add_series(db, coffee, room, first_date, 1170, 1260, "FREQ=WEEKLY;BYDAY=TU")
    for week in range(4):
        day = first_date + dt.timedelta(weeks=week)
        of_series = {"series_id": series, "occurrence_date": day}
        add_session(db, coffee, room, day, 1170, 1260, status=BookingStatus.GEPLAND, **of_series)
    first = bookings(db)[0]
    info = agenda.edit_series(db, first.id, Scope.ALL, room, "19:00", "20:30", today=TODAY)
    assert info.recurrence.until == dt.date(2026, 1, 27)
    assert [(b.date.day, b.start_min) for b in bookings(db)] == [
        (6, 1140),
        (13, 1140),
        (20, 1140),
        (27, 1140),
    ]


def test_sessions_in_an_approved_period_cannot_change_until_it_is_reopened(db: Database) -> None:
    from housedesk.common.periods import Period
    from housedesk.core.board import approval
    from housedesk.core.demo.builder import generate_demo

    today = dt.date(2026, 11, 25)
    generate_demo(db, years=1, seed=2, today=today)
    with db.reading() as s:
        planned = (
            s.query(Booking)
            .filter(Booking.status == BookingStatus.GEPLAND, Booking.date < dt.date(2026, 10, 1))
            .first()
        )
        held = (
            s.query(Booking)
            .filter(
                Booking.status == BookingStatus.GEHOUDEN,
                Booking.visitors.is_(None),
                Booking.date.between(dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
            )
            .first()
        )
        room_id, activity_id, held_id = held.room_id, held.activity_id, held.id
    approval.approve_period(db, Period(2026, 3), 30, 6, today=today)
    with pytest.raises(ValidationError):
        agenda.set_status(db, held_id, BookingStatus.GEANNULEERD, "ziek", today=today)
    with pytest.raises(ValidationError):
        agenda.book_session(db, activity_id, room_id, dt.date(2026, 9, 13), "07:00", "07:30")
    if planned is not None:
        with pytest.raises(ValidationError):
            agenda.confirm_held(db, [planned.id], today=today)
    approval.reopen_period(db, Period(2026, 3), "correctie")
    agenda.set_status(db, held_id, BookingStatus.GEANNULEERD, "ziek", today=today)


# --------------------------------------------------------------------- past midnight, other hours


@pytest.fixture
def saturdays(db: Database) -> tuple[Database, int, int, int]:
    """A house open Saturday 10:00–17:00 (closed other days), room Grote zaal, two activities."""
    rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("10:00", "17:00")])
    room = rooms.create_room(db, "Grote zaal", 80).id
    return db, room, an_activity(db, "Verjaardagsfeest"), an_activity(db, "Bar")


SATURDAY = dt.date(2026, 6, 13)


def test_outside_the_hours_the_refusal_says_what_they_are(saturdays) -> None:
    db, room, party, _ = saturdays
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, party, room, SATURDAY, "19:00", "00:30")
    (conflict,) = refused.value.conflicts
    assert conflict.kind is ConflictKind.OUTSIDE_HOURS
    assert conflict.problem().english() == (
        "13-06-2026: outside the opening hours. On Saturday the house is open from 10:00 to 17:00."
    )
    # A room with hours of its own is named; a closed weekday is said closed.
    rooms.set_day_hours(
        db, [SAT], DayPlan.OPEN, [("9:00", "12:00"), ("13:00", "17:00")], room_id=room
    )
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, party, room, SATURDAY, "19:00", "23:00")
    assert refused.value.problems[0].english() == (
        "13-06-2026: outside the opening hours. On Saturday Grote zaal is open "
        "09:00–12:00, 13:00–17:00."
    )
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, party, room, SATURDAY + dt.timedelta(days=1), "14:00", "16:00")
    assert refused.value.problems[0].english() == (
        "14-06-2026: outside the opening hours. On Sunday the house is closed."
    )


def test_a_booking_inside_other_hours_is_allowed(saturdays) -> None:
    db, room, party, _ = saturdays
    rooms.create_opening_exception(db, SATURDAY, SATURDAY, "10:00", "00:30", "Feest")
    row = agenda.book_session(db, party, room, SATURDAY, "19:00", "00:30")
    assert (row.start_min, row.end_min, row.span) == (1140, 1470, "19:00–00:30")
    # Outside the other hours, the refusal names them as such.
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, party, room, SATURDAY, "8:00", "9:00")
    assert refused.value.problems[0].english() == (
        "13-06-2026: outside the opening hours. That day the house is open from 10:00 to 00:30 "
        "(other hours than usual)."
    )


def test_extra_opening_offered_for_a_booking_outside_the_hours(saturdays) -> None:
    db, room, party, _ = saturdays
    extra = agenda.extra_opening(db, room, SATURDAY, "19:00", "00:30")
    assert extra is not None
    # The usual 10:00–17:00 stays open: other hours replace the day's.
    assert (extra.day, extra.span, extra.room_name, extra.widens) == (
        SATURDAY,
        "10:00–00:30",
        "Grote zaal",
        None,
    )
    assert extra.usual.intervals == ((600, 1020),)
    assert agenda.extra_opening(db, room, SATURDAY, "11:00", "12:00") is None  # it fits
    row = agenda.book_session(
        db, party, room, SATURDAY, "19:00", "00:30", extra_opening="Extra open: Verjaardagsfeest"
    )
    assert row.end_min == 1470
    (opened,) = rooms.list_opening_exceptions(db)
    assert (opened.room_id, opened.first_day, opened.last_day, opened.span, opened.reason) == (
        room,
        SATURDAY,
        SATURDAY,
        "10:00–00:30",
        "Extra open: Verjaardagsfeest",
    )
    # A later booking that night widens the room's other hours of that day, not a second one.
    other = agenda.extra_opening(db, room, SATURDAY, "8:00", "9:00")
    assert other is not None and (other.span, other.widens) == ("08:00–00:30", opened.id)


def test_an_extra_opening_is_saved_with_its_booking_or_not_at_all(saturdays) -> None:
    db, room, party, bar = saturdays
    agenda.book_session(db, bar, room, SATURDAY, "16:00", "17:00")
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, party, room, SATURDAY, "16:30", "00:30", extra_opening="Feest")
    assert [c.kind for c in refused.value.conflicts] == [ConflictKind.BOOKED]
    assert rooms.list_opening_exceptions(db) == []
    # A closed day gets no offer: a closing day stays closed.
    rooms.create_closure(db, SATURDAY, SATURDAY, "Verkiezingen")
    assert agenda.extra_opening(db, room, SATURDAY, "19:00", "00:30") is None


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        ("19:00", "00:30", 1470),
        ("19:00", "0:00", 1440),
        ("22:00", "04:00", 1680),
        (1140, 1470, 1470),
    ],
)
def test_a_session_may_end_after_midnight_until_four(saturdays, start, end, minutes) -> None:
    db, room, party, _ = saturdays
    rooms.create_opening_exception(db, SATURDAY, SATURDAY, "10:00", "04:00")
    assert agenda.book_session(db, party, room, SATURDAY, start, end).end_min == minutes


@pytest.mark.parametrize(
    ("start", "end", "field"), [("22:00", "04:15", "end"), ("24:00", "01:00", "start")]
)
def test_no_session_ends_after_four_or_starts_at_midnight(saturdays, start, end, field) -> None:
    db, room, party, _ = saturdays
    with pytest.raises(ValidationError) as refused:
        agenda.book_session(db, party, room, SATURDAY, start, end)
    assert [p.field for p in refused.value.problems] == [field]


def test_clashes_across_midnight_are_found(saturdays) -> None:
    db, room, party, bar = saturdays
    # Open from midnight to 03:00 and from 08:00 to 03:00 the next night.
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("0:00", "03:00"), ("8:00", "3:00")])
    agenda.book_session(db, bar, room, SATURDAY - dt.timedelta(days=1), "23:00", "01:00")
    # Saturday 00:00–00:30 is still Friday night's bar.
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, party, room, SATURDAY, "0:00", "0:30")
    (conflict,) = refused.value.conflicts
    assert (conflict.date, conflict.kind) == (SATURDAY, ConflictKind.BOOKED)
    assert conflict.detail == "Bar 23:00–01:00"
    agenda.book_session(db, party, room, SATURDAY, "1:00", "1:30")  # after it: fine
    # And the other way round: a late session reaches into the next day's early one.
    sunday = SATURDAY + dt.timedelta(days=1)
    agenda.book_session(db, party, room, sunday, "0:15", "1:00")
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, bar, room, SATURDAY, "23:00", "01:00")
    assert [c.date for c in refused.value.conflicts] == [SATURDAY]


def test_set_up_and_clean_up_take_the_room(house) -> None:
    db, room, coffee, choir = house
    day = dt.date(2026, 3, 3)
    row = agenda.book_session(db, coffee, room, day, "9:30", "11:30", setup=30, teardown=45)
    assert (row.setup_min, row.teardown_min, row.blocked) == (30, 45, (540, 735))
    # 11:30–12:15 is clean-up time.
    with pytest.raises(ConflictError) as refused:
        agenda.book_session(db, choir, room, day, "12:00", "13:00")
    assert refused.value.problems[0].english() == (
        "03-03-2026: the room is taken by Koffieochtend 09:30–11:30, with set-up and clean-up "
        "09:00–12:15."
    )
    agenda.book_session(db, choir, room, day, "12:15", "13:00")
    # This one's own set-up clashes too.
    with pytest.raises(ConflictError):
        agenda.book_session(db, choir, room, day, "8:00", "9:00", setup=0, teardown=15)
    # Set-up may lie before the opening (8:00): only the session itself must be inside the hours.
    agenda.book_session(db, choir, room, dt.date(2026, 3, 4), "8:00", "9:00", setup=60)


def test_set_up_comes_from_the_activity_unless_given(house) -> None:
    db, room, coffee, _ = house
    with db.transaction() as session:
        activity = session.get(Activity, coffee)
        assert activity is not None
        activity.setup_min, activity.teardown_min = 30, 15
    row = agenda.book_session(db, coffee, room, dt.date(2026, 3, 3), "9:30", "11:30")
    assert (row.setup_min, row.teardown_min) == (30, 15)
    series = agenda.create_series(
        db, coffee, room, dt.date(2026, 3, 4), "9:30", "11:30", weekly(WED, count=3), teardown=0
    )
    assert (series.setup_min, series.teardown_min) == (30, 0)
    assert {(b.setup_min, b.teardown_min) for b in bookings(db, series_id=series.id)} == {(30, 0)}
    with pytest.raises(ValidationError) as refused:
        agenda.book_session(db, coffee, room, dt.date(2026, 3, 5), "9:30", "11:30", setup=241)
    assert [p.field for p in refused.value.problems] == ["setup"]


def test_the_agenda_range_gives_each_dates_hours(saturdays) -> None:
    db, *_ = saturdays
    rooms.create_opening_exception(db, SATURDAY, SATURDAY, "10:00", "00:30")
    week = agenda.agenda_range(db, dt.date(2026, 6, 8), dt.date(2026, 6, 21))
    (hall,) = week.rooms
    assert week.hours_on(hall, SATURDAY) == ((600, 1470),) and week.other_hours(hall, SATURDAY)
    later = SATURDAY + dt.timedelta(days=7)
    assert week.hours_on(hall, later) == ((600, 1020),) and not week.other_hours(hall, later)
