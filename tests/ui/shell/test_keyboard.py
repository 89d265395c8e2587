"""The keys of the screens work wherever the focus is, and typing never switches screens.

(housedesk.ui.shell.main_window with housedesk.ui.kit.commands, on the real window.)
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from housedesk.core.agenda import bookings as agenda
from housedesk.db import Database
from housedesk.ui.kit import clock
from tests.helpers.register import a_room, the_choir
from tests.helpers.screens import active_window

NOW = dt.datetime(2026, 3, 4, 10, 0)  # a Wednesday morning


@pytest.fixture
def house(house_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(clock, "source", lambda: NOW)
    room, activity = the_choir(house_db)
    agenda.book_session(house_db, activity, room, NOW.date(), "9:00", "10:00")
    return house_db


@pytest.fixture
def window(qtbot: QtBot, house: Database, make_app):
    return active_window(qtbot, make_app, house)


def click_in_navigation(qtbot: QtBot, window, title: str) -> None:
    """A click on a screen's name in the list on the left, as a volunteer does."""
    nav = window.navigation
    row = next(r for r in range(nav.count()) if nav.item(r).text() == title)
    where = nav.visualItemRect(nav.item(row)).center()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=where)
    nav.setFocus()  # a click gives the list the focus (QTest's click does not move it)
    assert nav.hasFocus()


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def ctrl(qtbot: QtBot, window, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    ("title", "dialog"),
    [
        ("Agenda", "BookingDialog"),
        ("Ruimtes", "RoomDialog"),
        ("Gebruikers & activiteiten", "UserDialog"),
        ("Signalen", "SignalDialog"),
        ("Vandaag", "WalkInDialog"),
    ],
)
def test_ctrl_n_after_a_click_in_the_navigation_opens_the_screens_new_form(
    qtbot: QtBot, window, title: str, dialog: str
) -> None:
    click_in_navigation(qtbot, window, title)
    ctrl(qtbot, window, Qt.Key.Key_N)
    opened = open_dialogs()
    assert [type(d).__name__ for d in opened] == [dialog]
    opened[0].reject()


@pytest.mark.parametrize("title", ["Agenda", "Ruimtes", "Signalen", "Tellingen"])
def test_ctrl_f_after_a_click_in_the_navigation_goes_to_the_search_field(
    qtbot: QtBot, window, title: str
) -> None:
    click_in_navigation(qtbot, window, title)
    ctrl(qtbot, window, Qt.Key.Key_F)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "search"
    assert window.stack.currentWidget().isAncestorOf(focus)


def test_ctrl_n_on_a_tab_opens_that_tabs_form(qtbot: QtBot, window) -> None:
    click_in_navigation(qtbot, window, "Ruimtes")
    screen = window.screen("rooms")
    qtbot.keyClick(screen.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sluitingsdagen
    assert screen.tabs.currentWidget() is screen.closures_tab
    click_in_navigation(qtbot, window, "Ruimtes")
    ctrl(qtbot, window, Qt.Key.Key_N)
    assert [type(d).__name__ for d in open_dialogs()] == ["ClosureDialog"]
    open_dialogs()[0].reject()


def test_typing_in_the_navigation_does_not_switch_screens_or_count(
    qtbot: QtBot, window, house: Database
) -> None:
    click_in_navigation(qtbot, window, "Agenda")
    qtbot.keyClicks(window.navigation, "vtrs")  # Vandaag, Tellingen, Ruimtes, Signalen
    assert window.current_screen_key() == "agenda"
    qtbot.keyClicks(window.navigation, "12")
    assert window.current_screen_key() == "agenda"
    # Up to Vandaag with the arrow: the list keeps the focus, digits count nothing.
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_screen_key() == "today"
    assert window.navigation.hasFocus()
    qtbot.keyClicks(window.navigation, "12")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_screen_key() == "agenda"
    assert [s.visitors for s in agenda.sessions_between(house, NOW.date(), NOW.date())] == [None]


def test_enter_in_the_navigation_goes_into_the_screen(qtbot: QtBot, window) -> None:
    click_in_navigation(qtbot, window, "Vandaag")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Return)
    today = window.screen("today")
    assert today.table.hasFocus()

    click_in_navigation(qtbot, window, "Gebruikers & activiteiten")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Return)  # nothing selected: into the list
    users = window.screen("users").users
    assert users.table.hasFocus()
    assert users.current_row().name == "Koor"
    click_in_navigation(qtbot, window, "Gebruikers & activiteiten")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Return)  # Koor is selected: open it
    assert [type(d).__name__ for d in open_dialogs()] == ["UserDialog"]
    open_dialogs()[0].reject()


def test_f5_is_named_in_the_view_menu_and_reads_the_screen_afresh(
    qtbot: QtBot, window, house: Database
) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "Beel&d")
    assert isinstance(view, QMenu)
    refresh = next(a for a in view.actions() if a.text() == "&Vernieuwen")
    assert refresh.shortcut().toString() == "F5"

    click_in_navigation(qtbot, window, "Ruimtes")
    screen = window.screen("rooms")
    assert [r.name for r in screen.rooms_tab.model.rows()] == ["Grote zaal"]
    a_room(house, "Kleine zaal", 12)  # by another program, or the command line
    qtbot.keyClick(window.navigation, Qt.Key.Key_F5)
    assert [r.name for r in screen.rooms_tab.model.rows()] == ["Grote zaal", "Kleine zaal"]
