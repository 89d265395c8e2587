"""Tests that the painted agenda can be read: room names, whole session names, closures, months.

The screen is given the room it has in the window on a 1366 × 768 screen (the
navigation takes the rest), with the five rooms of the demo house; what is
checked is the text the grid paints, as a volunteer reads it off the screen.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from housedesk.core import rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.ui.agenda import grid as agenda_grid
from housedesk.ui.agenda import screen as agenda_ui
from housedesk.ui.agenda.dialogs import BookingDialog
from housedesk.ui.agenda.screen import AgendaScreen
from tests.helpers.painting import painted_texts
from tests.helpers.register import an_activity

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date(2027, 1, 13)  # a Wednesday
MONDAY = dt.date(2027, 1, 11)
ROOMS = ("Grote zaal", "Kleine zaal", "Vergaderkamer", "Keuken/ontmoetingsruimte", "Zorgkamer")
#: The Agenda screen's part of a maximised window on a 1366 × 768 screen.
SCREEN_1366 = (1110, 700)


@pytest.fixture
def house(house_db: Database) -> Database:
    db = house_db
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    for name in ROOMS:
        rooms.create_room(db, name, 30)
    an_activity(db, "Spreekuur wijkwerker")
    an_activity(db, "Bingo")
    an_activity(db, "Dagbesteding Ontmoetingsgroep")
    return db


def ids(db: Database) -> dict[str, int]:
    found = {room.name: room.id for room in rooms.list_rooms(db)}
    found.update({a.name: a.id for a in users.pickable_activities(db)})
    return found


def shown(qtbot: QtBot, db: Database, size: tuple[int, int] = SCREEN_1366) -> AgendaScreen:
    screen = AgendaScreen(db)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.set_today(TODAY)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_week_of_five_rooms_names_the_rooms_and_the_sessions(
    qtbot: QtBot, house: Database
) -> None:
    n = ids(house)
    agenda.book_session(house, n["Spreekuur wijkwerker"], n["Zorgkamer"], TODAY, "9:30", "11:30")
    agenda.book_session(house, n["Bingo"], n["Grote zaal"], MONDAY, "19:00", "22:00")
    screen = shown(qtbot, house)
    grid = screen.grid
    assert grid.rows  # 35 lanes side by side would be two letters wide
    texts = painted_texts(grid)
    for name in (*ROOMS[:3], "Zorgkamer"):
        assert texts.count(name) == 7, name  # once beside every day
    assert not {"R1", "R2", "R3", "R4", "R5"} & set(texts)
    assert "Bingo" in texts and "19:00–22:00" in texts
    assert "Spreekuur wijkwerker" in texts or {"Spreekuur", "wijkwerker"} <= set(texts)
    assert not [t for t in texts if t.endswith("…") and t.startswith(("Spr", "Bin"))]


def test_in_large_text_the_sessions_still_read_whole(qtbot: QtBot, house: Database) -> None:
    n = ids(house)
    agenda.book_session(house, n["Spreekuur wijkwerker"], n["Zorgkamer"], TODAY, "9:30", "11:30")
    screen = shown(qtbot, house, (1030, 650))  # 1280 × 720 with large letters
    large = QFont(screen.font())
    large.setPointSizeF(large.pointSizeF() * 1.3)
    screen.setFont(large)
    screen.grid.setFont(large)
    qtbot.waitUntil(lambda: screen.grid._line == QFontMetrics(large).height())
    texts = painted_texts(screen.grid)
    assert "Spreekuur wijkwerker" in texts or {"Spreekuur", "wijkwerker"} <= set(texts)


def test_one_room_s_week_stands_side_by_side_like_a_paper_agenda(
    qtbot: QtBot, house: Database
) -> None:
    n = ids(house)
    agenda.book_session(
        house, n["Dagbesteding Ontmoetingsgroep"], n["Grote zaal"], TODAY, "9:30", "12:30"
    )
    screen = shown(qtbot, house)
    screen.room_box.setFocus()
    qtbot.keyClick(screen.room_box, Qt.Key.Key_Down)  # the first room: Grote zaal
    grid = screen.grid
    assert [room.name for room in grid.rooms] == ["Grote zaal"]
    assert not grid.rows and grid._lane_size() >= grid.readable_width()
    texts = painted_texts(grid)
    assert {"Dagbesteding", "Ontmoetingsgroep"} <= set(texts) or (
        "Dagbesteding Ontmoetingsgroep" in texts
    )
    assert any(t.endswith("(today)") for t in texts)


def test_the_room_chosen_is_remembered_for_the_next_start(qtbot: QtBot, house: Database) -> None:
    screen = shown(qtbot, house)
    screen.room_box.setFocus()
    qtbot.keyClick(screen.room_box, Qt.Key.Key_Down)
    qtbot.keyClick(screen.room_box, Qt.Key.Key_Down)
    assert screen.room_box.currentText() == "Kleine zaal"
    again = shown(qtbot, house)
    assert again.room_box.currentText() == "Kleine zaal"
    assert [room.name for room in again.grid.rooms] == ["Kleine zaal"]
    again.room_box.setFocus()
    qtbot.keyClick(again.room_box, Qt.Key.Key_Home)  # back to all rooms
    assert agenda_ui.remembered_room() is None
    assert shown(qtbot, house).room_box.currentIndex() == 0


def test_a_closed_day_says_why(qtbot: QtBot, house: Database) -> None:
    n = ids(house)
    rooms.create_closure(house, TODAY, TODAY, "Nieuwjaarsreceptie")
    rooms.create_closure(house, MONDAY, MONDAY, "Schilderwerk", n["Vergaderkamer"])
    screen = shown(qtbot, house)
    texts = painted_texts(screen.grid)
    assert texts.count("Closed: Nieuwjaarsreceptie") == len(ROOMS)
    assert texts.count("Closed: Schilderwerk") == 1
    assert not [t for t in texts if t.startswith("g") and t.endswith("…")]
    # Side by side (one day), the reason is in the header and in the closed column.
    screen.view_box.setFocus()
    qtbot.keyClick(screen.view_box, Qt.Key.Key_Down)  # Day
    assert screen.mode == agenda_ui.DAY and not screen.grid.rows
    texts = painted_texts(screen.grid)
    assert "Closed: Nieuwjaarsreceptie" in texts and "Nieuwjaarsreceptie" in texts


def test_the_month_names_what_takes_place(qtbot: QtBot, house: Database) -> None:
    n = ids(house)
    agenda.book_session(house, n["Bingo"], n["Grote zaal"], TODAY, "19:00", "22:00")
    for hour in range(8, 20):  # a busy Monday: more than its box holds
        agenda.book_session(
            house, n["Spreekuur wijkwerker"], n["Zorgkamer"], MONDAY, f"{hour}:00", f"{hour}:45"
        )
    rooms.create_closure(house, dt.date(2027, 1, 1), dt.date(2027, 1, 1), "Nieuwjaarsdag")
    screen = shown(qtbot, house)
    screen.view_box.setFocus()
    qtbot.keyClick(screen.view_box, Qt.Key.Key_End)  # Month
    assert screen.views.currentWidget() is screen.month
    texts = painted_texts(screen.month)
    assert "19:00 Bingo" in texts
    more = [t for t in texts if t.startswith("+") and t.endswith(" more")]
    shown_monday = [t for t in texts if t[:2].isdigit() and t[5:].startswith(" Spr")]
    assert len(more) == 1 and int(more[0].split()[0][1:]) + len(shown_monday) == 12
    assert any(t.startswith("Closed:") or t == "Nieuwjaarsdag" for t in texts)
    assert "19:00–22:00 Bingo (Grote zaal)" in screen.month.tooltip(TODAY)


def test_double_clicking_a_free_quarter_of_a_row_books_it(qtbot: QtBot, house: Database) -> None:
    n = ids(house)
    screen = shown(qtbot, house)
    grid = screen.grid
    assert grid.rows
    spot = grid.cell_rect(n["Zorgkamer"], TODAY, 19 * 60, 19 * 60 + 15)
    screen.grid_area.ensureVisible(int(spot.center().x()), int(spot.center().y()), 0, 80)
    qtbot.mouseClick(grid, LEFT, pos=spot.center().toPoint())
    assert screen.dialog is None  # one click only marks the quarter
    qtbot.mouseDClick(grid, LEFT, pos=spot.center().toPoint())
    dialog = screen.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.room.currentData() == n["Zorgkamer"]
    assert dialog.date.value() == TODAY
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("19:00", "20:00")
    dialog.reject()


def test_fit_lines_wraps_and_never_cuts_a_name_silently(qapp) -> None:
    metrics = QFontMetrics(QFont())
    wide = metrics.horizontalAdvance("Spreekuur wijkwerker") + 2
    assert agenda_grid.fit_lines("Spreekuur wijkwerker", metrics, wide, 2) == [
        "Spreekuur wijkwerker"
    ]
    narrow = metrics.horizontalAdvance("wijkwerker") + 2
    assert agenda_grid.fit_lines("Spreekuur wijkwerker", metrics, narrow, 2) == [
        "Spreekuur",
        "wijkwerker",
    ]
    one = agenda_grid.fit_lines("Spreekuur wijkwerker", metrics, narrow, 1)
    assert len(one) == 1 and one[0].endswith("…")
    parts = agenda_grid.fit_lines(
        "Keuken/ontmoetingsruimte", metrics, metrics.horizontalAdvance("Keuken/ontm"), 2
    )
    assert parts[0] == "Keuken/" and parts[1].startswith("ontmoet")
    assert agenda_grid.fit_lines("Bingo", metrics, 0, 2) == []


def test_a_bar_until_after_midnight_and_a_days_other_hours(qtbot: QtBot, house: Database) -> None:
    n = ids(house)
    saturday = dt.date(2027, 1, 16)
    rooms.create_opening_exception(house, saturday, saturday, "10:00", "00:30", "Feest")
    agenda.book_session(house, n["Bingo"], n["Grote zaal"], saturday, "19:00", "00:30")
    screen = shown(qtbot, house)
    grid = screen.grid
    assert (grid.first_minute, grid.last_minute) == (8 * 60, 25 * 60)  # until 01:00 at night
    texts = painted_texts(grid)
    assert "Bingo" in texts and "19:00–00:30" in texts
    assert "24:00" in texts  # the scale runs on to midnight and past it
    hall = next(room for room in grid.rooms if room.name == "Grote zaal")
    lane = grid._lane_of(hall.id, saturday)
    friday = grid._lane_of(hall.id, saturday - dt.timedelta(days=1))
    assert lane is not None and friday is not None
    # Saturday is open until 00:30; Friday closes at 23:00 as usual.
    assert grid._unavailable[lane] == [(8 * 60, 10 * 60), (24 * 60 + 30, 25 * 60)]
    assert grid._unavailable[friday] == [(23 * 60, 25 * 60)]
    # A click after midnight is the next day's: it books nothing on Saturday.
    spot = grid.cell_rect(hall.id, saturday, 24 * 60 + 30, 24 * 60 + 45)
    screen.grid_area.ensureVisible(int(spot.center().x()), int(spot.center().y()), 0, 80)
    qtbot.mouseClick(grid, LEFT, pos=spot.center().toPoint())
    assert screen.dialog is None


def test_set_up_and_clean_up_are_drawn_beside_the_session(qtbot: QtBot, house: Database) -> None:
    n = ids(house)
    agenda.book_session(
        house, n["Bingo"], n["Grote zaal"], TODAY, "19:00", "21:00", setup=60, teardown=30
    )
    screen = shown(qtbot, house)
    grid = screen.grid
    screen.room_box.setFocus()
    qtbot.keyClick(screen.room_box, Qt.Key.Key_Down)  # Grote zaal alone: side by side
    assert not grid.rows
    (session,) = [s for lane in grid._sessions for s in lane]
    assert "Room taken 18:00–21:30 (set-up and clean-up)" in grid.tooltip(session)
    image = grid.grab().toImage()
    base = grid.palette().color(grid.backgroundRole())
    for minute in (18 * 60 + 30, 21 * 60 + 15):  # in the set-up, in the clean-up
        rect = grid.cell_rect(n["Grote zaal"], TODAY, minute, minute + 15)
        colour = image.pixelColor(rect.center().toPoint())
        assert colour != base and colour.lightness() > 150, minute
    free = grid.cell_rect(n["Grote zaal"], TODAY, 17 * 60, 17 * 60 + 15)
    assert image.pixelColor(free.center().toPoint()) != image.pixelColor(
        grid.cell_rect(n["Grote zaal"], TODAY, 18 * 60 + 30, 18 * 60 + 45).center().toPoint()
    )
