"""What Ctrl+N, Ctrl+F and Enter do on a screen, reachable wherever the focus is.

A screen (or a tab of one) says what its commands do with ``add_command``:
the action carries the command's key, bound to the screen and its children,
so a screen on its own answers its keys. Inside the main window the focus may
be anywhere (in the navigation after a click, on a button, nowhere), so the
window owns the keys: it ``adopt``s each screen, which takes the keys off the
screen's actions (one key never means two things, which Qt would refuse as
ambiguous), and runs ``command_for`` the part of the screen that is shown.
F5 needs no declaration: it refreshes every ``Freshness`` of the screen.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from housedesk.ui.kit.changes import Freshness

#: The property that marks an action as a screen command, holding the command's name.
PROPERTY = "housedeskCommand"


class Command(enum.Enum):
    """A screen's commands, with their keys."""

    NEW = "new"  # Ctrl+N: a new one (a booking, a room, a user …)
    FIND = "find"  # Ctrl+F: to the search field
    OPEN = "open"  # Enter: open what is selected (Enter in the navigation)

    def keys(self) -> QKeySequence:
        if self is Command.NEW:
            return QKeySequence(QKeySequence.StandardKey.New)
        if self is Command.FIND:
            return QKeySequence(QKeySequence.StandardKey.Find)
        return QKeySequence()  # Enter belongs to the list that has the focus


def add_command(widget: QWidget, command: Command, slot: object) -> QAction:
    """Let ``widget`` (a screen or one of its tabs) answer ``command`` with ``slot``."""
    action = QAction(widget)
    action.setProperty(PROPERTY, command.value)
    action.setShortcut(command.keys())
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def _commands(screen: QWidget) -> list[QAction]:
    return [action for action in screen.findChildren(QAction) if action.property(PROPERTY)]


def adopt(screen: QWidget) -> None:
    """Take the keys off ``screen``'s commands: the main window's actions have them now."""
    for action in _commands(screen):
        action.setShortcut(QKeySequence())


def offers(screen: QWidget, command: Command) -> bool:
    """Whether ``screen`` (one of its tabs, perhaps) has ``command`` at all."""
    return any(action.property(PROPERTY) == command.value for action in _commands(screen))


def command_for(screen: QWidget, command: Command) -> QAction | None:
    """The action of ``command`` in the part of ``screen`` in view (the focused part first).

    A screen of tabs has an action per tab: the one of the tab in view. ``None`` when
    the screen has no such command.
    """
    focus = QApplication.focusWidget()
    found = [
        action
        for action in _commands(screen)
        if action.property(PROPERTY) == command.value and action.isEnabled()
    ]

    def owner(action: QAction) -> QWidget | None:
        parent = action.parent()
        return parent if isinstance(parent, QWidget) else None

    for action in found:
        part = owner(action)
        if part is not None and focus is not None and (focus is part or part.isAncestorOf(focus)):
            return action
    if screen.isVisible():  # not a tab out of view
        found = [action for action in found if (part := owner(action)) and part.isVisible()]
    return next(iter(found), None)


def refresh(screen: QWidget) -> None:
    """Read what ``screen`` shows afresh (F5): what is in view now, the rest when next shown."""
    for freshness in screen.findChildren(Freshness):
        if freshness.view.isVisible():
            freshness.refresh()
        else:
            freshness.stale = True
