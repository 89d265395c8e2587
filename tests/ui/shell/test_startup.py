"""Tests for housedesk.app, ui.startup and ui.crash: starting safely, and surviving errors.

Real processes hold the lock, real files are damaged; only the message boxes
are answered by the test instead of a person.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from housedesk.app import run_gui
from housedesk.common import log
from housedesk.core import installation
from housedesk.db import Database, open_database
from housedesk.db.models import Room
from housedesk.db.startup import start_session
from housedesk.ui.kit.messages import Messages
from housedesk.ui.shell.crash import CrashReporter
from housedesk.ui.shell.startup import EXIT_CANNOT_OPEN, EXIT_DAMAGED, EXIT_IN_USE, open_session
from tests.helpers.databases import house_with_old_contacts, read_only_view
from tests.helpers.processes import SOURCE, kill_hard, start_lock_holder
from tests.helpers.windows import needs_mount


@pytest.fixture
def house_file(tmp_path: Path) -> Path:
    path = tmp_path / "house.sqlite3"
    db = open_database(path)
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    db.close()
    return path


@pytest.fixture
def other_process(house_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another housedesk process holding the database's lock until killed."""
    process = start_lock_holder(house_file)
    yield process
    kill_hard(process)


def test_a_second_start_is_refused_naming_the_computer(
    qapp: QApplication, house_file: Path, other_process, said
) -> None:
    assert run_gui(house_file, "nl") == EXIT_IN_USE
    ((kind, text),) = said
    assert kind == "error"
    assert socket.gethostname() in text
    assert text.startswith("housedesk is al geopend op computer")


def test_after_the_other_process_is_killed_the_next_start_works(
    qapp: QApplication, house_file: Path, other_process, said
) -> None:
    other_process.kill()
    other_process.wait()
    session, status = open_session(house_file)
    assert status == 0 and session is not None
    session.close()
    assert said == []


def damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad" * 2048)


def test_a_damaged_database_is_not_opened_and_the_newest_good_backup_is_offered(
    house_file: Path, said, expect_log_errors
) -> None:
    session = start_session(house_file)  # takes today's automatic backup
    with session.db.transaction() as s:
        s.add_all(Room(code=f"R{i}", name=f"Zaal {i}", capacity=10) for i in range(1, 400))
    session.close()
    damage(house_file)
    with expect_log_errors("housedesk.startup", "^damaged: .* is damaged"):
        session, status = open_session(house_file)
    assert status == 0 and session is not None  # restored from the backup after "yes"
    assert [kind for kind, _text in said] == ["confirm"]
    loaded = installation.load(session.db)
    assert loaded is not None and loaded.house is not None and loaded.house.code == "BERGH"
    session.close()


def test_declining_the_restore_of_a_damaged_database_exits(
    house_file: Path, said, monkeypatch: pytest.MonkeyPatch, expect_log_errors
) -> None:
    start_session(house_file).close()
    damage(house_file)
    before = house_file.read_bytes()
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *args: False))
    with expect_log_errors("housedesk.startup", "^damaged: .* is damaged"):
        session, status = open_session(house_file)
    assert session is None and status == EXIT_DAMAGED
    assert house_file.read_bytes() == before  # never opened for writing


class Saver(QPushButton):
    """A button whose slot saves a room, or fails halfway through its transaction."""

    def __init__(self, db: Database) -> None:
        super().__init__("Opslaan")
        self.db = db
        self.fail = True
        self.clicked.connect(self.save)

    def save(self) -> None:
        with self.db.transaction() as s:
            s.add(Room(code="R1", name="Grote zaal", capacity=80))
            s.flush()
            if self.fail:
                raise RuntimeError("boom in the middle of a save")


def test_an_error_in_a_slot_is_logged_shown_and_rolled_back_and_the_next_save_works(
    qtbot: QtBot, db: Database, said, expect_log_errors
) -> None:
    reporter = CrashReporter(log.configure())
    reporter.install()
    try:
        button = Saver(db)
        qtbot.addWidget(button)
        with expect_log_errors("housedesk.crash", "boom in the middle of a save"):
            QTimer.singleShot(0, button.click)  # as a click from the event loop
            qtbot.waitUntil(lambda: bool(said))
        with db.reading() as s:
            assert s.query(Room).count() == 0
        button.fail = False
        button.click()
        with db.reading() as s:
            assert s.query(Room).count() == 1
    finally:
        reporter.uninstall()
        for handler in logging.getLogger("housedesk").handlers:
            handler.flush()
    ((kind, text),) = said
    assert kind == "error"
    assert str(log.log_path()) in text
    assert "boom in the middle of a save" in log.log_path().read_text(encoding="utf-8")


