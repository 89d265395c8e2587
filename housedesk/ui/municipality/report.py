"""The municipality's report as a PDF: all houses of one period on A4, to print or send.

Painted with Qt's own ``QPdfWriter`` through ``kit.pages``, as the board's
report is: the houses side by side against the same period a year earlier
with the totals; the charts, drawn by the screen's own painter, every house
sorted by value; one table per house with its key figures and those of a year
earlier; which expected houses have not sent the latest quarter, then the
older gaps; and the files the last reading refused, each with what to ask the
house. Every page has its number in the footer. It is written under a
temporary name and renamed when whole; an optional ``progress`` callback hears
the sections written and can stop the report, which then leaves no file.

``housedesk aggregate … --pdf overzicht.pdf [--period 2026-Q3]`` writes it
from the command line, also on a machine without a screen; Gemeente's
**Rapport (PDF)…** writes it for the period chosen there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from housedesk.common.outputs import pdf_is_whole, write_atomically
from housedesk.exchange import aggregate as agg
from housedesk.exchange.aggregate import Aggregate, FileOutcome
from housedesk.exchange.comparison import Comparison, PeriodComparison, compare
from housedesk.ui.kit.dates import format_date
from housedesk.ui.kit.pages import Pages, pdf_painter
from housedesk.ui.municipality import texts

#: Rejected files' lines shown per file: the advice and the first findings.
LINES_PER_FILE = 6


def write_report(
    result: Aggregate,
    period: str,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the report of ``period`` to ``path`` (atomically); returns the path.

    ``progress(done, total)`` hears the sections written; whatever it raises
    stops the report, and no file is left.
    """
    report = progress or _no_progress
    path = Path(path)
    comparison = compare(result.counted, period)
    sections: tuple[Callable[[Pages, Aggregate, PeriodComparison], None], ...] = (
        _houses,
        _charts,
        _each_house,
        _missing,
        _rejected,
    )
    steps = len(sections) + 1

    def paint(temporary: Path) -> None:
        title = QCoreApplication.translate("MunicipalityReport", "Community houses, %1").replace(
            "%1", period
        )
        with pdf_painter(temporary, title) as (writer, painter):
            pages = Pages(writer, painter, title)
            _title(pages, result, comparison, today or dt.date.today())
            for done, section in enumerate(sections):
                report(done, steps)
                section(pages, result, comparison)
            report(len(sections), steps)
            pages.finish()
        report(steps, steps)  # the last moment to stop: the report has no final name yet

    # Qt's PDF writer does not report a full disk: the check finds a report cut short.
    write_atomically(path, paint, pdf_is_whole)
    return path


def _no_progress(_done: int, _total: int) -> None:
    """Progress nobody listens to."""


def _title(pages: Pages, result: Aggregate, comparison: PeriodComparison, today: dt.date) -> None:
    pages.text(QCoreApplication.translate("MunicipalityReport", "Community houses"), 14, space=0.2)
    pages.text(
        QCoreApplication.translate("MunicipalityReport", "Overview of %1").replace(
            "%1", comparison.period
        ),
        22,
        bold=True,
        space=0.2,
    )
    pages.text(
        QCoreApplication.translate(
            "MunicipalityReport", "compared with the same period a year earlier (%1)"
        ).replace("%1", comparison.earlier_period),
        12,
        space=0.6,
    )
    read = texts.moment_text(result.read_at) if result.read_at else "—"
    pages.text(
        QCoreApplication.translate(
            "MunicipalityReport",
            "Made by housedesk on %1 from the import history: %2 house-period(s) count, the "
            "files last read on %3. %4 house(s) in this period; %5 expected.",
        )
        .replace("%1", format_date(today))
        .replace("%2", str(len(result.counted)))
        .replace("%3", read)
        .replace("%4", str(len(comparison.houses)))
        .replace("%5", str(len(result.expected))),
        9,
        space=0.8,
    )


def _houses(pages: Pages, result: Aggregate, comparison: PeriodComparison) -> None:
    pages.heading(
        QCoreApplication.translate("MunicipalityReport", "All houses against a year earlier")
    )
    rows = []
    bold = []
    for house in sorted(comparison.houses, key=lambda h: h.house_name.casefold()):
        rows.append(_row(house.house_name, house))
        bold.append(False)
    rows.append(_row(texts.total_name(comparison), comparison.total))
    bold.append(True)
    if comparison.comparable is not None and not comparison.all_comparable:
        rows.append(_row(texts.comparable_name(comparison), comparison.comparable))
        bold.append(True)
    pages.table(
        [
            QCoreApplication.translate("MunicipalityReport", "House"),
            QCoreApplication.translate("MunicipalityReport", "Sessions"),
            QCoreApplication.translate("MunicipalityReport", "Visitors"),
            QCoreApplication.translate("MunicipalityReport", "Visitors a year earlier"),
            QCoreApplication.translate("MunicipalityReport", "Change"),
            QCoreApplication.translate("MunicipalityReport", "Occupancy"),
            QCoreApplication.translate("MunicipalityReport", "Occupancy a year earlier"),
            QCoreApplication.translate("MunicipalityReport", "Difference"),
            QCoreApplication.translate("MunicipalityReport", "Community share"),
        ],
        rows,
        [0.19, 0.1, 0.09, 0.1, 0.09, 0.09, 0.11, 0.11, 0.12],
        [False, True, True, True, True, True, True, True, True],
        bold=bold,
    )
    pages.text(texts.comparison_text(comparison), 8.5)


