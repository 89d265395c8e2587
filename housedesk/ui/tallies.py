"""Tellingen: every held session with its counts, filtered, totalled and corrected.

The list shows one period at a time (this quarter unless chosen otherwise),
filtered by room, activity, kind of user, target group, "not counted" and the
search text; the totals are those of what is shown. However long the period,
only the rows scrolled to are fetched, a page at a time, and the database
filters, sorts and adds up. Editing a row corrects its count; a
correction after the day the count was entered is kept with its history,
which the dialog shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from housedesk.common.codes import TargetGroup, UserKind
from housedesk.common.times import format_span
from housedesk.core.tallies import counts as tallies
from housedesk.core.tallies.counts import TallyRow, TallySort
from housedesk.db import Database
from housedesk.ui.kit import clock
from housedesk.ui.kit.background import Task
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import PeriodPicker, list_date, qdate, qdatetime
from housedesk.ui.kit.fields import NumberField
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, problem_text
from housedesk.ui.kit.lazy_model import LazyTableModel
from housedesk.ui.kit.list_screen import ListScreen
from housedesk.ui.kit.messages import confirm_over_capacity
from housedesk.ui.kit.table_model import Column
from housedesk.ui.kit.widgets import RESIZE_ROWS, content_widths, fit_widths


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


COLUMNS = [
    Column[TallyRow](
        QT_TRANSLATE_NOOP("Tallies", "Date"),
        lambda r: list_date(r.date),
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


#: What each column sorts by, in the order of ``COLUMNS``.
SORTS = [
    TallySort.DATE,
    TallySort.TIME,
    TallySort.ROOM,
    TallySort.ACTIVITY,
    TallySort.USER,
    TallySort.VISITORS,
    TallySort.VOLUNTEERS,
    TallySort.CORRECTED,
]


#: The room and activity filters show at least this many characters of a name.
CHOICE_CHARACTERS = 16
#: Widest a column gets when sized to its contents; longer text is cut off with "…".
MAX_COLUMN_WIDTH = 220


class ChoiceBox(QComboBox):
    """A filter: "everything" or one of many (id, name) choices, filled in one call."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self._keys: list[int | None] = []

    def set_choices(self, everything: str, choices: list[tuple[int, str]]) -> None:
        """Offer "everything" and ``choices`` in their order; keep the choice if it is there."""
        chosen = self.chosen()
        self.blockSignals(True)
        self.clear()
        self._keys = [None, *(key for key, _ in choices)]
        self.addItems([everything, *(name for _, name in choices)])
        self.setCurrentIndex(self._keys.index(chosen) if chosen in self._keys else 0)
        self.blockSignals(False)

    def chosen(self) -> int | None:
        """The id chosen, or ``None`` for everything."""
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None


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
            f"{QLocale().toString(qdate(row.date), 'dddd d MMMM yyyy')}, "
            f"{format_span(row.start_min, row.end_min)}"
        )
        self.visitors = NumberField(0, tallies.MAX_COUNT, optional=True)
        self.visitors.setValue(row.visitors)
        self.volunteers = NumberField(0, tallies.MAX_COUNT, optional=True)
        self.volunteers.setValue(row.volunteers)
        self.add_field("visitors", self.tr("&Visitors:"), self.visitors)
        self.add_field("volunteers", self.tr("V&olunteers:"), self.volunteers)
        self.add_note(self.tr("Leave a field empty if nobody counted (that is not the same as 0)."))
        self.history = QLabel(self._history_text())
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.form.addRow(self.tr("Earlier corrections:"), self.history)
        self.visitors.setFocus()
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
                .replace(
                    "%1",
                    QLocale().toString(qdatetime(when.replace(tzinfo=None)), "d MMM yyyy HH:mm"),
                )
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
            perform(
                Change.COUNTS | Change.SESSIONS,
                lambda: tallies.record_count(
                    self.db,
                    self.row.booking_id,
                    counts["visitors"],
                    counts["volunteers"],
                    today=self.today(),
                ),
                self,
            )
        except tallies.OverCapacity as over:
            if not confirm_over_capacity(self, problem_text(over.problems[0])):
                raise
            perform(
                Change.COUNTS | Change.SESSIONS,
                lambda: tallies.record_count(
                    self.db,
                    self.row.booking_id,
                    today=self.today(),
                    allow_over_capacity=True,
                    **counts,
                ),
                self,
            )


