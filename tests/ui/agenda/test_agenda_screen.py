"""Tests for the Agenda screen, driven through the real screen and dialogs as volunteers do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from housedesk.common.codes import BookingStatus, UserKind
from housedesk.core import rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda.bookings import Scope
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.db.models import Booking, BookingSeries, SeriesSkip
from housedesk.ui.agenda import dialogs as agenda_dialogs
from housedesk.ui.agenda import grid as agenda_grid
from housedesk.ui.agenda import screen as agenda_ui
from housedesk.ui.agenda.dialogs import (
    BookingDialog,
    ConflictDialog,
    ScopeDialog,
    SessionDialog,
    UnconfirmedDialog,
)
from housedesk.ui.agenda.screen import AgendaScreen
from housedesk.ui.kit import i18n
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import list_date
from tests.helpers.modals import click, when_shown
from tests.helpers.register import an_activity
from tests.helpers.screens import activated, retype, tab_round

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date(2026, 3, 4)  # a Wednesday
TUE, SAT = 1, 5


@pytest.fixture
def house(house_db: Database) -> Database:
    db = house_db
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    rooms.create_room(db, "Grote zaal", 60)
    rooms.create_room(db, "Kleine zaal", 12)
    an_activity(
        db, "Koffieochtend", user="Club Koffieochtend", default_start="9:30", default_end="11:30"
    )
    an_activity(db, "Zangkoor", user="Club Zangkoor")
    return db


def ids(db: Database) -> dict[str, int]:
    found = {room.name: room.id for room in rooms.list_rooms(db)}
    found.update({a.name: a.id for a in users.pickable_activities(db)})
    return found


@pytest.fixture
def screen(qtbot: QtBot, house: Database) -> AgendaScreen:
    shown = AgendaScreen(house)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.set_today(TODAY)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def bookings(db: Database) -> list[Booking]:
    with db.reading() as session:
        rows = list(session.scalars(select(Booking).order_by(Booking.date, Booking.start_min)))
        session.expunge_all()
        return rows


def listed(screen: AgendaScreen) -> list[agenda.SessionRow]:
    return [screen.proxy.row_at(row) for row in range(screen.proxy.rowCount())]


def open_dialog(screen: AgendaScreen, kind: type) -> object:
    dialog = screen.dialog
    assert isinstance(dialog, kind), dialog
    return dialog


def test_the_week_view_shows_only_the_visible_week(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    agenda.book_session(house, n["Koffieochtend"], n["Grote zaal"], TODAY, "9:30", "11:30")
    agenda.book_session(
        house, n["Zangkoor"], n["Kleine zaal"], dt.date(2026, 3, 10), "20:00", "22:00"
    )
    screen.reload()
    assert [s.activity_name for s in listed(screen)] == ["Koffieochtend"]
    assert screen.grid.days[0] == dt.date(2026, 3, 2) and len(screen.grid.days) == 7
    assert [r.name for r in screen.grid.rooms] == ["Grote zaal", "Kleine zaal"]
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_PageDown)
    assert [s.activity_name for s in listed(screen)] == ["Zangkoor"]
    qtbot.keyClick(screen.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(screen.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert listed(screen) == [] and screen.grid.days[0] == dt.date(2026, 2, 23)
    qtbot.keyClick(screen.table, Qt.Key.Key_T)
    assert screen.grid.days[0] == dt.date(2026, 3, 2)


def test_the_day_and_month_views(qtbot: QtBot, screen: AgendaScreen, house: Database) -> None:
    n = ids(house)
    agenda.book_session(house, n["Koffieochtend"], n["Grote zaal"], TODAY, "9:30", "11:30")
    screen.view_box.setCurrentIndex(screen.view_box.findData(agenda_ui.MONTH))
    assert screen.views.currentWidget() is screen.month
    assert [s.date for s in listed(screen)] == [TODAY]
    cell = screen.month._cell(1, 2).center().toPoint()  # Wednesday of the second week
    qtbot.mouseClick(screen.month, LEFT, pos=cell)
    assert screen.mode == agenda_ui.DAY and screen.grid.days == [TODAY]


def test_a_single_click_on_a_free_quarter_opens_nothing_enter_books_it(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    spot = screen.grid.cell_rect(n["Grote zaal"], TODAY, 10 * 60, 10 * 60 + 15)
    qtbot.mouseClick(screen.grid, LEFT, pos=spot.center().toPoint())
    assert screen.dialog is None  # a stray click opens no form
    qtbot.keyClick(screen.grid, Qt.Key.Key_Escape)
    qtbot.keyClick(screen.grid, Qt.Key.Key_Return)
    assert screen.dialog is None  # Esc took the mark away
    qtbot.mouseClick(screen.grid, LEFT, pos=spot.center().toPoint())
    qtbot.keyClick(screen.grid, Qt.Key.Key_Return)
    dialog = open_dialog(screen, BookingDialog)
    assert dialog.room.currentData() == n["Grote zaal"]
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("10:00", "11:00")
    dialog.reject()


def test_double_clicking_a_free_quarter_books_it(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    spot = screen.grid.cell_rect(n["Kleine zaal"], dt.date(2026, 3, 5), 19 * 60, 19 * 60 + 15)
    qtbot.mouseClick(screen.grid, LEFT, pos=spot.center().toPoint())
    qtbot.mouseDClick(screen.grid, LEFT, pos=spot.center().toPoint())
    dialog = open_dialog(screen, BookingDialog)
    assert dialog.room.currentData() == n["Kleine zaal"]
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("19:00", "20:00")
    qtbot.keyClicks(dialog.activity, "Zang")
    assert dialog.activity.currentData() == n["Zangkoor"]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    (row,) = bookings(house)
    assert (row.date, row.room_id, row.start_min, row.end_min) == (
        dt.date(2026, 3, 5),
        n["Kleine zaal"],
        1140,
        1200,
    )
    assert [s.activity_name for s in listed(screen)] == ["Zangkoor"]


def test_a_booking_saved_outside_the_week_shown_is_shown_and_said(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Zang")
    qtbot.keyClicks(dialog.room, "Grote")
    qtbot.keyClicks(dialog.start, "19:00")
    qtbot.keyClicks(dialog.end, "20:00")
    qtbot.mouseClick(dialog.date.edit, LEFT)  # a week on, typed over the date
    qtbot.keyClick(dialog.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date.edit, "11-3-2026")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    next_week = TODAY + dt.timedelta(days=7)
    assert [(s.date, s.room_id) for s in bookings(house)] == [(next_week, n["Grote zaal"])]
    assert next_week in screen.grid.days
    assert [s.activity_name for s in listed(screen)] == ["Zangkoor"]
    assert screen.message.text() == (
        f"Saved for {list_date(next_week)}; the agenda now shows that date."
    )


def test_dragging_over_quarters_books_that_span(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    first = screen.grid.cell_rect(n["Grote zaal"], TODAY, 14 * 60, 14 * 60 + 15).center()
    last = screen.grid.cell_rect(n["Grote zaal"], TODAY, 16 * 60 + 15, 16 * 60 + 30).center()
    qtbot.mousePress(screen.grid, LEFT, pos=first.toPoint())
    qtbot.mouseMove(screen.grid, last.toPoint())
    qtbot.mouseRelease(screen.grid, LEFT, pos=last.toPoint())
    dialog = open_dialog(screen, BookingDialog)
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("14:00", "16:30")
    dialog.reject()


def test_a_new_series_with_clashes_leaves_those_dates_out(
    qtbot: QtBot, screen: AgendaScreen, house: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = ids(house)
    agenda.book_session(
        house, n["Zangkoor"], n["Grote zaal"], dt.date(2026, 3, 17), "10:00", "11:00"
    )
    asked: list[list[dt.date]] = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(
            lambda cls, parent, conflicts, warnings=(), can_skip=True, **_kw: (
                asked.append([c.date for c in conflicts]) or True
            )
        ),
    )
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Koffie")
    assert dialog.start.currentText() == "09:30"  # the activity's usual times
    dialog.room.setCurrentIndex(dialog.room.findData(n["Grote zaal"]))
    dialog.date.setValue(dialog.date.value() - dt.timedelta(days=1))  # Tuesday 3 March
    dialog.repeat.kind.setCurrentIndex(1)
    dialog.repeat.count_choice.setChecked(True)
    dialog.repeat.count.setValue(4)
    assert [b.isChecked() for b in dialog.repeat.days] == [i == TUE for i in range(7)]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert asked == [[dt.date(2026, 3, 17)]]
    dates = [b.date for b in bookings(house) if b.series_id is not None]
    assert dates == [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 24)]
    with house.reading() as session:
        assert list(session.scalars(select(SeriesSkip.occurrence_date))) == [dt.date(2026, 3, 17)]


def book_tuesdays_by_hand(qtbot: QtBot, screen: AgendaScreen, count: int) -> BookingDialog:
    """Click Tuesday 10 March at 10:00 in Kleine zaal, and fill in the form as a volunteer
    does: Koffieochtend, in Grote zaal after all, every week, ``count`` times; Enter."""
    n = ids(screen.db)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_PageDown)  # next week
    spot = screen.grid.cell_rect(n["Kleine zaal"], dt.date(2026, 3, 10), 600, 615)
    qtbot.mouseDClick(screen.grid, LEFT, pos=spot.center().toPoint())  # a double click books
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Koffie")
    dialog.room.setFocus()
    qtbot.keyClicks(dialog.room, "G")
    assert dialog.room.currentData() == n["Grote zaal"]
    dialog.repeat.kind.setFocus()
    qtbot.keyClick(dialog.repeat.kind, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.repeat.count_choice, LEFT, pos=QPoint(6, 6))
    qtbot.keyClick(dialog.repeat.count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.repeat.count, str(count))
    assert dialog.repeat.recurrence() == Recurrence(Frequency.WEEKLY, (TUE,), count=count)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    return dialog


def test_a_series_none_of_whose_dates_can_be_booked_is_not_saved_and_says_so(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    choir = Recurrence(Frequency.WEEKLY, (TUE,), count=8)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "10:00", "12:00", choir)
    before = bookings(house)
    shown = when_shown(ConflictDialog, lambda box: click(qtbot, box, "backButton"))
    dialog = book_tuesdays_by_hand(qtbot, screen, 4)
    [box] = shown
    assert box.findChild(QLabel, "intro").text() == (
        "None of the 4 date(s) can be booked as asked, so nothing can be saved. "
        "Go back and choose another room, other times or other days."
    )
    assert box.go_on is None and box.fill is None  # leaving every date out is not offered
    assert dialog.isVisible()
    assert dialog.errors["repeat"].text() == (
        "None of the 4 dates of this series can be booked, so nothing was saved. "
        "Choose another room, other times or other days."
    )
    assert [b.id for b in bookings(house)] == [b.id for b in before]
    dialog.reject()


@pytest.mark.parametrize(
    ("button", "sessions", "said"),
    [
        ("leaveOutButton", 22, "Koffieochtend: 22 of the 26 times; 4 date(s) left out."),
        ("fillButton", 26, "Koffieochtend: 26 times; 4 date(s) left out."),
    ],
)
def test_a_count_limited_series_says_how_often_it_takes_place_and_can_be_filled_up(
    qtbot: QtBot, screen: AgendaScreen, house: Database, button: str, sessions: int, said: str
) -> None:
    n = ids(house)
    taken = [dt.date(2026, 3, 17), dt.date(2026, 4, 7), dt.date(2026, 5, 26), dt.date(2026, 6, 2)]
    for day in taken:
        agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], day, "10:30", "11:00")
    shown = when_shown(ConflictDialog, lambda box: click(qtbot, box, button))
    dialog = book_tuesdays_by_hand(qtbot, screen, 26)
    [box] = shown
    assert box.findChild(QLabel, "intro").text() == "22 of the 26 times; 4 date(s) left out:"
    assert box.fill is not None and box.fill.text() == "&Add 4 time(s) at the end and save"
    assert box.findChild(QLabel, "fillNote").text() == (
        "Or add the missing times at the end: the series then takes place 26 times, "
        f"until {agenda_dialogs.day_text(dt.date(2026, 9, 29))}."
    )
    assert not dialog.isVisible()
    booked = [b.date for b in bookings(house) if b.series_id is not None]
    assert len(booked) == sessions and not set(taken) & set(booked)
    assert booked[-1] == dt.date(2026, 9, 1) + dt.timedelta(weeks=4 * (sessions == 26))
    assert screen.message.text() == said


def test_in_dutch_a_short_series_says_22_van_de_26_keer(
    qtbot: QtBot, qapp: QApplication, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    taken = [dt.date(2026, 3, 17), dt.date(2026, 4, 7), dt.date(2026, 5, 26), dt.date(2026, 6, 2)]
    for day in taken:
        agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], day, "10:30", "11:00")
    said: list[str] = []

    def read_and_leave_out(box: ConflictDialog) -> None:
        assert box.fill is not None
        said.extend([box.findChild(QLabel, "intro").text(), box.fill.text()])
        click(qtbot, box, "leaveOutButton")

    translators = i18n.install(qapp, "nl")
    try:
        shown = when_shown(ConflictDialog, read_and_leave_out)
        book_tuesdays_by_hand(qtbot, screen, 26)
        assert shown
    finally:
        i18n.uninstall(qapp, translators)
        i18n.install(qapp, "en")
    assert said == [
        "22 van de 26 keer; 4 data overgeslagen:",
        "&Aanvullen met 4 keer aan het eind en opslaan",
    ]
    assert screen.message.text() == "Koffieochtend: 22 van de 26 keer; 4 data overgeslagen."


def test_a_clash_sends_the_volunteer_back_to_the_form(
    qtbot: QtBot, screen: AgendaScreen, house: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = ids(house)
    agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "10:00", "11:00")
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, *a, **k: False))
    screen.book_at(n["Grote zaal"], TODAY, 600, 660)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Koffie")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and len(bookings(house)) == 1
    dialog.reject()


def test_bad_input_is_shown_under_the_field(qtbot: QtBot, screen: AgendaScreen) -> None:
    screen.create_new()
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.errors["activity"].isVisible()
    assert dialog.errors["start"].isVisible()
    dialog.reject()


def test_a_series_edit_for_all_from_the_list(
    qtbot: QtBot, screen: AgendaScreen, house: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    monkeypatch.setattr(
        ScopeDialog, "ask", classmethod(lambda cls, parent, allow_this=True, **_kw: Scope.ALL)
    )
    screen.step(1)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = open_dialog(screen, SessionDialog)
    assert "every week on" in dialog.findChild(QLabel, "seriesNote").text()
    dialog.start.setCurrentText("19:30")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert [b.start_min for b in bookings(house)] == [1170] * 4


def open_first_listed(qtbot: QtBot, screen: AgendaScreen, weeks_on: int = 0) -> SessionDialog:
    """Go ``weeks_on`` weeks on (Page Down) and open the first session of the list (Enter)."""
    screen.table.setFocus()
    for _ in range(weeks_on):
        qtbot.keyClick(screen.table, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    return open_dialog(screen, SessionDialog)


def press_in(qtbot: QtBot, field: QWidget, key: Qt.Key) -> None:
    """Press ``key`` in a date field, where the cursor is (a day on with Up)."""
    field.setFocus()
    qtbot.keyClick(field.findChild(QLineEdit) or field, key)


@pytest.mark.parametrize("change", ["date", "room"])
def test_every_change_of_a_session_of_a_series_asks_which_sessions_it_is_for(
    qtbot: QtBot, screen: AgendaScreen, house: Database, change: str
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    dialog = open_first_listed(qtbot, screen, weeks_on=1)  # Tuesday 10 March
    if change == "date":
        press_in(qtbot, dialog.date, Qt.Key.Key_Up)  # Wednesday 11 March
    else:
        dialog.room.setFocus()
        qtbot.keyClicks(dialog.room, "K")  # Kleine zaal
    asked = when_shown(QMessageBox, lambda box: click(qtbot, box, "scopeFollowing"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [box] = asked
    assert box.objectName() == "scopeDialog" and box.text().startswith(
        "This session is part of a series. Which sessions should change?"
    )
    assert all(box.findChild(QPushButton, name).isEnabled() for name in ("scopeThis", "scopeAll"))
    assert not dialog.isVisible()
    rows = bookings(house)
    if change == "date":
        assert [b.date for b in rows] == [
            dt.date(2026, 3, 11) + dt.timedelta(weeks=w) for w in range(4)
        ]
        assert {b.room_id for b in rows} == {n["Grote zaal"]}
    else:
        assert [b.date for b in rows] == [
            dt.date(2026, 3, 10) + dt.timedelta(weeks=w) for w in range(4)
        ]
        assert {b.room_id for b in rows} == {n["Kleine zaal"]}
    assert not any(b.detached for b in rows)


def test_moving_one_session_of_a_series_on_its_own_after_the_question(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.MONTHLY, (TUE,), ordinal=2, count=3)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    dialog = open_first_listed(qtbot, screen, weeks_on=1)  # Tuesday 10 March
    press_in(qtbot, dialog.date, Qt.Key.Key_Up)
    asked = when_shown(QMessageBox, lambda box: click(qtbot, box, "scopeThis"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [box] = asked
    # A monthly series cannot move along by a day: the box says so, and offers this one only.
    assert "Only this one can move to another date" in box.text()
    assert not box.findChild(QPushButton, "scopeFollowing").isEnabled()
    rows = bookings(house)
    assert [(b.date, b.detached) for b in rows] == [
        (dt.date(2026, 3, 11), True),
        (dt.date(2026, 4, 14), False),
        (dt.date(2026, 5, 12), False),
    ]


def test_saving_a_session_left_as_it_was_asks_nothing(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=2)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    dialog = open_first_listed(qtbot, screen, weeks_on=1)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not any(b.detached for b in bookings(house))


def click_text(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    """Click the button of a message box that reads ``text`` (without its & marks)."""
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    qtbot.mouseClick(button, LEFT)


def test_skipping_a_date_asks_first_and_ctrl_z_puts_it_back(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=3)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    dialog = open_first_listed(qtbot, screen, weeks_on=1)  # Tuesday 10 March
    asked = when_shown(QMessageBox, lambda box: click_text(qtbot, box, "Cancel"))
    qtbot.mouseClick(dialog.remove_button, LEFT)
    [question] = asked
    assert question.text().startswith(
        f"Leave Zangkoor out on {agenda_dialogs.day_text(dt.date(2026, 3, 10))}? "
    )
    assert dialog.isVisible() and len(bookings(house)) == 3  # Cancel: nothing skipped

    asked = when_shown(QMessageBox, lambda box: click_text(qtbot, box, "Skip this date"))
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert asked and not dialog.isVisible()
    assert [b.date for b in bookings(house)] == [dt.date(2026, 3, 17), dt.date(2026, 3, 24)]
    assert screen.message.text() == (
        f"Zangkoor on {agenda_dialogs.day_text(dt.date(2026, 3, 10))} is skipped. "
        '<a href="undo">Put it back</a> (Ctrl+Z)'
    )
    assert listed(screen) == []

    qtbot.waitUntil(lambda: screen.dialog is None)
    screen.activateWindow()  # as the window manager does when the dialog has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.date for b in bookings(house)] == [
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 24),
    ]
    assert [s.date for s in listed(screen)] == [dt.date(2026, 3, 10)]
    assert screen.message.text().endswith("is back in the agenda.")
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(bookings(house)) == 3  # nothing more to take back
    with house.reading() as session:
        assert list(session.scalars(select(SeriesSkip))) == []


def test_a_series_lists_its_skipped_and_moved_dates_to_put_back(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    first, second, third, _ = bookings(house)
    agenda.skip_occurrence(house, second.id)  # 17 March
    agenda.change_session(house, third.id, n["Kleine zaal"], dt.date(2026, 3, 26), "19:00", "21:00")
    dialog = open_first_listed(qtbot, screen, weeks_on=1)
    assert dialog.dates_button.text() == "Skipped and &moved dates (2)…"
    shown: list[list[str]] = []

    def put_back_the_skipped_date(box: agenda_dialogs.SeriesDatesDialog) -> None:
        shown.append([box.model.index(r, 1).data() for r in range(box.model.rowCount())])
        qtbot.mouseClick(box.put_back_button, LEFT)  # the first row is selected
        shown.append([box.model.index(r, 1).data() for r in range(box.model.rowCount())])
        box.table.setFocus()
        qtbot.keyClick(box.table, Qt.Key.Key_Return)  # the moved session
        shown.append([box.message.text()])
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    asked = when_shown(agenda_dialogs.SeriesDatesDialog, put_back_the_skipped_date)
    qtbot.mouseClick(dialog.dates_button, LEFT)
    assert asked
    moved = f"Moved to {agenda_dialogs.day_text(dt.date(2026, 3, 26))}, 19:00–21:00, Kleine zaal"
    assert shown == [
        ["Skipped", moved],
        [moved],
        [f"Zangkoor is back on {agenda_dialogs.day_text(dt.date(2026, 3, 24))}, 20:00–22:00."],
    ]
    assert not dialog.isVisible()  # the agenda is shown anew
    rows = bookings(house)
    assert [(b.date, b.room_id, b.detached) for b in rows] == [
        (first.date + dt.timedelta(weeks=w), n["Grote zaal"], False) for w in range(4)
    ]


def test_cancelling_a_session_with_a_reason(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    row = agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00")
    screen.reload()
    screen.open_session(listed(screen)[0])
    dialog = open_dialog(screen, SessionDialog)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.errors["reason"].isVisible()
    qtbot.keyClicks(dialog.reason, "Dirigent ziek")
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert agenda.get_session(house, row.id).cancel_reason == "Dirigent ziek"
    assert listed(screen)[0].status is BookingStatus.GEANNULEERD


def test_confirming_past_sessions(
    qtbot: QtBot, screen: AgendaScreen, house: Database, qtmodeltester
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    agenda.create_series(
        house, n["Zangkoor"], n["Grote zaal"], dt.date(2026, 2, 10), "20:00", "22:00", rule
    )
    screen.reload()
    assert screen.confirm_button.isVisible()
    qtbot.mouseClick(screen.confirm_button, LEFT)
    dialog = open_dialog(screen, UnconfirmedDialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 4
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.held, LEFT)
    assert dialog.model.rowCount() == 3
    qtbot.mouseClick(dialog.all_held, LEFT)
    assert dialog.model.rowCount() == 0
    dialog.reject()
    assert not screen.confirm_button.isVisible()
    assert {b.status for b in bookings(house)} == {"gehouden"}


def test_exporting_the_calendar(
    screen: AgendaScreen, house: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = ids(house)
    agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00")
    target = tmp_path / "agenda"
    monkeypatch.setattr(agenda_ui, "choose_export_file", lambda parent, suggested: target)
    screen.export_calendar()
    assert "BEGIN:VEVENT" in (tmp_path / "agenda.ics").read_text(encoding="utf-8")


def test_a_calendar_with_personal_data_in_a_name_is_not_saved_and_the_screen_says_why(
    screen: AgendaScreen, house: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = ids(house)
    rooms.update_room(house, n["Grote zaal"], "Grote zaal, beheer 06-12345678", 60, None, [], True)
    agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00")
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(agenda_ui, "choose_export_file", lambda parent, suggested: target)
    screen.export_calendar()
    assert not target.exists()
    lines = screen.message.text().splitlines()
    assert lines[0].startswith("The calendar was not saved: it is published")
    assert lines[1:] == [
        "Room R1 'Grote zaal, beheer 06-12345678': a phone number; remove it before you export."
    ]


def test_the_session_list_model(qtmodeltester, screen: AgendaScreen, house: Database) -> None:
    n = ids(house)
    agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00")
    agenda.book_session(house, n["Koffieochtend"], n["Kleine zaal"], TODAY, "9:30", "11:30")
    screen.reload()
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)
    screen.search.setText("koffie")
    assert [s.activity_name for s in listed(screen)] == ["Koffieochtend"]


def test_the_screen_shows_the_demo_house(qtbot: QtBot, db: Database) -> None:
    demo = pytest.importorskip("housedesk.core.demo.builder")
    today = dt.date(2026, 11, 25)
    demo.generate_demo(db, years=1, seed=1, today=today)
    shown = AgendaScreen(db)
    qtbot.addWidget(shown)
    shown.set_today(today)
    expected = agenda.sessions_between(db, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert expected
    assert sorted(s.id for s in listed(shown)) == sorted(s.id for s in expected)
    assert len(shown.grid.rooms) == len([r for r in rooms.list_rooms(db) if r.active])
    assert shown.confirm_button.text() != ""


def test_a_monthly_series_from_the_form(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    screen.book_at(n["Kleine zaal"], dt.date(2026, 3, 2), 19 * 60, 21 * 60)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Zang")
    dialog.repeat.kind.setCurrentIndex(2)
    assert dialog.repeat.monthly_row.isVisible() and not dialog.repeat.days_row.isVisible()
    assert dialog.repeat.month_day.currentIndex() == 0  # Monday, as the date
    dialog.repeat.count_choice.setChecked(True)
    dialog.repeat.count.setValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert [b.date for b in bookings(house)] == [
        dt.date(2026, 3, 2),
        dt.date(2026, 4, 6),
        dt.date(2026, 5, 4),
    ]


def test_changing_the_repeat_of_the_following_sessions(
    qtbot: QtBot, screen: AgendaScreen, house: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = ids(house)
    rule = Recurrence(Frequency.WEEKLY, (TUE,), until=dt.date(2026, 3, 31))
    agenda.create_series(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00", rule)
    offered: list[bool] = []
    monkeypatch.setattr(
        ScopeDialog,
        "ask",
        classmethod(
            lambda cls, parent, allow_this=True, **_kw: (
                offered.append(allow_this) or Scope.FOLLOWING
            )
        ),
    )
    screen.step(2)  # the week of Tuesday 17 March
    screen.open_session(listed(screen)[0])
    dialog = open_dialog(screen, SessionDialog)
    assert dialog.repeat is not None and dialog.repeat.days[TUE].isChecked()
    dialog.repeat.days[TUE].setChecked(False)
    dialog.repeat.days[TUE + 2].setChecked(True)  # Thursdays from now on
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert offered == [False]  # "only this one" cannot change a repeat
    assert [b.date for b in bookings(house)] == [
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 19),
        dt.date(2026, 3, 26),
    ]


def test_a_demo_style_series_opens_without_its_repeat(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    with house.transaction() as session:
        series = BookingSeries(
            activity_id=n["Zangkoor"],
            room_id=n["Grote zaal"],
            first_date=TODAY,
            start_min=1200,
            end_min=1320,
            rrule="FREQ=WEEKLY;BYDAY=WE;BYMONTH=1,2,3,9,10,11,12",
        )
        session.add(series)
        session.flush()
        session.add(
            Booking(
                activity_id=n["Zangkoor"],
                room_id=n["Grote zaal"],
                date=TODAY,
                start_min=1200,
                end_min=1320,
                series_id=series.id,
                occurrence_date=TODAY,
            )
        )
    screen.reload()
    screen.open_session(listed(screen)[0])
    dialog = open_dialog(screen, SessionDialog)
    assert dialog.repeat is None
    dialog.reject()


# --------------------------------------------------------------------------- many rooms


def test_unavailable_spans_hatch_whole_quarters_outside_the_hours() -> None:
    spans = agenda_grid.unavailable_spans
    assert spans(((480, 720), (780, 1380)), False, 480, 1440) == [(720, 780), (1380, 1440)]
    assert spans((), False, 480, 1380) == [(480, 1380)]
    assert spans(((480, 1380),), True, 480, 1380) == [(480, 1380)]
    # Opening at 9:10 leaves the quarter from 9:00 hatched; closing at 12:05 keeps 12:00 open.
    assert spans(((550, 725),), False, 480, 840) == [(480, 555), (735, 840)]
    # Touching and overlapping intervals, and hours before the first one shown.
    assert spans(((420, 600), (600, 660), (630, 700)), False, 480, 840) == [(705, 840)]


@pytest.fixture
def big_house(house: Database) -> Database:
    """The house with twelve rooms: more than fit side by side in a week."""
    for number in range(3, 13):
        rooms.create_room(house, f"Zaal {number}", 10)
    return house


def test_a_house_with_many_rooms_scrolls_down_from_today(qtbot: QtBot, big_house: Database) -> None:
    screen = AgendaScreen(big_house)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.set_today(TODAY)
    screen.show()
    qtbot.waitExposed(screen)
    grid, area = screen.grid, screen.grid_area
    bar = area.verticalScrollBar()
    assert len(grid.rooms) == 12 and len(grid.days) == 7
    assert grid.rows and area.horizontalScrollBar().maximum() == 0
    assert grid.height() >= 7 * 12 * grid._least_row()
    # Wednesday, today, starts right under the times of day.
    qtbot.waitUntil(lambda: bar.value() == int(grid.lane_top(TODAY) - grid._scale_height()) > 0)
    # Under the times of day nothing can be booked, although a room's row lies there.
    hidden = QPointF(grid._time_at(19 * 60 + 5), bar.value() + grid._scale_height() / 2)
    assert grid.slot_at(hidden.toPoint()) is None
    n = ids(big_house)
    last_room = grid.rooms[-1]
    spot = grid.cell_rect(last_room.id, TODAY, 19 * 60, 19 * 60 + 15).center().toPoint()
    assert grid.visibleRegion().contains(spot)
    qtbot.mouseClick(grid, LEFT, pos=spot)
    qtbot.mouseDClick(grid, LEFT, pos=spot)
    dialog = open_dialog(screen, BookingDialog)
    assert dialog.room.currentData() == last_room.id != n["Grote zaal"]
    dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)
    # Paging keeps the same weekday in view; one room's week stands side by side.
    screen.step(1)
    qtbot.waitUntil(lambda: bar.value() == int(grid.lane_top(grid.days[2]) - grid._scale_height()))
    screen.room_box.setCurrentIndex(screen.room_box.findData(n["Grote zaal"]))
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    assert [r.name for r in grid.rooms] == ["Grote zaal"] and not grid.rows


def test_a_day_of_a_few_rooms_stands_side_by_side_without_scrolling(
    qtbot: QtBot, screen: AgendaScreen
) -> None:
    screen.view_box.setCurrentIndex(screen.view_box.findData(agenda_ui.DAY))
    assert len(screen.grid.rooms) == 2 and not screen.grid.rows
    assert screen.grid_area.verticalScrollBar().maximum() == 0
    assert screen.grid.width() == screen.grid_area.viewport().width()
    assert screen.grid._lane_size() >= screen.grid.readable_width()


def test_the_screen_loads_once_and_again_only_after_a_change_elsewhere(
    qtbot: QtBot, house: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[dt.date] = []
    load = agenda.agenda_range
    monkeypatch.setattr(
        agenda, "agenda_range", lambda db, first, last: loads.append(first) or load(db, first, last)
    )
    screen = AgendaScreen(house)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert len(loads) == 1
    screen.hide()  # another screen is chosen, and this one is shown again: nothing changed
    screen.show()
    assert len(loads) == 1
    n = ids(house)
    screen.hide()
    perform(  # booked elsewhere, as a screen does it
        Change.SESSIONS,
        lambda: agenda.book_session(
            house, n["Zangkoor"], n["Grote zaal"], screen.today, "20:00", "22:00"
        ),
    )
    assert len(loads) == 1  # not while hidden
    screen.show()
    assert len(loads) == 2
    assert [s.activity_name for s in listed(screen)] == ["Zangkoor"]


def test_a_search_matches_the_text_of_every_column(screen: AgendaScreen, house: Database) -> None:
    n = ids(house)
    row = agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00")
    agenda.set_status(house, row.id, BookingStatus.GEANNULEERD, "Dirigent ziek", today=TODAY)
    agenda.book_session(house, n["Koffieochtend"], n["Kleine zaal"], TODAY, "9:30", "11:30")
    screen.reload()
    model = screen.model
    for number in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = model.index(number, column).data()
            assert text.casefold() in model.search_key(number), (number, column, text)
    screen.search.setText("ziek")
    assert [s.activity_name for s in listed(screen)] == ["Zangkoor"]


def test_tab_never_stops_on_the_grid(qtbot: QtBot, big_house: Database) -> None:
    screen = AgendaScreen(big_house)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.previous_button.setFocus()
    stops = []
    for _ in range(14):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert screen.search in stops and screen.export_button in stops
    assert screen.grid_area not in stops and screen.grid not in stops


def test_tab_goes_round_every_field_of_the_booking_form(qtbot: QtBot, screen: AgendaScreen) -> None:
    screen.create_new()
    dialog = open_dialog(screen, BookingDialog)
    activated(qtbot, dialog)
    retype(qtbot, dialog.date, "19-07-2027")
    qtbot.keyClicks(dialog.repeat.kind, "Elke")  # every week: its fields appear
    dialog.activity.setFocus()
    stops = tab_round(qtbot, dialog)
    assert len(stops) == len(set(stops))  # round once: set-up and clean-up do not go round
    repeat = dialog.repeat
    for field in (
        dialog.activity,
        dialog.date.edit,
        dialog.end,
        dialog.setup.setup,
        dialog.setup.teardown,
        repeat.kind,
        repeat.interval,
        repeat.days[6],
        repeat.until_choice,
        repeat.until.edit,
        dialog.save_button,
    ):
        assert field in stops, field.objectName()
    assert stops.index(dialog.setup.teardown) < stops.index(repeat.kind)


def test_a_typed_date_and_times_are_booked_as_typed(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    screen.create_new()
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Zang")
    qtbot.keyClicks(dialog.room, "Grote")
    date = dialog.date.edit
    qtbot.mouseClick(date, LEFT)
    qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date, "19-07-2027")
    assert dialog.date.weekday.text()  # the weekday shows as the date is typed
    for field, text in ((dialog.start, "19"), (dialog.end, "2230")):
        qtbot.keyClick(field.edit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field.edit(), text)
    qtbot.keyClick(dialog.end.edit(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (booked,) = bookings(house)
    assert (booked.date, booked.start_min, booked.end_min) == (dt.date(2027, 7, 19), 1140, 1350)
    assert booked.room_id == n["Grote zaal"]


def test_an_impossible_date_is_refused_next_to_the_field_and_nothing_is_booked(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    screen.create_new()
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Zang")
    qtbot.keyClicks(dialog.room, "Grote")
    qtbot.keyClick(dialog.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date.edit, "31-02-2027")
    qtbot.keyClicks(dialog.start.edit(), "19:00")
    qtbot.keyClicks(dialog.end.edit(), "20:00")
    qtbot.keyClick(dialog.end.edit(), Qt.Key.Key_Return)
    assert dialog.isVisible() and bookings(house) == []
    assert dialog.date.text() == "31-02-2027"  # never 28-02 or 03-03
    assert "31-02-2027" in dialog.errors["date"].text()
    dialog.reject()


def test_a_held_session_says_why_it_cannot_be_changed(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    held = agenda.book_session(house, n["Zangkoor"], n["Grote zaal"], TODAY, "20:00", "22:00")
    agenda.set_status(house, held.id, BookingStatus.GEHOUDEN, today=TODAY)
    screen.reload()
    (row,) = listed(screen)
    screen.open_session(row)
    dialog = open_dialog(screen, SessionDialog)
    assert not dialog.date.isEnabled() and not dialog.save_button.isEnabled()
    note = dialog.findChild(QLabel, "fixedNote")
    assert note is not None and note.isVisible()
    assert "held" in note.text() and "Back to planned" in note.text()
    assert dialog.planned_button.isEnabled()
    dialog.reject()


# --------------------------------------------------------------------------- outside the hours


def test_a_saturday_evening_rental_opens_the_house_that_night(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    """Refused with the hours shown, the offer clicked, the booking saved and in the agenda."""
    rooms.set_day_hours(house, [SAT], DayPlan.OPEN, [("10:00", "17:00")])
    an_activity(house, "Verjaardagsfeest", user="Familie de Vries", kind=UserKind.PARTICULIER)
    screen.reload()
    n = ids(house)
    saturday = dt.date(2026, 3, 7)
    spot = screen.grid.cell_rect(n["Grote zaal"], saturday, 16 * 60, 16 * 60 + 15)
    qtbot.mouseDClick(screen.grid, LEFT, pos=spot.center().toPoint())
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Verj")
    assert dialog.activity.currentData() == n["Verjaardagsfeest"]
    retype(qtbot, dialog.start, "19:00")
    retype(qtbot, dialog.end, "0:30")
    assert dialog.end.currentText() == "00:30"
    assert dialog.night.isVisible()
    assert dialog.night.text() == "Ends after midnight, at 00:30 at night."
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)

    assert dialog.isVisible() and bookings(house) == []
    assert dialog.errors["date"].text() == (
        "07-03-2026: outside the opening hours. On Saturday the house is open from 10:00 to 17:00."
    )
    assert dialog.offer.isVisible()
    assert dialog.offer.text() == "Add extra opening for Sat 07-03 10:00–00:30 and save"
    assert dialog.offer_note.text() == (
        "Grote zaal is then open 10:00–00:30 that day, instead of 10:00–17:00."
    )
    qtbot.mouseClick(dialog.offer, LEFT)

    assert not dialog.isVisible()
    (row,) = bookings(house)
    assert (row.date, row.start_min, row.end_min) == (saturday, 1140, 1470)
    (opened,) = rooms.list_opening_exceptions(house)
    assert (opened.room_id, opened.first_day, opened.span, opened.reason) == (
        n["Grote zaal"],
        saturday,
        "10:00–00:30",
        "Extra opening: private rental",
    )
    shown = [s for s in listed(screen) if s.date == saturday]
    assert [(s.activity_name, s.span) for s in shown] == [("Verjaardagsfeest", "19:00–00:30")]
    assert screen.grid.agenda is not None
    hall = next(r for r in screen.grid.rooms if r.id == n["Grote zaal"])
    assert screen.grid.agenda.hours_on(hall, saturday) == ((600, 1470),)


def test_changing_the_times_takes_the_offer_away(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    rooms.set_day_hours(house, [SAT], DayPlan.OPEN, [("10:00", "17:00")])
    n = ids(house)
    screen.book_at(n["Grote zaal"], dt.date(2026, 3, 7), 19 * 60, 23 * 60)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Zang")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.offer.isVisible()
    retype(qtbot, dialog.start, "15:00")
    assert not dialog.offer.isVisible()
    retype(qtbot, dialog.end, "17:00")
    qtbot.keyClick(dialog.end.edit(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(b.start_min, b.end_min) for b in bookings(house)] == [(900, 1020)]
    assert rooms.list_opening_exceptions(house) == []


def test_set_up_time_comes_from_the_activity_and_takes_the_room(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    n = ids(house)
    choice = next(c for c in users.pickable_activities(house) if c.name == "Koffieochtend")
    activity = users.get_activity(house, choice.id)
    users.update_activity(
        house,
        choice.id,
        users.ActivityFields(
            user_id=activity.user_id,
            name=activity.name,
            type=activity.type,
            target_groups=activity.target_groups,
            accessibility=activity.accessibility,
            nature=activity.nature,
            default_start="9:30",
            default_end="11:30",
            setup_min=30,
            teardown_min=15,
        ),
    )
    screen.book_at(n["Grote zaal"], TODAY, 9 * 60 + 30, 11 * 60 + 30)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Koffie")
    assert dialog.setup.values() == (30, 15)
    dialog.setup.teardown.setFocus()
    qtbot.keyClick(dialog.setup.teardown, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.setup.teardown, "45")
    qtbot.keyClick(dialog.setup.teardown, Qt.Key.Key_Return)
    (row,) = bookings(house)
    assert (row.setup_min, row.teardown_min) == (30, 45)
    # The room is taken from the set-up to the end of the clean-up.
    agenda_row = agenda.get_session(house, row.id)
    assert agenda_row.blocked == (540, 735)


def test_enter_takes_the_offered_extra_opening(
    qtbot: QtBot, screen: AgendaScreen, house: Database
) -> None:
    rooms.set_day_hours(house, [SAT], DayPlan.OPEN, [("10:00", "17:00")])
    n = ids(house)
    screen.book_at(n["Kleine zaal"], dt.date(2026, 3, 7), 20 * 60, 23 * 60)
    dialog = open_dialog(screen, BookingDialog)
    qtbot.keyClicks(dialog.activity, "Zang")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.offer.isVisible() and dialog.offer.isDefault()
    assert bookings(house) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(b.start_min, b.end_min) for b in bookings(house)] == [(1200, 1380)]
    (opened,) = rooms.list_opening_exceptions(house)
    assert (opened.room_id, opened.span, opened.reason) == (
        n["Kleine zaal"],
        "10:00–23:00",
        "Extra opening: Zangkoor",
    )
