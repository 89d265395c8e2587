"""Tests for housedesk.ui.rooms, driven through the real screen and dialogs as a volunteer would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text as sql

from housedesk.common.codes import ActivityType, BookingStatus
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.ui import rooms as rooms_ui
from housedesk.ui.agenda.touched import MoveDialog, TouchedDialog
from housedesk.ui.kit import clock, i18n
from housedesk.ui.kit.dates import format_date, list_date
from housedesk.ui.rooms import (
    ClosureDialog,
    ExceptionDialog,
    HolidaysDialog,
    HoursDialog,
    RoomDialog,
    RoomsScreen,
)
from tests.helpers.modals import click, when_shown
from tests.helpers.register import an_activity
from tests.helpers.rows import add_club_activity, add_session
from tests.helpers.screens import retype, show

LEFT = Qt.MouseButton.LeftButton
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.fixture
def screen(qtbot: QtBot, house_db: Database) -> RoomsScreen:
    return show(qtbot, RoomsScreen(house_db), (1100, 700))


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its box, where a person clicks it."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def rows_shown(tab: rooms_ui.ListScreen) -> list:
    return [tab.proxy.row_at(row) for row in range(tab.proxy.rowCount())]


def show_tab(qtbot: QtBot, screen: RoomsScreen, tab: QWidget) -> None:
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(tab)


def book(db: Database, room_id: int) -> None:
    activity = add_club_activity(db, "Biljarten", "Biljartclub", type=ActivityType.BEWEGEN)
    add_session(db, activity, room_id, dt.date(2026, 3, 3), status=BookingStatus.GEPLAND)


# --------------------------------------------------------------------------- rooms


def test_creating_a_room_by_typing_and_pressing_enter(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    tab = screen.rooms_tab
    assert tab.body.currentWidget() is tab.empty  # a first-time volunteer is told what to do
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(focused(), "Grote zaal")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "120")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "180,5")
    tick(qtbot, dialog.facility_boxes["keuken"])
    tick(qtbot, dialog.facility_boxes["piano"])
    qtbot.keyClicks(dialog.other_facilities, "bar; dartbord")
    qtbot.keyClick(dialog.other_facilities, Qt.Key.Key_Return)

    assert tab.dialog is None and not dialog.isVisible()
    [room] = rooms.list_rooms(house_db)
    assert (room.code, room.name, room.capacity, room.area_m2) == ("R1", "Grote zaal", 120, 180.5)
    assert room.facilities == ("keuken", "piano", "bar", "dartbord")
    assert tab.current_row() == room  # the new room is shown and selected
    assert tab.table.model().index(0, 3).data() == QLocale().toString(180.5, "f", 1)
    assert screen.hours_tab.model.rowCount() == 2  # the house and the new room


def test_a_bad_capacity_shows_a_message_and_saves_nothing(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    tab = screen.rooms_tab
    tab.new_button.setFocus()
    qtbot.keyClick(tab.new_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(focused(), "Kleine zaal")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "0")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.errors["capacity"].isVisible()
    assert (
        dialog.errors["capacity"]
        .text()
        .startswith("The capacity must be at least 1 (and at most 10")
    )
    assert not dialog.errors["name"].isVisible()
    assert focused() is dialog.capacity
    assert rooms.list_rooms(house_db) == []

    qtbot.keyClick(dialog.capacity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.capacity, "4")
    assert not dialog.errors["capacity"].isVisible()  # the message follows the field
    qtbot.keyClicks(dialog.capacity, "0")
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)
    assert [room.capacity for room in rooms.list_rooms(house_db)] == [40]


def test_a_name_in_use_is_refused_next_to_the_name(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    rooms.create_room(house_db, "Grote zaal", 120)
    screen.rooms_tab.reload()
    qtbot.mouseClick(screen.rooms_tab.new_button, LEFT)
    dialog = screen.rooms_tab.dialog
    assert isinstance(dialog, RoomDialog)
    qtbot.keyClicks(dialog.name, "grote zaal")
    qtbot.keyClicks(dialog.capacity, "50")
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)
    assert dialog.errors["name"].text() == "There is already a room called Grote zaal."
    assert len(rooms.list_rooms(house_db)) == 1


def test_escape_cancels_an_edit_and_changes_nothing(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    room = rooms.create_room(house_db, "Zorgkamer", 10, "18", ["wastafel", "wifi"])
    tab = screen.rooms_tab
    tab.reload(select=lambda row: row.id == room.id)
    qtbot.mouseClick(tab.edit_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    qtbot.waitExposed(dialog)
    assert dialog.name.text() == "Zorgkamer"
    assert dialog.facility_boxes["wifi"].isChecked()
    assert dialog.other_facilities.text() == "wastafel"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Behandelkamer")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert tab.dialog is None and not dialog.isVisible()
    assert rooms.list_rooms(house_db) == [room]


def test_editing_a_room_and_making_it_inactive(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    room = rooms.create_room(house_db, "Bovenzaal", 35)
    tab = screen.rooms_tab
    tab.reload(select=lambda row: row.id == room.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on a row opens it
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    tick(qtbot, dialog.active)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not rooms.get_room(house_db, room.id).active
    # It stays in the list, dimmed, and the filter now shows the inactive rooms.
    assert tab.show_inactive.isChecked()
    assert tab.current_row().id == room.id
    index = tab.proxy.index(0, 1)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_new_room_is_in_use_from_the_day_chosen(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    qtbot.mouseClick(screen.rooms_tab.new_button, LEFT)
    dialog = screen.rooms_tab.dialog
    assert isinstance(dialog, RoomDialog)
    assert dialog.in_service_from.value() == clock.today()
    qtbot.keyClicks(dialog.name, "Serre")
    qtbot.keyClicks(dialog.capacity, "25")
    retype(qtbot, dialog.in_service_from, "1-9-2025")
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)
    (room,) = rooms.list_rooms(house_db)
    assert room.in_service_from == dt.date(2025, 9, 1) and room.out_of_service_from is None
    assert rows_shown(screen.rooms_tab)[0] == room
    shown = screen.rooms_tab.proxy.index(0, 4).data()
    assert shown == "Yes, since " + format_date(dt.date(2025, 9, 1))


def test_out_of_use_while_sessions_are_planned_is_refused_next_to_the_date(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    room = rooms.create_room(house_db, "Bovenzaal", 35, in_service_from=dt.date(2025, 1, 1))
    activity = add_club_activity(house_db, "Biljarten", "Biljartclub", type=ActivityType.BEWEGEN)
    later = dt.date.today() + dt.timedelta(days=30)
    add_session(house_db, activity, room.id, later, 600, 660, status=BookingStatus.GEPLAND)
    tab = screen.rooms_tab
    tab.reload(select=lambda row: row.id == room.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    assert not dialog.out_of_service_from.isEnabled()
    tick(qtbot, dialog.out_of_use)
    assert dialog.out_of_service_from.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    error = dialog.errors["out_of_service_from"]
    assert dialog.isVisible() and error.isVisible()
    assert "still has 1 held or planned sessions" in error.text()
    assert f"{later:%d-%m-%Y} 10:00–11:00 Biljarten" in error.text()
    assert rooms.get_room(house_db, room.id).active
    # A day after the session is in the future, which is refused as well; the day before
    # it is not (today), so with the session moved away the room can go.
    with house_db.transaction() as session:
        session.execute(sql("UPDATE bookings SET status = 'geannuleerd'"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert rooms.get_room(house_db, room.id).out_of_service_from == dt.date.today()


def test_inactive_rooms_are_shown_only_when_asked(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    rooms.create_room(house_db, "Grote zaal", 120)
    old = rooms.create_room(house_db, "Oude gymzaal", 60)
    rooms.set_room_active(house_db, old.id, False)
    tab = screen.rooms_tab
    tab.reload()
    assert [row.name for row in rows_shown(tab)] == ["Grote zaal"]
    assert tab.count_label.text() == "1 of 2 shown"
    tick(qtbot, tab.show_inactive)
    assert [row.name for row in rows_shown(tab)] == ["Grote zaal", "Oude gymzaal"]


def test_search_filters_as_you_type(qtbot: QtBot, screen: RoomsScreen, house_db: Database) -> None:
    rooms.create_room(house_db, "Grote zaal", 120, None, ["piano"])
    rooms.create_room(house_db, "Kleine zaal", 40)
    rooms.create_room(house_db, "Vergaderkamer", 14, None, ["beamer"])
    tab = screen.rooms_tab
    tab.reload()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is tab.search
    qtbot.keyClicks(tab.search, "zaal")
    assert [row.name for row in rows_shown(tab)] == ["Grote zaal", "Kleine zaal"]
    qtbot.keyClicks(tab.search, " piano")
    assert [row.name for row in rows_shown(tab)] == ["Grote zaal"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "r3")
    assert [row.name for row in rows_shown(tab)] == ["Vergaderkamer"]


def test_sorting_by_capacity(screen: RoomsScreen, house_db: Database) -> None:
    for name, capacity in (("A", 120), ("B", 9), ("C", 40)):
        rooms.create_room(house_db, name, capacity)
    tab = screen.rooms_tab
    tab.reload()
    tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [row.capacity for row in rows_shown(tab)] == [9, 40, 120]


def test_deleting_an_unused_room(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(rooms_ui, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    room = rooms.create_room(house_db, "Tijdelijke ruimte", 10)
    tab = screen.rooms_tab
    tab.reload(select=lambda row: row.id == room.id)
    qtbot.mouseClick(tab.delete_button, LEFT)
    assert asked == ["Delete the room “Tijdelijke ruimte”? This cannot be undone."]
    assert rooms.list_rooms(house_db) == []
    assert tab.body.currentWidget() is tab.empty


def test_declining_the_question_deletes_nothing(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rooms_ui, "confirm", lambda *_args: False)
    room = rooms.create_room(house_db, "Zaal", 10)
    screen.rooms_tab.reload(select=lambda row: row.id == room.id)
    qtbot.mouseClick(screen.rooms_tab.delete_button, LEFT)
    assert rooms.list_rooms(house_db) == [room]


def test_a_used_room_is_not_deleted_but_can_be_made_inactive(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        rooms_ui, "confirm", lambda _p, _t, text, yes: asked.append((text, yes)) or True
    )
    room = rooms.create_room(house_db, "Biljartzaal", 20)
    book(house_db, room.id)
    tab = screen.rooms_tab
    tab.reload(select=lambda row: row.id == room.id)
    qtbot.mouseClick(tab.delete_button, LEFT)
    [(text, yes)] = asked
    assert "cannot be deleted" in text and yes == "Make inactive"
    [kept] = rooms.list_rooms(house_db)
    assert kept.id == room.id and not kept.active
    assert tab.current_row().id == room.id  # still listed, dimmed


def test_a_used_inactive_room_only_gets_an_explanation(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(rooms_ui, "inform", lambda _p, _t, text: told.append(text))
    room = rooms.create_room(house_db, "Biljartzaal", 20)
    book(house_db, room.id)
    rooms.set_room_active(house_db, room.id, False)
    tab = screen.rooms_tab
    tab.show_inactive.setChecked(True)
    tab.reload(select=lambda row: row.id == room.id)
    qtbot.mouseClick(tab.delete_button, LEFT)
    assert len(told) == 1 and "inactive already" in told[0]
    assert len(rooms.list_rooms(house_db)) == 1


def test_every_model_passes_qts_model_checks(
    qtmodeltester, screen: RoomsScreen, house_db: Database
) -> None:
    rooms.set_day_hours(house_db, [MON, TUE], DayPlan.OPEN, [("9:00", "12:00"), ("13", "17")])
    hall = rooms.create_room(house_db, "Grote zaal", 120, "180", ["piano"])
    old = rooms.create_room(house_db, "Oude zaal", 30)
    rooms.set_room_active(house_db, old.id, False)
    rooms.set_day_hours(house_db, [SAT], DayPlan.CLOSED, room_id=hall.id)
    rooms.create_closure(house_db, dt.date(2026, 7, 20), dt.date(2026, 8, 2), "Zomer")
    rooms.create_closure(house_db, dt.date(2026, 2, 9), dt.date(2026, 2, 9), "Vloer", hall.id)
    screen.refresh()
    screen.rooms_tab.search.setText("zaal")
    screen.closures_tab.show_past.setChecked(True)
    for model in (
        screen.rooms_tab.model,
        screen.rooms_tab.proxy,
        screen.hours_tab.model,
        screen.closures_tab.model,
        screen.closures_tab.proxy,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


# --------------------------------------------------------------------------- opening hours


def test_setting_the_house_hours_for_the_working_week(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    hours = screen.hours_tab
    show_tab(qtbot, screen, hours)
    assert hours.notice.isVisible()  # no hours yet: it says how to start
    assert hours.model.index(0, MON).data() == "Closed"
    hours.table.setFocus()
    hours.table.setCurrentIndex(hours.model.index(0, MON))
    qtbot.keyClick(hours.table, Qt.Key.Key_Return)
    dialog = hours.dialog
    assert isinstance(dialog, HoursDialog)
    qtbot.waitExposed(dialog)
    (opens1, closes1), (opens2, closes2), _third = dialog.slots
    for field, text in ((opens1, "8:30"), (closes1, "12.30"), (opens2, "13"), (closes2, "23:00")):
        qtbot.keyClicks(field, text)
    assert dialog.plan() is DayPlan.OPEN  # typing a time opens the day
    for day in (TUE, WED, THU, FRI):
        tick(qtbot, dialog.day_boxes[day])
    qtbot.keyClick(closes2, Qt.Key.Key_Return)

    assert hours.dialog is None
    week = rooms.house_hours(house_db)
    assert week[MON] == week[FRI] == [(510, 750), (780, 1380)]
    assert week[SAT] == week[SUN] == []
    assert hours.model.index(0, WED).data() == "08:30–12:30\n13:00–23:00"
    assert hours.table.currentIndex().column() == MON


def test_a_room_of_its_own_on_saturday_and_back(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    rooms.set_day_hours(house_db, [SAT], DayPlan.OPEN, [("9:00", "17:00")])
    room = rooms.create_room(house_db, "Vergaderkamer", 14)
    hours = screen.hours_tab
    show_tab(qtbot, screen, hours)
    assert hours.model.headerData(1, Qt.Orientation.Vertical) == "R1 · Vergaderkamer"
    cell = hours.model.index(1, SAT)
    assert cell.data() == "09:00–17:00"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()  # taken from the house

    hours.table.setCurrentIndex(cell)
    qtbot.mouseClick(hours.change_button, LEFT)
    dialog = hours.dialog
    assert isinstance(dialog, HoursDialog)
    assert dialog.plan() is DayPlan.AS_HOUSE
    tick(qtbot, dialog.plan_buttons[DayPlan.CLOSED])
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert rooms.effective_hours(house_db, room.id)[SAT] == []
    cell = hours.model.index(1, SAT)
    assert cell.data() == "Closed" and not cell.data(Qt.ItemDataRole.FontRole).italic()

    hours.edit_current(cell)
    dialog = hours.dialog
    assert isinstance(dialog, HoursDialog)
    assert dialog.plan() is DayPlan.CLOSED
    tick(qtbot, dialog.plan_buttons[DayPlan.AS_HOUSE])
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert rooms.effective_hours(house_db, room.id)[SAT] == [(540, 1020)]


def test_bad_times_show_a_message_under_the_slot_and_change_nothing(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database
) -> None:
    rooms.set_day_hours(house_db, [MON], DayPlan.OPEN, [("9:00", "17:00")])
    hours = screen.hours_tab
    show_tab(qtbot, screen, hours)
    hours.edit_current(hours.model.index(0, MON))
    dialog = hours.dialog
    assert isinstance(dialog, HoursDialog)
    (opens, closes), (opens2, closes2), _ = dialog.slots
    assert (opens.text(), closes.text()) == ("09:00", "17:00")
    qtbot.keyClicks(opens2, "16:00")
    qtbot.keyClicks(closes2, "25:00")
    qtbot.keyClick(closes2, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["slot_1"].text() == "There is no hour 25: the hours go from 0 to 23."
    assert closes2.text() == "25:00"  # as typed, not moved to a time that exists
    qtbot.keyClick(closes2, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(closes2, "18:00")
    assert not dialog.errors["slot_1"].isVisible()  # it reads again
    qtbot.keyClick(closes2, Qt.Key.Key_Return)
    assert dialog.errors["slot_1"].text() == "These times overlap with 09:00–17:00."
    assert dialog.focusWidget() is opens2
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert rooms.house_hours(house_db)[MON] == [(540, 1020)]


# --------------------------------------------------------------------------- closing days


@pytest.fixture
def closures_tab(qtbot: QtBot, screen: RoomsScreen) -> rooms_ui.ClosuresTab:
    tab = screen.closures_tab
    tab.today = lambda: dt.date(2026, 6, 1)
    show_tab(qtbot, screen, tab)
    return tab


def test_closing_days_and_other_hours_go_by_the_screens_clock(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "source", lambda: dt.datetime(2027, 6, 7, 10, 0))
    rooms.create_closure(house_db, dt.date(2027, 6, 4), dt.date(2027, 6, 4), "Voorbij")
    rooms.create_closure(house_db, dt.date(2027, 6, 22), dt.date(2027, 6, 22), "Onderhoud")
    rooms.create_opening_exception(
        house_db, dt.date(2027, 6, 5), dt.date(2027, 6, 5), "19:00", "00:30", "Voorbij"
    )
    for tab in (screen.closures_tab, screen.exceptions_tab):
        show_tab(qtbot, screen, tab)
        # Only what is still to come; a new one starts on the clock's today.
        assert [row.reason for row in rows_shown(tab)] == (
            ["Onderhoud"] if tab is screen.closures_tab else []
        )
        qtbot.mouseClick(tab.new_button, LEFT)
        dialog = tab.dialog
        assert dialog is not None and dialog.first_day.value() == dt.date(2027, 6, 7)
        dialog.reject()
        qtbot.waitUntil(lambda tab=tab: tab.dialog is None)


def test_adding_a_summer_closure(
    qtbot: QtBot, closures_tab: rooms_ui.ClosuresTab, house_db: Database
) -> None:
    hall = rooms.create_room(house_db, "Grote zaal", 120)
    qtbot.mouseClick(closures_tab.new_button, LEFT)
    dialog = closures_tab.dialog
    assert isinstance(dialog, ClosureDialog)
    assert dialog.first_day.value() == dt.date(2026, 6, 1)
    retype(qtbot, dialog.first_day, "20-7")
    assert dialog.last_day.value() == dt.date(2026, 7, 20)  # a single day moves along
    retype(qtbot, dialog.last_day, "2 aug 2026")
    assert dialog.summary.text().endswith(": 14 days")
    dialog.room.setCurrentIndex(dialog.room.findData(hall.id))
    qtbot.keyClicks(dialog.reason, "Nieuwe vloer")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    [closure] = rooms.list_closures(house_db)
    assert (closure.first_day, closure.last_day, closure.room_id, closure.reason) == (
        dt.date(2026, 7, 20),
        dt.date(2026, 8, 2),
        hall.id,
        "Nieuwe vloer",
    )
    assert closures_tab.current_row() == closure
    assert closures_tab.proxy.index(0, 3).data() == "R1 · Grote zaal"


def test_a_summer_closure_typed_for_next_year_is_saved_for_next_year(
    qtbot: QtBot, closures_tab: rooms_ui.ClosuresTab, house_db: Database
) -> None:
    qtbot.mouseClick(closures_tab.new_button, LEFT)
    dialog = closures_tab.dialog
    assert isinstance(dialog, ClosureDialog)
    qtbot.keyClicks(dialog.reason, "Zomersluiting")
    qtbot.mouseClick(dialog.first_day.edit, LEFT)  # into the field, the cursor anywhere
    qtbot.keyClick(dialog.first_day.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.first_day.edit, "19-07-2027")
    dialog.first_day.edit.editingFinished.emit()  # Tab
    retype(qtbot, dialog.last_day, "1 aug 2027")
    assert dialog.summary.text().endswith(": 14 days")
    qtbot.keyClick(dialog.last_day.edit, Qt.Key.Key_Return)
    [closure] = rooms.list_closures(house_db)
    assert (closure.first_day, closure.last_day) == (dt.date(2027, 7, 19), dt.date(2027, 8, 1))


def test_an_overlapping_closure_is_refused_with_a_message(
    qtbot: QtBot, closures_tab: rooms_ui.ClosuresTab, house_db: Database
) -> None:
    rooms.create_closure(house_db, dt.date(2026, 7, 20), dt.date(2026, 8, 2), "Zomersluiting")
    closures_tab.reload()
    closures_tab.create_new()
    dialog = closures_tab.dialog
    assert isinstance(dialog, ClosureDialog)
    dialog.first_day.setValue(dt.date(2026, 8, 1))
    qtbot.keyClicks(dialog.reason, "Braderie")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert (
        dialog.errors["first_day"]
        .text()
        .startswith(
            "These days overlap with the closure “Zomersluiting” from 20-07-2026 to 02-08-2026."
        )
    )
    assert len(rooms.list_closures(house_db)) == 1
    dialog.reject()


def test_past_closures_are_shown_only_when_asked(
    qtbot: QtBot, closures_tab: rooms_ui.ClosuresTab, house_db: Database
) -> None:
    rooms.create_closure(house_db, dt.date(2026, 1, 1), dt.date(2026, 1, 1), "Nieuwjaar")
    rooms.create_closure(house_db, dt.date(2026, 5, 30), dt.date(2026, 6, 1), "Braderie")
    closures_tab.reload()
    assert [row.reason for row in rows_shown(closures_tab)] == ["Braderie"]
    tick(qtbot, closures_tab.show_past)
    assert [row.reason for row in rows_shown(closures_tab)] == ["Nieuwjaar", "Braderie"]


def test_deleting_a_closure(
    qtbot: QtBot,
    closures_tab: rooms_ui.ClosuresTab,
    house_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rooms_ui, "confirm", lambda *_args: True)
    closure = rooms.create_closure(house_db, dt.date(2026, 9, 7), dt.date(2026, 9, 7), "Kermis")
    closures_tab.reload(select=lambda row: row.id == closure.id)
    qtbot.mouseClick(closures_tab.delete_button, LEFT)
    assert rooms.list_closures(house_db) == []


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """``speaking("nl")``: the interface in that language for the rest of the test."""
    installed = []

    def use(language: str) -> None:
        installed.extend(i18n.install(qapp, language))

    yield use
    i18n.uninstall(qapp, installed)
    i18n.install(qapp, "en")


def test_in_english_the_facilities_and_holidays_are_named_in_english(
    qtbot: QtBot, screen: RoomsScreen, house_db: Database, speaking: Callable[[str], None]
) -> None:
    speaking("en")
    rooms.create_room(house_db, "Grote zaal", 120, facilities=["ringleiding", "podium", "dartbord"])
    screen.rooms_tab.reload()
    tab = screen.rooms_tab
    assert tab.model.index(0, 5).data() == "hearing loop, stage, dartbord"
    qtbot.keyClicks(tab.search, "hearing")
    assert [row.name for row in rows_shown(tab)] == ["Grote zaal"]
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    assert dialog.facility_boxes["ringleiding"].text() == "hearing loop"
    dialog.reject()

    show_tab(qtbot, screen, screen.closures_tab)
    qtbot.mouseClick(screen.closures_tab.holidays_button, LEFT)
    holidays = screen.closures_tab.dialog
    assert isinstance(holidays, HolidaysDialog)
    kings_day = holidays.boxes[dt.date(holidays.year.value(), 4, 27)]
    assert "King's Day" in kings_day.text()


@pytest.mark.parametrize(
    ("today", "christmas_closed", "year"),
    [
        (dt.date(2026, 12, 10), False, 2026),  # Christmas is still to be closed
        (dt.date(2026, 12, 10), True, 2027),
        (dt.date(2026, 12, 28), False, 2027),  # nothing of 2026 is left
    ],
)
def test_the_holiday_picker_opens_on_the_year_whose_holidays_are_still_ahead(
    qtbot: QtBot,
    closures_tab: rooms_ui.ClosuresTab,
    house_db: Database,
    today: dt.date,
    christmas_closed: bool,
    year: int,
) -> None:
    closures_tab.today = lambda: today
    if christmas_closed:
        rooms.create_closure(house_db, dt.date(2026, 12, 24), dt.date(2027, 1, 1), "Kerst")
    qtbot.mouseClick(closures_tab.holidays_button, LEFT)
    dialog = closures_tab.dialog
    assert isinstance(dialog, HolidaysDialog)
    assert dialog.year.value() == year
    dialog.reject()


def test_adding_public_holidays_through_the_dialog(
    qtbot: QtBot,
    closures_tab: rooms_ui.ClosuresTab,
    house_db: Database,
    speaking: Callable[[str], None],
) -> None:
    speaking("nl")
    rooms.create_closure(house_db, dt.date(2030, 12, 24), dt.date(2031, 1, 1), "Kerstsluiting")
    qtbot.mouseClick(closures_tab.holidays_button, LEFT)
    dialog = closures_tab.dialog
    assert isinstance(dialog, HolidaysDialog)
    qtbot.waitExposed(dialog)
    assert dialog.year.value() == 2026
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2030")
    assert dialog.year.value() == 2030
    christmas = dialog.boxes[dt.date(2030, 12, 25)]
    assert christmas.isChecked() and not christmas.isEnabled()
    assert "Kerstsluiting" in christmas.text()
    kings_day = dialog.boxes[dt.date(2030, 4, 27)]
    assert "Koningsdag" in kings_day.text()
    tick(qtbot, kings_day)
    tick(qtbot, dialog.boxes[dt.date(2030, 5, 30)])  # Ascension Day
    qtbot.mouseClick(dialog.add_button, LEFT)

    assert closures_tab.dialog is None
    added = [c for c in rooms.list_closures(house_db) if c.reason != "Kerstsluiting"]
    assert [(c.first_day, c.reason) for c in added] == [
        (dt.date(2030, 4, 27), "Koningsdag"),
        (dt.date(2030, 5, 30), "Hemelvaartsdag"),
    ]
    assert closures_tab.current_row() in added


def test_the_holidays_dialog_needs_a_tick(
    qtbot: QtBot, closures_tab: rooms_ui.ClosuresTab, house_db: Database
) -> None:
    closures_tab.pick_holidays()
    dialog = closures_tab.dialog
    assert isinstance(dialog, HolidaysDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "Tick at least one public holiday."
    qtbot.mouseClick(dialog.tick_all, LEFT)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(rooms.list_closures(house_db)) == len(rooms.public_holidays(house_db, 2026))


# --------------------------------------------------------------------------- the demo house


def test_the_screen_shows_the_demo_house(qtbot: QtBot, db: Database) -> None:
    demo = pytest.importorskip("housedesk.core.demo.builder")
    demo.generate_demo(db, years=1, seed=1, today=dt.date(2026, 11, 25))
    screen = RoomsScreen(db)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)

    listed = rows_shown(screen.rooms_tab)
    assert [row.code for row in listed] == [room.code for room in rooms.list_rooms(db)]
    assert listed[0].name == "Grote zaal" and listed[0].has_history

    show_tab(qtbot, screen, screen.hours_tab)
    model = screen.hours_tab.model
    by_name = {model.row_at(row).room_name: row for row in range(model.rowCount())}
    assert model.index(0, SUN).data() == "Closed"
    care = by_name["Zorgkamer"]
    assert model.index(care, MON).data() == "08:30–13:00"
    assert model.index(care, SAT).data() == "Closed"
    assert not model.index(by_name["Grote zaal"], MON).data(Qt.ItemDataRole.FontRole).bold()

    closures = screen.closures_tab
    closures.today = lambda: dt.date(2026, 11, 25)
    show_tab(qtbot, screen, closures)
    closures.show_past.setChecked(True)
    assert closures.proxy.rowCount() == len(rooms.list_closures(db))
    assert any(row.reason == "Koningsdag" for row in rows_shown(closures))


def test_a_phone_number_typed_in_a_room_name_is_warned_about_in_dutch_but_may_be_saved(
    qtbot: QtBot, qapp: QApplication, screen: RoomsScreen, house_db: Database
) -> None:
    translators = i18n.install(qapp, "nl")
    try:
        tab = screen.rooms_tab
        qtbot.mouseClick(tab.new_button, LEFT)
        dialog = tab.dialog
        assert isinstance(dialog, RoomDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
        warning = dialog.warnings["name"]
        assert not warning.isVisible()
        qtbot.keyClicks(focused(), "Zaal, sleutel 06-1234567")
        assert not warning.isVisible()  # a digit short: not a phone number yet
        qtbot.keyClicks(focused(), "8")
        assert warning.isVisible()
        assert warning.text() == (
            "Dit lijkt een telefoonnummer (06-12345678); het zou mee naar de gemeente gaan. "
            "Haal het weg: de export laat geen telefoonnummers of e-mailadressen door."
        )
        for _ in "06-12345678":
            qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
        assert not warning.isVisible()
        qtbot.keyClicks(focused(), "bij jan@example.nl")
        assert warning.isVisible() and "e-mailadres (jan@example.nl)" in warning.text()
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "40")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a warning, not a refusal
        assert not dialog.isVisible()
    finally:
        i18n.uninstall(qapp, translators)
        i18n.install(qapp, "en")
    assert [room.name for room in rooms.list_rooms(house_db)] == [
        "Zaal, sleutel bij jan@example.nl"
    ]


def test_an_existing_room_name_with_a_phone_number_is_warned_about_when_opened(
    qtbot: QtBot, house_db: Database
) -> None:
    room = rooms.create_room(house_db, "Zaal (beheer 0412-123456)", 20)
    dialog = RoomDialog(house_db, room)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings["name"].isVisible()
    assert "phone number (0412-123456)" in dialog.warnings["name"].text()


# --------------------------------------------------------------------------- sessions touched


@pytest.fixture
def booked_house(house_db: Database) -> Database:
    """Open 8:00-23:00 every day; choir practice in Grote zaal on the four Tuesdays of June
    2026 from 20:00 to 22:00, and a coffee morning in Kleine zaal on Tuesday 9 June."""
    db = house_db
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    big = rooms.create_room(db, "Grote zaal", 60).id
    small = rooms.create_room(db, "Kleine zaal", 12).id
    choir, coffee = an_activity(db, "Koor"), an_activity(db, "Koffieochtend")
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    agenda.create_series(db, choir, big, dt.date(2026, 6, 2), "20:00", "22:00", rule)
    agenda.book_session(db, coffee, small, dt.date(2026, 6, 9), "9:30", "11:30")
    return db


def sessions_of(db: Database) -> list[tuple[str, dt.date, str, str | None, str]]:
    """(activity, date, status, cancel reason, room) of every session, by date and time."""
    return [
        (s.activity_name, s.date, s.status.value, s.cancel_reason, s.room_name)
        for s in agenda.sessions_between(db, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    ]


@pytest.fixture
def closing_on_the_ninth(
    qtbot: QtBot, screen: RoomsScreen, booked_house: Database
) -> rooms_ui.ClosuresTab:
    tab = screen.closures_tab
    tab.today = lambda: dt.date(2026, 6, 9)  # a new closure starts on today, Tuesday 9 June
    show_tab(qtbot, screen, tab)
    return tab


def test_a_closing_day_lists_the_sessions_planned_then_to_cancel_or_keep(
    qtbot: QtBot, closing_on_the_ninth: rooms_ui.ClosuresTab, booked_house: Database
) -> None:
    tab = closing_on_the_ninth
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ClosureDialog)
    qtbot.keyClicks(dialog.reason, "Storing cv")
    seen: list[list[str]] = []

    def keep_the_coffee_morning(box: TouchedDialog) -> None:
        seen.append([box.model.index(r, 4).data() for r in range(box.model.rowCount())])
        assert (
            box.findChild(QLabel, "intro")
            .text()
            .startswith(
                "The whole house is closed on "
                + rooms_ui.day_text(dt.date(2026, 6, 9))
                + " (“Storing cv”)"
            )
        )
        click(qtbot, box, "keepSelected")  # the first row is selected: the coffee morning
        seen.append([box.model.index(r, 4).data() for r in range(box.model.rowCount())])
        seen.append([box.summary.text()])
        click(qtbot, box, "saveButton")

    shown = when_shown(TouchedDialog, keep_the_coffee_morning)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert shown and not dialog.isVisible()
    assert seen == [
        ["Cancel (“Storing cv”)", "Cancel (“Storing cv”)"],
        ["Keep as planned", "Cancel (“Storing cv”)"],
        ["To cancel: 1 · to move: 0 · to keep: 1"],
    ]
    assert [closure.reason for closure in rooms.list_closures(booked_house)] == ["Storing cv"]
    assert sessions_of(booked_house)[1:3] == [
        ("Koffieochtend", dt.date(2026, 6, 9), "gepland", None, "Kleine zaal"),
        ("Koor", dt.date(2026, 6, 9), "geannuleerd", "Storing cv", "Grote zaal"),
    ]


def test_a_closed_room_s_session_moves_to_another_room(
    qtbot: QtBot, closing_on_the_ninth: rooms_ui.ClosuresTab, booked_house: Database
) -> None:
    tab = closing_on_the_ninth
    qtbot.mouseClick(tab.new_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ClosureDialog)
    dialog.room.setFocus()
    qtbot.keyClicks(dialog.room, "R1")
    assert dialog.room.currentText() == "R1 · Grote zaal"
    qtbot.keyClicks(dialog.reason, "Lekkage")
    seen: list[str] = []

    def into_the_small_room(move: MoveDialog) -> None:
        move.room.setFocus()
        qtbot.keyClicks(move.room, "Kleine")
        qtbot.keyClick(move.room, Qt.Key.Key_Return)

    def move_the_choir(box: TouchedDialog) -> None:
        assert box.model.rowCount() == 1  # only the closed room's session
        moved = when_shown(MoveDialog, into_the_small_room)
        click(qtbot, box, "moveSelected")
        assert moved
        seen.append(box.model.index(0, 4).data())
        click(qtbot, box, "saveButton")

    shown = when_shown(TouchedDialog, move_the_choir)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert shown and not dialog.isVisible()
    assert seen == [f"Move to {rooms_ui.day_text(dt.date(2026, 6, 9))}, 20:00–22:00, Kleine zaal"]
    assert ("Koor", dt.date(2026, 6, 9), "gepland", None, "Kleine zaal") in sessions_of(
        booked_house
    )


def test_shorter_hours_list_the_sessions_past_closing_time(
    qtbot: QtBot,
    screen: RoomsScreen,
    booked_house: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clock, "source", lambda: dt.datetime(2026, 6, 8, 12, 0))
    hours = screen.hours_tab
    show_tab(qtbot, screen, hours)
    hours.table.setFocus()
    hours.table.setCurrentIndex(hours.model.index(0, TUE))
    qtbot.keyClick(hours.table, Qt.Key.Key_Return)
    dialog = hours.dialog
    assert isinstance(dialog, HoursDialog)
    _opens, closes = dialog.slots[0]
    qtbot.keyClick(closes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(closes, "21:00")
    listed: list[list[str]] = []

    def go_back(box: TouchedDialog) -> None:
        listed.append([box.model.index(r, 0).data() for r in range(box.model.rowCount())])
        click(qtbot, box, "backButton")

    shown = when_shown(TouchedDialog, go_back)
    qtbot.keyClick(closes, Qt.Key.Key_Return)
    assert shown and dialog.isVisible()  # back in the form: nothing saved
    # From today on, the practices that run past 21:00; not the coffee morning.
    assert listed == [[list_date(dt.date(2026, 6, d)) for d in (9, 16, 23)]]
    assert rooms.house_hours(booked_house)[TUE] == [(480, 1380)]
    assert {status for _, _, status, _, _ in sessions_of(booked_house)} == {"gepland"}

    def cancel_them_all(box: TouchedDialog) -> None:
        box.table.setFocus()
        qtbot.keyClick(box.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        click(qtbot, box, "cancelSelected")
        click(qtbot, box, "saveButton")

    shown = when_shown(TouchedDialog, cancel_them_all)
    qtbot.keyClick(closes, Qt.Key.Key_Return)
    assert shown and not dialog.isVisible()
    assert rooms.house_hours(booked_house)[TUE] == [(480, 1260)]
    cancelled = [
        (day, why)
        for name, day, status, why, _ in sessions_of(booked_house)
        if status == "geannuleerd"
    ]
    assert cancelled == [(dt.date(2026, 6, d), "Other opening hours") for d in (9, 16, 23)]


# --------------------------------------------------------------------------- other hours


@pytest.fixture
def exceptions_tab(qtbot: QtBot, screen: RoomsScreen) -> rooms_ui.ExceptionsTab:
    tab = screen.exceptions_tab
    tab.today = lambda: dt.date(2026, 6, 1)
    show_tab(qtbot, screen, tab)
    return tab


def test_adding_other_hours_for_a_saturday_evening(
    qtbot: QtBot, exceptions_tab: rooms_ui.ExceptionsTab, house_db: Database
) -> None:
    rooms.set_day_hours(house_db, [SAT], DayPlan.OPEN, [("10:00", "17:00")])
    hall = rooms.create_room(house_db, "Grote zaal", 120)
    assert exceptions_tab.body.currentWidget() is exceptions_tab.empty
    qtbot.mouseClick(exceptions_tab.new_button, LEFT)
    dialog = exceptions_tab.dialog
    assert isinstance(dialog, ExceptionDialog)
    assert dialog.first_day.value() == dt.date(2026, 6, 1)
    retype(qtbot, dialog.first_day, "za 13 juni")
    assert dialog.last_day.value() == dt.date(2026, 6, 13)  # a single day moves along
    dialog.room.setFocus()
    qtbot.keyClicks(dialog.room, "R1")
    assert dialog.room.currentData() == hall.id
    retype(qtbot, dialog.opens, "10")
    retype(qtbot, dialog.closes, "0:30")
    assert (dialog.opens.currentText(), dialog.closes.currentText()) == ("10:00", "00:30")
    assert dialog.summary.text().endswith("Open until 00:30 at night, after midnight.")
    qtbot.keyClicks(dialog.reason, "Verjaardagsfeest")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    (saved,) = rooms.list_opening_exceptions(house_db)
    assert (saved.first_day, saved.last_day, saved.room_id, saved.span, saved.reason) == (
        dt.date(2026, 6, 13),
        dt.date(2026, 6, 13),
        hall.id,
        "10:00–00:30",
        "Verjaardagsfeest",
    )
    assert exceptions_tab.current_row() == saved
    assert exceptions_tab.proxy.index(0, 3).data() == "R1 · Grote zaal"
    assert exceptions_tab.proxy.index(0, 4).data() == "10:00–00:30 (until after midnight)"


def test_overlapping_or_bad_other_hours_are_refused_next_to_their_field(
    qtbot: QtBot, exceptions_tab: rooms_ui.ExceptionsTab, house_db: Database
) -> None:
    rooms.create_opening_exception(
        house_db, dt.date(2026, 7, 1), dt.date(2026, 7, 31), "9:00", "13:00", "Zomer"
    )
    exceptions_tab.reload()
    qtbot.mouseClick(exceptions_tab.new_button, LEFT)
    dialog = exceptions_tab.dialog
    assert isinstance(dialog, ExceptionDialog)
    retype(qtbot, dialog.first_day, "4-7-2026")
    retype(qtbot, dialog.opens, "19:00")
    retype(qtbot, dialog.closes, "05:00")
    qtbot.keyClick(dialog.closes.edit(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["times"].text().startswith("The closing time must be after the opening")
    retype(qtbot, dialog.closes, "01:00")
    assert not dialog.errors["times"].isVisible()  # the message follows the field
    qtbot.keyClick(dialog.closes.edit(), Qt.Key.Key_Return)
    assert (
        dialog.errors["first_day"]
        .text()
        .startswith(
            "These days overlap with other hours from 01-07-2026 to 31-07-2026 (09:00–13:00)."
        )
    )
    assert len(rooms.list_opening_exceptions(house_db)) == 1
    dialog.reject()


def test_deleting_other_hours(
    qtbot: QtBot,
    exceptions_tab: rooms_ui.ExceptionsTab,
    house_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rooms_ui, "confirm", lambda *_args: True)
    rooms.create_opening_exception(
        house_db, dt.date(2026, 1, 3), dt.date(2026, 1, 3), "19:00", "01:00", "Nieuwjaarsfeest"
    )
    later = rooms.create_opening_exception(
        house_db, dt.date(2026, 9, 5), dt.date(2026, 9, 5), "10:00", "00:30", "Kermis"
    )
    exceptions_tab.reload()
    assert [row.reason for row in rows_shown(exceptions_tab)] == ["Kermis"]
    tick(qtbot, exceptions_tab.show_past)
    assert [row.reason for row in rows_shown(exceptions_tab)] == ["Nieuwjaarsfeest", "Kermis"]
    exceptions_tab.reload(select=lambda row: row.id == later.id)
    qtbot.mouseClick(exceptions_tab.delete_button, LEFT)
    assert [e.reason for e in rooms.list_opening_exceptions(house_db)] == ["Nieuwjaarsfeest"]


def test_the_other_hours_model(
    qtbot: QtBot, qtmodeltester, exceptions_tab: rooms_ui.ExceptionsTab, house_db: Database
) -> None:
    rooms.create_opening_exception(
        house_db, dt.date(2026, 9, 5), dt.date(2026, 9, 6), "10:00", "00:30", "Kermis"
    )
    exceptions_tab.reload()
    qtmodeltester.check(exceptions_tab.model)
    qtmodeltester.check(exceptions_tab.proxy)
