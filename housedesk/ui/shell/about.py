"""Help → About housedesk: which version runs, where the data is, and how to get a newer one.

housedesk never looks for updates on the internet (a house may have none): a
newer version comes as an installer from the municipality, by e-mail or on a
USB stick, and is installed over this one. The data stays, and a new version
that needs to bring the data up to date first makes a backup of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from housedesk import __version__
from housedesk.common.paths import backup_dir_for
from housedesk.common.paths import data_dir as default_data_dir
from housedesk.ui.kit.screen_fit import scroll_when_tall


class AboutDialog(QDialog):
    """The version, the files, and the way to a newer version; one button to close."""

    def __init__(
        self, db_path: Path, parent: QWidget | None = None, *, data_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About housedesk"))
        self.setMinimumWidth(520)
        data = data_dir or default_data_dir()

        self.version = self._label(self.tr("housedesk %1").replace("%1", __version__), "version")
        font = self.version.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.version.setFont(font)
        purpose = self._label(
            self.tr(
                "The register of a community house: rooms, users, activities, bookings and "
                "visitor counts, and the quarterly exchange with the municipality."
            ),
            "purpose",
        )
        self.files = self._label(
            self.tr("Database: %1\nBackups: %2\nLog: %3")
            .replace("%1", str(db_path))
            .replace("%2", str(backup_dir_for(db_path)))
            .replace("%3", str(data / "logs")),
            "files",
        )
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        updates_title = self._label(self.tr("A newer version"), "updatesTitle")
        title_font = updates_title.font()
        title_font.setBold(True)
        updates_title.setFont(title_font)
        self.updates = self._label(
            self.tr(
                "This computer runs version %1. housedesk does not look for updates on the "
                "internet and downloads nothing by itself.\n\n"
                "A newer version comes from the municipality: ask your contact person there "
                "for the installer, by e-mail or on a USB stick. Close housedesk, start the "
                "installer and install over this version. Your data stays where it is; when "
                "the new version has to bring it up to date, it first makes a backup."
            ).replace("%1", __version__),
            "updates",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addWidget(purpose)
        layout.addSpacing(8)
        layout.addWidget(self.files)
        layout.addSpacing(8)
        layout.addWidget(updates_title)
        layout.addWidget(self.updates)
        layout.addStretch(1)
        layout.addWidget(buttons)
        scroll_when_tall(self)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label
