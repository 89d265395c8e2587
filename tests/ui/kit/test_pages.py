"""Tests for housedesk.ui.kit.pages: the table's one-line rows and sizes, the chart's size.

The pages as a whole are tested through the reports that use them
(tests/ui/overview/test_report.py, tests/ui/municipality/test_report.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter

from housedesk.ui.kit import pages as kit_pages
from housedesk.ui.kit.charts import Chart

LONG = "Activiteiten van inwonersinitiatieven in de grote zaal " * 3


@pytest.fixture
def pages(qapp, tmp_path: Path) -> Iterator[kit_pages.Pages]:
    with kit_pages.pdf_painter(tmp_path / "proef.pdf", "Proef") as (writer, painter):
        pages = kit_pages.Pages(writer, painter, "proef")
        yield pages
        pages.finish()


def height(pages: kit_pages.Pages, write: Callable[[], None]) -> float:
    """How far down ``write`` took the page."""
    before = pages.y
    write()
    return pages.y - before


def table(pages: kit_pages.Pages, cell: str, **options: object) -> Callable[[], None]:
    return lambda: pages.table(
        ["Naam", "Aantal"],
        [[cell, "12"]],
        [0.3, 0.7],
        [False, True],
        **options,  # type: ignore[arg-type]
    )


def test_a_long_cell_makes_its_row_taller_unless_rows_are_one_line(
    pages: kit_pages.Pages,
) -> None:
    short = height(pages, table(pages, "Bar"))
    assert height(pages, table(pages, LONG)) > short  # wrapped onto more lines
    assert height(pages, table(pages, LONG, one_line=True)) == pytest.approx(
        height(pages, table(pages, "Bar", one_line=True))
    )


def test_a_one_line_cell_is_cut_short_with_an_ellipsis(
    pages: kit_pages.Pages, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> None:
        drawn.append(str(args[-1]))
        original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    table(pages, LONG, one_line=True)()
    cell = next(text for text in drawn if text.startswith("Activiteiten"))
    assert cell.endswith("…")
    assert len(cell) < len(LONG)


def test_the_tables_size_is_that_of_header_and_rows_alike(pages: kit_pages.Pages) -> None:
    assert height(pages, table(pages, LONG, points=14)) > height(pages, table(pages, LONG))
    assert height(pages, table(pages, "Bar", points=12, one_line=True)) == pytest.approx(
        height(pages, table(pages, "Bar", one_line=True))
    )  # one-line rows keep the page's line height


def test_a_charts_text_is_as_large_as_asked(pages: kit_pages.Pages) -> None:
    chart = Chart("Bezoekers", [("Grote zaal", 12.0), ("Foyer", 3.0)])
    small = height(pages, lambda: pages.chart(chart))
    assert height(pages, lambda: pages.chart(chart, points=14)) > small
    assert height(pages, lambda: pages.chart(chart, 0.5)) == pytest.approx(small)


def test_a_pdf_writer_gives_the_file_its_title(qapp, tmp_path: Path) -> None:
    path = tmp_path / "blad.pdf"
    with kit_pages.pdf_painter(path, "Week 2 — Het Anker") as (writer, _painter):
        assert writer.resolution() == kit_pages.RESOLUTION
    metadata = PdfReader(path).metadata
    assert metadata is not None
    assert metadata.title == "Week 2 — Het Anker"
    assert metadata.creator == "housedesk"
