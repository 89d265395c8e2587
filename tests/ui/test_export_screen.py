"""Tests for housedesk.ui.export: the board approves a quarter and exports it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from housedesk.db import Database
from housedesk.demo import generate_demo
from housedesk.exchange import approval
from housedesk.periods import Period
from housedesk.ui.export import ExportScreen, periods_to_offer
from housedesk.ui.messages import Messages

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, years=1, seed=5, today=TODAY)
    return db


@pytest.fixture
def screen(qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch) -> ExportScreen:
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *args: True))
    shown = ExportScreen(demo_db, today=lambda: TODAY, choose_folder=lambda parent: tmp_path)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_periods_offered_start_with_the_last_ended_quarter() -> None:
    offered = [str(p) for p in periods_to_offer(TODAY)]
    assert offered[0] == "2026-Q3"
    assert "2025" in offered and "2023-Q1" in offered
    assert offered[-1] == "2026-Q4"  # the open quarter, last


def test_it_opens_on_last_quarter_with_the_exports_figures(
    screen: ExportScreen, demo_db: Database
) -> None:
    assert screen.chosen() == Period(2026, 3)
    assert screen.figures is not None
    assert screen.rooms.rowCount() == len(screen.figures.rooms) > 0
    held = screen.figures.totals.sessions_held
    assert (
        f"{held:,}".replace(",", ".") in screen.summary.text() or str(held) in screen.summary.text()
    )
    assert screen.approve_button.isEnabled()  # the demo leaves the last quarter open


def test_approving_locks_the_period_and_reopening_records_why(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database
) -> None:
    screen.volunteers.setValue(34)
    screen.board.setValue(6)
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    state = approval.approval_state(demo_db, Period(2026, 3))
    assert (state.approved, state.volunteers, state.board_members) == (True, 34, 6)
    assert approval.is_locked(demo_db, dt.date(2026, 8, 12))
    assert screen.reopen_button.isEnabled() and not screen.approve_button.isEnabled()
    qtbot.mouseClick(screen.reopen_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "telling rouwcafe klopte niet")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    state = approval.approval_state(demo_db, Period(2026, 3))
    assert not state.approved
    assert state.events[-1].action == "heropend"
    assert state.events[-1].note == "telling rouwcafe klopte niet"


def test_an_open_quarter_cannot_be_approved(screen: ExportScreen) -> None:
    screen.period.setCurrentIndex(screen.period.findText("2026-Q4"))
    assert not screen.approve_button.isEnabled()


def test_exporting_writes_the_workbook_in_the_background(
    qtbot: QtBot, screen: ExportScreen, tmp_path: Path
) -> None:
    screen.export()
    assert screen.task is not None
    with qtbot.waitSignal(screen.task.done, timeout=30_000):
        pass
    written = tmp_path / "BERGH_2026-Q3.xlsx"
    assert written.is_file()
    assert str(written) in screen.export_status.text()
    book = openpyxl.load_workbook(written, read_only=True)
    assert book.sheetnames[:5] == ["Info", "Ruimtes", "Activiteiten", "Bijeenkomsten", "Signalen"]
    book.close()


def test_the_tables_pass_the_model_checks(qtmodeltester, screen: ExportScreen) -> None:
    qtmodeltester.check(screen.rooms)
    qtmodeltester.check(screen.open_sessions)
