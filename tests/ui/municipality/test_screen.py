"""Tests for housedesk.ui.municipality.screen: the adviser reads the houses' files, counts
them, and finds the same screen after a restart."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

import housedesk
from housedesk.common.periods import Period
from housedesk.core.demo.builder import generate_demo
from housedesk.db import Database, open_database
from housedesk.exchange import format as fmt
from housedesk.exchange import imports, writer
from housedesk.exchange.imports import ImportHistory
from housedesk.ui.municipality import screen as municipality
from housedesk.ui.municipality.screen import (
    CHARTS,
    FILES,
    HOUSES,
    MISSING,
    MunicipalityScreen,
)
from tests.helpers.databases import build_house
from tests.helpers.files import sample, write

TODAY = dt.date(2026, 11, 25)
#: The screen's clock: the fourth quarter, so the latest quarter that has ended is 2026-Q3.
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def mailbox(db: Database, tmp_path: Path) -> Path:
    """What reached the municipality: two good exports and a renamed text file."""
    generate_demo(db, years=1, seed=4, today=TODAY)
    folder = tmp_path / "mailbox"
    folder.mkdir()
    for period in (Period(2026, 2), Period(2026, 3)):
        writer.export_period(db, period, folder, now=NOW - dt.timedelta(days=1))
    (folder / "KERK_2026-Q3.xlsx").write_text("dit is geen werkboek\n")
    return folder


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Three houses, two years of third quarters; one house missing its latest quarter."""
    folder = tmp_path / "inbox"
    for code in ("BERCH", "HEIDE", "ZANDV"):
        for period, exported in (("2025-Q3", "2025-10-02"), ("2026-Q3", "2026-10-02")):
            if (code, period) == ("ZANDV", "2026-Q3"):
                continue
            house = sample(code, period, seed=len(code), exported_at=f"{exported}T10:00:00+02:00")
            write(house, folder / fmt.suggested_file_name(code, period))
    return folder


def history_beside(tmp_path: Path) -> Path:
    history = tmp_path / "gemeente.sqlite3"
    with ImportHistory(history) as kept:
        kept.set_expected_houses(
            [("BERGH", "De Schakel"), ("KERK", "De Kerkzaal")]
            + [(code, code.title()) for code in ("BERCH", "HEIDE", "ZANDV")]
        )
    return history


@pytest.fixture
def screen(qtbot: QtBot, tmp_path: Path) -> MunicipalityScreen:
    shown = MunicipalityScreen(None, history_path=history_beside(tmp_path), now=lambda: NOW)
    qtbot.addWidget(shown)
    shown.resize(1116, 700)
    shown.show()
    return shown


def read(qtbot: QtBot, screen: MunicipalityScreen, paths: list[Path]) -> None:
    task = screen.read(paths)
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass


def table_text(model: Any) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def everything_shown(screen: MunicipalityScreen) -> dict[str, object]:
    """What the adviser can see on the screen, tab by tab."""
    return {
        "summary": screen.summary.text(),
        "files": table_text(screen.files),
        "houses": table_text(screen.houses),
        "houses note": screen.houses_note.text(),
        "all periods": table_text(screen.overview),
        "missing": table_text(screen.missing),
        "missing note": screen.missing_note.text(),
        "periods": [screen.period.itemText(i) for i in range(screen.period.count())],
        "period": screen.period.currentText(),
        "charts": {name: view.accessibleDescription() for name, view in screen.chart_views.items()},
        "save": screen.save_button.isEnabled(),
        "pdf": screen.pdf_button.isEnabled(),
    }


