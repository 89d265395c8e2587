"""The agenda's dialogs: book a session or series, open a session, clashes, and what to confirm.

Each dialog saves with one call of ``housedesk.core.agenda.bookings``. When the core finds
clashes (another session, a closure, outside the opening hours) the volunteer
sees every clashing date first and chooses to leave those dates out or to go
back; nothing is booked twice without being asked. The small questions
(``ConflictDialog.ask``, ``ScopeDialog.ask``) are classmethods so tests can
answer them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.problems import Problem, ValidationError
from housedesk.common.times import format_span
from housedesk.core import rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import recurrence as rec
from housedesk.core.agenda.bookings import Conflict, ConflictError, Scope, SessionRow
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.db import Database
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import DateField, list_date, list_date_width
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, problem_text
from housedesk.ui.kit.screen_fit import fit_to_screen, scroll_when_tall
from housedesk.ui.kit.table_model import Column, FilterProxy, RowTableModel
from housedesk.ui.kit.times import TimeField
from housedesk.ui.kit.widgets import Selection, read_only_table


def day_text(day: dt.date) -> str:
    """ "di 3 mrt. 2026": the weekday matters as much as the date in an agenda."""
    return QLocale().toString(to_qdate(day), "ddd d MMM yyyy")


def weekday_name(weekday: int) -> str:
    return QLocale().standaloneDayName(weekday + 1)


def describe(recurrence: Recurrence) -> str:
    """ "every week on Tuesday, until 30-06-2027" in the interface's language."""
    days = ", ".join(weekday_name(day) for day in sorted(recurrence.weekdays))
    if recurrence.frequency is Frequency.MONTHLY:
        ordinals = {
            1: QCoreApplication.translate("agenda", "first"),
            2: QCoreApplication.translate("agenda", "second"),
            3: QCoreApplication.translate("agenda", "third"),
            4: QCoreApplication.translate("agenda", "fourth"),
            -1: QCoreApplication.translate("agenda", "last"),
        }
        text = (
            QCoreApplication.translate("agenda", "the %1 %2 of the month")
            .replace("%1", ordinals.get(recurrence.ordinal or 1, ""))
            .replace("%2", days)
        )
    elif recurrence.interval == 1:
        text = QCoreApplication.translate("agenda", "every week on %1").replace("%1", days)
    else:
        text = (
            QCoreApplication.translate("agenda", "every %1 weeks on %2")
            .replace("%1", str(recurrence.interval))
            .replace("%2", days)
        )
    if recurrence.until is not None:
        return (
            QCoreApplication.translate("agenda", "%1, until %2")
            .replace("%1", text)
            .replace("%2", day_text(recurrence.until))
        )
    if recurrence.count is not None:
        return (
            QCoreApplication.translate("agenda", "%1, %2 times")
            .replace("%1", text)
            .replace("%2", str(recurrence.count))
        )
    return text


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date) -> DateField:
    """The app's date field, typed in or picked on the calendar."""
    return DateField(day)


def time_box(minutes: int | None, *, end: bool = False) -> TimeField:
    """The app's time field: pick a quarter hour, or type "19:30", "1930", "19"."""
    return TimeField(minutes, end_of_day=end)


# --------------------------------------------------------------------------- questions


