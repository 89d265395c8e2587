"""Tests for housedesk.ui.overview.screen: the board's overview on a demo house."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from housedesk.core import rooms
from housedesk.core.board import choices
from housedesk.core.board.review import review
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.ui.kit.background import Task
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.charts import ChartView
from housedesk.ui.overview.screen import ACTIVITY_COLUMNS, OverviewScreen, RangePicker
from housedesk.ui.overview.texts import count_text, key_rows, range_name
from housedesk.ui.shell.application import LARGE_TEXT_FACTOR
from tests.helpers.databases import demo_house, kept_open
from tests.helpers.rows import add_activity, add_room, add_session
from tests.helpers.screens import retype, shown_loaded

TODAY = dt.date(2026, 11, 25)
Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    demo = demo_house(tmp_path_factory.mktemp("overview") / "demo.sqlite3", today=TODAY)
    yield from kept_open(demo)


@pytest.fixture
def screen(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> OverviewScreen:
    opened: list[Path] = []
    shown = OverviewScreen(
        demo_db,
        today=lambda: TODAY,
        choose_file=lambda parent, suggested: tmp_path / "verslag.pdf",
        open_file=opened.append,
    )
    shown.opened = opened  # type: ignore[attr-defined]
    return shown_loaded(qtbot, shown)


def column_texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_opens_on_last_quarter_with_the_cores_figures(
    screen: OverviewScreen, demo_db: Database
) -> None:
    assert screen.picker.days() == Q3
    expected = review(demo_db, *Q3, TODAY)
    assert screen.review == expected
    assert not screen.empty.isVisible() and screen.data.isVisible()
    assert screen.key_model.rows() == key_rows(expected)
    assert expected.key is not None
    visitors = screen.key_model.rows()[1]
    assert visitors.now == expected.key.visitors
    assert screen.key_model.index(1, 1).data() == count_text(expected.key.visitors)
    # A year before the demo began: nothing to compare with, and it says so.
    assert screen.key_model.index(1, 2).data() == "no data"
    assert screen.key_model.index(1, 3).data() == "—"
    names = column_texts(screen.activity_proxy, 0)
    assert names == [row.name for row in expected.activities]
    assert screen.uncounted.rowCount() == len(expected.uncounted) > 0
    assert str(len(expected.uncounted)) not in ("", None)
    assert screen.completeness.text()


def test_every_chart_shows_the_reviews_numbers(screen: OverviewScreen) -> None:
    result = screen.review
    assert result is not None
    months = screen.findChild(ChartView, "chart_months")
    assert [value for _, value in months.chart.bars] == [
        b.visitors for b in result.visitors_by_month
    ]
    rooms = screen.findChild(ChartView, "chart_rooms")
    assert [label for label, _ in rooms.chart.bars] == [room.name for room in result.rooms]
    weekdays = screen.findChild(ChartView, "chart_weekdays")
    assert sum(value for _, value in weekdays.chart.bars) == result.key.visitors  # type: ignore[union-attr]
    for view in screen.findChildren(ChartView):
        assert view.chart.bars, view.objectName()
        assert view.accessibleName() and view.accessibleDescription()
        assert view.height() > 40
    screen.grab()  # paints every chart without a Qt warning


def test_switching_to_this_quarter_compares_with_last_year(
    qtbot: QtBot, screen: OverviewScreen, demo_db: Database
) -> None:
    screen.picker.choice.setFocus()
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.keyClick(screen.picker.choice, Qt.Key.Key_Up)  # from last quarter to this quarter
    assert screen.picker.choice.currentIndex() == RangePicker.THIS_QUARTER
    expected = review(demo_db, dt.date(2026, 10, 1), dt.date(2026, 12, 31), TODAY)
    assert screen.review == expected and expected.last_year is not None
    assert expected.running and expected.last_day == TODAY
    visitors = screen.key_model.rows()[1]
    assert visitors.before == expected.last_year.visitors
    difference = expected.key.visitors - expected.last_year.visitors  # type: ignore[union-attr]
    assert visitors.difference == difference
    assert screen.key_model.index(1, 3).data().lstrip("+") == QLocale().toString(difference)


def test_months_and_a_from_to_range(
    qtbot: QtBot, screen: OverviewScreen, demo_db: Database
) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.picker.choice.setCurrentIndex(RangePicker.LAST_MONTH)
    assert screen.picker.days() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert len(screen.findChild(ChartView, "chart_months").chart.bars) == 1
    screen.picker.choice.setCurrentIndex(RangePicker.CUSTOM)
    assert screen.picker.first.isVisible() and screen.picker.last.isVisible()
    retype(qtbot, screen.picker.first, "1-3-2026")
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        retype(qtbot, screen.picker.last, "15 mei 2026")
    assert screen.review == review(demo_db, dt.date(2026, 3, 1), dt.date(2026, 5, 15), TODAY)
    assert len(screen.findChild(ChartView, "chart_months").chart.bars) == 3


def test_a_range_without_data_shows_the_empty_state(qtbot: QtBot, screen: OverviewScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.show_range(dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    assert screen.review is not None and screen.review.is_empty
    assert screen.empty.isVisible() and not screen.data.isVisible()
    assert "Nothing was registered" in screen.empty.text()
    assert screen.key_model.rowCount() == 0 and screen.activities.rowCount() == 0
    assert not screen.report_button.isEnabled()


def test_search_filters_the_activities_and_columns_sort(
    qtbot: QtBot, screen: OverviewScreen
) -> None:
    qtbot.keyClicks(screen.search, "KBO")
    users = column_texts(screen.activity_proxy, 1)
    assert users and all(user == "KBO Berghem" for user in users)
    screen.search.clear()
    name_column = [c.title for c in ACTIVITY_COLUMNS].index("Activity")
    screen.activity_view.sortByColumn(name_column, Qt.SortOrder.AscendingOrder)
    names = column_texts(screen.activity_proxy, name_column)
    assert names == sorted(names, key=str.casefold)


def test_every_model_passes_the_model_tester(screen: OverviewScreen, qtmodeltester) -> None:
    qtmodeltester.check(screen.key_model)
    qtmodeltester.check(screen.activities)
    qtmodeltester.check(screen.activity_proxy)
    qtmodeltester.check(screen.uncounted)


def test_the_report_is_written_in_the_background_and_opened(
    qtbot: QtBot, screen: OverviewScreen, tmp_path: Path
) -> None:
    qtbot.mouseClick(screen.report_button, Qt.MouseButton.LeftButton)
    task = screen.task
    assert task is not None and task.dialog is not None
    steps: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(steps) and steps[-1][0] == steps[-1][1] > 0)
    assert not task.dialog.isVisible()
    path = tmp_path / "verslag.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert screen.opened == [path]  # type: ignore[attr-defined]
    assert str(path) in screen.report_status.text()
    assert screen.report_button.isEnabled()


def test_controls_have_accessible_names(screen: OverviewScreen) -> None:
    for widget in (
        screen.picker.choice,
        screen.picker.first,
        screen.picker.last,
        screen.report_button,
        screen.key_view,
        screen.search,
        screen.activity_view,
        screen.uncounted_view,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_showing_the_screen_again_reads_counts_entered_elsewhere_meanwhile(
    qtbot: QtBot, screen: OverviewScreen, demo_db: Database
) -> None:
    from housedesk.core.tallies import counts as tallies

    before = screen.uncounted.rowCount()
    first = screen.uncounted.row_at(0)
    screen.hide()
    perform(  # counted on another screen
        Change.COUNTS, lambda: tallies.record_count(demo_db, first.booking_id, 5, None, today=TODAY)
    )
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.show()
    assert screen.uncounted.rowCount() == before - 1
    assert first.booking_id not in {row.booking_id for row in screen.uncounted.rows()}


def test_shows_that_it_works_out_the_figures_first_then_the_figures(
    qtbot: QtBot, demo_db: Database
) -> None:
    screen = OverviewScreen(demo_db, today=lambda: TODAY)
    qtbot.addWidget(screen)
    assert screen.review is None
    assert screen.heading.text() == "Working out the figures of 2026-Q3 …"
    assert not screen.data.isVisible() and not screen.empty.isVisible()
    assert not screen.report_button.isEnabled()
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.show()
    assert screen.review == review(demo_db, *Q3)
    # The demo house began registering in November 2025: 2025-Q3 is no comparison.
    assert screen.heading.text().startswith("2026-Q3 (no comparison: registration began after")
    assert screen.data.isVisible() and screen.report_button.isEnabled()


@pytest.mark.parametrize("stops", [True, False], ids=["cancelled", "finished-anyway"])
def test_a_quick_change_of_range_shows_the_last_ranges_figures_only(
    qtbot: QtBot, screen: OverviewScreen, demo_db: Database, qapp, monkeypatch, stops: bool
) -> None:
    if not stops:  # the older work ends before it hears it should stop: its result comes anyway
        monkeypatch.setattr(Task, "cancel", lambda task: None)
    shown: list[tuple[dt.date, dt.date]] = []
    screen.loaded.connect(lambda: shown.append((screen.review.first_day, screen.review.last_day)))  # type: ignore[union-attr]
    screen.picker.choice.setCurrentIndex(RangePicker.THIS_YEAR)
    year = screen.loading
    assert year is not None
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.picker.choice.setCurrentIndex(RangePicker.LAST_MONTH)
    assert year.progress.cancelling == stops
    assert year.wait(30)
    qapp.processEvents()  # whatever the year's task sent has been delivered
    october = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert shown == [october]
    assert screen.review == review(demo_db, *october, TODAY)
    assert screen.heading.text().startswith(range_name(*october) + ",")


def test_differences_never_read_minus_zero(qapp) -> None:
    from housedesk.ui.overview.texts import KeyRow

    assert KeyRow("share", 0.021, 0.024, share=True).difference_text == "0 pt"
    assert KeyRow("share", 0.31, 0.24, share=True).difference_text == "+7 pt"
    assert KeyRow("average", 15.02, 15.04, decimals=True).difference_text == decimal_zero()
    assert KeyRow("count", 3, None).difference_text == "—"


def decimal_zero() -> str:
    return QLocale().toString(0.0, "f", 1)


@pytest.mark.parametrize("how", ["button", "escape"])
def test_a_cancelled_report_leaves_no_file_and_says_so(
    qtbot: QtBot, screen: OverviewScreen, tmp_path: Path, monkeypatch, how: str
) -> None:
    from housedesk.ui.kit import background
    from housedesk.ui.overview import report

    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    started = threading.Event()
    writing = report.write_report

    def held(*args, progress, **kwargs):
        def waiting(done: int, total: int) -> None:
            started.set()
            while not progress.cancelling:
                threading.Event().wait(0.01)
            progress(done, total)

        return writing(*args, progress=waiting, **kwargs)

    monkeypatch.setattr(report, "write_report", held)
    qtbot.mouseClick(screen.report_button, Qt.MouseButton.LeftButton)
    task = screen.task
    assert task is not None and task.dialog is not None and started.wait(10)
    dialog = task.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not screen.report_button.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        if how == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.report_status.text() == "The report was cancelled; nothing was written."
    assert screen.report_button.isEnabled()
    assert screen.opened == []  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == []


def test_the_board_chooses_to_count_set_up_and_clean_up_as_use(
    qtbot: QtBot, house_db: Database
) -> None:
    rooms.set_day_hours(house_db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    hall = add_room(house_db, "R1", "Grote zaal")
    coffee = add_activity(house_db, "A1", "Koffieochtend")
    add_session(
        house_db, coffee, hall, dt.date(2026, 10, 6), 540, 630, setup_min=30, teardown_min=15
    )
    shown = OverviewScreen(house_db, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        shown.show()
    shown.show_range(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    qtbot.waitUntil(lambda: shown.review is not None and shown.review.first_day.month == 10)
    assert shown.review is not None and shown.review.key is not None
    assert shown.review.key.used.total == 90 and not shown.count_setup.isChecked()
    box = shown.count_setup
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert shown.review is not None and shown.review.key is not None
    assert shown.review.key.used.total == 135 and shown.review.with_setup
    assert choices.counts_setup(house_db)
    # The same figures again on the next start.
    again = OverviewScreen(house_db, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.count_setup.isChecked()


@pytest.mark.parametrize(("large", "width"), [(True, 950), (False, 1100)])
def test_the_names_of_the_key_figures_are_never_cut_off(
    qtbot: QtBot, demo_db: Database, qapp, large: bool, width: int
) -> None:
    """On a small screen in large text the two charts go below the key figures."""
    normal = QFont(qapp.font())
    font = QFont(normal)
    if large:
        font.setPointSizeF(normal.pointSizeF() * LARGE_TEXT_FACTOR)
    qapp.setFont(font)
    try:
        shown = OverviewScreen(demo_db, today=lambda: TODAY)
        qtbot.addWidget(shown)
        shown.resize(width, 700)  # what a 1280 or 1366 pixel screen leaves beside the navigation
        with qtbot.waitSignal(shown.loaded, timeout=30_000):
            shown.show()
        qtbot.waitExposed(shown)
        view = shown.key_view
        names = [shown.key_model.index(row, 0).data() for row in range(shown.key_model.rowCount())]
        # Qt elides a cell's text unless it fits between the cell's two text margins.
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        assert all(
            view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(name) + 2 * margin
            for name in names
        )
        charts = shown.chart_views["chart_months"]
        beside = charts.mapTo(shown.content, charts.rect().topLeft()).x() > view.width()
        assert beside is not large
    finally:
        qapp.setFont(normal)