def _row(name: str, comparison: Comparison) -> list[str]:
    now, before = comparison.now, comparison.before
    return [
        name,
        texts.count_text(now.sessions),
        texts.count_text(now.visitors),
        texts.count_text(before.visitors if before else None),
        texts.change_text(comparison.visitors_change),
        texts.percent_text(now.occupancy),
        texts.percent_text(before.occupancy if before else None),
        texts.points_text(comparison.occupancy_points),
        texts.percent_text(now.community_share),
    ]


def _charts(pages: Pages, result: Aggregate, comparison: PeriodComparison) -> None:
    pages.new_page()
    pages.heading(QCoreApplication.translate("MunicipalityReport", "Charts"))
    pages.text(
        QCoreApplication.translate(
            "MunicipalityReport",
            "Every house, largest first; the hatched bar is the same period a year earlier.",
        ),
        9,
    )
    for _name, chart in texts.charts(comparison):
        pages.chart(chart)


def _each_house(pages: Pages, result: Aggregate, comparison: PeriodComparison) -> None:
    pages.new_page()
    pages.heading(QCoreApplication.translate("MunicipalityReport", "Per house"))
    headers = [
        QCoreApplication.translate("MunicipalityReport", "Figure"),
        comparison.period,
        comparison.earlier_period,
        QCoreApplication.translate("MunicipalityReport", "Difference"),
    ]
    widths = [0.4, 0.2, 0.2, 0.2]
    right = [False, True, True, True]
    for house in sorted(comparison.houses, key=lambda h: h.house_name.casefold()):
        rows = texts.house_rows(house)
        title = f"{house.house_name} ({house.house_code})"
        if not house.summary.approved:
            title += " — " + QCoreApplication.translate(
                "MunicipalityReport", "not approved by the board"
            )
        pages.need(pages.text_height(title, 11, True) + pages.table_height(len(rows)))
        pages.text(title, 11, bold=True, space=0.2)
        pages.table(headers, rows, widths, right)


def _missing(pages: Pages, result: Aggregate, comparison: PeriodComparison) -> None:
    pages.heading(QCoreApplication.translate("MunicipalityReport", "Houses missing"))
    pages.text(texts.missing_text(result), 9)
    if not result.missing:
        if result.expected:
            pages.text(
                QCoreApplication.translate(
                    "MunicipalityReport", "Every expected house has sent every quarter."
                )
            )
        return
    pages.table(
        [
            QCoreApplication.translate("MunicipalityReport", "Quarter"),
            QCoreApplication.translate("MunicipalityReport", "House"),
            QCoreApplication.translate("MunicipalityReport", "Name"),
            QCoreApplication.translate("MunicipalityReport", "Gap"),
            QCoreApplication.translate("MunicipalityReport", "Last received"),
        ],
        [
            [
                missing.period,
                missing.house_code,
                missing.house_name,
                QCoreApplication.translate("Gemeente", "latest quarter")
                if missing.latest
                else QCoreApplication.translate("Gemeente", "older"),
                missing.last_sent or QCoreApplication.translate("Gemeente", "nothing yet"),
            ]
            for missing in result.missing
        ],
        [0.13, 0.15, 0.4, 0.16, 0.16],
        [False, False, False, False, False],
        bold=[missing.latest for missing in result.missing],
    )


def _rejected(pages: Pages, result: Aggregate, comparison: PeriodComparison) -> None:
    refused = [o for o in result.outcomes if o.status == agg.REJECTED]
    blocks = [_refusal(outcome) for outcome in refused]
    # the heading never stands alone at the foot of a page: the first file comes with it
    first = _height(pages, blocks[0]) if blocks else 0.0
    pages.need(first + pages.line * 6)
    pages.heading(QCoreApplication.translate("MunicipalityReport", "Files refused"))
    if not refused:
        pages.text(
            QCoreApplication.translate("MunicipalityReport", "The last reading refused no file.")
        )
        return
    pages.text(
        QCoreApplication.translate(
            "MunicipalityReport",
            "Nothing of these files counts. What to ask the house comes first.",
        ),
        9,
        space=0.5,
    )
    for block in blocks:
        # the file's name, what to ask and the first findings stay on one page together
        pages.need(_height(pages, block))
        for text, size, bold in block:
            pages.text(text, size, bold=bold, space=0.1)
        pages.y += pages.line * 0.5


def _refusal(outcome: FileOutcome) -> list[tuple[str, float, bool]]:
    """A refused file as lines: its name, what to ask the house, the first findings."""
    lines = [line.removeprefix(f"{outcome.file}: ") for line in outcome.messages]
    shown = lines[:LINES_PER_FILE]
    if len(lines) > LINES_PER_FILE:
        shown.append(
            QCoreApplication.translate(
                "MunicipalityReport", "… and %1 more (see the workbook's Meldingen sheet)"
            ).replace("%1", str(len(lines) - LINES_PER_FILE))
        )
    return [
        (outcome.file, BODY, True),
        *((line, 9.0 if n else BODY, False) for n, line in enumerate(shown)),
    ]


def _height(pages: Pages, block: list[tuple[str, float, bool]]) -> float:
    return sum(pages.text_height(text, size, bold) + pages.line * 0.1 for text, size, bold in block)


BODY = 10.0
