"""Small widgets shared by the screens and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Columns sized to their contents look at this many rows, not at every row of a long list.
RESIZE_ROWS = 40


class FieldError(QLabel):
    """The message shown right under a field whose input was refused; hidden when empty."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{field_name}")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setAccessibleName(self.tr("Error message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def screen_title(text: str = "") -> QLabel:
    """The large bold title at the top of a screen."""
    title = QLabel(text)
    title.setObjectName("screenTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    return title


def empty_state(text: str) -> QLabel:
    """What a list shows instead of an empty table: what it is for and what to do first."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setStyleSheet("background: palette(base); border: 1px solid palette(mid); padding: 16px;")
    return label
