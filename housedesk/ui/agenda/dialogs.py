"""The agenda's dialogs: book a session or series, open a session, clashes, and what to confirm.

Each dialog saves with one call of ``housedesk.core.agenda.bookings``. When the core finds
clashes (another session, a closure, outside the opening hours) the volunteer
sees every clashing date first and chooses to leave those dates out or to go
back; nothing is booked twice without being asked. A series none of whose
dates can be booked cannot be saved; one of a number of times says how often
it takes place and offers to add the missing times at its end. Every change
of a session of a series asks which sessions it is for (``ScopeDialog``);
skipping a date asks first, and ``SeriesDatesDialog`` lists what a series
leaves out or moved, to put back. The small questions (``ConflictDialog.ask``,
``ScopeDialog.ask``) are classmethods so tests can answer them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from housedesk.common.times import (
    LATEST_END_MIN,
    MINUTES_PER_DAY,
    end_after,
    format_span,
    parse_time,
    passes_midnight,
)
from housedesk.core import rooms, users
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda import recurrence as rec
from housedesk.core.agenda.bookings import (
    Conflict,
    ConflictError,
    ConflictKind,
    Scope,
    SessionRow,
)
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.db import Database
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import DateField, list_date, list_date_width
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, problem_text
from housedesk.ui.kit.messages import Messages
from housedesk.ui.kit.screen_fit import fit_to_screen, scroll_when_tall
from housedesk.ui.kit.setup_time import SetupFields
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


def night_note(start: QComboBox, end: QComboBox) -> QLabel:
    """A note that follows the two time fields: it says when the end is after midnight."""
    note = QLabel()
    note.setObjectName("nightNote")
    note.setWordWrap(True)

    def update(*_args: object) -> None:
        first, last = parse_time(start.currentText()), parse_time(end.currentText())
        night = (
            first is not None
            and last is not None
            and first < MINUTES_PER_DAY
            and passes_midnight(end_after(first, last))
            and end_after(first, last) <= LATEST_END_MIN
        )
        note.setText(
            QCoreApplication.translate(
                "BookingDialog", "Ends after midnight, at %1 at night."
            ).replace("%1", end.currentText().strip())
            if night
            else ""
        )
        note.setVisible(night)

    start.editTextChanged.connect(update)
    end.editTextChanged.connect(update)
    update()
    return note


def short_day(day: dt.date) -> str:
    """ "za 13-06": the weekday and the date of an offer that concerns one day."""
    return QLocale().toString(to_qdate(day), "ddd dd-MM")


# --------------------------------------------------------------------------- questions


class Answer(IntEnum):
    """What the volunteer chose in ``ConflictDialog``.

    An ``IntEnum`` with ``BACK`` 0 and ``LEAVE_OUT`` 1, so that a yes/no answer
    (``False``/``True``, as a test's stand-in gives) reads the same.
    """

    BACK = 0
    LEAVE_OUT = 1  # save without the clashing dates
    FILL = 2  # save without them, and add as many dates at the end of the series


class ConflictDialog(QDialog):
    """Every clashing date and warning; the volunteer leaves the dates out or goes back.

    For a new series the dialog says how many times it would take place
    ("22 of the 26 times; 4 dates left out"); a count-limited series is offered
    to add the missing times at its end (``filled``: the preview with them). A
    series none of whose dates can be booked can only go back.
    """

    def __init__(
        self,
        conflicts: Sequence[Conflict],
        warnings: Sequence[Problem],
        can_skip: bool,
        parent: QWidget | None = None,
        *,
        check: agenda.Preview | None = None,
        filled: agenda.Preview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Check before saving"))
        layout = QVBoxLayout(self)
        dates = len({c.date for c in conflicts})
        nothing_left = check is not None and check.bookable == 0
        if conflicts:
            if nothing_left:
                assert check is not None
                text = self.tr(
                    "None of the %n date(s) can be booked as asked, so nothing can be saved. "
                    "Go back and choose another room, other times or other days.",
                    "",
                    len(check.dates),
                )
            elif not can_skip:
                text = self.tr("This cannot be booked as asked:")
            elif check is not None and check.asked is not None:
                text = (
                    self.tr("%1 of the %2 times; %n date(s) left out:", "", dates)
                    .replace("%1", str(check.bookable))
                    .replace("%2", str(check.asked))
                )
            else:
                text = self.tr("%n date(s) cannot be booked as asked:", "", dates)
            intro = QLabel(text)
            intro.setObjectName("intro")
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
        self.answer = Answer.BACK
        buttons = QDialogButtonBox(self)
        self.go_on: QPushButton | None = None
        self.fill: QPushButton | None = None
        offer_fill = (
            can_skip and not nothing_left and filled is not None and filled.asked is not None
        )
        if offer_fill:
            assert check is not None and filled is not None and filled.asked is not None
            self.fill = buttons.addButton(
                self.tr("&Add %n time(s) at the end and save", "", filled.asked - check.bookable),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.fill.setObjectName("fillButton")
            self.fill.clicked.connect(lambda: self._answer(Answer.FILL))
            note = QLabel(self._fill_text(check, filled))
            note.setObjectName("fillNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        if conflicts and can_skip and not nothing_left:
            label = (
                self.tr("&Leave these dates out and save (%1 times)").replace(
                    "%1", str(check.bookable)
                )
                if offer_fill and check is not None
                else self.tr("&Leave these dates out and save")
            )
            self.go_on = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        elif not conflicts:
            self.go_on = buttons.addButton(
                self.tr("&Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        if self.go_on is not None:
            self.go_on.setObjectName("leaveOutButton")
            self.go_on.clicked.connect(lambda: self._answer(Answer.LEAVE_OUT))
        back = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("backButton")
        back.setAccessibleName(self.tr("Back to the form"))
        back.setDefault(True)
        back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)
        scroll_when_tall(self)
        back.setFocus()  # Enter goes back: saving without these dates is a choice to make

    def _fill_text(self, check: agenda.Preview, filled: agenda.Preview) -> str:
        assert filled.asked is not None
        if filled.bookable >= filled.asked:
            text = self.tr(
                "Or add the missing times at the end: the series then takes place %1 times, "
                "until %2."
            )
        else:
            text = self.tr(
                "Or add times at the end: as long as a series may run, it takes place %1 "
                "times, until %2."
            )
        return text.replace("%1", str(filled.bookable)).replace("%2", day_text(filled.dates[-1]))

    def _answer(self, answer: Answer) -> None:
        self.answer = answer
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        conflicts: Sequence[Conflict],
        warnings: Sequence[Problem] = (),
        can_skip: bool = True,
        *,
        check: agenda.Preview | None = None,
        filled: agenda.Preview | None = None,
    ) -> Answer:
        """Save leaving the clashing dates out, also adding as many at the end, or go back."""
        dialog = cls(conflicts, warnings, can_skip, parent, check=check, filled=filled)
        dialog.exec()
        return dialog.answer


class ScopeDialog:
    """Asks which sessions of a series a change is for."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, allow_this: bool = True, *, allow_many: bool = True
    ) -> Scope | None:
        """The sessions to change; ``allow_this`` False when the repeat itself changes,
        ``allow_many`` False when only this one can change so (another date of a monthly
        series)."""
        text = QCoreApplication.translate(
            "ScopeDialog",
            "This session is part of a series. Which sessions should change? "
            "Sessions that were held or cancelled, skipped dates and sessions "
            "changed on their own stay as they are.",
        )
        if not allow_many:
            text += "\n\n" + QCoreApplication.translate(
                "ScopeDialog",
                "Only this one can move to another date: the series repeats on a weekday "
                "of the month. To move them all, change how the series repeats.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ScopeDialog", "Change a series"),
            text,
            parent=parent,
        )
        box.setObjectName("scopeDialog")
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
        for button, name in (
            (this, "scopeThis"),
            (following, "scopeFollowing"),
            (every, "scopeAll"),
            (cancel, "scopeCancel"),
        ):
            button.setObjectName(name)
        this.setVisible(allow_this)
        following.setEnabled(allow_many)
        every.setEnabled(allow_many)
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
        # What was booked, said on the agenda screen after saving ("" when nothing is to say).
        self.outcome = ""
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
        self.setup = SetupFields(agenda.SETUP_MAX)
        self.add_field(
            "setup", self.tr("Set-up and c&lean-up:"), self.setup, self.tr("Set-up and clean-up")
        )
        self.errors["teardown"] = self.errors["setup"]
        self.add_field("repeat", self.tr("Re&peats:"), self.repeat, self.tr("Repeats"))
        for name in ("weekdays", "interval", "ordinal", "until", "count"):
            self.errors[name] = self.errors["repeat"]
        # Outside the hours on one date: other hours for that day, offered with one click.
        self.extra: rooms.ExtraOpening | None = None
        self.offer = QPushButton()
        self.offer.setObjectName("extraOpening")
        self.offer.setAutoDefault(False)
        self.offer.clicked.connect(self._open_extra)
        self.offer_note = QLabel()
        self.offer_note.setObjectName("extraOpeningNote")
        self.offer_note.setWordWrap(True)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer)
        offer_row.addStretch(1)
        # Right under the refusal of the date.
        position = self.form.getWidgetPosition(self.errors["date"])
        row, _role = cast(tuple[int, QFormLayout.ItemRole], position)
        self.form.insertRow(row + 1, "", offer_row)
        self.form.insertRow(row + 2, "", self.offer_note)
        self._hide_offer()
        self.night = night_note(self.start, self.end)
        position = self.form.getWidgetPosition(self.errors["end"])
        row, _role = cast(tuple[int, QFormLayout.ItemRole], position)
        self.form.insertRow(row + 1, "", self.night)
        for box in (self.start, self.end):
            box.editTextChanged.connect(self._hide_offer)
        self.room.currentIndexChanged.connect(self._hide_offer)
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self.date.valueChanged.connect(self._date_changed)
        self.setTabOrder(self.activity, self.room)
        self.setTabOrder(self.room, self.date)
        self.setTabOrder(self.date, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.setup)
        self.setTabOrder(self.setup, self.repeat)
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
        self.setup.set_values(choice.setup_min, choice.teardown_min)

    def _date_changed(self) -> None:
        self._hide_offer()
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
        self._hide_offer()
        super().accept()

    def fields_and_rest_read(self) -> bool:
        read = super().fields_and_rest_read()
        if not read:
            self.adjustSize()  # room for the messages under the fields
        return read

    def _hide_offer(self, *_args: object) -> None:
        self.extra = None
        self.offer.hide()
        self.offer_note.hide()
        self.offer.setDefault(False)
        self.save_button.setDefault(True)

    def _show_offer(self, extra: rooms.ExtraOpening, check: agenda.Preview) -> None:
        """Say why the date cannot be booked, under it, and offer other hours for that day."""
        self.show_problems(ValidationError([*(c.problem() for c in check.conflicts)]))
        self.extra = extra
        self.offer.setText(
            self.tr("Add extra opening for %1 %2 and save")
            .replace("%1", short_day(extra.day))
            .replace("%2", extra.span)
        )
        self.offer.setAccessibleName(self.offer.text())
        usual = ", ".join(format_span(*interval) for interval in extra.usual.intervals)
        note = (
            self.tr("%1 is then open %2 that day, instead of %3.")
            if usual
            else self.tr("%1 is then open %2 that day; usually it is closed.")
        )
        text = note.replace("%1", extra.room_name).replace("%2", extra.span).replace("%3", usual)
        for warning in check.warnings:
            text += "\n" + problem_text(warning)
        self.offer_note.setText(text)
        self.offer.show()
        self.offer_note.show()
        # Enter takes the offer now: Save again would only say the same.
        self.offer.setDefault(True)
        self.offer.setFocus()
        self.adjustSize()

    def _book_one(self, extra_opening: str | None = None) -> SessionRow:
        """Book the one session as the form says; with ``extra_opening``, the room's other
        hours that day too, in the same transaction."""
        activity_id, room_id = self.activity.currentData(), self.room.currentData()
        day = self.date.value()
        start, end = self.start.currentText(), self.end.currentText()
        setup, teardown = self.setup.values()
        return perform(
            Change.SESSIONS if extra_opening is None else Change.SESSIONS | Change.CLOSURES,
            lambda: agenda.book_session(
                self.db,
                activity_id,
                room_id,
                day,
                start,
                end,
                setup=setup,
                teardown=teardown,
                extra_opening=extra_opening,
            ),
            self,
        )

    def _extra_reason(self) -> str:
        """Why the room is open then, as the Rooms screen lists it: the activity, unless it is a
        private rental (whose name may be a person's and is not kept beyond the rental)."""
        choice = next((c for c in self.choices if c.id == self.activity.currentData()), None)
        if choice is None or choice.nature is Nature.PARTICULIER:
            return self.tr("Extra opening: private rental")
        return self.tr("Extra opening: %1").replace("%1", choice.name)

    def _open_extra(self) -> None:
        """One click: the other hours and the booking, saved together in one transaction."""
        if self.extra is None:
            return
        self.clear_errors()
        try:
            self.saved = self._book_one(self._extra_reason())
        except ValidationError as refused:
            self._hide_offer()
            self.show_problems(refused)
            self.adjustSize()
            return
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
            setup=self.setup.setup.value(),
            teardown=self.setup.teardown.value(),
        )

    def save(self) -> bool:
        """Book it; first show the clashes and warnings, if any. False: back to the form.

        One date outside the opening hours, and nothing else in the way: the
        refusal under the date says what the hours are, and a button offers
        other hours for that day (``_open_extra``).
        """
        activity_id, room_id = self.activity.currentData(), self.room.currentData()
        day = self.date.value()
        assert day is not None  # fields_read() said it reads
        start, end = self.start.currentText(), self.end.currentText()
        setup, teardown = self.setup.values()
        recurrence = self.repeat.recurrence()
        check = agenda.preview(
            self.db,
            activity_id,
            room_id,
            day,
            start,
            end,
            recurrence,
            setup=setup,
            teardown=teardown,
        )
        if (
            recurrence is None
            and check.conflicts
            and all(c.kind is ConflictKind.OUTSIDE_HOURS for c in check.conflicts)
        ):
            extra = agenda.extra_opening(self.db, room_id, day, start, end)
            if extra is not None:
                self._show_offer(extra, check)
                return False
        skip: list[dt.date] = []
        fill = False
        if check.conflicts or check.warnings:
            filled = None
            if recurrence is not None and recurrence.count is not None and check.conflicts:
                filled = agenda.preview(
                    self.db, activity_id, room_id, day, start, end, recurrence, fill=True
                )
            answer = ConflictDialog.ask(
                self,
                check.conflicts,
                check.warnings,
                can_skip=recurrence is not None,
                check=check if recurrence is not None else None,
                filled=filled,
            )
            if recurrence is not None and check.bookable == 0:
                raise agenda.no_dates_left(len(check.dates))
            if answer == Answer.BACK:
                return False
            fill = answer == Answer.FILL
            skip = list((filled if fill and filled is not None else check).clashing)
        if recurrence is None:
            self.saved = self._book_one()
        else:
            self.saved = series = perform(
                Change.SESSIONS,
                lambda: agenda.create_series(
                    self.db,
                    activity_id,
                    room_id,
                    day,
                    start,
                    end,
                    recurrence,
                    skip,
                    fill=fill,
                    setup=setup,
                    teardown=teardown,
                ),
                self,
            )
            self.outcome = self._outcome(series, recurrence.count)
        return True

    def _outcome(self, series: agenda.SeriesInfo, asked: int | None) -> str:
        """ "Koor: 22 of the 26 times; 4 dates left out." for a series with dates left out."""
        if not series.skips:
            return ""
        left_out = len(series.skips)
        if asked is not None and series.sessions < asked:
            text = self.tr("%1: %2 of the %3 times; %n date(s) left out.", "", left_out).replace(
                "%3", str(asked)
            )
        else:
            text = self.tr("%1: %2 times; %n date(s) left out.", "", left_out)
        return text.replace("%1", series.activity_name).replace("%2", str(series.sessions))


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
        # The date this dialog left out of its series, for the agenda screen's Ctrl+Z.
        self.skipped: agenda.SeriesDate | None = None
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
            exceptions = len(agenda.series_dates(db, session.series_id))
            self.dates_button = self._status_button(
                "seriesDatesButton",
                self.tr("Skipped and &moved dates (%1)…").replace("%1", str(exceptions)),
            )
            self.dates_button.setToolTip(
                self.tr("The dates of this series left out or changed on their own; put them back")
            )
            self.dates_button.clicked.connect(self._show_series_dates)
            dates_row = QHBoxLayout()
            dates_row.addWidget(self.dates_button)
            dates_row.addStretch(1)
            self.form.addRow("", dates_row)

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
        self.night = night_note(self.start, self.end)
        self.form.addRow("", self.night)
        self.setup = SetupFields(agenda.SETUP_MAX, session.setup_min, session.teardown_min)
        self.add_field(
            "setup", self.tr("Set-up and c&lean-up:"), self.setup, self.tr("Set-up and clean-up")
        )
        self.errors["teardown"] = self.errors["setup"]
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
        for widget in (self.date, self.room, self.start, self.end, self.setup):
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
        if self.session.series_id is None:
            self._run(lambda: agenda.delete_session(self.db, self.session.id))
            return
        session = self.session
        if not Messages.confirm(
            self,
            self.tr("Skip this date"),
            self.tr(
                "Leave %1 out on %2? The series goes on without this date. The date stays "
                "listed under “Skipped and moved dates”, where “Put back” returns it; right "
                "after skipping, Ctrl+Z in the agenda does too."
            )
            .replace("%1", session.activity_name)
            .replace("%2", day_text(session.date)),
            self.tr("Skip this date"),
        ):
            return

        def skip() -> None:
            self.skipped = agenda.skip_occurrence(self.db, session.id)

        self._run(skip)

    def _show_series_dates(self) -> None:
        assert self.session.series_id is not None
        dialog = SeriesDatesDialog(self.db, self.session.series_id, self, today=self.today)
        dialog.exec()
        if dialog.changed:  # this session may have been put back: show the agenda anew
            self.saved = True
            QDialog.accept(self)

    def _changed(
        self,
        room_id: int | None,
        day: dt.date,
        start: str,
        end: str,
        setup: tuple[int, int],
    ) -> bool:
        """Whether the form asks for anything else than the session is now."""
        session = self.session
        start_min, end_min = parse_time(start), parse_time(end)
        if start_min is not None and end_min is not None:
            end_min = end_after(start_min, end_min)  # 00:30 after 19:00 is the next morning
        return (
            (room_id, day) != (session.room_id, session.date)
            or start_min != session.start_min
            or end_min != session.end_min
            or setup != (session.setup_min, session.teardown_min)
            or self._changed_rule() is not None
        )

    def save(self) -> bool:
        """Change this session, or (asked) the series from here or from today.

        Every change of a session of a series, of its date, room or times alike,
        asks which sessions it is for; a form left as it was saves nothing.
        """
        room_id, day = self.room.currentData(), self.date.value()
        assert day is not None  # fields_read() said it reads
        start, end = self.start.currentText(), self.end.currentText()
        setup, teardown = self.setup.values()
        if not self._changed(room_id, day, start, end, (setup, teardown)):
            self.saved = True  # the agenda is shown anew all the same
            return True
        rule = self._changed_rule()
        scope = Scope.THIS
        if self.session.series_id is not None:
            moved = day != self.session.date
            weekly = self.series is not None and rec.can_shift(self.series.rrule)
            chosen = ScopeDialog.ask(
                self, allow_this=rule is None, allow_many=rule is not None or not moved or weekly
            )
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
                            self.db,
                            self.session.id,
                            room_id,
                            day,
                            start,
                            end,
                            setup=setup,
                            teardown=teardown,
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
                            day=day,
                            setup=setup,
                            teardown=teardown,
                        ),
                        self,
                    )
                self.saved = True
                return True
            except ConflictError as clash:
                if skip or not ConflictDialog.ask(
                    self, clash.conflicts, can_skip=scope is not Scope.THIS
                ):
                    return False
                skip = clash.dates


