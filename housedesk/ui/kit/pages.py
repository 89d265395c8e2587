"""A4 pages written from top to bottom with Qt's own PDF writer: text, tables, charts.

The board's report (``ui/overview/report.py``) and the municipality's report
(``ui/municipality/report.py``) both paint through this module: ``pdf_painter``
sets up an A4 ``QPdfWriter`` and its painter; ``Pages`` writes paragraphs,
headings, tables whose header repeats on every page, and charts drawn by the
screen's own painter (``kit.charts``), starting a new page with its numbered
footer whenever one is full. Black text, outlined and hatched bars: it reads
the same from a grey office printer. The agenda's sheets (``ui/agenda/sheet.py``)
paint their own landscape pages, also for a printer, on a ``pdf_writer``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from housedesk.ui.kit.charts import Chart, chart_height, paint_chart

#: Where a long word in a table's cell may break (with a hyphen shown): "Bijeen\u00adkomsten".
SOFT_HYPHEN = "\u00ad"
#: Dots per inch of the PDF's coordinates: fine enough for hairlines, small numbers to handle.
RESOLUTION = 300
BODY_POINTS = 10.0


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    """A PDF writer to ``path`` at ``RESOLUTION``, with its title; the file is complete only
    once the writer is gone."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("housedesk")
    return writer


