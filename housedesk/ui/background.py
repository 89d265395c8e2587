"""Work that must not freeze the window: run it in a thread, hear back on the GUI thread.

Long work (the daily backup at start-up, later exports and reading many files)
runs in a worker thread; ``done`` or ``failed`` is delivered to the window
through Qt's queued signals, so slots run on the GUI thread as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Task(QObject):
    """One piece of work in its own thread; start it, and wait for it before closing."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._thread = threading.Thread(target=self._run, name="housedesk-task", daemon=True)

    def start(self) -> Task:
        self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (or ``timeout`` seconds passed); True if it ended."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which logs or shows it
            self.failed.emit(error)
            return
        self.done.emit(result)
