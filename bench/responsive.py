#!/usr/bin/env python3
"""Benchmark: the window never freezes while long work runs in the background.

    .venv/bin/python bench/responsive.py [--runs 3] [--json] [--only export]

Runs each long job through the real screen, as a person would start it (file
dialogs answered in code), in one process with Qt offscreen, while a
``QTimer`` ticks every 10 ms on the GUI thread. The longest gap between two
ticks is the longest the event loop was blocked during the job; the target is
under 100 ms. The jobs:

- export: the year 2025 of the ten-year house (Export screen, Export button);
- backup: a copy of the stress house (File → Back-up maken, the dialog's path);
- report: the PDF of the year 2025 of the ten-year house (Overview screen);
- aggregation: 18 houses × 4 quarters, built as ``bench/aggregate.py`` builds
  them (Gemeente screen, a folder chosen).

Prints the median and the largest of the per-run longest gaps, and the
median duration of a job; with ``--json`` one JSON object per line per job.
For comparison it first measures the timer alone for ``IDLE_SECONDS``, with
nothing running: on a busy machine the operating system alone makes gaps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOUSEDESK_HOME", tempfile.mkdtemp(prefix="housedesk-bench-"))

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "tests" / "exchange")]

from gaps import GapMeter  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton, QWidget  # noqa: E402
from run import demo_database  # noqa: E402

from housedesk.db import open_database  # noqa: E402
from housedesk.db.backup import copy_database  # noqa: E402
from housedesk.db.startup import OpenSession, start_session  # noqa: E402
from housedesk.ui.kit.background import Task  # noqa: E402
from housedesk.ui.kit.messages import Messages  # noqa: E402

TODAY = dt.date(2026, 11, 25)
LIMIT_MS = 100.0
IDLE_SECONDS = 3.0


@dataclass(frozen=True)
class Job:
    """How a person starts the job, and what must stay alive meanwhile (screens, databases)."""

    start: Callable[[], Task | None]
    keep: object


@dataclass(frozen=True)
class Measured:
    gap_ms: float
    duration_ms: float


def until_ended(task: Task) -> None:
    """Run the event loop until ``task`` is done, failed or cancelled."""
    loop = QEventLoop()
    for ended in (task.done, task.failed, task.cancelled):
        ended.connect(loop.quit)
    task.failed.connect(lambda error: print(f"failed: {error!r}", file=sys.stderr))
    loop.exec()


def measure(meter: GapMeter, job: Job) -> Measured:
    """Start the job as a person would, and measure until it has ended."""
    app = QApplication.instance()
    app.processEvents()
    meter.start()
    begun = time.perf_counter()
    task = job.start()
    assert task is not None, "the job did not start"
    until_ended(task)
    duration = (time.perf_counter() - begun) * 1000
    gap = meter.stop()
    app.processEvents()  # the dialog closing, the result shown
    return Measured(gap, duration)


def idle(meter: GapMeter) -> Measured:
    """The longest gap of the timer alone, with no work running."""
    loop = QEventLoop()
    QTimer.singleShot(int(IDLE_SECONDS * 1000), loop.quit)
    meter.start()
    loop.exec()
    return Measured(meter.stop(), IDLE_SECONDS * 1000)


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(widget: QWidget) -> QWidget:
    widget.resize(1100, 700)
    widget.show()
    QApplication.instance().processEvents()
    return widget


# --------------------------------------------------------------------------- the jobs


def export_job(work: Path) -> Job:
    from housedesk.ui.export import ExportScreen

    db = open_database(copied(demo_database(10), work))
    out = work / "export"
    out.mkdir()
    screen = ExportScreen(db, today=lambda: TODAY, choose_folder=lambda _parent: out)
    shown(screen)
    loop = QEventLoop()
    screen.loaded.connect(loop.quit)
    screen.period.setCurrentIndex(screen.period.findText("2025"))
    loop.exec()

    def start() -> Task | None:
        click(screen.export_button)
        return screen.task

    return Job(start, (db, screen))


def backup_job(work: Path) -> Job:
    from housedesk.ui.shell import safety

    stress = work / "stress.sqlite3"
    copy_database(demo_database(10, 10), stress)
    session: OpenSession = start_session(stress, daily_backup=False)
    stick = work / "usb"
    stick.mkdir()
    window = shown(QWidget())
    safety.QFileDialog.getExistingDirectory = staticmethod(lambda *args: str(stick))

    def start() -> Task | None:
        folder = safety.choose_backup_folder(window)
        assert folder is not None
        return safety.backup_in_background(window, session, folder)

    return Job(start, (session, window))


def report_job(work: Path) -> Job:
    from housedesk.ui.overview.screen import OverviewScreen

    db = open_database(copied(demo_database(10), work))
    target = work / "verslag.pdf"
    screen = OverviewScreen(
        db,
        today=lambda: TODAY,
        choose_file=lambda _parent, _suggested: target,
        open_file=lambda _path: None,
    )
    shown(screen)
    screen.show_range(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    deadline = time.monotonic() + 60
    while not screen.report_button.isEnabled():  # the figures are worked out in the background
        if time.monotonic() > deadline:
            raise RuntimeError("the Overview's figures did not arrive")
        QApplication.processEvents()
        time.sleep(0.01)

    def start() -> Task | None:
        click(screen.report_button)
        return screen.task

    return Job(start, (db, screen))


def aggregation_job(work: Path) -> Job:
    from aggregate import build

    from housedesk.ui.municipality import screen as municipality

    inbox = work / "inbox"
    inbox.mkdir()
    build(inbox, 18)
    screen = municipality.MunicipalityScreen(None, history_path=work / "gemeente.sqlite3")
    shown(screen)
    municipality.QFileDialog.getExistingDirectory = staticmethod(lambda *args: str(inbox))

    def start() -> Task | None:
        (work / "gemeente.sqlite3").unlink(missing_ok=True)  # every run counts them afresh
        click(screen.folder_button)
        return screen.task

    return Job(start, screen)


JOBS: dict[str, Callable[[Path], Job]] = {
    "export": export_job,
    "backup": backup_job,
    "report": report_job,
    "aggregation": aggregation_job,
}


def copied(source: Path, work: Path) -> Path:
    """A copy of a bench database (opening may upgrade it; bench/data stays as it is)."""
    copy = work / source.name
    if not copy.exists():
        shutil.copy2(source, copy)
    return copy


def quiet_messages() -> None:
    """Message boxes answered at once: a modal box would hold the job's end open."""
    for kind in ("information", "warning", "error"):
        setattr(Messages, kind, classmethod(lambda cls, parent, title, text: None))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON line per job")
    parser.add_argument("--only", choices=sorted(JOBS), action="append")
    args = parser.parse_args()
    QApplication(sys.argv)
    quiet_messages()
    meter = GapMeter()
    results: dict[str, list[Measured]] = {"nothing running": [idle(meter)]}
    with tempfile.TemporaryDirectory(prefix="housedesk-responsive-") as temporary:
        for name, prepare in JOBS.items():
            if args.only and name not in args.only:
                continue
            work = Path(temporary) / name
            work.mkdir()
            job = prepare(work)
            measure(meter, job)  # warm up: imports, caches
            results[name] = [measure(meter, job) for _ in range(args.runs)]
    report(results, args.json)


def report(results: dict[str, list[Measured]], as_json: bool) -> None:
    if not as_json:
        print(f"{'no frozen window':28} {'longest gap':>12} {'max':>8} {'job':>9}  limit")
    for name, runs in results.items():
        gap = statistics.median(run.gap_ms for run in runs)
        worst = max(run.gap_ms for run in runs)
        duration = statistics.median(run.duration_ms for run in runs)
        if as_json:
            line = {
                "name": f"no frozen window: {name}",
                "value_ms": round(gap, 1),
                "max_ms": round(worst, 1),
                "limit_ms": LIMIT_MS,
                "duration_ms": round(duration),
            }
            print(json.dumps(line))
            continue
        verdict = "met" if worst < LIMIT_MS else "NOT MET"
        print(
            f"{name:28} {gap:10.0f}ms {worst:6.0f}ms {duration:7.0f}ms  <{LIMIT_MS:.0f} {verdict}"
        )


if __name__ == "__main__":
    main()