class ConflictDialog(QDialog):
    """Every clashing date and warning; the volunteer leaves the dates out or goes back."""

    def __init__(
        self,
        conflicts: Sequence[Conflict],
        warnings: Sequence[Problem],
        can_skip: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Check before saving"))
        layout = QVBoxLayout(self)
        if conflicts:
            dates = len({c.date for c in conflicts})
            intro = QLabel(
                self.tr("%n date(s) cannot be booked as asked:", "", dates)
                if can_skip
                else self.tr("This cannot be booked as asked:")
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            listing = QListWidget()
            listing.setObjectName("conflicts")
            listing.setAccessibleName(self.tr("Clashing dates"))
            listing.addItems([problem_text(c.problem()) for c in conflicts])
            layout.addWidget(listing)
        for warning in warnings:
            note = QLabel(problem_text(warning))
            note.setObjectName("warning")
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.go_on: QPushButton | None = None
        if conflicts and can_skip:
            self.go_on = buttons.addButton(
                self.tr("&Leave these dates out and save"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        elif not conflicts:
            self.go_on = buttons.addButton(
                self.tr("&Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        back = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setAccessibleName(self.tr("Back to the form"))
        back.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)
        scroll_when_tall(self)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        conflicts: Sequence[Conflict],
        warnings: Sequence[Problem] = (),
        can_skip: bool = True,
    ) -> bool:
        """True: save, leaving the clashing dates out. False: back to the form."""
        dialog = cls(conflicts, warnings, can_skip, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted.value


class ScopeDialog:
    """Asks which sessions of a series a change is for."""

    @classmethod
    def ask(cls, parent: QWidget | None, allow_this: bool = True) -> Scope | None:
        """The sessions to change; ``allow_this`` False when the repeat itself changes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ScopeDialog", "Change a series"),
            QCoreApplication.translate(
                "ScopeDialog",
                "This session is part of a series. Which sessions should change? "
                "Sessions that were held or cancelled, skipped dates and sessions "
                "changed on their own stay as they are.",
            ),
            parent=parent,
        )
        this = box.addButton(
            QCoreApplication.translate("ScopeDialog", "Only &this one"),
            QMessageBox.ButtonRole.YesRole,
        )
        following = box.addButton(
            QCoreApplication.translate("ScopeDialog", "This one and the &following"),
            QMessageBox.ButtonRole.YesRole,
        )
        every = box.addButton(
            QCoreApplication.translate("ScopeDialog", "&All (from today)"),
            QMessageBox.ButtonRole.YesRole,
        )
        cancel = box.addButton(
            QCoreApplication.translate("ScopeDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        this.setVisible(allow_this)
        box.setDefaultButton(this if allow_this else following)
        box.setEscapeButton(cancel)
        box.exec()
        scopes: dict[QAbstractButton, Scope] = {
            this: Scope.THIS,
            following: Scope.FOLLOWING,
            every: Scope.ALL,
        }
        return scopes.get(box.clickedButton())


# --------------------------------------------------------------------------- booking


class RepeatFields(QWidget):
    """How a new booking repeats: not, weekly (every N weeks on days), or monthly."""

    def __init__(self, first: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("repeat")
        self.kind.setAccessibleName(self.tr("Repeats"))
        self.kind.addItem(self.tr("Once (does not repeat)"), None)
        self.kind.addItem(self.tr("Every week or every few weeks"), Frequency.WEEKLY.value)
        self.kind.addItem(self.tr("Once a month, on a weekday"), Frequency.MONTHLY.value)

        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(1, rec.MAX_INTERVAL)
        self.interval.setAccessibleName(self.tr("Every how many weeks"))
        self.interval_label = QLabel(self.tr("Every"))
        self.interval_unit = QLabel(self.tr("week(s), on:"))
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"weekday{weekday}")
            box.setAccessibleName(weekday_name(weekday))
            box.setChecked(weekday == first.weekday())
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)

        self.ordinal = QComboBox()
        self.ordinal.setObjectName("ordinal")
        self.ordinal.setAccessibleName(self.tr("Which one of the month"))
        for number, text in (
            (1, self.tr("First")),
            (2, self.tr("Second")),
            (3, self.tr("Third")),
            (4, self.tr("Fourth")),
            (-1, self.tr("Last")),
        ):
            self.ordinal.addItem(text, number)
        self.month_day = QComboBox()
        self.month_day.setObjectName("monthWeekday")
        self.month_day.setAccessibleName(self.tr("Weekday"))
        for weekday in range(7):
            self.month_day.addItem(weekday_name(weekday), weekday)
        self.month_day.setCurrentIndex(first.weekday())
        self.ordinal.setCurrentIndex(min(3, (first.day - 1) // 7))

        self.until_choice = QRadioButton(self.tr("Last date"))
        self.until_choice.setObjectName("untilChoice")
        self.until_choice.setChecked(True)
        self.until = date_edit(first + dt.timedelta(days=182))
        self.until.setMinimum(first)
        self.until.setObjectName("until")
        self.until.setAccessibleName(self.tr("Last date"))
        self.count_choice = QRadioButton(self.tr("Number of times"))
        self.count_choice.setObjectName("countChoice")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, rec.MAX_COUNT)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("Number of times"))
        group = QButtonGroup(self)
        group.addButton(self.until_choice)
        group.addButton(self.count_choice)
        # Only the chosen ending can be typed in, and only it is checked on saving.
        self.until_choice.toggled.connect(self._ending_changed)
        self._ending_changed()

        self.weekly_row = QWidget()
        weekly = QHBoxLayout(self.weekly_row)
        weekly.setContentsMargins(0, 0, 0, 0)
        weekly.addWidget(self.interval_label)
        weekly.addWidget(self.interval)
        weekly.addWidget(self.interval_unit)
        weekly.addStretch(1)
        self.days_row = QWidget()
        self.days_row.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.monthly_row = QWidget()
        monthly = QHBoxLayout(self.monthly_row)
        monthly.setContentsMargins(0, 0, 0, 0)
        monthly.addWidget(self.ordinal)
        monthly.addWidget(self.month_day)
        monthly.addWidget(QLabel(self.tr("of the month")))
        monthly.addStretch(1)
        self.end_row = QWidget()
        ending = QHBoxLayout(self.end_row)
        ending.setContentsMargins(0, 0, 0, 0)
        ending.addWidget(self.until_choice)
        ending.addWidget(self.until)
        ending.addSpacing(12)
        ending.addWidget(self.count_choice)
        ending.addWidget(self.count)
        ending.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        for row in (self.weekly_row, self.days_row, self.monthly_row, self.end_row):
            layout.addWidget(row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def show_rule(self, recurrence: Recurrence, last_date: dt.date) -> None:
        """Show a series' rule (a series without an end: until its last date); no "once"."""
        self.kind.removeItem(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData(recurrence.frequency.value)))
        self.interval.setValue(recurrence.interval)
        for weekday, box in enumerate(self.days):
            box.setChecked(weekday in recurrence.weekdays)
        if recurrence.frequency is Frequency.MONTHLY:
            self.month_day.setCurrentIndex(recurrence.weekdays[0])
            self.ordinal.setCurrentIndex(max(0, self.ordinal.findData(recurrence.ordinal)))
        if recurrence.count is not None:
            self.count_choice.setChecked(True)
            self.count.setValue(recurrence.count)
        else:
            self.until_choice.setChecked(True)
            self.until.setValue(recurrence.until or last_date)
        self._kind_changed()

    def _ending_changed(self, *_args: object) -> None:
        self.until.setEnabled(self.until_choice.isChecked())
        self.count.setEnabled(self.count_choice.isChecked())

    def frequency(self) -> Frequency | None:
        # Qt hands item data back as a plain str, not as the enum that was stored.
        data = self.kind.currentData()
        return Frequency(data) if data else None

    def _kind_changed(self) -> None:
        frequency = self.frequency()
        self.weekly_row.setVisible(frequency is Frequency.WEEKLY)
        self.days_row.setVisible(frequency is Frequency.WEEKLY)
        self.monthly_row.setVisible(frequency is Frequency.MONTHLY)
        self.end_row.setVisible(frequency is not None)

    def recurrence(self) -> Recurrence | None:
        frequency = self.frequency()
        if frequency is None:
            return None
        until = self.until.value() if self.until_choice.isChecked() else None
        count = self.count.value() if self.count_choice.isChecked() else None
        if frequency is Frequency.MONTHLY:
            return Recurrence(
                Frequency.MONTHLY,
                (self.month_day.currentData(),),
                ordinal=self.ordinal.currentData(),
                until=until,
                count=count,
            )
        weekdays = tuple(day for day, box in enumerate(self.days) if box.isChecked())
        return Recurrence(
            Frequency.WEEKLY, weekdays, interval=self.interval.value(), until=until, count=count
        )


class BookingDialog(FormDialog):
    """Book a session, once or repeating: activity, room, date, start and end."""

    def __init__(
        self,
        db: Database,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        room_id: int | None = None,
        day: dt.date | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("BookingDialog", "Book a session"), parent)
        self.setObjectName("bookingDialog")
        self.db = db
        self.saved: SessionRow | agenda.SeriesInfo | None = None
        self._times_given = start is not None
        self._room_given = room_id is not None
        self.choices = users.pickable_activities(db)

        self.activity = QComboBox()
        self.activity.addItem(self.tr("Choose an activity…"), None)
        for choice in self.choices:
            self.activity.addItem(f"{choice.name} ({choice.user_name})", choice.id)
        self.room = QComboBox()
        self.room.addItem(self.tr("Choose a room…"), None)
        for room in rooms.list_rooms(db):
            if room.active:
                self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        if room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        self.date = date_edit(day or today)
        self.start = time_box(start)
        self.end = time_box(end, end=True)
        self.repeat = RepeatFields(day or today)
        self.add_field("activity", self.tr("&Activity:"), self.activity)
        self.add_field("room", self.tr("&Room:"), self.room)
        self.add_field("date", self.tr("&Date:"), self.date)
        self.add_field("start", self.tr("Start &time:"), self.start, self.tr("Start time"))
        self.add_field("end", self.tr("&End time:"), self.end, self.tr("End time"))
        self.add_field("repeat", self.tr("Re&peats:"), self.repeat, self.tr("Repeats"))
        for name in ("weekdays", "interval", "ordinal", "until", "count"):
            self.errors[name] = self.errors["repeat"]
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self.date.valueChanged.connect(self._date_changed)
        self.setTabOrder(self.activity, self.room)
        self.setTabOrder(self.room, self.date)
        self.setTabOrder(self.date, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.repeat.kind)
        self.activity.setFocus()

    def _activity_changed(self) -> None:
        choice = next((c for c in self.choices if c.id == self.activity.currentData()), None)
        if choice is None:
            return
        if not self._room_given and choice.default_room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(choice.default_room_id)))
        if not self._times_given and choice.default_start_min is not None:
            self.start.setValue(choice.default_start_min)
            self.end.setValue(choice.default_end_min)

    def _date_changed(self) -> None:
        day = self.date.value()
        if day is None:
            return
        self.repeat.until.setMinimum(day)
        # One ticked day follows the date; several were ticked on purpose and stay.
        if sum(box.isChecked() for box in self.repeat.days) <= 1:
            for weekday, box in enumerate(self.repeat.days):
                box.setChecked(weekday == day.weekday())
        self.repeat.month_day.setCurrentIndex(day.weekday())

    def accept(self) -> None:
        self.clear_errors()
        if not self.fields_and_rest_read():
            self.adjustSize()
            return
        try:
            done = self.save()
        except ValidationError as refused:
            self.show_problems(refused)
            return
        if done:
            QDialog.accept(self)

    def check(self) -> None:
        # A last date that does not read would be a series without an end.
        ending = self.repeat.until.problem() is None or not self.repeat.until.isEnabled()
        agenda.preview(
            self.db,
            self.activity.currentData(),
            self.room.currentData(),
            self.date.value(),
            self.start.currentText(),
            self.end.currentText(),
            self.repeat.recurrence() if ending else None,
        )

    def save(self) -> bool:
        """Book it; first show the clashes and warnings, if any. False: back to the form."""
        activity_id, room_id = self.activity.currentData(), self.room.currentData()
        day = self.date.value()
        assert day is not None  # fields_read() said it reads
        start, end = self.start.currentText(), self.end.currentText()
        recurrence = self.repeat.recurrence()
        check = agenda.preview(self.db, activity_id, room_id, day, start, end, recurrence)
        skip: list[dt.date] = []
        if check.conflicts or check.warnings:
            if not ConflictDialog.ask(
                self, check.conflicts, check.warnings, can_skip=recurrence is not None
            ):
                return False
            skip = sorted({c.date for c in check.conflicts})
        if recurrence is None:
            self.saved = perform(
                Change.SESSIONS,
                lambda: agenda.book_session(self.db, activity_id, room_id, day, start, end),
                self,
            )
        else:
            self.saved = perform(
                Change.SESSIONS,
                lambda: agenda.create_series(
                    self.db, activity_id, room_id, day, start, end, recurrence, skip
                ),
                self,
            )
        return True


# --------------------------------------------------------------------------- one session


class SessionDialog(FormDialog):
    """One session: move it, change its times or room (for the series too), or set its status."""

    def __init__(
        self, db: Database, session: SessionRow, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("SessionDialog", "Session"), parent)
        self.setObjectName("sessionDialog")
        self.db, self.session, self.today = db, session, today
        self.saved = False
        planned = session.status is BookingStatus.GEPLAND

        summary = QLabel(
            f"<b>{session.activity_name}</b> — {session.user_name}<br>"
            f"{code_label(session.nature, Nature)} · {code_label(session.status, BookingStatus)}"
            + (f" ({session.cancel_reason})" if session.cancel_reason else "")
        )
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        if session.series_id is not None:
            rule = agenda.get_series(db, session.series_id).recurrence
            if rule is None:
                note = self.tr("Part of a series.")
            else:
                note = self.tr("Part of a series: %1.").replace("%1", describe(rule))
            if session.detached:
                note += " " + self.tr("This session was changed on its own.")
            self.add_note(note).setObjectName("seriesNote")

        self.room = QComboBox()
        for room in rooms.list_rooms(db):
            if room.active or room.id == session.room_id:
                self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(session.room_id)))
        self.date = date_edit(session.date)
        self.start = time_box(session.start_min)
        self.end = time_box(session.end_min, end=True)
        self.add_field("date", self.tr("&Date:"), self.date)
        self.add_field("room", self.tr("&Room:"), self.room)
        self.add_field("start", self.tr("Start &time:"), self.start, self.tr("Start time"))
        self.add_field("end", self.tr("&End time:"), self.end, self.tr("End time"))
        self.series: agenda.SeriesInfo | None = None
        self.repeat: RepeatFields | None = None
        if session.series_id is not None:
            self.series = agenda.get_series(db, session.series_id)
        if self.series is not None and self.series.recurrence is not None:
            self.repeat = RepeatFields(session.date)
            self.repeat.show_rule(self.series.recurrence, self.series.last_date)
            self.add_field("repeat", self.tr("Re&peats:"), self.repeat, self.tr("Repeats"))
            for name in ("weekdays", "interval", "ordinal", "until", "count"):
                self.errors[name] = self.errors["repeat"]
            self.repeat.setEnabled(planned)
        for widget in (self.date, self.room, self.start, self.end):
            widget.setEnabled(planned)
        self.save_button.setEnabled(planned)
        if not planned:
            self.add_note(self._why_fixed()).setObjectName("fixedNote")

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. ill, storm, too few people"))
        self.add_field("reason", self.tr("Reason if &cancelled:"), self.reason, self.tr("Reason"))
        status_row = QHBoxLayout()
        self.held_button = self._status_button("heldButton", self.tr("Mark as &held"))
        self.held_button.setEnabled(planned and session.date <= today)
        self.held_button.clicked.connect(lambda: self._status(BookingStatus.GEHOUDEN))
        self.cancel_button = self._status_button("cancelSessionButton", self.tr("Ca&ncel session"))
        self.cancel_button.setEnabled(planned)
        self.cancel_button.clicked.connect(lambda: self._status(BookingStatus.GEANNULEERD))
        self.planned_button = self._status_button("plannedButton", self.tr("Back to &planned"))
        self.planned_button.setEnabled(not planned and session.visitors is None)
        self.planned_button.clicked.connect(lambda: self._status(BookingStatus.GEPLAND))
        if session.series_id is not None:
            self.remove_button = self._status_button("skipButton", self.tr("S&kip this date"))
        else:
            self.remove_button = self._status_button("deleteButton", self.tr("De&lete"))
        self.remove_button.setEnabled(planned)
        self.remove_button.clicked.connect(self._remove)
        for button in (self.held_button, self.cancel_button, self.planned_button):
            status_row.addWidget(button)
        status_row.addStretch(1)
        status_row.addWidget(self.remove_button)
        self.form.addRow(status_row)
        self.reason.setEnabled(planned)

    def _why_fixed(self) -> str:
        """Why the date, room and times cannot be changed, and what can be done instead."""
        session = self.session
        if session.status is BookingStatus.GEANNULEERD:
            return self.tr(
                "This session was cancelled, so its date, room and times stay as they were. "
                "To change them, first press “Back to planned”."
            )
        if session.visitors is not None:
            return self.tr(
                "This session was held and counted, so its date, room and times stay as "
                "they were. A count is corrected on the Tallies screen."
            )
        return self.tr(
            "This session was held, so its date, room and times stay as they were. "
            "To change them, first press “Back to planned”."
        )

    def _changed_rule(self) -> Recurrence | None:
        """The rule in the form if the volunteer changed it, else ``None`` (keep the rule)."""
        if self.repeat is None or self.series is None or self.series.recurrence is None:
            return None
        asked = self.repeat.recurrence()
        shown = self.series.recurrence
        if shown.until is None and shown.count is None:
            shown = replace(shown, until=self.series.last_date)
        if asked is None or asked == shown:
            return None
        return asked

    def _status_button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _run(self, action: Callable[[], object]) -> None:
        self.clear_errors()
        try:
            perform(Change.SESSIONS, action, self)
        except ValidationError as refused:
            self.show_problems(refused)
            return
        self.saved = True
        QDialog.accept(self)

    def _status(self, status: BookingStatus) -> None:
        self._run(
            lambda: agenda.set_status(
                self.db, self.session.id, status, self.reason.text(), today=self.today
            )
        )

    def _remove(self) -> None:
        if self.session.series_id is not None:
            self._run(lambda: agenda.skip_occurrence(self.db, self.session.id))
        else:
            self._run(lambda: agenda.delete_session(self.db, self.session.id))

    def accept(self) -> None:
        self.clear_errors()
        if not self.fields_and_rest_read():
            return
        try:
            done = self.save()
        except ValidationError as refused:
            self.show_problems(refused)
            return
        if done:
            self.saved = True
            QDialog.accept(self)

    def save(self) -> bool:
        """Change this session, or (asked) the series from here or from today."""
        room_id, day = self.room.currentData(), self.date.value()
        assert day is not None  # fields_read() said it reads
        start, end = self.start.currentText(), self.end.currentText()
        rule = self._changed_rule()
        scope = Scope.THIS
        if self.session.series_id is not None and (day == self.session.date or rule):
            chosen = ScopeDialog.ask(self, allow_this=rule is None)
            if chosen is None:
                return False
            scope = chosen
        skip: list[dt.date] = []
        while True:
            try:
                if scope is Scope.THIS:
                    perform(
                        Change.SESSIONS,
                        lambda: agenda.change_session(
                            self.db, self.session.id, room_id, day, start, end
                        ),
                        self,
                    )
                else:
                    perform(
                        Change.SESSIONS,
                        lambda: agenda.edit_series(
                            self.db,
                            self.session.id,
                            scope,
                            room_id,
                            start,
                            end,
                            rule,
                            today=self.today,
                            skip=skip,  # noqa: B023 - called at once, inside the loop
                        ),
                        self,
                    )
                return True
            except ConflictError as clash:
                if skip or not ConflictDialog.ask(
                    self, clash.conflicts, can_skip=scope is not Scope.THIS
                ):
                    return False
                skip = clash.dates