def test_a_folder_is_read_counted_and_shown(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    statuses = {row.file: row.status for row in screen.files.rows()}
    assert statuses == {
        "BERGH_2026-Q2.xlsx": "geteld",
        "BERGH_2026-Q3.xlsx": "geteld",
        "KERK_2026-Q3.xlsx": "afgewezen",
    }
    rejected = next(r for r in screen.files.rows() if r.status == "afgewezen")
    assert rejected.messages and "KERK_2026-Q3.xlsx" in rejected.messages[0]
    assert sorted(s.period for s in screen.overview.rows()) == ["2026-Q2", "2026-Q3"]
    assert ("KERK", "2026-Q3") in {(m.house_code, m.period) for m in screen.missing.rows()}
    assert screen.save_button.isEnabled() and screen.pdf_button.isEnabled()
    assert not screen.progress.isVisible()


def test_a_rejected_file_says_first_what_to_ask_the_house(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    row = next(r for r, o in enumerate(screen.files.rows()) if o.status == "afgewezen")
    said = screen.files.index(row, 4).data()
    assert said.startswith("Dit is geen export uit housedesk. Vraag het huis")
    assert "tekstbestand" in screen.files.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)


def test_reading_the_same_folder_again_says_read_before_not_nothing_counted(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    read(qtbot, screen, [mailbox])
    statuses = sorted(row.status for row in screen.files.rows())
    assert statuses == ["afgewezen", "dubbel", "dubbel"]
    assert [screen.files.index(r, 3).data() for r in range(3)].count("read before") == 2
    assert "0 counted, 2 read before (they count once)" in screen.summary.text()
    assert len(screen.overview.rows()) == 2


def test_a_restart_shows_the_same_screen(
    qtbot: QtBot, mailbox: Path, tmp_path: Path, make_app
) -> None:
    """The municipality's app, closed and started again on the same files, shows the
    screen as it was: the last reading, the counted houses, who is missing, the charts;
    and the workbook can be saved without reading anything again."""
    (tmp_path / "gemeente").mkdir()
    db = open_database(build_house(tmp_path / "gemeente" / "housedesk.sqlite3", 0, code=None))
    with ImportHistory(imports.path_for(db.path)) as kept:
        kept.set_expected_houses([("BERGH", "De Schakel"), ("KERK", "De Kerkzaal")])

    def start() -> MunicipalityScreen:
        app = make_app(db, "nl")
        app.start()
        qtbot.waitExposed(app.window)
        shown = app.window.screen("municipality")
        assert isinstance(shown, MunicipalityScreen)
        return shown

    first = start()
    assert first.files.rowCount() == 0 and not first.save_button.isEnabled()
    assert first.summary.text().startswith("Nog niets ingelezen.")
    read(qtbot, first, [mailbox])
    first.tabs.setCurrentIndex(HOUSES)
    before = everything_shown(first)
    assert before["files"] and before["houses"] and before["save"]
    first.window().hide()

    again = start()
    assert everything_shown(again) == before
    # the workbook, without a new reading
    target = mailbox.parent / "overzicht.xlsx"
    again.choose_file = lambda *args: target
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[:2] == ["Overzicht", "Meldingen"]
    assert len(list(book["Overzicht"].iter_rows())) == 1 + 2
    book.close()
    db.close()


def test_the_houses_of_a_period_against_a_year_earlier_with_totals(
    qtbot: QtBot, screen: MunicipalityScreen, inbox: Path
) -> None:
    read(qtbot, screen, [inbox])
    assert screen.period.currentText() == "2026-Q3"
    rows = table_text(screen.houses)
    assert [row[0] for row in rows] == ["BERCH", "HEIDE", ""]
    assert rows[-1][1] == "Total (2)"
    berch = next(
        s for s in screen.result.counted if s.house_code == "BERCH" and s.period == "2026-Q3"
    )  # type: ignore[union-attr]
    assert rows[0][2] == QLocale().toString(berch.visitors)
    assert rows[0][3] != "—" and rows[0][4].endswith("%")  # a year earlier, and the change
    # sorted by visitors, the totals stay below
    screen.houses.sort(2, Qt.SortOrder.DescendingOrder)
    assert table_text(screen.houses)[-1][1] == "Total (2)"
    screen.houses.sort(2, Qt.SortOrder.AscendingOrder)
    assert table_text(screen.houses)[-1][1] == "Total (2)"
    font = screen.houses.index(screen.houses.rowCount() - 1, 0).data(Qt.ItemDataRole.FontRole)
    assert font.bold()


def test_the_period_picker_shows_any_period(
    qtbot: QtBot, screen: MunicipalityScreen, inbox: Path
) -> None:
    read(qtbot, screen, [inbox])
    screen.tabs.setCurrentIndex(CHARTS)
    assert screen.period_box.isVisible()
    assert [screen.period.itemText(i) for i in range(screen.period.count())] == [
        "2026-Q3",
        "2025-Q3",
    ]
    screen.period.setFocus()
    qtbot.keyClick(screen.period, Qt.Key.Key_Down)
    assert screen.period.currentText() == "2025-Q3"
    rows = table_text(screen.houses)
    assert [row[0] for row in rows] == ["BERCH", "HEIDE", "ZANDV", ""]
    assert all(row[3] == "—" for row in rows)  # nothing a year before 2025-Q3
    screen.tabs.setCurrentIndex(FILES)
    assert not screen.period_box.isVisible()


def test_the_charts_show_every_house_sorted_by_value_with_a_year_earlier(
    qtbot: QtBot, screen: MunicipalityScreen, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    codes = [f"HUIS{n:02d}" for n in range(17)]
    for number, code in enumerate(codes):
        for period, exported in (("2025-Q3", "2025-10-02"), ("2026-Q3", "2026-10-02")):
            house = sample(
                code, period, seed=number, density=0.1 + number / 40,
                exported_at=f"{exported}T10:00:00+02:00",
            )  # fmt: skip
            write(house, folder / fmt.suggested_file_name(code, period))
    read(qtbot, screen, [folder])
    screen.tabs.setCurrentIndex(CHARTS)
    chart = screen.chart_views["visitorsChart"].chart
    assert len(chart.bars) == 17
    values = [value for _name, value in chart.bars]
    assert values == sorted(values, reverse=True)
    assert chart.earlier is not None and all(value is not None for value in chart.earlier)
    assert chart.legend == ("2026-Q3", "2025-Q3")
    # the page scrolls to reach the last house of the last chart
    scroll = screen.charts_scroll
    assert scroll.verticalScrollBar().maximum() > 0
    last = screen.chart_views["communityChart"]
    assert last.height() >= 17 * last.fontMetrics().height() * 1.5


def test_the_missing_list_asks_for_the_latest_quarter_first(
    qtbot: QtBot, screen: MunicipalityScreen, inbox: Path
) -> None:
    read(qtbot, screen, [inbox])
    screen.tabs.setCurrentIndex(MISSING)
    rows = [(m.period, m.house_code, m.latest) for m in screen.missing.rows()]
    latest = [row for row in rows if row[2]]
    assert rows[: len(latest)] == latest  # the latest quarter comes first
    assert ("2026-Q3", "ZANDV", True) in latest
    assert "2026-Q3" in screen.missing_note.text()
    assert screen.missing.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_the_report_button_writes_the_pdf_of_the_chosen_period(
    qtbot: QtBot, screen: MunicipalityScreen, inbox: Path, tmp_path: Path
) -> None:
    read(qtbot, screen, [inbox])
    target = tmp_path / "huizen.pdf"
    opened: list[Path] = []
    screen.choose_file = lambda *args: target
    screen.open_file = opened.append
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    task = screen.report_task
    assert task is not None and not screen.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: opened == [target], timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert screen.pdf_button.isEnabled()


def test_the_tables_pass_the_model_checks(
    qtbot: QtBot, qtmodeltester, screen: MunicipalityScreen, inbox: Path, mailbox: Path
) -> None:
    read(qtbot, screen, [inbox, mailbox])
    for model in (screen.files, screen.houses, screen.overview, screen.missing):
        qtmodeltester.check(model)
    screen.houses.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(screen.houses)


def test_progress_reaches_the_last_file(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    task = screen.read([mailbox])
    assert task is not None
    assert screen.progress.isVisible() and screen.cancel_button.isVisible()
    assert not screen.folder_button.isEnabled()
    steps: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(steps) and steps[-1] == (3, 3))
    assert not screen.cancel_button.isVisible() and screen.folder_button.isEnabled()


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancelling_the_reading_counts_and_records_nothing(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path, tmp_path: Path, monkeypatch, how: str
) -> None:
    started = threading.Event()
    go_on = threading.Event()
    reading = municipality.read_workbook

    def slow_read(path: Path, **kwargs: object):
        started.set()
        go_on.wait(10)
        return reading(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(municipality, "read_workbook", slow_read)
    task = screen.read([mailbox])
    assert task is not None and started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        if how == "button":
            qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
        else:
            screen.cancel_button.setFocus()
            qtbot.keyClick(screen.cancel_button, Qt.Key.Key_Escape)
        assert screen.summary.text() == "Cancelling …"
        go_on.set()
    assert screen.summary.text() == "Reading was cancelled; nothing was counted."
    assert not screen.progress.isVisible() and screen.folder_button.isEnabled()
    assert screen.files.rowCount() == 0
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        assert history.exports() == () and history.readings() == ()


def test_while_reading_the_last_result_is_put_away_and_a_cancel_brings_it_back(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path, tmp_path: Path, monkeypatch
) -> None:
    read(qtbot, screen, [mailbox])
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        recorded = (history.exports(), history.readings())
    go_on = threading.Event()
    reading = municipality.read_workbook
    monkeypatch.setattr(
        municipality,
        "read_workbook",
        lambda path, **kwargs: go_on.wait(10) and reading(path, **kwargs),
    )
    task = screen.read([mailbox])
    assert task is not None
    assert screen.files.rowCount() == 0 and not screen.save_button.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        screen.cancel()
        go_on.set()
    assert screen.files.rowCount() == 3 and screen.save_button.isEnabled()
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        assert (history.exports(), history.readings()) == recorded


def test_expected_houses_are_kept_and_the_missing_list_follows(
    qtbot: QtBot, screen: MunicipalityScreen, inbox: Path
) -> None:
    read(qtbot, screen, [inbox])
    screen.edit_expected()
    dialog = screen.dialog
    assert dialog is not None
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "BERCH De Berch")
    dialog.accept()
    # only BERCH is expected now: it owes the quarters between the two it sent
    assert [(m.period, m.house_code, m.latest) for m in screen.missing.rows()] == [
        ("2026-Q2", "BERCH", False),
        ("2026-Q1", "BERCH", False),
        ("2025-Q4", "BERCH", False),
    ]


def test_looking_at_the_screen_makes_no_history_file(qtbot: QtBot, tmp_path: Path) -> None:
    """A house PC shows Gemeente too; opening it leaves nothing beside the house's data."""
    history = tmp_path / "elders" / "gemeente.sqlite3"
    shown = MunicipalityScreen(None, history_path=history, now=lambda: NOW)
    qtbot.addWidget(shown)
    assert shown.summary.text().startswith("Nothing read yet.")
    assert not history.exists() and not history.parent.exists()


def test_all_periods_shows_which_version_each_house_runs(
    qtbot: QtBot, screen: MunicipalityScreen, mailbox: Path
) -> None:
    read(qtbot, screen, [mailbox])
    model = screen.overview
    column = next(
        index
        for index in range(model.columnCount())
        if model.headerData(index, Qt.Orientation.Horizontal) == "App version"
    )
    shown = {model.index(row, column).data() for row in range(model.rowCount())}
    assert shown == {housedesk.__version__}
