"""Tests for housedesk.ui.shell.first_run, driven through the real dialog as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from housedesk.core import installation
from housedesk.core.installation import Role
from housedesk.db import Database
from housedesk.ui.shell.first_run import FirstRunDialog
from tests.helpers.screens import show


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, make_app) -> FirstRunDialog:
    make_app(db, "nl")  # the Dutch translators, as a volunteer sees it
    return show(qtbot, FirstRunDialog(db))


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_it_speaks_dutch(dialog: FirstRunDialog) -> None:
    assert dialog.windowTitle() == "Welkom bij housedesk"
    assert dialog.start_button.text() == "&Beginnen"


def test_setting_up_a_house_by_keyboard(qtbot: QtBot, dialog: FirstRunDialog, db: Database) -> None:
    type_into(qtbot, dialog.code, "bergh")
    assert dialog.code.text() == "BERGH"  # capitals as typed by the municipality
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Gemeenschapshuis De Schakel")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Berghem")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    loaded = installation.load(db)
    assert loaded is not None and loaded.house is not None
    assert (loaded.house.code, loaded.house.name, loaded.house.village) == (
        "BERGH",
        "Gemeenschapshuis De Schakel",
        "Berghem",
    )


def test_bad_input_shows_dutch_messages_next_to_the_fields_and_saves_nothing(
    qtbot: QtBot, dialog: FirstRunDialog, db: Database
) -> None:
    type_into(qtbot, dialog.code, "B")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["code"].isVisible()
    assert dialog.errors["code"].text() == (
        "Een huiscode heeft 2 tot 12 tekens: letters A-Z, cijfers en '-'; deze heeft er 1."
    )
    assert dialog.errors["name"].text() == "Vul de naam van het huis in."
    assert dialog.errors["village"].text() == "Vul de kern of wijk in."
    assert QApplication.focusWidget() is dialog.code
    assert installation.load(db) is None


def press(widget: QWidget, text: str) -> None:
    """Type characters QTest cannot (an accent, an emoji) as the keyboard hands them over."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def test_what_may_not_be_in_a_code_is_said_never_dropped(
    qtbot: QtBot, dialog: FirstRunDialog, db: Database
) -> None:
    type_into(qtbot, dialog.code, "caf")
    press(dialog.code, "é 🎉")
    assert dialog.code.text() == "CAFÉ 🎉"  # nothing dropped: "CAF" would be another house
    message = dialog.errors["code"]
    assert message.isVisible()
    assert "A tot en met Z" in message.text() and "“É”, “ ”, “🎉”" in message.text()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible() and installation.load(db) is None
    qtbot.keyClick(dialog.code, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.code, "oss-1")
    assert not message.isVisible()  # as soon as the code is right


def test_a_code_longer_than_twelve_is_not_cut_without_a_word(
    qtbot: QtBot, dialog: FirstRunDialog
) -> None:
    type_into(qtbot, dialog.code, "GEMEENSCHAPSHUIS")
    assert dialog.code.text() == "GEMEENSCHAPS"
    assert "12" in dialog.errors["code"].text() and dialog.errors["code"].isVisible()


def test_choosing_the_municipality(qtbot: QtBot, dialog: FirstRunDialog, db: Database) -> None:
    qtbot.mouseClick(dialog.municipality_choice, Qt.MouseButton.LeftButton)
    assert not dialog.house_form.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    loaded = installation.load(db)
    assert loaded is not None and loaded.role is Role.MUNICIPALITY


def test_quitting_saves_nothing(qtbot: QtBot, dialog: FirstRunDialog, db: Database) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result_installation is None
    assert installation.load(db) is None
