"""The running app: settings, translations, the first-run question and the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from housedesk import installation
from housedesk.db import Database
from housedesk.installation import Installation
from housedesk.ui import i18n
from housedesk.ui.first_run import FirstRunDialog
from housedesk.ui.main_window import MainWindow
from housedesk.ui.settings import Settings


class HousedeskApp(QObject):
    """Owns what lives as long as the app: the database, settings, translators, window."""

    def __init__(
        self, qapp: QApplication, db: Database, settings: Settings, language: str | None = None
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.db = db
        self.settings = settings
        self.language = language or settings.language
        self.translators = i18n.install(qapp, self.language)
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Ask what this PC is for if nobody has yet, then show the window; False if declined."""
        installed = installation.load(self.db)
        if installed is None:
            installed = FirstRunDialog.ask(self.db)
            if installed is None:
                return False
        self.show_window(installed)
        return True

    def show_window(self, installed: Installation, screen: str | None = None) -> MainWindow:
        old = self.window
        window = MainWindow(self.db, installed, self.language)
        window.language_chosen.connect(self.change_language)
        if screen is not None:
            window.show_screen(screen)
        if old is not None:
            window.setGeometry(old.geometry())
        window.show()
        self.window = window
        if old is not None:
            old.close()
            old.deleteLater()
        return window

    def change_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        if language == self.language:
            return
        self.settings.language = language
        self.language = language
        i18n.uninstall(self.qapp, self.translators)
        self.translators = i18n.install(self.qapp, language)
        assert self.window is not None
        self.show_window(self.window.installation, self.window.current_screen_key())
