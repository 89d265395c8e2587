"""Gemeente's tables: the files read, the houses against a year earlier with their totals,
every counted house-period, and the houses missing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from housedesk.exchange import aggregate as agg
from housedesk.exchange.aggregate import FileOutcome, MissingHouse
from housedesk.exchange.comparison import Comparison, HouseYear
from housedesk.exchange.reader import HouseSummary
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP
from housedesk.ui.kit.table_model import Column, Index, R, RowTableModel
from housedesk.ui.municipality.texts import (
    NONE,
    change_text,
    count_text,
    hours_text,
    percent_text,
    points_text,
    status_text,
    yes_no,
)


class EmphasisTableModel(RowTableModel[R]):
    """A ``RowTableModel`` with rows in bold (``bold``), and rows that stay below all
    others however the table is sorted (``pinned``: the totals)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        bold: Callable[[R], bool] | None = None,
        pinned: Callable[[R], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent=parent)
        self._bold = bold
        self._pinned = pinned
        self._descending = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._descending = order == Qt.SortOrder.DescendingOrder
        super().sort(column, order)

    def _sort_key(self, column: int) -> Callable[[R], Any]:
        key = super()._sort_key(column)
        pinned = self._pinned
        if pinned is None:
            return key
        descending = self._descending  # reversed afterwards: the pinned rows must stay last
        return lambda row: (pinned(row) != descending, key(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and self._bold is not None
            and index.isValid()
            and index.row() < self.rowCount()
            and self._bold(self.row_at(index.row()))
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


# --------------------------------------------------------------------------- the files

#: The files sorted by status: what needs a question to a house first.
STATUS_ORDER = {agg.REJECTED: 0, agg.SUPERSEDED: 1, agg.DUPLICATE: 2, agg.COUNTED: 3}

FILE_COLUMNS = [
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "File"), lambda o: o.file, context="Gemeente"
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "House"), lambda o: o.house_code or "", context="Gemeente"
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "Period"),
        lambda o: o.period or "",
        sort_key=lambda o: agg.period_order(o.period) if o.period else None,
        context="Gemeente",
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "Status"),
        status_text,
        sort_key=lambda o: (STATUS_ORDER.get(o.status, 9), not o.read_before, o.file.casefold()),
        context="Gemeente",
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "What happened"),
        lambda o: o.messages[0].removeprefix(f"{o.file}: ") if o.messages else "",
        tooltip=lambda o: "\n".join(o.messages),
        context="Gemeente",
    ),
]


# --------------------------------------------------------------------------- a year earlier


@dataclass(frozen=True)
class YearRow:
    """A row of the houses against a year earlier: a house, or one of the totals."""

    code: str
    name: str
    comparison: Comparison
    approved: bool | None = None
    total: bool = False

    @classmethod
    def of(cls, house: HouseYear) -> YearRow:
        return cls(house.house_code, house.house_name, house, house.summary.approved)


def _before(row: YearRow, get: Callable[[Any], float | None]) -> float | None:
    before = row.comparison.before
    return get(before) if before is not None else None


YEAR_COLUMNS = [
    Column[YearRow](QT_TRANSLATE_NOOP("Gemeente", "House"), lambda r: r.code, context="Gemeente"),
    Column[YearRow](QT_TRANSLATE_NOOP("Gemeente", "Name"), lambda r: r.name, context="Gemeente"),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Visitors"),
        lambda r: count_text(r.comparison.now.visitors),
        sort_key=lambda r: r.comparison.now.visitors,
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Visitors a year earlier"),
        lambda r: count_text(_before(r, lambda f: f.visitors)),
        sort_key=lambda r: _before(r, lambda f: f.visitors),
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Change"),
        lambda r: change_text(r.comparison.visitors_change),
        sort_key=lambda r: r.comparison.visitors_change,
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Occupancy"),
        lambda r: percent_text(r.comparison.now.occupancy),
        sort_key=lambda r: r.comparison.now.occupancy,
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "A year earlier"),
        lambda r: percent_text(_before(r, lambda f: f.occupancy)),
        sort_key=lambda r: _before(r, lambda f: f.occupancy),
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Difference"),
        lambda r: points_text(r.comparison.occupancy_points),
        sort_key=lambda r: r.comparison.occupancy_points,
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Community share"),
        lambda r: percent_text(r.comparison.now.community_share),
        sort_key=lambda r: r.comparison.now.community_share,
        align_right=True,
        context="Gemeente",
    ),
    Column[YearRow](
        QT_TRANSLATE_NOOP("Gemeente", "Approved"),
        lambda r: NONE if r.approved is None else yes_no(r.approved),
        context="Gemeente",
    ),
]


# --------------------------------------------------------------------------- all periods

OVERVIEW_COLUMNS = [
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "House"), lambda s: s.house_code, context="Gemeente"
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Name"), lambda s: s.house_name, context="Gemeente"
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Period"),
        lambda s: s.period,
        sort_key=lambda s: agg.period_order(s.period),
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Sessions"),
        lambda s: count_text(s.sessions),
        sort_key=lambda s: s.sessions,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Visitors"),
        lambda s: count_text(s.visitors),
        sort_key=lambda s: s.visitors,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Hours used"),
        lambda s: hours_text(s.used_hours),
        sort_key=lambda s: s.used_hours,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Occupancy"),
        lambda s: percent_text(s.occupancy),
        sort_key=lambda s: s.occupancy,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Community hours"),
        lambda s: hours_text(s.community_hours),
        sort_key=lambda s: s.community_hours,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Activities (new)"),
        lambda s: f"{count_text(s.activities)} ({count_text(s.new_activities)})",
        sort_key=lambda s: s.activities,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Approved"),
        lambda s: yes_no(s.approved),
        context="Gemeente",
    ),
    Column[HouseSummary](  # which houses run an old housedesk
        QT_TRANSLATE_NOOP("Gemeente", "App version"),
        lambda s: s.app_version,
        context="Gemeente",
    ),
]


# --------------------------------------------------------------------------- missing


MISSING_COLUMNS = [
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "Quarter"), lambda m: m.period, context="Gemeente"
    ),
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "House"), lambda m: m.house_code, context="Gemeente"
    ),
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "Name"), lambda m: m.house_name, context="Gemeente"
    ),
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "Gap"),
        lambda m: (
            QCoreApplication.translate("Gemeente", "latest quarter")
            if m.latest
            else QCoreApplication.translate("Gemeente", "older")
        ),
        context="Gemeente",
    ),
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "Last received"),
        lambda m: m.last_sent or QCoreApplication.translate("Gemeente", "nothing yet"),
        context="Gemeente",
    ),
]
