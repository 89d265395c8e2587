"""Loading the ORM in the background, once the window has shown.

SQLAlchemy and the models take about half a second to import on the house PC,
longer than everything else before the window shows. The first screen does
not need them (Vandaag reads with plain SQL, ``housedesk.core.tallies.pending``), so the
window shows first; right after its first paint a thread imports them. The
event loop goes on meanwhile: the importing thread hands the interpreter back
every few milliseconds. The modules built on them (counting, the agenda, the
register) follow on the GUI thread, one per turn of the event loop, so no turn
waits long; then the form kit and the date, time and number fields, which the
first screen does not need either.

Nothing has to wait for this: whatever needs the ORM sooner imports it itself,
and Python's import lock lets it wait for the thread's import instead of
importing twice.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger("housedesk.warmup")

#: Imported by the thread: third-party modules and the models, which import none of ours
#: that the GUI thread might be importing at the same time.
IN_THREAD = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "dateutil.rrule",
    "housedesk.db.models",
)
#: Then on the GUI thread, one per event-loop turn: the core modules the screens use,
#: each after what it imports, so that every turn stays short.
ON_GUI_THREAD = (
    "housedesk.core.rooms",
    "housedesk.core.board.figures",
    "housedesk.core.board.approval",
    "housedesk.core.tallies.counts",
    "housedesk.core.agenda.recurrence",
    "housedesk.core.agenda.bookings",
    "housedesk.core.users",
    # The form kit with its date, time and number fields: the first screen needs none of
    # it, so it waits until now rather than slow the first opening of another screen.
    "housedesk.ui.kit.forms",
    "housedesk.ui.kit.dates",
    "housedesk.ui.kit.times",
)


class Warmup(QObject):
    """Imports ``IN_THREAD`` in a thread, then ``ON_GUI_THREAD``; ``finished`` when done."""

    finished = Signal()
    _imported = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._pending = list(ON_GUI_THREAD)
        self._imported.connect(self._thread_ended, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Begin (once; later calls do nothing)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="housedesk-warmup", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Let the thread finish its import (before the process ends)."""
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            for name in IN_THREAD:
                importlib.import_module(name)
        except Exception:  # the GUI thread imports it again when needed, and reports then
            log.exception("loading in the background failed")
        # The thread's last act; the GUI thread goes on from here.
        with contextlib.suppress(RuntimeError):  # the app that wanted it is gone
            self._imported.emit()

    def _thread_ended(self) -> None:
        """On the GUI thread: let the importing thread end, then go on with ``ON_GUI_THREAD``."""
        assert self._thread is not None
        self._thread.join()
        self._next_on_gui_thread()

    def _next_on_gui_thread(self) -> None:
        if self._pending:
            name = self._pending.pop(0)
            try:
                importlib.import_module(name)
            except Exception:  # imported again, and reported, where it is needed
                log.exception("loading %s failed", name)
            QTimer.singleShot(0, self, self._next_on_gui_thread)
            return
        self.finished.emit()
