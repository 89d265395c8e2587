"""Tests of the schedule as an iCalendar file, and of the ``housedesk ics`` command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from sqlalchemy import text

from housedesk.cli import main as cli
from housedesk.common.codes import Accessibility, ActivityType, BookingStatus, UserKind
from housedesk.common.problems import ValidationError
from housedesk.core import rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import ics
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from tests.helpers.register import an_activity
from tests.helpers.windows import WindowsFileRules, needs_proc

TUE = 1


@pytest.fixture
def schedule(house_db: Database) -> Database:
    db = house_db
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    hall = rooms.create_room(db, "Grote zaal", 60).id
    small = rooms.create_room(db, "Kleine zaal", 12).id
    choir, party = (
        an_activity(
            db,
            name,
            user=f"{name} gebruiker",
            kind=kind,
            contact_phone="0612345678",
            type=ActivityType.VIERING,
            accessibility=Accessibility.BESLOTEN,
        )
        for name, kind in (
            ("Koorrepetitie", UserKind.VERENIGING),
            ("Verjaardag Jansen", UserKind.PARTICULIER),
        )
    )
    # Tuesdays 19:30 from March to November 2026: across both switches of summer time.
    agenda.create_series(
        db,
        choir,
        hall,
        dt.date(2026, 3, 3),
        "19:30",
        "21:30",
        Recurrence(Frequency.WEEKLY, (TUE,), until=dt.date(2026, 11, 24)),
        skip=[dt.date(2026, 4, 7)],
    )
    sessions = agenda.sessions_between(db, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    agenda.change_session(db, sessions[1].id, small, dt.date(2026, 3, 11), "20:00", "22:00")
    agenda.set_status(
        db, sessions[2].id, BookingStatus.GEANNULEERD, "ziek", today=dt.date(2026, 1, 1)
    )
    agenda.book_session(db, party, small, dt.date(2026, 5, 9), "14:00", "18:00")
    return db


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_a_series_is_one_event_with_its_rule_exceptions_and_override(schedule: Database) -> None:
    cal = parse(ics.calendar(schedule).to_ical())
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Europe/Amsterdam"
    events = cal.walk("VEVENT")
    master = next(e for e in events if "RRULE" in e)
    assert master["DTSTART"].dt == dt.datetime(2026, 3, 3, 19, 30, tzinfo=ics.ZONE)
    exdates = sorted(moment.dt.date() for moment in master["EXDATE"].dts)
    assert exdates == [dt.date(2026, 3, 17), dt.date(2026, 4, 7)]
    override = next(e for e in events if "RECURRENCE-ID" in e)
    assert override["RECURRENCE-ID"].dt == dt.datetime(2026, 3, 10, 19, 30, tzinfo=ics.ZONE)
    assert override["DTSTART"].dt == dt.datetime(2026, 3, 11, 20, 0, tzinfo=ics.ZONE)
    assert override["UID"] == master["UID"] and override["LOCATION"] == "Kleine zaal"


def test_wall_clock_times_stay_the_same_across_summer_time(schedule: Database) -> None:
    master = next(e for e in parse(ics.calendar(schedule).to_ical()).walk("VEVENT") if "RRULE" in e)
    start = master["DTSTART"].dt
    rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=start)
    moments = list(rule)
    assert {m.astimezone(ics.ZONE).time() for m in moments} == {dt.time(19, 30)}
    assert {m.utcoffset() for m in moments} == {dt.timedelta(hours=1), dt.timedelta(hours=2)}
    assert moments[-1].date() == dt.date(2026, 11, 24)


def test_private_rentals_are_anonymous_and_no_contacts_leave(schedule: Database) -> None:
    data = ics.calendar(schedule).to_ical().decode()
    assert "Particuliere verhuur" in data
    assert "Jansen" not in data and "0612345678" not in data and "gebruiker" not in data


def test_one_room_only(schedule: Database) -> None:
    cal = parse(ics.calendar(schedule, "R2").to_ical())
    summaries = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    # The party, and the choir's session moved into the small room, as an event of its own.
    assert summaries == ["Koorrepetitie", "Particuliere verhuur"]
    with pytest.raises(ics.UnknownRoom):
        ics.calendar(schedule, "R9")


def test_the_command_writes_the_file(schedule: Database, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    status = cli.main(["ics", "--db", str(schedule.path), "-o", str(target)], lambda _a: 1)
    assert status == 0
    assert len(parse(target.read_bytes()).walk("VEVENT")) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".housedesk-")] == []


@pytest.mark.parametrize("problem", ["room", "target"])
def test_the_command_refuses_with_one_line(
    schedule: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str
) -> None:
    args = ["ics", "--db", str(schedule.path), "-o", str(tmp_path / "agenda.ics")]
    if problem == "room":
        args += ["--room", "R42"]
    else:
        args[-1] = str(tmp_path / "missing" / "agenda.ics")
    assert cli.main(args, lambda _a: 1) == cli.EXIT_USAGE
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("housedesk: error:")


def rename(db: Database, table: str, code: str, name: str) -> None:
    with db.transaction() as session:
        session.execute(
            text(f"UPDATE {table} SET name = :name WHERE code = :code"),
            {"name": name, "code": code},
        )


def test_personal_data_in_a_published_name_refuses_the_calendar(
    schedule: Database, tmp_path: Path
) -> None:
    rename(schedule, "rooms", "R1", "Grote zaal (beheer 06-12345678)")
    rename(schedule, "activities", "A1", "Koor, info koor@example.nl")
    rename(schedule, "activities", "A2", "Verjaardag, bel 0412-123456")  # never published
    target = tmp_path / "agenda.ics"
    with pytest.raises(ValidationError) as refused:
        ics.write_ics(schedule, target)
    assert [p.english() for p in refused.value.problems] == [
        "Room R1 'Grote zaal (beheer 06-12345678)': a phone number; remove it before you export.",
        "Activity A1 'Koor, info koor@example.nl': an e-mail address; remove it before you export.",
    ]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".housedesk-")] == []
    # The small room's calendar names neither the big room nor ...
    rename(schedule, "activities", "A1", "Koorrepetitie")
    assert "Koorrepetitie" in ics.calendar(schedule, "R2").to_ical().decode()
    # ... but the house's name is in every calendar.
    with schedule.transaction() as session:
        session.execute(text("UPDATE house SET name = 'De Schakel 0412-111111'"))
    with pytest.raises(ValidationError) as refused:
        ics.calendar(schedule, "R2")
    assert [p.english() for p in refused.value.problems] == [
        "The house's name 'De Schakel 0412-111111': a phone number; remove it before you export."
    ]


def test_the_command_refuses_a_calendar_with_personal_data(
    schedule: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rename(schedule, "rooms", "R2", "Kleine zaal, sleutel 06-12345678")
    target = tmp_path / "agenda.ics"
    assert cli.main(["ics", "--db", str(schedule.path), "-o", str(target)], lambda _a: 1) == 2
    error = capsys.readouterr().err
    assert error.splitlines() == [
        "housedesk: error: Room R2 'Kleine zaal, sleutel 06-12345678': a phone number; "
        "remove it before you export."
    ]
    assert not target.exists()


@needs_proc
def test_on_windows_the_calendar_is_closed_before_it_is_renamed(
    schedule: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = WindowsFileRules().install(monkeypatch)
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")
    ics.write_ics(schedule, target)
    assert rules.refused == [] and rules.checked > 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")  # lines end as RFC 5545 says
    assert b"\n" not in target.read_bytes().replace(b"\r\n", b"")


def test_a_session_past_midnight_ends_the_next_day(schedule: Database) -> None:
    party = next(a.id for a in users.pickable_activities(schedule) if a.name.startswith("Verj"))
    hall = rooms.list_rooms(schedule)[0].id
    saturday = dt.date(2026, 6, 13)
    agenda.book_session(
        schedule, party, hall, saturday, "19:00", "00:30", setup=60, extra_opening="Feest"
    )
    event = next(
        e
        for e in parse(ics.calendar(schedule).to_ical()).walk("VEVENT")
        if e["DTSTART"].dt.date() == saturday
    )
    assert event["DTSTART"].dt == dt.datetime(2026, 6, 13, 19, 0, tzinfo=ics.ZONE)
    assert event["DTEND"].dt == dt.datetime(2026, 6, 14, 0, 30, tzinfo=ics.ZONE)
