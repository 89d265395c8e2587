"""Tests for housedesk.ui.today: a day counted by keyboard alone, within the keystroke budget."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus
from housedesk.db import Database
from housedesk.db.models import Activity, Booking, Room, User
from housedesk.ui.kit.messages import Messages
from housedesk.ui.shell.application import LARGE_TEXT_FACTOR
from housedesk.ui.today import ACTIVITY, DATE, VISITORS, VOLUNTEERS, CountModel, TodayScreen
from tests.helpers.screens import show

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def day(house_db: Database) -> list[int]:
    """Five sessions today in two rooms, and a cancelled one."""
    with house_db.transaction() as s:
        user = User(name="Stichting De Schakel", kind="eigen_activiteit")
        rooms = [
            Room(code="R1", name="Grote zaal", capacity=60),
            Room(code="R2", name="Keuken", capacity=12),
        ]
        ids = []
        for n, (room, start) in enumerate(
            [(0, 540), (1, 600), (0, 780), (1, 840), (0, 1170), (1, 1170)]
        ):
            activity = Activity(
                code=f"A{n + 1}",
                user=user,
                name=f"Activiteit {n + 1}",
                type="ontmoeting",
                nature="maatschappelijk",
                accessibility="vrije_inloop",
            )
            booking = Booking(
                activity=activity,
                room=rooms[room],
                date=TODAY,
                start_min=start,
                end_min=start + 90,
                status=BookingStatus.GEANNULEERD if n == 5 else BookingStatus.GEPLAND,
            )
            s.add(booking)
            s.flush()
            ids.append(booking.id)
    return ids[:5]


@pytest.fixture
def screen(qtbot: QtBot, house_db: Database, day: list[int]) -> TodayScreen:
    shown = show(qtbot, TodayScreen(house_db, today=lambda: TODAY))
    shown.table.setFocus()
    return shown


def type_text(qtbot: QtBot, text: str) -> None:
    """Type as a person does: each key goes to whatever has the focus then."""
    for character in text:
        qtbot.keyClick(QApplication.focusWidget(), character)


def counts(db: Database, ids: list[int]) -> list[tuple[str, int | None, int | None]]:
    with db.reading() as s:
        return [
            (b.status.value, b.visitors, b.volunteers) for b in (s.get(Booking, i) for i in ids)
        ]


def test_a_day_of_five_sessions_takes_at_most_fifteen_keystrokes(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    keystrokes = 0
    for typed in ("23", "8", "41", "6", "15"):
        for character in typed:
            qtbot.keyClick(QApplication.focusWidget(), character)
            keystrokes += 1
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        keystrokes += 1
    assert keystrokes <= 15
    assert counts(house_db, day) == [
        ("gehouden", 23, None),
        ("gehouden", 8, None),
        ("gehouden", 41, None),
        ("gehouden", 6, None),
        ("gehouden", 15, None),
    ]


def test_tab_goes_to_the_volunteers(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    for key in ("1", "2", Qt.Key.Key_Tab, "3", Qt.Key.Key_Return):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert counts(house_db, day[:1]) == [("gehouden", 12, 3)]
    assert screen.table.currentIndex().row() == 1
    assert screen.table.currentIndex().column() == VISITORS


def test_text_and_negative_numbers_are_refused_with_a_message_and_stay_in_the_field(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    type_text(qtbot, "-4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert screen.problem.isVisible()
    assert "whole number" in screen.problem.text()
    assert counts(house_db, day[:1]) == [("gepland", None, None)]
    qtbot.waitUntil(lambda: screen.table.state() == screen.table.State.EditingState)
    assert screen.table.currentIndex().row() == 0


def test_more_than_the_room_holds_asks_first(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int], monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, p, title, text, action: asked.append(text))
    )
    screen.table.move_to(1, VISITORS)  # the kitchen holds 12
    type_text(qtbot, "30")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert asked and "12" in asked[0]
    assert counts(house_db, day[1:2]) == [("gepland", None, None)]


def test_f8_marks_a_session_cancelled_and_ctrl_z_takes_it_back(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    qtbot.keyClick(screen.table, Qt.Key.Key_F8)
    assert counts(house_db, day[:1]) == [("geannuleerd", None, None)]
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(house_db, day[:1]) == [("gepland", None, None)]


def test_the_door_counter_saves_every_press(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    screen.open_door_counter()
    counter = screen.door_counter
    assert counter is not None
    qtbot.waitExposed(counter)
    for _ in range(5):
        qtbot.keyClick(counter, Qt.Key.Key_Space)
    assert counts(house_db, day[:1]) == [("gehouden", 5, None)]
    qtbot.mouseClick(counter.minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(counter.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(counter.plus, Qt.MouseButton.LeftButton)
    assert counter.number.text() == "6"
    qtbot.keyClick(counter, Qt.Key.Key_Escape)
    assert counts(house_db, day[:1]) == [("gehouden", 6, None)]
    assert screen.model.row_at(0).visitors == 6


def test_an_empty_day_says_what_to_do(qtbot: QtBot, house_db: Database) -> None:
    shown = TodayScreen(house_db, today=lambda: TODAY)
    qtbot.addWidget(shown)
    assert shown.body.currentWidget() is shown.empty


def test_the_model_passes_the_model_checks(qtmodeltester, house_db: Database, day) -> None:
    model = CountModel(house_db, lambda: TODAY, lambda over: False)
    model.reload()
    qtmodeltester.check(model)
    assert not model.flags(model.index(5, VOLUNTEERS)) & Qt.ItemFlag.ItemIsEditable  # cancelled


def test_a_walk_in_without_booking_in_one_small_dialog(
    qtbot: QtBot, screen: TodayScreen, house_db: Database
) -> None:
    from housedesk.db.models import Activity as ActivityModel

    with house_db.transaction() as s:
        grief_cafe = s.query(ActivityModel).filter_by(code="A1").one()
        grief_cafe.default_start_min, grief_cafe.default_end_min = 1200, 1320
        grief_cafe.default_room_id = s.query(Room).filter_by(code="R2").one().id
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.walk_in
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activity.setCurrentIndex(dialog.activity.findData(grief_cafe.id))
    assert (dialog.start.text(), dialog.end.text()) == ("20:00", "22:00")  # its usual times
    assert dialog.room.currentText() == "Keuken"
    dialog.visitors.setText("11")
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with house_db.reading() as s:
        added = s.query(Booking).filter_by(start_min=1200).one()
        assert (added.status.value, added.visitors, added.date) == ("gehouden", 11, TODAY)
        added_id = added.id
    assert any(r.booking_id == added_id for r in screen.model.rows)


def test_in_large_text_on_a_small_screen_the_activity_keeps_room_for_its_name(
    qtbot: QtBot, house_db: Database, qapp: QApplication
) -> None:
    with house_db.transaction() as s:
        user = User(name="Zorgcoöperatie Berghem", kind="zorg_welzijn")
        activity = Activity(
            code="A1",
            user=user,
            name="Dagbesteding Ontmoetingsgroep",
            type="ontmoeting",
            nature="maatschappelijk",
            accessibility="vrije_inloop",
        )
        room = Room(code="R1", name="Keuken/ontmoetingsruimte", capacity=30)
        s.add(Booking(activity=activity, room=room, date=TODAY, start_min=570, end_min=750))
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * LARGE_TEXT_FACTOR)
    qapp.setFont(large)
    try:
        # What is left of a 1280-pixel screen beside the navigation, in large text.
        screen = show(qtbot, TodayScreen(house_db, today=lambda: TODAY), (950, 500))
        table = screen.table
        # Twenty letters of the name at least: "Dagbesteding Ontmoe…"; the room gives way.
        assert table.columnWidth(ACTIVITY) >= table.fontMetrics().horizontalAdvance("x" * 20)
        day = screen.model.index(0, DATE).data()
        assert table.columnWidth(DATE) >= table.fontMetrics().horizontalAdvance(day)
        # A name longer than its column wraps onto a second line rather than being cut:
        # every row holds two lines of text and the cell's margins.
        assert table.wordWrap()
        assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing() + 4
    finally:
        qapp.setFont(normal)


def test_the_columns_are_shared_out_over_the_views_own_viewport(screen: TodayScreen) -> None:
    """The area the columns share is the viewport itself, found by the name Qt gives it."""
    table = screen.table
    assert table.viewport().objectName() == "qt_scrollarea_viewport"
    assert table.view_area() is table.viewport()


def test_delete_empties_a_counted_cell_to_not_counted_and_ctrl_z_puts_it_back(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    type_text(qtbot, "23")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert counts(house_db, day[:1]) == [("gehouden", 23, None)]
    qtbot.keyClick(screen.table, Qt.Key.Key_Up)
    assert screen.table.currentIndex().row() == 0
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert counts(house_db, day[:1]) == [("gehouden", None, None)]  # not counted, never 0
    assert screen.model.index(0, VISITORS).data() == ""
    assert "Ctrl+Z" in screen.message.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(house_db, day[:1]) == [("gehouden", 23, None)]
    assert screen.model.index(0, VISITORS).data() == "23"


def test_the_f8_button_does_not_blink_as_the_cursor_moves_and_says_why_it_cannot(
    qtbot: QtBot, screen: TodayScreen, house_db: Database, day: list[int]
) -> None:
    changes: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.EnabledChange:
                changes.append(screen.cancel_button.isEnabled())
            return False

    watch = Watch(screen)
    screen.cancel_button.installEventFilter(watch)
    for typed in ("23", "8"):  # count two, then walk over counted, open and cancelled rows
        type_text(qtbot, typed)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(screen.table, key)
    screen.reload()
    assert changes == [] and screen.cancel_button.isEnabled()
    screen.table.setCurrentIndex(screen.model.index(0, VISITORS))  # counted
    qtbot.keyClick(screen.table, Qt.Key.Key_F8)
    assert "empty its count" in screen.message.text()
    assert counts(house_db, day[:1]) == [("gehouden", 23, None)]
    screen.table.setCurrentIndex(screen.model.index(5, VISITORS))  # cancelled already
    qtbot.keyClick(screen.table, Qt.Key.Key_F8)
    assert "already" in screen.message.text()
