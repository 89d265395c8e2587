"""Tests for housedesk.core.rooms: rooms, opening hours, closures and the hours they leave."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from housedesk.common.codes import BookingStatus
from housedesk.common.problems import ValidationError
from housedesk.core import rooms
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.db.models import Closure, OpeningException, OpeningHours, Room
from tests.helpers.queries import selects, statements_sent
from tests.helpers.rows import add_club_activity, add_series, add_session

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
JAN_1 = dt.date(2026, 1, 1)
TODAY = dt.date(2026, 6, 17)  # a Wednesday


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Today is ``TODAY`` for the core's rooms."""
    monkeypatch.setattr(rooms, "local_today", lambda: TODAY)
    return TODAY


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def fields(refused: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [problem.field for problem in refused.value.problems]


def an_activity(db: Database) -> int:
    return add_club_activity(db, "Repetitie", "Zangkoor Da Capo")


def book(db: Database, room_id: int, day: dt.date = dt.date(2026, 3, 3)) -> None:
    add_session(db, an_activity(db), room_id, day, 600, 660, status=BookingStatus.GEPLAND)


def house_week(db: Database) -> None:
    """Mon–Fri 08:30–12:30 and 13:00–23:00 (840 minutes), Saturday 09:00–17:00, Sunday closed."""
    rooms.set_day_hours(
        db, [MON, TUE, WED, THU, FRI], DayPlan.OPEN, [("8:30", "12:30"), ("13:00", "23:00")]
    )
    rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("09.00", "17u")])


# --------------------------------------------------------------------------- rooms


def test_creating_a_room(db: Database) -> None:
    room = rooms.create_room(
        db, "  Grote   zaal ", " 120 ", "180,5", ["keuken", " piano ", "Keuken", "", "beamer"]
    )
    assert (room.code, room.name, room.capacity, room.area_m2) == ("R1", "Grote zaal", 120, 180.5)
    assert room.facilities == ("keuken", "piano", "beamer")
    assert room.active and not room.has_history
    assert rooms.list_rooms(db) == [room]
    assert rooms.create_room(db, "Kleine zaal", 40).code == "R2"
    assert rooms.get_room(db, room.id) == room


@pytest.mark.parametrize(
    ("name", "capacity", "area", "expected"),
    [
        ("", "40", None, ["name"]),
        ("   ", "40", "", ["name"]),
        ("x" * 101, "40", None, ["name"]),
        ("Zaal", "", None, ["capacity"]),
        ("Zaal", "veertig", None, ["capacity"]),
        ("Zaal", "4.5", None, ["capacity"]),
        ("Zaal", "0", None, ["capacity"]),
        ("Zaal", "-3", None, ["capacity"]),
        ("Zaal", "²", None, ["capacity"]),
        ("Zaal", "40", "0", ["area"]),
        ("Zaal", "40", "-12", ["area"]),
        ("Zaal", "40", "groot", ["area"]),
        ("Zaal", "40", float("nan"), ["area"]),
        ("", "0", "0", ["name", "capacity", "area"]),
    ],
)
def test_bad_room_details_are_refused_and_change_nothing(
    db: Database, name: str, capacity: str, area: object, expected: list[str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.create_room(db, name, capacity, area)  # type: ignore[arg-type]
    assert fields(refused) == expected
    assert count(db, Room) == 0
    assert rooms.create_room(db, "Zaal", 10).code == "R1"  # no code was used up


def test_area_is_optional_and_written_as_people_write_it(db: Database) -> None:
    assert rooms.create_room(db, "A", 1).area_m2 is None
    assert rooms.create_room(db, "B", 1, " 65 m² ").area_m2 == 65.0
    assert rooms.create_room(db, "C", 1, "32.5").area_m2 == 32.5
    assert rooms.create_room(db, "D", 1, 18).area_m2 == 18.0


def test_a_long_facility_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.create_room(db, "Zaal", 10, None, ["x" * 61])
    assert fields(refused) == ["facilities"]


def test_names_are_unique_whatever_their_case(db: Database) -> None:
    first = rooms.create_room(db, "Grote zaal", 120)
    with pytest.raises(ValidationError) as refused:
        rooms.create_room(db, "GROTE  ZAAL", 80)
    assert fields(refused) == ["name"]
    assert refused.value.problems[0].args == {"name": "Grote zaal"}
    rooms.create_room(db, "Café", 10)
    with pytest.raises(ValidationError):
        rooms.create_room(db, "CAFÉ", 10)  # beyond ASCII, where SQLite's NOCASE stops
    # Renaming a room to another spelling of its own name is fine.
    renamed = rooms.update_room(db, first.id, "Grote Zaal", 120, None, [], True)
    assert renamed.name == "Grote Zaal"


def test_editing_a_room_keeps_its_code(db: Database) -> None:
    room = rooms.create_room(db, "Zaal", 40)
    changed = rooms.update_room(db, room.id, "Theaterzaal", "60", "95", ["podium"], False)
    assert (changed.code, changed.name, changed.capacity) == ("R1", "Theaterzaal", 60)
    assert (changed.area_m2, changed.facilities, changed.active) == (95.0, ("podium",), False)
    with pytest.raises(ValidationError) as refused:
        rooms.update_room(db, room.id, "Theaterzaal", "0", None, [], True)
    assert fields(refused) == ["capacity"]
    assert rooms.get_room(db, room.id) == changed


def test_codes_are_never_reused_after_a_delete(db: Database) -> None:
    rooms.create_room(db, "Eerste", 10)
    second = rooms.create_room(db, "Tweede", 10)
    rooms.delete_room(db, second.id)
    assert rooms.create_room(db, "Derde", 10).code == "R3"
    assert [room.code for room in rooms.list_rooms(db)] == ["R1", "R3"]


def test_rooms_are_listed_in_the_order_of_their_numbers(db: Database) -> None:
    for number in range(11):
        rooms.create_room(db, f"Zaal {number}", 10)
    assert [room.code for room in rooms.list_rooms(db)][-3:] == ["R9", "R10", "R11"]


def test_a_room_without_history_is_deleted_with_its_hours_and_closures(db: Database) -> None:
    room = rooms.create_room(db, "Zaal", 10)
    rooms.set_day_hours(db, [MON], DayPlan.CLOSED, room_id=room.id)
    rooms.create_closure(db, dt.date(2026, 3, 2), dt.date(2026, 3, 3), "Schilderen", room.id)
    rooms.delete_room(db, room.id)
    assert (count(db, Room), count(db, OpeningHours), count(db, Closure)) == (0, 0, 0)


def test_a_room_with_sessions_is_never_deleted_but_can_be_made_inactive(db: Database) -> None:
    room = rooms.create_room(db, "Zaal", 10)
    book(db, room.id)
    assert rooms.list_rooms(db)[0].has_history
    with pytest.raises(rooms.RoomInUse) as refused:
        rooms.delete_room(db, room.id)
    assert fields(refused) == ["room"]  # type: ignore[arg-type]
    assert count(db, Room) == 1
    inactive = rooms.set_room_active(db, room.id, False)
    assert not inactive.active and inactive.has_history
    assert rooms.list_rooms(db) == [inactive]  # an inactive room stays in the list
    assert rooms.set_room_active(db, room.id, True).active


def test_a_room_with_only_a_series_is_not_deleted_either(db: Database) -> None:
    room = rooms.create_room(db, "Zaal", 10)
    add_series(db, an_activity(db), room.id, dt.date(2026, 9, 1), 600, 660)
    with pytest.raises(rooms.RoomInUse):
        rooms.delete_room(db, room.id)


def test_a_room_that_is_gone_is_reported_as_such(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.update_room(db, 99, "Zaal", 10, None, [], True)
    assert fields(refused) == ["room"]


def test_a_room_is_in_service_from_today_or_the_day_chosen(db: Database, today: dt.date) -> None:
    assert rooms.create_room(db, "Zaal", 10).in_service_from == today
    chosen = rooms.create_room(db, "Bovenzaal", 10, in_service_from=dt.date(2025, 9, 1))
    assert (chosen.in_service_from, chosen.out_of_service_from) == (dt.date(2025, 9, 1), None)
    moved = rooms.update_room(
        db, chosen.id, "Bovenzaal", 10, None, [], in_service_from=dt.date(2025, 10, 1)
    )
    assert moved.in_service_from == dt.date(2025, 10, 1) and moved.active


def test_the_first_day_in_service_is_never_after_a_held_session(
    db: Database, today: dt.date
) -> None:
    room = rooms.create_room(db, "Zaal", 10, in_service_from=JAN_1)
    add_session(db, an_activity(db), room.id, dt.date(2026, 2, 3), status=BookingStatus.GEHOUDEN)
    with pytest.raises(ValidationError) as refused:
        rooms.update_room(db, room.id, "Zaal", 10, None, [], in_service_from=dt.date(2026, 3, 1))
    assert fields(refused) == ["in_service_from"]
    assert refused.value.problems[0].args == {"day": dt.date(2026, 2, 3)}
    assert rooms.get_room(db, room.id).in_service_from == JAN_1


def test_taking_a_room_out_of_use_is_refused_while_sessions_remain(
    db: Database, today: dt.date
) -> None:
    room = rooms.create_room(db, "Bovenzaal", 35, in_service_from=JAN_1)
    activity = an_activity(db)
    add_session(db, activity, room.id, dt.date(2026, 5, 5), status=BookingStatus.GEHOUDEN)
    for week in range(7):
        day = dt.date(2026, 6, 16) + dt.timedelta(weeks=week)
        add_session(db, activity, room.id, day, 600, 660, status=BookingStatus.GEPLAND)
    add_session(db, activity, room.id, dt.date(2026, 6, 18), status=BookingStatus.GEANNULEERD)
    with pytest.raises(ValidationError) as refused:
        rooms.take_out_of_service(db, room.id)  # today, 17 June
    (problem,) = refused.value.problems
    assert problem.field == "out_of_service_from"
    assert problem.args["count"] == 6  # the planned ones from today; not the cancelled one
    assert problem.args["sessions"].splitlines()[0] == "23-06-2026 10:00–11:00 Repetitie"
    assert len(problem.args["sessions"].splitlines()) == rooms.SESSIONS_NAMED
    assert rooms.get_room(db, room.id).active

    with pytest.raises(ValidationError) as refused:
        rooms.take_out_of_service(db, room.id, dt.date(2026, 5, 5))  # held that day
    assert refused.value.problems[0].args["count"] == 8
    with pytest.raises(ValidationError) as refused:
        rooms.take_out_of_service(db, room.id, dt.date(2026, 7, 1))  # not in the future
    assert fields(refused) == ["out_of_service_from"]


def test_a_room_out_of_use_keeps_its_dates_and_active_follows(db: Database, today: dt.date) -> None:
    room = rooms.create_room(db, "Bovenzaal", 35, in_service_from=JAN_1)
    add_session(db, an_activity(db), room.id, dt.date(2026, 3, 3), status=BookingStatus.GEHOUDEN)
    out = rooms.take_out_of_service(db, room.id, dt.date(2026, 3, 16))
    assert (out.active, out.out_of_service_from) == (False, dt.date(2026, 3, 16))
    with pytest.raises(ValidationError) as refused:  # before it came into service
        rooms.update_room(
            db, room.id, "Bovenzaal", 35, None, [], out_of_service_from=dt.date(2025, 12, 1)
        )
    assert fields(refused) == ["out_of_service_from"]
    moved = rooms.update_room(
        db, room.id, "Bovenzaal", 35, None, [], out_of_service_from=dt.date(2026, 4, 1)
    )
    assert (moved.active, moved.out_of_service_from) == (False, dt.date(2026, 4, 1))
    with db.reading() as session:
        assert session.scalar(select(Room.active).where(Room.id == room.id)) is False
    # The old switch: False takes it out of use today, True puts it back from today.
    again = rooms.create_room(db, "Kelder", 10, in_service_from=JAN_1)
    assert rooms.set_room_active(db, again.id, False).out_of_service_from == today
    back = rooms.set_room_active(db, again.id, True)
    assert (back.active, back.out_of_service_from) == (True, None)


def test_back_in_service_later_keeps_the_days_between_out_of_the_hours(
    db: Database, today: dt.date
) -> None:
    house_week(db)
    room = rooms.create_room(db, "Bovenzaal", 35, in_service_from=JAN_1)
    rooms.create_closure(db, dt.date(2026, 3, 9), dt.date(2026, 3, 13), "Schilders", room.id)
    rooms.take_out_of_service(db, room.id, dt.date(2026, 3, 2))
    with db.reading() as session:
        march = rooms.available_minutes(session, room.id, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert march == 0
    back = rooms.put_back_in_service(db, room.id, dt.date(2026, 3, 23))
    assert back.active and back.out_of_service_from is None
    gaps = [
        (c.first_day, c.last_day, c.reason) for c in rooms.list_closures(db) if c.room_id == room.id
    ]
    assert gaps == [
        (dt.date(2026, 3, 2), dt.date(2026, 3, 8), rooms.OUT_OF_USE_REASON),
        (dt.date(2026, 3, 9), dt.date(2026, 3, 13), "Schilders"),
        (dt.date(2026, 3, 14), dt.date(2026, 3, 22), rooms.OUT_OF_USE_REASON),
    ]
    with db.reading() as session:
        march = rooms.available_minutes(session, room.id, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert march == 7 * 840 + 480  # 23 to 31 March: Mon-Fri 23-27 and 30-31, Sat 28


def test_a_room_counts_only_on_its_days_in_service_and_a_range_is_its_parts(
    db: Database, today: dt.date
) -> None:
    house_week(db)
    room = rooms.create_room(db, "Nieuwe zaal", 20, in_service_from=dt.date(2026, 3, 4))
    rooms.take_out_of_service(db, room.id, dt.date(2026, 3, 12))
    with db.reading() as session:

        def minutes(first: dt.date, last: dt.date) -> int:
            return rooms.available_minutes(session, room.id, first, last)

        # Wednesday 4 to Wednesday 11 March: Wed-Fri, Sat, Mon-Wed.
        assert minutes(dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == 6 * 840 + 480
        whole = minutes(JAN_1, dt.date(2026, 12, 31))
        for split in (dt.date(2026, 3, 4), dt.date(2026, 3, 8), dt.date(2026, 3, 12)):
            before = minutes(JAN_1, split - dt.timedelta(days=1))
            assert before + minutes(split, dt.date(2026, 12, 31)) == whole


# --------------------------------------------------------------------------- opening hours


def test_effective_hours_follow_the_house_unless_the_room_has_its_own(db: Database) -> None:
    house_week(db)
    big = rooms.create_room(db, "Grote zaal", 120)
    care = rooms.create_room(db, "Zorgkamer", 8)
    rooms.set_day_hours(db, [MON, TUE], DayPlan.OPEN, [("8:30", "13:00")], room_id=care.id)
    rooms.set_day_hours(db, [SAT], DayPlan.CLOSED, room_id=care.id)

    assert rooms.effective_hours(db, big.id) == {
        **{day: [(510, 750), (780, 1380)] for day in (MON, TUE, WED, THU, FRI)},
        SAT: [(540, 1020)],
        SUN: [],
    }
    with db.reading() as session:  # a session works as well as the database
        care_hours = rooms.effective_hours(session, care.id)
    assert care_hours[MON] == care_hours[TUE] == [(510, 780)]
    assert care_hours[WED] == [(510, 750), (780, 1380)]
    assert care_hours[SAT] == [] and care_hours[SUN] == []
    assert rooms.house_hours(db)[SAT] == [(540, 1020)]


def test_the_hours_of_many_rooms_come_in_one_query(db: Database) -> None:
    house_week(db)
    made = [rooms.create_room(db, f"Zaal {number}", 10).id for number in range(1, 13)]
    rooms.set_day_hours(db, [MON], DayPlan.CLOSED, room_id=made[3])
    rooms.set_day_hours(db, [SUN], DayPlan.OPEN, [("10:00", "12:00")], room_id=made[7])
    with db.reading() as session, statements_sent(db) as statements:
        every = rooms.effective_hours_by_room(session, made)
    assert sum("FROM opening_hours" in s for s in statements) == 1
    assert every == {room_id: rooms.effective_hours(db, room_id) for room_id in made}
    assert every[made[3]][MON] == [] and every[made[7]][SUN] == [(600, 720)]
    assert rooms.effective_hours_by_room(db, []) == {}


def test_the_week_overview_marks_a_rooms_own_days(db: Database) -> None:
    house_week(db)
    room = rooms.create_room(db, "Zorgkamer", 8)
    rooms.create_room(db, "Oude bovenzaal", 30)
    rooms.set_room_active(db, rooms.list_rooms(db)[1].id, False)
    week = rooms.set_day_hours(db, [SAT], DayPlan.CLOSED, room_id=room.id)
    assert [row.room_name for row in week] == ["", "Zorgkamer"]  # the house, then active rooms
    house, care = week
    assert house.room_id is None and house.days[SUN] == ()
    assert care.own == (False, False, False, False, False, True, False)
    assert care.days[SAT] == () and care.days[FRI] == ((510, 750), (780, 1380))
    week = rooms.set_day_hours(db, [SAT], DayPlan.AS_HOUSE, room_id=room.id)
    assert week[1].own == (False,) * 7 and week[1].days[SAT] == ((540, 1020),)


def test_closing_the_house_on_a_weekday_removes_its_hours(db: Database) -> None:
    house_week(db)
    rooms.set_day_hours(db, [SAT], DayPlan.CLOSED)
    assert rooms.house_hours(db)[SAT] == []
    with pytest.raises(ValueError):
        rooms.set_day_hours(db, [SAT], DayPlan.AS_HOUSE)


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        ([("8:30", "")], ["slot_0"]),
        ([("", ""), ("half negen", "12:00")], ["slot_1"]),
        ([("25:00", "26:00")], ["slot_0"]),
        ([("12:00", "09:00")], ["slot_0"]),
        ([("12:00", "12:00")], ["slot_0"]),
        ([("08:30", "12:30"), ("12:00", "17:00")], ["slot_1"]),
        ([("08:00", "20:00"), ("09:00", "10:00"), ("11:00", "12:00")], ["slot_1", "slot_2"]),
        ([("", ""), ("", "")], ["slot_0"]),
        ([], ["slot_0"]),
    ],
)
def test_bad_opening_times_are_refused_and_change_nothing(
    db: Database, slots: list[tuple[str, str]], expected: list[str]
) -> None:
    house_week(db)
    with pytest.raises(ValidationError) as refused:
        rooms.set_day_hours(db, [MON], DayPlan.OPEN, slots)
    assert fields(refused) == expected
    assert rooms.house_hours(db)[MON] == [(510, 750), (780, 1380)]


def test_blank_slots_are_skipped_and_touching_slots_are_fine(db: Database) -> None:
    rooms.set_day_hours(db, [MON], DayPlan.OPEN, [("13:00", "24:00"), ("", ""), ("9", "13")])
    assert rooms.house_hours(db)[MON] == [(540, 780), (780, 1440)]


def test_hours_of_a_room_that_is_gone_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.set_day_hours(db, [MON], DayPlan.CLOSED, room_id=42)
    assert fields(refused) == ["room"]


# --------------------------------------------------------------------------- available hours


def test_available_minutes_subtract_house_and_room_closures(db: Database) -> None:
    house_week(db)  # a week of 5 × 840 + 480 = 4680 minutes
    hall = rooms.create_room(db, "Grote zaal", 120, in_service_from=JAN_1)
    meeting = rooms.create_room(db, "Vergaderkamer", 14, in_service_from=JAN_1)
    rooms.set_day_hours(db, [SAT], DayPlan.CLOSED, room_id=meeting.id)  # 4200 a week
    # Only the meeting room, on Wednesday 4 March.
    rooms.create_closure(db, dt.date(2026, 3, 4), dt.date(2026, 3, 4), "Nieuwe vloer", meeting.id)
    # The whole house from Friday 13 over the weekend to Monday 16 March.
    rooms.create_closure(db, dt.date(2026, 3, 13), dt.date(2026, 3, 16), "Verbouwing")
    # A room closure inside the house's is not counted twice.
    rooms.create_closure(db, dt.date(2026, 3, 13), dt.date(2026, 3, 13), "Schilders", meeting.id)
    first, last = dt.date(2026, 3, 2), dt.date(2026, 3, 15)  # two whole weeks, Monday to Sunday

    with db.reading() as session:
        assert rooms.available_minutes(session, hall.id, first, last) == 2 * 4680 - 840 - 480
        assert rooms.available_minutes(session, meeting.id, first, last) == 2 * 4200 - 840 - 840
        assert rooms.available_minutes_by_room(session, first, last, [hall.id, meeting.id]) == {
            hall.id: 8040,
            meeting.id: 6720,
        }
        # One day, a Sunday, an empty range.
        assert rooms.available_minutes(session, hall.id, first, first) == 840
        assert rooms.available_minutes(session, hall.id, last, last) == 0
        assert rooms.available_minutes(session, hall.id, last, first) == 0


def test_available_minutes_fetch_once_whatever_the_range(db: Database) -> None:
    house_week(db)
    room = rooms.create_room(db, "Zaal", 40, in_service_from=JAN_1)
    for month in range(1, 13):
        rooms.create_closure(db, dt.date(2026, month, 1), dt.date(2026, month, 2), "Dicht")
    with db.reading() as session, statements_sent(db) as statements:
        minutes = rooms.available_minutes(
            session, room.id, dt.date(2026, 1, 1), dt.date(2026, 12, 31)
        )
    assert 1 <= len(selects(statements)) <= 4  # the room, its hours, its service, closures
    assert 0 < minutes < 53 * 4680


def test_overlapping_house_hours_count_once(db: Database) -> None:
    room = rooms.create_room(db, "Zaal", 40, in_service_from=JAN_1)
    with db.transaction() as session:  # written by hand, not through set_day_hours
        session.add_all(
            [
                OpeningHours(room_id=None, weekday=MON, opens_min=540, closes_min=720),
                OpeningHours(room_id=None, weekday=MON, opens_min=600, closes_min=780),
            ]
        )
    with db.reading() as session:
        assert (
            rooms.available_minutes(session, room.id, dt.date(2026, 3, 2), dt.date(2026, 3, 2))
            == 240
        )


# --------------------------------------------------------------------------- closures


def test_creating_editing_and_deleting_a_closure(db: Database) -> None:
    room = rooms.create_room(db, "Grote zaal", 120)
    summer = rooms.create_closure(db, dt.date(2026, 7, 20), dt.date(2026, 8, 2), " Zomersluiting ")
    floor = rooms.create_closure(db, dt.date(2026, 2, 9), dt.date(2026, 2, 14), "Vloer", room.id)
    assert (summer.reason, summer.days, summer.room_id) == ("Zomersluiting", 14, None)
    assert (floor.room_code, floor.room_name) == ("R1", "Grote zaal")
    assert rooms.list_closures(db) == [floor, summer]
    moved = rooms.update_closure(db, floor.id, dt.date(2026, 2, 16), dt.date(2026, 2, 16), "Vloer")
    assert (moved.first_day, moved.room_id) == (dt.date(2026, 2, 16), None)
    rooms.delete_closure(db, summer.id)
    assert rooms.list_closures(db) == [moved]


@pytest.mark.parametrize(
    ("first", "last", "reason", "expected"),
    [
        (dt.date(2026, 3, 5), dt.date(2026, 3, 4), "Onderhoud", ["last_day"]),
        (dt.date(2026, 3, 5), dt.date(2026, 3, 5), "  ", ["reason"]),
        (dt.date(2026, 3, 5), dt.date(2026, 3, 5), "x" * 201, ["reason"]),
        (None, None, "", ["first_day", "last_day", "reason"]),
    ],
)
def test_bad_closures_are_refused(
    db: Database,
    first: dt.date | None,
    last: dt.date | None,
    reason: str,
    expected: list[str],
) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.create_closure(db, first, last, reason)
    assert fields(refused) == expected
    assert count(db, Closure) == 0


def test_overlapping_closures_of_the_same_room_or_house_are_refused(db: Database) -> None:
    hall = rooms.create_room(db, "Grote zaal", 120)
    kitchen = rooms.create_room(db, "Keuken", 20)
    christmas = rooms.create_closure(db, dt.date(2026, 12, 24), dt.date(2027, 1, 1), "Kerst")
    with pytest.raises(ValidationError) as refused:
        rooms.create_closure(db, dt.date(2027, 1, 1), dt.date(2027, 1, 3), "Nieuwjaar")
    assert fields(refused) == ["first_day"]
    problem = refused.value.problems[0]
    assert problem.english() == (
        "These days overlap with the closure “Kerst” from 24-12-2026 to 01-01-2027. "
        "Change that one instead."
    )
    # Another scope may overlap: a room's maintenance during the house's closure.
    rooms.create_closure(db, dt.date(2026, 12, 28), dt.date(2027, 1, 8), "Vloer", hall.id)
    rooms.create_closure(db, dt.date(2026, 12, 28), dt.date(2027, 1, 8), "Vloer", kitchen.id)
    with pytest.raises(ValidationError):
        rooms.create_closure(db, dt.date(2027, 1, 8), dt.date(2027, 1, 9), "Meer vloer", hall.id)
    # A closure does not overlap itself when it is changed.
    rooms.update_closure(db, christmas.id, dt.date(2026, 12, 23), dt.date(2027, 1, 1), "Kerst")
    assert count(db, Closure) == 3


# --------------------------------------------------------------------------- public holidays


def test_public_holidays_come_from_the_calendar_with_those_already_closed(db: Database) -> None:
    rooms.create_closure(db, dt.date(2026, 12, 24), dt.date(2027, 1, 1), "Kerstsluiting")
    listed = {holiday.day: holiday for holiday in rooms.public_holidays(db, 2026)}
    assert listed[dt.date(2026, 4, 27)].name == "Koningsdag"
    assert listed[dt.date(2026, 5, 5)].name == "Bevrijdingsdag"
    assert listed[dt.date(2026, 5, 14)].name == "Hemelvaartsdag"
    assert listed[dt.date(2026, 4, 27)].closed_by is None
    assert listed[dt.date(2026, 12, 25)].closed_by == "Kerstsluiting"
    assert rooms.public_holidays(db, 2027)[0].closed_by == "Kerstsluiting"  # New Year's Day
    assert list(listed) == sorted(listed)


def test_public_holidays_are_named_in_english_for_the_english_interface(db: Database) -> None:
    listed = {holiday.day: holiday.name for holiday in rooms.public_holidays(db, 2026, "en")}
    assert listed[dt.date(2026, 4, 27)] == "King's Day"
    assert listed[dt.date(2026, 12, 25)] == "Christmas Day"
    added = rooms.add_holiday_closures(db, [dt.date(2026, 12, 25)])
    assert [closure.reason for closure in added] == ["Eerste kerstdag"]  # the house's data


@pytest.mark.parametrize(
    ("today", "closed", "year"),
    [
        (dt.date(2026, 6, 1), [], 2026),
        (dt.date(2026, 12, 10), [], 2026),  # Christmas is still to be closed
        (dt.date(2026, 12, 10), [(dt.date(2026, 12, 24), dt.date(2027, 1, 1))], 2027),
        (dt.date(2026, 12, 26), [], 2026),  # Tweede Kerstdag: today counts
        (dt.date(2026, 12, 27), [], 2027),  # nothing of this year left
    ],
)
def test_the_holiday_year_is_the_one_whose_holidays_are_still_to_be_closed(
    db: Database, today: dt.date, closed: list[tuple[dt.date, dt.date]], year: int
) -> None:
    for first, last in closed:
        rooms.create_closure(db, first, last, "Kerstsluiting")
    assert rooms.holiday_year(db, today) == year


def test_common_facilities_have_english_names() -> None:
    assert set(rooms.FACILITY_NAMES_EN) == set(rooms.COMMON_FACILITIES)
    assert rooms.facility_name("ringleiding", "en") == "hearing loop"
    assert rooms.facility_name("Keuken", "en") == "kitchen"
    assert rooms.facility_name("dartbord", "en") == "dartbord"  # typed in: as typed
    assert rooms.facility_name("ringleiding", "nl") == "ringleiding"


def test_adding_public_holidays_as_closures_in_one_go(db: Database) -> None:
    added = rooms.add_holiday_closures(db, [dt.date(2026, 5, 14), dt.date(2026, 4, 27)])
    assert [(c.first_day, c.last_day, c.reason, c.room_id) for c in added] == [
        (dt.date(2026, 4, 27), dt.date(2026, 4, 27), "Koningsdag", None),
        (dt.date(2026, 5, 14), dt.date(2026, 5, 14), "Hemelvaartsdag", None),
    ]
    closed = {h.day: h.closed_by for h in rooms.public_holidays(db, 2026)}
    assert closed[dt.date(2026, 4, 27)] == "Koningsdag"
    assert closed[dt.date(2026, 5, 14)] == "Hemelvaartsdag"
    assert closed[dt.date(2026, 5, 5)] is None


@pytest.mark.parametrize(
    "days",
    [
        [],
        [dt.date(2026, 4, 27), dt.date(2026, 4, 28)],  # the day after King's Day is a workday
        [dt.date(2026, 12, 25), dt.date(2026, 5, 14)],  # Christmas is closed already
    ],
)
def test_holidays_are_added_all_or_nothing(db: Database, days: list[dt.date]) -> None:
    rooms.create_closure(db, dt.date(2026, 12, 24), dt.date(2027, 1, 1), "Kerstsluiting")
    with pytest.raises(ValidationError) as refused:
        rooms.add_holiday_closures(db, days)
    assert set(fields(refused)) == {"days"}
    assert count(db, Closure) == 1


# --------------------------------------------------------------------------- other hours


def test_other_hours_replace_the_usual_hours_of_those_days(db: Database) -> None:
    house_week(db)  # Saturday 09:00–17:00
    hall = rooms.create_room(db, "Grote zaal", 120).id
    party = rooms.create_opening_exception(
        db, dt.date(2026, 6, 13), dt.date(2026, 6, 13), "10:00", "00:30", " Verjaardagsfeest "
    )
    assert (party.opens_min, party.closes_min, party.span) == (600, 1470, "10:00–00:30")
    assert (party.room_id, party.reason, party.days) == (None, "Verjaardagsfeest", 1)
    saturday = rooms.hours_on(db, hall, dt.date(2026, 6, 13))
    assert saturday.intervals == ((600, 1470),) and saturday.is_exception
    assert not saturday.is_rooms_own
    # The Saturday before keeps the usual hours.
    usual = rooms.hours_on(db, hall, dt.date(2026, 6, 6))
    assert usual.intervals == ((540, 1020),) and not usual.is_exception
    assert rooms.list_opening_exceptions(db) == [party]


def test_a_rooms_other_hours_go_before_the_houses_and_its_own_week(db: Database) -> None:
    house_week(db)
    hall = rooms.create_room(db, "Grote zaal", 120).id
    bar = rooms.create_room(db, "Bar", 30).id
    kitchen = rooms.create_room(db, "Keuken", 8).id
    rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("12:00", "14:00")], room_id=kitchen)
    week = (dt.date(2026, 6, 8), dt.date(2026, 6, 14))  # Monday to Sunday
    rooms.create_opening_exception(db, *week, "10:00", "16:00", "Zomerweek")
    rooms.create_opening_exception(
        db, dt.date(2026, 6, 13), dt.date(2026, 6, 13), "19", "1", "", bar
    )
    saturday = dt.date(2026, 6, 13)
    assert rooms.hours_on(db, hall, saturday).intervals == ((600, 960),)  # the house's other hours
    assert rooms.hours_on(db, bar, saturday).intervals == ((1140, 1500),)  # the bar's own
    assert rooms.hours_on(db, bar, saturday).is_rooms_own
    # A room with hours of its own on Saturday keeps them: the house's other hours are the house's.
    assert rooms.hours_on(db, kitchen, saturday).intervals == ((720, 840),)
    # On Sunday, usually closed, the house is open that week.
    assert rooms.hours_on(db, kitchen, dt.date(2026, 6, 14)).intervals == ((600, 960),)


def test_a_closure_wins_over_other_hours(db: Database) -> None:
    house_week(db)
    hall = rooms.create_room(db, "Grote zaal", 120).id
    rooms.create_opening_exception(db, dt.date(2026, 6, 8), dt.date(2026, 6, 14), "10", "16")
    rooms.create_closure(db, dt.date(2026, 6, 10), dt.date(2026, 6, 10), "Stemming")
    plan = rooms.opening_plan(db, [hall], dt.date(2026, 6, 8), dt.date(2026, 6, 14))
    assert plan.open_minutes(hall, dt.date(2026, 6, 10)) == 0
    assert plan.open_minutes(hall, dt.date(2026, 6, 11)) == 360
    # Other hours only on days that are all closed are refused: they would never count.
    with pytest.raises(ValidationError) as refused:
        rooms.create_opening_exception(
            db, dt.date(2026, 6, 10), dt.date(2026, 6, 10), "19:00", "23:00", "", hall
        )
    assert fields(refused) == ["first_day"]
    assert "Stemming" in refused.value.problems[0].english()


def test_overlapping_other_hours_of_the_same_house_or_room_are_refused(db: Database) -> None:
    hall = rooms.create_room(db, "Grote zaal", 120).id
    bar = rooms.create_room(db, "Bar", 30).id
    july = rooms.create_opening_exception(db, dt.date(2026, 7, 1), dt.date(2026, 7, 31), "9", "13")
    with pytest.raises(ValidationError) as refused:
        rooms.create_opening_exception(db, dt.date(2026, 7, 31), dt.date(2026, 8, 2), "9", "17")
    assert fields(refused) == ["first_day"]
    assert refused.value.problems[0].english() == (
        "These days overlap with other hours from 01-07-2026 to 31-07-2026 (09:00–13:00). "
        "One day has one set of hours: change that one instead."
    )
    # Another room, or the house and a room, may have other hours on the same days.
    rooms.create_opening_exception(db, dt.date(2026, 7, 4), dt.date(2026, 7, 4), "19", "1", "", bar)
    rooms.create_opening_exception(
        db, dt.date(2026, 7, 4), dt.date(2026, 7, 4), "8", "12", "", hall
    )
    # An exception does not overlap itself when it is changed.
    longer = rooms.update_opening_exception(
        db, july.id, dt.date(2026, 7, 1), dt.date(2026, 8, 15), "9", "14", "Zomer"
    )
    assert (longer.last_day, longer.closes_min, longer.reason) == (
        dt.date(2026, 8, 15),
        840,
        "Zomer",
    )
    rooms.delete_opening_exception(db, july.id)
    assert [e.room_id for e in rooms.list_opening_exceptions(db)] == [hall, bar]


@pytest.mark.parametrize(
    ("first", "last", "opens", "closes", "reason", "expected"),
    [
        (None, dt.date(2026, 7, 1), "9", "12", "", ["first_day"]),
        (dt.date(2026, 7, 2), dt.date(2026, 7, 1), "9", "12", "", ["last_day"]),
        (dt.date(2026, 7, 1), None, "9", "12", "", ["last_day"]),
        (dt.date(2026, 7, 1), dt.date(2026, 7, 1), "", "12", "", ["times"]),
        (dt.date(2026, 7, 1), dt.date(2026, 7, 1), "9", "negen", "", ["times"]),
        (dt.date(2026, 7, 1), dt.date(2026, 7, 1), "12", "9", "", ["times"]),  # not a night
        (dt.date(2026, 7, 1), dt.date(2026, 7, 1), "22", "4:30", "", ["times"]),  # after 04:00
        (dt.date(2026, 7, 1), dt.date(2026, 7, 1), "24:00", "2", "", ["times"]),
        (dt.date(2026, 7, 1), dt.date(2026, 7, 1), "9", "12", "x" * 201, ["reason"]),
        (None, None, "", "", "", ["first_day", "last_day", "times"]),
    ],
)
def test_bad_other_hours_are_refused_and_change_nothing(
    db: Database,
    first: dt.date | None,
    last: dt.date | None,
    opens: str,
    closes: str,
    reason: str,
    expected: list[str],
) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.create_opening_exception(db, first, last, opens, closes, reason)
    assert fields(refused) == expected
    assert count(db, OpeningException) == 0


def test_other_hours_of_a_room_that_is_gone_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        rooms.create_opening_exception(
            db, dt.date(2026, 7, 1), dt.date(2026, 7, 1), "9", "12", "", 42
        )
    assert fields(refused) == ["room"]


def test_usual_hours_may_close_after_midnight(db: Database) -> None:
    rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("10:00", "00:30")])
    assert rooms.house_hours(db)[SAT] == [(600, 1470)]
    with pytest.raises(ValidationError) as refused:
        rooms.set_day_hours(db, [SAT], DayPlan.OPEN, [("10:00", "05:00")])
    assert fields(refused) == ["slot_0"]


