"""Tests for housedesk.ui.kit.screen_fit: dialogs scroll rather than grow past the screen.

The offscreen screen of the tests is 800×800 pixels, smaller than a form of
many fields in large text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from housedesk.common.problems import Problem, ValidationError
from housedesk.db import Database
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.screen_fit import ScrollingBody, scroll_when_tall
from housedesk.ui.shell.application import LARGE_TEXT_FACTOR
from housedesk.ui.users import ActivityDialog
from tests.helpers.screens import show

FIELDS = 30


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * LARGE_TEXT_FACTOR)
    qapp.setFont(large)
    yield
    qapp.setFont(normal)


class LongForm(FormDialog):
    """A form of many fields; it keeps what was typed in the last one."""

    def __init__(self) -> None:
        super().__init__("Long form")
        self.saved = ""
        self.edits = [QLineEdit() for _ in range(FIELDS)]
        for number, edit in enumerate(self.edits):
            self.add_field(f"field{number}", f"Field {number}:", edit)

    def save(self) -> None:
        if not self.edits[0].text():
            raise ValidationError([Problem(f"field{n}", "Fill this in.") for n in range(FIELDS)])
        self.saved = self.edits[-1].text()


def on_screen(widget: QWidget) -> QRect:
    """Where ``widget`` is on the screen."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def visible_in_dialog(dialog: FormDialog, widget: QWidget) -> bool:
    """Whether ``widget`` is in the part of the dialog's scrolling fields that shows."""
    viewport = dialog.body.viewport()
    return on_screen(viewport).contains(on_screen(widget))


def test_a_long_form_scrolls_and_its_buttons_stay_on_the_screen(
    qtbot: QtBot, qapp: QApplication, large_text: None
) -> None:
    dialog = show(qtbot, LongForm())
    available = qapp.primaryScreen().availableGeometry()
    assert available.contains(dialog.frameGeometry())
    assert available.contains(on_screen(dialog.save_button))

    # Tab down to the last field: the form scrolls along, so what is typed is seen.
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.edits[0].setFocus()
    qtbot.keyClicks(dialog.edits[0], "ja")
    for number in range(FIELDS - 1):
        qtbot.keyClick(dialog.edits[number], Qt.Key.Key_Tab)
        assert dialog.edits[number + 1].hasFocus()
    assert not visible_in_dialog(dialog, dialog.edits[0])
    assert visible_in_dialog(dialog, dialog.edits[-1])
    qtbot.keyClicks(dialog.edits[-1], "laatste")
    qtbot.keyClick(dialog.edits[-1], Qt.Key.Key_Return)
    assert dialog.saved == "laatste"


def test_messages_under_every_field_keep_the_dialog_on_the_screen(
    qtbot: QtBot, qapp: QApplication, large_text: None
) -> None:
    dialog = show(qtbot, LongForm())
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.body.verticalScrollBar().setValue(dialog.body.verticalScrollBar().maximum())
    qtbot.keyClick(dialog.edits[-1], Qt.Key.Key_Return)  # nothing filled in: refused
    assert dialog.errors["field0"].isVisible()
    available = qapp.primaryScreen().availableGeometry()
    assert available.contains(dialog.frameGeometry())
    assert available.contains(on_screen(dialog.save_button))
    # The first refused field has the focus, and is in view.
    assert QApplication.focusWidget() is dialog.edits[0]
    assert visible_in_dialog(dialog, dialog.edits[0])


def test_a_dialog_grows_for_its_messages_while_the_screen_has_room(
    qtbot: QtBot, house_db: Database, qapp: QApplication, large_text: None
) -> None:
    dialog = show(qtbot, ActivityDialog(house_db))
    before = dialog.height()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)  # no user, no name: refused
    assert any(error.isVisible() for error in dialog.errors.values())
    qtbot.waitUntil(lambda: dialog.height() > before)
    available = qapp.primaryScreen().availableGeometry()
    assert available.contains(dialog.frameGeometry())
    assert available.contains(on_screen(dialog.save_button))


class LateRows(QDialog):
    """A dialog whose rows are added once it is laid out, as the holiday picker's are."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = QWidget()
        self.rows = QVBoxLayout(self.box)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Tick the days:"))
        layout.addWidget(self.box)
        layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
        scroll_when_tall(self)
        self.ticks = [QCheckBox(f"Day {n}") for n in range(12)]
        for tick in self.ticks:
            self.rows.addWidget(tick)


def test_a_dialog_opens_with_every_row_in_view_in_the_middle_of_its_window(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(100, 100, 600, 600)
    window.show()
    qtbot.waitExposed(window)
    dialog = LateRows(window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    body = dialog.findChild(ScrollingBody)
    qtbot.waitUntil(
        lambda: all(on_screen(body.viewport()).contains(on_screen(tick)) for tick in dialog.ticks)
    )
    assert body.verticalScrollBar().maximum() == 0
    middle = dialog.frameGeometry().center() - window.frameGeometry().center()
    assert abs(middle.x()) < 40 and abs(middle.y()) < 40
