"""Starting the window: the Qt application around a safely opened database.

Before anything shows, the database is locked (one housedesk at a time),
checked and opened (``housedesk.ui.shell.startup``); once the window has painted,
the ORM is loaded in the background and then the day's backup is taken. An
unexpected error anywhere later is logged and shown, and the app goes on
(``housedesk.ui.shell.crash``).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from housedesk import __version__
from housedesk.common import log as logfile
from housedesk.common.file_errors import FileError
from housedesk.ui.kit import i18n
from housedesk.ui.kit.messages import Messages
from housedesk.ui.shell.application import HousedeskApp
from housedesk.ui.shell.crash import CrashReporter
from housedesk.ui.shell.settings import Settings
from housedesk.ui.shell.startup import open_session

log = logging.getLogger("housedesk.startup")


def run_gui(db_path: Path, language: str | None = None) -> int:
    """Run the app on the database at ``db_path`` until the user closes it; the exit status."""
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("housedesk")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("housedesk")
    settings = Settings()
    language = language or settings.language
    translators = i18n.install(qapp, language)
    reporter = CrashReporter(logfile.configure())
    reporter.install()
    try:
        session, status = open_session(db_path)
        if session is None:
            return status
        try:
            app = HousedeskApp(
                qapp, session.db, settings, language, session=session, translators=translators
            )
            translators = app.translators  # a change of language replaces them
            if not app.start():
                return 0
            # Today's backup copies the whole file: once the window is up and loaded.
            app.warmup.finished.connect(
                lambda: app.start_daily_backup(lambda problem: warn_backup(app, problem))
            )
            status = qapp.exec()
            translators = app.translators
            app.wait_for_background_work()
            return status
        finally:
            session.close()
    finally:
        reporter.uninstall()
        i18n.uninstall(qapp, translators)


def warn_backup(app: HousedeskApp, problem: str) -> None:
    log.warning("no daily backup: %s", problem)
    Messages.warning(
        app.window,
        QCoreApplication.translate("Startup", "No backup today"),
        QCoreApplication.translate(
            "Startup",
            "The daily backup could not be made. Your data is fine and you can work as "
            "usual, but make a backup by hand (File menu) when you can.\n\n%1",
        ).replace("%1", problem),
    )


def can_show_window() -> bool:
    """Whether a message box can be seen: not on Qt's screenless platforms (tests, CI)."""
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] not in ("offscreen", "minimal")


def show_start_error(refused: Exception, language: str | None = None) -> None:
    """Tell the person in a window why housedesk cannot start (found before the window)."""
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    translators = i18n.install(qapp, language or Settings().language)
    try:
        cause = refused.__cause__
        Messages.error(
            None,
            QCoreApplication.translate("Startup", "housedesk cannot start"),
            i18n.file_error_text(cause) if isinstance(cause, FileError) else str(refused),
        )
    finally:
        i18n.uninstall(qapp, translators)
