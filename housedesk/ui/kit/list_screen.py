"""The common frame of the register screens: a searchable, sortable list with actions.

A screen built on ``ListScreen`` gives it a ``RowTableModel`` and a way to load
its rows from the core, or a ``LazyTableModel`` that fetches its own pages;
the frame adds the title, a search field that filters as you type (Ctrl+F),
the New / Edit / Archive buttons (Ctrl+N, Enter), an empty state that tells a
first-time user what to do, and a count of what is shown. Enter in the search
field opens the one row found, or goes into the list when there are more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.ui.kit.changes import Change, Freshness
from housedesk.ui.kit.commands import Command, add_command
from housedesk.ui.kit.flow import FlowLayout
from housedesk.ui.kit.lazy_model import LazyTableModel
from housedesk.ui.kit.table_model import FilterProxy, RowTableModel
from housedesk.ui.kit.widgets import empty_state, read_only_table, screen_title


class ListScreen(QWidget):
    """A title, a filter bar, a table and its actions; subclasses fill in the rest.

    With a ``LazyTableModel`` (and no ``load``: it fetches its own rows) the
    search field and the filters are the subclass's to apply
    (``search_changed``), and the subclass says when the list is empty
    (``is_empty``).
    """

    #: The rows were reloaded (e.g. after a save).
    reloaded = Signal()

    def __init__(
        self,
        title: str,
        model: RowTableModel[Any] | LazyTableModel[Any],
        load: Callable[[], Sequence[Any]] | None,
        empty_text: str,
        parent: QWidget | None = None,
        *,
        kinds: Change = Change.NONE,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._load = load
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)

        heading = screen_title(title)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.search_changed)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 2)

        self.table = read_only_table(
            self.proxy, "table", title, sortable=True, striped=True, wrap=False
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.activated.connect(lambda _index: self.edit_current())

        self.empty = empty_state(empty_text)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("Add a new one (Ctrl+N)"))
        self.new_button.clicked.connect(self.create_new)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.actions_bar = QHBoxLayout()
        self.actions_bar.addWidget(self.new_button)
        self.actions_bar.addWidget(self.edit_button)
        self.actions_bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.actions_bar.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addLayout(self.filter_bar)
        self._rows_of_filters = 1
        layout.addWidget(self.body, 1)
        layout.addLayout(self.actions_bar)

        add_command(self, Command.NEW, self.create_new)
        add_command(self, Command.FIND, self.focus_search)
        add_command(self, Command.OPEN, self.open_current)
        self.search.returnPressed.connect(self._search_entered)

        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        #: Read when first shown, and again after others changed the ``kinds`` it lists.
        self.freshness = Freshness(self, kinds, self.refresh)

    # -- what subclasses provide ---------------------------------------------------------------

    def create_new(self) -> None:
        """Open the dialog for a new row (subclasses)."""

    def edit_row(self, row: Any) -> None:
        """Open the dialog for ``row`` (subclasses)."""

    def search_changed(self, text: str) -> None:
        """Keep the rows that contain every word of ``text``."""
        self.proxy.set_search(text)

    def is_empty(self) -> bool:
        """Whether there is nothing at all to list (not merely nothing that matches)."""
        return self.model.rowCount() == 0

    # -- behaviour -------------------------------------------------------------------------------

    def put_in_tab(self) -> None:
        """For a list on a tab: the tab says what it is, so no heading of its own, and
        narrower margins."""
        heading = self.findChild(QLabel, "screenTitle")
        if heading is not None:
            heading.hide()
        layout = self.layout()
        assert layout is not None  # laid out in __init__
        layout.setContentsMargins(12, 12, 12, 8)

    def reload(self, select: Callable[[Any], bool] | None = None) -> None:
        """Fetch the rows again; keep (or move) the selection to the row ``select`` picks."""
        current = self.current_row()
        if isinstance(self.model, LazyTableModel):
            self.model.refresh()
        elif self._load is not None:
            self.model.set_rows(self._load())
        if select is None and current is not None:
            key = getattr(current, "id", None)
            select = (lambda row: getattr(row, "id", None) == key) if key is not None else None
        if select is not None:
            self.select_where(select)
        self._update_state()
        self.reloaded.emit()

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for proxy_row in range(self.proxy.rowCount()):
            if predicate(self.proxy.row_at(proxy_row)):
                index = self.proxy.index(proxy_row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def current_row(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.proxy.row_at(index.row())

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_row(row)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_current(self) -> None:
        """Enter from outside the list: open the selected row, or else go into the list."""
        if self.current_row() is not None:
            self.edit_current()
        else:
            self.take_focus_in_list()

    def take_focus_in_list(self) -> None:
        """Put the focus in the list, on its first row when none is selected."""
        if self.current_row() is None and self.proxy.rowCount() > 0:
            self.select_where(lambda _row: True)
        self.table.setFocus()

    def _search_entered(self) -> None:
        # Enter in the search field: the one row found opens; among several, the list takes over.
        if self.proxy.rowCount() == 1:
            self.select_where(lambda _row: True)
            self.edit_current()
        else:
            self.take_focus_in_list()

    def add_filter(self, widget: QWidget) -> None:
        """Put a filter control (combo box, check box) in the bar beside the search field."""
        self.filter_bar.addWidget(widget)

    def add_filter_row(self, *widgets: QWidget) -> None:
        """Put filter controls in a row of their own under the search field (for many filters).

        The row goes on on a second line when the screen is too narrow for it.
        """
        row = FlowLayout()
        for widget in widgets:
            row.addWidget(widget)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        self._rows_of_filters += 1
        layout.insertLayout(self._rows_of_filters, row)  # after the title and the rows before

    def add_action_button(self, button: QPushButton) -> None:
        self.actions_bar.insertWidget(self.actions_bar.count() - 2, button)

    def _update_state(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        empty = self.is_empty()
        self.body.setCurrentWidget(self.empty if empty else self.table)
        if empty:
            self.count_label.clear()
        elif shown == total:
            self.count_label.setText(self.tr("%1 shown").replace("%1", str(total)))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.edit_button.setEnabled(self.current_row() is not None)

    def refresh(self) -> None:
        """Read the list afresh: when it first shows, and after others changed its ``kinds``."""
        self.reload()
