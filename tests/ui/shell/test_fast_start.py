"""The window shows before the ORM is loaded, and loads it in the background after.

Run as a real process, as a person starts housedesk: at the first paint the
Vandaag screen shows today's sessions and SQLAlchemy is not loaded, nor any
other heavy library or window that the first screen does not need; after the
warm-up the ORM is, the counts can be saved, and the day's backup has been taken.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from housedesk.core import installation
from housedesk.core.demo.builder import generate_demo
from housedesk.core.tallies import pending as counting
from housedesk.db import open_database

#: Not needed for the first screen, and each costs start-up time: loaded when first used.
NOT_BEFORE_THE_WINDOW = (
    # Libraries: printing and PDF, workbooks, recurrence, holidays, calendars, migrations.
    "PySide6.QtPrintSupport",
    "openpyxl",
    "defusedxml",
    "dateutil",
    "holidays",
    "icalendar",
    "alembic",
    # Windows and fields that are opened later: the guide, the first-run question, forms
    # and their date, time and number fields, the report pages.
    "housedesk.ui.help.browser",
    "housedesk.ui.shell.first_run",
    "housedesk.ui.shell.about",
    "housedesk.ui.kit.forms",
    "housedesk.ui.kit.dates",
    "housedesk.ui.kit.fields",
    "housedesk.ui.kit.times",
    "housedesk.ui.kit.pages",
    "housedesk.ui.walk_in",
)

PROBE = textwrap.dedent(
    """
    import datetime as dt, json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from housedesk.app import run_gui

    from housedesk.ui.shell.warmup import Warmup

    report = {}
    original_start = Warmup.start

    def loaded():
        return sorted(m for m in ("sqlalchemy", "housedesk.db.models") if m in sys.modules)

    def start(warmup):  # the window has painted: what is there before the warm-up begins
        report["at_first_paint"] = loaded()
        report["heavy_at_first_paint"] = sorted(set(sys.argv[2:]) & set(sys.modules))
        report["rows"] = warmup.parent().window.screen("today").model.rowCount()
        warmup.finished.connect(warm)
        original_start(warmup)

    def warm():
        report["after_warmup"] = loaded()
        QTimer.singleShot(0, QApplication.instance().quit)

    Warmup.start = start
    status = run_gui(Path(sys.argv[1]))
    print(json.dumps(report))
    sys.exit(status)
    """
)


def test_the_window_shows_before_the_orm_and_loads_it_after(tmp_path: Path) -> None:
    path = tmp_path / "house.sqlite3"
    db = open_database(path)
    generate_demo(db, years=1, today=dt.date.today())
    assert installation.load(db) is not None
    expected_rows = len(counting.sessions_to_count(db, dt.date.today()))
    db.close()
    env = {**os.environ, "HOUSEDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), *NOT_BEFORE_THE_WINDOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["at_first_paint"] == []
    assert report["heavy_at_first_paint"] == []
    assert report["rows"] == expected_rows
    assert report["after_warmup"] == ["housedesk.db.models", "sqlalchemy"]
    assert list((path.parent / "backups").glob("*.sqlite3")), "the day's backup was taken"
