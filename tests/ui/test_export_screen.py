"""Tests for housedesk.ui.export: the board approves a quarter and exports it."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from housedesk.common import personal
from housedesk.common.codes import Nature
from housedesk.common.periods import Period
from housedesk.common.problems import Problem, ValidationError
from housedesk.core.board import approval
from housedesk.core.demo.builder import generate_demo
from housedesk.db import Database
from housedesk.db.models import Activity, Room
from housedesk.exchange import writer
from housedesk.ui import export
from housedesk.ui.export import ExportScreen, periods_to_offer
from housedesk.ui.kit import background, i18n
from housedesk.ui.kit.messages import Messages

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, years=1, seed=5, today=TODAY)
    return db


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def screen(qtbot: QtBot, demo_db: Database, out: Path, monkeypatch) -> ExportScreen:
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *args: True))
    shown = ExportScreen(demo_db, today=lambda: TODAY, choose_folder=lambda parent: out)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_screen_shows_first_and_works_out_the_figures_in_the_background(
    qtbot: QtBot, demo_db: Database, monkeypatch
) -> None:
    release = threading.Event()
    reading = export.read_period

    def slow_read(*args):
        release.wait(10)
        return reading(*args)

    monkeypatch.setattr(export, "read_period", slow_read)
    shown = ExportScreen(demo_db, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.summary.text() == "Working out the figures of 2026-Q3 …"
    assert shown.figures is None and shown.rooms.rowCount() == 0
    assert not shown.approve_button.isEnabled()
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        release.set()
    assert shown.figures is not None
    assert "Sessions held" in shown.summary.text()
    assert shown.approve_button.isEnabled()


def test_only_the_period_chosen_last_is_shown(qtbot: QtBot, screen: ExportScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.period.setCurrentIndex(screen.period.findText("2026-Q2"))
        screen.period.setCurrentIndex(screen.period.findText("2025"))
    qtbot.wait(100)  # the first request's answer, if any, has arrived and was dropped
    assert screen.figures is not None
    assert screen.figures.period.first_day == dt.date(2025, 1, 1)
    assert screen.summary.text().startswith("Sessions held")


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
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    state = approval.approval_state(demo_db, Period(2026, 3))
    assert (state.approved, state.volunteers, state.board_members) == (True, 34, 6)
    assert approval.is_locked(demo_db, dt.date(2026, 8, 12))
    assert screen.reopen_button.isEnabled() and not screen.approve_button.isEnabled()
    qtbot.mouseClick(screen.reopen_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "telling rouwcafe klopte niet")
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert screen.approve_button.isEnabled() and not screen.reopen_button.isEnabled()
    state = approval.approval_state(demo_db, Period(2026, 3))
    assert not state.approved
    assert state.events[-1].action == "heropend"
    assert state.events[-1].note == "telling rouwcafe klopte niet"


def test_an_open_quarter_cannot_be_approved(qtbot: QtBot, screen: ExportScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.period.setCurrentIndex(screen.period.findText("2026-Q4"))
    assert not screen.approve_button.isEnabled()
    assert screen.status.text() == "Not ended yet: it can be approved once it has ended"


def test_exporting_writes_the_workbook_in_the_background(
    qtbot: QtBot, screen: ExportScreen, out: Path
) -> None:
    task = screen.export()
    assert task is not None and task.dialog is not None
    steps: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(steps) and steps[-1][0] == steps[-1][1] > 0)
    assert task.dialog.bar.value() == task.dialog.bar.maximum() > 0
    assert not task.dialog.isVisible()
    written = out / "BERGH_2026-Q3.xlsx"
    assert list(out.iterdir()) == [written]
    assert str(written) in screen.export_status.text()
    book = openpyxl.load_workbook(written, read_only=True)
    assert book.sheetnames[:5] == ["Info", "Ruimtes", "Activiteiten", "Bijeenkomsten", "Signalen"]
    book.close()


def test_the_tables_pass_the_model_checks(qtmodeltester, screen: ExportScreen) -> None:
    qtmodeltester.check(screen.rooms)
    qtmodeltester.check(screen.open_sessions)


def _held_export(monkeypatch) -> threading.Event:
    """Make the export wait in its first step until the returned event is set."""
    started = threading.Event()
    exporting = writer.export_period

    def held(*args, progress, **kwargs):
        def waiting(done: int, total: int) -> None:
            started.set()
            while not progress.cancelling:
                threading.Event().wait(0.01)
            progress(done, total)

        return exporting(*args, progress=waiting, **kwargs)

    monkeypatch.setattr(writer, "export_period", held)
    return started


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancelling_the_export_leaves_no_file_and_says_so(
    qtbot: QtBot, screen: ExportScreen, out: Path, monkeypatch, how: str
) -> None:
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    _held_export(monkeypatch)
    task = screen.export()
    assert task is not None and task.dialog is not None
    dialog = task.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not screen.export_button.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        if how == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.export_status.text() == "The export was cancelled; nothing was written."
    assert screen.export_button.isEnabled()
    assert list(out.iterdir()) == []  # no workbook, no temporary file


def test_quitting_during_an_export_cancels_it_and_leaves_no_file(
    qtbot: QtBot, qapp, screen: ExportScreen, out: Path, monkeypatch
) -> None:
    started = _held_export(monkeypatch)
    task = screen.export()
    assert task is not None and started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        qapp.aboutToQuit.emit()
        assert not task.running
    assert list(out.iterdir()) == []


def test_personal_data_in_a_name_stops_the_export_and_the_screen_says_where(
    qtbot: QtBot, qapp, screen: ExportScreen, demo_db: Database, out: Path
) -> None:
    assert screen.figures is not None
    room = screen.figures.rooms[0]
    activity = next(a for a in screen.figures.activities if a.nature is not Nature.PARTICULIER)
    with demo_db.transaction() as session:
        session.get(Room, room.room_id).name = "Zaal (sleutel: 0412-123456)"  # type: ignore[union-attr]
        session.get(Activity, activity.activity_id).name = "Bel 06-12345678"  # type: ignore[union-attr]
    translators = i18n.install(qapp, "nl")
    try:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
        assert not screen.export_button.isEnabled()
        qtbot.waitUntil(screen.export_button.isEnabled, timeout=30_000)
        lines = screen.export_status.text().splitlines()
    finally:
        i18n.uninstall(qapp, translators)
        i18n.install(qapp, "en")
    assert lines[0].startswith("Niet geëxporteerd")
    assert lines[1:] == [
        f"Ruimte {room.code} 'Zaal (sleutel: 0412-123456)': een telefoonnummer; "
        "haal het weg voordat u exporteert.",
        f"Activiteit {activity.code} 'Bel 06-12345678': een telefoonnummer; "
        "haal het weg voordat u exporteert.",
    ]
    assert screen.export_button.isEnabled()
    assert list(out.iterdir()) == []


def test_a_long_refusal_lists_the_first_reasons_and_counts_the_rest() -> None:
    problems = [
        Problem(personal.FIELD, personal.ROOM_NAME, {"code": f"R{n}", "text": "x", "what": "y"})
        for n in range(1, 12)
    ]
    lines = export.refusal_text(ValidationError(problems)).splitlines()
    assert len(lines) == 1 + export.REASONS_SHOWN + 1
    assert lines[-1] == "… and 3 more."
