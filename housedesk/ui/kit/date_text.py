"""Dates as text in lists, titles and messages: "ma 19-07-2027", as the locale writes them.

Plain functions, no widgets: the window's first screen and the start-up
messages need them before anything else of ``housedesk.ui.kit.dates`` (the
date field and the period picker, with the typed-date reading behind them),
which is loaded only when a screen with a date field is first opened.
``housedesk.ui.kit.dates`` offers the same names, so a screen imports its date
text and its date fields from one place.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QWidget


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
