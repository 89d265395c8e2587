"""Dates as people here read them, and a period picker shared by the screens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from housedesk.common.periods import Period, quarter_of


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """The Python date of a (valid) ``QDate``: ``QDate.toPython()``, typed."""
    return dt.date(day.year(), day.month(), day.day())


def qdatetime(moment: dt.datetime) -> QDateTime:
    """A naive ``datetime`` as a local-time ``QDateTime``, as PySide converts it itself."""
    time = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(qdate(moment.date()), time)


def date_format() -> str:
    """The locale's short date format, always with a four-digit year (25-11-2026 in Dutch)."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def format_date(day: dt.date) -> str:
    return QLocale().toString(qdate(day), date_format())


class PeriodPicker(QWidget):
    """Choose a period to show: all, this or last quarter, this or last year, or from–to."""

    changed = Signal()

    ALL, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, CUSTOM = range(6)

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.choice = QComboBox()
        self.choice.setObjectName("periodChoice")
        self.choice.setAccessibleName(self.tr("Period"))
        for _ in range(6):
            self.choice.addItem("")
        self.first = QDateEdit()
        self.first.setObjectName("periodFirst")
        self.first.setAccessibleName(self.tr("From date"))
        self.last = QDateEdit()
        self.last.setObjectName("periodLast")
        self.last.setAccessibleName(self.tr("To date"))
        start = quarter_of(today())
        for edit, day in ((self.first, start.first_day), (self.last, today())):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setDate(qdate(day))
        self.to_label = QLabel(self.tr("to"))
        self.refresh_labels()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.first)
        layout.addWidget(self.to_label)
        layout.addWidget(self.last)
        self._show_range(False)

        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.first.dateChanged.connect(self._first_changed)
        self.last.dateChanged.connect(lambda _date: self.changed.emit())

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
            return pydate(self.first.date()), pydate(self.last.date())
        return None

    def _show_range(self, visible: bool) -> None:
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(visible)

    def _choice_changed(self, index: int) -> None:
        self._show_range(index == self.CUSTOM)
        self.changed.emit()

    def _first_changed(self, date: QDate) -> None:
        # The range can never run backwards: "to" moves along when "from" passes it.
        self.last.setMinimumDate(date)
        self.changed.emit()


def list_date(day: dt.date) -> str:
    """A date in a list, the same on every screen: "ma 19-07-2027" (weekday, day, month, year).

    The weekday says as much to a volunteer as the date; the digits sort and
    read the same in every list.
    """
    return QLocale().toString(qdate(day), f"ddd {date_format()}")


def list_date_width(widget: QWidget) -> int:
    """The width of a list's date column (``list_date``) in ``widget``'s letters, with padding."""
    week = [dt.date(2026, 12, 28) + dt.timedelta(days=n) for n in range(7)]  # the widest digits
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(list_date(day)) for day in week) + 24


def list_moment(moment: dt.datetime) -> str:
    """A moment (a naive local time) in a list: "ma 19-07-2027 14:05"."""
    return f"{list_date(moment.date())} {moment.strftime('%H:%M')}"
