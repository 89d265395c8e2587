"""Tests of what a new closure or shorter opening hours do to the sessions planned then."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from housedesk.common.codes import BookingStatus
from housedesk.common.problems import ValidationError
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import touched
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.core.agenda.touched import Decision, Fate
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.db.models import Booking, Closure, OpeningHours
from tests.helpers.register import an_activity

TUE, WED, FRI, SAT = 1, 2, 4, 5
TODAY = dt.date(2026, 3, 2)  # a Monday


@pytest.fixture
def house(db: Database) -> tuple[Database, int, int, int, int]:
    """Open 8:00-23:00; Grote zaal with choir practice on Tuesdays 19:30-22:00 and a coffee
    morning on Wednesday 11 March; Kleine zaal empty."""
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    big = rooms.create_room(db, "Grote zaal", 60).id
    small = rooms.create_room(db, "Kleine zaal", 12).id
    choir, coffee = an_activity(db, "Koor"), an_activity(db, "Koffieochtend")
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    agenda.create_series(db, choir, big, TODAY, "19:30", "22:00", rule)
    agenda.book_session(db, coffee, big, dt.date(2026, 3, 11), "9:30", "11:30")
    return db, big, small, choir, coffee


def stored(db: Database) -> list[Booking]:
    with db.reading() as session:
        rows = list(session.scalars(select(Booking).order_by(Booking.date, Booking.start_min)))
        session.expunge_all()
        return rows


def test_a_closure_lists_the_planned_sessions_on_its_days(house) -> None:
    db, big, small, *_ = house
    found = touched.touched_by_closure(db, dt.date(2026, 3, 10), dt.date(2026, 3, 17))
    assert [(s.activity_name, s.date) for s in found] == [
        ("Koor", dt.date(2026, 3, 10)),
        ("Koffieochtend", dt.date(2026, 3, 11)),
        ("Koor", dt.date(2026, 3, 17)),
    ]
    # Of one room only that room's; of another room none.
    only_big = touched.touched_by_closure(db, dt.date(2026, 3, 11), dt.date(2026, 3, 11), big)
    assert [s.activity_name for s in only_big] == ["Koffieochtend"]
    assert touched.touched_by_closure(db, dt.date(2026, 3, 1), dt.date(2026, 3, 31), small) == []
    # Cancelled sessions and those on days closed already are not touched.
    row = found[0]
    agenda.set_status(db, row.id, BookingStatus.GEANNULEERD, "Ziek", today=TODAY)
    rooms.create_closure(db, dt.date(2026, 3, 11), dt.date(2026, 3, 11), "Onderhoud", big)
    again = touched.touched_by_closure(db, dt.date(2026, 3, 10), dt.date(2026, 3, 17))
    assert [s.date for s in again] == [dt.date(2026, 3, 17)]


def test_a_closure_cancels_moves_and_keeps_in_one_transaction(house) -> None:
    db, big, small, *_ = house
    found = touched.touched_by_closure(db, dt.date(2026, 3, 10), dt.date(2026, 3, 17))
    tuesday, coffee, next_tuesday = found
    decisions = [
        Decision(tuesday.id, Fate.CANCEL),
        Decision(coffee.id, Fate.MOVE, small, dt.date(2026, 3, 11), "9:30", "11:30"),
        Decision(next_tuesday.id, Fate.KEEP),
    ]
    info = touched.save_closure(
        db, None, dt.date(2026, 3, 10), dt.date(2026, 3, 17), "Verbouwing", big, decisions
    )
    assert (info.reason, info.room_id) == ("Verbouwing", big)
    rows = {row.id: row for row in stored(db)}
    assert (rows[tuesday.id].status, rows[tuesday.id].cancel_reason) == (
        "geannuleerd",
        "Verbouwing",
    )
    assert rows[coffee.id].room_id == small
    assert rows[next_tuesday.id].status == "gepland" and rows[next_tuesday.id].room_id == big


def test_a_refused_move_saves_neither_the_closure_nor_any_decision(house) -> None:
    db, big, *_ = house
    tuesday, coffee, _ = touched.touched_by_closure(db, dt.date(2026, 3, 10), dt.date(2026, 3, 17))
    decisions = [
        Decision(tuesday.id, Fate.CANCEL),
        # Into the closure itself: the room is closed that day.
        Decision(coffee.id, Fate.MOVE, big, dt.date(2026, 3, 12), "9:30", "11:30"),
    ]
    with pytest.raises(ValidationError) as refused:
        touched.save_closure(
            db, None, dt.date(2026, 3, 10), dt.date(2026, 3, 17), "Verbouwing", None, decisions
        )
    lead, why = refused.value.problems
    assert lead.english() == "Koffieochtend on 11-03-2026 in Grote zaal cannot be moved:"
    assert why.field == "general" and why.english() == "12-03-2026: closed (Verbouwing)."
    assert {row.status for row in stored(db)} == {"gepland"}
    with db.reading() as session:
        assert session.scalars(select(Closure)).all() == []


def test_changing_a_closure_lists_only_the_days_it_adds(house) -> None:
    db, *_ = house
    closure = rooms.create_closure(db, dt.date(2026, 3, 10), dt.date(2026, 3, 10), "Storing")
    longer = touched.touched_by_closure(
        db, dt.date(2026, 3, 10), dt.date(2026, 3, 11), closure_id=closure.id
    )
    assert [s.activity_name for s in longer] == ["Koffieochtend"]
    info = touched.save_closure(
        db,
        closure.id,
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 11),
        "Storing",
        None,
        [Decision(longer[0].id, Fate.CANCEL)],
    )
    assert info.last_day == dt.date(2026, 3, 11)
    assert [row.status for row in stored(db)].count("geannuleerd") == 1


def test_shorter_hours_list_the_sessions_past_closing_time_from_today(house) -> None:
    db, big, small, choir, _ = house
    agenda.book_session(db, choir, big, dt.date(2026, 2, 24), "19:30", "22:00")  # the past
    # The house closes at 21:00 on Tuesdays: every choir practice from today on ends later.
    found = touched.touched_by_hours(db, [TUE], DayPlan.OPEN, [("8:00", "21:00")], today=TODAY)
    assert [s.date for s in found] == [dt.date(2026, 3, d) for d in (3, 10, 17, 24)]
    # Kleine zaal has hours of its own: a change of the house's does not reach it.
    assert touched.touched_by_hours(db, [WED], DayPlan.CLOSED, room_id=small, today=TODAY) == []
    # Grote zaal closed on Wednesdays touches the coffee morning; following the house again not.
    wednesday = touched.touched_by_hours(db, [WED], DayPlan.CLOSED, room_id=big, today=TODAY)
    assert [s.activity_name for s in wednesday] == ["Koffieochtend"]
    assert touched.touched_by_hours(db, [WED], DayPlan.AS_HOUSE, room_id=big, today=TODAY) == []


def test_a_date_with_other_hours_keeps_its_party_when_the_usual_hours_get_shorter(house) -> None:
    db, big, _, choir, _ = house
    rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("10:00", "00:30")])
    # Saturday 14 March the house is extra open 19:00-00:30 for a party; 21 March as usual.
    rooms.create_opening_exception(
        db, dt.date(2026, 3, 14), dt.date(2026, 3, 14), "19:00", "00:30", "Feestavond"
    )
    party = agenda.book_session(db, choir, big, dt.date(2026, 3, 14), "19:00", "00:30")
    usual = agenda.book_session(db, choir, big, dt.date(2026, 3, 21), "19:00", "00:30")
    found = touched.touched_by_hours(db, [SAT], DayPlan.OPEN, [("10:00", "23:00")], today=TODAY)
    assert [row.id for row in found] == [usual.id]
    assert party.id not in {row.id for row in found}


def test_a_day_of_other_hours_is_judged_by_them_not_by_the_usual_week(house) -> None:
    db, big, _, choir, _ = house
    # Saturdays 10:00-17:00; Grote zaal extra open until 00:30 on 14 March for a party (the
    # offered extra opening: 10:00-00:30 that day), with a market in the morning.
    rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("10:00", "17:00")])
    agenda.book_session(
        db, choir, big, dt.date(2026, 3, 14), "19:00", "00:30", extra_opening="Feest"
    )
    kept = agenda.book_session(db, choir, big, dt.date(2026, 3, 14), "10:00", "16:00")
    market = agenda.book_session(db, choir, big, dt.date(2026, 3, 21), "10:00", "16:00")
    found = touched.touched_by_hours(db, [SAT], DayPlan.OPEN, [("10:00", "15:00")], today=TODAY)
    assert [row.id for row in found] == [market.id]
    assert kept.id not in {row.id for row in found}
    # Hours of Grote zaal's own on Saturdays leave its other hours of 14 March as they are.
    found = touched.touched_by_hours(
        db, [SAT], DayPlan.OPEN, [("10:00", "15:00")], room_id=big, today=TODAY
    )
    assert [row.id for row in found] == [market.id]


def test_a_session_until_after_midnight_is_touched_by_an_earlier_closing_time(house) -> None:
    db, _, small, choir, _ = house
    rooms.set_day_hours(db, [FRI], DayPlan.OPEN, [("8:00", "00:30")])
    late = agenda.book_session(db, choir, small, dt.date(2026, 3, 13), "20:00", "00:30")
    # Friday 20 March Kleine zaal has other hours, until 00:30 as well: they stay.
    rooms.create_opening_exception(
        db, dt.date(2026, 3, 20), dt.date(2026, 3, 20), "18:00", "00:30", "Quiz", small
    )
    agenda.book_session(db, choir, small, dt.date(2026, 3, 20), "20:00", "00:30")
    found = touched.touched_by_hours(db, [FRI], DayPlan.OPEN, [("8:00", "23:00")], today=TODAY)
    assert [(row.id, row.end_min) for row in found] == [(late.id, 1470)]
    # Closing later, or at 00:30 as before, touches nothing.
    for closes in ("00:30", "01:00"):
        assert (
            touched.touched_by_hours(db, [FRI], DayPlan.OPEN, [("8:00", closes)], today=TODAY) == []
        )


def test_bad_hours_are_refused_before_anything_is_looked_up(house) -> None:
    db, *_ = house
    with pytest.raises(ValidationError) as refused:
        touched.touched_by_hours(db, [TUE], DayPlan.OPEN, [("21:00", "8:00")], today=TODAY)
    assert refused.value.problems[0].field == "slot_0"


def test_new_hours_cancel_with_the_reason_given_in_one_transaction(house) -> None:
    db, big, *_ = house
    first, second, *rest = touched.touched_by_hours(
        db, [TUE], DayPlan.OPEN, [("8:00", "21:00")], today=TODAY
    )
    decisions = [
        Decision(first.id, Fate.CANCEL),
        Decision(second.id, Fate.MOVE, big, second.date, "19:00", "21:00"),
        *(Decision(row.id, Fate.KEEP) for row in rest),
    ]
    touched.save_day_hours(
        db, [TUE], DayPlan.OPEN, [("8:00", "21:00")], decisions, reason="Kortere openingstijden"
    )
    rows = {row.id: row for row in stored(db)}
    assert rows[first.id].cancel_reason == "Kortere openingstijden"
    assert (rows[second.id].start_min, rows[second.id].detached) == (1140, True)
    assert [rows[row.id].end_min for row in rest] == [1320, 1320]
    with db.reading() as session:
        tuesday = session.scalars(
            select(OpeningHours.closes_min).where(
                OpeningHours.room_id.is_(None), OpeningHours.weekday == TUE
            )
        ).all()
    assert tuesday == [1260]


def test_a_long_reason_is_cut_to_fit_a_cancel_reason(house) -> None:
    db, *_ = house
    row, *_ = touched.touched_by_hours(db, [TUE], DayPlan.CLOSED, today=TODAY)
    reason = "Dinsdag dicht wegens " + "zeer " * 40 + "weinig vrijwilligers"
    touched.save_day_hours(
        db, [TUE], DayPlan.CLOSED, [], [Decision(row.id, Fate.CANCEL)], reason=reason
    )
    cancelled = agenda.get_session(db, row.id).cancel_reason
    assert cancelled is not None and len(cancelled) <= agenda.CANCEL_REASON_MAX
    assert cancelled.endswith("zeer…")
