"""Message boxes, in one place so tests can answer them instead of a person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    """The app's message boxes; tests replace these classmethods (monkeypatch)."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before doing something that cannot be undone; ``action`` names the button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


def confirm_over_capacity(parent: QWidget | None, text: str) -> bool:
    """Ask whether a count above the room's capacity is really right (``text`` says why)."""
    return Messages.confirm(
        parent,
        QCoreApplication.translate("Messages", "More visitors than the room holds"),
        text,
        QCoreApplication.translate("Messages", "Yes, save it"),
    )
