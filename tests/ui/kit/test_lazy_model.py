"""Tests for housedesk.ui.kit.lazy_model: a table that fetches its rows a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from housedesk.ui.kit.lazy_model import LazyTableModel
from housedesk.ui.kit.table_model import Column, FilterProxy, RowRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str


ITEMS = [Item(n, f"item {n:03}") for n in range(1, 451)]

COLUMNS = [
    Column[Item]("Number", lambda r: str(r.id), align_right=True),
    Column[Item]("Name", lambda r: r.name),
]


class Source:
    """Pages of ``ITEMS`` in the model's order, keyset style; remembers what it was asked."""

    def __init__(self) -> None:
        self.items = list(ITEMS)
        self.asked: list[tuple[int | None, int]] = []
        self.model: LazyTableModel[Item] | None = None

    def __call__(self, after: Item | None, limit: int) -> list[Item]:
        assert self.model is not None
        self.asked.append((None if after is None else after.id, limit))
        _column, order = self.model.sorted_by
        ordered = sorted(
            self.items, key=lambda i: i.id, reverse=order == Qt.SortOrder.DescendingOrder
        )
        start = 0 if after is None else ordered.index(after) + 1
        return ordered[start : start + limit]


def make_model(page_size: int = 200) -> tuple[LazyTableModel[Item], Source]:
    source = Source()
    model = LazyTableModel(COLUMNS, source, page_size=page_size)
    source.model = model
    model.reload()
    return model, source


def ids(model: LazyTableModel[Item]) -> list[int]:
    return [model.index(row, 0).data(RowRole).id for row in range(model.rowCount())]


def test_it_holds_one_page_until_asked_for_more() -> None:
    model, source = make_model()
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert source.asked == [(None, 200), (200, 200)]
    model.fetchMore(QModelIndex())
    assert ids(model) == list(range(1, 451))
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert len(source.asked) == 3


def test_it_passes_the_model_checks_on_a_page_after_more_and_when_complete(
    qtmodeltester,
) -> None:
    model, _source = make_model(page_size=100)
    qtmodeltester.check(model)  # Qt's tester itself fetches more
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() == 450


def test_a_last_page_that_is_exactly_full_asks_once_more_and_stops() -> None:
    model, source = make_model(page_size=150)
    for _ in range(3):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    assert source.asked[-1] == (450, 150)


def test_cells_show_text_and_align_numbers_right() -> None:
    model, _source = make_model()
    assert model.index(0, 1).data() == "item 001"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.row_at(2) == ITEMS[2]


def test_sorting_starts_again_from_the_first_page_in_the_new_order(qtmodeltester) -> None:
    model, source = make_model()
    model.fetchMore(QModelIndex())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.sorted_by == (0, Qt.SortOrder.DescendingOrder)
    assert ids(model) == list(range(450, 250, -1))
    asked = len(source.asked)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # the same order: nothing to fetch
    model.sort(5, Qt.SortOrder.AscendingOrder)  # no such column
    assert len(source.asked) == asked
    qtmodeltester.check(model)


def test_refresh_fetches_as_many_rows_as_are_shown_and_reload_one_page() -> None:
    model, source = make_model()
    model.fetchMore(QModelIndex())
    source.items[0] = Item(1, "renamed")
    model.refresh()
    assert model.rowCount() == 400 and model.index(0, 1).data() == "renamed"
    assert model.canFetchMore(QModelIndex())
    model.reload()
    assert model.rowCount() == 200


def test_nothing_is_fetched_before_the_first_load() -> None:
    source = Source()
    model = LazyTableModel(COLUMNS, source, page_size=200)
    source.model = model
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.asked == [] and model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_the_view_fetches_more_when_scrolled_to_the_end_through_the_proxy(
    qtbot: QtBot, qtmodeltester
) -> None:
    model, _source = make_model(page_size=50)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 50
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 50)
    assert proxy.rowCount() == model.rowCount()
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the header asks the model, not the proxy
    assert proxy.index(0, 0).data() == "450"
    qtmodeltester.check(proxy)
