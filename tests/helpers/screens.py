"""Screens and dialogs put on the (offscreen) screen as a volunteer would see them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

Shown = TypeVar("Shown", bound=QWidget)


def show(qtbot: QtBot, widget: Shown, size: tuple[int, int] | None = None) -> Shown:
    """``widget`` shown, at ``size`` (width, height) if given, once it is on the screen; it
    is closed after the test."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
