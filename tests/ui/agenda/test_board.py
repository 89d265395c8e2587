"""Tests of the hall board: today by time, what runs now, and that it keeps itself current."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus, UserKind
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.ui.agenda.board import HallBoard, State
from housedesk.ui.agenda.screen import AgendaScreen
from housedesk.ui.kit import clock
from housedesk.ui.kit.changes import Change, announce, perform
from tests.helpers.painting import painted_texts
from tests.helpers.register import a_user, an_activity

DAY = dt.date(2027, 1, 12)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[dt.datetime]:
    """The board's clock: set ``now[0]`` to move it."""
    moment = [dt.datetime.combine(DAY, dt.time(10, 30))]
    monkeypatch.setattr(clock, "source", lambda: moment[0])
    return moment


@pytest.fixture
def house(house_db: Database) -> Database:
    db = house_db
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    hall = rooms.create_room(db, "Grote zaal", 60).id
    small = rooms.create_room(db, "Kleine zaal", 12).id
    club = a_user(db, "Biljartclub De Keu", contact_name="Jan Contactpersoon")
    coffee = an_activity(db, "Koffieochtend", user_id=club)
    bingo = an_activity(db, "Bingo", user_id=club)
    party = an_activity(db, "Feest Pietersen", user="Mevr. Pietersen", kind=UserKind.PARTICULIER)
    agenda.book_session(db, coffee, small, DAY, "9:30", "11:00")
    agenda.book_session(db, party, small, DAY, "14:00", "17:00")
    agenda.book_session(db, bingo, hall, DAY, "19:00", "22:00")
    off = agenda.book_session(db, bingo, hall, DAY, "8:00", "9:00")
    agenda.set_status(db, off.id, BookingStatus.GEANNULEERD, "Jan is ziek", today=DAY)
    agenda.book_session(db, coffee, hall, DAY + dt.timedelta(days=1), "9:30", "11:00")
    return db


def board_on(qtbot: QtBot, db: Database) -> HallBoard:
    board = HallBoard(db)
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    qtbot.waitExposed(board)
    return board


def states(board: HallBoard) -> list[tuple[str, str, State]]:
    return [(r.session.title, r.session.room_name, r.state) for r in board.rows()]


def test_the_board_shows_today_by_time_with_now_and_next(
    qtbot: QtBot, house: Database, now: list[dt.datetime]
) -> None:
    board = board_on(qtbot, house)
    assert states(board) == [
        ("Bingo", "Grote zaal", State.CANCELLED),
        ("Koffieochtend", "Kleine zaal", State.NOW),
        ("Particuliere verhuur", "Kleine zaal", State.NEXT),
        ("Bingo", "Grote zaal", State.LATER),
    ]
    texts = painted_texts(board)
    assert "Gemeenschapshuis De Schakel" in texts and "10:30" in texts
    assert {"Koffieochtend", "Particuliere verhuur", "NOW", "NEXT"} <= set(texts)
    assert not [
        t for t in texts for p in ("De Keu", "Contactpersoon", "Pietersen", "ziek") if p in t
    ]
    now[0] = now[0].replace(hour=15)  # the timer looks at the clock: "now" moves along
    board.tick()
    assert [s for _t, _r, s in states(board)] == [
        State.CANCELLED,
        State.ENDED,
        State.NOW,
        State.NEXT,
    ]
    assert "15:30" in painted_texts(board)


def test_a_booking_saved_anywhere_reaches_the_board(
    qtbot: QtBot, house: Database, now: list[dt.datetime]
) -> None:
    board = board_on(qtbot, house)
    loads = board.loads
    yoga = an_activity(house, "Stoelyoga")
    hall = next(r.id for r in rooms.list_rooms(house) if r.name == "Grote zaal")
    perform(Change.SESSIONS, lambda: agenda.book_session(house, yoga, hall, DAY, "11:00", "12:00"))
    assert board.loads == loads + 1
    assert ("Stoelyoga", "Grote zaal", State.NEXT) in states(board)
    assert "Stoelyoga" in painted_texts(board)


def test_at_a_new_day_the_board_shows_that_day(
    qtbot: QtBot, house: Database, now: list[dt.datetime]
) -> None:
    board = board_on(qtbot, house)
    now[0] = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(0, 1))
    announce(Change.DAY)  # as the main window's day watcher does after midnight
    assert board.day == DAY + dt.timedelta(days=1)
    assert states(board) == [("Koffieochtend", "Grote zaal", State.NEXT)]
    # Without the main window's watcher, its own timer catches the next day.
    now[0] = dt.datetime.combine(DAY + dt.timedelta(days=2), dt.time(7, 0))
    board.tick()
    assert board.day == DAY + dt.timedelta(days=2) and states(board) == []
    assert "Nothing is planned for today." in painted_texts(board)


def test_the_agenda_opens_it_full_screen_and_esc_closes_it(
    qtbot: QtBot, house: Database, now: list[dt.datetime]
) -> None:
    screen = AgendaScreen(house)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.board_button, Qt.MouseButton.LeftButton)
    board = screen.board
    assert board is not None
    qtbot.waitExposed(board)
    assert board.isFullScreen() and board.isWindow()
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.board is None)


def test_a_closed_house_says_so(qtbot: QtBot, house: Database, now: list[dt.datetime]) -> None:
    rooms.create_closure(house, DAY + dt.timedelta(days=3), DAY + dt.timedelta(days=3), "Kermis")
    now[0] = dt.datetime.combine(DAY + dt.timedelta(days=3), dt.time(12, 0))
    board = board_on(qtbot, house)
    assert "The house is closed today: Kermis" in painted_texts(board)


def test_after_midnight_a_party_of_the_evening_before_still_runs(
    qtbot: QtBot, house: Database, now: list[dt.datetime]
) -> None:
    party = an_activity(house, "Feest", user="Fam. De Vries", kind=UserKind.PARTICULIER)
    small = next(r.id for r in rooms.list_rooms(house) if r.name == "Kleine zaal")
    agenda.book_session(house, party, small, DAY, "22:00", "01:00", extra_opening="Feest")
    now[0] = dt.datetime.combine(DAY, dt.time(23, 0))
    board = board_on(qtbot, house)
    assert ("Particuliere verhuur", "Kleine zaal", State.NOW) in states(board)
    # Past midnight the board shows the new day, and the party still running.
    now[0] = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(0, 30))
    board.tick()
    assert board.day == DAY + dt.timedelta(days=1)
    assert states(board) == [
        ("Particuliere verhuur", "Kleine zaal", State.NOW),
        ("Koffieochtend", "Grote zaal", State.NEXT),
    ]
    texts = painted_texts(board)
    assert {"NOW", "22:00–01:00", "Particuliere verhuur"} <= set(texts)
    assert "Nothing is planned for today." not in texts
    # At 01:00 it has ended, and was yesterday's: it gives way.
    now[0] = now[0].replace(hour=1, minute=0)
    board.tick()
    assert states(board) == [("Koffieochtend", "Grote zaal", State.NEXT)]
    assert "Particuliere verhuur" not in painted_texts(board)
