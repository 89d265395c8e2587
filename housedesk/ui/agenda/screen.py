"""The Agenda screen: the week (or a day, or a month) of the house's rooms, and its sessions.

The painted grid (``agenda_grid``) shows the rooms side by side per day;
clicking a free quarter, or dragging over several, opens the booking form
there, and clicking a session opens it. Below the grid the same sessions are
a sortable, searchable list, the way in for keyboard users (Enter opens a
session). PageUp/PageDown or Alt+Left/Right go a week (day, month) back or on,
T goes to today, Ctrl+N books, Ctrl+F searches the list, Ctrl+Z puts the date
skipped last back in its series (as the link in the message after a skip does).
Only the visible range is loaded, with one call of
``housedesk.core.agenda.bookings.agenda_range``, when it changes and when the
screen is shown again (other screens may have changed sessions). A house with
many rooms scrolls the grid sideways; a new range opens at its anchor day.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.outputs import OutputError, check_target
from housedesk.common.paths import data_dir
from housedesk.common.problems import ValidationError
from housedesk.common.times import format_span
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import ics
from housedesk.core.agenda.bookings import AgendaRange, SessionRow
from housedesk.db import Database
from housedesk.ui.agenda.board import HallBoard
from housedesk.ui.agenda.dialogs import BookingDialog, SessionDialog, UnconfirmedDialog, day_text
from housedesk.ui.agenda.grid import GridArea, Legend, MonthGrid, TimeGrid
from housedesk.ui.agenda.sheet import PrintDialog
from housedesk.ui.kit import clock
from housedesk.ui.kit.changes import Change, Freshness, perform
from housedesk.ui.kit.commands import Command, add_command
from housedesk.ui.kit.dates import list_date, list_date_width, qdate
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, file_error_text, problem_text
from housedesk.ui.kit.table_model import Column, FilterProxy, RowTableModel
from housedesk.ui.kit.widgets import read_only_table, screen_title

WEEK, DAY, MONTH = "week", "day", "month"
#: The room last chosen in "Rooms:", kept for the next start: one room's week reads best.
ROOM_SETTING = "agenda/room"

SESSION_COLUMNS: list[Column[SessionRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Date"),
        lambda s: list_date(s.date),
        sort_key=lambda s: (s.date, s.start_min, s.room_code),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Time"),
        lambda s: format_span(s.start_min, s.end_min),
        sort_key=lambda s: (s.start_min, s.end_min),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Room"), lambda s: s.room_name),
    Column(QT_TRANSLATE_NOOP("columns", "Activity"), lambda s: s.activity_name),
    Column(QT_TRANSLATE_NOOP("columns", "User"), lambda s: s.user_name),
    Column(QT_TRANSLATE_NOOP("columns", "Nature"), lambda s: code_label(s.nature, Nature)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda s: (
            code_label(s.status, BookingStatus)
            + (f": {s.cancel_reason}" if s.cancel_reason else "")
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Repeats"),
        lambda s: (
            ""
            if s.series_id is None
            else QCoreApplication.translate("AgendaScreen", "changed on its own")
            if s.detached
            else QCoreApplication.translate("AgendaScreen", "series")
        ),
    ),
]


#: The columns (Date, Nature, Status, Repeats) whose text depends only on ``_shared_key``.
SHARED_COLUMNS = (0, 5, 6, 7)
#: The columns whose text is each row's own.
OWN_COLUMNS = (1, 2, 3, 4)


def _shared_key(s: SessionRow) -> tuple[object, ...]:
    return (s.date, s.nature, s.status, s.cancel_reason, s.series_id is None, s.detached)


def _user_settings() -> QSettings:
    """The settings file of this PC's user (the one ``ui.shell.settings`` keeps)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def remembered_room() -> int | None:
    """The room the volunteer last chose to see (None: all rooms)."""
    value = str(_user_settings().value(ROOM_SETTING, ""))
    return int(value) if value.isdigit() else None


def remember_room(room_id: int | None) -> None:
    settings = _user_settings()
    settings.setValue(ROOM_SETTING, "" if room_id is None else str(room_id))
    settings.sync()


def choose_export_file(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save the calendar file; ``None`` if the volunteer cancels."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AgendaScreen", "Export the agenda"),
        str(Path.home() / suggested),
        QCoreApplication.translate("AgendaScreen", "Calendar files (*.ics)"),
    )
    return Path(name) if name else None


