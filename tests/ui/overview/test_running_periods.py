"""The named cases of running periods and first years, on fixed dates, as screen and PDF say them.

On Saturday 5 December 2026 "Dit kwartaal" is 1 October to 5 December 2026, still
running, compared with 1 October to 5 December 2025: never with a whole quarter, and
its available hours count up to and including today. A house whose registration began
less than a year ago has "geen gegevens" to compare with, not zeros or differences.
What the Overzicht screen shows (through the real widgets, in Dutch) and what the PDF
report prints (its text, read back) must say the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from housedesk.core import installation
from housedesk.core.board import figures
from housedesk.core.board.review import Days, review
from housedesk.db import Database
from housedesk.ui.overview.report import write_report
from housedesk.ui.overview.screen import OverviewScreen, RangePicker
from housedesk.ui.overview.texts import key_rows
from tests.helpers.databases import demo_house, kept_open
from tests.helpers.pdf import pdf_pages, pdf_text
from tests.helpers.screens import shown_loaded

DEC_5 = dt.date(2026, 12, 5)
SO_FAR = (dt.date(2026, 10, 1), DEC_5)
A_YEAR_EARLIER = (dt.date(2025, 10, 1), dt.date(2025, 12, 5))


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("running") / "demo.sqlite3"
    yield from kept_open(demo_house(path, years=2, today=DEC_5))


@pytest.fixture(scope="module")
def first_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A house that began registering on 1 October 2025."""
    path = tmp_path_factory.mktemp("first-year") / "demo.sqlite3"
    yield from kept_open(demo_house(path, years=1, today=DEC_5))


def overview(qtbot: QtBot, db: Database) -> OverviewScreen:
    return shown_loaded(qtbot, OverviewScreen(db, today=lambda: DEC_5))


def choose(qtbot: QtBot, screen: OverviewScreen, index: int) -> None:
    """Pick a range in the combo box with the keyboard, as a board member does."""
    screen.picker.choice.setFocus()
    while screen.picker.choice.currentIndex() != index:
        key = Qt.Key.Key_Up if screen.picker.choice.currentIndex() > index else Qt.Key.Key_Down
        with qtbot.waitSignal(screen.loaded, timeout=30_000):
            qtbot.keyClick(screen.picker.choice, key)


def held(db: Database, first: dt.date, last: dt.date) -> int:
    with db.reading() as session:
        return int(
            session.execute(
                text(
                    "SELECT count(*) FROM bookings WHERE status = 'gehouden' "
                    "AND date BETWEEN :first AND :last"
                ),
                {"first": first, "last": last},
            ).scalar_one()
        )


def key_table(screen: OverviewScreen) -> dict[str, list[str]]:
    model = screen.key_model
    return {
        model.index(row, 0).data(): [model.index(row, col).data() for col in (1, 2, 3)]
        for row in range(model.rowCount())
    }


def report(db: Database, tmp_path: Path, first: dt.date, last: dt.date) -> Path:
    installed = installation.load(db)
    assert installed is not None and installed.house is not None
    return write_report(db, first, last, tmp_path / "verslag.pdf", installed.house, today=DEC_5)


# --------------------------------------------------------------------------- the core


def test_this_quarter_on_5_december_is_the_days_so_far_against_the_same_days(
    two_years: Database,
) -> None:
    result = review(two_years, dt.date(2026, 10, 1), dt.date(2026, 12, 31), DEC_5)
    assert result.running and (result.first_day, result.last_day) == SO_FAR
    assert result.whole_last_day == dt.date(2026, 12, 31)
    assert (result.last_year_first_day, result.last_year_last_day) == A_YEAR_EARLIER
    assert result.key is not None and result.last_year is not None
    assert result.key.sessions_held == held(two_years, *SO_FAR)
    assert result.last_year.sessions_held == held(two_years, *A_YEAR_EARLIER)
    # Availability up to and including today, not the weeks still to come.
    so_far = figures.period_figures(two_years, Days(*SO_FAR)).totals.available_minutes
    assert result.key.available_minutes == so_far
    whole = figures.period_figures(two_years, Days(dt.date(2026, 10, 1), dt.date(2026, 12, 31)))
    assert whole.totals.available_minutes > so_far
    # A finished period is not running, whatever today is.
    assert not review(two_years, dt.date(2026, 7, 1), dt.date(2026, 9, 30), DEC_5).running


