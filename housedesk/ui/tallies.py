"""Tellingen: every held session with its counts, filtered, totalled and corrected.

The list shows one period at a time (this quarter unless chosen otherwise) and
filters in memory by room, kind of user, target group and "not counted"; the
totals are those of what is shown. Editing a row corrects its count; a
correction after the day the count was entered is kept with its history,
which the dialog shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from housedesk import tallies
from housedesk.codes import TargetGroup, UserKind
from housedesk.db import Database
from housedesk.tallies import TallyRow
from housedesk.times import format_span
from housedesk.ui.dates import PeriodPicker, format_date
from housedesk.ui.forms import FormDialog
from housedesk.ui.i18n import code_label, problem_text
from housedesk.ui.list_screen import ListScreen
from housedesk.ui.messages import Messages
from housedesk.ui.table_model import Column, RowTableModel


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


COLUMNS = [
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Date"),
        lambda r: format_date(r.date),
        sort_key=lambda r: (r.date, r.start_min),
        context="Tallies",
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Time"),
        lambda r: format_span(r.start_min, r.end_min),
        context="Tallies",
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Room"), lambda r: r.room_name, context="Tallies"
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Activity"), lambda r: r.activity_name, context="Tallies"
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "User"), lambda r: r.user_name, context="Tallies"
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Visitors"),
        lambda r: _count(r.visitors),
        sort_key=lambda r: r.visitors,
        align_right=True,
        context="Tallies",
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Volunteers"),
        lambda r: _count(r.volunteers),
        sort_key=lambda r: r.volunteers,
        align_right=True,
        context="Tallies",
    ),
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Corrected"),
        lambda r: "✓" if r.corrections else "",
        sort_key=lambda r: r.corrections,
        context="Tallies",
    ),
]


def fill_choices(combo: QComboBox, everything: str, choices: set[tuple[int, str]]) -> None:
    """Refill a filter with "everything" and ``choices`` (id, name) by name; keep the choice."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for key, name in sorted(choices, key=lambda choice: choice[1].casefold()):
        combo.addItem(name, key)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


