"""Tests for housedesk.ui.kit.dates: one way of writing a date in every list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus, SignalKind
from housedesk.core import rooms, signals
from housedesk.core.agenda import bookings as agenda
from housedesk.core.rooms import DayPlan
from housedesk.core.signals import SignalValues
from housedesk.db import Database
from housedesk.ui.kit import clock
from housedesk.ui.kit.dates import list_date
from tests.helpers.register import a_room, an_activity

NOW = dt.datetime(2026, 3, 4, 10, 0)  # a Wednesday
THE_DAY = dt.date(2026, 3, 2)  # the Monday before


def texts_in_first_column(model: QAbstractItemModel) -> set[str]:
    return {
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    }


@pytest.fixture
def house(house_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(clock, "source", lambda: NOW)
    rooms.set_day_hours(house_db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    room = a_room(house_db, "Grote zaal", 60)
    activity = an_activity(house_db, "Zangkoor", user="Koor")
    held = agenda.book_session(house_db, activity, room, THE_DAY, "9:00", "10:00")
    agenda.set_status(house_db, held.id, BookingStatus.GEHOUDEN, today=NOW.date())
    rooms.create_closure(house_db, THE_DAY, THE_DAY, "Schoonmaak", room)
    signals.create_signal(
        house_db,
        SignalValues(date=THE_DAY, kind=SignalKind.WENS, theme="bankje bij de ingang"),
        today=NOW.date(),
    )
    return house_db


def test_every_list_writes_a_date_the_same_way(qtbot: QtBot, house: Database, make_app) -> None:
    app = make_app(house, "nl")
    assert list_date(THE_DAY) == "ma 02-03-2026"
    app.start()
    window = app.window
    with qtbot.waitActive(window):
        window.activateWindow()
    shown: dict[str, set[str]] = {}

    window.show_screen("today")
    shown["today"] = texts_in_first_column(window.screen("today").model)
    window.show_screen("agenda")
    agenda_screen = window.screen("agenda")
    shown["agenda"] = texts_in_first_column(agenda_screen.model)
    window.show_screen("tallies")
    tallies = window.screen("tallies")
    qtbot.waitUntil(lambda: tallies.model.rowCount() > 0)
    shown["tallies"] = texts_in_first_column(tallies.model)
    window.show_screen("signals")
    shown["signals"] = texts_in_first_column(window.screen("signals").model)
    window.show_screen("rooms")
    rooms_screen = window.screen("rooms")
    qtbot.keyClick(rooms_screen.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    closures = rooms_screen.closures_tab
    shown["closing days"] = {
        closures.model.index(0, column).data()
        for column in range(closures.model.columnCount())
        if "2026" in str(closures.model.index(0, column).data())
    }
    assert shown == {screen: {"ma 02-03-2026"} for screen in shown}
