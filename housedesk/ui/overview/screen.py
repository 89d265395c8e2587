"""Overzicht: how the house was used in a month, quarter, year or any range, against last year.

The board looks at this screen at its meeting: the key figures with last year's
value and the difference beside each, the charts, the activities by visitors,
the sessions still without a count, and a button that writes the same as a PDF
report for the minutes (in the background, with its progress and a Cancel
button). The figures are ``housedesk.core.board.review``'s, which are the export's; the
charts are painted by ``review_charts`` (the report draws the same).

The figures of a busy house take a moment to work out, so the screen shows at
once, says it is working them out, and fills them in from a background task
(``loaded`` is emitted then); a newer range's figures replace an older
request, whose result is dropped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.codes import ActivityType, BookingStatus
from housedesk.common.outputs import OutputError
from housedesk.common.periods import Period, quarter_of
from housedesk.common.times import format_span
from housedesk.core import installation
from housedesk.core.agenda import bookings as agenda
from housedesk.core.board import choices
from housedesk.core.board.review import (
    ActivityRow,
    PendingSession,
    Review,
    UncountedSession,
    review,
)
from housedesk.core.tallies import counts
from housedesk.db import Database
from housedesk.ui.kit import clock
from housedesk.ui.kit.background import Progress, ProgressDialog, Task
from housedesk.ui.kit.changes import Change, Freshness, perform
from housedesk.ui.kit.charts import ChartView
from housedesk.ui.kit.dates import (
    RangeChoice,
    format_date,
    list_date,
)
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, file_error_text
from housedesk.ui.kit.table_model import Column, FilterProxy, RowTableModel
from housedesk.ui.kit.widgets import (
    RESIZE_ROWS,
    Selection,
    content_widths,
    empty_state,
    read_only_table,
    screen_title,
)
from housedesk.ui.overview.texts import (
    CONTEXT,
    KeyRow,
    charts,
    comparison_title,
    completeness_text,
    count_text,
    decimal_text,
    definition_lines,
    key_rows,
    month_end,
    past_planned_text,
    range_name,
    review_title,
    target_group_note,
)

KEY_COLUMNS = [
    Column[KeyRow](QT_TRANSLATE_NOOP("Overview", "Figure"), lambda r: r.label, context=CONTEXT),
    Column[KeyRow](
        QT_TRANSLATE_NOOP("Overview", "This period"),
        lambda r: r.now_text,
        sort_key=lambda r: r.now,
        align_right=True,
        context=CONTEXT,
    ),
    Column[KeyRow](
        QT_TRANSLATE_NOOP("Overview", "A year earlier"),
        lambda r: r.before_text,
        sort_key=lambda r: r.before,
        align_right=True,
        context=CONTEXT,
    ),
    Column[KeyRow](
        QT_TRANSLATE_NOOP("Overview", "Difference"),
        lambda r: r.difference_text,
        sort_key=lambda r: r.difference,
        align_right=True,
        context=CONTEXT,
    ),
]

ACTIVITY_COLUMNS = [
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "Activity"), lambda r: r.name, context=CONTEXT
    ),
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "User"), lambda r: r.user_name, context=CONTEXT
    ),
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "Type"),
        lambda r: code_label(r.type, ActivityType),
        context=CONTEXT,
    ),
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "New"),
        lambda r: "✓" if r.is_new else "",
        sort_key=lambda r: r.is_new,
        context=CONTEXT,
    ),
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "Sessions"),
        lambda r: count_text(r.sessions_held),
        sort_key=lambda r: r.sessions_held,
        align_right=True,
        context=CONTEXT,
    ),
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "Hours"),
        lambda r: decimal_text(r.hours),
        sort_key=lambda r: r.minutes,
        align_right=True,
        context=CONTEXT,
    ),
    Column[ActivityRow](
        QT_TRANSLATE_NOOP("Overview", "Visitors"),
        lambda r: count_text(r.visitors),
        sort_key=lambda r: r.visitors,
        align_right=True,
        context=CONTEXT,
    ),
]

UNCOUNTED_COLUMNS = [
    Column[UncountedSession](
        QT_TRANSLATE_NOOP("Overview", "Date"),
        lambda r: list_date(r.date),
        sort_key=lambda r: (r.date, r.start_min),
        context=CONTEXT,
    ),
    Column[UncountedSession](
        QT_TRANSLATE_NOOP("Overview", "Time"),
        lambda r: format_span(r.start_min, r.end_min),
        context=CONTEXT,
    ),
    Column[UncountedSession](
        QT_TRANSLATE_NOOP("Overview", "Room"), lambda r: r.room_name, context=CONTEXT
    ),
    Column[UncountedSession](
        QT_TRANSLATE_NOOP("Overview", "Activity"), lambda r: r.activity_name, context=CONTEXT
    ),
]


def table(model: QAbstractItemModel, name: str, accessible: str) -> QTableView:
    view = read_only_table(model, name, accessible, selection=Selection.ExtendedSelection)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def size_columns(view: QTableView, model: RowTableModel[Any]) -> int:
    """Fit the columns to their titles and the first rows' texts, measured once per fill;
    the width the whole table wants.

    Qt's resize-to-contents measured again at every layout, asking the model for
    every role of every sampled cell: a third of a second on the stress house.
    """
    rows = model.rows()[:RESIZE_ROWS]
    widths = content_widths(view, [column.text for column in model.columns], rows)
    header = view.horizontalHeader()
    for column, width in enumerate(widths[:-1]):  # the last one takes the room that is left
        header.resizeSection(column, width + 12)
    return sum(width + 12 for width in widths) + 2 * view.frameWidth()


def fit_rows(view: QTableView, rows: int, most: int) -> None:
    """Make ``view`` as tall as ``rows`` rows (at most ``most``): the page scrolls, not it."""
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += view.verticalHeader().defaultSectionSize() * max(1, min(rows, most))
    view.setFixedHeight(height + 2)


# --------------------------------------------------------------------------- choosing the range


class RangePicker(RangeChoice):
    """This or last month, quarter or year, or from–to; ``days()`` gives the range chosen."""

    (
        THIS_MONTH,
        LAST_MONTH,
        THIS_QUARTER,
        LAST_QUARTER,
        THIS_YEAR,
        LAST_YEAR,
        CUSTOM,
    ) = range(7)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        label = QCoreApplication.translate("RangePicker", "&Period:")
        super().__init__(today, "range", 7, label, parent)
        self.refresh_labels()
        self.choice.setCurrentIndex(self.LAST_QUARTER)
        self._show_range(False)
        self.choice.currentIndexChanged.connect(
            lambda index: self._show_range(index == self.CUSTOM)
        )

    def ranges(self) -> dict[int, tuple[dt.date, dt.date]]:
        """The ranges behind the choices, counted from today."""
        today = self._today()
        month = today.replace(day=1)
        last_month = (month - dt.timedelta(days=1)).replace(day=1)
        quarter = quarter_of(today)
        year = Period(today.year)
        return {
            self.THIS_MONTH: (month, month_end(month)),
            self.LAST_MONTH: (last_month, month_end(last_month)),
            self.THIS_QUARTER: (quarter.first_day, quarter.last_day),
            self.LAST_QUARTER: (quarter.previous().first_day, quarter.previous().last_day),
            self.THIS_YEAR: (year.first_day, year.last_day),
            self.LAST_YEAR: (year.previous().first_day, year.previous().last_day),
        }

    def refresh_labels(self) -> None:
        templates = {
            self.THIS_MONTH: self.tr("This month (%1)"),
            self.LAST_MONTH: self.tr("Last month (%1)"),
            self.THIS_QUARTER: self.tr("This quarter (%1)"),
            self.LAST_QUARTER: self.tr("Last quarter (%1)"),
            self.THIS_YEAR: self.tr("This year (%1)"),
            self.LAST_YEAR: self.tr("Last year (%1)"),
        }
        for index, (first, last) in self.ranges().items():
            self.choice.setItemText(index, templates[index].replace("%1", range_name(first, last)))
        self.choice.setItemText(self.CUSTOM, self.tr("From … to …"))

    def days(self) -> tuple[dt.date, dt.date]:
        chosen = self.ranges().get(self.choice.currentIndex())
        if chosen is not None:
            return chosen
        return self._range

    def set_range(self, first: dt.date, last: dt.date) -> None:
        """Show ``first``–``last`` as typed dates, without announcing it."""
        for field in (self.first, self.last):
            field.blockSignals(True)
        self.last.setMinimum(first)
        self.first.setValue(first)
        self.last.setValue(last)
        for field in (self.first, self.last):
            field.blockSignals(False)
        self._range = (first, last)


# --------------------------------------------------------------------------- settling


class SettleDialog(FormDialog):
    """A past session still planned: held (with its visitors) or not taken place (and why)."""

    def __init__(
        self, db: Database, session: PendingSession, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("SettleDialog", "Settle a session"), parent)
        self.db = db
        self.session = session
        self.today = today
        self.settled = False
        what = QLabel(
            f"{format_date(session.date)} {format_span(session.start_min, session.end_min)}"
            f" · {session.room_name} · {session.activity_name}"
        )
        what.setObjectName("sessionSettled")
        what.setWordWrap(True)
        self.form.addRow(what)
        self.held = QRadioButton(self.tr("It was &held, with this many visitors:"))
        self.held.setObjectName("held")
        self.cancelled = QRadioButton(self.tr("It did &not take place, because:"))
        self.cancelled.setObjectName("cancelled")
        self.held.setChecked(True)
        self.visitors = QLineEdit()
        self.visitors.setPlaceholderText(self.tr("number of visitors, empty if not counted"))
        self.reason = QLineEdit(self.tr("Did not take place"))
        self.form.addRow(self.held)
        self.add_field("visitors", "", self.visitors, self.tr("Visitors"))
        self.form.addRow(self.cancelled)
        self.add_field("reason", "", self.reason, self.tr("Reason"))
        self.visitors.textEdited.connect(lambda _text: self.held.setChecked(True))
        self.reason.textEdited.connect(lambda _text: self.cancelled.setChecked(True))
        self.visitors.setFocus()

    def save(self) -> None:
        booking_id, today = self.session.booking_id, self.today
        if self.held.isChecked():
            visitors = counts.parse_count(self.visitors.text(), "visitors")
            if visitors is None:
                perform(
                    Change.SESSIONS,
                    lambda: agenda.confirm_held(self.db, [booking_id], today=today),
                    self,
                )
            else:
                perform(
                    Change.SESSIONS | Change.COUNTS,
                    lambda: counts.record_count(
                        self.db,
                        booking_id,
                        visitors,
                        None,
                        today=today,
                    ),
                    self,
                )
        else:
            reason = self.reason.text()
            perform(
                Change.SESSIONS,
                lambda: agenda.set_status(
                    self.db, booking_id, BookingStatus.GEANNULEERD, reason, today=today
                ),
                self,
            )
        self.settled = True


# --------------------------------------------------------------------------- the screen


def default_report_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where the report goes, starting in the Documents folder."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Overview", "Save the report as"),
        str(suggested),
        QCoreApplication.translate("Overview", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class RangeReview:
    """A range's review as read in the background; ``request`` tells reloads apart."""

    request: int
    result: Review


