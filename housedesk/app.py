"""Starting the window: the Qt application around an open database."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from housedesk import __version__
from housedesk.db import Database
from housedesk.ui.application import HousedeskApp
from housedesk.ui.settings import Settings


def run_gui(db: Database, language: str | None = None) -> int:
    """Run the app on ``db`` until the user closes it; the process exit status."""
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("housedesk")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("housedesk")
    app = HousedeskApp(qapp, db, Settings(), language)
    if not app.start():
        return 0
    if os.environ.get("HOUSEDESK_QUIT_WHEN_SHOWN"):  # bench/: time to a shown, painted window
        QTimer.singleShot(0, qapp.quit)
    return qapp.exec()
