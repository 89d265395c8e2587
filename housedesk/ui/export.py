"""Export: the board approves (vaststellen) a quarter or year, and exports it for the municipality.

The screen shows the period's summary as the export will hold it (the same
figures, from ``housedesk.core.board.figures``), the sessions still to settle,
the approval with the volunteer and board counts, and writes the workbook to
a chosen folder in the background, with its progress and a Cancel button.

The figures of a busy house take a moment to work out, so the screen shows
at once, says it is working them out, and fills them in from a background
task (``loaded`` is emitted then); a newer period's figures replace an older
request, whose result is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from housedesk.common import personal
from housedesk.common.codes import BookingStatus
from housedesk.common.periods import Period, quarter_of
from housedesk.common.problems import ValidationError
from housedesk.common.times import format_span
from housedesk.core.board import approval, figures
from housedesk.core.board.approval import ApprovalState, ApprovalWarnings, SessionWarning
from housedesk.core.board.figures import PeriodFigures, RoomFigures
from housedesk.db import Database
from housedesk.exchange import writer
from housedesk.ui.kit.background import Progress, ProgressDialog, Task
from housedesk.ui.kit.changes import Change, Freshness, perform
from housedesk.ui.kit.dates import list_date, qdatetime
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, problem_text
from housedesk.ui.kit.messages import Messages
from housedesk.ui.kit.table_model import Column, RowTableModel
from housedesk.ui.kit.widgets import (
    FieldError,
    Selection,
    read_only_table,
    screen_title,
)

#: How many years back the period list reaches.
YEARS_BACK = 3
#: At most this many reasons for a refused export are listed; the rest are counted.
REASONS_SHOWN = 8


def hours_text(hours: float) -> str:
    return QLocale().toString(hours, "f", 1)


def percent_text(share: float | None) -> str:
    return "—" if share is None else QLocale().toString(share * 100, "f", 0) + " %"


ROOM_COLUMNS = [
    Column[RoomFigures](QT_TRANSLATE_NOOP("Export", "Room"), lambda r: r.name, context="Export"),
    Column[RoomFigures](
        QT_TRANSLATE_NOOP("Export", "Available hours"),
        lambda r: hours_text(r.available_hours),
        sort_key=lambda r: r.available_minutes,
        align_right=True,
        context="Export",
    ),
    Column[RoomFigures](
        QT_TRANSLATE_NOOP("Export", "Used hours"),
        lambda r: hours_text(r.used_hours),
        sort_key=lambda r: r.used.total,
        align_right=True,
        context="Export",
    ),
    Column[RoomFigures](
        QT_TRANSLATE_NOOP("Export", "Occupancy"),
        lambda r: percent_text(r.occupancy),
        sort_key=lambda r: r.occupancy,
        align_right=True,
        context="Export",
    ),
    Column[RoomFigures](
        QT_TRANSLATE_NOOP("Export", "Community"),
        lambda r: hours_text(r.used.community / 60),
        sort_key=lambda r: r.used.community,
        align_right=True,
        context="Export",
    ),
    Column[RoomFigures](
        QT_TRANSLATE_NOOP("Export", "Private"),
        lambda r: hours_text(r.used.private / 60),
        sort_key=lambda r: r.used.private,
        align_right=True,
        context="Export",
    ),
    Column[RoomFigures](
        QT_TRANSLATE_NOOP("Export", "Commercial"),
        lambda r: hours_text(r.used.commercial / 60),
        sort_key=lambda r: r.used.commercial,
        align_right=True,
        context="Export",
    ),
]

WARNING_COLUMNS = [
    Column[SessionWarning](
        QT_TRANSLATE_NOOP("Export", "Date"),
        lambda w: list_date(w.date),
        sort_key=lambda w: (w.date, w.start_min),
        context="Export",
    ),
    Column[SessionWarning](
        QT_TRANSLATE_NOOP("Export", "Time"),
        lambda w: format_span(w.start_min, w.end_min),
        context="Export",
    ),
    Column[SessionWarning](
        QT_TRANSLATE_NOOP("Export", "Room"), lambda w: w.room_name, context="Export"
    ),
    Column[SessionWarning](
        QT_TRANSLATE_NOOP("Export", "Activity"), lambda w: w.activity_name, context="Export"
    ),
    Column[SessionWarning](
        QT_TRANSLATE_NOOP("Export", "To settle"),
        lambda w: to_settle(w),
        context="Export",
    ),
]


def to_settle(warning: SessionWarning) -> str:
    """What is open about a session: still planned, or held without a count."""
    if warning.status == BookingStatus.GEPLAND:
        return QCoreApplication.translate("Export", "Still planned: held or cancelled?")
    return QCoreApplication.translate("Export", "Held, not counted")


def periods_to_offer(today: dt.date) -> list[Period]:
    """Quarters and years of the last few years, newest first; the open quarter last of all."""
    current = quarter_of(today)
    quarters = []
    quarter = current.previous()
    while quarter.year >= today.year - YEARS_BACK:
        quarters.append(quarter)
        quarter = quarter.previous()
    years = [Period(year) for year in range(today.year - 1, today.year - YEARS_BACK - 1, -1)]
    return [*quarters, *years, current]


def refusal_text(refused: ValidationError) -> str:
    """Why the export was refused: every reason on a line of its own (the first few)."""
    lines = [problem_text(problem) for problem in refused.problems[:REASONS_SHOWN]]
    more = len(refused.problems) - REASONS_SHOWN
    if more > 0:
        and_more = QCoreApplication.translate("Export", "… and %1 more.")
        lines.append(and_more.replace("%1", str(more)))
    if any(problem.field == personal.FIELD for problem in refused.problems):
        lines.insert(
            0,
            QCoreApplication.translate(
                "Export",
                "Not exported: these texts would take an e-mail address or phone number out "
                "of the house. Change them on their screens and export again.",
            ),
        )
    return "\n".join(lines)


def table(model: RowTableModel[Any], name: str) -> QTableView:
    return read_only_table(model, name, selection=Selection.ExtendedSelection)


@dataclass(frozen=True)
class PeriodView:
    """What the screen shows of a period, read in one snapshot; ``request`` tells reloads apart."""

    request: int
    period: Period
    figures: PeriodFigures
    state: ApprovalState
    warnings: ApprovalWarnings


def read_period(db: Database, period: Period, request: int, progress: Progress) -> PeriodView:
    """The period's figures, approval and open sessions (run in a background task)."""
    with db.reading() as session:
        period_figures = figures.period_figures(session, period)
        progress.check()
        state = approval.approval_state(session, period)
        warnings = approval.approval_warnings(session, period)
    return PeriodView(request, period, period_figures, state, warnings)