def test_available_minutes_count_other_hours_on_their_days(db: Database) -> None:
    house_week(db)  # Saturday 09:00–17:00 (480), Sunday closed
    since = dt.date(2026, 1, 1)
    hall = rooms.create_room(db, "Grote zaal", 120, in_service_from=since).id
    bar = rooms.create_room(db, "Bar", 30, in_service_from=since).id
    first, last = dt.date(2026, 6, 8), dt.date(2026, 6, 14)  # a week: 5 × 840 + 480
    with db.reading() as session:
        usual = rooms.available_minutes(session, hall, first, last)
    assert usual == 4680
    # Saturday 13 June until half past midnight: 10:00–00:30 instead of 09:00–17:00,
    # counted up to 24:00 (840 minutes), as the sessions are.
    rooms.create_opening_exception(db, dt.date(2026, 6, 13), dt.date(2026, 6, 13), "10", "0:30")
    # The bar alone on Sunday evening, usually closed.
    rooms.create_opening_exception(
        db, dt.date(2026, 6, 14), dt.date(2026, 6, 14), "19", "23", "", bar
    )
    # A closure on Wednesday, inside a week of other hours of the bar.
    rooms.create_opening_exception(db, first, dt.date(2026, 6, 12), "12", "14", "", bar)
    rooms.create_closure(db, dt.date(2026, 6, 10), dt.date(2026, 6, 10), "Stemming")
    with db.reading() as session:
        assert rooms.available_minutes_by_room(session, first, last, [hall, bar]) == {
            hall: 4680 - 480 + 840 - 840,
            bar: 4 * 120 + 840 + 240,
        }
        # The hours of a range are the sum of its days'.
        assert (
            sum(
                rooms.available_minutes(
                    session, bar, first + dt.timedelta(days=n), first + dt.timedelta(days=n)
                )
                for n in range(7)
            )
            == 4 * 120 + 840 + 240
        )