def test_an_error_that_cannot_be_logged_is_not_said_to_be_logged(
    qtbot: QtBot, db: Database, said, expect_log_errors, capsys: pytest.CaptureFixture[str]
) -> None:
    log.log_path().parent.mkdir(parents=True, exist_ok=True)
    log.log_path().mkdir()  # the file cannot be written, as on a full or read-only disk
    reporter = CrashReporter(log.configure())
    reporter.install()
    try:
        button = Saver(db)
        qtbot.addWidget(button)
        with expect_log_errors("housedesk.crash", "boom in the middle of a save"):
            QTimer.singleShot(0, button.click)
            qtbot.waitUntil(lambda: bool(said))
    finally:
        reporter.uninstall()
    ((kind, text),) = said
    assert kind == "error"
    assert "could not be written down" in text
    assert "boom in the middle of a save" in text  # so it can be told to someone
    assert "Logging error" in capsys.readouterr().err  # logging said so on stderr


def test_the_daily_backup_runs_after_the_window_shows_without_blocking_it(
    qtbot: QtBot, qapp: QApplication, house_file: Path, said, monkeypatch: pytest.MonkeyPatch
) -> None:
    from housedesk.db import startup as maintenance
    from housedesk.db.backup import BackupError, list_backups
    from housedesk.ui.shell.application import HousedeskApp
    from housedesk.ui.shell.settings import Settings

    session, status = open_session(house_file)
    assert session is not None and status == 0
    assert list_backups(session.backup_dir) == []  # not taken before the window
    app = HousedeskApp(qapp, session.db, Settings(), "en", session=session)
    warnings: list[str] = []
    task = app.start_daily_backup(warnings.append)
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    app.wait_for_background_work()
    assert [b.kind.value for b in list_backups(session.backup_dir)] == ["daily"]
    assert warnings == []

    def broken(*args: object, **kwargs: object) -> None:
        raise BackupError(BackupError.WRITE_FAILED, session.backup_dir, "disk full")

    monkeypatch.setattr(maintenance, "automatic_backup", broken)
    task = app.start_daily_backup(warnings.append)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "disk full" in warnings[0]
    app.wait_for_background_work()
    i18n_cleanup(qapp, app)
    session.close()


def i18n_cleanup(qapp: QApplication, app: object) -> None:
    from housedesk.ui.kit import i18n

    i18n.uninstall(qapp, app.translators)  # type: ignore[attr-defined]
    app.restore_normal_font()  # type: ignore[attr-defined]


@needs_mount
def test_a_database_on_a_read_only_medium_is_named_read_only_not_damaged(
    tmp_path: Path, said, expect_log_errors
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    house_with_old_contacts(folder / "house.sqlite3")
    with read_only_view(folder) as view, expect_log_errors("housedesk.startup", "cannot lock"):
        session, status = open_session(view / "house.sqlite3")
    assert session is None and status == EXIT_CANNOT_OPEN
    ((kind, text),) = said
    assert kind == "error"
    assert "read-only (alleen-lezen)" in text and "damaged" not in text


FROZEN = textwrap.dedent(
    """
    import sys
    sys.frozen = True  # as PyInstaller's exe sets it
    sys.executable = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from housedesk.__main__ import main
    from housedesk.ui.shell.application import HousedeskApp

    original = HousedeskApp.start_daily_backup

    def start_daily_backup(app, warn):  # once the day's backup is taken: close
        task = original(app, warn)
        task.done.connect(lambda _copy: QTimer.singleShot(0, QApplication.instance().quit))
        return task

    HousedeskApp.start_daily_backup = start_daily_backup
    sys.exit(main([]))
    """
)


def test_a_frozen_app_started_in_its_install_folder_writes_nothing_there(tmp_path: Path) -> None:
    """The installer's folder is the program's; the data goes to the user's data folder."""
    install = tmp_path / "Programs" / "housedesk"
    install.mkdir(parents=True)
    exe = install / "housedesk.exe"
    exe.write_bytes(b"MZ")
    user_data = tmp_path / "home" / ".local" / "share"
    data = user_data / "housedesk"
    data.mkdir(parents=True)
    db = open_database(data / "housedesk.sqlite3")
    installation.set_up_house(db, "BERGH", "De Schakel", "Berghem")
    db.close()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("HOUSEDESK_HOME", "HOUSEDESK_DB")
    }
    env |= {
        "HOME": str(tmp_path / "home"),
        # Where platformdirs finds the user's data folder: on Linux, and on Windows (the
        # variable stands in for the Local AppData known folder).
        "XDG_DATA_HOME": str(user_data),
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(user_data),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(SOURCE),
    }

    result = subprocess.run(
        [sys.executable, "-c", FROZEN, str(exe)],
        cwd=install,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert [p.name for p in install.rglob("*")] == ["housedesk.exe"]
    assert list((data / "backups").glob("housedesk-daily-*.sqlite3")), "the day's backup"
