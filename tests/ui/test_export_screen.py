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
from housedesk.db import Database, open_database
from housedesk.db.models import Activity, Room
from housedesk.exchange import outgoing, writer
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


# --------------------------------------------------------------------------- the board's remarks

Q2, Q3 = Period(2026, 2), Period(2026, 3)
REMARKS = "Het dak lekte in augustus.\nDe grote zaal was twee weken dicht."


def type_remarks(qtbot: QtBot, screen: ExportScreen, text: str) -> None:
    """Click into the remarks and type ``text`` as a person does, Enter for each new line."""
    qtbot.mouseClick(screen.remarks.viewport(), Qt.MouseButton.LeftButton)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(screen.remarks, Qt.Key.Key_Return)
        qtbot.keyClicks(screen.remarks, line)


def open_screen(qtbot: QtBot, db: Database, out: Path) -> ExportScreen:
    shown = ExportScreen(db, today=lambda: TODAY, choose_folder=lambda parent: out)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        shown.show()
    qtbot.waitExposed(shown)
    return shown


def choose(qtbot: QtBot, screen: ExportScreen, period: str) -> None:
    """Choose ``period`` with the keyboard: the arrow keys on the period list."""
    screen.period.setFocus()
    steps = screen.period.findText(period) - screen.period.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        for _ in range(abs(steps)):
            qtbot.keyClick(screen.period, key)
    assert screen.chosen() == Period.parse(period)


def test_remarks_typed_and_saved_are_there_after_a_restart(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database, out: Path
) -> None:
    assert screen.remarks.toPlainText() == "" and not screen.remarks.isReadOnly()
    type_remarks(qtbot, screen, REMARKS)
    assert screen.unsaved.text() == "Not saved yet" and screen.save_button.isEnabled()
    assert screen.remarks_length.text() == f"{len(REMARKS)} of 4.000 characters"  # nl-NL numbers
    assert not screen.remarks_error.isVisible()
    qtbot.keyClick(screen.remarks, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert approval.approval_state(demo_db, Q3).remarks == REMARKS
    assert not screen.unsaved.isVisible() and not screen.save_button.isEnabled()
    screen.close()
    # A restart: the database opened anew, the screen made anew.
    again = open_database(demo_db.path)
    try:
        shown = open_screen(qtbot, again, out)
        assert shown.remarks.toPlainText() == REMARKS
        assert not shown.unsaved.isVisible()
        assert not approval.approval_state(again, Q3).approved
    finally:
        again.close()


def test_approving_keeps_the_remarks_and_locks_them_until_reopened(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database, out: Path
) -> None:
    type_remarks(qtbot, screen, REMARKS)
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    state = approval.approval_state(demo_db, Q3)
    assert state.approved and state.remarks == REMARKS
    assert screen.remarks.isReadOnly() and not screen.save_button.isEnabled()
    qtbot.keyClicks(screen.remarks, "nog iets")
    assert screen.remarks.toPlainText() == REMARKS  # locked like the counts
    assert approval.approval_state(demo_db, Q3).remarks == REMARKS
    screen.close()
    shown = open_screen(qtbot, demo_db, out)
    assert shown.remarks.toPlainText() == REMARKS and shown.remarks.isReadOnly()
    # Reopened, they can be changed again, and are kept with the next approval.
    qtbot.mouseClick(shown.reopen_button, Qt.MouseButton.LeftButton)
    assert shown.dialog is not None
    qtbot.keyClicks(shown.dialog.reason, "toelichting aanvullen")
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        qtbot.keyClick(shown.dialog.reason, Qt.Key.Key_Return)
    assert not shown.remarks.isReadOnly()
    shown.remarks.moveCursor(shown.remarks.textCursor().MoveOperation.End)
    qtbot.keyClicks(shown.remarks, " Hersteld in september.")
    with qtbot.waitSignal(shown.loaded, timeout=30_000):
        qtbot.mouseClick(shown.approve_button, Qt.MouseButton.LeftButton)
    assert approval.approval_state(demo_db, Q3).remarks == REMARKS + " Hersteld in september."


def test_the_export_holds_the_remarks_typed(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database, out: Path
) -> None:
    type_remarks(qtbot, screen, "Een rustig kwartaal.")
    task = screen.export()  # saves what was typed first
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert approval.approval_state(demo_db, Q3).remarks == "Een rustig kwartaal."
    book = openpyxl.load_workbook(out / "BERGH_2026-Q3.xlsx", read_only=True)
    try:
        rows = list(book["Toelichting"].iter_rows(min_row=2, max_row=2, values_only=True))
    finally:
        book.close()
    assert rows == [("Opmerkingen van het bestuur", "Een rustig kwartaal.")]


def test_personal_data_in_the_remarks_is_named_next_to_them_and_stops_approval(
    qtbot: QtBot, qapp, screen: ExportScreen, demo_db: Database, out: Path, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *args: asked.append(args[2])))
    translators = i18n.install(qapp, "nl")
    try:
        type_remarks(qtbot, screen, "Vragen? Bel de secretaris, 06 12 34 56 78.")
        message = screen.remarks_error.text()
        qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
        marked = [row for row in screen.texts.rows() if row.found is not None]
        finding = export.finding_text(marked[0]) if marked else ""
        label = screen.texts_label.text()
    finally:
        i18n.uninstall(qapp, translators)
        i18n.install(qapp, "en")
    assert screen.remarks_error.isVisible()
    assert message == (
        "De toelichting bevat een telefoonnummer (06 12 34 56 78) en gaat naar de gemeente: "
        "persoonsgegevens gaan het huis niet uit. Haal het weg, en stel dan vast of exporteer."
    )
    assert asked == []  # refused before the question
    assert not approval.approval_state(demo_db, Q3).approved
    assert [row.text.place for row in marked] == [outgoing.Place.REMARKS]
    assert screen.texts.rows()[0] == marked[0]  # the marked texts come first
    assert finding == "een telefoonnummer: 06 12 34 56 78"
    assert label.startswith("Deze teksten gaan mee naar de gemeente. 1 daarvan")
    # Corrected, the message goes as it is typed.
    for _ in range(len("06 12 34 56 78.")):
        qtbot.keyClick(screen.remarks, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen.remarks, "het secretariaat.")
    assert not screen.remarks_error.isVisible()
    assert screen.texts.marked() == 0


