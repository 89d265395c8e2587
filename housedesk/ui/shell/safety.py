"""Backups, restoring one, and forgetting old personal data: the dialogs of the File menu.

All the work is done by the core (``housedesk.db.backup``, ``housedesk.core.privacy``);
these dialogs show what a backup holds before it replaces anything, say where
a copy went, and ask before anything that cannot be undone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from housedesk.core import installation
from housedesk.core.privacy import PurgeCandidate, PurgeError, contacts_to_purge, purge_contacts
from housedesk.db import Database
from housedesk.db.backup import (
    BackupError,
    BackupInfo,
    BackupKind,
    BackupSummary,
    history_copy_of,
    list_backups,
    manual_backup,
)
from housedesk.db.restore import RestoreError, check_restorable
from housedesk.db.startup import OpenSession
from housedesk.ui.kit.background import ProgressDialog, Task
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import list_date, list_moment, qdatetime
from housedesk.ui.kit.fields import FieldWatch
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, file_error_text
from housedesk.ui.kit.messages import Messages
from housedesk.ui.kit.screen_fit import fit_to_screen
from housedesk.ui.kit.table_model import Column, RowRole, RowTableModel
from housedesk.ui.kit.widgets import FieldError, Selection, read_only_table


def kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.DAILY: QCoreApplication.translate("Backups", "Daily (automatic)"),
        BackupKind.MANUAL: QCoreApplication.translate("Backups", "Made by hand"),
        BackupKind.PRE_UPGRADE: QCoreApplication.translate("Backups", "Before an update"),
        BackupKind.PRE_RESTORE: QCoreApplication.translate("Backups", "Before a restore"),
        BackupKind.DAMAGED: QCoreApplication.translate("Backups", "Damaged (kept)"),
    }[kind]


def local_datetime(moment: dt.datetime) -> str:
    return list_moment(moment)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def summary_text(summary: BackupSummary) -> str:
    """What a database file holds, in the person's language."""
    house = summary.house_name or summary.house_code or "—"
    newest = (
        QLocale().toString(
            qdatetime(dt.datetime.combine(summary.newest_booking, dt.time())), "d MMMM yyyy"
        )
        if summary.newest_booking
        else "—"
    )
    return (
        QCoreApplication.translate(
            "Backups",
            "House: %1\nRooms: %2 · users: %3 · activities: %4\nSessions: %5 (the last on %6)"
            " · signals: %7",
        )
        .replace("%1", house)
        .replace("%2", str(summary.rooms))
        .replace("%3", str(summary.users))
        .replace("%4", str(summary.activities))
        .replace("%5", str(summary.bookings))
        .replace("%6", newest)
        .replace("%7", str(summary.signals))
    ) + history_text(summary)


def history_text(summary: BackupSummary) -> str:
    """The line about the backup's import history (the municipality's), or nothing."""
    history = summary.history
    if history is None:
        return ""
    return "\n" + (
        QCoreApplication.translate(
            "Backups", "Import history: %1 exports counted, %2 files read, %3 expected houses"
        )
        .replace("%1", str(history.exports))
        .replace("%2", str(history.readings))
        .replace("%3", str(history.expected_houses))
    )


