"""What a person does on the real screens: find a button by its text, click, tick, pick from a
list, type into a field, go to a screen or a tab, answer the save dialog.

Everything goes through mouse and key events on the widget a person would use; a
widget is found by what it says on the screen, as a person finds it. The
offscreen platform of the tests has no window manager, so a window that opens is
made the active one here (``activated``) as a window manager would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers.screens import activated

#: What the offscreen platform says when a list opens (it cannot raise a pop-up or give it
#: the keyboard): for ``pytest.mark.qt_log_ignore`` in a test that picks from lists.
POPUP_WARNINGS = ("does not support raise", "does not support grabbing")


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button, check box or radio button in ``parent`` that reads ``text`` (the
    ``&`` of its underlined letter left out)."""
    found = [
        each
        for each in parent.findChildren(QAbstractButton)
        if each.text().replace("&", "") == text and each.isVisible()
    ]
    assert len(found) == 1, f"{len(found)} buttons {text!r} in {parent.objectName() or parent}"
    return found[0]


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click ``widget`` with the left mouse button, in its middle."""
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its box, left of its text (its middle may lie
    beyond the text, where a click does nothing)."""
    assert box.isVisible() and box.isEnabled(), box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click into a text, date, time or number field, select what it holds (Ctrl+A) and type
    ``text``. Clicking into the next field leaves this one, as on a real screen."""
    edit = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit)
    assert edit is not None, field
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def pick(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Open the list of ``box`` with a click, move down to the choice that reads ``text`` and
    click it."""
    click(qtbot, box)
    view = box.view()
    assert view.isVisible(), "the list did not open"
    index = box.findText(text)
    assert index >= 0, f"{text!r} is not among {[box.itemText(i) for i in range(box.count())]}"
    where = view.visualRect(view.model().index(index, 0)).center()
    # The list takes no click released at once after it opened, as a person moves first.
    qtbot.mouseMove(view.viewport(), where)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert box.currentText() == text and not view.isVisible()


def click_row(
    qtbot: QtBot,
    table: QAbstractItemView,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click a list's ``row`` (with Shift: up to it from the row clicked before)."""
    where = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)


def double_click_cell(qtbot: QtBot, table: QAbstractItemView, row: int, column: int) -> None:
    """Double-click a cell of ``table``: a click, then the second click of the double-click."""
    where = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def go_to(qtbot: QtBot, window: QWidget, title: str) -> QWidget:
    """Click the screen called ``title`` in the main window's navigation; the screen shown."""
    navigation = window.navigation
    rows = [navigation.item(row) for row in range(navigation.count())]
    item = next(item for item in rows if item.text() == title)
    where = navigation.visualItemRect(item).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=where)
    screen: QWidget = window.screen(window.current_screen_key())
    assert window.stack.currentWidget() is screen
    return screen


def click_tab(qtbot: QtBot, tabs: QTabWidget, title: str) -> QWidget:
    """Click the tab called ``title`` (its text without the ``&``); the tab's page."""
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.currentWidget()


def open_dialog(qtbot: QtBot) -> QDialog:
    """The dialog that has just opened over the window, made the active window."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog), dialog
    activated(qtbot, dialog)
    return dialog


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the next save dialogs (``QFileDialog.getSaveFileName``) with ``target``, as a
    volunteer who chose a folder and typed a name; returns the names the app suggested."""
    suggested: list[str] = []

    def answer(
        parent: QWidget | None = None, caption: str = "", folder: str = "", filters: str = ""
    ) -> tuple[str, str]:
        suggested.append(Path(folder).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested
