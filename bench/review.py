#!/usr/bin/env python3
"""Benchmark: the board's Overview of a busy year of the ten-year demo house.

    .venv/bin/python bench/review.py [--runs 7] [--year 2025]

Times three things a board member waits for, each as the median of ``--runs``:
computing the ``Review`` of the year (and the year before it, which it
compares with); building the Overview screen on that year and painting it
once (off screen); and writing the PDF report of the year. The demo house is
built once into bench/data/ by bench/run.py's ``demo_database``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from run import demo_database  # noqa: E402

from housedesk.core import installation  # noqa: E402
from housedesk.core.board.review import review  # noqa: E402
from housedesk.db import open_database  # noqa: E402


def median_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    app = QApplication([])
    from housedesk.ui.overview.report import write_report
    from housedesk.ui.overview.screen import OverviewScreen

    db = open_database(demo_database(10))
    installed = installation.load(db)
    assert installed is not None and installed.house is not None
    first, last = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)

    def build_and_paint() -> None:
        screen = OverviewScreen(db, today=lambda: dt.date(args.year + 1, 2, 1))
        screen.show_range(first, last)
        screen.resize(1366, 768)
        screen.grab()
        screen.deleteLater()
        app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "verslag.pdf"
        results = [
            (
                "Review of a year (with last year)",
                median_of(args.runs, lambda: review(db, first, last)),
            ),
            ("Overview screen: build + paint", median_of(args.runs, build_and_paint)),
            (
                "PDF report of a year",
                median_of(
                    args.runs,
                    lambda: write_report(db, first, last, target, installed.house),  # type: ignore[arg-type]
                ),
            ),
        ]
    db.close()
    print(f"Overview of {args.year} in the ten-year demo house, median of {args.runs} runs:")
    for name, seconds in results:
        print(f"  {name:<36} {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
