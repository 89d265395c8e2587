"""Table models over plain rows, and a proxy that filters them as the user types.

A screen declares its columns once (title, how to show a row's value, how to
sort it); ``RowTableModel`` shows a list of frozen dataclass rows fetched by
the core, and ``FilterProxy`` filters them on search text and on the screen's
own predicates and has the row model sort itself by any column. Rows are
plain values, never live ORM objects, so a model never touches the database.
Lists too long to load at once use ``lazy_model.LazyTableModel`` instead, with
the same columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

R = TypeVar("R")

#: The role that gives a cell's sort key (numbers sort as numbers, empty last).
SortRole = Qt.ItemDataRole.UserRole + 1
#: The role that gives the whole row object, whatever the column.
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: ``title`` is a translation source in ``context``."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    context: str = "columns"
    tooltip: Callable[[R], str] | None = None


def cell_data(column: Column[R], row: R, role: int) -> Any:
    """What a cell of ``column`` in ``row`` says for ``role``: its text, row, alignment, tooltip."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(row)
    if role == RowRole:
        return row
    if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
        return column.tooltip(row)
    return None


def header_data(
    columns: Sequence[Column[Any]], rows: int, section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """A column's translated title, or a row's number, for ``role`` (display only)."""
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    if orientation == Qt.Orientation.Horizontal and 0 <= section < len(columns):
        column = columns[section]
        return QCoreApplication.translate(column.context, column.title)
    if orientation == Qt.Orientation.Vertical and 0 <= section < rows:
        return str(section + 1)
    return None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of rows; replace them all with ``set_rows``."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        search_text: Callable[[R], str] | None = None,
        dimmed: Callable[[R], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []
        self._search: list[str] = []
        self._search_text = search_text
        self._dimmed = dimmed
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows`` instead, in the order the table is sorted by (if any)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            column, order = self._sorted_by
            self._rows.sort(
                key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
            )
        self._search = [self._search_key(row) for row in self._rows]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python with one key per row (far cheaper than Qt comparing cells)."""
        if not 0 <= column < len(self.columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = self._sort_key(column)
        positions = sorted(
            range(len(self._rows)),
            key=lambda i: key(self._rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_row_of = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[i] for i in positions]
        self._search = [self._search[i] for i in positions]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_row_of[i.row()], i.column()) for i in old_indexes],
        )
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[R], Any]:
        spec = self.columns[column]
        if spec.sort_key is None:
            return lambda row: spec.text(row).casefold()
        sort_key = spec.sort_key
        # Empty values sort first, whatever the type of the others.
        return lambda row: (0, 0) if (k := sort_key(row)) is None else (1, _sortable(k))

    def replace_row(self, position: int, row: R) -> None:
        """Show ``row`` instead of the one at ``position`` (its place stays, sorted or not)."""
        self._rows[position] = row
        self._search[position] = self._search_key(row)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def search_key(self, row: int) -> str:
        """The lower-cased text that a search matches against for ``row``."""
        return self._search[row]

    def _search_key(self, row: R) -> str:
        if self._search_text is not None:
            return self._search_text(row).casefold()
        return " ".join(column.text(row) for column in self.columns).casefold()

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == SortRole:
            key = column.sort_key(row) if column.sort_key else column.text(row).casefold()
            return _sortable(key)
        if role == Qt.ItemDataRole.FontRole and self._dimmed is not None and self._dimmed(row):
            font = QFont()
            font.setItalic(True)
            return font
        return cell_data(column, row, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self.columns, len(self._rows), section, orientation, role)


def _sortable(key: Any) -> Any:
    """A sort key Qt can compare (a column's keys must be of one type; None sorts first)."""
    return int(key) if isinstance(key, bool) else key


class FilterProxy(QSortFilterProxyModel):
    """Filters a ``RowTableModel`` by text and predicates; sorting is the source model's own.

    Over a model that filters itself (a ``LazyTableModel``) it passes every row.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self._predicates: dict[str, Callable[[Any], bool]] = {}

    def set_search(self, text: str) -> None:
        """Keep the rows that contain every word of ``text`` (case-insensitive)."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        """Add, replace or (with ``None``) remove a named filter on the row objects."""
        self.beginFilterChange()
        if predicate is None:
            self._predicates.pop(name, None)
        else:
            self._predicates[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        if self._words:
            haystack = model.search_key(source_row)
            if not all(word in haystack for word in self._words):
                return False
        if self._predicates:
            row = model.row_at(source_row)
            return all(predicate(row) for predicate in self._predicates.values())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort itself; this proxy keeps its order and only filters."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(RowRole)