class ReopenDialog(FormDialog):
    """Why the period is reopened; the reason is kept with the approval history."""

    def __init__(self, db: Database, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reopen %1").replace("%1", str(period)), parent)
        self.db = db
        self.period = period
        self.add_note(
            self.tr(
                "A reopened period can be corrected; approve it again afterwards and send the "
                "new export. The reason is kept."
            )
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. a count was wrong"))
        self.add_field("note", self.tr("&Reason:"), self.reason)

    def save(self) -> None:
        reason = self.reason.text()
        perform(
            Change.APPROVALS,
            lambda: approval.reopen_period(self.db, self.period, reason),
            self.parent(),
        )


class ExportScreen(QWidget):
    """Approve a period and export it; the figures are those the municipality receives."""

    loaded = Signal()  # the chosen period's figures are shown

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        choose_folder: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.choose_folder = choose_folder or default_folder_choice
        self.figures: PeriodFigures | None = None
        self.state: ApprovalState | None = None
        self.task: Task | None = None
        self.loading: Task | None = None
        self._request = 0
        self.dialog: ReopenDialog | None = None

        heading = screen_title(self.tr("Export"))
        intro = QLabel(
            self.tr(
                "Choose the quarter (or year), check its figures, settle what is still open, "
                "approve it and export it for the municipality. Contact details never leave "
                "the house; private rentals are exported as “Particuliere verhuur”."
            )
        )
        intro.setWordWrap(True)

        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setAccessibleName(self.tr("Period"))
        for period in periods_to_offer(today()):
            self.period.addItem(str(period), period)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.status = QLabel()
        self.status.setObjectName("approvalStatus")
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(self.status, 1)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rooms = RowTableModel(ROOM_COLUMNS, parent=self)
        self.rooms_view = table(self.rooms, "rooms")
        self.rooms_view.setAccessibleName(self.tr("Hours per room"))
        self.open_sessions = RowTableModel(WARNING_COLUMNS, parent=self)
        self.open_view = table(self.open_sessions, "openSessions")
        self.open_view.setAccessibleName(self.tr("Sessions still to settle"))
        self.open_label = QLabel()
        self.open_label.setObjectName("openLabel")
        self.open_label.setWordWrap(True)

        self.volunteers = QSpinBox()
        self.volunteers.setObjectName("volunteers")
        self.volunteers.setRange(0, 9999)
        self.volunteers.setAccessibleName(self.tr("Active volunteers at the end of the period"))
        self.board = QSpinBox()
        self.board.setObjectName("board")
        self.board.setRange(0, 99)
        self.board.setAccessibleName(self.tr("Board members at the end of the period"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.approval_error = FieldError("period")
        approval_box = QGroupBox(self.tr("Approval by the board"))
        form = QFormLayout(approval_box)
        form.addRow(self.tr("Active &volunteers:"), self.volunteers)
        form.addRow(self.tr("&Board members:"), self.board)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.approval_error)

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Write the workbook for the municipality"))
        self.export_button.clicked.connect(self.export)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export_box = QGroupBox(self.tr("Export"))
        export_row = QHBoxLayout(export_box)
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_status, 1)

        grid = QGridLayout()
        grid.addWidget(self.summary, 0, 0)
        grid.addWidget(approval_box, 0, 1)
        grid.addWidget(self.rooms_view, 1, 0, 1, 2)
        grid.addWidget(self.open_label, 2, 0, 1, 2)
        grid.addWidget(self.open_view, 3, 0, 1, 2)
        grid.addWidget(export_box, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

        self.period.currentIndexChanged.connect(self.reload)
        self._show_working()
        # Started from the event loop: the screen is painted before the worker competes for it.
        QTimer.singleShot(0, self, self.reload)
        self.freshness = Freshness(self, Change.REGISTER | Change.DAY, self.reload, loaded=True)

    def chosen(self) -> Period:
        period: Period = self.period.currentData()
        return period

    def reload(self) -> None:
        """Read the chosen period's figures in the background; until then, say so."""
        if self.loading is not None:
            self.loading.cancel()  # its result, if it still comes, is dropped
        self._request += 1
        request, period, db = self._request, self.chosen(), self.db
        self._show_working()
        self.loading = Task.reporting(
            lambda progress: read_period(db, period, request, progress), self
        )
        self.loading.done.connect(self._show_period)
        self.loading.failed.connect(self._load_failed)
        self.loading.start()

    def _show_working(self) -> None:
        self.summary.setText(
            self.tr("Working out the figures of %1 …").replace("%1", str(self.chosen()))
        )
        self.status.clear()
        self.approve_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.approval_error.clear_message()
        self.export_status.clear()

    def _show_period(self, view: PeriodView) -> None:
        if view.request != self._request:
            return  # an older request: another period was chosen since
        self.loading = None
        self.figures = view.figures
        self.state = view.state
        warnings = view.warnings
        self.rooms.set_rows(self.figures.rooms)
        self.open_sessions.set_rows([*warnings.planned, *warnings.uncounted])
        self.rooms_view.resizeColumnsToContents()
        self.open_view.resizeColumnsToContents()
        self._show_summary()
        self._show_state(len(warnings.planned), len(warnings.uncounted))
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = None
        self.summary.clear()
        raise error  # unexpected: logged and shown by the crash reporter

    def _show_summary(self) -> None:
        assert self.figures is not None
        totals = self.figures.totals
        locale = QLocale()
        self.summary.setText(
            self.tr(
                "Sessions held: %1 (cancelled: %2)\nVisitors: %3\nHours used: %4 of %5 "
                "available (%6)\nActivities: %7, of which new: %8\nSignals: %9"
            )
            .replace("%1", locale.toString(totals.sessions_held))
            .replace("%2", locale.toString(totals.sessions_cancelled))
            .replace("%3", locale.toString(totals.visitors))
            .replace("%4", hours_text(totals.used_hours))
            .replace("%5", hours_text(totals.available_hours))
            .replace("%6", percent_text(totals.occupancy))
            .replace("%7", locale.toString(totals.activities))
            .replace("%8", locale.toString(totals.new_activities))
            .replace("%9", locale.toString(totals.signals))
        )

    def _show_state(self, planned: int, uncounted: int) -> None:
        assert self.state is not None
        state = self.state
        ended = self.chosen().last_day < self.today()
        if state.approved and state.approved_at is not None:
            when = state.approved_at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
            self.status.setText(
                self.tr("Approved on %1").replace(
                    "%1", QLocale().toString(qdatetime(when), "d MMMM yyyy")
                )
            )
        elif not ended:
            self.status.setText(self.tr("Not ended yet: it can be approved once it has ended"))
        else:
            self.status.setText(self.tr("Not approved yet"))
        if state.volunteers is not None:
            self.volunteers.setValue(state.volunteers)
        if state.board_members is not None:
            self.board.setValue(state.board_members)
        self.volunteers.setEnabled(not state.approved)
        self.board.setEnabled(not state.approved)
        self.approve_button.setEnabled(ended and not state.approved)
        self.reopen_button.setEnabled(state.approved)
        if planned or uncounted:
            self.open_label.setText(
                self.tr(
                    "Still to settle before approving: %1 session(s) still planned (held or "
                    "cancelled?), %2 held without a count. Settle them on the Today or "
                    "Tallies screen."
                )
                .replace("%1", str(planned))
                .replace("%2", str(uncounted))
            )
        else:
            self.open_label.setText(self.tr("Every session of this period is settled."))
        self.open_view.setVisible(bool(planned or uncounted))

    def approve(self) -> None:
        period = self.chosen()
        open_count = self.open_sessions.rowCount()
        question = self.tr(
            "Approve %1 with %2 active volunteers and %3 board members? The period is then "
            "locked: changing it needs reopening first."
        )
        if open_count:
            question += "\n\n" + self.tr("%1 session(s) are not settled yet.").replace(
                "%1", str(open_count)
            )
        question = (
            question.replace("%1", str(period))
            .replace("%2", str(self.volunteers.value()))
            .replace("%3", str(self.board.value()))
        )
        if not Messages.confirm(self, self.tr("Approve"), question, self.tr("Approve")):
            return
        try:
            volunteers, board = self.volunteers.value(), self.board.value()
            perform(
                Change.APPROVALS,
                lambda: approval.approve_period(
                    self.db, period, volunteers, board, today=self.today()
                ),
                self,
            )
        except ValidationError as refused:
            self.approval_error.show_message(problem_text(refused.problems[0]))
            return
        self.reload()

    def reopen(self) -> None:
        self.dialog = ReopenDialog(self.db, self.chosen(), self)
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()

    def export(self) -> Task | None:
        """Ask for a folder and write the workbook there in the background; it can be cancelled."""
        folder = self.choose_folder(self)
        if folder is None:
            return None
        period, db = self.chosen(), self.db
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Writing %1 …").replace("%1", str(period)))
        self.task = Task.reporting(
            lambda progress: writer.export_period(db, period, folder, progress=progress), self
        )
        self.task.done.connect(self._exported)
        self.task.failed.connect(self._export_failed)
        self.task.cancelled.connect(self._export_cancelled)
        ProgressDialog(
            self.task,
            self.tr("Export"),
            self.tr("Writing the workbook of %1 …").replace("%1", str(period)),
            self,
        )
        return self.task.start()

    def _exported(self, result: writer.ExportResult) -> None:
        self.export_button.setEnabled(True)
        note = "" if result.approved else " " + self.tr("(not approved yet)")
        self.export_status.setText(self.tr("Written: %1").replace("%1", str(result.path)) + note)

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(self.tr("The export was cancelled; nothing was written."))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.export_status.setText(refusal_text(error))
            return
        self.export_status.clear()
        raise error  # unexpected: logged and shown by the crash reporter


def default_folder_choice(parent: QWidget) -> Path | None:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ExportScreen", "Where should the export go?"), start
    )
    return Path(folder) if folder else None