def test_the_export_is_refused_and_shows_the_marked_texts(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database, out: Path
) -> None:
    approval.save_approval_draft(demo_db, Q3, remarks="Mail p@schakel.nl")
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        screen.reload()
    assert screen.remarks.toPlainText() == "Mail p@schakel.nl"
    assert screen.remarks_error.isVisible()
    task = screen.export()
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=30_000):
        pass
    assert "The board's remarks: an e-mail address (p@schakel.nl)" in screen.export_status.text()
    assert screen.tabs.currentIndex() == screen.texts_tab
    assert list(out.iterdir()) == []


def test_too_long_remarks_are_refused_with_a_message_never_cut(
    qtbot: QtBot, qapp, screen: ExportScreen, demo_db: Database
) -> None:
    long = "Een lange toelichting. " * 200  # 4,600 characters
    qapp.clipboard().setText(long)
    qtbot.mouseClick(screen.remarks.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.remarks, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert screen.remarks.toPlainText() == long  # all of it, nothing cut
    tidy = long.rstrip()
    assert screen.remarks_error.text() == (
        f"The remarks can be at most 4000 characters; they are {len(tidy)} now. Shorten them."
    )
    assert screen.remarks_length.text() == f"{len(tidy):,} of 4,000 characters".replace(",", ".")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert approval.approval_state(demo_db, Q3).remarks is None
    assert screen.remarks.toPlainText() == long and screen.unsaved.isVisible()


def test_approval_proposes_last_quarters_counts(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database
) -> None:
    q2 = approval.approval_state(demo_db, Q2)
    assert q2.approved and q2.volunteers is not None  # the demo approved the quarter before
    assert approval.approval_state(demo_db, Q3).volunteers is None
    assert (screen.volunteers.value(), screen.board.value()) == (q2.volunteers, q2.board_members)
    assert screen.proposal.isVisible()
    assert screen.proposal.text() == (
        "Proposed: the counts of 2026-Q2; change them if they are no longer right."
    )
    # The board changes one and approves: the numbers typed are the ones kept.
    screen.volunteers.setFocus()
    qtbot.keyClick(screen.volunteers, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.volunteers, "40")
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    state = approval.approval_state(demo_db, Q3)
    assert (state.volunteers, state.board_members) == (40, q2.board_members)
    assert not screen.proposal.isVisible()


def test_typed_remarks_survive_choosing_another_period_and_back(
    qtbot: QtBot, screen: ExportScreen, demo_db: Database
) -> None:
    type_remarks(qtbot, screen, "Nog niet klaar")
    choose(qtbot, screen, "2026-Q2")
    assert screen.remarks.toPlainText() == (approval.approval_state(demo_db, Q2).remarks or "")
    assert not screen.unsaved.isVisible()
    choose(qtbot, screen, "2026-Q3")
    assert screen.remarks.toPlainText() == "Nog niet klaar"
    assert screen.unsaved.text() == "Not saved yet"
    assert approval.approval_state(demo_db, Q3).remarks is None  # typed, not saved


def test_every_text_that_leaves_is_listed_with_the_remarks_as_typed(
    qtbot: QtBot, qtmodeltester, screen: ExportScreen, demo_db: Database
) -> None:
    with demo_db.reading() as session:
        expected = outgoing.read_leaving_texts(session, Q3)
    rows = screen.texts.rows()
    assert [row.text for row in rows] == expected
    assert rows[0].text.place is outgoing.Place.HOUSE_NAME
    assert screen.tabs.tabText(screen.texts_tab) == f"Texts to the m&unicipality ({len(rows)})"
    type_remarks(qtbot, screen, "Rustig")
    last = screen.texts.rows()[-1]
    assert (last.text.place, last.text.text) == (outgoing.Place.REMARKS, "Rustig")
    assert screen.texts.index(len(rows), 0).data() == "Remarks of the board"
    qtbot.keyClicks(screen.remarks, " kwartaal")
    assert screen.texts.rowCount() == len(rows) + 1
    assert screen.texts.index(len(rows), 1).data() == "Rustig kwartaal"
    qtmodeltester.check(screen.texts)
