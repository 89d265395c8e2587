"""Tests for housedesk.ui.tallies: the tallies list, its filters and totals, and corrections."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from housedesk.core.demo.builder import generate_demo
from housedesk.core.tallies import counts as tallies
from housedesk.core.tallies.counts import TallyRow
from housedesk.db import Database
from housedesk.ui.kit.dates import PeriodPicker
from housedesk.ui.tallies import TalliesScreen
from tests.helpers.screens import show

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, years=1, seed=3, today=TODAY)
    return db


def counted_up(qtbot: QtBot, screen: TalliesScreen) -> None:
    """Wait for the worker thread's totals of what the screen shows now."""
    qtbot.waitUntil(lambda: not screen.counting and screen.totals.isEnabled())


@pytest.fixture
def screen(qtbot: QtBot, demo_db: Database) -> TalliesScreen:
    shown = show(qtbot, TalliesScreen(demo_db, today=lambda: TODAY))
    counted_up(qtbot, shown)
    return shown


def all_rows(screen: TalliesScreen) -> list[TallyRow]:
    """Every row the list would show when scrolled to the end."""
    while screen.proxy.canFetchMore(QModelIndex()):
        screen.proxy.fetchMore(QModelIndex())
    return [screen.proxy.row_at(i) for i in range(screen.proxy.rowCount())]


def held(db: Database, where: str, **params: object) -> list[int]:
    """The ids of the held sessions ``where`` keeps (SQL over b, a, u), newest first."""
    with db.reading() as s:
        return [
            row[0]
            for row in s.execute(
                text(
                    "SELECT b.id FROM bookings b JOIN activities a ON a.id = b.activity_id "
                    "JOIN users u ON u.id = a.user_id "
                    f"WHERE b.status = 'gehouden' AND {where} "
                    "ORDER BY b.date DESC, b.start_min DESC, b.id DESC"
                ),
                params,
            )
        ]


def visitors(db: Database, ids: list[int]) -> int:
    with db.reading() as s:
        return s.execute(
            text(
                "SELECT coalesce(sum(visitors), 0) FROM bookings "
                f"WHERE id IN ({','.join(map(str, ids))})"
            )
        ).scalar_one()


THIS_QUARTER = "b.date BETWEEN '2026-10-01' AND '2026-12-31'"


def test_opens_on_this_quarter_with_one_page_and_the_totals_of_all(
    screen: TalliesScreen, demo_db: Database
) -> None:
    expected = held(demo_db, THIS_QUARTER)
    assert len(expected) > tallies.PAGE_SIZE
    assert screen.model.rowCount() == tallies.PAGE_SIZE  # only what can be scrolled to
    uncounted = held(demo_db, f"{THIS_QUARTER} AND b.visitors IS NULL AND b.volunteers IS NULL")
    number = QLocale().toString
    assert screen.totals.text() == (
        f"{number(len(expected))} sessions · {number(visitors(demo_db, expected))} visitors · "
        f"{number(screen.summary.shown.volunteers)} volunteers · {number(len(uncounted))}"
        " not counted"
    )
    assert [r.booking_id for r in all_rows(screen)] == expected  # newest first
    assert screen.body.currentWidget() is screen.table


def test_filters_narrow_the_rows_and_the_totals(qtbot: QtBot, screen: TalliesScreen) -> None:
    db = screen.db
    for change, reset, where in (
        (
            lambda: screen.room.setCurrentIndex(1),
            lambda: screen.room.setCurrentIndex(0),
            "b.room_id = :key",
        ),
        (
            lambda: screen.activity.setCurrentIndex(2),
            lambda: screen.activity.setCurrentIndex(0),
            "b.activity_id = :key",
        ),
        (
            lambda: screen.group.setCurrentIndex(screen.group.findData("kinderen")),
            lambda: screen.group.setCurrentIndex(0),
            "a.id IN (SELECT activity_id FROM activity_target_groups "
            "WHERE target_group = 'kinderen')",
        ),
        (
            lambda: screen.kind.setCurrentIndex(screen.kind.findData("vereniging")),
            lambda: screen.kind.setCurrentIndex(0),
            "u.kind = 'vereniging'",
        ),
        (
            lambda: screen.uncounted.setChecked(True),
            lambda: screen.uncounted.setChecked(False),
            "b.visitors IS NULL AND b.volunteers IS NULL",
        ),
    ):
        with qtbot.waitSignal(screen.totals_shown):
            change()
        key = screen.room.chosen() or screen.activity.chosen()
        expected = held(db, f"{THIS_QUARTER} AND {where}", key=key)
        assert expected
        assert [r.booking_id for r in all_rows(screen)] == expected
        assert screen.totals.text().startswith(f"{QLocale().toString(len(expected))} sessions · ")
        with qtbot.waitSignal(screen.totals_shown):
            reset()
    assert screen.summary.shown.sessions == len(held(db, THIS_QUARTER))


