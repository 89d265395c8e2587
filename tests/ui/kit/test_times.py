"""Tests for housedesk.ui.kit.times: the time field, typed in or picked from its list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from housedesk.ui.kit.times import TimeField
from housedesk.ui.kit.widgets import FieldError
from tests.helpers.screens import show


def retype(qtbot: QtBot, field: TimeField, text: str) -> None:
    """Ctrl+A in the field, type ``text`` and leave it, as a person does."""
    field.setFocus()
    qtbot.keyClick(field.edit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(field.edit(), text)
    else:
        qtbot.keyClick(field.edit(), Qt.Key.Key_Delete)
    field.edit().editingFinished.emit()


@pytest.mark.parametrize(
    ("text", "minutes", "shown"),
    [
        ("19:00", 1140, "19:00"),
        ("19.00", 1140, "19:00"),
        ("1900", 1140, "19:00"),
        ("19", 1140, "19:00"),
        ("0:30", 30, "00:30"),
        ("930", 570, "09:30"),
    ],
)
def test_times_as_people_type_them(qtbot: QtBot, text: str, minutes: int, shown: str) -> None:
    field = show(qtbot, TimeField(600))
    changed: list[object] = []
    field.valueChanged.connect(changed.append)
    retype(qtbot, field, text)
    assert field.value() == minutes
    assert field.currentText() == shown
    assert changed == [minutes]


def test_the_end_of_the_day_only_where_allowed(qtbot: QtBot) -> None:
    start = show(qtbot, TimeField(600))
    end = show(qtbot, TimeField(600, end_of_day=True))
    retype(qtbot, start, "24:00")
    retype(qtbot, end, "24:00")
    assert start.value() is None and start.problem() is not None
    assert end.value() == 1440


def test_a_wrong_time_is_said_and_kept_until_it_reads(qtbot: QtBot) -> None:
    field = show(qtbot, TimeField(600))
    error = FieldError("time")
    field.watch(error.show_message)
    retype(qtbot, field, "25:00")
    assert field.currentText() == "25:00"
    assert "25" in error.text() and not error.isHidden()
    qtbot.keyClick(field.edit(), Qt.Key.Key_Home)
    qtbot.keyClick(field.edit(), Qt.Key.Key_Delete)
    assert error.isHidden()  # "5:00" reads
    retype(qtbot, field, "")
    assert "Enter a time" in error.text()


def test_an_optional_field_may_stay_empty(qtbot: QtBot) -> None:
    field = show(qtbot, TimeField(None, optional=True))
    assert field.value() is None and field.problem() is None


def test_a_time_picked_from_the_list(qtbot: QtBot) -> None:
    field = show(qtbot, TimeField(None))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)  # the first of the list: 06:00
    assert field.value() == 360


def test_a_time_outside_the_range_is_said_with_the_limit(qtbot: QtBot) -> None:
    field = show(qtbot, TimeField(600))
    field.setMinimum(8 * 60)
    field.setMaximum(23 * 60)
    error = FieldError("time")
    field.watch(error.show_message)
    retype(qtbot, field, "7:30")
    assert field.value() is None and "08:00" in error.text()
    retype(qtbot, field, "2330")
    assert field.value() is None and "23:00" in error.text()
    retype(qtbot, field, "2230")
    assert field.value() == 22 * 60 + 30 and error.isHidden()
