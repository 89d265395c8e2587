"""Answering a modal dialog the way a person does, while the code that opened it waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

Modal = TypeVar("Modal", bound=QWidget)

#: How many times to look for the dialog, every 10 ms, before giving up (the test then fails
#: on what it finds answered, and no look is left behind for the next test).
LOOKS = 1000


def when_shown(kind: type[Modal], act: Callable[[Modal], None]) -> list[Modal]:
    """Call ``act`` with the next modal dialog of ``kind`` once it is open.

    ``exec()`` blocks the test until the dialog closes, so the answer is given
    from the event loop that ``exec()`` runs. Returns the dialogs answered (to
    check afterwards that one was shown, and what it said).
    """
    answered: list[Modal] = []

    def look(left: int) -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, kind) or not shown.isVisible():
            if left:
                QTimer.singleShot(10, lambda: look(left - 1))
            return
        answered.append(shown)
        try:
            act(shown)
        except BaseException:
            if isinstance(shown, QDialog) and shown.isVisible():
                shown.reject()  # else its exec() would wait for ever; pytest-qt reports the error
            raise

    QTimer.singleShot(0, lambda: look(LOOKS))
    return answered


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    """Click the button called ``name`` inside ``parent`` with the mouse.

    A missing button fails the test (Qt's own click would abort the process).
    """
    button = parent.findChild(QAbstractButton, name)
    assert button is not None, f"no button {name!r} in {parent.objectName() or parent}"
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
