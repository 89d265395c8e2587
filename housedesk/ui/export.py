"""Export: the board approves (vaststellen) a quarter or year, and exports it for the municipality.

The screen shows the period's summary as the export will hold it (the same
figures, from ``housedesk.core.board.figures``), the sessions still to settle,
the approval with the volunteer and board counts and the board's remarks
(toelichting), every text that will leave the house, and writes the workbook
to a chosen folder in the background, with its progress and a Cancel button.

The board writes its remarks at the meeting and approves afterwards: "Save"
keeps the remarks and counts without approving (they survive a restart), and
approving keeps them with the approval; an approved period's are read-only
until it is reopened. A period without counts of its own shows those of the
latest earlier period, as a proposal to check. While the remarks are typed,
the screen says when they are too long or hold what looks like personal data
(``housedesk.common.personal``'s scan, the one the export uses): such remarks
are not approved or exported. Remarks typed and not yet saved are kept per
period while the app runs, and the screen says they are not saved yet.

The tab "Texts to the municipality" lists every free text of the export
(``housedesk.exchange.outgoing``), the remarks as they are being typed
included, with what looks like personal data marked, so that the board sees
what leaves the house before it approves.

The figures of a busy house take a moment to work out, so the screen shows
at once, says it is working them out, and fills them in from a background
task (``loaded`` is emitted then); a newer period's figures replace an older
request, whose result is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.common import personal
from housedesk.common.codes import BookingStatus
from housedesk.common.periods import Period, quarter_of
from housedesk.common.personal import Found
from housedesk.common.problems import CONTEXT, Problem, ValidationError
from housedesk.common.times import format_span
from housedesk.core.board import approval, figures
from housedesk.core.board.approval import ApprovalState, ApprovalWarnings, SessionWarning
from housedesk.core.board.figures import PeriodFigures, RoomFigures
from housedesk.db import Database
from housedesk.exchange import outgoing, writer
from housedesk.exchange.outgoing import LeavingText, Place
from housedesk.ui.kit.background import Progress, ProgressDialog, Task
from housedesk.ui.kit.changes import Change, Freshness, perform
from housedesk.ui.kit.dates import format_date, list_date, qdatetime
from housedesk.ui.kit.fields import FieldWatch
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, problem_text
from housedesk.ui.kit.messages import Messages
from housedesk.ui.kit.table_model import Column, Index, RowTableModel
from housedesk.ui.kit.widgets import (
    FieldError,
    FieldWarning,
    Selection,
    read_only_table,
    screen_title,
)

# The fields of the approval a refusal may name.
APPROVAL_FIELDS = ("remarks", "volunteers", "board_members", "period")
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


def where_text(text: LeavingText) -> str:
    """Where a text that leaves stands, as the board knows it: "Room R1", "Remarks of the board"."""
    translate = QCoreApplication.translate
    if text.place is Place.HOUSE_NAME:
        return translate("Export", "Name of the house")
    if text.place is Place.VILLAGE:
        return translate("Export", "Village")
    if text.place is Place.ROOM:
        return translate("Export", "Room %1").replace("%1", text.code)
    if text.place is Place.ACTIVITY:
        return translate("Export", "Activity %1").replace("%1", text.code)
    day = format_date(text.date) if text.date is not None else ""
    if text.place is Place.SIGNAL_THEME:
        return translate("Export", "Signal of %1: theme").replace("%1", day)
    if text.place is Place.SIGNAL_TEXT:
        return translate("Export", "Signal of %1: text").replace("%1", day)
    return translate("Export", "Remarks of the board")


def one_line(text: str) -> str:
    """A text of several lines on one line, the lines separated by " / "."""
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class TextRow:
    """A text that leaves the house, and the first thing in it that looks like personal data."""

    text: LeavingText
    found: Found | None

    @classmethod
    def of(cls, text: LeavingText) -> TextRow:
        found = text.findings()
        return cls(text, found[0] if found else None)


def finding_text(row: TextRow) -> str:
    """What the personal-data scan found in a text that leaves: "a phone number: 06-…"; or ""."""
    if row.found is None:
        return ""
    return QCoreApplication.translate(CONTEXT, row.found.what) + ": " + row.found.text


TEXT_COLUMNS = [
    Column[TextRow](
        QT_TRANSLATE_NOOP("Export", "Where"), lambda r: where_text(r.text), context="Export"
    ),
    Column[TextRow](
        QT_TRANSLATE_NOOP("Export", "Text"),
        lambda r: one_line(r.text.text),
        context="Export",
        tooltip=lambda r: r.text.text,
    ),
    Column[TextRow](QT_TRANSLATE_NOOP("Export", "Personal data?"), finding_text, context="Export"),
]

# A text that looks like personal data: a pale red row, the finding in dark red.
FINDING_BACKGROUND = QColor("#fde8ea")
FINDING_FOREGROUND = QColor("#b00020")
FINDING_TEXT = QColor("#202020")  # dark on the pale red, also in a dark theme


class LeavingTextsModel(RowTableModel[TextRow]):
    """The texts that leave the house; one that looks like personal data is marked in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TEXT_COLUMNS, parent=parent)

    def marked(self) -> int:
        """How many of the texts look like personal data."""
        return sum(row.found is not None for row in self.rows())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid() or index.row() >= self.rowCount():
                return None
            if self.row_at(index.row()).found is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return FINDING_BACKGROUND
            return FINDING_FOREGROUND if index.column() == 2 else FINDING_TEXT
        return super().data(index, role)


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
    texts: tuple[LeavingText, ...] = ()  # that leave the house, the remarks not included


