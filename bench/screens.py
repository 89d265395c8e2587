"""Time from the action to a painted screen, measured inside one process (offscreen).

    .venv/bin/python bench/screens.py DB [--runs 7] [--json]

Prints one line per screen: the median milliseconds from building the screen
to its first paint, and the same for an empty QTableView (the floor). With
``--json``, one JSON object per screen for bench/run.py. Every list and the
week view must open within 100 ms on the stress house (``limit_ms``); the
board's Overview, with its charts, is shown for information.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOUSEDESK_HOME", tempfile.mkdtemp(prefix="housedesk-bench-"))

from PySide6.QtWidgets import QApplication, QTableView, QWidget

from housedesk.db import open_database
from housedesk.ui.kit.dates import PeriodPicker

TODAY = dt.date(2026, 11, 25)


def shown(build) -> float:
    """Milliseconds from calling ``build`` to the widget having been painted."""
    app = QApplication.instance()
    start = time.perf_counter()
    widget: QWidget = build()
    widget.resize(1100, 700)
    widget.show()
    widget.repaint()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="JSON lines for bench/run.py")
    args = parser.parse_args()
    QApplication(sys.argv)
    db = open_database(args.db)

    from housedesk.ui.agenda.screen import AgendaScreen
    from housedesk.ui.export import ExportScreen
    from housedesk.ui.overview.screen import OverviewScreen
    from housedesk.ui.rooms import RoomsScreen
    from housedesk.ui.signals import SignalsScreen
    from housedesk.ui.tallies import TalliesScreen
    from housedesk.ui.today import TodayScreen
    from housedesk.ui.users import UsersScreen

    def tallies_all() -> QWidget:
        screen = TalliesScreen(db, today=lambda: TODAY)
        screen.period.choice.setCurrentIndex(PeriodPicker.ALL)
        return screen

    screens = {
        "today": lambda: TodayScreen(db, today=lambda: TODAY),
        "tallies (this quarter)": lambda: TalliesScreen(db, today=lambda: TODAY),
        "tallies (all ten years)": tallies_all,
        "agenda (week)": lambda: AgendaScreen(db),
        "rooms": lambda: RoomsScreen(db),
        "users & activities": lambda: UsersScreen(db),
        "signals": lambda: SignalsScreen(db),
        "export (a quarter's figures)": lambda: ExportScreen(db, today=lambda: TODAY),
    }
    informative = {"overview (last quarter)": lambda: OverviewScreen(db, today=lambda: TODAY)}
    floor = statistics.median(shown(QTableView) for _ in range(args.runs))
    for name, build in {**screens, **informative}.items():
        shown(build)  # warm up: imports, caches
        median = statistics.median(shown(build) for _ in range(args.runs))
        if args.json:
            line = {"name": name, "value_ms": median, "floor_ms": floor}
            if name in screens:
                line["limit_ms"] = 100
            print(json.dumps(line), flush=True)
        else:
            print(f"{name}\t{median:.0f}\t{floor:.0f}", flush=True)


if __name__ == "__main__":
    main()