def test_typing_a_search_keeps_the_sessions_with_every_word(
    qtbot: QtBot, screen: TalliesScreen
) -> None:
    everything = all_rows(screen)
    screen.focus_search()
    with qtbot.waitSignal(screen.totals_shown):
        QTest.keyClicks(screen.search, "BRIDGE zaal")
    counted_up(qtbot, screen)
    expected = [
        r.booking_id
        for r in everything
        if all(
            word in f"{r.activity_name} {r.user_name} {r.room_name}".casefold()
            for word in ("bridge", "zaal")
        )
    ]
    assert expected and len(expected) < len(everything)
    assert [r.booking_id for r in all_rows(screen)] == expected
    assert screen.summary.shown.sessions == len(expected)
    with qtbot.waitSignal(screen.totals_shown):
        QTest.keyClicks(screen.search, "nowhere")
    counted_up(qtbot, screen)
    assert screen.proxy.rowCount() == 0
    assert screen.body.currentWidget() is screen.table  # nothing matches; the period has sessions
    assert screen.totals.text().startswith("0 sessions")


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, screen: TalliesScreen) -> None:
    everything = all_rows(screen)
    header = screen.table.horizontalHeader()
    visitors_section = header.sectionViewportPosition(5) + header.sectionSize(5) // 2
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(visitors_section, header.height() // 2),
    )
    column, order = screen.model.sorted_by
    assert column == 5
    descending = order == Qt.SortOrder.DescendingOrder
    shown = all_rows(screen)
    expected = sorted(
        everything,
        key=lambda r: (-1 if r.visitors is None else r.visitors, r.date, r.start_min, r.booking_id),
        reverse=descending,
    )
    assert [r.booking_id for r in shown] == [r.booking_id for r in expected]
    assert screen.totals.isEnabled()  # the order changes nothing to add up


def test_another_period_reloads_its_rooms_rows_and_totals(
    qtbot: QtBot, screen: TalliesScreen, demo_db: Database
) -> None:
    with qtbot.waitSignal(screen.totals_shown):
        screen.period.choice.setCurrentIndex(PeriodPicker.LAST_QUARTER)
    expected = held(demo_db, "b.date BETWEEN '2026-07-01' AND '2026-09-30'")
    assert [r.booking_id for r in all_rows(screen)] == expected
    assert screen.summary.shown.sessions == len(expected)
    with qtbot.waitSignal(screen.totals_shown):
        screen.period.choice.setCurrentIndex(PeriodPicker.ALL)
    assert screen.model.rowCount() == tallies.PAGE_SIZE
    assert screen.summary.shown.sessions == len(held(demo_db, "1"))


def test_a_period_without_sessions_shows_what_to_do(qtbot: QtBot, screen: TalliesScreen) -> None:
    screen.period.choice.setCurrentIndex(PeriodPicker.CUSTOM)
    with qtbot.waitSignal(screen.totals_shown):
        screen.period.last.setValue(dt.date(2030, 3, 31))
    with qtbot.waitSignal(screen.totals_shown):
        screen.period.first.setValue(dt.date(2030, 1, 1))
    assert screen.body.currentWidget() is screen.empty
    assert screen.room.count() == 1 and screen.activity.count() == 1


