"""Tests for housedesk.ui.shell.first_run, driven through the real dialog as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
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
        "Een huiscode heeft 2 tot 12 tekens: letters A-Z, cijfers en '-'."
    )
    assert dialog.errors["name"].text() == "Vul de naam van het huis in."
    assert dialog.errors["village"].text() == "Vul de kern of wijk in."
    assert QApplication.focusWidget() is dialog.code
    assert installation.load(db) is None


def test_characters_outside_the_code_alphabet_cannot_be_typed(
    qtbot: QtBot, dialog: FirstRunDialog
) -> None:
    type_into(qtbot, dialog.code, "oss_1 !")
    assert dialog.code.text() == "OSS1"


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
