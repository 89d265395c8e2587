"""The running app: settings, translations, the first-run question and the main window.

It also carries out what the File menu asks for on the data as a whole: a
backup to a chosen folder, restoring a backup (after which the window is built
again on the restored data), and removing old personal data. Once the
window has painted, it loads the ORM in the background (``housedesk.ui.shell.warmup``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

from housedesk.core import installation
from housedesk.core.installation import Installation
from housedesk.db import Database
from housedesk.db.startup import OpenSession
from housedesk.ui.kit import background, i18n
from housedesk.ui.kit.background import Task
from housedesk.ui.shell.main_window import MainWindow, place
from housedesk.ui.shell.settings import Settings
from housedesk.ui.shell.warmup import Warmup

#: How much larger the letters are with "large text" on.
LARGE_TEXT_FACTOR = 1.3


class HousedeskApp(QObject):
    """Owns what lives as long as the app: the database, settings, translators, window."""

    def __init__(
        self,
        qapp: QApplication,
        db: Database,
        settings: Settings,
        language: str | None = None,
        *,
        session: OpenSession | None = None,
        translators: list[QTranslator] | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self._db = db
        self.session = session
        self.settings = settings
        self.language = language or settings.language
        if translators is None:
            translators = i18n.install(qapp, self.language)
        self.translators = translators
        self.window: MainWindow | None = None
        self.daily_backup: Task | None = None
        self.backup_task: Task | None = None
        self.warmup = Warmup(self)
        self._normal_font = QFont(qapp.font())
        self._apply_text_size(settings.large_text)

    @property
    def db(self) -> Database:
        """The open database (a restore replaces the session's database object)."""
        return self.session.db if self.session is not None else self._db

    def start(self) -> bool:
        """Ask what this PC is for if nobody has yet, then show the window; False if declined."""
        installed = installation.load(self.db)
        if installed is None:
            from housedesk.ui.shell.first_run import FirstRunDialog  # once per PC: loaded then

            installed = FirstRunDialog.ask(self.db)
            if installed is None:
                return False
        self.show_window(installed)
        return True

    def show_window(self, installed: Installation, screen: str | None = None) -> MainWindow:
        old = self.window
        window = MainWindow(
            self.db,
            installed,
            self.language,
            can_back_up=self.session is not None,
            large_text=self.settings.large_text,
        )
        window.language_chosen.connect(self.change_language)
        window.large_text_chosen.connect(self.change_text_size)
        window.backup_requested.connect(self.make_backup)
        window.restore_requested.connect(self.restore_backup)
        window.purge_requested.connect(self.purge_contacts)
        window.first_painted.connect(self.warmup.start)
        window.closing.connect(self._remember_geometry)
        if screen is not None:
            window.show_screen(screen)
        place(window, old.saveGeometry() if old is not None else self.settings.window_geometry)
        window.show()
        self.window = window
        if old is not None:
            old.close()
            old.deleteLater()
        return window

    def _remember_geometry(self, geometry: QByteArray) -> None:
        self.settings.window_geometry = geometry

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

    def change_text_size(self, large: bool) -> None:
        """Switch large text on or off for the whole app now, and remember it."""
        if large == self.settings.large_text:
            return
        self.settings.large_text = large
        self._apply_text_size(large)
        assert self.window is not None
        self.show_window(self.window.installation, self.window.current_screen_key())

    def _apply_text_size(self, large: bool) -> None:
        font = QFont(self._normal_font)
        if large:
            font.setPointSizeF(font.pointSizeF() * LARGE_TEXT_FACTOR)
        self.qapp.setFont(font)

    def restore_normal_font(self) -> None:
        """Put the font back as it was before this app object changed it."""
        self.qapp.setFont(self._normal_font)

    def start_daily_backup(self, warn: Callable[[str], None]) -> Task | None:
        """Take today's automatic backup in the background; ``warn`` hears of a failure."""
        session = self.session
        if session is None:
            return None
        task = Task(session.take_daily_backup, self)

        def done(_result: object) -> None:
            if session.backup_problem:
                warn(session.backup_problem)

        task.done.connect(done)
        task.failed.connect(lambda error: warn(str(error)))
        self.daily_backup = task.start()
        return task

    def wait_for_background_work(self) -> None:
        """Let background work end before the database is replaced or closed.

        What can be cancelled (an export, a report, a backup to a folder) is,
        and leaves nothing behind; the loading and the daily backup are waited for.
        """
        self.warmup.wait()
        background.finish_all()

    def make_backup(self) -> Task | None:
        """Ask for a folder and write a checked copy there, without freezing the window."""
        if self.session is None:
            return None
        from housedesk.ui.shell import (
            safety,  # the File menu's dialogs: loaded when first asked for
        )

        folder = safety.choose_backup_folder(self.window)
        if folder is None:
            return None
        self.backup_task = safety.backup_in_background(self.window, self.session, folder)
        return self.backup_task

    def restore_backup(self) -> None:
        """Let the person pick a backup; restore it and show the window on the restored data."""
        if self.session is None:
            return
        self.wait_for_background_work()
        from housedesk.ui.shell import safety

        dialog = safety.RestoreDialog(self.session, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        # Work started while the dialog was open (the daily backup, once the loading
        # ended) must not hold the database open: Windows cannot replace an open file.
        self.wait_for_background_work()
        if safety.restore_with_message(self.window, self.session, dialog.chosen):
            self.rebuild()

    def purge_contacts(self) -> None:
        from housedesk.ui.shell import safety

        dialog = safety.PurgeDialog(self.db, self.window)
        dialog.exec()
        if dialog.purged:
            self.rebuild()

    def rebuild(self) -> None:
        """Show the window again on what the database holds now."""
        installed = installation.load(self.db)
        if installed is None:  # a backup from before the first-run question
            from housedesk.ui.shell.first_run import FirstRunDialog

            installed = FirstRunDialog.ask(self.db, self.window)
            if installed is None:
                self.qapp.quit()
                return
        self.show_window(installed)
