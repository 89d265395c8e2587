"""Tests for housedesk.ui.shell.safety: backup to a folder, restore through the dialog, purge."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from housedesk.common.paths import history_path_for
from housedesk.core import installation
from housedesk.db.backup import history_copy_of
from housedesk.db.models import Activity, Room, User, utcnow
from housedesk.db.startup import OpenSession, start_session
from housedesk.exchange.imports import ImportHistory
from housedesk.ui.kit import background
from housedesk.ui.kit.messages import Messages
from housedesk.ui.shell import safety
from housedesk.ui.shell.safety import (
    PurgeDialog,
    RestoreDialog,
    backup_in_background,
    restore_with_message,
)
from tests.helpers.databases import build_house
from tests.helpers.windows import needs_proc, open_at_swap, open_files_named, simulate_windows_files


@pytest.fixture
def session(tmp_path: Path) -> OpenSession:
    opened = start_session(tmp_path / "house.sqlite3")
    installation.set_up_house(opened.db, "BERGH", "De Schakel", "Berghem")
    with opened.db.transaction() as s:
        s.add(Room(code="R1", name="Grote zaal", capacity=80))
    yield opened
    opened.close()


def rooms(session: OpenSession) -> list[str]:
    with session.db.reading() as s:
        return sorted(s.scalars(Room.__table__.select().with_only_columns(Room.name)).all())


def backup_to(qtbot: QtBot, session: OpenSession, folder: Path) -> None:
    """As the File menu does it: in the background, the window staying responsive."""
    task = backup_in_background(None, session, folder)
    qtbot.waitUntil(lambda: task.wait(0), timeout=10_000)
    qtbot.wait(50)  # the queued result reaches the GUI thread


def test_a_backup_to_a_folder_says_where_it_went(
    qtbot: QtBot, session: OpenSession, tmp_path: Path, said
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    backup_to(qtbot, session, stick)
    qtbot.waitUntil(lambda: bool(said))
    (copy,) = stick.iterdir()
    assert copy.name.startswith("housedesk-BERGH-")
    assert said == [("information", f"The backup was checked and is here:\n{copy}")]


def test_a_backup_to_a_missing_folder_is_an_error_message(
    qtbot: QtBot, session: OpenSession, tmp_path: Path, said
) -> None:
    backup_to(qtbot, session, tmp_path / "gone")
    qtbot.waitUntil(lambda: bool(said))
    assert [kind for kind, _ in said] == ["error"]


def test_restoring_through_the_dialog_brings_the_old_data_back(
    qtbot: QtBot, session: OpenSession, tmp_path: Path, said
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    backup_to(qtbot, session, stick)
    (copy,) = stick.iterdir()
    with session.db.transaction() as s:
        s.add(Room(code="R2", name="Keuken", capacity=12))
    assert rooms(session) == ["Grote zaal", "Keuken"]

    dialog = RestoreDialog(session)
    qtbot.addWidget(dialog)
    dialog._pick(copy)  # as chosen with "Other file…"
    assert dialog.restore_button.isEnabled()
    assert "Rooms: 1" in dialog.details.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert restore_with_message(None, session, dialog.chosen)
    assert rooms(session) == ["Grote zaal"]
    assert [kind for kind, _ in said][-2:] == ["confirm", "information"]


def test_the_municipalitys_backup_says_it_holds_the_import_history_and_brings_it_back(
    qtbot: QtBot, tmp_path: Path, said
) -> None:
    opened = start_session(tmp_path / "housedesk.sqlite3")
    try:
        installation.set_up_municipality(opened.db)
        history = history_path_for(opened.db_path)
        with ImportHistory(history) as kept:
            kept.set_expected_houses([("BERGH", "De Schakel")])
        stick = tmp_path / "usb"
        stick.mkdir()
        backup_to(qtbot, opened, stick)
        qtbot.waitUntil(lambda: bool(said))
        copy = next(stick.glob("housedesk-gemeente-*[0-9].sqlite3"))
        assert said == [
            (
                "information",
                "The backup of the data and of the import history was checked and is here:"
                f"\n{copy}\n{history_copy_of(copy)}",
            )
        ]
        with ImportHistory(history) as kept:
            kept.set_expected_houses([])
        dialog = RestoreDialog(opened)
        qtbot.addWidget(dialog)
        dialog._pick(copy)
        assert "Import history: 0 exports counted, 0 files read, 1 expected houses" in (
            dialog.details.text()
        )
        assert restore_with_message(None, opened, copy)
        assert "The import history of the backup is back in place as well." in said[-1][1]
        with ImportHistory(history) as kept:
            assert [h.code for h in kept.expected_houses()] == ["BERGH"]
    finally:
        opened.close()


def test_another_houses_backup_is_restored_only_when_chosen_naming_both_houses(
    qtbot: QtBot, session: OpenSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "other").mkdir()
    other = build_house(tmp_path / "other" / "house.sqlite3", sessions=1, code="LITH")
    asked: list[str] = []
    monkeypatch.setattr(
        Messages,
        "confirm",
        classmethod(lambda cls, parent, title, text, action: asked.append(text) or False),
    )
    dialog = RestoreDialog(session)
    qtbot.addWidget(dialog)
    dialog._pick(other)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    (question,) = asked
    assert "another house (LITH), not to this one (BERGH)" in question
    assert dialog.result() != RestoreDialog.DialogCode.Accepted  # not confirmed: nothing done
    assert rooms(session) == ["Grote zaal"]


def test_a_damaged_backup_cannot_be_chosen(
    qtbot: QtBot, session: OpenSession, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    dialog = RestoreDialog(session)
    qtbot.addWidget(dialog)
    dialog._pick(bad)
    assert not dialog.restore_button.isEnabled()
    assert dialog.details.text().startswith("This file cannot be restored")


def test_the_backups_list_passes_the_model_checks(
    qtbot: QtBot, qtmodeltester, session: OpenSession
) -> None:
    dialog = RestoreDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0  # a new database: nothing to back up yet today
    qtmodeltester.check(dialog.model)


def test_old_contact_details_are_removed_after_confirmation(
    qtbot: QtBot, qtmodeltester, session: OpenSession, said
) -> None:
    with session.db.transaction() as s:
        s.add(
            User(
                name="Schaakclub",
                kind="vereniging",
                contact_name="J. de Vries",
                contact_email="j.devries@example.nl",
                archived_at=utcnow() - dt.timedelta(days=3 * 366),
            )
        )
    dialog = PurgeDialog(session.db)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    dialog.years.setValue(5)
    assert dialog.model.rowCount() == 0 and not dialog.remove_button.isEnabled()
    dialog.years.setValue(2)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.purged == 1
    with session.db.reading() as s:
        user = s.query(User).one()
        assert (user.contact_name, user.contact_email) == (None, None)
        assert user.name == "Schaakclub"


def test_a_private_persons_name_and_texts_are_forgotten_too(
    qtbot: QtBot, session: OpenSession, said
) -> None:
    with session.db.transaction() as s:
        person = User(
            name="Fam. de Vries",
            kind="particulier",
            archived_at=utcnow() - dt.timedelta(days=3 * 366),
        )
        s.add(person)
        s.flush()
        s.add(
            Activity(
                code="A1",
                user_id=person.id,
                name="Verjaardag Kees de Vries",
                type="viering",
                nature="particulier",
                accessibility="besloten",
                description="Kees wordt 50",
            )
        )
        person_id = person.id
    dialog = PurgeDialog(session.db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    column = dialog.model.columnCount() - 1
    assert dialog.model.headerData(column, Qt.Orientation.Horizontal) == "To remove"
    shown = dialog.model.data(dialog.model.index(0, column))
    assert shown == "name (private person), activity texts"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.purged == 1 and dialog.model.rowCount() == 0
    with session.db.reading() as s:
        assert s.get(User, person_id).name == f"Particulier {person_id}"  # type: ignore[union-attr]
        activity = s.query(Activity).one()
        assert (activity.code, activity.name, activity.description) == (
            "A1",
            "Particuliere verhuur",
            None,
        )


def held_backup(monkeypatch) -> threading.Event:
    """Make the backup wait at its first progress report until it is cancelled."""
    started = threading.Event()
    backing_up = safety.manual_backup

    def held(db_path, folder, now=None, *, progress):
        def waiting(done: int, total: int) -> None:
            started.set()
            while not progress.cancelling:
                threading.Event().wait(0.01)
            progress(done, total)

        return backing_up(db_path, folder, now, progress=waiting)

    monkeypatch.setattr(safety, "manual_backup", held)
    return started


@pytest.mark.parametrize("how", ["button", "escape"])
def test_a_cancelled_backup_leaves_no_copy_and_says_so(
    qtbot: QtBot, session: OpenSession, tmp_path: Path, said, monkeypatch, how: str
) -> None:
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    started = held_backup(monkeypatch)
    stick = tmp_path / "usb"
    stick.mkdir()
    task = backup_in_background(None, session, stick)
    assert started.wait(10) and task.dialog is not None
    dialog = task.dialog
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        if how == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(said))
    assert said == [("information", "The backup was cancelled; no copy was written.")]
    assert list(stick.iterdir()) == []
    assert not dialog.isVisible()


def test_the_backups_progress_reaches_the_end(
    qtbot: QtBot, session: OpenSession, tmp_path: Path, said
) -> None:
    task = backup_in_background(None, session, tmp_path)
    steps: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(steps) and steps[-1][0] == steps[-1][1] > 0)
    assert said and said[0][0] == "information"


@needs_proc
def test_the_file_menus_restore_swaps_the_file_with_no_descriptor_of_it_open(
    qtbot: QtBot, session: OpenSession, make_app, tmp_path: Path, monkeypatch, said
) -> None:
    """On Windows an open file cannot be replaced: every screen built, then a restore."""
    stick = tmp_path / "usb"
    stick.mkdir()
    backup_to(qtbot, session, stick)
    (copy,) = stick.iterdir()
    with session.db.transaction() as s:
        s.add(Room(code="R2", name="Keuken", capacity=12))
    app = make_app(session.db, "nl", session=session)
    assert app.start()
    for spec in app.window.specs:  # every screen reads the database once
        app.window.show_screen(spec.key)
    app.wait_for_background_work()
    assert open_files_named(session.db_path)  # the engine keeps its connection open

    def choose(dialog: RestoreDialog) -> int:  # as a person picks "Other file…", Restore
        dialog._pick(copy)
        return RestoreDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    rules = simulate_windows_files(monkeypatch)
    swaps = open_at_swap(monkeypatch, session.db_path)
    app.restore_backup()
    assert swaps == [[]]
    assert rules.refused == []
    assert said[-1][0] == "information" and "pre-restore" in said[-1][1]  # restored
    assert rooms(session) == ["Grote zaal"]
    assert app.window.db is session.db  # the window was built again on the restored file


def test_work_started_while_the_restore_dialog_was_open_ends_before_the_swap(
    qtbot: QtBot, session: OpenSession, make_app, tmp_path: Path, monkeypatch, said
) -> None:
    """The daily backup may start while the person picks a backup; it must not hold the file."""
    stick = tmp_path / "usb"
    stick.mkdir()
    backup_to(qtbot, session, stick)
    (copy,) = stick.iterdir()
    app = make_app(session.db, "nl", session=session)
    reading = threading.Event()

    def hold_the_database_open(progress) -> None:
        connection = sqlite3.connect(session.db_path)
        try:
            connection.execute("SELECT count(*) FROM rooms").fetchall()
            reading.set()
            while True:
                progress(0, 0)  # raises Cancelled once the app asks it to stop
                threading.Event().wait(0.005)
        finally:
            connection.close()

    def choose(dialog: RestoreDialog) -> int:
        background.Task.reporting(hold_the_database_open, app).start()
        reading.wait()
        dialog._pick(copy)
        return RestoreDialog.DialogCode.Accepted

    assert app.start()
    monkeypatch.setattr(RestoreDialog, "exec", choose)
    app.restore_backup()
    assert said[-1][0] == "information" and "pre-restore" in said[-1][1]  # not refused