# --------------------------------------------------------------------------- series dates


def series_date_text(date: agenda.SeriesDate) -> str:
    """What became of a date of a series: "Skipped", or where its session went."""
    moved = date.session
    if moved is None:
        return QCoreApplication.translate("SeriesDatesDialog", "Skipped")
    where = f"{format_span(moved.start_min, moved.end_min)}, {moved.room_name}"
    if moved.date != date.occurrence_date:
        text = (
            QCoreApplication.translate("SeriesDatesDialog", "Moved to %1, %2")
            .replace("%1", day_text(moved.date))
            .replace("%2", where)
        )
    else:
        text = QCoreApplication.translate("SeriesDatesDialog", "Changed on its own: %1").replace(
            "%1", where
        )
    if moved.status is not BookingStatus.GEPLAND:
        text += f" ({code_label(moved.status, BookingStatus)})"
    return text


SERIES_DATE_COLUMNS: list[Column[agenda.SeriesDate]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Date in the series"),
        lambda d: day_text(d.occurrence_date),
        sort_key=lambda d: d.occurrence_date,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "What became of it"), series_date_text),
]


class SeriesDatesDialog(QDialog):
    """The dates of a series left out or changed on their own, each to put back."""

    def __init__(
        self, db: Database, series_id: int, parent: QWidget | None = None, *, today: dt.date
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seriesDatesDialog")
        self.setWindowTitle(self.tr("Skipped and moved dates"))
        self.db, self.series_id, self.today = db, series_id, today
        self.changed = False
        series = agenda.get_series(db, series_id)
        rule = f", {describe(series.recurrence)}" if series.recurrence is not None else ""
        intro = QLabel(
            self.tr(
                "%1%2. These dates are not as the series says: left out, or changed on "
                "their own. “Put back” makes the selected date as the series says again."
            )
            .replace("%1", series.activity_name)
            .replace("%2", rule)
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[agenda.SeriesDate] = RowTableModel(
            SERIES_DATE_COLUMNS, parent=self
        )
        self.table = read_only_table(
            self.model, "seriesDatesTable", self.tr("Skipped and moved dates")
        )
        self.table.activated.connect(self.put_back)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel(self.tr("Every date of this series is as the series says."))
        self.empty.setObjectName("empty")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.put_back_button = QPushButton(self.tr("&Put back"))
        self.put_back_button.setObjectName("putBackButton")
        self.put_back_button.setAccessibleName(self.tr("Put back"))
        self.put_back_button.setToolTip(
            self.tr("Book the selected date again as the series says (Enter)")
        )
        self.put_back_button.clicked.connect(self.put_back)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.put_back_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(600, 360)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        dates = agenda.series_dates(self.db, self.series_id)
        self.model.set_rows(dates)
        self.table.setColumnWidth(0, 170)
        self.table.setVisible(bool(dates))
        self.empty.setVisible(not dates)
        # The first date still to come is what a volunteer looks for.
        coming = [n for n, date in enumerate(dates) if date.occurrence_date >= self.today]
        if dates:
            self.table.selectRow(coming[0] if coming else len(dates) - 1)
        self._current_changed()

    def _puttable(self) -> agenda.SeriesDate | None:
        """The selected date, if it can be put back: skipped, or moved and still planned."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        date = self.model.row_at(index.row())
        if date.session is not None and date.session.status is not BookingStatus.GEPLAND:
            return None
        return date

    def _current_changed(self, *_args: object) -> None:
        self.put_back_button.setEnabled(self._puttable() is not None)

    def put_back(self) -> None:
        """Put the selected date back as the series says; a clash is said, nothing changes."""
        date = self._puttable()
        if date is None:
            return
        try:
            restored = perform(
                Change.SESSIONS,
                lambda: agenda.restore_occurrence(self.db, self.series_id, date.occurrence_date),
                self,
            )
        except ValidationError as refused:
            self.message.setText("\n".join(problem_text(p) for p in refused.problems))
            return
        self.changed = True
        self.reload()
        self.message.setText(
            self.tr("%1 is back on %2, %3.")
            .replace("%1", restored.activity_name)
            .replace("%2", day_text(restored.date))
            .replace("%3", format_span(restored.start_min, restored.end_min))
        )


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