# --------------------------------------------------------------------------- to confirm


UNCONFIRMED_COLUMNS: list[Column[SessionRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Date"),
        lambda s: list_date(s.date),
        sort_key=lambda s: (s.date, s.start_min),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Time"), lambda s: format_span(s.start_min, s.end_min)),
    Column(QT_TRANSLATE_NOOP("columns", "Room"), lambda s: s.room_name),
    Column(QT_TRANSLATE_NOOP("columns", "Activity"), lambda s: s.activity_name),
]


class UnconfirmedDialog(QDialog):
    """Past sessions still planned: confirm them as held, or open one to cancel it."""

    def __init__(self, db: Database, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unconfirmedDialog")
        self.setWindowTitle(self.tr("Sessions to confirm"))
        self.db, self.today = db, today
        self.changed = False
        intro = QLabel(
            self.tr(
                "These sessions are in the past but still planned. Did they take place? "
                "Select them and mark them as held; open one (Enter) to cancel it with a reason."
            )
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[SessionRow] = RowTableModel(UNCONFIRMED_COLUMNS, parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = read_only_table(
            self.proxy,
            "unconfirmedTable",
            self.tr("Sessions to confirm"),
            sortable=True,
            selection=Selection.ExtendedSelection,
        )
        self.table.activated.connect(self._open_current)
        self.held = QPushButton(self.tr("Mark selected as &held"))
        self.held.setObjectName("markHeld")
        self.held.setAccessibleName(self.tr("Mark selected as held"))
        self.held.clicked.connect(self._mark_selected)
        self.all_held = QPushButton(self.tr("Mark &all as held"))
        self.all_held.setObjectName("markAllHeld")
        self.all_held.setAccessibleName(self.tr("Mark all as held"))
        self.all_held.clicked.connect(self._mark_all)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.held, self.all_held):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 460)
        fit_to_screen(self)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(agenda.unconfirmed_sessions(self.db, self.today))
        for column, width in ((0, list_date_width(self.table)), (1, 110), (2, 170)):
            self.table.setColumnWidth(column, width)

    def _selected(self) -> list[SessionRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.proxy.row_at(row) for row in sorted(rows)]

    def _mark(self, sessions: Sequence[SessionRow]) -> None:
        if sessions:
            perform(
                Change.SESSIONS,
                lambda: agenda.confirm_held(self.db, [s.id for s in sessions], today=self.today),
                self,
            )
            self.changed = True
            self.reload()

    def _mark_selected(self) -> None:
        self._mark(self._selected())

    def _mark_all(self) -> None:
        self._mark(self.model.rows())

    def _open_current(self) -> None:
        rows = self._selected()
        if not rows:
            return
        dialog = SessionDialog(self.db, rows[0], self.today, self)
        dialog.finished.connect(lambda _r: self._session_closed(dialog))
        dialog.open()

    def _session_closed(self, dialog: SessionDialog) -> None:
        if dialog.saved:
            self.changed = True
            self.reload()
        dialog.deleteLater()
