"""What a widget writes when it paints: the texts, as a person would read them off the screen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


@contextmanager
def drawn_texts() -> Iterator[list[str]]:
    """Every text any painter draws inside the ``with`` block, in the order drawn."""
    seen: list[str] = []
    original = QPainter.drawText

    def spy(painter: QPainter, *args: Any) -> Any:
        text = next((a for a in reversed(args) if isinstance(a, str)), None)
        if text is not None:
            seen.append(text)
        return original(painter, *args)

    QPainter.drawText = spy  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def painted_texts(widget: QWidget) -> list[str]:
    """The texts ``widget`` draws when it paints itself whole (lines split apart)."""
    with drawn_texts() as seen:
        widget.grab()
    return [line for text in seen for line in text.split("\n")]
