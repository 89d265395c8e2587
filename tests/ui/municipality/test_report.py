"""Tests for housedesk.ui.municipality.report: all houses of a period on A4, from code and
from ``housedesk aggregate --pdf``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from housedesk.exchange import aggregate as agg
from housedesk.exchange import format as fmt
from housedesk.exchange.imports import ImportHistory
from housedesk.ui.kit import pages as kit_pages
from housedesk.ui.kit.charts import Chart
from housedesk.ui.municipality.report import write_report
from tests.helpers.files import sample, write
from tests.helpers.processes import run_housedesk

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
CODES = [f"HUIS{n:02d}" for n in range(1, 19)]


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """18 houses, the third quarters of two years; HUIS18 has not sent 2026-Q3, HUIS17 only
    began this year, and a file that is no workbook."""
    folder = tmp_path_factory.mktemp("municipality") / "inbox"
    for number, code in enumerate(CODES):
        for period, exported in (("2025-Q3", "2025-10-02"), ("2026-Q3", "2026-10-02")):
            if (code, period) in (("HUIS18", "2026-Q3"), ("HUIS17", "2025-Q3")):
                continue
            house = sample(
                code, period, seed=number, density=0.1 + number / 50,
                exported_at=f"{exported}T10:00:00+02:00",
            )  # fmt: skip
            write(house, folder / fmt.suggested_file_name(code, period))
    (folder / "notulen.xlsx").write_text("de notulen\n")
    return folder


@pytest.fixture
def result(inbox: Path) -> agg.Aggregate:
    expected = [agg.ExpectedHouse(code, f"Huis {code[-2:]}") for code in CODES]
    return agg.aggregate_files([inbox], expected=expected, now=NOW)


class Recorded:
    """What the report wrote, section by section: texts, table rows, charts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        self.tables: list[tuple[list[str], list[list[str]], list[bool]]] = []
        self.charts: list[Chart] = []
        text, table, chart = kit_pages.Pages.text, kit_pages.Pages.table, kit_pages.Pages.chart

        def record_text(pages: kit_pages.Pages, value: str, *args: object, **kw: object) -> None:
            self.texts.append(value)
            text(pages, value, *args, **kw)  # type: ignore[arg-type]

        def record_table(pages: kit_pages.Pages, headers, rows, *args, **kw) -> None:  # type: ignore[no-untyped-def]
            self.tables.append((list(headers), [list(r) for r in rows], list(kw.get("bold", ()))))
            table(pages, headers, rows, *args, **kw)

        def record_chart(pages: kit_pages.Pages, value: Chart, *args: object) -> None:
            self.charts.append(value)
            chart(pages, value, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(kit_pages.Pages, "text", record_text)
        monkeypatch.setattr(kit_pages.Pages, "table", record_table)
        monkeypatch.setattr(kit_pages.Pages, "chart", record_chart)


def test_the_report_holds_every_house_with_a_year_earlier_totals_charts_gaps_and_refusals(
    qapp, result: agg.Aggregate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = Recorded(monkeypatch)
    target = tmp_path / "huizen.pdf"
    assert write_report(result, "2026-Q3", target) == target
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 4
    assert [p.name for p in tmp_path.iterdir()] == ["huizen.pdf"]

    # all houses side by side, the totals in bold at the foot
    headers, rows, bold = recorded.tables[0]
    assert "Visitors a year earlier" in headers
    names = [row[0] for row in rows]
    assert len(names) == 17 + 2  # 17 houses sent 2026-Q3, then the two totals
    assert names[-2:] == ["Total (17 houses)", "Comparable (16 houses)"]
    assert bold[-2:] == [True, True] and not any(bold[:-2])
    new_house = next(row for row in rows if row[0] == "Gemeenschapshuis Huis17")
    assert new_house[3] == "—" and new_house[4] == "—"  # nothing to compare with, not zero
    # one table per house with its key figures against a year earlier
    per_house = [table for table in recorded.tables if table[0][1:3] == ["2026-Q3", "2025-Q3"]]
    assert len(per_house) == 17
    # the charts: every house, sorted by value, with a year earlier
    assert len(recorded.charts) == 3
    for chart in recorded.charts:
        assert len(chart.bars) == 17 and chart.earlier is not None
        values = [value for _name, value in chart.bars]
        assert values == sorted(values, reverse=True)
    # who is missing: the latest quarter first, in bold
    missing = next(table for table in recorded.tables if table[0][0] == "Quarter")
    assert missing[1][0][:2] == ["2026-Q3", "HUIS18"] and missing[2][0]
    # the refused file, with what to ask the house first
    at = recorded.texts.index("notulen.xlsx")
    assert recorded.texts[at + 1].startswith("Dit is geen export uit housedesk. Vraag het huis")
    assert "tekstbestand" in recorded.texts[at + 2]


def test_a_chart_taller_than_a_page_goes_on_over_the_next(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded: list[Chart] = []
    paint = kit_pages.paint_chart
    monkeypatch.setattr(
        kit_pages,
        "paint_chart",
        lambda p, area, chart: recorded.append(chart) or paint(p, area, chart),
    )
    bars = [(f"Huis {n}", float(n)) for n in range(80)]
    chart = Chart("Bezoekers", bars, earlier=[float(n) for n in range(80)], legend=("a", "b"))
    with kit_pages.pdf_painter(tmp_path / "lang.pdf", "lang") as (writer, painter):
        pages = kit_pages.Pages(writer, painter, "lang")
        pages.chart(chart)
        pages.finish()
        assert pages.number > 1
    assert len(recorded) > 1
    assert [bar for part in recorded for bar in part.bars] == bars  # every bar, once
    assert {part.scale for part in recorded} == {79.0}  # one scale on every page


def test_a_stopped_report_leaves_no_file(qapp, result: agg.Aggregate, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        write_report(result, "2026-Q3", tmp_path / "huizen.pdf", progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_the_command_writes_the_report_and_the_workbook_and_later_from_the_history(
    inbox: Path, tmp_path: Path
) -> None:
    history = tmp_path / "gemeente.sqlite3"
    with ImportHistory(history) as kept:
        kept.set_expected_houses([(code, code.title()) for code in CODES])
    done = run_housedesk(
        "aggregate", str(inbox), "-o", "overzicht.xlsx", "--pdf", "overzicht.pdf",
        "--history", str(history), cwd=tmp_path, qt_platform=None,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # the minutes were refused
    assert (tmp_path / "overzicht.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "overzicht.xlsx").stat().st_mode & 0o077 != 0  # not private
    assert "missing for 2026-Q3 (the latest quarter): HUIS18" in done.stdout
    assert "           Dit is geen export uit housedesk." in done.stdout  # what to ask, below

    # again, from what the history holds: nothing read, another period
    again = run_housedesk(
        "aggregate", "--pdf", "vorig-jaar.pdf", "--period", "2025-Q3",
        "--history", str(history), cwd=tmp_path, qt_platform=None,
    )  # fmt: skip
    assert again.returncode == 1, again.stderr  # the last reading refused a file
    assert "files in the last reading" in again.stdout
    assert page_count((tmp_path / "vorig-jaar.pdf").read_bytes()) >= 3
    with ImportHistory(history) as kept:
        assert len({r.read_at for r in kept.readings()}) == 1  # one reading, not two


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((), "say what to write"),
        (("--pdf", "x.pdf", "--period", "2019-Q1"), "nothing counts for 2019-Q1"),
        (("--pdf", "x.pdf", "--period", "Q3"), "not a period"),
        (("--no-history", "--pdf", "x.pdf"), "nothing to count"),
    ],
)
def test_the_command_refuses_what_it_cannot_do(
    inbox: Path, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    done = run_housedesk(
        "aggregate", *arguments, "--history", str(tmp_path / "h.sqlite3"), cwd=tmp_path
    )
    assert done.returncode in (1, 2) and message in done.stderr, done.stderr
    assert not (tmp_path / "x.pdf").exists()
