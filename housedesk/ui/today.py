"""Vandaag: count today's sessions (and earlier uncounted ones) by keyboard, fast.

Type the number of visitors and press Enter: it is saved at once and the
cursor is in the next session's visitors. Tab goes to the volunteers. An empty
field means "not counted", never 0. F8 (or the button) marks the selected
session cancelled; Ctrl+Z takes that back. For walk-in activities the door
counter (Turfteller) counts at the door, one saved press at a time.
A session nobody booked is added with Ctrl+N (``housedesk.ui.walk_in``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.problems import ValidationError
from housedesk.common.times import format_span
from housedesk.core.tallies import pending as counting
from housedesk.core.tallies.pending import CountRow
from housedesk.db import Database
from housedesk.ui.kit import clock
from housedesk.ui.kit.changes import Change, Freshness, perform
from housedesk.ui.kit.commands import Command, add_command
from housedesk.ui.kit.date_text import list_date, qdate
from housedesk.ui.kit.i18n import code_label, problem_text
from housedesk.ui.kit.messages import confirm_over_capacity
from housedesk.ui.kit.widgets import RESIZE_ROWS, FieldError, empty_state, fit_widths, screen_title

if TYPE_CHECKING:
    from housedesk.core.tallies.counts import OverCapacity
    from housedesk.ui.walk_in import WalkInDialog

Index = QModelIndex | QPersistentModelIndex

DATE, TIME, ROOM, ACTIVITY, VISITORS, VOLUNTEERS, STATUS = range(7)
COUNT_COLUMNS = {VISITORS: "visitors", VOLUNTEERS: "volunteers"}
# The roles the model answers, looked up once: the view asks for every role of every cell.
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FONT = Qt.ItemDataRole.FontRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ANSWERED = frozenset({DISPLAY, EDIT, ALIGNMENT, FONT, TOOLTIP, ACCESSIBLE})
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def day_text(day: dt.date, today: dt.date) -> str:
    if day == today:
        return QCoreApplication.translate("Today", "Today")
    if day == today - dt.timedelta(days=1):
        return QCoreApplication.translate("Today", "Yesterday")
    return list_date(day)


class CountModel(QAbstractTableModel):
    """The sessions to count; the two count columns are editable and saved at once."""

    #: A count was saved ("") or refused (the Dutch message).
    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        today: Callable[[], dt.date],
        confirm_over_capacity: Callable[[OverCapacity], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.confirm_over_capacity = confirm_over_capacity
        self.rows: list[CountRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row → its cells' texts, made when shown
        #: The last problem a save ran into (shown under the table by the screen).
        self.last_problem: str = ""

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = counting.sessions_to_count(self.db, self.today())
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> CountRow:
        return self.rows[row]

    def replace(self, row: int, updated: CountRow) -> None:
        self.rows[row] = updated
        self._texts.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("Today", "Day"),
            QCoreApplication.translate("Today", "Time"),
            QCoreApplication.translate("Today", "Room"),
            QCoreApplication.translate("Today", "Activity"),
            QCoreApplication.translate("Today", "Visitors"),
            QCoreApplication.translate("Today", "Volunteers"),
            QCoreApplication.translate("Today", "Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() in COUNT_COLUMNS and self._countable(row):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _countable(self, row: CountRow) -> bool:
        return row.status != BookingStatus.GEANNULEERD and row.date <= self.today()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid() or index.row() >= len(self.rows):
            return None
        number, column = index.row(), index.column()
        if role == DISPLAY:
            texts = self._texts.get(number)
            if texts is None:
                row = self.rows[number]
                texts = self._texts[number] = tuple(self._text(row, c, False) for c in range(7))
            return texts[column]
        row = self.rows[number]
        if role == EDIT:
            return self._text(row, column, True)
        if role == ALIGNMENT and column in COUNT_COLUMNS:
            return RIGHT_ALIGNED
        if role == FONT and (column in COUNT_COLUMNS or row.status == BookingStatus.GEANNULEERD):
            font = QFont()
            font.setBold(column in COUNT_COLUMNS)
            font.setStrikeOut(row.status == BookingStatus.GEANNULEERD and column == ACTIVITY)
            return font
        if role == TOOLTIP and column == ACTIVITY:
            return f"{row.activity_name} — {row.user_name}"
        if role == ACCESSIBLE and column in COUNT_COLUMNS:
            value = self._text(row, column, True)
            return value or QCoreApplication.translate("Today", "not counted")
        return None

    def _text(self, row: CountRow, column: int, editing: bool) -> str:
        if column == DATE:
            return day_text(row.date, self.today())
        if column == TIME:
            return format_span(row.start_min, row.end_min)
        if column == ROOM:
            return row.room_name
        if column == ACTIVITY:
            if row.nature == Nature.PARTICULIER:
                return f"{row.activity_name} ({code_label(row.nature)})"
            return row.activity_name
        if column in COUNT_COLUMNS:
            value = getattr(row, COUNT_COLUMNS[column])
            return "" if value is None else str(value)
        if column == STATUS:
            if row.status == BookingStatus.GEHOUDEN and row.visitors is None:
                return QCoreApplication.translate("Today", "Held, not counted")
            return code_label(row.status)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        from housedesk.core.tallies import (
            counts as tallies,  # the ORM: loaded after the first paint
        )

        if role != Qt.ItemDataRole.EditRole or index.column() not in COUNT_COLUMNS:
            return False
        row = self.rows[index.row()]
        field = COUNT_COLUMNS[index.column()]
        self.last_problem = ""
        try:
            number = tallies.parse_count(str(value), field)
            counts = {"visitors": row.visitors, "volunteers": row.volunteers, field: number}
            if counts[field] == getattr(row, field):
                return True
            try:
                updated = perform(
                    Change.COUNTS | Change.SESSIONS,
                    lambda: tallies.record_count(
                        self.db,
                        row.booking_id,
                        counts["visitors"],
                        counts["volunteers"],
                        today=self.today(),
                    ),
                    self,
                )
            except tallies.OverCapacity as over:
                if not self.confirm_over_capacity(over):
                    self.last_problem = QCoreApplication.translate("Today", "Not saved.")
                    self.saved.emit(self.last_problem)
                    return False
                updated = perform(
                    Change.COUNTS | Change.SESSIONS,
                    lambda: tallies.record_count(
                        self.db,
                        row.booking_id,
                        today=self.today(),
                        allow_over_capacity=True,
                        **counts,
                    ),
                    self,
                )
        except ValidationError as refused:
            self.last_problem = problem_text(refused.problems[0])
            self.saved.emit(self.last_problem)
            return False
        self.replace(index.row(), updated)
        self.saved.emit("")
        return True


class CountDelegate(QStyledItemDelegate):
    """Enter in a count field saves it and asks the view to move on (Qt's own Enter does not)."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class CountTable(QTableView):
    """Enter saves the count and moves on to the next session's visitors; Delete empties it."""

    # A count was emptied with Delete: (row, field, the number it held).
    emptied = Signal(int, str, int)

    def __init__(self, model: CountModel) -> None:
        super().__init__()
        self.count_model = model
        self.setModel(model)
        self.setItemDelegate(CountDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        self.horizontalHeader().setSectionResizeMode(ACTIVITY, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self.share_width)
        for column in COUNT_COLUMNS:  # room to see what is typed, in large text too
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, self.fontMetrics().horizontalAdvance("Vrijwilligers") + 24)
        # Two lines and their margins: a name that does not fit on one line wraps onto a
        # second rather than being cut short (a small screen, large text).
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        self._failed: QPersistentModelIndex | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """Each column as wide as its texts, but the room and the status give way before the
        activity's name does (a small screen, large text)."""
        header = self.horizontalHeader()
        own = (DATE, TIME, ROOM, STATUS)
        metrics = self.fontMetrics()
        rows = range(min(self.count_model.rowCount(), RESIZE_ROWS))

        def texts(column: int) -> int:
            cells = (str(self.count_model.index(row, column).data() or "") for row in rows)
            return max((metrics.horizontalAdvance(text) for text in cells), default=0) + 16

        wanted = [max(texts(column), header.sectionSizeHint(column)) for column in own]
        counts = sum(self.columnWidth(column) for column in COUNT_COLUMNS)
        activity = self.fontMetrics().horizontalAdvance("x" * 22)
        room = self.view_area().width() - counts - activity
        for column, width in zip(own, fit_widths(wanted, room, keep=(0, 1)), strict=True):
            self.setColumnWidth(column, width)

    def view_area(self) -> QWidget:
        """``viewport()``, without the cost of a first call before the window has painted.

        The first ``viewport()`` in a process has PySide work out the class of the
        widget Qt made, and to do so it sets up every widget class it has (some
        10 ms); the columns are shared out before the first paint. Found among
        the view's own children by the name Qt gives it, the same widget comes
        as a plain ``QWidget`` at once (and ``viewport()`` then returns it too).
        """
        found = self.findChild(
            QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return found if found is not None else self.viewport()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
            and index.isValid()
            and index.column() in COUNT_COLUMNS
            and self.count_model.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            self.empty(index)
            return
        super().keyPressEvent(event)

    def empty(self, index: QModelIndex) -> None:
        """Empty the count under the cursor: "not counted" (never 0), saved at once."""
        field = COUNT_COLUMNS[index.column()]
        old = getattr(self.count_model.row_at(index.row()), field)
        if old is None:
            return
        if self.count_model.setData(index, "", Qt.ItemDataRole.EditRole):
            self.emptied.emit(index.row(), field, old)

    def commitData(self, editor: QWidget) -> None:
        index = self.currentIndex()
        super().commitData(editor)
        failed = bool(self.count_model.last_problem) and index.column() in COUNT_COLUMNS
        self._failed = QPersistentModelIndex(index) if failed else None

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        failed = self._failed
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if failed is not None and failed.isValid():
            # Refused: stay in the field so it can be corrected right away.
            self.setCurrentIndex(failed)
            QTimer.singleShot(0, lambda: self.edit(self.currentIndex()))
            return
        current = self.currentIndex()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_to(current.row() + 1, VISITORS)
        elif hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            if current.column() == VISITORS:
                self.move_to(current.row(), VOLUNTEERS)
            else:
                self.move_to(current.row() + 1, VISITORS)
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            if current.column() == VOLUNTEERS:
                self.move_to(current.row(), VISITORS)
            else:
                self.move_to(current.row() - 1, VOLUNTEERS)

    def move_to(self, row: int, column: int) -> None:
        """Put the cursor on the first countable row at or after ``row`` (or stay)."""
        model = self.count_model
        step = 1 if row >= self.currentIndex().row() else -1
        while 0 <= row < model.rowCount():
            index = model.index(row, column)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(index)
                return
            row += step


class TodayScreen(QWidget):
    """The screen the app opens on: count, cancel, and run the door counter."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.door_counter: DoorCounter | None = None
        # What Ctrl+Z takes back: the session it is about, and how.
        self._undo: tuple[int, Callable[[], None]] | None = None

        self.heading = screen_title()
        hint = QLabel(
            self.tr(
                "Type the number of visitors and press Enter: it is saved at once and the "
                "cursor goes to the next session. Tab goes to the volunteers. Leave a field "
                "empty if nobody counted (that is not the same as 0)."
            )
        )
        hint.setWordWrap(True)

        self.model = CountModel(db, today, self._confirm_over_capacity, self)
        self.table = CountTable(self.model)
        self.table.setObjectName("counts")
        self.table.setAccessibleName(self.tr("Sessions to count"))
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.saved.connect(self._after_save)
        self.table.emptied.connect(self._count_emptied)
        self.problem = FieldError("counts")
        self.message = QLabel()
        self.message.setObjectName("message")

        self.empty = empty_state(
            self.tr(
                "There are no sessions today, and nothing from earlier days is waiting to be "
                "counted.\n\nSessions are planned in the Agenda. A walk-in that was not in the "
                "agenda can be added here with “Session without booking”."
            )
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self.cancel_button = QPushButton(self.tr("Did &not take place (F8)"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(
            self.tr("Mark the selected session as not taken place; it says so when it cannot")
        )
        self.cancel_button.clicked.connect(self.cancel_current)
        self.door_button = QPushButton(self.tr("&Door counter…"))
        self.door_button.setObjectName("doorButton")
        self.door_button.setToolTip(
            self.tr("Count people at the door, with large buttons; every press is saved")
        )
        self.door_button.clicked.connect(self.open_door_counter)
        self.walk_in_button = QPushButton(self.tr("&Session without booking…"))
        self.walk_in_button.setObjectName("walkInButton")
        self.walk_in_button.setToolTip(
            self.tr("Record a session that took place but was not in the agenda (Ctrl+N)")
        )
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.walk_in: WalkInDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.door_button)
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        add_command(self, Command.NEW, self.add_walk_in)
        add_command(self, Command.OPEN, self.table.setFocus)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F8), self.cancel_current),
            (QKeySequence.StandardKey.Undo, self.undo_cancel),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.reload()
        self.freshness = Freshness(
            self,
            Change.SESSIONS | Change.COUNTS | Change.ROOMS | Change.PEOPLE | Change.DAY,
            self.reload,
            loaded=True,
        )

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        today = self.today()
        self.heading.setText(
            self.tr("Today, %1").replace("%1", QLocale().toString(qdate(today), "dddd d MMMM yyyy"))
        )
        self.model.reload()
        self.body.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)
        self.table.setCurrentIndex(QModelIndex())
        self.table.move_to(self._first_to_count(), VISITORS)
        self._update_buttons()

    def _first_to_count(self) -> int:
        """The first session not counted yet: today's come first in the list."""
        for row, session in enumerate(self.model.rows):
            if session.visitors is None and session.status != BookingStatus.GEANNULEERD:
                return row
        return 0

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()

    # -- actions ---------------------------------------------------------------------------

    def current(self) -> CountRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def cancel_current(self) -> None:
        from housedesk.core.agenda import (
            bookings as agenda,  # the ORM: loaded after the first paint
        )

        row = self.current()
        if row is None:
            return
        if row.status == BookingStatus.GEANNULEERD:
            self.show_message(self.tr("This session is already marked as not taken place."))
            return
        if row.visitors is not None or row.volunteers is not None:
            self.show_message(
                self.tr(
                    "This session has a count, so it took place. To mark it as not taken "
                    "place, first empty its count (Delete)."
                )
            )
            return
        try:
            perform(
                Change.SESSIONS,
                lambda: agenda.set_status(
                    self.db,
                    row.booking_id,
                    BookingStatus.GEANNULEERD,
                    self.tr("Did not take place"),
                    today=self.today(),
                ),
                self,
            )
        except ValidationError as refused:
            self.show_message(problem_text(refused.problems[0]))
            return
        booking_id, status = row.booking_id, row.status

        def undo() -> None:
            perform(
                Change.SESSIONS,
                lambda: agenda.set_status(self.db, booking_id, status, today=self.today()),
                self,
            )

        self._undo = (booking_id, undo)
        self._refresh_row(self.table.currentIndex().row())
        self.show_message(
            self.tr("“%1” marked as not taken place. Ctrl+Z takes it back.").replace(
                "%1", row.activity_name
            )
        )

    def undo_cancel(self) -> None:
        """Ctrl+Z: take back the last "not taken place" or the last emptied count."""
        if self._undo is None:
            return
        booking_id, undo = self._undo
        self._undo = None
        undo()
        for row, session in enumerate(self.model.rows):
            if session.booking_id == booking_id:
                self._refresh_row(row)
        self.show_message(self.tr("Taken back."))

    def add_walk_in(self) -> None:
        from housedesk.ui.walk_in import WalkInDialog  # its fields: loaded when first asked for

        self.walk_in = WalkInDialog(self.db, self.today, self)
        self.walk_in.accepted.connect(self._walk_in_added)
        self.walk_in.open()

    def _walk_in_added(self) -> None:
        created = self.walk_in.created if self.walk_in else None
        self.reload()
        if created is not None:
            self.show_message(self.tr("Saved: “%1”.").replace("%1", created.activity_name))

    def open_door_counter(self) -> None:
        row = self.current()
        if row is None:
            return
        self.door_counter = DoorCounter(self.db, row, self.today, self)
        self.door_counter.finished.connect(self._door_counter_closed)
        # The whole screen, also where no window manager makes full screen happen.
        self.door_counter.setGeometry(self.screen().availableGeometry())
        self.door_counter.showFullScreen()

    def _door_counter_closed(self) -> None:
        for row, session in enumerate(self.model.rows):
            if self.door_counter and session.booking_id == self.door_counter.row.booking_id:
                self._refresh_row(row)
        self.door_counter = None

    def _refresh_row(self, row: int) -> None:
        from housedesk.core.tallies import (
            counts as tallies,  # the ORM: loaded after the first paint
        )

        self.model.replace(row, tallies.count_row(self.db, self.model.row_at(row).booking_id))
        self._update_buttons()

    def _confirm_over_capacity(self, over: OverCapacity) -> bool:
        return confirm_over_capacity(self, problem_text(over.problems[0]))

    def _count_emptied(self, row: int, field: str, old: int) -> None:
        from housedesk.core.tallies import (
            counts as tallies,  # the ORM: loaded after the first paint
        )

        session = self.model.row_at(row)
        booking_id = session.booking_id

        def undo() -> None:
            current = tallies.count_row(self.db, booking_id)
            counts = {"visitors": current.visitors, "volunteers": current.volunteers, field: old}
            perform(
                Change.COUNTS | Change.SESSIONS,
                lambda: tallies.record_count(
                    self.db, booking_id, today=self.today(), allow_over_capacity=True, **counts
                ),
                self,
            )

        self._undo = (booking_id, undo)
        what = self.tr("visitors") if field == "visitors" else self.tr("volunteers")
        self.show_message(
            self.tr("The %1 of “%2” emptied: not counted. Ctrl+Z puts %3 back.")
            .replace("%1", what)
            .replace("%2", session.activity_name)
            .replace("%3", str(old))
        )
        self._update_buttons()

    def _after_save(self, problem: str) -> None:
        self.problem.show_message(problem)
        self.show_message("" if problem else self.tr("Saved."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        row = self.current()
        # Whether F8 can act on the selected session changes from row to row as the
        # cursor moves on; a button that blinks with it says nothing. It stays enabled
        # while the list has sessions, and says why when it cannot act (cancel_current).
        self.cancel_button.setEnabled(self.model.rowCount() > 0)
        self.door_button.setEnabled(
            row is not None and row.status != BookingStatus.GEANNULEERD and row.date == self.today()
        )


class DoorCounter(QDialog):
    """A full-screen counter with very large + and − buttons; every press is saved at once."""

    def __init__(
        self, db: Database, row: CountRow, today: Callable[[], dt.date], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.row = row
        self.today = today
        self.count = row.visitors or 0
        self.setObjectName("doorCounter")
        self.setWindowTitle(self.tr("Door counter — %1").replace("%1", row.activity_name))
        title = QLabel(f"{row.activity_name} · {row.room_name}")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = title.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        title.setFont(big)
        self.number = QLabel()
        self.number.setObjectName("count")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        huge = self.number.font()
        huge.setPointSizeF(huge.pointSizeF() * 9)
        huge.setBold(True)
        self.number.setFont(huge)
        self.capacity = QLabel()
        self.capacity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.capacity.setFont(big)
        self.problem = FieldError("count")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.minus = QPushButton("−")
        self.minus.setObjectName("minus")
        self.minus.setAccessibleName(self.tr("One fewer"))
        self.plus = QPushButton("+")
        self.plus.setObjectName("plus")
        self.plus.setAccessibleName(self.tr("One more"))
        for button, step in ((self.minus, -1), (self.plus, 1)):
            button.setMinimumSize(240, 200)
            face = button.font()
            face.setPointSizeF(face.pointSizeF() * 8)
            face.setBold(True)
            button.setFont(face)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # space and +/- keys go to the dialog
            button.clicked.connect(lambda _checked=False, step=step: self.press(step))
        close = QPushButton(self.tr("&Close (Esc)"))
        close.setObjectName("close")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.accept)
        keys = QLabel(self.tr("Space or + counts one more, − one fewer."))
        keys.setAlignment(Qt.AlignmentFlag.AlignCenter)

        row_of_buttons = QHBoxLayout()
        row_of_buttons.addWidget(self.minus, 1)
        row_of_buttons.addWidget(self.plus, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.capacity)
        layout.addWidget(self.problem)
        layout.addLayout(row_of_buttons, 1)
        layout.addWidget(keys)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up):
            self.press(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Down, Qt.Key.Key_Backspace):
            self.press(-1)
        else:
            super().keyPressEvent(event)

    def press(self, step: int) -> None:
        from housedesk.core.tallies import (
            counts as tallies,  # the ORM: loaded after the first paint
        )

        try:
            self.count = perform(
                Change.COUNTS | Change.SESSIONS,
                lambda: tallies.door_press(self.db, self.row.booking_id, step, today=self.today()),
                self,
            )
        except ValidationError as refused:
            self.problem.show_message(problem_text(refused.problems[0]))
            return
        self._show()

    def _show(self) -> None:
        self.number.setText(str(self.count))
        full = self.count >= self.row.capacity
        self.number.setStyleSheet("color: #b00020;" if full else "")
        self.capacity.setText(
            self.tr("Full: %1 places").replace("%1", str(self.row.capacity))
            if full
            else self.tr("of %1 places").replace("%1", str(self.row.capacity))
        )
