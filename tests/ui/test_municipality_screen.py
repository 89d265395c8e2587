"""Tests for housedesk.ui.municipality: the adviser reads the houses' files and counts them."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import housedesk
from housedesk.common.periods import Period
from housedesk.core.demo.builder import generate_demo
from housedesk.db import Database
from housedesk.exchange import writer
from housedesk.exchange.imports import ImportHistory
from housedesk.ui import municipality
from housedesk.ui.municipality import MunicipalityScreen

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def mailbox(db: Database, tmp_path: Path) -> Path:
    """What reached the municipality: two good exports and a renamed text file."""
    generate_demo(db, years=1, seed=4, today=TODAY)
    folder = tmp_path / "mailbox"
    folder.mkdir()
    for period in (Period(2026, 2), Period(2026, 3)):
        writer.export_period(db, period, folder)
    (folder / "KERK_2026-Q3.xlsx").write_text("dit is geen werkboek\n")
    return folder


@pytest.fixture
def screen(qtbot: QtBot, tmp_path: Path) -> MunicipalityScreen:
    history = tmp_path / "gemeente.sqlite3"
    with ImportHistory(history) as kept:
        kept.set_expected_houses([("BERGH", "De Schakel"), ("KERK", "De Kerkzaal")])
    shown = MunicipalityScreen(None, history_path=history)  # the municipality has no house db
    qtbot.addWidget(shown)
    shown.show()
    return shown


def read(qtbot: QtBot, screen: MunicipalityScreen, paths: list[Path]) -> None:
    task = screen.read(paths)
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass


def test_a_folder_is_read_counted_and_shown(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    statuses = {row.file: row.status for row in screen.files.rows()}
    assert statuses == {
        "BERGH_2026-Q2.xlsx": "geteld",
        "BERGH_2026-Q3.xlsx": "geteld",
        "KERK_2026-Q3.xlsx": "afgewezen",
    }
    rejected = next(r for r in screen.files.rows() if r.status == "afgewezen")
    assert rejected.messages and "KERK_2026-Q3.xlsx" in rejected.messages[0]
    assert sorted(s.period for s in screen.overview.rows()) == ["2026-Q2", "2026-Q3"]
    assert {(m.house_code, m.period) for m in screen.missing.rows()} >= {("KERK", "2026-Q2")}
    assert screen.save_button.isEnabled()
    assert not screen.progress.isVisible()


def test_reading_the_same_folder_again_counts_nothing_twice(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    read(qtbot, screen, [mailbox])
    statuses = sorted(row.status for row in screen.files.rows())
    assert statuses == ["afgewezen", "dubbel", "dubbel"]
    assert len(screen.overview.rows()) == 2


def test_the_overview_is_saved_as_the_contracts_workbook(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path, tmp_path: Path
) -> None:
    read(qtbot, screen, [mailbox])
    target = tmp_path / "overzicht.xlsx"
    screen.write(target)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[:2] == ["Overzicht", "Meldingen"]
    book.close()


def test_the_tables_pass_the_model_checks(
    qtbot: QtBot, qtmodeltester, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    for model in (screen.files, screen.overview, screen.missing):
        qtmodeltester.check(model)


def test_the_charts_show_the_latest_period(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    latest = [s for s in screen.overview.rows() if s.period == "2026-Q3"]
    assert list(screen.visitors_chart.chart.bars) == [(s.house_name, s.visitors) for s in latest]
    assert "2026-Q3" in screen.charts_period.text()
    screen.tabs.setCurrentIndex(3)
    screen.visitors_chart.repaint()  # paints without error
    from PySide6.QtCore import QLocale

    assert QLocale().toString(latest[0].visitors) in screen.visitors_chart.accessibleDescription()


def test_progress_reaches_the_last_file(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    task = screen.read([mailbox])
    assert task is not None
    assert screen.progress.isVisible() and screen.cancel_button.isVisible()
    assert not screen.folder_button.isEnabled()
    steps: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(steps) and steps[-1] == (3, 3))
    assert not screen.cancel_button.isVisible() and screen.folder_button.isEnabled()


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancelling_the_reading_counts_and_records_nothing(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path, tmp_path: Path, monkeypatch, how: str
) -> None:
    started = threading.Event()
    go_on = threading.Event()
    reading = municipality.read_workbook

    def slow_read(path: Path):
        started.set()
        go_on.wait(10)
        return reading(path)

    monkeypatch.setattr(municipality, "read_workbook", slow_read)
    task = screen.read([mailbox])
    assert task is not None and started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        if how == "button":
            qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
        else:
            screen.cancel_button.setFocus()
            qtbot.keyClick(screen.cancel_button, Qt.Key.Key_Escape)
        assert screen.summary.text() == "Cancelling …"
        go_on.set()
    assert screen.summary.text() == "Reading was cancelled; nothing was counted."
    assert not screen.progress.isVisible() and screen.folder_button.isEnabled()
    assert screen.files.rowCount() == 0
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        assert history.exports() == () and history.readings() == ()


def test_while_reading_the_last_result_is_put_away_and_a_cancel_brings_it_back(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path, tmp_path: Path, monkeypatch
) -> None:
    read(qtbot, screen, [mailbox])
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        recorded = (history.exports(), history.readings())
    go_on = threading.Event()
    reading = municipality.read_workbook
    monkeypatch.setattr(
        municipality, "read_workbook", lambda path: go_on.wait(10) and reading(path)
    )
    task = screen.read([mailbox])
    assert task is not None
    assert screen.files.rowCount() == 0 and not screen.save_button.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        screen.cancel()
        go_on.set()
    assert screen.files.rowCount() == 3 and screen.save_button.isEnabled()
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        assert (history.exports(), history.readings()) == recorded


def test_the_overview_shows_which_version_each_house_runs(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    model = screen.overview
    column = next(
        index
        for index in range(model.columnCount())
        if model.headerData(index, Qt.Orientation.Horizontal) == "App version"
    )
    shown = {model.index(row, column).data() for row in range(model.rowCount())}
    assert shown == {housedesk.__version__}