@contextmanager
def pdf_painter(path: Path, title: str) -> Iterator[tuple[QPdfWriter, QPainter]]:
    """An A4 portrait PDF at ``path`` and a painter on it, in black at the body's size.

    The PDF is complete (or, on a full disk, cut short: check it) when the block ends.
    """
    writer = pdf_writer(path, title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        font = QFont(painter.font())
        font.setPointSizeF(BODY_POINTS)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        yield writer, painter
    finally:
        painter.end()
        del writer


class Pages:
    """Writes from top to bottom and starts a new page (with its footer) when one is full."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.footer = footer
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.metrics = QFontMetricsF(painter.font(), writer)
        self.line = self.metrics.height() * 1.3
        self.bottom = float(rect.height()) - self.line * 2  # the footer below this
        self.number = 1
        self.y = 0.0

    def font(self, points: float = BODY_POINTS, bold: bool = False) -> QFont:
        font = QFont(self.painter.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self.y + height > self.bottom and self.y > 0:
            self.new_page()

    def new_page(self) -> None:
        self._draw_footer()
        self.writer.newPage()
        self.number += 1
        self.y = 0.0

    def finish(self) -> None:
        self._draw_footer()

    def _draw_footer(self) -> None:
        painter = self.painter
        painter.save()
        painter.setFont(self.font(8.5))
        y = self.bottom + self.line
        painter.drawLine(
            QRectF(0, y, self.width, 0).topLeft(), QRectF(0, y, self.width, 0).topRight()
        )
        box = QRectF(0, y + self.line * 0.2, self.width, self.line)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.footer
        )
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("Report", "Page %1").replace("%1", str(self.number)),
        )
        painter.restore()

    def text_height(self, text: str, points: float = BODY_POINTS, bold: bool = False) -> float:
        metrics = QFontMetricsF(self.font(points, bold), self.writer)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return metrics.boundingRect(QRectF(0, 0, self.width, 1e6), flags, text).height()

    def text(
        self, text: str, points: float = BODY_POINTS, bold: bool = False, space: float = 0.3
    ) -> None:
        """A paragraph, wrapped to the page's width."""
        painter = self.painter
        painter.save()
        painter.setFont(self.font(points, bold))
        height = self.text_height(text, points, bold)
        self.need(height)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(QRectF(0, self.y, self.width, height), flags, text)
        self.y += height + self.line * space
        painter.restore()

    def heading(self, text: str, points: float = 13) -> None:
        self.need(self.line * 4)  # never a heading alone at the foot of a page
        self.y += self.line * 0.6
        self.text(text, points, bold=True, space=0.4)

    def table_height(self, rows: int) -> float:
        """About the height of a table of ``rows`` one-line rows below its header."""
        return self.line * 1.15 * (rows + 1) + self.line * 0.6

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        right: Sequence[bool],
        *,
        bold: Sequence[bool] = (),
        points: float | None = None,
        one_line: bool = False,
    ) -> None:
        """A table over the page's width (``widths`` are shares); the header repeats per page.

        A cell too long for its column wraps onto more lines, and its row grows with
        it: nothing is cut off. ``bold`` marks rows (the totals) to print in bold.
        ``points`` is the size of the header and the rows alike (by default a point
        below the body's, the header half a point smaller still). ``one_line`` keeps
        every row one line high instead, a cell too long for its column cut short
        with "…".
        """
        painter = self.painter
        pad = self.metrics.height() * 0.3
        columns = []
        x = 0.0
        for share in widths:
            columns.append((x, self.width * share))
            x += self.width * share

        def wrap(metrics: QFontMetricsF, cell: str, width: float) -> Qt.TextFlag:
            """Wrap between words; a word longer than its column is broken anywhere, never
            cut off."""
            words = cell.replace("\n", " ").split(" ")  # a no-break space keeps its word whole
            if words and max(metrics.horizontalAdvance(word) for word in words) > width:
                return Qt.TextFlag.TextWrapAnywhere
            return Qt.TextFlag.TextWordWrap

        def font(strong: bool, header: bool) -> QFont:
            if points is not None:
                return self.font(points, strong)
            return self.font(BODY_POINTS - (1.5 if header else 1), strong)

        def height_of(cells: Sequence[str], strong: bool, header: bool = False) -> float:
            if one_line:
                return self.line * 1.15
            metrics = QFontMetricsF(font(strong, header), self.writer)
            tallest = max(
                metrics.boundingRect(
                    QRectF(0, 0, width - 2 * pad, 1e6),
                    wrap(metrics, fitted, width - 2 * pad),
                    fitted,
                ).height()
                for (_left, width), cell in zip(columns, cells, strict=True)
                for fitted in [hyphenated(metrics, cell, width - 2 * pad)]
            )
            return max(self.line * 1.15, tallest + pad * 1.6)

        def draw(cells: Sequence[str], strong: bool, header: bool = False) -> None:
            height = height_of(cells, strong, header)
            painter.save()
            painter.setFont(font(strong, header))
            metrics = QFontMetricsF(painter.font(), self.writer)
            for (left, width), cell, align_right in zip(columns, cells, right, strict=True):
                align = Qt.AlignmentFlag.AlignRight if align_right else Qt.AlignmentFlag.AlignLeft
                box = QRectF(left + pad, self.y, width - 2 * pad, height)
                if one_line:
                    painter.drawText(
                        box,
                        align | Qt.AlignmentFlag.AlignVCenter,
                        metrics.elidedText(cell, Qt.TextElideMode.ElideRight, box.width()),
                    )
                    continue
                fitted = hyphenated(metrics, cell, box.width())
                painter.drawText(
                    box,
                    align | Qt.AlignmentFlag.AlignVCenter | wrap(metrics, fitted, box.width()),
                    fitted,
                )
            painter.setPen(QPen(painter.pen().color(), 4 if header else 0))
            painter.drawLine(
                QRectF(0, self.y + height, self.width, 0).topLeft(),
                QRectF(0, self.y + height, self.width, 0).topRight(),
            )
            painter.restore()
            self.y += height

        header_height = height_of(headers, True, True)
        self.need(header_height + self.line * 1.15 * 2)
        draw(headers, True, header=True)
        for index, cells in enumerate(rows):
            strong = index < len(bold) and bold[index]
            if self.y + height_of(cells, strong) > self.bottom:
                self.new_page()
                draw(headers, True, header=True)
            draw(cells, strong)
        self.y += self.line * 0.6

    def chart(self, chart: Chart, width: float = 0.95, points: float = BODY_POINTS - 1) -> None:
        """A chart as the screen draws it, over ``width`` of the page, its text at ``points``;
        one taller than a page goes on over the next pages, in parts of as many bars as
        fit, each part starting a page."""
        painter = self.painter
        painter.save()
        painter.setFont(self.font(points))
        metrics = QFontMetricsF(painter.font(), self.writer)
        for part in self._parts(chart, metrics):
            height = chart_height(part, metrics)
            self.need(height + self.line)
            paint_chart(painter, QRectF(0, self.y, self.width * width, height), part)
            self.y += height + self.line
        painter.restore()

    def _parts(self, chart: Chart, metrics: QFontMetricsF) -> list[Chart]:
        """``chart``, or the parts of it that each fit on a page."""
        if chart.vertical or chart_height(chart, metrics) + self.line <= self.bottom:
            return [chart]
        per_page = len(chart.bars)
        while per_page > 1 and (
            chart_height(
                dataclasses.replace(
                    chart,
                    bars=chart.bars[:per_page],
                    earlier=None if chart.earlier is None else chart.earlier[:per_page],
                ),
                metrics,
            )
            + self.line
            > self.bottom
        ):
            per_page -= 1
        parts = []
        for start in range(0, len(chart.bars), per_page):
            stop = start + per_page
            parts.append(
                dataclasses.replace(
                    chart,
                    title=chart.title
                    if start == 0
                    else f"{chart.title} ({start + 1}–{min(stop, len(chart.bars))})",
                    bars=chart.bars[start:stop],
                    earlier=None if chart.earlier is None else chart.earlier[start:stop],
                    # the same scale on every page, so the bars compare across pages
                    scale=chart.scale or _largest(chart),
                )
            )
        return parts


def _largest(chart: Chart) -> float:
    values = [value for _, value in chart.bars]
    values += [value for value in chart.earlier or () if value is not None]
    return max(values, default=0) or 1


def hyphenated(metrics: QFontMetricsF, text: str, width: float) -> str:
    """``text`` with each word too wide for ``width`` broken at its soft hyphens (shown as
    "-" at the end of the line), and the other soft hyphens left out: Qt's text drawing
    does not break at them itself."""
    if SOFT_HYPHEN not in text:
        return text
    words = []
    for word in text.split(" "):
        plain = word.replace(SOFT_HYPHEN, "")
        if SOFT_HYPHEN not in word or metrics.horizontalAdvance(plain) <= width:
            words.append(plain)
            continue
        first, *parts = word.split(SOFT_HYPHEN)
        lines, current = [], first
        for part in parts:
            if metrics.horizontalAdvance(current + part + "-") <= width:
                current += part
            else:
                lines.append(current + "-")
                current = part
        words.append("\n".join([*lines, current]))
    return " ".join(words)
