"""Dates as people here read them: the one date field of the app, and the period pickers.

``DateField`` is every date field: a line edit that takes what people type
wherever the cursor is (``19-07-2027``, ``19-7-27``, ``19 juli 2027``,
``19/7``; Ctrl+A and type anew), a button with the calendar to click a day in
(also Alt+Down or F4), and the weekday beside it. The typing is read by
``housedesk.common.dates.parse_date``; a date that cannot be read or lies
outside the field's range is said next to the field and never replaced by
another. Up and Down move a day. The API is a value's: ``value()``,
``setValue()``, ``valueChanged``, ``setMinimum()``/``setMaximum()``.

``RangeChoice`` is a choice of periods whose last is "From … to …" with two
date fields; ``PeriodPicker`` (the lists' filters) and Overzicht's
``RangePicker`` are two of its kind.

Dates as text (``list_date``, ``format_date``, ``qdate`` …) are made in
``housedesk.ui.kit.date_text``, without the widgets, because the first screen
shows them before the window has painted; they are offered here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from housedesk.common import dates
from housedesk.common.periods import Period, quarter_of
from housedesk.common.problems import Problem
from housedesk.ui.kit import clock
from housedesk.ui.kit.date_text import date_format as date_format
from housedesk.ui.kit.date_text import format_date as format_date
from housedesk.ui.kit.date_text import list_date as list_date
from housedesk.ui.kit.date_text import list_date_width as list_date_width
from housedesk.ui.kit.date_text import list_moment as list_moment
from housedesk.ui.kit.date_text import pydate as pydate
from housedesk.ui.kit.date_text import qdate as qdate
from housedesk.ui.kit.date_text import qdatetime as qdatetime
from housedesk.ui.kit.fields import CheckedInput
from housedesk.ui.kit.widgets import FieldError

# The range of every date field unless it says otherwise: the register's own years.
FIRST_DATE = dt.date(2000, 1, 1)
LAST_DATE = dt.date(2099, 12, 31)


def calendar_icon(size: int, color: QColor) -> QIcon:
    """A small calendar sheet, drawn: no icon theme is sure to have one."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color)
    margin = max(1, size // 8)
    sheet = QRect(
        margin, margin + size // 8, size - 2 * margin - 1, size - 2 * margin - size // 8 - 1
    )
    painter.drawRect(sheet)
    painter.fillRect(QRect(sheet.left(), sheet.top(), sheet.width() + 1, max(2, size // 5)), color)
    cell = max(1, size // 8)
    for row in range(2):
        for column in range(3):
            x = sheet.left() + (column + 1) * sheet.width() // 4 - cell // 2
            y = sheet.top() + size // 5 + (row + 1) * (sheet.height() - size // 5) // 3 - cell // 2
            painter.fillRect(QRect(x, y, cell, cell), color)
    painter.end()
    return QIcon(pixmap)


class DateField(QWidget, CheckedInput[dt.date]):
    """The app's date field: type a date as you write it, or pick one from the calendar.

    ``optional`` lets it stay empty (value ``None``); ``past`` is a field that
    takes no future date: its latest date is today, and a date typed without a
    year is the last one up to today. ``valueChanged`` follows what was
    committed (Enter, leaving the field, a day picked, ``setValue``).
    """

    valueChanged = Signal(object)  # dt.date | None

    def __init__(
        self,
        value: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        past: bool = False,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._optional = optional
        self._past = past
        self._first: dt.date | None = FIRST_DATE
        self._last: dt.date | None = None if past else LAST_DATE
        self._committed: dt.date | None = None
        self.calendar: QCalendarWidget | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        metrics = self.edit.fontMetrics()
        # Wide enough for a date as shown; a longer one typed scrolls until it is tidied.
        self.edit.setFixedWidth(metrics.horizontalAdvance("00-00-00000") + 16)
        self.edit.setToolTip(
            self.tr("Type the date as you write it, e.g. 19-07-2027, 19-7-27 or 19 juli 2027")
        )
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setIcon(
            calendar_icon(metrics.height(), self.palette().color(QPalette.ColorRole.ButtonText))
        )
        self.button.setToolTip(self.tr("Choose the day on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.weekday = QLabel()
        self.weekday.setObjectName("weekday")
        self.weekday.setMinimumWidth(
            max(metrics.horizontalAdvance(QLocale().dayName(day)) for day in range(1, 8)) + 4
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.weekday)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        if value is not None:
            self.setValue(value)

    # -- the value --------------------------------------------------------------------------

    def read(self) -> dt.date | Problem | None:
        today = self._today()
        day = dates.parse_date(self.edit.text(), today, past=self._past)
        if isinstance(day, Problem):
            if self._optional and not self.edit.text().strip():
                return None
            return day
        return dates.outside(day, self._first, self.maximum(), today) or day

    def setValue(self, day: dt.date | None) -> None:
        """Show ``day`` (``None``: empty); ``valueChanged`` when it differs from before."""
        self.edit.setText("" if day is None else dates.format_date(day))
        self._show_weekday(day)
        self._say("")
        self._commit_value(day)

    def setMinimum(self, day: dt.date | None) -> None:
        """The first date taken (``None``: any); one typed before it is refused, not moved."""
        self._first = day

    def setMaximum(self, day: dt.date | None) -> None:
        """The last date taken (``None``: any); one typed after it is refused, not moved."""
        self._last = day

    def minimum(self) -> dt.date | None:
        return self._first

    def maximum(self) -> dt.date | None:
        return self._today() if self._past and self._last is None else self._last

    def text(self) -> str:
        return self.edit.text()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("Calendar for %1").replace("%1", name))

    # -- typing -----------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        read = self.read()
        self._show_weekday(read if isinstance(read, dt.date) else None)
        self._edited()

    def commit(self) -> None:
        """Take the text: tidy a date that reads, say what is wrong with one that does not."""
        read = self.read()
        if isinstance(read, dt.date):
            self.edit.setText(dates.format_date(read))
        if not isinstance(read, Problem):
            self._commit_value(read)
        self._show_weekday(read if isinstance(read, dt.date) else None)
        self._left()

    def _commit_value(self, day: dt.date | None) -> None:
        if day != self._committed:
            self._committed = day
            self.valueChanged.emit(day)

    def _show_weekday(self, day: dt.date | None) -> None:
        self.weekday.setText("" if day is None else QLocale().dayName(day.isoweekday()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
            ):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return False

    def _step(self, days: int) -> None:
        """Up and Down: the next or previous day, from the date shown (or today)."""
        read = dates.parse_date(self.edit.text(), self._today(), past=self._past)
        day = read + dt.timedelta(days=days) if isinstance(read, dt.date) else self._today()
        self.edit.setText(dates.format_date(day))
        self._typed(self.edit.text())
        self.commit()

    # -- the calendar -----------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Show a month to click a day in, below the field; Esc closes it unchanged."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("calendarPopup")
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setAccessibleName(self.tr("Calendar"))
        calendar.setGridVisible(True)
        first, last = self._first, self.maximum()
        if first is not None:
            calendar.setMinimumDate(qdate(first))
        if last is not None:
            calendar.setMaximumDate(qdate(last))
        read = self.read()
        shown = read if isinstance(read, dt.date) else self._committed or self._today()
        calendar.setSelectedDate(qdate(shown))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.destroyed.connect(self._calendar_closed)
        calendar.adjustSize()
        self._place(calendar)
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _place(self, calendar: QCalendarWidget) -> None:
        """Below the field, or above it when the screen ends first; always on the screen."""
        below = self.mapToGlobal(QPoint(0, self.height()))
        size = calendar.sizeHint()
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - size.width()))
        y = below.y()
        if y + size.height() > screen.bottom():
            y = max(screen.top(), self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        calendar.move(x, y)

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.close()
        self.setValue(pydate(day))
        self.edit.setFocus()
        self.edit.selectAll()

    def _calendar_closed(self) -> None:
        self.calendar = None


class DateMessage(FieldError):
    """The message of date fields outside a form: beside them, red, gone once they read."""

    def __init__(self, name: str, *fields: DateField) -> None:
        super().__init__(name)
        self._said: dict[int, str] = {}
        for number, field in enumerate(fields):
            field.watch(partial(self._field_says, number))

    def _field_says(self, number: int, text: str) -> None:
        self._said[number] = text
        self.show_message("\n".join(said for _, said in sorted(self._said.items()) if said))


class RangeChoice(QWidget):
    """A choice of periods whose last, "From … to …", shows two date fields beside it.

    The range typed counts once both dates read, and "to" is never before "from":
    that is said under the fields, not moved. ``PeriodPicker`` and the Overview's
    ``RangePicker`` are two of its kind, with their own choices.
    """

    # The from–to range typed changed (both dates read, "to" not before "from").
    range_changed = Signal()

    def __init__(
        self,
        today: Callable[[], dt.date],
        name: str,
        choices: int,
        label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``name`` names the widgets (``periodChoice``, ``periodFirst``, ``periodLast``) and
        their message; ``choices`` is how many (the last the range); ``label`` goes before
        them, with the choice as its buddy."""
        super().__init__(parent)
        self._today = today
        self.choice = QComboBox()
        self.choice.setObjectName(f"{name}Choice")
        self.choice.setAccessibleName(self.tr("Period"))
        for _ in range(choices):
            self.choice.addItem("")
        start = quarter_of(today())
        self.first = DateField(start.first_day, today=today)
        self.first.setObjectName(f"{name}First")
        self.first.setAccessibleName(self.tr("From date"))
        self.last = DateField(today(), today=today)
        self.last.setObjectName(f"{name}Last")
        self.last.setAccessibleName(self.tr("To date"))
        self.last.setMinimum(start.first_day)
        self._range = (start.first_day, today())
        self.to_label = QLabel(self.tr("to"))
        self.message = DateMessage(name, self.first, self.last)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if label is not None:
            title = QLabel(label)
            title.setBuddy(self.choice)
            row.addWidget(title)
        row.addWidget(self.choice)
        row.addWidget(self.first)
        row.addSpacing(6)
        row.addWidget(self.to_label)
        row.addWidget(self.last)
        layout = QVBoxLayout(self)  # the message under the range: the filters keep their room
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.first.valueChanged.connect(self._first_changed)
        self.last.valueChanged.connect(self._range_changed)

    def _show_range(self, visible: bool) -> None:
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(visible)
        self.message.setVisible(visible and bool(self.message.text()))

    def _first_changed(self, day: dt.date | None) -> None:
        # The range never runs backwards: a "to" before "from" is said, not moved.
        self.last.setMinimum(day)
        self.last.show_problem()
        self._range_changed()

    def _range_changed(self, *_args: object) -> None:
        """Take the range typed once both dates read; until then what is shown stays."""
        first, last = self.first.value(), self.last.value()
        if first is None or last is None or (first, last) == self._range:
            return
        self._range = (first, last)
        self.range_changed.emit()


class PeriodPicker(RangeChoice):
    """Choose a period to show: all, this or last quarter, this or last year, or from–to."""

    # The period chosen changed: another choice, or another range typed.
    changed = Signal()

    ALL, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, CUSTOM = range(6)

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(today, "period", 6, parent=parent)
        self.refresh_labels()
        self._show_range(False)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.range_changed.connect(self.changed.emit)

    def periods(self) -> dict[int, Period]:
        """The periods behind the choices, counted from today."""
        quarter = quarter_of(self._today())
        year = Period.containing(self._today(), whole_year=True)
        return {
            self.THIS_QUARTER: quarter,
            self.LAST_QUARTER: quarter.previous(),
            self.THIS_YEAR: year,
            self.LAST_YEAR: year.previous(),
        }

    def refresh_labels(self) -> None:
        """Name the periods after today's date (the app may stay open into a new quarter)."""
        templates = {
            self.THIS_QUARTER: self.tr("This quarter (%1)"),
            self.LAST_QUARTER: self.tr("Last quarter (%1)"),
            self.THIS_YEAR: self.tr("This year (%1)"),
            self.LAST_YEAR: self.tr("Last year (%1)"),
        }
        self.choice.setItemText(self.ALL, self.tr("All periods"))
        for index, period in self.periods().items():
            self.choice.setItemText(index, templates[index].replace("%1", str(period)))
        self.choice.setItemText(self.CUSTOM, self.tr("From … to …"))

    def days(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day chosen (inclusive), or ``None`` for all periods."""
        choice = self.choice.currentIndex()
        period = self.periods().get(choice)
        if period is not None:
            return period.first_day, period.last_day
        if choice == self.CUSTOM:
            return self._range
        return None

    def _choice_changed(self, index: int) -> None:
        self._show_range(index == self.CUSTOM)
        self.changed.emit()
