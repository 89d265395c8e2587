"""The settings of this PC's user, each declared once with its default.

Stored with ``QSettings`` in an ini file in the data folder (so
``HOUSEDESK_HOME`` moves them too, which the tests rely on). Settings that
belong to the house's data (its role, its code) live in the database instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from housedesk.common.paths import data_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


class Settings:
    """A typed view of the user's settings."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "settings.ini"
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._store.setValue("ui/language", value)
        self._store.sync()

    @property
    def large_text(self) -> bool:
        """Everything in larger letters, for volunteers who read small text with difficulty."""
        return str(self._store.value("ui/large_text", "false")).lower() == "true"

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._store.setValue("ui/large_text", "true" if value else "false")
        self._store.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        """Where the main window was and how large, as ``QWidget.saveGeometry`` gave it."""
        value = self._store.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("ui/window_geometry", value)
        self._store.sync()
