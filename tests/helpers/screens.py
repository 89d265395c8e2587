"""Screens and dialogs put on the (offscreen) screen as a volunteer would see them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from housedesk.db import Database

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


Loading = TypeVar("Loading", bound=QWidget)


def shown_loaded(qtbot: QtBot, screen: Loading, size: tuple[int, int] = (1366, 768)) -> Loading:
    """``screen`` shown at ``size`` once it has read what it shows in the background (its
    ``loaded`` signal, as Overzicht's); it is closed after the test."""
    qtbot.addWidget(screen)
    screen.resize(*size)
    with qtbot.waitSignal(screen.loaded, timeout=30_000):  # type: ignore[attr-defined]
        screen.show()
    qtbot.waitExposed(screen)
    return screen


def active_window(
    qtbot: QtBot, make_app: Callable[..., Any], db: Database, language: str = "nl"
) -> Any:
    """The main window of an app started on ``db`` (with the ``make_app`` fixture) in
    ``language``, active, as a volunteer finds it."""
    app = make_app(db, language)
    assert app.start()
    shown = app.window
    with qtbot.waitActive(shown):
        shown.activateWindow()
    return shown


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select all in ``field`` (Ctrl+A), type ``text`` and leave the field (Tab).

    The offscreen platform moves no focus between windows it never activates, so
    leaving is the signal Tab or a click elsewhere gives: ``editingFinished``.
    """
    edit = field.lineEdit() if isinstance(field, QComboBox) else field
    if not isinstance(edit, QLineEdit):
        edit = field.findChild(QLineEdit)
    assert edit is not None, field
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    edit.editingFinished.emit()


def activated(qtbot: QtBot, window: QWidget) -> None:
    """``window`` made the active window, as a window manager makes a window that opens (the
    offscreen screen of the tests has none): then the keyboard goes to it, Tab moves the
    focus, and a click into another field leaves the one before."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_round(qtbot: QtBot, window: QWidget, most: int = 60) -> list[QWidget]:
    """Where Tab takes the focus in the active ``window``, from the widget that has it until
    it comes back there (at most ``most`` presses: a Tab that goes round in a smaller circle
    ends the list with a widget seen before)."""
    first = QApplication.focusWidget()
    assert first is not None and first.window() is window, first
    stops = [first]
    for _ in range(most):
        qtbot.keyClick(stops[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is first:
            break
        stops.append(focused)
        if stops.count(focused) > 1:
            break
    return stops
