"""A table model that fetches its rows page by page, for lists too long to load at once.

``LazyTableModel`` holds only the rows scrolled to so far. It asks its
``fetch`` function for the first page when (re)loaded, and for the next page
(the rows after the last one it has) when the view scrolls to the end, through
Qt's ``canFetchMore``/``fetchMore``. Filtering and sorting are the fetch
function's business (in SQL, say): clicking a header stores the column and
order and loads again from the first page. Columns are declared as for
``RowTableModel``; their ``sort_key`` is not used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from housedesk.ui.kit.table_model import Column, Index, cell_data, header_data

R = TypeVar("R")

#: ``fetch(after, limit)``: up to ``limit`` rows in order following the row ``after``
#: (``None``: from the start).
Fetch = Callable[[R | None, int], Sequence[R]]


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of rows fetched a page at a time; ``reload`` starts again."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch: Fetch[R],
        *,
        page_size: int,
        sorted_by: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        self.sorted_by = sorted_by
        self._rows: list[R] = []
        self._complete = True
        self._loaded = False
        self._fetching = False

    # -- content ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the first page again (after the filters or the order changed)."""
        self._replace(self.page_size)

    def refresh(self) -> None:
        """Fetch again as many rows as are shown now (after a save), so the place is kept."""
        self._replace(max(len(self._rows), self.page_size))

    def _replace(self, limit: int) -> None:
        rows = list(self._fetch(None, limit))
        self.beginResetModel()
        self._rows = rows
        self._complete = len(rows) < limit
        self._loaded = True
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows in another order: the fetch function reads ``sorted_by``."""
        if not 0 <= column < len(self.columns) or self.sorted_by == (column, order):
            return
        self.sorted_by = (column, order)
        if self._loaded:
            self.reload()

    def rows(self) -> list[R]:
        """The rows fetched so far, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        """Append the next page; a slot that asks for more while rows go in is not heard."""
        if not self.canFetchMore(parent):
            return
        after = self._rows[-1] if self._rows else None
        page = list(self._fetch(after, self.page_size))
        self._complete = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self._fetching = True
            try:
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
            finally:
                self._fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return cell_data(self.columns[index.column()], self._rows[index.row()], role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self.columns, len(self._rows), section, orientation, role)