# --------------------------------------------------------------------------- screen and PDF


def test_the_screen_says_this_quarter_is_still_running(
    qtbot: QtBot, two_years: Database, dutch: None
) -> None:
    screen = overview(qtbot, two_years)
    choose(qtbot, screen, RangePicker.THIS_QUARTER)
    assert screen.heading.text() == (
        "2026-Q4 t/m 5 december 2026 (loopt nog), vergeleken met 2025-Q4 t/m 5 december 2025"
    )
    table = key_table(screen)
    assert table["Gehouden bijeenkomsten"][:2] == [
        f"{held(two_years, *SO_FAR):,}".replace(",", "."),
        f"{held(two_years, *A_YEAR_EARLIER):,}".replace(",", "."),
    ]


@pytest.mark.parametrize(
    ("index", "title", "compared"),
    [
        (
            RangePicker.THIS_MONTH,
            "december 2026 t/m 5 december 2026 (loopt nog)",
            "december 2025 t/m 5 december 2025",
        ),
        (RangePicker.THIS_YEAR, "2026 t/m 5 december 2026 (loopt nog)", "2025 t/m 5 december 2025"),
        (RangePicker.LAST_QUARTER, "2026-Q3", "2025-Q3"),
    ],
)
def test_this_month_and_year_run_too_and_last_quarter_does_not(
    qtbot: QtBot, two_years: Database, dutch: None, index: int, title: str, compared: str
) -> None:
    screen = overview(qtbot, two_years)
    choose(qtbot, screen, index)
    assert screen.heading.text() == f"{title}, vergeleken met {compared}"


def test_the_report_of_the_running_quarter_gives_its_dates_and_approval(
    qapp, two_years: Database, tmp_path: Path, dutch: None
) -> None:
    path = report(two_years, tmp_path, dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    cover = pdf_pages(path)[0]
    assert "2026-Q4 t/m 5 december 2026 (loopt nog)" in cover
    assert "1 oktober 2026 t/m 5 december 2026" in cover
    assert "vergeleken met dezelfde dagen een jaar eerder (2025-Q4 t/m 5 december 2025)" in cover
    assert "Nog niet vastgesteld door het bestuur." in cover
    result = review(two_years, dt.date(2026, 10, 1), dt.date(2026, 12, 31), DEC_5)
    whole = pdf_text(path)
    for row in key_rows(result):  # the same figures and differences as on the screen
        assert f"{row.label} {row.now_text} {row.before_text} {row.difference_text}" in whole


def test_the_report_of_an_approved_quarter_says_so(
    qapp, two_years: Database, tmp_path: Path, dutch: None
) -> None:
    path = report(two_years, tmp_path, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    cover = pdf_pages(path)[0]
    assert "2026-Q1" in cover and "1 januari 2026 t/m 31 maart 2026" in cover
    assert "Vastgesteld door het bestuur op " in cover
    assert "loopt nog" not in cover


# --------------------------------------------------------------------------- a first year


def test_a_first_year_has_no_data_to_compare_with_on_screen_and_in_the_report(
    qtbot: QtBot, first_year: Database, tmp_path: Path, dutch: None
) -> None:
    screen = overview(qtbot, first_year)
    choose(qtbot, screen, RangePicker.THIS_YEAR)  # 2025 was registered from 1 October only
    assert "geen vergelijking" in screen.heading.text()
    for label, (now, before, difference) in key_table(screen).items():
        assert now and now != "geen gegevens", label  # this year's figures are shown
        assert before == "geen gegevens", label
        assert difference == "—", label
    path = report(first_year, tmp_path, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    whole = pdf_text(path)
    assert "geen vergelijking met een jaar eerder: geen gegevens vóór 1-10-2025" in whole.replace(
        "01-10-2025", "1-10-2025"
    )
    assert "Gehouden bijeenkomsten" in whole and " geen gegevens — " in whole
    assert "+" not in " ".join(row.difference_text for row in key_rows(screen.review))
