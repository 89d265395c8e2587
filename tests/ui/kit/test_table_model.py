"""Tests for housedesk.ui.kit.table_model: the shared row model and its filtering proxy."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from housedesk.ui.kit.table_model import Column, FilterProxy, RowRole, RowTableModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    capacity: int | None
    active: bool


COLUMNS = [
    Column[Item]("Name", lambda r: r.name),
    Column[Item](
        "Capacity",
        lambda r: "" if r.capacity is None else str(r.capacity),
        sort_key=lambda r: -1 if r.capacity is None else r.capacity,
        align_right=True,
    ),
]

ROWS = [
    Item(1, "Grote zaal", 120, True),
    Item(2, "Keuken", 12, True),
    Item(3, "Oude gymzaal", None, False),
    Item(4, "Vergaderkamer", 9, True),
]


def make_model() -> RowTableModel[Item]:
    model = RowTableModel(COLUMNS, dimmed=lambda r: not r.active)
    model.set_rows(ROWS)
    return model


def test_the_model_passes_qts_model_checks(qtmodeltester) -> None:
    qtmodeltester.check(make_model())


def test_the_proxy_passes_qts_model_checks(qtmodeltester) -> None:
    proxy = FilterProxy()
    proxy.setSourceModel(make_model())
    proxy.set_search("zaal")
    qtmodeltester.check(proxy)


def test_cells_show_text_and_align_numbers_right() -> None:
    model = make_model()
    assert model.index(0, 0).data() == "Grote zaal"
    assert model.index(2, 1).data() == ""
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(3, 1).data(RowRole) == ROWS[3]


def test_numbers_sort_as_numbers() -> None:
    proxy = FilterProxy()
    proxy.setSourceModel(make_model())
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(r).id for r in range(4)] == [3, 4, 2, 1]


def test_search_matches_every_word_in_any_column_case_insensitively() -> None:
    proxy = FilterProxy()
    proxy.setSourceModel(make_model())
    proxy.set_search("ZAAL")
    assert {proxy.row_at(r).id for r in range(proxy.rowCount())} == {1, 3}
    proxy.set_search("zaal oude")
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [3]
    proxy.set_search("120")
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [1]


def test_predicates_combine_with_the_search() -> None:
    proxy = FilterProxy()
    proxy.setSourceModel(make_model())
    proxy.set_predicate("active", lambda r: r.active)
    proxy.set_search("zaal")
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [1]
    proxy.set_predicate("active", None)
    assert proxy.rowCount() == 2


def test_replacing_rows_resets_the_search_keys() -> None:
    model = make_model()
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("kerkzaal")
    assert proxy.rowCount() == 0
    model.set_rows([Item(9, "Kerkzaal", 50, True)])
    assert proxy.rowCount() == 1


def test_replacing_one_row_tells_the_views_and_the_search(qtbot) -> None:
    model = make_model()
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("kerkzaal")
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.replace_row(1, Item(2, "Kerkzaal", 50, True))
    assert [index.row() for index in changed.args[:2]] == [1, 1]
    assert [index.column() for index in changed.args[:2]] == [0, 1]
    assert model.index(1, 0).data() == "Kerkzaal"
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [2]


def test_the_row_model_sorts_itself_keeping_persistent_indexes_and_the_order_on_reload() -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = make_model()
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    kitchen = QPersistentModelIndex(model.index(1, 0))  # a selection, say
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert [proxy.row_at(r).id for r in range(4)] == [1, 2, 4, 3]  # empty capacity last
    assert kitchen.row() == 1 and kitchen.data() == "Keuken"
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert kitchen.data() == "Keuken" and kitchen.row() == 1
    model.set_rows([*ROWS, Item(5, "Biljartzaal", 20, True)])
    assert model.row_at(0).name == "Biljartzaal"  # new rows come in sorted


def test_sorting_passes_the_model_checks(qtmodeltester) -> None:
    model = make_model()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
