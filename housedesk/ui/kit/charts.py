"""Bar charts, painted with QPainter: one drawing for the screens and the PDF report.

A ``Chart`` is plain data (title, labelled values, how to write a value);
``paint_chart`` draws it into any rectangle of any painter: a widget on the
screen (Overzicht, Gemeente) or a page of the board's report. Every bar
carries its value as text and the bars are outlined and hatched, so the
charts read in black and white and on a grey printer as well as on the
screen. ``ChartView`` is the widget, with an
accessible description that lists every bar for screen readers.

A chart of rows may carry a second value per bar (``earlier``: the same
period a year earlier, say), drawn as a hatched bar under each plain one, with
a legend naming the two; a bar without one says so ("—").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The fill of plain bars: mid grey-blue, which prints as a clear mid grey.
BAR_COLOUR = QColor("#5b8db8")
#: Fills that tell bars apart without colour (a chart of parts of a whole uses them in turn).
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.CrossPattern,
)


def whole_number(value: float) -> str:
    return QLocale().toString(round(value))


@dataclass(frozen=True)
class Chart:
    """A bar chart: ``vertical`` bars stand side by side (months), otherwise they lie in rows."""

    title: str
    bars: Sequence[tuple[str, float]]
    value_text: Callable[[float], str] = whole_number
    vertical: bool = False
    #: Each bar its own fill, for the parts of one whole (community / private / commercial).
    patterned: bool = False
    #: The largest value the bars are measured against (1.0 for shares); the largest bar if None.
    scale: float | None = None
    empty_text: str = field(default="")
    #: A second value per bar (a year earlier), ``None`` where there is none; rows only.
    earlier: Sequence[float | None] | None = None
    #: What the two values of a bar are (``("2026-Q3", "2025-Q3")``), for the legend.
    legend: tuple[str, str] | None = None

    def description(self) -> str:
        if self.earlier is None:
            return "; ".join(f"{label}: {self.value_text(value)}" for label, value in self.bars)
        now, before = self.legend or ("", "")
        return "; ".join(
            f"{label}: {now} {self.value_text(value)}, {before} {self._earlier_text(earlier)}"
            for (label, value), earlier in zip(self.bars, self.earlier, strict=True)
        )

    def _earlier_text(self, value: float | None) -> str:
        return NO_VALUE if value is None else self.value_text(value)


#: What a bar without a value a year earlier shows.
NO_VALUE = "—"


def row_height(metrics: QFontMetricsF) -> float:
    return metrics.height() * 1.6


def chart_height(chart: Chart, metrics: QFontMetricsF) -> float:
    """The height ``chart`` needs at the font of ``metrics``, whatever the width."""
    row = row_height(metrics)
    if chart.vertical:
        return row * 9
    if chart.earlier is not None and chart.bars:
        return row * (PAIR * len(chart.bars) + 1.4 + LEGEND)
    return row * (max(len(chart.bars), 1) + 1.4)


#: The height of a bar with its earlier value, and of the legend, in rows.
PAIR = 1.5
LEGEND = 1.0


def _brush(chart: Chart, index: int, painter: QPainter) -> QBrush:
    if not chart.patterned:
        return QBrush(BAR_COLOUR)
    style = PATTERNS[index % len(PATTERNS)]
    colour = BAR_COLOUR if style == Qt.BrushStyle.SolidPattern else painter.pen().color()
    return QBrush(colour, style)


def paint_chart(painter: QPainter, area: QRectF, chart: Chart) -> None:
    """Draw ``chart`` inside ``area`` with the painter's font and pen colour."""
    painter.save()
    metrics = QFontMetricsF(painter.font(), painter.device())
    row = row_height(metrics)
    title_font = painter.font()
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), row),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        chart.title,
    )
    painter.restore()
    painter.save()
    body = QRectF(area.left(), area.top() + row * 1.2, area.width(), area.height() - row * 1.2)
    if not chart.bars:
        painter.drawText(
            body, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, chart.empty_text
        )
    elif chart.vertical:
        _paint_columns(painter, body, chart, metrics)
    elif chart.earlier is not None:
        _paint_pairs(painter, body, chart, metrics)
    else:
        _paint_rows(painter, body, chart, metrics)
    painter.restore()


def _top(chart: Chart) -> float:
    values = [value for _, value in chart.bars]
    values += [value for value in chart.earlier or () if value is not None]
    return chart.scale or max(values, default=0) or 1