def read_review(
    db: Database,
    first_day: dt.date,
    last_day: dt.date,
    request: int,
    progress: Progress,
    today: dt.date | None = None,
) -> RangeReview:
    """The review of ``first_day``–``last_day`` as of ``today`` (run in a background task)."""
    result = review(db, first_day, last_day, today)
    progress.check()
    return RangeReview(request, result)


class OverviewScreen(QWidget):
    """The board's overview of a range of days; ``show_range`` picks one from code."""

    loaded = Signal()  # the chosen range's figures are shown

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = clock.today,
        choose_file: Callable[[QWidget, Path], Path | None] = default_report_path,
        open_file: Callable[[Path], None] = open_in_viewer,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen_overview")
        self.db = db
        self.today = today
        self.choose_file = choose_file
        self.open_file = open_file
        self.review: Review | None = None
        self.task: Task | None = None
        self.loading: Task | None = None
        self._request = 0
        self.report_path: Path | None = None

        title = screen_title(self.tr("Overview"))
        self.picker = RangePicker(today)
        self.report_button = QPushButton(self.tr("Make &report (PDF)…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.setAccessibleName(self.tr("Make a report of this period as a PDF"))
        self.report_button.clicked.connect(self.make_report)
        self.report_status = QLabel()
        self.report_status.setObjectName("reportStatus")
        self.report_status.setWordWrap(True)
        self.report_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addStretch(1)
        top.addWidget(self.report_button)

        self.heading = QLabel()
        self.heading.setObjectName("rangeHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.empty = empty_state("")
        self.empty.setAccessibleName(self.tr("Nothing to show"))

        # The board's choice; the export to the municipality never counts set-up and clean-up.
        self.count_setup = QCheckBox(self.tr("Count set-up and clean-up time as &use"))
        self.count_setup.setObjectName("countSetup")
        self.count_setup.setAccessibleName(self.tr("Count set-up and clean-up time as use"))
        self.count_setup.setToolTip(
            self.tr(
                "Used hours then include the time rooms are taken before and after sessions. "
                "Only in this overview and its report: the export to the municipality always "
                "counts the sessions' own hours."
            )
        )
        self.count_setup.setChecked(choices.counts_setup(db))
        self.count_setup.toggled.connect(self._count_setup_toggled)
        self.key_model = RowTableModel(KEY_COLUMNS, parent=self)
        self.key_view = table(self.key_model, "keyFigures", self.tr("Key figures"))
        self.key_view.horizontalHeader().setStretchLastSection(False)
        self.key_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.key_view.setMaximumWidth(760)

        self.chart_views: dict[str, ChartView] = {}
        for name, _chart in charts(_empty_review(today())):
            self.chart_views[name] = ChartView(name)
        # The months beside the key figures (whose names need the width); the others two by
        # two below.
        beside = QVBoxLayout()
        beside.addWidget(self.chart_views["chart_months"])
        beside.addStretch(1)
        # Side by side where there is room; on a small screen in large text, one below the other.
        key_row = self.key_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        key_row.addWidget(self.key_view, 1, Qt.AlignmentFlag.AlignTop)
        key_row.addSpacing(24)
        key_row.addLayout(beside, 1)
        self._key_width = 0
        chart_grid = QGridLayout()
        chart_grid.setHorizontalSpacing(24)
        chart_grid.setVerticalSpacing(16)
        below = [name for name in self.chart_views if name != "chart_months"]
        self.target_group_note = QLabel(target_group_note())
        self.target_group_note.setObjectName("targetGroupNote")
        self.target_group_note.setWordWrap(True)
        self.target_group_note.setStyleSheet("color: palette(dark);")
        for index, name in enumerate(below):
            row, column = 2 * (index // 2), index % 2
            chart_grid.addWidget(self.chart_views[name], row, column, Qt.AlignmentFlag.AlignTop)
            if name == "chart_target_groups":  # its bars add up to more than the visitors
                chart_grid.addWidget(self.target_group_note, row + 1, column)

        # What each figure counts, as the report prints it: folded away until asked for.
        self.explain_button = QToolButton()
        self.explain_button.setObjectName("explainButton")
        self.explain_button.setText(self.tr("E&xplanation of the figures"))
        self.explain_button.setAccessibleName(self.tr("Explanation of the figures"))
        self.explain_button.setCheckable(True)
        self.explain_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.explain_button.setArrowType(Qt.ArrowType.RightArrow)
        self.explain_button.setAutoRaise(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setMaximumWidth(900)
        self.explanation.hide()
        self.explain_button.toggled.connect(self._show_explanation)

        self.activities = RowTableModel(ACTIVITY_COLUMNS, parent=self)
        self.activity_proxy = FilterProxy(self)
        self.activity_proxy.setSourceModel(self.activities)
        self.activity_view = table(self.activity_proxy, "activities", self.tr("Activities"))
        self.activity_view.setSortingEnabled(True)
        self.activity_view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search the activities"))
        self.search.setPlaceholderText(self.tr("Search an activity, user or type…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.activity_proxy.set_search)

        self.completeness = QLabel()
        self.completeness.setObjectName("completeness")
        self.completeness.setWordWrap(True)
        self.uncounted = RowTableModel(UNCOUNTED_COLUMNS, parent=self)
        self.uncounted_view = table(
            self.uncounted, "uncounted", self.tr("Held sessions without a count")
        )

        self.past_planned_text = QLabel()
        self.past_planned_text.setObjectName("pastPlannedText")
        self.past_planned_text.setWordWrap(True)
        self.past_planned = RowTableModel(UNCOUNTED_COLUMNS, parent=self)
        self.past_planned_view = table(
            self.past_planned, "pastPlanned", self.tr("Past sessions still planned")
        )
        self.past_planned_view.activated.connect(lambda _index: self.settle_current())
        self.settle_button = QPushButton(self.tr("&Settle the selected session…"))
        self.settle_button.setObjectName("settleButton")
        self.settle_button.setToolTip(
            self.tr("Mark it held, with its visitors, or say why it did not take place (Enter)")
        )
        self.settle_button.clicked.connect(lambda: self.settle_current())
        self.settle_dialog: SettleDialog | None = None

        self.content = QWidget()
        self.content.setObjectName("overviewContent")
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 12, 0)
        body.addWidget(self.heading)
        body.addWidget(self.empty)
        self.data = QWidget()
        data = QVBoxLayout(self.data)
        data.setContentsMargins(0, 0, 0, 0)
        data.addWidget(section_label(self.tr("Key figures, against the same days a year earlier")))
        data.addWidget(self.count_setup)
        data.addLayout(key_row)
        data.addWidget(self.explain_button)
        data.addWidget(self.explanation)
        data.addSpacing(12)
        data.addLayout(chart_grid)
        data.addSpacing(12)
        data.addWidget(section_label(self.tr("Activities, most visitors first")))
        data.addWidget(self.search)
        data.addWidget(self.activity_view)
        data.addSpacing(12)
        self.past_planned_box = QWidget()
        planned = QVBoxLayout(self.past_planned_box)
        planned.setContentsMargins(0, 0, 0, 0)
        planned.addWidget(section_label(self.tr("Past sessions still planned")))
        planned.addWidget(self.past_planned_text)
        planned.addWidget(self.past_planned_view)
        settle_row = QHBoxLayout()
        settle_row.addWidget(self.settle_button)
        settle_row.addStretch(1)
        planned.addLayout(settle_row)
        planned.addSpacing(12)
        data.addWidget(self.past_planned_box)
        data.addWidget(section_label(self.tr("Visitor counts")))
        data.addWidget(self.completeness)
        data.addWidget(self.uncounted_view)
        body.addWidget(self.data)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.report_status)
        layout.addWidget(scroll, 1)

        self.setTabOrder(self.picker.choice, self.picker.first)
        self.setTabOrder(self.picker.first, self.picker.last)
        self.setTabOrder(self.picker.last, self.report_button)
        self.setTabOrder(self.report_button, self.count_setup)
        self.setTabOrder(self.count_setup, self.key_view)
        self.setTabOrder(self.key_view, self.explain_button)
        self.setTabOrder(self.explain_button, self.search)
        self.setTabOrder(self.search, self.activity_view)
        self.setTabOrder(self.activity_view, self.past_planned_view)
        self.setTabOrder(self.past_planned_view, self.settle_button)
        self.setTabOrder(self.settle_button, self.uncounted_view)

        self.picker.choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.picker.range_changed.connect(self.reload)
        self._show_working()
        # Started from the event loop: the screen is painted before the worker competes for it.
        QTimer.singleShot(0, self, self.reload)
        self.freshness = Freshness(self, Change.REGISTER | Change.DAY, self.refresh, loaded=True)

    def _count_setup_toggled(self, counted: bool) -> None:
        perform(Change.HOUSE, lambda: choices.set_counts_setup(self.db, counted), self)
        self.reload()

    # -- showing ----------------------------------------------------------------------------

    def _show_explanation(self, shown: bool) -> None:
        self.explain_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if shown:
            self.explanation.setText(
                "".join(
                    f"<p><b>{html.escape(name)}</b>: {html.escape(meaning)}</p>"
                    for name, meaning in definition_lines()
                )
            )
        self.explanation.setVisible(shown)

    def show_range(self, first_day: dt.date, last_day: dt.date) -> None:
        """Show ``first_day``–``last_day`` as a from–to range."""
        self.picker.choice.blockSignals(True)
        self.picker.choice.setCurrentIndex(RangePicker.CUSTOM)
        self.picker.choice.blockSignals(False)
        self.picker._show_range(True)
        self.picker.set_range(first_day, last_day)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The two charts beside the key figures, or below them when there is no room."""
        beside = self.fontMetrics().averageCharWidth() * 40  # a chart's names and bars
        room = self.content.width() >= self._key_width + 24 + beside
        direction = QBoxLayout.Direction.LeftToRight if room else QBoxLayout.Direction.TopToBottom
        if self.key_row.direction() != direction:
            self.key_row.setDirection(direction)

    def refresh(self) -> None:
        """Name the choices after today again and read the figures afresh."""
        self.picker.refresh_labels()
        self.reload()

    def reload(self) -> None:
        """Work out the chosen range's figures in the background; until then, say so."""
        if self.loading is not None:
            self.loading.cancel()  # its result, if it still comes, is dropped
        self._request += 1
        request, db = self._request, self.db
        first_day, last_day = self.picker.days()
        today = self.today()
        self._show_working()
        self.loading = Task.reporting(
            lambda progress: read_review(db, first_day, last_day, request, progress, today), self
        )
        self.loading.done.connect(self._show_review)
        self.loading.failed.connect(self._load_failed)
        self.loading.start()

    def _show_working(self) -> None:
        self.review = None
        self.heading.setText(
            self.tr("Working out the figures of %1 …").replace(
                "%1", range_name(*self.picker.days())
            )
        )
        self.empty.hide()
        self.data.hide()
        self.report_button.setEnabled(False)

    def _load_failed(self, error: BaseException) -> None:
        self.loading = None
        self.heading.clear()
        raise error  # unexpected: logged and shown by the crash reporter

    def _show_review(self, loaded: RangeReview) -> None:
        if loaded.request != self._request:
            return  # an older request: another range was chosen since
        self.loading = None
        result = loaded.result
        self.review = result
        name = review_title(result)
        if result.comparable:
            self.heading.setText(
                self.tr("%1, compared with %2")
                .replace("%1", name)
                .replace("%2", comparison_title(result))
            )
        else:  # a house's first year: a half-registered year would flatter every figure
            self.heading.setText(
                self.tr("%1 (no comparison: registration began after %2)")
                .replace("%1", name)
                .replace("%2", format_date(result.last_year_first_day))
            )
        self.empty.setText(
            self.tr(
                "Nothing was registered for %1: no held or cancelled sessions and no signals. "
                "Choose another period above, or register the sessions and their visitor "
                "counts first (Agenda and Tallies)."
            ).replace("%1", name)
        )
        self.report_button.setEnabled(self._can_report())
        rows = [] if result.is_empty else key_rows(result)
        self.key_model.set_rows(rows)
        size_columns(self.key_view, self.key_model)
        # Wide enough for the longest name of a figure: a name cut short says nothing; the
        # charts beside the table go below it when both do not fit side by side.
        widths = content_widths(self.key_view, [c.text for c in self.key_model.columns], rows)
        # The figures' columns as sized above, and the names' column as wide as its longest.
        others = sum(self.key_view.columnWidth(c) for c in range(1, len(widths)))
        frame = 2 * self.key_view.frameWidth() + 4
        self._key_width = min(self.key_view.maximumWidth(), widths[0] + 16 + others + frame)
        self.key_view.setMinimumWidth(self._key_width)
        self._arrange()
        fit_rows(self.key_view, len(rows), 20)
        for chart_name, chart in charts(result):
            self.chart_views[chart_name].set_chart(chart)
        self.activities.set_rows(result.activities)
        size_columns(self.activity_view, self.activities)
        fit_rows(self.activity_view, len(result.activities), 15)
        self.past_planned.set_rows(result.past_planned)
        size_columns(self.past_planned_view, self.past_planned)
        fit_rows(self.past_planned_view, len(result.past_planned), 8)
        self.past_planned_text.setText(past_planned_text(result))
        self.past_planned_box.setVisible(bool(result.past_planned))
        if result.past_planned and not self.past_planned_view.currentIndex().isValid():
            self.past_planned_view.setCurrentIndex(self.past_planned.index(0, 0))
        self.completeness.setText(completeness_text(result))
        self.uncounted.set_rows(result.uncounted)
        size_columns(self.uncounted_view, self.uncounted)
        self.uncounted_view.setVisible(bool(result.uncounted))
        fit_rows(self.uncounted_view, len(result.uncounted), 10)
        self.empty.setVisible(result.is_empty)
        self.data.setVisible(not result.is_empty)
        self.loaded.emit()

    # -- settling past planned sessions ------------------------------------------------------

    def settle_current(self) -> SettleDialog | None:
        """Open the dialog that settles the selected past planned session."""
        index = self.past_planned_view.currentIndex()
        if not index.isValid() or self.settle_dialog is not None:
            return None
        dialog = SettleDialog(self.db, self.past_planned.row_at(index.row()), self.today(), self)
        self.settle_dialog = dialog
        dialog.finished.connect(lambda _result: self._settled(dialog))
        dialog.open()
        return dialog

    def _settled(self, dialog: SettleDialog) -> None:
        self.settle_dialog = None
        dialog.deleteLater()
        if dialog.settled:
            self.reload()

    # -- the report -------------------------------------------------------------------------

    def make_report(self) -> Task | None:
        """Ask where, then write the report of the range shown in the background and open it."""
        result = self.review
        installed = installation.load(self.db)
        if result is None or result.is_empty or installed is None or installed.house is None:
            return None
        house = installed.house
        name = self.tr("Report %1 %2.pdf").replace("%1", house.code)
        name = name.replace(
            "%2", range_name(result.first_day, result.whole_last_day).replace(" ", "-")
        )
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.choose_file(self, Path(folder) / name.replace("/", "-"))
        if path is None:
            return None
        from housedesk.ui.overview.report import write_report

        first_day, last_day, db = result.first_day, result.whole_last_day, self.db
        today = self.today()
        self.report_button.setEnabled(False)
        self.report_status.setText(self.tr("Writing the report …"))
        self.task = Task.reporting(
            lambda progress: write_report(
                db, first_day, last_day, path, house, today=today, progress=progress
            ),
            self,
        )
        self.task.done.connect(self._report_written)
        self.task.failed.connect(self._report_failed)
        self.task.cancelled.connect(self._report_cancelled)
        ProgressDialog(
            self.task,
            self.tr("Report"),
            self.tr("Writing the report of %1 …").replace("%1", review_title(result)),
            self,
        )
        return self.task.start()

    def _can_report(self) -> bool:
        """A report needs figures shown, with something in them, and no report being written."""
        return self.review is not None and not self.review.is_empty and self.task is None

    def _report_written(self, path: Path) -> None:
        self.task = None
        self.report_path = path
        self.report_button.setEnabled(self._can_report())
        self.report_status.setText(self.tr("Report written: %1").replace("%1", str(path)))
        self.open_file(path)

    def _report_cancelled(self) -> None:
        self.task = None
        self.report_button.setEnabled(self._can_report())
        self.report_status.setText(self.tr("The report was cancelled; nothing was written."))

    def _report_failed(self, error: BaseException) -> None:
        self.task = None
        self.report_button.setEnabled(self._can_report())
        if isinstance(error, OutputError):
            self.report_status.setText(
                self.tr("The report could not be written: %1").replace("%1", file_error_text(error))
            )
            return
        self.report_status.clear()
        raise error  # unexpected: logged and shown by the crash reporter


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _empty_review(day: dt.date) -> Review:
    return Review(day, day, None, None, (), (), (), (), (), (), (), (), ())
