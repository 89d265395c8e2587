#!/usr/bin/env python3
"""Where the app's memory goes: resident memory after each stage of opening Tellingen.

    .venv/bin/python bench/memory.py [DB]

Builds up, in one process, what the app holds with the stress house open on
the tallies list, and prints the resident memory (VmRSS) and its growth after
each stage: Python, PySide6 with an empty main window (the floor), housedesk's
window modules, SQLAlchemy, the models, the core modules, and the tallies
screen itself. The peak of the real app is measured by ``bench/run.py
--only memory``; this shows where it comes from.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOUSEDESK_HOME", tempfile.mkdtemp(prefix="housedesk-bench-"))

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 25)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> None:
    db_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "data" / "house-10y-x10.sqlite3"
    stages: list[tuple[str, float]] = [("Python", rss_mb())]

    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    stages.append(("PySide6 and an empty main window (the floor)", rss_mb()))

    import housedesk.app  # noqa: F401  # the window's modules, as before the first paint

    stages.append(("housedesk's window modules", rss_mb()))
    for name, modules in (
        ("SQLAlchemy with its ORM", ("sqlalchemy", "sqlalchemy.orm", "sqlalchemy.dialects.sqlite")),
        ("the models", ("housedesk.db.models",)),
        (
            "the core modules",
            (
                "housedesk.core.tallies.counts",
                "housedesk.core.agenda.bookings",
                "housedesk.core.users",
            ),
        ),
    ):
        for module in modules:
            importlib.import_module(module)
        stages.append((name, rss_mb()))

    from housedesk.db import open_database
    from housedesk.ui.tallies import TalliesScreen

    db = open_database(db_path)
    screen = TalliesScreen(db, today=lambda: TODAY)
    window.setCentralWidget(screen)
    window.repaint()
    app.processEvents()
    stages.append(("Tellingen on the stress house, this quarter", rss_mb()))

    previous = 0.0
    print(f"{'stage':48} {'resident':>9} {'growth':>8}")
    for name, value in stages:
        print(f"{name:48} {value:7.1f}MB {value - previous:+7.1f}MB")
        previous = value


if __name__ == "__main__":
    main()