class SessionsModel(RowTableModel[SessionRow]):
    """The sessions of the visible range; cancelled ones in italics.

    A search matches the text of every column. The texts shared by many rows
    (a day, a nature, a status) are made once per load, not once per row.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            SESSION_COLUMNS,
            search_text=lambda row: self._text_of(row),
            dimmed=lambda s: s.status is BookingStatus.GEANNULEERD,
            parent=parent,
        )
        self._shared: dict[tuple[object, ...], str] = {}

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        self._shared = {}
        super().set_rows(rows)

    def _text_of(self, row: SessionRow) -> str:
        key = _shared_key(row)
        shared = self._shared.get(key)
        if shared is None:
            shared = " ".join(self.columns[column].text(row) for column in SHARED_COLUMNS)
            self._shared[key] = shared
        return " ".join([shared, *(self.columns[column].text(row) for column in OWN_COLUMNS)])


class AgendaScreen(QWidget):
    """The agenda of the house: a week per room (or a day, or a month) and its sessions."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaScreen")
        self.db = db
        self.today = clock.today()
        self._today_given = False
        self.anchor = self.today
        self.mode = WEEK
        self.shown: AgendaRange | None = None
        self.dialog: QWidget | None = None
        self.board: HallBoard | None = None
        # The dates skipped here, with their activity, latest last: Ctrl+Z puts them back.
        self.skipped: list[tuple[agenda.SeriesDate, str]] = []

        heading = screen_title(self.tr("Agenda"))

        self.previous_button = self._button("previousButton", self.tr("◀ &Previous"))
        self.previous_button.setToolTip(self.tr("Go back (Page Up or Alt+Left)"))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = self._button("todayButton", self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.go_to_today)
        self.next_button = self._button("nextButton", self.tr("N&ext ▶"))
        self.next_button.setToolTip(self.tr("Go on (Page Down or Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        bold = self.period_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.period_label.setFont(bold)
        self.period_label.setWordWrap(True)  # on a small screen in large text it takes two lines

        self.view_box = QComboBox()
        self.view_box.setObjectName("viewBox")
        self.view_box.setAccessibleName(self.tr("Show"))
        self.view_box.addItem(self.tr("Week"), WEEK)
        self.view_box.addItem(self.tr("Day"), DAY)
        self.view_box.addItem(self.tr("Month"), MONTH)
        self.view_box.currentIndexChanged.connect(self._view_changed)
        view_label = QLabel(self.tr("&Show:"))
        view_label.setBuddy(self.view_box)
        self.room_box = QComboBox()
        self.room_box.setObjectName("roomBox")
        self.room_box.setAccessibleName(self.tr("Rooms shown"))
        self.room_box.currentIndexChanged.connect(self._room_chosen)
        # A long room name must not make the window wider than a small screen.
        self.room_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.room_box.setMinimumContentsLength(18)
        room_label = QLabel(self.tr("R&ooms:"))
        room_label.setBuddy(self.room_box)

        self.confirm_button = self._button("confirmButton", "")
        self.confirm_button.setToolTip(
            self.tr("Past sessions still planned: say whether they were held")
        )
        self.confirm_button.clicked.connect(self.open_unconfirmed)
        self.export_button = self._button("exportButton", self.tr("E&xport calendar…"))
        self.export_button.setToolTip(
            self.tr("Save the agenda of the rooms shown as an .ics file for a website or phone")
        )
        self.export_button.clicked.connect(self.export_calendar)
        self.print_button = self._button("printButton", self.tr("&Print…"))
        self.print_button.setToolTip(
            self.tr("A week or day sheet for the notice board or the bar (PDF or printer)")
        )
        self.print_button.clicked.connect(self.open_print)
        self.board_button = self._button("boardButton", self.tr("&Hall screen"))
        self.board_button.setToolTip(
            self.tr("Today in the house, full screen for a screen in the hall (Esc closes it)")
        )
        self.board_button.clicked.connect(self.open_board)
        self.new_button = self._button("newButton", self.tr("&New booking"))
        self.new_button.setToolTip(self.tr("Book a session (Ctrl+N)"))
        self.new_button.clicked.connect(self.create_new)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(view_label)
        bar.addWidget(self.view_box)
        bar.addSpacing(8)
        bar.addWidget(room_label)
        bar.addWidget(self.room_box)

        self.grid = TimeGrid()
        self.grid.slot_chosen.connect(self.book_at)
        self.grid.session_clicked.connect(self.open_session)
        self.month = MonthGrid()
        self.month.day_clicked.connect(self.show_day)
        # Room for the list below the grid on a small screen in large text.
        self.month.setMinimumHeight(240)
        self.grid_area = GridArea(self.grid)
        self.views = QStackedWidget()
        self.views.addWidget(self.grid_area)
        self.views.addWidget(self.month)

        self.model = SessionsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the sessions shown (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the sessions shown"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = read_only_table(
            self.proxy,
            "sessionTable",
            self.tr("Sessions shown"),
            sortable=True,
            striped=True,
            wrap=False,
        )
        self.table.activated.connect(self._open_current)
        for column, width in ((0, 130), (1, 100), (2, 150), (3, 190), (4, 170), (5, 120), (6, 110)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(0, list_date_width(self.table))  # in large text too
        self.table.setColumnWidth(1, self.table.fontMetrics().horizontalAdvance("00:00–00:00") + 24)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        # After a skip the message holds a link that puts the date back, as Ctrl+Z does.
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.message.linkActivated.connect(lambda _link: self.undo_skip())

        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 6, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        list_layout.addLayout(search_row)
        list_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(list_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 200])  # the grid is what a volunteer looks at first

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.board_button)
        actions.addSpacing(12)
        actions.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(Legend())  # its own row: it must fit a 1366-pixel screen with the buttons
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        add_command(self, Command.NEW, self.create_new)
        add_command(self, Command.FIND, self.focus_search)
        add_command(self, Command.OPEN, self.open_current)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(1)),
            (QKeySequence("Alt+Left"), lambda: self.step(-1)),
            (QKeySequence("Alt+Right"), lambda: self.step(1)),
            (QKeySequence("T"), self.go_to_today),
            (QKeySequence.StandardKey.Undo, self.undo_skip),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        QWidget.setTabOrder(self.previous_button, self.today_button)
        QWidget.setTabOrder(self.today_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.view_box)
        QWidget.setTabOrder(self.view_box, self.room_box)
        QWidget.setTabOrder(self.room_box, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.board_button)
        self.reload()
        self.freshness = Freshness(
            self,
            Change.SESSIONS
            | Change.COUNTS
            | Change.ROOMS
            | Change.PEOPLE
            | Change.CLOSURES
            | Change.DAY,
            self.refresh,
            loaded=True,
        )

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").strip("◀▶… "))
        return button

    # -- what is shown --------------------------------------------------------------------------

    def set_today(self, today: dt.date) -> None:
        """Take ``today`` as today (the clock of the PC, or a test's) and show its week."""
        self.today = today
        self.anchor = today
        self._today_given = True
        self.reload()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == DAY:
            return self.anchor, self.anchor
        if self.mode == MONTH:
            first = self.anchor.replace(day=1)
            next_month = (first + dt.timedelta(days=32)).replace(day=1)
            return agenda.week_start(first), next_month + dt.timedelta(
                days=6 - next_month.weekday()
            )
        monday = agenda.week_start(self.anchor)
        return monday, monday + dt.timedelta(days=6)

    def room_ids(self) -> list[int] | None:
        room_id = self.room_box.currentData()
        return None if room_id is None else [room_id]

    def reload(self) -> None:
        """Fetch the visible range again (one call into the core) and show it."""
        first, last = self.visible_range()
        self.shown = agenda.agenda_range(self.db, first, last)
        self._fill_rooms()
        self._show()
        pending = agenda.count_unconfirmed(self.db, self.today)
        self.confirm_button.setText(self.tr("&To confirm: %1").replace("%1", str(pending)))
        self.confirm_button.setAccessibleName(
            self.tr("Sessions to confirm: %1").replace("%1", str(pending))
        )
        self.confirm_button.setVisible(pending > 0)

    def _fill_rooms(self) -> None:
        assert self.shown is not None
        box = self.room_box
        offered = [(box.itemData(i), box.itemText(i)) for i in range(1, box.count())]
        if offered == [(room.id, room.name) for room in self.shown.rooms]:
            return  # the same rooms: the box stays as the volunteer left it
        current = self.room_box.currentData() if box.count() else remembered_room()
        self.room_box.blockSignals(True)
        self.room_box.clear()
        self.room_box.addItem(self.tr("All rooms"), None)
        for room in self.shown.rooms:
            self.room_box.addItem(room.name, room.id)
        self.room_box.setCurrentIndex(max(0, self.room_box.findData(current)))
        self.room_box.blockSignals(False)

    def _room_chosen(self) -> None:
        remember_room(self.room_box.currentData())
        self._show(keep_rooms=True)

    def _show(self, keep_rooms: bool = False) -> None:
        if self.shown is None:
            return
        first, last = self.visible_range()
        rooms = self.room_ids()
        if self.mode == MONTH:
            self.month.show_month(self.shown, self.anchor.replace(day=1), rooms, self.today)
            self.views.setCurrentWidget(self.month)
        else:
            days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
            before = (self.grid.days, [room.id for room in self.grid.rooms])
            self.grid.show_range(self.shown, days, rooms, self.today)
            if before != (days, [room.id for room in self.grid.rooms]):
                self.grid_area.bring_into_view(self.anchor)
            self.views.setCurrentWidget(self.grid_area)
        sessions = [
            s
            for s in self.shown.sessions
            if (rooms is None or s.room_id in rooms)
            and (self.mode != MONTH or s.date.month == self.anchor.month)
        ]
        self.model.set_rows(sessions)
        self.count_label.setText(self.tr("%1 sessions").replace("%1", str(len(sessions))))
        self.period_label.setText(self._period_text())

    def _period_text(self) -> str:
        locale = QLocale()
        if self.mode == DAY:
            return locale.toString(qdate(self.anchor), "dddd d MMMM yyyy")
        if self.mode == MONTH:
            return locale.toString(qdate(self.anchor), "MMMM yyyy")
        first, last = self.visible_range()
        week = first.isocalendar().week
        return (
            self.tr("Week %1: %2 to %3")
            .replace("%1", str(week))
            .replace("%2", locale.toString(qdate(first), "d MMM"))
            .replace("%3", locale.toString(qdate(last), "d MMM yyyy"))
        )

    # -- navigation -----------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        """A week (day, month) back (-1) or on (1)."""
        if self.mode == DAY:
            self.anchor += dt.timedelta(days=direction)
        elif self.mode == MONTH:
            first = self.anchor.replace(day=1)
            if direction > 0:
                self.anchor = (first + dt.timedelta(days=32)).replace(day=1)
            else:
                self.anchor = (first - dt.timedelta(days=1)).replace(day=1)
        else:
            self.anchor += dt.timedelta(weeks=direction)
        self.reload()

    def go_to_today(self) -> None:
        self.anchor = self.today
        self.reload()

    def show_day(self, day: dt.date) -> None:
        self.anchor = day
        self.view_box.setCurrentIndex(self.view_box.findData(DAY))

    def _view_changed(self) -> None:
        self.mode = self.view_box.currentData()
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- dialogs --------------------------------------------------------------------------------

    def create_new(self) -> None:
        room = self.room_box.currentData()
        self._open(BookingDialog(self.db, self.today, self, room_id=room, day=self.anchor))

    def book_at(self, room_id: int, day: dt.date, start: int, end: int) -> None:
        """Open the booking form for a free slot chosen in the grid."""
        dialog = BookingDialog(
            self.db, self.today, self, room_id=room_id, day=day, start=start, end=end
        )
        self._open(dialog)

    def open_session(self, session: SessionRow) -> None:
        self._open(SessionDialog(self.db, session, self.today, self))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_session(self.proxy.row_at(index.row()))

    def open_current(self) -> None:
        """Enter from outside the list: open the session selected in it, or else go into it."""
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isSelected(index):
            self._open_current()
        else:
            self.table.setFocus()

    def open_unconfirmed(self) -> None:
        self._open(UnconfirmedDialog(self.db, self.today, self))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        self.dialog = None
        changed = bool(getattr(dialog, "saved", None) or getattr(dialog, "changed", False))
        dialog.deleteLater()
        if changed:
            self.message.setText(str(getattr(dialog, "outcome", "")))
            skipped = getattr(dialog, "skipped", None)
            if isinstance(dialog, SessionDialog) and skipped is not None:
                self._skipped(skipped, dialog.session.activity_name)
            self.reload()
            self._show_where_saved(dialog)

    def _saved_day(self, dialog: QDialog) -> dt.date | None:
        """The day of what ``dialog`` saved: a booking, a series' first date, a moved session."""
        saved = getattr(dialog, "saved", None)
        if isinstance(saved, SessionRow):
            return saved.date
        if isinstance(saved, agenda.SeriesInfo):
            return saved.first_date
        if isinstance(dialog, SessionDialog) and saved:
            try:
                return agenda.get_session(self.db, dialog.session.id).date
            except ValidationError:  # skipped or removed: nothing to show
                return None
        return None

    def _show_where_saved(self, dialog: QDialog) -> None:
        """A booking saved outside what is shown: go to its date, and say so.

        A volunteer who typed another week's date would otherwise see nothing
        happen, and book again.
        """
        day = self._saved_day(dialog)
        first, last = self.visible_range()
        if day is None or first <= day <= last:
            return
        self.anchor = day
        self.reload()
        self.message.setText(
            self.tr("Saved for %1; the agenda now shows that date.").replace("%1", list_date(day))
        )

    def _skipped(self, date: agenda.SeriesDate, activity: str) -> None:
        self.skipped.append((date, activity))
        self.message.setText(
            self.tr('%1 on %2 is skipped. <a href="undo">Put it back</a> (Ctrl+Z)')
            .replace("%1", html.escape(activity))
            .replace("%2", day_text(date.occurrence_date))
        )

    def undo_skip(self) -> None:
        """Put the date skipped last back in its series (Ctrl+Z), as "Put back" does."""
        if not self.skipped:
            return
        date, activity = self.skipped.pop()
        try:
            perform(
                Change.SESSIONS,
                lambda: agenda.restore_occurrence(self.db, date.series_id, date.occurrence_date),
                self,
            )
        except ValidationError as refused:
            self.message.setText(
                self.tr("%1 on %2 could not be put back: %3")
                .replace("%1", activity)
                .replace("%2", day_text(date.occurrence_date))
                .replace("%3", " ".join(problem_text(p) for p in refused.problems))
            )
            return
        self.message.setText(
            self.tr("%1 on %2 is back in the agenda.")
            .replace("%1", activity)
            .replace("%2", day_text(date.occurrence_date))
        )
        self.reload()

    def open_print(self) -> None:
        """Ask for a week or day sheet, and save it as a PDF or print it."""
        dialog = PrintDialog(self.db, self.anchor, self)
        self._open(dialog)
        if self.dialog is dialog:
            dialog.finished.connect(lambda _result: self._print_finished(dialog))

    def _print_finished(self, dialog: PrintDialog) -> None:
        if dialog.written is not None:
            self.message.setText(
                self.tr("The sheet was saved as %1").replace("%1", str(dialog.written))
            )

    def open_board(self) -> None:
        """Show today in the house full screen, for a screen in the hall."""
        if self.board is None:
            self.board = HallBoard(self.db, self)  # it closes with the window
            self.board.destroyed.connect(self._board_closed)
        self.board.show_full_screen()

    def _board_closed(self) -> None:
        self.board = None

    def export_calendar(self) -> None:
        """Save the agenda of the rooms shown (all, or the one chosen) as an .ics file."""
        room_id = self.room_box.currentData()
        code = None
        if room_id is not None and self.shown is not None:
            code = next(room.code for room in self.shown.rooms if room.id == room_id)
        target = choose_export_file(self, f"agenda-{code or 'huis'}.ics".lower())
        if target is None:
            return
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        try:
            # The save dialog asked before replacing a file; never the database, though.
            check_target(target, ".ics", replace=True, databases=[self.db.path])
            ics.write_ics(self.db, target, code)
        except OutputError as exc:
            self.message.setText(
                self.tr("The calendar could not be saved: %1").replace("%1", file_error_text(exc))
            )
            return
        except ValidationError as refused:  # personal data in a name: nothing was written
            reasons = "\n".join(problem_text(problem) for problem in refused.problems)
            self.message.setText(
                self.tr(
                    "The calendar was not saved: it is published, and these names would take an "
                    "e-mail address or phone number out of the house.\n%1"
                ).replace("%1", reasons)
            )
            return
        self.message.setText(self.tr("Calendar saved as %1").replace("%1", str(target)))

    def refresh(self) -> None:
        """Read the agenda afresh; after midnight, today is another day."""
        if not self._today_given and self.today != clock.today():
            # The house PC stays on for days: after midnight, today is another day.
            self.today = self.anchor = clock.today()
        self.reload()