class TalliesScreen(ListScreen):
    """All held sessions of a period with their counts; Enter corrects one.

    The rows come a page at a time, filtered and sorted by the database; the
    totals of what is shown are added up in a worker thread, so a long period
    opens as fast as a short one and the window never waits for the sums.
    """

    #: The totals label shows the sums of the current filters.
    totals_shown = Signal()

    model: LazyTableModel[TallyRow]  # the ListScreen's model, as given below

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        self.db = db
        self.today = today
        self.period = PeriodPicker(today)
        self.period.choice.setCurrentIndex(PeriodPicker.THIS_QUARTER)
        self.has_sessions = False
        self.summary: tallies.TallySummary | None = None
        self._summing: Task | None = None
        self._sized = False
        model: LazyTableModel[TallyRow] = LazyTableModel(
            COLUMNS,
            self._fetch,
            page_size=tallies.PAGE_SIZE,
            sorted_by=(0, Qt.SortOrder.DescendingOrder),
        )
        super().__init__(
            self.tr("Tallies"),
            model,
            None,
            self.tr(
                "No held sessions in this period.\n\nChoose another period above, or count "
                "sessions on the Today screen."
            ),
            parent,
            kinds=Change.SESSIONS | Change.COUNTS | Change.ROOMS | Change.PEOPLE | Change.DAY,
        )
        model.setParent(self)
        self.new_button.hide()
        self.search.setPlaceholderText(self.tr("Search activity, user or room (Ctrl+F)"))
        self.edit_button.setText(self.tr("&Correct…"))

        self.room = ChoiceBox(self.tr("Room"))
        self.activity = ChoiceBox(self.tr("Activity"))
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
        self.add_filter(self.period)
        for box in (self.room, self.activity):  # long names must not push the others away
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(CHOICE_CHARACTERS)
        self.add_filter_row(self.room, self.activity, self.kind, self.group, self.uncounted)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.actions_bar.insertWidget(self.actions_bar.count() - 1, self.totals)
        self.count_label.hide()

        self.period.changed.connect(self._period_changed)
        self.room.currentIndexChanged.connect(self._filters_changed)
        self.activity.currentIndexChanged.connect(self._filters_changed)
        self.kind.currentIndexChanged.connect(self._filters_changed)
        self.group.currentIndexChanged.connect(self._filters_changed)
        self.uncounted.toggled.connect(self._filters_changed)
        self.reloaded.connect(self._count)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.dialog: CorrectionDialog | None = None

    def query(self) -> tallies.TallyQuery:
        """What the filters, the search field and the sorted column ask for."""
        first_day, last_day = self.period.days() or (None, None)
        column, order = self.model.sorted_by
        return tallies.TallyQuery(
            first_day,
            last_day,
            room_id=self.room.chosen(),
            activity_id=self.activity.chosen(),
            user_kind=self.kind.currentData(),
            target_group=self.group.currentData(),
            only_uncounted=self.uncounted.isChecked(),
            search=self.search.text(),
            sort=SORTS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def _fetch(self, after: TallyRow | None, limit: int) -> list[TallyRow]:
        return tallies.tally_page(self.db, self.query(), after, limit)

    def _fill_choices(self) -> None:
        """Offer the rooms and activities that occur in the period, keeping the choices."""
        days = self.period.days() or (None, None)
        rooms = tallies.rooms_held_in(self.db, *days)
        self.has_sessions = bool(rooms)
        self.room.set_choices(self.tr("All rooms"), rooms)
        activities = tallies.activities_held_in(self.db, *days)
        self.activity.set_choices(self.tr("All activities"), activities)

    def _period_changed(self) -> None:
        if not self.freshness.stale:
            self._fill_choices()
            self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        if not self.freshness.stale:
            self.model.reload()
            self._count()

    def search_changed(self, text: str) -> None:
        self._filters_changed()

    def is_empty(self) -> bool:
        return not self.has_sessions

    @property
    def counting(self) -> bool:
        """Whether the totals of what is shown are still being added up."""
        return self._summing is not None

    def _count(self) -> None:
        """Add up what is shown in a worker thread; the label is dimmed until it is done.

        A sum still running for earlier filters is stopped: only the last one counts.
        """
        if self._summing is not None:
            self._summing.cancel()
        query, db = self.query(), self.db  # the worker touches no widget
        task = Task.reporting(lambda progress: tallies.tally_summary(db, query, progress), self)
        task.done.connect(lambda summary: self._show_totals(task, summary))
        task.failed.connect(lambda error: self._count_failed(task, error))
        self._summing = task
        self.totals.setEnabled(False)
        task.start()

    def _show_totals(self, task: Task, summary: tallies.TallySummary) -> None:
        if task is not self._summing:
            return
        self._summing = None
        self.summary = summary
        self.totals.setEnabled(True)
        total = summary.shown
        locale = QLocale()
        self.totals.setText(
            self.tr("%1 sessions · %2 visitors · %3 volunteers · %4 not counted")
            .replace("%1", locale.toString(total.sessions))
            .replace("%2", locale.toString(total.visitors))
            .replace("%3", locale.toString(total.volunteers))
            .replace("%4", locale.toString(total.sessions - total.counted))
        )
        self.totals_shown.emit()

    def _count_failed(self, task: Task, error: BaseException) -> None:
        if task is self._summing:
            raise error

    def refresh(self) -> None:
        """Read the period afresh, with the filters chosen by then (first shown, or changed)."""
        self.period.refresh_labels()
        self._fill_choices()
        self.reload()
        if not self._sized:
            self._sized = True
            self._size_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._summing is not None and self._summing.progress.cancelling:
            self._count()

    def _size_columns(self) -> None:
        """Fit the columns to their titles and the first rows' texts, within a maximum."""
        header = self.table.horizontalHeader()
        rows = self.model.rows()[:RESIZE_ROWS]
        widths = content_widths(self.table, [column.text for column in self.model.columns], rows)
        wanted = [min(width + 12, MAX_COLUMN_WIDTH) for width in widths]
        room = self.table.viewport().width() - self.table.verticalScrollBar().sizeHint().width()
        for column, width in enumerate(fit_widths(wanted, room, keep=(0, 1))):  # date, time
            header.resizeSection(column, width)

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop adding up for a list nobody sees; it starts again when the list shows."""
        super().hideEvent(event)
        if self._summing is not None:
            self._summing.cancel()

    def edit_row(self, row: Any) -> None:
        self.dialog = CorrectionDialog(self.db, row, self.today, self)
        self.dialog.accepted.connect(lambda: self.reload(lambda r: r.booking_id == row.booking_id))
        self.dialog.open()
