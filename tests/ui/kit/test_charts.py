"""Tests for housedesk.ui.kit.charts: bars with a value a year earlier beside each."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from housedesk.ui.kit import charts
from housedesk.ui.kit.charts import NO_VALUE, Chart, chart_height, paint_chart


def metrics_of(image: QImage) -> QFontMetricsF:
    painter = QPainter(image)
    metrics = QFontMetricsF(painter.font(), image)
    painter.end()
    return metrics


def test_a_chart_with_a_year_earlier_says_both_and_grows_with_its_bars(qapp) -> None:
    plain = Chart("Bezoekers", [("De Berch", 120.0), ("De Heide", 80.0)])
    paired = Chart(
        "Bezoekers",
        [("De Berch", 120.0), ("De Heide", 80.0)],
        earlier=[100.0, None],
        legend=("2026-Q3", "2025-Q3"),
    )
    assert paired.description() == (
        f"De Berch: 2026-Q3 120, 2025-Q3 100; De Heide: 2026-Q3 80, 2025-Q3 {NO_VALUE}"
    )
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    metrics = metrics_of(image)
    assert chart_height(paired, metrics) > chart_height(plain, metrics)
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, 600, chart_height(paired, metrics)), paired)
    painter.end()
    assert image.pixelColor(0, 0) == Qt.GlobalColor.white  # painted, within its area


def test_a_larger_value_a_year_earlier_sets_the_scale() -> None:
    assert charts._top(Chart("x", [("a", 10.0)], earlier=[40.0])) == 40.0
    assert charts._top(Chart("x", [("a", 10.0)], earlier=[None])) == 10.0
