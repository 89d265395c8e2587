"""Every screen shows current data: a change made on one screen reaches the others, and a
new day reaches them all, on the real main window as a volunteer uses it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from housedesk.core import rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.db import Database
from housedesk.ui.kit import clock
from tests.helpers.register import the_choir
from tests.helpers.screens import active_window

NOW = dt.datetime(2026, 3, 4, 10, 0)  # a Wednesday morning


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[dt.datetime]:
    """The screens' clock, which a test can move: ``now[0] = …``."""
    moment = [NOW]
    monkeypatch.setattr(clock, "source", lambda: moment[0])
    return moment


@pytest.fixture
def house(house_db: Database) -> Database:
    the_choir(house_db)
    return house_db


@pytest.fixture
def window(qtbot: QtBot, house: Database, make_app, now: list[dt.datetime]):
    return active_window(qtbot, make_app, house)


def go_to(qtbot: QtBot, window, number: int) -> None:
    """Ctrl+number, as the navigation's tooltip tells."""
    qtbot.keyClick(
        window.navigation, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
    )


def ids(db: Database) -> tuple[int, int]:
    room = rooms.list_rooms(db)[0].id
    activity = users.pickable_activities(db)[0].id
    return room, activity


def test_a_session_booked_in_the_agenda_appears_in_today(
    qtbot: QtBot, window, house: Database
) -> None:
    today = window.screen("today")
    assert today.model.rows == []
    go_to(qtbot, window, 2)
    screen = window.screen("agenda")
    room, _activity = ids(house)
    screen.book_at(room, NOW.date(), 19 * 60, 20 * 60)
    qtbot.keyClicks(screen.dialog.activity, "Zang")
    qtbot.keyClick(screen.dialog, Qt.Key.Key_Return)
    assert [s.activity_name for s in agenda.sessions_between(house, NOW.date(), NOW.date())] == [
        "Zangkoor"
    ]
    go_to(qtbot, window, 1)
    assert [row.activity_name for row in today.model.rows] == ["Zangkoor"]


def test_a_room_added_on_rooms_is_offered_in_the_agenda(
    qtbot: QtBot, window, house: Database
) -> None:
    go_to(qtbot, window, 2)
    screen = window.screen("agenda")
    assert [r.name for r in screen.shown.rooms] == ["Grote zaal"]
    go_to(qtbot, window, 3)
    rooms_screen = window.screen("rooms")
    rooms_screen.rooms_tab.new_button.click()
    dialog = rooms_screen.rooms_tab.dialog
    qtbot.keyClicks(dialog.name, "Kleine zaal")
    qtbot.keyClicks(dialog.capacity, "12")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    go_to(qtbot, window, 2)
    assert [r.name for r in screen.shown.rooms] == ["Grote zaal", "Kleine zaal"]


def test_after_midnight_today_shows_the_new_day(
    qtbot: QtBot, window, house: Database, now: list[dt.datetime]
) -> None:
    room, activity = ids(house)
    tomorrow = NOW.date() + dt.timedelta(days=1)
    agenda.book_session(house, activity, room, tomorrow, "9:00", "10:00")
    today = window.screen("today")
    assert today.model.rows == []
    assert "4 maart 2026" in today.heading.text()

    now[0] = dt.datetime.combine(NOW.date(), dt.time(23, 59, 59))
    window.day_watcher.check()
    assert today.model.rows == []  # not yet

    now[0] = dt.datetime.combine(tomorrow, dt.time(0, 0, 1))
    window.day_watcher.check()  # what its timer does every half minute
    assert "5 maart 2026" in today.heading.text()
    assert [row.activity_name for row in today.model.rows] == ["Zangkoor"]


def test_a_session_counted_in_today_is_counted_in_tallies(
    qtbot: QtBot, house: Database, request: pytest.FixtureRequest
) -> None:
    room, activity = ids(house)
    yesterday = NOW.date() - dt.timedelta(days=1)
    held = agenda.book_session(house, activity, room, yesterday, "19:00", "20:00")
    agenda.set_status(house, held.id, agenda.BookingStatus.GEHOUDEN, today=NOW.date())
    window = request.getfixturevalue("window")  # the app starts on this database
    go_to(qtbot, window, 5)
    tallies = window.screen("tallies")
    qtbot.waitUntil(lambda: tallies.summary is not None)
    assert [row.visitors for row in tallies.model.rows()] == [None]
    assert tallies.summary.shown.counted == 0

    go_to(qtbot, window, 1)
    today = window.screen("today")
    assert [row.activity_name for row in today.model.rows] == ["Zangkoor"]
    today.table.setFocus()
    for key in "12":
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert today.model.rows[0].visitors == 12

    with qtbot.waitSignal(tallies.totals_shown):
        go_to(qtbot, window, 5)
    assert [row.visitors for row in tallies.model.rows()] == [12]
    assert (tallies.summary.shown.counted, tallies.summary.shown.visitors) == (1, 12)
