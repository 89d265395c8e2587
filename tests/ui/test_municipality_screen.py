"""Tests for housedesk.ui.municipality: the adviser reads the houses' files and counts them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from housedesk.db import Database
from housedesk.demo import generate_demo
from housedesk.exchange import writer
from housedesk.exchange.imports import ImportHistory
from housedesk.periods import Period
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
    assert screen.visitors_chart.bars == [(s.house_name, s.visitors) for s in latest]
    assert "2026-Q3" in screen.charts_period.text()
    screen.tabs.setCurrentIndex(3)
    screen.visitors_chart.repaint()  # paints without error
    from PySide6.QtCore import QLocale

    assert QLocale().toString(latest[0].visitors) in screen.visitors_chart.accessibleDescription()