def test_correcting_last_weeks_count_keeps_its_history_and_the_totals_follow(
    qtbot: QtBot, screen: TalliesScreen, demo_db: Database
) -> None:
    row = next(
        r for r in all_rows(screen) if r.visitors is not None and r.date < TODAY - dt.timedelta(6)
    )
    assert screen.proxy.rowCount() > tallies.PAGE_SIZE  # the row is on a later page
    before = screen.summary.shown.visitors
    assert screen.select_where(lambda r: r.booking_id == row.booking_id)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.visitors.text() == str(row.visitors)
    dialog.visitors.setFocus()
    dialog.visitors.selectAll()
    qtbot.keyClicks(dialog.visitors, str(row.visitors + 2))
    with qtbot.waitSignal(screen.totals_shown):
        qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (revision,) = tallies.history(demo_db, row.booking_id)[-1:]
    assert (revision.old_value, revision.new_value) == (row.visitors, row.visitors + 2)
    corrected = screen.current_row()  # the same row, still selected, read again
    assert corrected.booking_id == row.booking_id
    assert corrected.visitors == row.visitors + 2 and corrected.corrections >= 1
    assert screen.summary.shown.visitors == before + 2
    screen.edit_row(corrected)
    assert "from" in screen.dialog.history.text()
    screen.dialog.reject()


def test_text_in_a_count_is_refused_next_to_the_field(
    qtbot: QtBot, screen: TalliesScreen, demo_db: Database
) -> None:
    row = screen.proxy.row_at(0)
    screen.edit_row(row)
    dialog = screen.dialog
    dialog.visitors.setText("veel")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors["visitors"].isVisible()
    assert tallies.count_row(demo_db, row.booking_id).visitors == row.visitors


def test_a_hidden_list_stops_adding_up_and_starts_again_when_shown(
    qtbot: QtBot, screen: TalliesScreen
) -> None:
    screen.uncounted.setChecked(True)
    task = screen._summing
    assert task is not None
    screen.hide()
    assert task.progress.cancelling
    screen.show()
    assert screen._summing is not task
    counted_up(qtbot, screen)
    assert screen.summary.shown.counted == 0 < screen.summary.shown.sessions


def test_the_list_passes_the_model_checks(
    qtbot: QtBot, qtmodeltester, screen: TalliesScreen
) -> None:
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)
    screen.proxy.fetchMore(QModelIndex())
    qtmodeltester.check(screen.model)
    with qtbot.waitSignal(screen.totals_shown):
        screen.room.setCurrentIndex(1)
    screen.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)


def test_the_filters_and_the_columns_fit_a_small_screen(qtbot: QtBot, demo_db: Database) -> None:
    # The screen part of a 1280-pixel-wide window:
    shown = show(qtbot, TalliesScreen(demo_db, today=lambda: TODAY), (950, 600))
    counted_up(qtbot, shown)
    header = shown.table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    assert sum(widths[:-1]) <= shown.table.viewport().width()  # no scrolling sideways
    assert min(widths) >= 60
    # The search field and the choices keep room for their text.
    assert shown.search.width() >= 300
    for box in (shown.room, shown.activity, shown.kind, shown.group):
        assert box.width() >= box.fontMetrics().horizontalAdvance("Alle ruimtes")


def test_enter_with_a_negative_count_says_the_range_and_saves_nothing(
    qtbot: QtBot, screen: TalliesScreen, demo_db: Database
) -> None:
    row = next(r for r in all_rows(screen) if r.visitors is not None)
    assert screen.select_where(lambda r: r.booking_id == row.booking_id)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.visitors, "-4")
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    assert dialog.isVisible()
    message = dialog.errors["visitors"]
    assert message.isVisible() and message.height() > 0
    assert "less than 0" in message.text() and "10" in message.text()
    assert dialog.visitors.text() == "-4"  # kept as typed, not turned into 4
    assert tallies.count_row(demo_db, row.booking_id).visitors == row.visitors
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Delete)
    assert not message.isVisible()  # "4" reads: the message goes at once
    with qtbot.waitSignal(screen.totals_shown):
        qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    assert tallies.count_row(demo_db, row.booking_id).visitors == 4


def test_an_impossible_number_of_visitors_is_refused_with_the_limit(
    qtbot: QtBot, screen: TalliesScreen
) -> None:
    screen.edit_row(screen.proxy.row_at(0))
    dialog = screen.dialog
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.visitors, "99999999999")
    qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "more than 10" in dialog.errors["visitors"].text()
    dialog.reject()
