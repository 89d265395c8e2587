"""Work that must not freeze the window: run it in a thread, hear back on the GUI thread.

Long work (the daily backup at start-up, an export, a backup, the PDF report,
reading many files) runs in a worker thread; ``done``, ``failed``, ``cancelled``
and ``progressed`` reach the window through Qt's queued signals, so slots run
on the GUI thread as usual. ``done``, ``failed`` and ``cancelled`` come once the
worker's thread has ended: nothing of the work is still running by then.

Cancelling is cooperative. A task made with ``Task.reporting`` hands its work
a ``Progress``: a plain callable ``progress(done, total)`` (``total`` 0: size
unknown) that the core's functions accept as their optional ``progress``
argument. Once ``Task.cancel`` was asked, the next call raises ``Cancelled``;
the core cleans up as for any other exception, and the task says
``cancelled`` instead of ``failed``. Progress is passed on at most every
``PROGRESS_INTERVAL`` seconds, so a fast loop cannot flood the event loop, and
nothing more is passed on once cancelling was asked.

``ProgressDialog`` shows a task's progress with a Cancel button (Esc too).
When the app quits (``QCoreApplication.aboutToQuit``), ``finish_all`` cancels
what can be cancelled and waits for the rest, so that no work is cut off
halfway by the end of the process.

The GUI thread needs the interpreter's lock for every call into Python (a
model's ``data()``, a chart's paint, a timer's slot). With a worker running
Python it waits up to the switch interval for each, and a paint of a few
dozen such calls froze the window for a tenth of a second. The first task
started therefore shortens the interval to ``SWITCH_INTERVAL``, and moves the
objects that exist by then (the app's modules, its window) out of the
collector's sight (``gc.freeze``): a full collection in a worker holds the
interpreter while it walks every object, which took 40–50 ms on its own.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

#: At most this many seconds between two progress reports reaching the GUI thread.
PROGRESS_INTERVAL = 0.05
#: A progress dialog appears only if the work is still going after this many milliseconds.
SHOW_AFTER_MS = 300
#: Seconds a thread may hold the interpreter while another one waits (Python's default: 0.005).
SWITCH_INTERVAL = 0.001


class Cancelled(Exception):
    """The person asked the work to stop; it has stopped and left nothing behind."""


class Progress:
    """What a task's work reports through, and where it hears that it should stop.

    Called from the worker thread only; ``cancel`` may be called from any thread.
    """

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._stop = threading.Event()
        self._last = 0.0
        self._shown: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are done; raises ``Cancelled`` once cancelling was asked.

        Passed on when the total changes, at the end, or after ``PROGRESS_INTERVAL``.
        """
        self.check()
        shown = self._shown
        if shown == (done, total):
            return
        now = time.monotonic()
        if (
            shown is None
            or shown[1] != total
            or done >= total > 0
            or now - self._last >= PROGRESS_INTERVAL
        ):
            self._last = now
            self._shown = (done, total)
            self._report(done, total)

    def check(self) -> None:
        """Raise ``Cancelled`` if cancelling was asked."""
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()


_running: set[Task] = set()
_prepared = False


