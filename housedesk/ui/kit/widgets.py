"""Small widgets shared by the screens and dialogs."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QWidget,
)

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


class FieldWarning(FieldError):
    """A warning right under a field: the input may be saved, but should be looked at again."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field_name, parent)
        self.setObjectName(f"warning_{field_name}")
        self.setStyleSheet("color: #7a4a00;")  # dark amber: not the red of a refusal
        self.setAccessibleName(self.tr("Warning"))


Selection = QAbstractItemView.SelectionMode


def read_only_table(
    model: QAbstractItemModel,
    name: str,
    accessible: str = "",
    *,
    sortable: bool = False,
    selection: QAbstractItemView.SelectionMode = Selection.SingleSelection,
    whole_rows: bool = True,
    striped: bool = False,
    wrap: bool = True,
    row_numbers: bool = False,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive,
    stretch_last: bool = True,
) -> QTableView:
    """A table the person reads and picks from; changing happens in a dialog, never in a cell.

    ``sortable`` lets a click on a header sort (by the first column at first);
    ``striped`` alternates the rows' colour; ``row_numbers`` keeps the row header.
    """
    view = QTableView()
    view.setObjectName(name)
    if accessible:
        view.setAccessibleName(accessible)
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(
        QAbstractItemView.SelectionBehavior.SelectRows
        if whole_rows
        else QAbstractItemView.SelectionBehavior.SelectItems
    )
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(striped)
    view.setWordWrap(wrap)
    if not row_numbers:
        view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setResizeContentsPrecision(RESIZE_ROWS)
    header.setStretchLastSection(stretch_last)
    return view


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


def fit_widths(
    wanted: Sequence[int], available: int, least: int = 60, keep: Collection[int] = ()
) -> list[int]:
    """Column widths that fit ``available`` pixels by trimming the widest columns evenly.

    Narrow columns (a code, "Yes") keep their width; the wide ones share what is
    left, but never get narrower than ``least``. The columns numbered in ``keep``
    (a date, a time) are never trimmed.
    """
    kept = sum(width for column, width in enumerate(wanted) if column in keep)
    rest = [width for column, width in enumerate(wanted) if column not in keep]
    trimmed = iter(_trim(rest, available - kept, least))
    return [width if column in keep else next(trimmed) for column, width in enumerate(wanted)]


def _trim(wanted: Sequence[int], available: int, least: int) -> list[int]:
    if sum(wanted) <= available:
        return list(wanted)
    remaining = available
    ordered = sorted(wanted)
    cap = least
    for number, width in enumerate(ordered):
        still = len(ordered) - number
        if width * still >= remaining:
            cap = max(remaining // still, least)
            break
        remaining -= width
    return [min(width, cap) for width in wanted]


def content_widths(
    table: QTableView, texts: Sequence[Callable[[Any], str]], rows: Sequence[Any]
) -> list[int]:
    """Each column's width for its title and the ``texts`` of ``rows`` (the first ones shown).

    The texts are measured here rather than by the table, which would ask the
    model for every role of every sampled cell, tens of milliseconds a list.
    """
    metrics = table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    padding = 2 * (margin + 1) + 1  # as the item delegate pads a cell, and the grid line
    header = table.horizontalHeader()
    return [
        max(
            header.sectionSizeHint(number),
            padding + max((metrics.horizontalAdvance(text(row)) for row in rows), default=0),
        )
        for number, text in enumerate(texts)
    ]
