"""Tests for housedesk.ui.tallies: the tallies list, its filters and totals, and corrections."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from housedesk import tallies
from housedesk.db import Database
from housedesk.demo import generate_demo
from housedesk.ui.dates import PeriodPicker
from housedesk.ui.tallies import TalliesScreen

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, years=1, seed=3, today=TODAY)
    return db


@pytest.fixture
def screen(qtbot: QtBot, demo_db: Database) -> TalliesScreen:
    shown = TalliesScreen(demo_db, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def independent_totals(db: Database, first: dt.date, last: dt.date) -> tuple[int, int]:
    with db.reading() as s:
        row = s.execute(
            text(
                "SELECT count(*), coalesce(sum(visitors), 0) FROM bookings "
                "WHERE status = 'gehouden' AND date BETWEEN :a AND :b"
            ),
            {"a": first, "b": last},
        ).one()
    return row[0], row[1]


def test_opens_on_this_quarter_with_its_totals(screen: TalliesScreen, demo_db: Database) -> None:
    sessions, visitors = independent_totals(demo_db, dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    shown = screen.shown_rows()
    assert len(shown) == sessions > 0
    assert tallies.totals(shown).visitors == visitors
    assert screen.totals.text().startswith(f"{sessions} sessions")
    assert shown[0].date >= shown[-1].date  # newest first


def test_filters_narrow_the_rows_and_the_totals(screen: TalliesScreen) -> None:
    all_rows = screen.shown_rows()
    screen.room.setCurrentIndex(1)
    room_id = screen.room.currentData()
    assert screen.shown_rows() == [r for r in all_rows if r.room_id == room_id]
    screen.room.setCurrentIndex(0)
    screen.activity.setCurrentIndex(1)
    activity_id = screen.activity.currentData()
    assert screen.shown_rows() == [r for r in all_rows if r.activity_id == activity_id]
    screen.activity.setCurrentIndex(0)
    screen.group.setCurrentIndex(screen.group.findData("kinderen"))
    assert screen.shown_rows() and all("kinderen" in r.target_groups for r in screen.shown_rows())
    screen.group.setCurrentIndex(0)
    screen.uncounted.setChecked(True)
    assert all(not r.counted for r in screen.shown_rows())
    assert screen.totals.text().endswith(f"{len(screen.shown_rows())} not counted")


def test_another_period_reloads(screen: TalliesScreen, demo_db: Database) -> None:
    screen.period.choice.setCurrentIndex(PeriodPicker.LAST_QUARTER)
    sessions, _ = independent_totals(demo_db, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert len(screen.shown_rows()) == sessions


def test_correcting_last_weeks_count_keeps_its_history(
    qtbot: QtBot, screen: TalliesScreen, demo_db: Database
) -> None:
    row = next(
        r
        for r in screen.shown_rows()
        if r.visitors is not None and r.date < TODAY - dt.timedelta(6)
    )
    assert screen.select_where(lambda r: r.booking_id == row.booking_id)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.visitors.text() == str(row.visitors)
    dialog.visitors.setFocus()
    dialog.visitors.selectAll()
    qtbot.keyClicks(dialog.visitors, str(row.visitors + 2))
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (revision,) = tallies.history(demo_db, row.booking_id)[-1:]
    assert (revision.old_value, revision.new_value) == (row.visitors, row.visitors + 2)
    corrected = next(r for r in screen.shown_rows() if r.booking_id == row.booking_id)
    assert corrected.visitors == row.visitors + 2 and corrected.corrections >= 1
    screen.edit_row(corrected)
    assert "from" in screen.dialog.history.text()
    screen.dialog.reject()


def test_text_in_a_count_is_refused_next_to_the_field(
    qtbot: QtBot, screen: TalliesScreen, demo_db: Database
) -> None:
    row = screen.shown_rows()[0]
    screen.edit_row(row)
    dialog = screen.dialog
    dialog.visitors.setText("veel")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors["visitors"].isVisible()
    assert tallies.count_row(demo_db, row.booking_id).visitors == row.visitors


def test_the_list_passes_the_model_checks(qtmodeltester, screen: TalliesScreen) -> None:
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)
    assert QApplication.instance() is not None
