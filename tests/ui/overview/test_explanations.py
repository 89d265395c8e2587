"""Where a sum surprises, the screen and the report explain it; past planned sessions are shown.

On 5 December 2026, in Dutch: the visitors per target group are visits to activities
for that group, with the note that one visit can count for several groups; the count
of resident initiatives' activities is called activities; the Uitleg under the key
figures gives the same definitions the PDF prints; sessions on past days still planned
are listed with their number, can be settled from the list (held with visitors, or did
not take place), and the report names them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus
from housedesk.core import installation
from housedesk.core.agenda import bookings
from housedesk.core.board.definitions import DEFINITIONS, definition
from housedesk.core.board.review import review
from housedesk.db import Database
from housedesk.ui.kit.charts import ChartView
from housedesk.ui.overview.report import write_report
from housedesk.ui.overview.screen import OverviewScreen, RangePicker, SettleDialog
from tests.helpers.databases import demo_house, kept_open
from tests.helpers.pdf import pdf_text
from tests.helpers.screens import shown_loaded

DEC_5 = dt.date(2026, 12, 5)
Q4 = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explained") / "demo.sqlite3"
    demo_house(path, years=1, today=DEC_5).close()
    return path


@pytest.fixture
def demo_db(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo house for each test: settling changes it."""
    from housedesk.db import open_database

    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_path.read_bytes())
    yield from kept_open(open_database(copy))


@pytest.fixture(autouse=True)
def in_dutch(dutch: None) -> None:
    """Every test here reads the screen and the report in Dutch."""


def this_quarter(qtbot: QtBot, db: Database) -> OverviewScreen:
    screen = shown_loaded(qtbot, OverviewScreen(db, today=lambda: DEC_5))
    screen.picker.choice.setFocus()
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.keyClick(screen.picker.choice, Qt.Key.Key_Up)  # last quarter -> this quarter
    assert screen.picker.choice.currentIndex() == RangePicker.THIS_QUARTER
    return screen


def the_report(db: Database, folder: Path) -> str:
    installed = installation.load(db)
    assert installed is not None and installed.house is not None
    path = write_report(db, *Q4, folder / "verslag.pdf", installed.house, today=DEC_5)
    return pdf_text(path)


def spaced(text: str) -> str:
    return " ".join(text.split())


def test_target_groups_are_visits_with_a_note_why_they_add_up_to_more(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    screen = this_quarter(qtbot, demo_db)
    chart = screen.findChild(ChartView, "chart_target_groups")
    assert chart.chart.title == "Bezoeken aan activiteiten per doelgroep"
    assert screen.target_group_note.isVisible()
    assert screen.target_group_note.text().startswith("De bezoekers van de bijeenkomsten")
    assert "Eén bezoek kan bij meer doelgroepen tellen" in screen.target_group_note.text()
    visits = sum(value for _label, value in chart.chart.bars)
    assert screen.review is not None and screen.review.key is not None
    assert visits > screen.review.key.visitors  # the surprise the note explains
    report = the_report(demo_db, tmp_path)
    assert "Bezoeken aan activiteiten per doelgroep" in report
    assert spaced(definition("target_groups").nl) in report


def test_activities_of_resident_initiatives_are_called_activities(
    qtbot: QtBot, demo_db: Database
) -> None:
    screen = this_quarter(qtbot, demo_db)
    labels = [screen.key_model.index(row, 0).data() for row in range(screen.key_model.rowCount())]
    assert "Activiteiten van inwonersinitiatieven" in labels
    assert "Inwonersinitiatieven" not in labels


def test_the_explanation_gives_the_definitions_the_report_prints(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    screen = this_quarter(qtbot, demo_db)
    assert not screen.explanation.isVisible()
    qtbot.mouseClick(screen.explain_button, Qt.MouseButton.LeftButton)
    assert screen.explanation.isVisible()
    shown = screen.explanation.text()
    report = the_report(demo_db, tmp_path)
    assert "Wat de cijfers tellen" in report
    for item in DEFINITIONS:
        assert f"<b>{item.name_nl}</b>" in shown
        assert spaced(f"{item.name_nl}: {item.nl}") in report
    qtbot.mouseClick(screen.explain_button, Qt.MouseButton.LeftButton)
    assert not screen.explanation.isVisible()


def test_past_planned_sessions_are_listed_settled_and_reported(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    expected = review(demo_db, *Q4, DEC_5).past_planned
    assert len(expected) >= 2
    assert all(session.date < DEC_5 for session in expected)
    report = the_report(demo_db, tmp_path)
    assert "Bijeenkomsten in het verleden die nog op gepland staan" in report
    assert f"{len(expected)} bijeenkomsten op dagen die voorbij zijn" in report

    screen = this_quarter(qtbot, demo_db)
    assert screen.past_planned_box.isVisible()
    assert screen.past_planned.rows() == list(expected)
    assert screen.past_planned_text.text().startswith(f"{len(expected)} bijeenkomsten")

    # The first: held, with 12 visitors (typed, then Enter).
    first, second = expected[0], expected[1]
    screen.past_planned_view.setFocus()
    qtbot.keyClick(screen.past_planned_view, Qt.Key.Key_Return)
    dialog = screen.settle_dialog
    assert isinstance(dialog, SettleDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.visitors)
    qtbot.keyClicks(dialog.visitors, "12")
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.keyClick(dialog.visitors, Qt.Key.Key_Return)
    held = bookings.get_session(demo_db, first.booking_id)
    assert held.status is BookingStatus.GEHOUDEN
    assert screen.past_planned.rows()[0].booking_id == second.booking_id

    # The next: it did not take place; typing a reason chooses that.
    screen.past_planned_view.setCurrentIndex(screen.past_planned.index(0, 0))
    qtbot.mouseClick(screen.settle_button, Qt.MouseButton.LeftButton)
    dialog = screen.settle_dialog
    assert isinstance(dialog, SettleDialog)
    dialog.reason.selectAll()
    qtbot.keyClicks(dialog.reason, "Leiding ziek")
    assert dialog.cancelled.isChecked()
    with qtbot.waitSignal(screen.loaded, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    cancelled = bookings.get_session(demo_db, second.booking_id)
    assert cancelled.status is BookingStatus.GEANNULEERD
    assert len(screen.past_planned.rows()) == len(expected) - 2