class Task(QObject):
    """One piece of work in its own thread; start it, and wait for it before closing.

    The worker's last act is to hand its outcome to the GUI thread; there the
    task waits for the thread to end, then says ``done``, ``failed`` or
    ``cancelled``. So whoever hears one of them can count on the thread being
    gone, and the task is only ever let go of, and deleted, on the GUI thread.
    """

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)  # done, total (0: unknown)
    _reported = Signal(int, int)
    _ended = Signal(str, object)  # "done", "failed" or "cancelled"; the result or the error

    def __init__(
        self, work: Callable[[], Any] | Callable[[Progress], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work: Callable[..., Any] = work
        self._hands_progress = False  # whether ``work`` takes the task's ``progress``
        self.dialog: ProgressDialog | None = None  # what shows its progress, if anything
        self.progress = Progress(self._reported.emit)
        self._reported.connect(self._pass_on, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="housedesk-task", daemon=True)

    @classmethod
    def reporting(cls, work: Callable[[Progress], Any], parent: QObject | None = None) -> Task:
        """A task whose ``work`` reports its progress and can be cancelled through its argument."""
        task = cls(work, parent)
        task._hands_progress = True  # not a closure over the task: no cycle for the collector
        return task

    def start(self) -> Task:
        _prepare_for_threads()
        _forget_orphans()
        _running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; ``cancelled`` follows."""
        self.progress.cancel()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (or ``timeout`` seconds passed); True if it ended."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _pass_on(self, done: int, total: int) -> None:
        if not self.progress.cancelling:
            self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._work(self.progress) if self._hands_progress else self._work()
        except Cancelled:
            ended: tuple[str, object] = ("cancelled", None)
        except BaseException as error:  # handed to the GUI thread, which logs or shows it
            ended = ("failed", error)
        else:
            ended = ("done", result)
        # Nothing after this: the task belongs to the GUI thread. A RuntimeError out of emit:
        # the window that owned this task is gone, nobody to tell.
        with suppress(RuntimeError):
            self._ended.emit(*ended)

    def _finish(self, how: str, outcome: object) -> None:
        """On the GUI thread: let the worker's thread end, then say how the work ended."""
        self._thread.join()
        _running.discard(self)
        if how == "done":
            self.done.emit(outcome)
        elif how == "failed":
            self.failed.emit(outcome)
        else:
            self.cancelled.emit()


def _forget_orphans() -> None:
    """Let go of ended tasks whose owner was deleted before they could say so."""
    for task in [t for t in _running if not t.running and not shiboken6.isValid(t)]:
        _running.discard(task)


def _prepare_for_threads() -> None:
    """Once: keep the GUI thread's waits for the interpreter short; finish the work at quit."""
    global _prepared
    app = QCoreApplication.instance()
    if app is None or _prepared:
        return
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
    gc.freeze()
    app.aboutToQuit.connect(finish_all)
    _prepared = True


def finish_all(timeout: float | None = None) -> bool:
    """Cancel every running task that can be cancelled and wait for all; True if all ended."""
    tasks = list(_running)
    for task in tasks:
        task.cancel()
    deadline = None if timeout is None else time.monotonic() + timeout
    for task in tasks:
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not task.wait(left):
            return False
    _forget_orphans()
    return True


def settle(timeout: float) -> bool:
    """Let every running task end and say so, cancelling none; True if all did in time.

    For a caller without an event loop of its own (``housedesk --self-test``): the
    tasks' ``done`` and ``failed`` are delivered here, on the GUI thread.
    """
    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents()
        _forget_orphans()
        if not _running:
            return True
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        for task in list(_running):
            task.wait(min(left, 0.05))


class ProgressDialog(QDialog):
    """A task's progress bar and a Cancel button (Esc too); it closes when the task has ended.

    It shows only if the work takes longer than ``SHOW_AFTER_MS``, so a quick
    job does not flash a window. Cancelling says so and waits for the work to
    stop (it leaves nothing behind), then closes.
    """

    def __init__(self, task: Task, title: str, text: str, parent: QWidget | None = None) -> None:
        from housedesk.ui.kit.screen_fit import fit_to_screen  # not needed before the window

        super().__init__(parent)
        self.task = task
        task.dialog = self
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        fit_to_screen(self)
        self.text = QLabel(text)
        self.text.setObjectName("progressText")
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("progressBar")
        self.bar.setAccessibleName(title)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(QCoreApplication.translate("Background", "Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        task.progressed.connect(self.show_progress)
        for ended in (task.done, task.failed, task.cancelled):
            ended.connect(self._ended)
        self._ended_already = False
        QTimer.singleShot(SHOW_AFTER_MS, self, self._appear)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 0))
        if total > 0:
            self.bar.setValue(min(done, total))

    def reject(self) -> None:
        """Cancel (the button, Esc, closing the dialog): stop the work, then close."""
        if self._ended_already:
            super().reject()
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.text.setText(QCoreApplication.translate("Background", "Cancelling …"))

    def _appear(self) -> None:
        if not self._ended_already:
            self.open()

    def _ended(self, *_result: object) -> None:
        self._ended_already = True
        super().reject()
