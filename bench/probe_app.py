"""housedesk's window as ``housedesk --db DB`` starts it, with a probe for the benchmarks.

    python bench/probe_app.py REPORT.json DB [--screen KEY]

Runs the real entry point (``housedesk.__main__.main``) and writes to
REPORT.json: the wall-clock time of the window's first paint (when the
background warm-up starts), when the warm-up has finished, the longest time
the event loop was blocked in between (a 10 ms timer's longest gap), and with
``--screen`` the time to open that screen afterwards. Then it quits. The
parent (``bench/run.py``) takes the process's start time and peak memory.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from gaps import GapMeter
from PySide6.QtWidgets import QApplication

from housedesk.__main__ import main
from housedesk.ui.shell.warmup import Warmup

report_path, db_path = Path(sys.argv[1]), sys.argv[2]
screen = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--screen" else None
report: dict[str, object] = {}
original_start = Warmup.start


def start(warmup: Warmup) -> None:
    report["first_paint"] = time.time()
    gaps = GapMeter()
    gaps.start()
    warmup.finished.connect(lambda: finished(warmup, gaps))
    original_start(warmup)


def finished(warmup: Warmup, gaps: GapMeter) -> None:
    report["warm"] = time.time()
    report["longest_block_ms"] = gaps.stop()
    if screen is not None:
        window = warmup.parent().window
        begun = time.perf_counter()
        window.show_screen(screen)
        window.repaint()
        QApplication.processEvents()
        report["screen_ms"] = (time.perf_counter() - begun) * 1000
    report_path.write_text(json.dumps(report), encoding="utf-8")
    QApplication.instance().quit()


Warmup.start = start  # type: ignore[method-assign]
sys.exit(main(["--db", db_path]))
