"""Tests for housedesk.ui.kit.background: work in a thread, its progress, and cancelling it."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from housedesk.ui.kit import background
from housedesk.ui.kit.background import Cancelled, Progress, ProgressDialog, Task, finish_all


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_the_result_reaches_the_gui_thread(qtbot: QtBot) -> None:
    task = Task(lambda: threading.current_thread().name)
    threads: list[bool] = []
    task.done.connect(lambda _name: threads.append(on_gui_thread()))
    with qtbot.waitSignal(task.done, timeout=5_000) as blocker:
        task.start()
    assert blocker.args == ["housedesk-task"]  # the work ran in the worker
    assert threads == [True]  # the slot on the GUI thread


def test_an_error_is_handed_over_as_failed(qtbot: QtBot) -> None:
    def work() -> None:
        raise ValueError("kapot")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)


def test_progress_reaches_the_gui_thread_and_ends_at_the_total(qtbot: QtBot) -> None:
    def work(progress: Progress) -> str:
        for done in range(1001):
            progress(done, 1000)
        return "klaar"

    task = Task.reporting(work)
    seen: list[tuple[int, int, bool]] = []
    task.progressed.connect(lambda done, total: seen.append((done, total, on_gui_thread())))
    with qtbot.waitSignal(task.done, timeout=5_000):
        task.start()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == 1000)
    assert seen[-1] == (1000, 1000, True)
    assert all(on_gui for _done, _total, on_gui in seen)
    assert len(seen) < 100  # throttled: a fast loop does not flood the event loop


def test_cancel_raises_in_the_worker_and_says_cancelled(qtbot: QtBot) -> None:
    started = threading.Event()
    stopped_by: list[BaseException] = []

    def work(progress: Progress) -> str:
        started.set()
        try:
            while True:
                progress(1, 0)
                threading.Event().wait(0.005)
        except Cancelled as stop:
            stopped_by.append(stop)
            raise

    task = Task.reporting(work)
    ended: list[str] = []
    task.done.connect(lambda _result: ended.append("done"))
    task.failed.connect(lambda _error: ended.append("failed"))
    task.start()
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        task.cancel()
    assert task.wait(5)
    assert len(stopped_by) == 1
    qtbot.wait(50)
    assert ended == []


def test_no_progress_is_passed_on_after_cancel(qtbot: QtBot) -> None:
    reported = threading.Event()
    go_on = threading.Event()

    def work(progress: Progress) -> None:
        progress(1, 10)  # the first report goes out at once
        reported.set()
        go_on.wait(5)
        progress(2, 10)  # raises: cancelled meanwhile

    task = Task.reporting(work)
    seen: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    task.start()
    assert reported.wait(5)
    task.cancel()  # the report of (1, 10) is still on its way to the GUI thread
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        go_on.set()
    qtbot.wait(50)
    assert seen == []


def test_work_that_finished_before_it_looked_is_done_after_all(qtbot: QtBot) -> None:
    go_on = threading.Event()
    task = Task.reporting(lambda _progress: go_on.wait(5) and "geschreven")
    task.start()
    task.cancel()
    with qtbot.waitSignal(task.done, timeout=5_000) as blocker:
        go_on.set()
    assert blocker.args == ["geschreven"]


def test_progress_alone_checks_and_cancels() -> None:
    reports: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: reports.append((done, total)))
    progress(0, 3)
    progress(3, 3)
    progress.check()
    progress.cancel()
    assert progress.cancelling
    with pytest.raises(Cancelled):
        progress.check()
    with pytest.raises(Cancelled):
        progress(3, 3)
    assert reports == [(0, 3), (3, 3)]


def test_finish_all_cancels_what_runs_and_waits(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        while True:
            progress(0, 0)
            threading.Event().wait(0.005)

    task = Task.reporting(work)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        task.start()
        assert started.wait(5)
        assert finish_all(timeout=5)
        assert not task.running


@pytest.mark.parametrize("how", ["button", "escape"])
def test_the_dialog_shows_progress_and_cancels(qtbot: QtBot, monkeypatch, how: str) -> None:
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    halfway = threading.Event()

    def work(progress: Progress) -> None:
        progress(5, 10)
        halfway.set()
        while True:
            progress(5, 10)
            threading.Event().wait(0.005)

    task = Task.reporting(work)
    dialog = ProgressDialog(task, "Kopie", "Bezig …")
    qtbot.addWidget(dialog)
    task.start()
    assert halfway.wait(5)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.bar.maximum() == 10 and dialog.bar.value() == 5)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        if how == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_quick_task_does_not_flash_a_dialog(qtbot: QtBot) -> None:
    task = Task.reporting(lambda progress: progress(1, 1))
    dialog = ProgressDialog(task, "Kopie", "Bezig …")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(task.done, timeout=5_000):
        task.start()
    qtbot.wait(background.SHOW_AFTER_MS + 100)
    assert not dialog.isVisible()


def test_quitting_the_app_cancels_the_work_and_waits_for_it(qtbot: QtBot, qapp) -> None:
    started = threading.Event()
    cleaned_up = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        try:
            while True:
                progress(0, 0)
                threading.Event().wait(0.005)
        finally:
            threading.Event().wait(0.1)  # removing a half-written file, say
            cleaned_up.set()

    task = Task.reporting(work)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        task.start()
        assert started.wait(5)
        qapp.aboutToQuit.emit()
        assert cleaned_up.is_set() and not task.running  # waited for, not cut off


def test_a_running_task_leaves_the_gui_thread_waiting_briefly_for_python(qtbot: QtBot) -> None:
    task = Task(lambda: None)
    with qtbot.waitSignal(task.done, timeout=5_000):
        task.start()
    assert sys.getswitchinterval() <= background.SWITCH_INTERVAL
    assert gc.get_freeze_count() > 0  # the long-lived objects are not walked again and again


def test_when_the_outcome_arrives_the_thread_has_ended(qtbot: QtBot) -> None:
    alive: list[bool] = []
    task = Task(lambda: "klaar")
    task.done.connect(lambda _result: alive.append(task.running))
    with qtbot.waitSignal(task.done, timeout=5_000):
        task.start()
    assert alive == [False]
    assert task.wait(0)  # a caller may start the next piece of work at once


def test_a_task_whose_owner_went_away_while_it_ran_is_let_go(qtbot: QtBot) -> None:
    go_on = threading.Event()
    owner = QObject()
    task = Task.reporting(lambda _progress: go_on.wait(5), owner)
    task.start()
    shiboken6.delete(owner)  # the window closed; the work is still running
    go_on.set()
    assert task.wait(5)
    qtbot.wait(50)  # its outcome had nowhere to go
    assert finish_all(timeout=5)
    assert all(running is not task for running in background._running)


def test_settle_waits_for_every_task_and_delivers_its_outcome(qtbot: QtBot) -> None:
    release = threading.Event()
    task = Task(lambda: release.wait(30) and "result")
    results: list[object] = []
    task.done.connect(results.append)
    task.start()

    assert background.settle(0.1) is False  # the work is still running, nothing was cancelled
    assert results == []
    release.set()
    assert background.settle(30) is True
    assert results == ["result"]