class CorrectionDialog(FormDialog):
    """Correct the counts of one held session; shows the corrections made before."""

    def __init__(
        self,
        db: Database,
        row: TallyRow,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Correct the count"), parent)
        self.db = db
        self.row = row
        self.today = today
        self.add_note(
            f"{row.activity_name} — {row.room_name}\n"
            f"{QLocale().toString(row.date, 'dddd d MMMM yyyy')}, "
            f"{format_span(row.start_min, row.end_min)}"
        )
        self.visitors = QLineEdit(_count(row.visitors))
        self.volunteers = QLineEdit(_count(row.volunteers))
        self.add_field("visitors", self.tr("&Visitors:"), self.visitors)
        self.add_field("volunteers", self.tr("V&olunteers:"), self.volunteers)
        self.add_note(self.tr("Leave a field empty if nobody counted (that is not the same as 0)."))
        self.history = QLabel(self._history_text())
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.form.addRow(self.tr("Earlier corrections:"), self.history)
        self.visitors.selectAll()

    def _history_text(self) -> str:
        revisions = tallies.history(self.db, self.row.booking_id)
        if not revisions:
            return self.tr("none")
        names = {"visitors": self.tr("visitors"), "volunteers": self.tr("volunteers")}
        lines = []
        for revision in revisions:
            when = revision.changed_at.replace(tzinfo=dt.UTC).astimezone()
            lines.append(
                self.tr("%1: %2 from %3 to %4")
                .replace("%1", QLocale().toString(when.replace(tzinfo=None), "d MMM yyyy HH:mm"))
                .replace("%2", names[revision.field])
                .replace("%3", _count(revision.old_value) or "—")
                .replace("%4", _count(revision.new_value) or "—")
            )
        return "\n".join(lines)

    def save(self) -> None:
        counts = tallies.parse_counts(
            {"visitors": self.visitors.text(), "volunteers": self.volunteers.text()}
        )
        try:
            tallies.record_count(self.db, self.row.booking_id, today=self.today(), **counts)
        except tallies.OverCapacity as over:
            if not Messages.confirm(
                self,
                self.tr("More visitors than the room holds"),
                problem_text(over.problems[0]),
                self.tr("Yes, save it"),
            ):
                raise
            tallies.record_count(
                self.db,
                self.row.booking_id,
                today=self.today(),
                allow_over_capacity=True,
                **counts,
            )


class TalliesScreen(ListScreen):
    """All held sessions of a period with their counts; Enter corrects one."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.db = db
        self.today = today
        model: RowTableModel[TallyRow] = RowTableModel(
            COLUMNS,
            search_text=lambda r: f"{r.activity_name} {r.user_name} {r.room_name}",
        )
        self.period = PeriodPicker(today)
        self.period.choice.setCurrentIndex(PeriodPicker.THIS_QUARTER)
        super().__init__(
            self.tr("Tallies"),
            model,
            self._load,
            self.tr(
                "No held sessions in this period.\n\nChoose another period above, or count "
                "sessions on the Today screen."
            ),
            parent,
        )
        model.setParent(self)
        self.new_button.hide()
        self.search.setPlaceholderText(self.tr("Search activity, user or room (Ctrl+F)"))
        self.edit_button.setText(self.tr("&Correct…"))

        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Room"))
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Activity"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of user"))
        self.kind.addItem(self.tr("All kinds of user"), None)
        for kind in UserKind:
            self.kind.addItem(code_label(kind), kind)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Target group"))
        self.group.addItem(self.tr("All target groups"), None)
        for group in TargetGroup:
            self.group.addItem(code_label(group), group.value)
        self.uncounted = QCheckBox(self.tr("Only &not counted"))
        self.uncounted.setAccessibleName(self.tr("Only not counted"))
        for widget in (
            self.period,
            self.room,
            self.activity,
            self.kind,
            self.group,
            self.uncounted,
        ):
            self.add_filter(widget)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.actions_bar.insertWidget(self.actions_bar.count() - 1, self.totals)
        self.count_label.hide()

        self.period.changed.connect(self.reload)
        self.room.currentIndexChanged.connect(self._filters_changed)
        self.activity.currentIndexChanged.connect(self._filters_changed)
        self.kind.currentIndexChanged.connect(self._filters_changed)
        self.group.currentIndexChanged.connect(self._filters_changed)
        self.uncounted.toggled.connect(self._filters_changed)
        self.proxy.modelReset.connect(self._show_totals)
        self.proxy.layoutChanged.connect(self._show_totals)
        self.proxy.rowsInserted.connect(self._show_totals)
        self.proxy.rowsRemoved.connect(self._show_totals)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.dialog: CorrectionDialog | None = None
        self.reload()

    def _load(self) -> list[TallyRow]:
        days = self.period.days()
        rows = tallies.list_tallies(self.db, *(days or (None, None)))
        self._fill_rooms(rows)
        return rows

    def _fill_rooms(self, rows: list[TallyRow]) -> None:
        """Offer the rooms and activities that occur in the period, keeping the choices."""
        fill_choices(
            self.room,
            self.tr("All rooms"),
            {(r.room_id, r.room_name) for r in rows},
        )
        fill_choices(
            self.activity,
            self.tr("All activities"),
            {(r.activity_id, r.activity_name) for r in rows},
        )

    def _filters_changed(self, *_args: object) -> None:
        room, kind, group = (
            self.room.currentData(),
            self.kind.currentData(),
            self.group.currentData(),
        )
        activity = self.activity.currentData()
        self.proxy.set_predicate("room", None if room is None else (lambda r: r.room_id == room))
        self.proxy.set_predicate(
            "activity", None if activity is None else (lambda r: r.activity_id == activity)
        )
        self.proxy.set_predicate("kind", None if kind is None else (lambda r: r.user_kind == kind))
        self.proxy.set_predicate(
            "group", None if group is None else (lambda r: group in r.target_groups)
        )
        self.proxy.set_predicate(
            "uncounted", (lambda r: not r.counted) if self.uncounted.isChecked() else None
        )
        self._show_totals()

    def shown_rows(self) -> list[TallyRow]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def _show_totals(self, *_args: object) -> None:
        total = tallies.totals(self.shown_rows())
        locale = QLocale()
        self.totals.setText(
            self.tr("%1 sessions · %2 visitors · %3 volunteers · %4 not counted")
            .replace("%1", locale.toString(total.sessions))
            .replace("%2", locale.toString(total.visitors))
            .replace("%3", locale.toString(total.volunteers))
            .replace("%4", locale.toString(total.sessions - total.counted))
        )

    def edit_row(self, row: Any) -> None:
        self.dialog = CorrectionDialog(self.db, row, self.today, self)
        self.dialog.accepted.connect(lambda: self.reload(lambda r: r.booking_id == row.booking_id))
        self.dialog.open()
