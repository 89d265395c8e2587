"""One path from a change to every screen: actions announce what they changed, views listen.

A user action calls the core through ``perform(kinds, action, initiator)``: the
core call runs (one transaction), and only when it succeeded are the ``kinds``
of data it changed announced on the app's one ``Changes`` bus. Every view keeps
itself current with a ``Freshness``: it names the kinds it shows and how to
refresh; on an announcement it refreshes at once when it is visible and marks
itself stale otherwise, to refresh when it is next shown. The view that made
the change (the initiator, or a dialog of it) has refreshed itself already and
is not told again. A new day is announced too (``Change.DAY``, by the main
window's day watcher), so a PC left on overnight shows the new day.

This is Anki's ``OpChanges`` and ``operation_did_execute`` in a few lines:
no view guesses when to reload.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


class Change(enum.Flag):
    """The kinds of data an action can change."""

    NONE = 0
    SESSIONS = enum.auto()  # bookings, series, statuses
    COUNTS = enum.auto()  # visitor and volunteer counts
    ROOMS = enum.auto()
    PEOPLE = enum.auto()  # users and activities
    CLOSURES = enum.auto()  # closing days and opening hours
    SIGNALS = enum.auto()
    APPROVALS = enum.auto()  # approved and reopened periods
    HOUSE = enum.auto()  # the house's identity, the role of the PC
    HISTORY = enum.auto()  # the municipality's import history
    DAY = enum.auto()  # midnight has passed
    ALL = (
        SESSIONS | COUNTS | ROOMS | PEOPLE | CLOSURES | SIGNALS | APPROVALS | HOUSE | HISTORY | DAY
    )
    #: What the house's own figures are made of.
    REGISTER = SESSIONS | COUNTS | ROOMS | PEOPLE | CLOSURES | SIGNALS | APPROVALS | HOUSE


class Changes(QObject):
    """The app's announcements: ``announced(kinds, initiator)``."""

    announced = Signal(object, object)


_bus: Changes | None = None


def bus() -> Changes:
    """The one bus of the app (made on first use)."""
    global _bus
    if _bus is None:
        _bus = Changes()
    return _bus


def announce(kinds: Change, initiator: QObject | None = None) -> None:
    """Tell every view that ``kinds`` of data changed (``initiator`` made the change)."""
    bus().announced.emit(kinds, initiator)


def perform(kinds: Change, action: Callable[[], T], initiator: QObject | None = None) -> T:
    """Run one user action's core call; when it succeeds, announce what it changed.

    A refusal (``ValidationError``) or any other error changed nothing and
    announces nothing: it goes to the caller as it is.
    """
    result = action()
    announce(kinds, initiator)
    return result


def _belongs_to(initiator: QObject | None, view: QWidget) -> bool:
    """Whether ``initiator`` is ``view`` or one of its children (a tab, a dialog)."""
    while initiator is not None:
        if initiator is view:
            return True
        initiator = initiator.parent()
    return False


class Freshness(QObject):
    """Keeps ``view`` current with the data of ``kinds``: ``refresh`` now or when next shown.

    ``loaded=False`` (the default) means the view has not read anything yet: it
    is refreshed the first time it shows, and not before.
    """

    def __init__(
        self,
        view: QWidget,
        kinds: Change,
        refresh: Callable[[], None],
        *,
        loaded: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.kinds = kinds
        self._refresh = refresh
        self.stale = not loaded
        view.installEventFilter(self)
        bus().announced.connect(self._announced)

    def _announced(self, kinds: Change, initiator: QObject | None) -> None:
        if not kinds & self.kinds or _belongs_to(initiator, self.view):
            return
        if self.view.isVisible():
            self.refresh()
        else:
            self.stale = True

    def refresh(self) -> None:
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.refresh()
        return False