def _paint_pairs(painter: QPainter, body: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    """Rows of two bars: the value (plain) over the value a year earlier (hatched)."""
    assert chart.earlier is not None
    row = row_height(metrics)
    gap = metrics.height() * 0.5
    pen = painter.pen()
    plain = QBrush(BAR_COLOUR)
    hatched = QBrush(pen.color(), Qt.BrushStyle.BDiagPattern)
    # the legend: a swatch and the name of each value
    x = body.left()
    for brush, name in zip((plain, hatched), chart.legend or ("", ""), strict=True):
        swatch = QRectF(x, body.top() + row * 0.25, row * 0.9, row * 0.5)
        painter.fillRect(swatch, brush)
        painter.setPen(QPen(pen.color(), 0))
        painter.drawRect(swatch)
        painter.setPen(pen)
        x = swatch.right() + gap * 0.6
        width = metrics.horizontalAdvance(name) + gap
        painter.drawText(
            QRectF(x, body.top(), width, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        x += width + gap * 2
    texts = [chart.value_text(v) for _, v in chart.bars]
    texts += [chart._earlier_text(v) for v in chart.earlier]
    label_width = min(
        max(metrics.horizontalAdvance(label) for label, _ in chart.bars) + gap,
        body.width() * 0.4,
    )
    value_width = max(metrics.horizontalAdvance(text) for text in texts) + gap
    room = max(body.width() - label_width - value_width - gap, 10)
    top = _top(chart)
    half = row * PAIR / 2
    for index, ((label, value), earlier) in enumerate(zip(chart.bars, chart.earlier, strict=True)):
        y = body.top() + row * LEGEND + row * PAIR * index
        painter.drawText(
            QRectF(body.left(), y, label_width - gap, row * PAIR),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - gap),
        )
        for offset, amount, brush in ((0.0, value, plain), (half, earlier, hatched)):
            if amount is None:
                length = 0.0
            else:
                length = room * min(max(amount, 0) / top, 1)
                bar = QRectF(
                    body.left() + label_width, y + offset + half * 0.12, length, half * 0.76
                )
                painter.fillRect(bar, brush)
                painter.setPen(QPen(pen.color(), 0))
                painter.drawRect(bar)
                painter.setPen(pen)
            painter.drawText(
                QRectF(
                    body.left() + label_width + length + gap * 0.6, y + offset, value_width, half
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                chart.value_text(amount) if amount is not None else NO_VALUE,
            )


def _paint_rows(painter: QPainter, body: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    row = row_height(metrics)
    gap = metrics.height() * 0.5
    label_width = min(
        max(metrics.horizontalAdvance(label) for label, _ in chart.bars) + gap,
        body.width() * 0.4,
    )
    value_width = max(metrics.horizontalAdvance(chart.value_text(v)) for _, v in chart.bars) + gap
    room = max(body.width() - label_width - value_width - gap, 10)
    top = _top(chart)
    pen = painter.pen()
    for index, (label, value) in enumerate(chart.bars):
        y = body.top() + row * index
        painter.drawText(
            QRectF(body.left(), y, label_width - gap, row),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - gap),
        )
        length = room * min(max(value, 0) / top, 1)
        bar = QRectF(body.left() + label_width, y + row * 0.15, length, row * 0.7)
        painter.fillRect(bar, _brush(chart, index, painter))
        painter.setPen(QPen(pen.color(), 0))
        painter.drawRect(bar)
        painter.setPen(pen)
        painter.drawText(
            QRectF(bar.right() + gap * 0.6, y, value_width, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            chart.value_text(value),
        )


def _paint_columns(painter: QPainter, body: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    row = row_height(metrics)
    count = len(chart.bars)
    slot = body.width() / count
    plot_top = body.top() + row
    plot_bottom = body.bottom() - row * 1.2
    top = _top(chart)
    pen = painter.pen()
    painter.drawLine(
        QRectF(body.left(), plot_bottom, body.width(), 0).topLeft(),
        QRectF(body.left(), plot_bottom, body.width(), 0).topRight(),
    )
    for index, (label, value) in enumerate(chart.bars):
        x = body.left() + slot * index
        height = (plot_bottom - plot_top) * min(max(value, 0) / top, 1)
        width = min(slot * 0.6, metrics.height() * 4)
        bar = QRectF(x + (slot - width) / 2, plot_bottom - height, width, height)
        painter.fillRect(bar, _brush(chart, index, painter))
        painter.setPen(QPen(pen.color(), 0))
        painter.drawRect(bar)
        painter.setPen(pen)
        painter.drawText(
            QRectF(x, bar.top() - row, slot, row),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            metrics.elidedText(chart.value_text(value), Qt.TextElideMode.ElideRight, slot),
        )
        painter.drawText(
            QRectF(x, plot_bottom + row * 0.1, slot, row),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, slot),
        )


class ChartView(QWidget):
    """One chart on the screen; ``set_chart`` replaces what it shows."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.chart = Chart("", ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.description() or chart.empty_text)
        self.setToolTip(chart.description().replace("; ", "\n"))
        self.setFixedHeight(int(chart_height(chart, QFontMetricsF(self.font())) + 8))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self.palette().text().color())
        paint_chart(painter, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.chart)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
