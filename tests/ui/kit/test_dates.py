"""Tests for housedesk.ui.kit.dates: the date field as a volunteer types and clicks in it, and
one way of writing a date in every list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus, SignalKind
from housedesk.core import rooms, signals
from housedesk.core.agenda import bookings as agenda
from housedesk.core.signals import SignalValues
from housedesk.db import Database
from housedesk.ui.kit import clock
from housedesk.ui.kit.dates import DateField, DateMessage, PeriodPicker, list_date
from tests.helpers.register import the_choir
from tests.helpers.screens import show

TODAY = dt.date(2026, 11, 25)

# The offscreen platform of the tests cannot raise a pop-up or give it the keyboard.
popup = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def field(qtbot: QtBot, value: dt.date | None = TODAY, **options: bool) -> DateField:
    shown = show(qtbot, DateField(value, today=lambda: TODAY, **options))
    shown.setAccessibleName("Datum")
    return shown


def retype(qtbot: QtBot, date_field: DateField, text: str) -> None:
    """Click into the field, Ctrl+A, type ``text`` and press Tab, as a person does."""
    qtbot.mouseClick(date_field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(date_field.edit, text)
    else:
        qtbot.keyClick(date_field.edit, Qt.Key.Key_Delete)
    date_field.edit.editingFinished.emit()  # what Tab or a click elsewhere does


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19-07-2027", dt.date(2027, 7, 19)),
        ("19-7-27", dt.date(2027, 7, 19)),
        ("19 juli 2027", dt.date(2027, 7, 19)),
        ("19/7", dt.date(2027, 7, 19)),
    ],
)
def test_select_all_and_type_a_date(qtbot: QtBot, text: str, day: dt.date) -> None:
    date_field = field(qtbot)
    changed: list[object] = []
    date_field.valueChanged.connect(changed.append)
    retype(qtbot, date_field, text)
    assert date_field.value() == day
    assert date_field.text() == day.strftime("%d-%m-%Y")  # shown as the app writes dates
    assert changed == [day]


def test_typing_wherever_the_cursor_is(qtbot: QtBot) -> None:
    date_field = field(qtbot, dt.date(2027, 7, 19))
    qtbot.mouseClick(date_field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_End)
    for _ in range(4):
        qtbot.keyClick(date_field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(date_field.edit, "2028")
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Home)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(date_field.edit, "20")
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Return)
    assert date_field.value() == dt.date(2028, 7, 20)
    assert date_field.weekday.text()  # the weekday beside it


def test_an_impossible_date_is_refused_next_to_the_field_never_changed(qtbot: QtBot) -> None:
    date_field = field(qtbot)
    message = show(qtbot, DateMessage("date", date_field))
    retype(qtbot, date_field, "31-02-2027")
    assert date_field.text() == "31-02-2027"  # as typed, not 28-02 or 03-03
    assert date_field.value() is None
    assert message.isVisible()
    assert "31-02-2027" in message.text() and "28" in message.text()
    # Corrected: the message stays while the text is still wrong, and goes as soon as
    # it reads, before the field is left.
    qtbot.keyClick(date_field.edit, Qt.Key.Key_End)
    for _ in range(4):
        qtbot.keyClick(date_field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(date_field.edit, "2028")
    assert message.isVisible()  # 31-02-2028 does not exist either
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Home)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Delete)
    assert not message.isVisible()
    assert date_field.value() == dt.date(2028, 2, 1)


@pytest.mark.parametrize("text", ["", "19", "19-07-2"])
def test_an_empty_or_half_date_is_a_clear_error(qtbot: QtBot, text: str) -> None:
    date_field = field(qtbot)
    message = DateMessage("date", date_field)
    retype(qtbot, date_field, text)
    assert date_field.value() is None
    assert date_field.problem() is not None
    assert message.text()


def test_an_optional_field_may_stay_empty(qtbot: QtBot) -> None:
    date_field = field(qtbot, None, optional=True)
    assert date_field.problem() is None and date_field.value() is None


def test_a_date_outside_the_range_is_refused_with_the_limit(qtbot: QtBot) -> None:
    date_field = field(qtbot, past=True)
    message = DateMessage("date", date_field)
    retype(qtbot, date_field, "26-11-2026")
    assert date_field.value() is None
    assert "25-11-2026" in message.text()
    retype(qtbot, date_field, "26/11")  # without a year: the last 26 November up to today
    assert date_field.value() == dt.date(2025, 11, 26)
    date_field.setMinimum(dt.date(2026, 1, 1))
    retype(qtbot, date_field, "31-12-2025")
    assert date_field.value() is None and "01-01-2026" in message.text()


@popup
def test_the_calendar_button_picks_a_day(qtbot: QtBot) -> None:
    date_field = field(qtbot, dt.date(2027, 7, 19))
    qtbot.mouseClick(date_field.button, Qt.MouseButton.LeftButton)
    calendar = date_field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toPython() == dt.date(2027, 7, 19)
    view = calendar.findChild(QTableView)
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert date_field.value() == dt.date(2027, 7, 20)
    assert date_field.text() == "20-07-2027"
    assert date_field.calendar is None or not date_field.calendar.isVisible()


@popup
def test_a_click_on_a_day_in_the_calendar(qtbot: QtBot) -> None:
    date_field = field(qtbot, dt.date(2027, 7, 19))
    qtbot.mouseClick(date_field.button, Qt.MouseButton.LeftButton)
    calendar = date_field.calendar
    assert calendar is not None
    view = calendar.findChild(QTableView)
    assert view is not None
    model = view.model()
    cell = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data() == 23 and row > 2  # the 23rd, not June's
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert date_field.value() == dt.date(2027, 7, 23)


@popup
def test_escape_closes_the_calendar_unchanged_and_alt_down_opens_it(qtbot: QtBot) -> None:
    date_field = field(qtbot, dt.date(2027, 7, 19))
    date_field.edit.setFocus()
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = date_field.calendar
    assert calendar is not None and calendar.isVisible()
    view = calendar.findChild(QTableView)
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert date_field.value() == dt.date(2027, 7, 19)


def test_up_and_down_move_a_day(qtbot: QtBot) -> None:
    date_field = field(qtbot, dt.date(2027, 2, 28))
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Up)
    assert date_field.value() == dt.date(2027, 3, 1)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(date_field.edit, Qt.Key.Key_Down)
    assert date_field.value() == dt.date(2027, 2, 27)


def test_a_period_picker_keeps_its_range_until_both_dates_read(qtbot: QtBot) -> None:
    picker = show(qtbot, PeriodPicker(lambda: TODAY))
    picker.choice.setCurrentIndex(PeriodPicker.CUSTOM)
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    retype(qtbot, picker.first, "1-12-2026")
    assert picker.days() == (dt.date(2026, 10, 1), TODAY)  # "to" before "from" is not a range
    assert picker.message.isVisible() and "01-12-2026" in picker.message.text()
    assert picker.last.value() is None and picker.last.text() == "25-11-2026"  # not moved
    retype(qtbot, picker.last, "31-12-2026")
    assert picker.days() == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert not picker.message.isVisible()
    assert len(changes) == 1


# --------------------------------------------------------------------------- dates in lists

NOW = dt.datetime(2026, 3, 4, 10, 0)  # a Wednesday
THE_DAY = dt.date(2026, 3, 2)  # the Monday before


def texts_in_first_column(model: QAbstractItemModel) -> set[str]:
    return {
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    }


@pytest.fixture
def house(house_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(clock, "source", lambda: NOW)
    room, activity = the_choir(house_db)
    held = agenda.book_session(house_db, activity, room, THE_DAY, "9:00", "10:00")
    agenda.set_status(house_db, held.id, BookingStatus.GEHOUDEN, today=NOW.date())
    rooms.create_closure(house_db, THE_DAY, THE_DAY, "Schoonmaak", room)
    rooms.create_opening_exception(house_db, THE_DAY, THE_DAY, "19:00", "00:30", "Feest")
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
    qtbot.keyClick(rooms_screen.tabs, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    other_hours = rooms_screen.exceptions_tab
    shown["other hours"] = {
        other_hours.model.index(0, column).data()
        for column in range(other_hours.model.columnCount())
        if "2026" in str(other_hours.model.index(0, column).data())
    }
    assert shown == {screen: {"ma 02-03-2026"} for screen in shown}
