"""Tests for housedesk.ui.kit.forms and kit.fields: messages that follow their field."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from housedesk.common.problems import refused
from housedesk.ui.kit.dates import DateField
from housedesk.ui.kit.fields import NumberField
from housedesk.ui.kit.forms import FormDialog
from tests.helpers.screens import activated, show, tab_round

TODAY = dt.date(2026, 11, 25)


class Form(FormDialog):
    """A form with one field of each kind; its save refuses a name "taken"."""

    def __init__(self) -> None:
        super().__init__("Test")
        self.name = QLineEdit()
        self.name.setMaxLength(10)
        self.add_field("name", "Name:", self.name)
        self.day = DateField(TODAY, today=lambda: TODAY)
        self.add_field("day", "Day:", self.day)
        self.count = NumberField(0, 10_000, optional=True)
        self.add_field("count", "Count:", self.count)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.add_field("weeks", "Weeks:", self.weeks)
        self.saved: list[object] = []

    def save(self) -> None:
        if self.name.text() == "taken":
            raise refused("name", "That name is taken.")
        self.saved.append((self.name.text(), self.day.value(), self.count.value()))


def typed(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_a_core_refusal_goes_as_soon_as_the_field_is_changed(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    typed(qtbot, form.name, "taken")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.errors["name"].isVisible() and form.isVisible()
    qtbot.keyClicks(form.name, "2")
    assert not form.errors["name"].isVisible()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.saved == [("taken2", TODAY, None)]


def test_a_date_that_does_not_read_stops_the_save_and_says_why(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    typed(qtbot, form.day.edit, "31-02-2027")
    qtbot.keyClick(form.day.edit, Qt.Key.Key_Return)
    assert form.isVisible() and not form.saved
    assert "31-02-2027" in form.errors["day"].text() and form.errors["day"].isVisible()
    assert form.day.text() == "31-02-2027"
    typed(qtbot, form.day.edit, "28-02-2027")
    assert not form.errors["day"].isVisible()
    qtbot.keyClick(form.day.edit, Qt.Key.Key_Return)
    assert form.saved == [("", dt.date(2027, 2, 28), None)]


def test_a_count_beyond_the_limit_names_the_limit(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    typed(qtbot, form.count, "99999999999")
    qtbot.keyClick(form.count, Qt.Key.Key_Return)
    assert not form.saved
    assert re.search(r"more than 10[,.]?000", form.errors["count"].text())
    typed(qtbot, form.count, "-5")
    qtbot.keyClick(form.count, Qt.Key.Key_Return)
    assert form.count.text() == "-5" and not form.saved  # the sign is kept, and refused
    assert "less than 0" in form.errors["count"].text()


def test_a_long_name_is_not_cut_without_a_word(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    typed(qtbot, form.name, "Grote zaal achter")
    assert form.name.text() == "Grote zaal"
    assert "At most 10 characters" in form.errors["name"].text()
    qtbot.keyClick(form.name, Qt.Key.Key_Backspace)  # still in the field: the note stays
    assert form.errors["name"].isVisible()


def test_a_minus_sign_a_spin_box_keeps_out_is_said(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    typed(qtbot, form.weeks, "-5")
    assert form.weeks.value() == 5
    message = form.errors["weeks"].text()
    assert form.errors["weeks"].isVisible() and "1 to 52" in message
    form.weeks.editingFinished.emit()  # left (Tab); changed again: the note has done its work
    typed(qtbot, form.weeks, "4")
    assert not form.errors["weeks"].isVisible()


def test_enter_saves_also_after_the_focus_was_on_the_buttons(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    activated(qtbot, form)
    form.name.setFocus()
    qtbot.keyClicks(form.name, "Zaal")
    while QApplication.focusWidget() is not form.save_button:  # Tab on to Save …
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(form.save_button, Qt.Key.Key_Backtab)  # … and back to the last field
    assert QApplication.focusWidget() is form.weeks
    qtbot.keyClick(form.weeks, Qt.Key.Key_Return)
    assert form.saved == [("Zaal", TODAY, None)]


def test_tab_goes_from_the_last_field_to_the_buttons(qtbot: QtBot) -> None:
    form = show(qtbot, Form())
    activated(qtbot, form)
    form.name.setFocus()
    stops = tab_round(qtbot, form)
    assert len(stops) == len(set(stops))  # round once, nothing twice
    assert form.save_button in stops
    assert form.body not in stops  # the scrolling area shows no focus: no stop of its own


class AskingForm(Form):
    """A form whose save asks more first: "back" (a name "back") saves nothing."""

    def save(self) -> bool:  # type: ignore[override]
        if self.name.text() == "back":
            return False
        super().save()
        return True


def test_a_save_answered_back_keeps_the_form_open_and_any_other_closes_it(
    qtbot: QtBot,
) -> None:
    form = show(qtbot, AskingForm())
    typed(qtbot, form.name, "back")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.isVisible() and not form.saved
    typed(qtbot, form.name, "Foyer")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert form.saved == [("Foyer", TODAY, None)]