def read_period(db: Database, period: Period, request: int, progress: Progress) -> PeriodView:
    """The period's figures, approval, open sessions and texts that leave (a background task)."""
    with db.reading() as session:
        period_figures = figures.period_figures(session, period)
        progress.check()
        state = approval.approval_state(session, period)
        warnings = approval.approval_warnings(session, period)
        texts = outgoing.read_leaving_texts(session, period, period_figures, remarks="")
    return PeriodView(request, period, period_figures, state, warnings, tuple(texts))


def kept_counts(state: ApprovalState) -> tuple[int, int]:
    """The counts the fields show when nothing was typed: the kept ones, the proposal, or 0."""
    if state.volunteers is not None and state.board_members is not None:
        return state.volunteers, state.board_members
    if state.proposal is not None:
        return state.proposal.volunteers, state.proposal.board_members
    return 0, 0


@dataclass(frozen=True)
class Draft:
    """What the board typed for a period and has not saved yet."""

    volunteers: int
    board_members: int
    remarks: str


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


class RemarksEdit(QPlainTextEdit):
    """The board's remarks: three lines, growing with the text to six; a longer one scrolls."""

    FEWEST, MOST = 3, 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._height(2))
        self.setMaximumHeight(self._height(self.MOST))
        # Its lines as laid out (wrapped) change: ask the layout for the new height.
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        spacing = self.fontMetrics().lineSpacing()
        return lines * spacing + document + margins.top() + margins.bottom() + 2

    def sizeHint(self) -> QSize:
        # A plain text document's height is counted in lines.
        lines = int(self.document().documentLayout().documentSize().height())
        shown = min(max(lines, self.FEWEST), self.MOST)
        return QSize(super().sizeHint().width(), self._height(shown))


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
        # The period whose approval the fields show (None while the first figures load).
        self.shown: Period | None = None
        # Counts and remarks typed and not saved, per period, while the app runs.
        self.drafts: dict[Period, Draft] = {}
        self._filling = False  # the fields are being filled from the database
        self._texts: list[TextRow] = []  # that leave, the remarks not included
        self._open_count = 0

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
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rooms = RowTableModel(ROOM_COLUMNS, parent=self)
        self.rooms_view = table(self.rooms, "rooms")
        self.rooms_view.setAccessibleName(self.tr("Hours per room"))
        self.open_sessions = RowTableModel(WARNING_COLUMNS, parent=self)
        self.open_view = table(self.open_sessions, "openSessions")
        self.open_view.setAccessibleName(self.tr("Sessions still to settle"))
        self.open_label = QLabel()
        self.open_label.setObjectName("openLabel")
        self.open_label.setWordWrap(True)
        self.open_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.texts = LeavingTextsModel(self)
        self.texts_view = table(self.texts, "leavingTexts")
        self.texts_view.setAccessibleName(self.tr("These texts go to the municipality"))
        self.texts_view.setWordWrap(False)
        self.texts_label = QLabel()
        self.texts_label.setObjectName("textsLabel")
        self.texts_label.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rooms_view, self.tr("&Hours per room"))
        self.tabs.addTab(self.open_view, "")
        texts_page = QWidget()
        texts_layout = QVBoxLayout(texts_page)
        texts_layout.setContentsMargins(0, 6, 0, 0)
        texts_layout.addWidget(self.texts_label)
        texts_layout.addWidget(self.texts_view, 1)
        self.texts_tab = self.tabs.addTab(texts_page, "")
        self._name_tabs()

        approval_box = self._approval_box()

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Write the workbook for the municipality"))
        self.export_button.clicked.connect(self.export)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status.hide()  # shown when it has something to say
        top.addWidget(self.export_button)

        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.open_label)
        left.addStretch(1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addWidget(approval_box, 0, 1)
        grid.addWidget(self.tabs, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)
        grid.setContentsMargins(0, 0, 0, 0)
        # The tables show a few rows at least; on a small screen, or in large text, the
        # screen scrolls rather than squeezing the approval over itself.
        rows = self.rooms_view.verticalHeader().defaultSectionSize()
        self.tabs.setMinimumHeight(self.tabs.tabBar().sizeHint().height() + 4 * rows)
        # The tables take the height left over, whatever their own size hint.
        self.tabs.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        content = QWidget()
        content.setObjectName("exportContent")
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setObjectName("exportScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.export_status)
        layout.addWidget(scroll, 1)

        self.period.currentIndexChanged.connect(self.reload)
        self._show_working()
        # Started from the event loop: the screen is painted before the worker competes for it.
        QTimer.singleShot(0, self, self.reload)
        self.freshness = Freshness(self, Change.REGISTER | Change.DAY, self.reload, loaded=True)

    def _approval_box(self) -> QGroupBox:
        """The counts, the board's remarks, and Save, Approve and Reopen."""
        self.volunteers = QSpinBox()
        self.volunteers.setObjectName("volunteers")
        self.volunteers.setRange(0, 9999)
        self.volunteers.setAccessibleName(self.tr("Active volunteers at the end of the period"))
        self.board = QSpinBox()
        self.board.setObjectName("board")
        self.board.setRange(0, 99)
        self.board.setAccessibleName(self.tr("Board members at the end of the period"))
        self.proposal = QLabel()
        self.proposal.setObjectName("proposal")
        self.proposal.setWordWrap(True)
        self.remarks = RemarksEdit()
        self.remarks.setObjectName("remarks")
        self.remarks.setAccessibleName(self.tr("Remarks of the board"))
        self.remarks.setTabChangesFocus(True)
        self.remarks.setPlaceholderText(
            self.tr(
                "What the board wants the municipality to know about this period, e.g. the "
                "roof leaked and the large hall was closed for two weeks. No names or contact "
                "details."
            )
        )
        remarks_label = QLabel(self.tr("Re&marks of the board (go to the municipality):"))
        remarks_label.setBuddy(self.remarks)
        self.remarks_length = QLabel()
        self.remarks_length.setObjectName("remarksLength")
        self.remarks_length.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.remarks_error = FieldError("remarks")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(
            self.tr("Keep the counts and the remarks without approving (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.unsaved = FieldWarning("unsaved")
        self.unsaved.setWordWrap(False)
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.approval_error = FieldError("period")
        for spin_box in (self.volunteers, self.board):  # a key kept out is said
            FieldWatch(spin_box, self.approval_error, clears=False)

        box = QGroupBox(self.tr("Approval by the board"))
        grid = QGridLayout(box)
        volunteers_label = QLabel(self.tr("Active &volunteers:"))
        volunteers_label.setBuddy(self.volunteers)
        board_label = QLabel(self.tr("&Board members:"))
        board_label.setBuddy(self.board)
        grid.addWidget(volunteers_label, 0, 0)
        grid.addWidget(self.volunteers, 0, 1)
        grid.addWidget(board_label, 0, 2)
        grid.addWidget(self.board, 0, 3)
        grid.addWidget(self.proposal, 1, 0, 1, 5)
        grid.addWidget(remarks_label, 2, 0, 1, 4)
        grid.addWidget(self.remarks_length, 2, 4)
        grid.addWidget(self.remarks, 3, 0, 1, 5)
        grid.addWidget(self.remarks_error, 4, 0, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.unsaved)
        buttons.addStretch(1)
        grid.addLayout(buttons, 5, 0, 1, 5)
        grid.addWidget(self.approval_error, 6, 0, 1, 5)
        grid.setColumnStretch(4, 1)

        self.volunteers.valueChanged.connect(self._typed)
        self.board.valueChanged.connect(self._typed)
        self.remarks.textChanged.connect(self._typed)
        return box

    def _name_tabs(self) -> None:
        """The tabs' titles with their counts; the texts' tab is marked when one looks personal."""
        self.tabs.setTabText(
            1, self.tr("S&till to settle (%1)").replace("%1", str(self._open_count))
        )
        marked = self.texts.marked()
        self.tabs.setTabText(
            self.texts_tab,
            self.tr("Texts to the m&unicipality (%1)").replace("%1", str(self.texts.rowCount())),
        )
        icon = (
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if marked
            else QIcon()
        )
        self.tabs.setTabIcon(self.texts_tab, icon)
        if not self.texts.rowCount():
            self.texts_label.setText(self.tr("These texts go to the municipality."))
        elif marked:
            self.texts_label.setText(
                self.tr(
                    "These texts go to the municipality. %1 of them look like personal data "
                    "(in red): change them, or the export is refused."
                ).replace("%1", str(marked))
            )
        else:
            self.texts_label.setText(
                self.tr(
                    "These texts go to the municipality. None of them looks like personal data."
                )
            )

    def chosen(self) -> Period:
        period: Period = self.period.currentData()
        return period

    def _say(self, text: str) -> None:
        """What the export did, under the period; hidden when there is nothing to say."""
        self.export_status.setText(text)
        self.export_status.setVisible(bool(text))

    # -- reading ---------------------------------------------------------------------------

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
        if self.shown != self.chosen():
            # Another period's counts and remarks must not be saved or approved for this one.
            self.state = self.shown = None
            self._fill_fields(None, None)
            self.volunteers.setEnabled(False)
            self.board.setEnabled(False)
            self.remarks.setReadOnly(True)
            self.remarks_error.clear_message()
            self.unsaved.clear_message()
        self.approve_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.approval_error.clear_message()
        self._say("")

    def _show_period(self, view: PeriodView) -> None:
        if view.request != self._request:
            return  # an older request: another period was chosen since
        self.loading = None
        self.figures = view.figures
        self.state = view.state
        warnings = view.warnings
        self.rooms.set_rows(self.figures.rooms)
        self.open_sessions.set_rows([*warnings.planned, *warnings.uncounted])
        self._open_count = len(warnings.planned) + len(warnings.uncounted)
        self.rooms_view.resizeColumnsToContents()
        self.open_view.resizeColumnsToContents()
        self._texts = [TextRow.of(text) for text in view.texts]
        self._show_summary()
        self._show_state(len(warnings.planned), len(warnings.uncounted))
        self._show_texts()
        self._fit_text_columns()
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
        elif state.locked:
            self.status.setText(
                self.tr("Approved with the whole year %1").replace("%1", str(state.period.year))
            )
        elif not ended:
            self.status.setText(self.tr("Not ended yet: it can be approved once it has ended"))
        else:
            self.status.setText(self.tr("Not approved yet"))
        self.shown = state.period
        draft = None if state.locked else self.drafts.get(state.period)
        self._fill_fields(state, draft)
        self.volunteers.setEnabled(not state.locked)
        self.board.setEnabled(not state.locked)
        self.remarks.setReadOnly(state.locked)
        self.approve_button.setEnabled(ended and not state.locked)
        self.reopen_button.setEnabled(state.approved)
        self._check_typed()
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

    def _fill_fields(self, state: ApprovalState | None, draft: Draft | None) -> None:
        """Show the kept counts (or the proposal) and remarks of ``state``, or the unsaved draft."""
        self._filling = True
        try:
            volunteers = board = 0
            proposal = ""
            if state is not None:
                volunteers, board = kept_counts(state)
            if state is not None and state.volunteers is None and state.proposal is not None:
                proposal = self.tr(
                    "Proposed: the counts of %1; change them if they are no longer right."
                ).replace("%1", str(state.proposal.source))
            remarks = (state.remarks if state is not None else None) or ""
            if draft is not None:
                volunteers, board, remarks = draft.volunteers, draft.board_members, draft.remarks
            self.volunteers.setValue(volunteers)
            self.board.setValue(board)
            self.proposal.setText(proposal)
            self.proposal.setVisible(bool(proposal))
            if self.remarks.toPlainText() != remarks:
                self.remarks.setPlainText(remarks)
        finally:
            self._filling = False

    # -- typing ----------------------------------------------------------------------------

    def _typed(self) -> None:
        """Counts or remarks were typed: keep them as the period's draft and check them."""
        if self._filling or self.shown is None or self.state is None:
            return
        if self._changed():
            self.drafts[self.shown] = Draft(
                self.volunteers.value(), self.board.value(), self.remarks.toPlainText()
            )
        else:
            self.drafts.pop(self.shown, None)
        self._check_typed()
        self._show_texts()

    def _changed(self) -> bool:
        """Whether the fields hold other counts or remarks than those kept for the period."""
        state = self.state
        if state is None or state.locked:
            return False
        kept_remarks = state.remarks or ""
        typed = approval.tidy_remarks(self.remarks.toPlainText()) or ""
        if typed != kept_remarks:
            return True
        return (self.volunteers.value(), self.board.value()) != kept_counts(state)

    def _check_typed(self) -> None:
        """The remarks' length, what the scan finds in them, and whether all is saved."""
        text = self.remarks.toPlainText()
        tidy = approval.tidy_remarks(text) or ""
        locale = QLocale()
        self.remarks_length.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", locale.toString(len(tidy)))
            .replace("%2", locale.toString(approval.REMARKS_MAX))
        )
        locked = self.state is None or self.state.locked
        problems = [] if locked else approval.remarks_problems(text, leaving=True)
        self._show_problems(problems, "remarks")
        changed = self._changed()
        self.save_button.setEnabled(changed and self.state is not None)
        self.unsaved.show_message(self.tr("Not saved yet") if changed else "")

    def _show_problems(self, problems: Sequence[Problem], *fields: str) -> None:
        """Show each problem of ``fields`` under its field (counts and period: the box's line)."""
        by_field = {field: [p for p in problems if p.field == field] for field in fields}
        if "remarks" in by_field:
            found = by_field["remarks"]
            self.remarks_error.show_message(problem_text(found[0]) if found else "")
        others = [p for field, found in by_field.items() if field != "remarks" for p in found]
        if fields != ("remarks",):
            self.approval_error.show_message("\n".join(problem_text(problem) for problem in others))

    def _show_texts(self) -> None:
        """The texts that leave, the remarks as typed now included; those marked come first.

        A keystroke in the remarks changes their row in place, keeping the view's scroll.
        """
        remarks = approval.tidy_remarks(self.remarks.toPlainText())
        rows = list(self._texts)
        if remarks:
            rows.append(TextRow.of(LeavingText(Place.REMARKS, remarks)))
        rows.sort(key=lambda row: row.found is None)  # stable: the workbook's order otherwise
        current = self.texts.rows()
        changed = [n for n, (old, new) in enumerate(zip(current, rows, strict=False)) if old != new]
        if len(current) == len(rows) and len(changed) <= 1:
            for position in changed:
                self.texts.replace_row(position, rows[position])
        else:
            self.texts.set_rows(rows)
            self._fit_text_columns()
        self._name_tabs()

    def _fit_text_columns(self) -> None:
        """Where and Text as wide as they need, a long text at most about 60 characters wide."""
        view = self.texts_view
        view.resizeColumnToContents(0)
        view.resizeColumnToContents(1)
        widest = 60 * view.fontMetrics().averageCharWidth()
        view.setColumnWidth(1, min(view.columnWidth(1), widest))

    # -- acting ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the counts and remarks typed for the shown period without approving it."""
        state = self.state
        if state is None or state.locked or not self._changed():
            return True
        period = state.period
        volunteers, board = self.volunteers.value(), self.board.value()
        remarks = self.remarks.toPlainText()
        try:
            saved = perform(
                Change.APPROVALS,
                lambda: approval.save_approval_draft(
                    self.db, period, volunteers, board, remarks=remarks
                ),
                self,
            )
        except ValidationError as refused:
            self._show_problems(refused.problems, *APPROVAL_FIELDS)
            return False
        self.drafts.pop(period, None)
        if self.shown == period:
            self.state = saved
            self._check_typed()
        return True

    def approve(self) -> None:
        period = self.chosen()
        remarks = self.remarks.toPlainText()
        leaving = approval.remarks_problems(remarks, leaving=True)
        if leaving:
            self._show_problems(leaving, "remarks")
            self.remarks.setFocus()
            return
        open_count = self.open_sessions.rowCount()
        question = self.tr(
            "Approve %1 with %2 active volunteers and %3 board members? The period is then "
            "locked: changing it needs reopening first."
        )
        if approval.tidy_remarks(remarks):
            question += "\n\n" + self.tr(
                "The board's remarks are kept with it and go to the municipality."
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
                    self.db, period, volunteers, board, remarks=remarks, today=self.today()
                ),
                self,
            )
        except ValidationError as refused:
            self._show_problems(refused.problems, *APPROVAL_FIELDS)
            return
        self.drafts.pop(period, None)
        self.reload()

    def reopen(self) -> None:
        self.dialog = ReopenDialog(self.db, self.chosen(), self)
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()

    def export(self) -> Task | None:
        """Ask for a folder and write the workbook there in the background; it can be cancelled.

        Counts and remarks typed and not saved are saved first: the export holds what is kept.
        """
        if not self.save():
            return None
        folder = self.choose_folder(self)
        if folder is None:
            return None
        period, db = self.chosen(), self.db
        self.export_button.setEnabled(False)
        self._say(self.tr("Writing %1 …").replace("%1", str(period)))
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
        self._say(self.tr("Written: %1").replace("%1", str(result.path)) + note)

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("The export was cancelled; nothing was written."))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._say(refusal_text(error))
            if any(problem.field == personal.FIELD for problem in error.problems):
                self.tabs.setCurrentIndex(self.texts_tab)  # the texts, marked
            return
        self._say("")
        raise error  # unexpected: logged and shown by the crash reporter


def default_folder_choice(parent: QWidget) -> Path | None:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ExportScreen", "Where should the export go?"), start
    )
    return Path(folder) if folder else None
