"""A plain horizontal bar chart, painted with QPainter: readable in black and white and large text.

Bars carry their value as text, so nothing depends on colour; the chart has an
accessible description listing every bar for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Labelled horizontal bars; ``set_bars`` replaces them."""

    BAR_COLOUR = QColor("#5b8db8")

    def __init__(
        self,
        title: str,
        value_text: Callable[[float], str] = lambda v: f"{v:g}",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.value_text = value_text
        self.bars: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {self.value_text(value)}" for label, value in self.bars)
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(400, self._row_height() * (len(self.bars) + 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._row_height() * 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(0, metrics.ascent() + 2, self.title)
        painter.setFont(self.font())
        if not self.bars:
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 12, self.width() // 3
        )
        value_width = max(metrics.horizontalAdvance(self.value_text(v)) for _, v in self.bars) + 12
        room = max(self.width() - label_width - value_width, 10)
        top = max(v for _, v in self.bars) or 1
        painter.setPen(QPen(self.palette().text().color()))
        for index, (label, value) in enumerate(self.bars):
            y = row * (index + 1) + 4
            painter.drawText(
                QRectF(0, y, label_width - 8, row - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            length = room * max(value, 0) / top
            painter.fillRect(QRectF(label_width, y + 2, length, row - 8), self.BAR_COLOUR)
            painter.drawRect(QRectF(label_width, y + 2, length, row - 8))
            painter.drawText(
                QRectF(label_width + length + 6, y, value_width, row - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(value),
            )