def choose_backup_folder(parent: QWidget | None) -> Path | None:
    """Ask where a backup should go (a USB stick, say)."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Backups", "Where should the backup go?")
    )
    return Path(folder) if folder else None


def backup_in_background(parent: QWidget | None, session: OpenSession, folder: Path) -> Task:
    """Write a verified copy to ``folder`` in a worker thread; say where it went, or why not.

    A progress dialog shows the pages copied; cancelling it leaves no copy behind.
    """
    db_path = session.db_path
    task = Task.reporting(
        lambda progress: manual_backup(db_path, folder, progress=progress), parent
    )
    task.done.connect(lambda copy: backup_made(parent, copy))
    task.failed.connect(lambda error: backup_failed(parent, folder, error))
    task.cancelled.connect(lambda: backup_cancelled(parent))
    ProgressDialog(
        task,
        QCoreApplication.translate("Backups", "Backup"),
        QCoreApplication.translate("Backups", "Writing a checked copy to %1 …").replace(
            "%1", str(folder)
        ),
        parent,
    )
    return task.start()


def backup_made(parent: QWidget | None, copy: Path) -> None:
    history = history_copy_of(copy)
    if history.is_file():
        text = (
            QCoreApplication.translate(
                "Backups",
                "The backup of the data and of the import history was checked and is here:\n%1\n%2",
            )
            .replace("%1", str(copy))
            .replace("%2", str(history))
        )
    else:
        text = QCoreApplication.translate(
            "Backups", "The backup was checked and is here:\n%1"
        ).replace("%1", str(copy))
    Messages.information(parent, QCoreApplication.translate("Backups", "Backup made"), text)


def backup_cancelled(parent: QWidget | None) -> None:
    Messages.information(
        parent,
        QCoreApplication.translate("Backups", "Backup cancelled"),
        QCoreApplication.translate("Backups", "The backup was cancelled; no copy was written."),
    )


def backup_failed(parent: QWidget | None, folder: Path, error: BaseException) -> None:
    if not isinstance(error, BackupError):
        raise error  # unexpected: logged and shown by the crash reporter
    Messages.error(
        parent,
        QCoreApplication.translate("Backups", "No backup made"),
        QCoreApplication.translate("Backups", "The backup could not be written in %1.\n\n%2")
        .replace("%1", str(folder))
        .replace("%2", file_error_text(error)),
    )


class RestoreDialog(QDialog):
    """Pick a backup, see what it holds, and confirm; ``chosen`` is the file to restore."""

    def __init__(self, session: OpenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen: Path | None = None
        self._summary: BackupSummary | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(640, 460)
        fit_to_screen(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The data as it is now is saved first, so "
                "a restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[BackupInfo] = RowTableModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Backups", "Taken on"),
                    lambda b: local_datetime(b.taken_at),
                    sort_key=lambda b: b.taken_at.isoformat(),
                    context="Backups",
                ),
                Column(
                    QT_TRANSLATE_NOOP("Backups", "Kind"),
                    lambda b: kind_label(b.kind),
                    context="Backups",
                ),
                Column(
                    QT_TRANSLATE_NOOP("Backups", "Size"),
                    lambda b: size_text(b.size),
                    sort_key=lambda b: b.size,
                    align_right=True,
                    context="Backups",
                ),
            ]
        )
        self.model.set_rows(list_backups(session.backup_dir))
        self.table = read_only_table(self.model, "backups", self.tr("Backups"))
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 200)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._pick(current.data(RowRole).path)
        )
        self.details = QLabel(self.tr("Choose a backup to see what it holds."))
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(70)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        other = QPushButton(self.tr("&Other file…"))
        other.setToolTip(self.tr("A backup on a USB stick or elsewhere"))
        other.clicked.connect(self._other_file)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(other)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        if self.model.rowCount() == 0:
            self.details.setText(
                self.tr(
                    "There are no backups in %1 yet. Choose another file, e.g. on a USB stick."
                ).replace("%1", str(session.backup_dir))
            )

    def _other_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.session.backup_dir),
            self.tr("housedesk backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.table.clearSelection()
            self._pick(Path(name))

    def _pick(self, path: Path) -> None:
        self.chosen = None
        self.restore_button.setEnabled(False)
        try:
            self._summary = check_restorable(path)
        except RestoreError as refused:
            self.details.setText(
                self.tr("This file cannot be restored:\n%1").replace("%1", file_error_text(refused))
            )
            return
        self.chosen = path
        self.details.setText(f"{path.name}\n{summary_text(self._summary)}")
        self.restore_button.setEnabled(True)

    def accept(self) -> None:
        if self.chosen is None or self._summary is None:
            return
        house = self.session_house_code()
        warning = ""
        if self._summary.house_code and house and self._summary.house_code != house:
            warning = "\n\n" + (
                self.tr(
                    "Careful: this backup belongs to another house (%1), not to this one "
                    "(%2). Restoring it puts the data of %1 in place of the data of %2."
                )
                .replace("%1", self._summary.house_code)
                .replace("%2", house)
            )
        question = self.tr(
            "Put this backup back?\n\n%1\n\nEverything entered after it will be gone from the "
            "app (it stays in the copy that is made first)."
        ).replace("%1", summary_text(self._summary))
        if Messages.confirm(self, self.windowTitle(), question + warning, self.tr("Restore")):
            super().accept()

    def session_house_code(self) -> str | None:
        installed = installation.load(self.session.db)
        return installed.house.code if installed and installed.house else None


def restore_with_message(parent: QWidget | None, session: OpenSession, path: Path) -> bool:
    """Restore ``path`` into the open session; tell the person the outcome."""
    try:
        result = session.restore(path)
    except RestoreError as refused:
        Messages.error(
            parent,
            QCoreApplication.translate("Backups", "Not restored"),
            QCoreApplication.translate(
                "Backups", "The backup was not restored; nothing was changed.\n\n%1"
            ).replace("%1", file_error_text(refused)),
        )
        return False
    where = str(result.previous_copy) if result.previous_copy else "—"
    text = QCoreApplication.translate(
        "Backups",
        "The backup is back in place.\n\nThe data as it was just before is kept in:\n%1",
    ).replace("%1", where)
    if result.history_restored is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Backups", "The import history of the backup is back in place as well."
        )
    Messages.information(parent, QCoreApplication.translate("Backups", "Backup restored"), text)
    return True


PURGED_FIELDS = {
    "contact_name": QT_TRANSLATE_NOOP("Backups", "contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("Backups", "phone"),
    "contact_email": QT_TRANSLATE_NOOP("Backups", "e-mail"),
    "notes": QT_TRANSLATE_NOOP("Backups", "notes"),
    "name": QT_TRANSLATE_NOOP("Backups", "name (private person)"),
    "activity_texts": QT_TRANSLATE_NOOP("Backups", "activity texts"),
}


def purged_fields_text(candidate: PurgeCandidate) -> str:
    """What will be removed of ``candidate``, in words: "phone, e-mail"."""
    return ", ".join(
        QCoreApplication.translate("Backups", PURGED_FIELDS[name]) for name in candidate.fields
    )


class PurgeDialog(QDialog):
    """Forget the personal data of users archived long ago, after confirmation."""

    DEFAULT_YEARS = 2

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.purged = 0
        self.setWindowTitle(self.tr("Remove old personal data"))
        self.resize(600, 420)
        fit_to_screen(self)
        intro = QLabel(
            self.tr(
                "Contact persons are personal data, and so are the names of private persons and "
                "what was written about their activities. When a user has been archived for a "
                "long time, the house no longer needs them. A private person's name becomes "
                "“Particulier” and a number, their private rentals “Particuliere verhuur”; "
                "descriptions and reasons of cancelling are emptied. This cannot be undone; "
                "codes, sessions and counts stay for the reports."
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("years")
        self.years.setRange(1, 30)
        self.years.setValue(self.DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Archived longer ago than"))
        self.years.valueChanged.connect(self.reload)
        self.model: RowTableModel[PurgeCandidate] = RowTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Backups", "User"), lambda c: c.name, context="Backups"),
                Column(
                    QT_TRANSLATE_NOOP("Backups", "Archived on"),
                    lambda c: list_date(c.archived_at.date()),
                    sort_key=lambda c: c.archived_at.isoformat(),
                    context="Backups",
                ),
                Column(
                    QT_TRANSLATE_NOOP("Backups", "To remove"),
                    purged_fields_text,
                    tooltip=purged_fields_text,
                    context="Backups",
                ),
            ]
        )
        table = read_only_table(
            self.model,
            "candidates",
            self.tr("Users whose personal data will be removed"),
            selection=Selection.ExtendedSelection,
        )
        table.setColumnWidth(0, 300)
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons = QDialogButtonBox()
        self.remove_button = buttons.addButton(
            self.tr("&Remove details…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        label = QLabel(self.tr("Archived longer ago than:"))
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        years_error = FieldError("years")
        FieldWatch(self.years, years_error)  # a key the spin box keeps out is said
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(years_error)
        layout.addWidget(table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        candidates = contacts_to_purge(self.db, self.years.value())
        self.model.set_rows(candidates)
        self.remove_button.setEnabled(bool(candidates))
        self.status.setText(
            self.tr("No archived user of that age has personal data left.")
            if not candidates
            else self.tr("%1 user(s) with personal data.").replace("%1", str(len(candidates)))
        )

    def accept(self) -> None:
        candidates = self.model.rows()
        if not candidates:
            return
        question = self.tr(
            "Remove the personal data of %1 user(s) for good? This cannot be undone."
        ).replace("%1", str(len(candidates)))
        if not Messages.confirm(self, self.windowTitle(), question, self.tr("Remove")):
            return
        try:
            user_ids = [c.user_id for c in candidates]
            self.purged += perform(Change.PEOPLE, lambda: purge_contacts(self.db, user_ids), self)
        except PurgeError:
            Messages.error(
                self,
                self.windowTitle(),
                self.tr(
                    "The personal data were removed, but the database is in use elsewhere, "
                    "so old copies of them stay in the file until the next removal."
                ),
            )
        self.reload()
        self.status.setText(
            self.tr("The personal data of %1 user(s) were removed.").replace("%1", str(self.purged))
        )
