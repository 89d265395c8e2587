"""The Rooms screen: the rooms, the house's week of opening hours with the rooms' own, the
days with other hours than usual, and the closing days.

Four tabs. "Rooms" is a list of the rooms (inactive ones dimmed, hidden unless
asked for); "Opening hours" is a grid of the week, the whole house on top and
each active room below it, where a room's own hours stand out from those it
takes from the house; "Other hours" lists the days with other hours than usual
(a party until 00:30), of the house or one room, which replace the usual hours
on those days; "Closing days" lists the closures, with the Dutch public
holidays offered to tick. A closing day stays closed, whatever its hours.
Every change goes through one call of ``housedesk.core.rooms``; a new closure
or new hours that touch planned sessions first ask what becomes of them
(``housedesk.ui.agenda.touched``) and are saved with those choices through
``housedesk.core.agenda.touched``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.problems import ValidationError
from housedesk.common.times import (
    LATEST_END_MIN,
    MINUTES_PER_DAY,
    end_after,
    format_span,
    parse_time,
    passes_midnight,
)
from housedesk.core import rooms
from housedesk.core.agenda import touched
from housedesk.core.agenda.touched import Decision
from housedesk.core.rooms import ClosureInfo, DayPlan, OpeningExceptionInfo, RoomInfo, WeekHours
from housedesk.db import Database
from housedesk.ui.agenda.touched import TouchedDialog
from housedesk.ui.kit import clock
from housedesk.ui.kit.changes import Change, Freshness, perform
from housedesk.ui.kit.dates import DateField, format_date, list_date, list_date_width, qdate
from housedesk.ui.kit.fields import FieldWatch
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, language, problem_text
from housedesk.ui.kit.list_screen import ListScreen
from housedesk.ui.kit.screen_fit import scroll_when_tall
from housedesk.ui.kit.table_model import Column, Index, RowTableModel
from housedesk.ui.kit.times import TimeField
from housedesk.ui.kit.widgets import FieldError, read_only_table, screen_title

# --------------------------------------------------------------------------- small helpers


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask a question that a volunteer answers with ``yes_text`` or Cancel (Cancel is default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("rooms", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget, title: str, text: str) -> None:
    """Tell a volunteer something that needs no answer."""
    QMessageBox.information(parent, title, text)


def day_text(day: dt.date) -> str:
    """ "ma 27 apr. 2026" in Dutch: short enough for a column, clear about the weekday."""
    return QLocale().toString(qdate(day), "ddd d MMM yyyy")


def area_text(area: float | None) -> str:
    if area is None:
        return ""
    return QLocale().toString(area, "f", 0 if area.is_integer() else 1)


def in_use_text(room: RoomInfo) -> str:
    """ "Since 1-1-2025", or "No, since 16-6-2024" for a room no longer in use."""
    if room.out_of_service_from is None:
        return QCoreApplication.translate("rooms", "Yes, since %1").replace(
            "%1", format_date(room.in_service_from)
        )
    return QCoreApplication.translate("rooms", "No, since %1").replace(
        "%1", format_date(room.out_of_service_from)
    )


def room_label(code: str, name: str) -> str:
    return f"{code} · {name}"


def weekday_name(weekday: int) -> str:
    """The weekday's name in the interface's language (Qt counts Monday as 1)."""
    return QLocale().standaloneDayName(weekday + 1)


def dimmed_color() -> QColor:
    """Grey, but darker than disabled text: older eyes must still read it."""
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 11 + base.red() * 9) // 20,
        (text.green() * 11 + base.green() * 9) // 20,
        (text.blue() * 11 + base.blue() * 9) // 20,
    )


class Form(FormDialog):
    """A ``FormDialog`` that grows when messages appear, so wrapped notes are not squashed."""

    def show_problems(self, refused: ValidationError, *, besides: bool = False) -> None:
        super().show_problems(refused, besides=besides)
        self.adjustSize()


class TabList(ListScreen):
    """A list on one of the screen's tabs: no heading of its own (the tab says it), a box
    that shows more rows, Delete… for the selected row, one dialog open at a time."""

    def __init__(
        self,
        db: Database,
        title: str,
        model: RowTableModel[Any],
        load: Callable[[], Sequence[Any]],
        empty_text: str,
        parent: QWidget | None,
        *,
        kinds: Change,
    ) -> None:
        self.db = db
        super().__init__(title, model, load, empty_text, parent, kinds=kinds)
        self.model.setParent(self)
        self.put_in_tab()
        self.dialog: QDialog | None = None

    def add_check_filter(
        self, name: str, text: str, accessible: str, toggled: Callable[[bool], None]
    ) -> QCheckBox:
        """A box beside the search that shows more rows when ticked (``toggled``)."""
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.toggled.connect(toggled)
        self.add_filter(box)
        toggled(False)
        QWidget.setTabOrder(self.search, box)
        QWidget.setTabOrder(box, self.table)
        return box

    def add_delete_button(self, accessible: str, tooltip: str = "") -> None:
        """Delete…, for the selected row (``delete_current``)."""
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setAccessibleName(accessible)
        if tooltip:
            self.delete_button.setToolTip(tooltip)
        self.delete_button.clicked.connect(self.delete_current)
        self.add_action_button(self.delete_button)

    def delete_current(self) -> None:
        """Delete the selected row after asking (subclasses)."""

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        if hasattr(self, "delete_button"):
            self.delete_button.setEnabled(self.current_row() is not None)

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            return
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        self.dialog = None
        dialog.deleteLater()


# --------------------------------------------------------------------------- rooms


def facility_names(room: RoomInfo) -> list[str]:
    """The room's facilities in the interface's language (stored in Dutch)."""
    return [rooms.facility_name(facility, language()) for facility in room.facilities]


ROOM_COLUMNS: list[Column[RoomInfo]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Code"),
        lambda r: r.code,
        sort_key=lambda r: int(r.code[1:]) if r.code[1:].isdigit() else 0,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("columns", "Capacity"),
        lambda r: str(r.capacity),
        sort_key=lambda r: r.capacity,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Area (m²)"),
        lambda r: area_text(r.area_m2),
        sort_key=lambda r: -1.0 if r.area_m2 is None else r.area_m2,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "In use"),
        lambda r: in_use_text(r),
        sort_key=lambda r: (r.active, r.in_service_from),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Facilities"),
        lambda r: ", ".join(facility_names(r)),
        tooltip=lambda r: "\n".join(facility_names(r)),
    ),
]


class RoomsTableModel(RowTableModel[RoomInfo]):
    """The rooms; an inactive room is shown dimmed (grey and italic)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            ROOM_COLUMNS,
            search_text=lambda r: " ".join([r.code, r.name, *r.facilities, *facility_names(r)]),
            dimmed=lambda r: not r.active,
            parent=parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.row() < self.rowCount()
            and not self.row_at(index.row()).active
        ):
            return dimmed_color()
        return super().data(index, role)


class RoomDialog(Form):
    """A new room, or the details of one: name, capacity, area, facilities, in use."""

    def __init__(self, db: Database, room: RoomInfo | None = None, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RoomDialog", "New room")
            if room is None
            else QCoreApplication.translate("RoomDialog", "Room %1").replace("%1", room.code),
            parent,
        )
        self.db = db
        self.room = room
        self.saved: RoomInfo | None = None

        if room is not None:
            code = QLabel(room.code)
            code.setObjectName("code")
            code.setAccessibleName(self.tr("Code"))
            code.setToolTip(self.tr("The room's code stays the same, also in the exports."))
            self.form.addRow(self.tr("Code:"), code)
        self.name = QLineEdit()
        self.name.setMaxLength(rooms.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Grote zaal"))
        self.add_field("name", self.tr("&Name:"), self.name)
        self.warn_personal_data("name")  # it goes to the municipality and into the calendar
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("number of people, e.g. 40"))
        self.add_field(
            "capacity", self.tr("&Capacity:"), self.capacity, self.tr("Capacity (people)")
        )
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("optional, e.g. 65"))
        self.add_field("area", self.tr("&Area in m²:"), self.area, self.tr("Area in square metres"))

        facilities = QWidget()
        grid = QGridLayout(facilities)
        grid.setContentsMargins(0, 0, 0, 0)
        self.facility_boxes: dict[str, QCheckBox] = {}
        per_column = (len(rooms.COMMON_FACILITIES) + 2) // 3
        for number, facility in enumerate(rooms.COMMON_FACILITIES):
            shown = rooms.facility_name(facility, language())
            box = QCheckBox(shown)
            box.setObjectName(f"facility_{facility.replace(' ', '_')}")
            box.setAccessibleName(shown)
            self.facility_boxes[facility] = box
            grid.addWidget(box, number % per_column, number // per_column)
        self.other_facilities = QLineEdit()
        self.other_facilities.setObjectName("otherFacilities")
        self.other_facilities.setAccessibleName(self.tr("Other facilities"))
        self.other_facilities.setPlaceholderText(self.tr("separated by commas, e.g. bar, dartbord"))
        other_label = QLabel(self.tr("&Other:"))
        other_label.setBuddy(self.other_facilities)
        other_row = QHBoxLayout()
        other_row.addWidget(other_label)
        other_row.addWidget(self.other_facilities, 1)
        grid.addLayout(other_row, per_column, 0, 1, 3)
        facilities.setFocusProxy(next(iter(self.facility_boxes.values())))
        self.add_field("facilities", self.tr("Facilities:"), facilities, self.tr("Facilities"))

        today = clock.today()
        self.in_service_from = DateField(today)
        # A room leaves service today or earlier, never on a day still to come.
        self.out_of_service_from = DateField(today, past=True)
        self.add_field(
            "in_service_from",
            self.tr("In use &since:"),
            self.in_service_from,
            self.tr("In use since"),
        )
        self.out_of_use = QCheckBox(self.tr("&No longer in use from:"), self)
        self.out_of_use.setObjectName("outOfUse")
        self.out_of_use.setAccessibleName(self.tr("No longer in use"))
        leaving = QWidget()
        leaving_row = QHBoxLayout(leaving)
        leaving_row.setContentsMargins(0, 0, 0, 0)
        leaving_row.addWidget(self.out_of_use)
        leaving_row.addWidget(self.out_of_service_from)
        leaving_row.addStretch(1)
        leaving.setFocusProxy(self.out_of_use)
        self.out_of_use.toggled.connect(self.out_of_service_from.setEnabled)
        self.out_of_service_from.setEnabled(False)
        self.out_of_service_from.setAccessibleName(self.tr("No longer in use from"))
        self.active = self.out_of_use  # the switch between in use and not
        if room is None:
            leaving.hide()  # a new room is in use
            self.add_note(
                self.tr(
                    "The figures count the room's opening hours from this day on. For a room "
                    "the house has had for years, choose the day registration began."
                )
            )
        else:
            self.fields["out_of_service_from"] = self.out_of_service_from
            self.errors["out_of_service_from"] = FieldError("out_of_service_from")
            self.form.addRow("", leaving)
            self.form.addRow("", self.errors["out_of_service_from"])
            self.add_note(
                self.tr(
                    "A room that is no longer in use keeps its history, is not offered for new "
                    "bookings, and counts in the figures only up to the day before. Untick to "
                    "put it back in service from today: the days in between stay out of the "
                    "figures as closing days."
                )
            )

        if room is not None:
            self.name.setText(room.name)
            self.capacity.setText(str(room.capacity))
            self.area.setText(area_text(room.area_m2))
            common = {facility.casefold(): box for facility, box in self.facility_boxes.items()}
            others: list[str] = []
            for facility in room.facilities:
                known = common.get(facility.casefold())
                if known is None:
                    others.append(facility)
                else:
                    known.setChecked(True)
            self.other_facilities.setText(", ".join(others))
            self.in_service_from.setValue(room.in_service_from)
            self.out_of_use.setChecked(not room.active)
            if room.out_of_service_from is not None:
                self.out_of_service_from.setValue(room.out_of_service_from)
        self.name.setFocus()

    def facilities(self) -> list[str]:
        ticked = [facility for facility, box in self.facility_boxes.items() if box.isChecked()]
        typed = self.other_facilities.text().replace(";", ",").split(",")
        return ticked + typed

    def save(self) -> None:
        name, capacity, area = self.name.text(), self.capacity.text(), self.area.text()
        facilities = self.facilities()
        first = self.in_service_from.value()
        assert first is not None  # fields_read() said it reads
        if self.room is None:
            self.saved = perform(
                Change.ROOMS,
                lambda: rooms.create_room(self.db, name, capacity, area, facilities, first),
                self,
            )
        else:
            room_id, active = self.room.id, not self.out_of_use.isChecked()
            leaving = None if active else self.out_of_service_from.value()
            self.saved = perform(
                Change.ROOMS,
                lambda: rooms.update_room(
                    self.db,
                    room_id,
                    name,
                    capacity,
                    area,
                    facilities,
                    active,
                    in_service_from=first,
                    out_of_service_from=leaving,
                ),
                self,
            )


class RoomsTab(TabList):
    """The list of rooms, with New, Edit and Delete."""

    #: A room was added, changed or deleted.
    rooms_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("RoomsTab", "Rooms"),
            RoomsTableModel(),
            lambda: rooms.list_rooms(db),
            QCoreApplication.translate(
                "RoomsTab",
                "No rooms yet.\n\nPress New (Ctrl+N) to add the first room, for example the "
                "big hall: its name, how many people fit in it and what it has, such as a "
                "kitchen or a piano.",
            ),
            parent,
            kinds=Change.ROOMS | Change.SESSIONS,
        )
        self.show_inactive = self.add_check_filter(
            "showInactive",
            self.tr("Also show &inactive rooms"),
            self.tr("Also show inactive rooms"),
            self._inactive_toggled,
        )
        self.add_delete_button(
            self.tr("Delete room"),
            self.tr("Delete a room that was never used; a used room can be made inactive."),
        )
        # Wide enough for the header in either language (Dutch ones are longer).
        header = self.table.horizontalHeader()
        for column, least in ((0, 70), (1, 220), (2, 90), (3, 90), (4, 215)):
            self.table.setColumnWidth(column, max(least, header.sectionSizeHint(column) + 8))

    def _inactive_toggled(self, shown: bool) -> None:
        self.proxy.set_predicate("active", None if shown else (lambda row: row.active))
        self._update_state()

    def create_new(self) -> None:
        self._open(RoomDialog(self.db, None, self))

    def edit_row(self, row: Any) -> None:
        self._open(RoomDialog(self.db, row, self))

    def _dialog_finished(self, dialog: QDialog) -> None:
        super()._dialog_finished(dialog)
        saved = dialog.saved if isinstance(dialog, RoomDialog) else None
        if saved is not None:
            if not saved.active and not self.show_inactive.isChecked():
                # Otherwise the room would vanish from under the volunteer's eyes.
                self.show_inactive.setChecked(True)
            self.reload(select=lambda row: row.id == saved.id)
            self.rooms_changed.emit()

    def delete_current(self) -> None:
        """Delete the selected room after asking, or offer to make a used room inactive."""
        row: RoomInfo | None = self.current_row()
        if row is None:
            return
        if row.has_history:
            self._offer_inactive(row)
            return
        if not confirm(
            self,
            self.tr("Delete room"),
            self.tr("Delete the room “%1”? This cannot be undone.").replace("%1", row.name),
            self.tr("Delete"),
        ):
            return
        try:
            perform(Change.ROOMS, lambda: rooms.delete_room(self.db, row.id), self)
        except rooms.RoomInUse:
            self._offer_inactive(row)
            return
        except ValidationError as refused:
            inform(self, self.tr("Delete room"), problem_text(refused.problems[0]))
        self.reload()
        self.rooms_changed.emit()

    def _offer_inactive(self, row: RoomInfo) -> None:
        reason = self.tr(
            "“%1” has sessions in the agenda or in its history, so it cannot be deleted."
        ).replace("%1", row.name)
        if not row.active:
            inform(
                self,
                self.tr("Delete room"),
                reason
                + "\n\n"
                + self.tr("It is inactive already: it is not offered for bookings."),
            )
            return
        if confirm(
            self,
            self.tr("Delete room"),
            reason
            + "\n\n"
            + self.tr(
                "Make it inactive instead? It keeps its history, but is no longer offered for "
                "new bookings. You can make it active again later."
            ),
            self.tr("Make inactive"),
        ):
            try:
                perform(Change.ROOMS, lambda: rooms.set_room_active(self.db, row.id, False), self)
            except ValidationError as refused:  # sessions still planned from today
                inform(self, self.tr("Delete room"), problem_text(refused.problems[0]))
                return
            self.show_inactive.setChecked(True)
            self.reload(select=lambda other: other.id == row.id)
            self.rooms_changed.emit()


# --------------------------------------------------------------------------- opening hours


def spans_text(intervals: Sequence[tuple[int, int]]) -> str:
    return "\n".join(format_span(opens, closes) for opens, closes in intervals)


class HoursTableModel(RowTableModel[WeekHours]):
    """The week: a row for the whole house, then one per active room; a column per weekday.

    A room's hours taken from the house are grey and italic; its own are plain.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        def day_text(weekday: int) -> Callable[[WeekHours], str]:
            return lambda row: self.cell_text(row, weekday)

        columns = [
            Column[WeekHours](name, day_text(weekday), context="rooms")
            for weekday, name in enumerate(
                (
                    QT_TRANSLATE_NOOP("rooms", "Monday"),
                    QT_TRANSLATE_NOOP("rooms", "Tuesday"),
                    QT_TRANSLATE_NOOP("rooms", "Wednesday"),
                    QT_TRANSLATE_NOOP("rooms", "Thursday"),
                    QT_TRANSLATE_NOOP("rooms", "Friday"),
                    QT_TRANSLATE_NOOP("rooms", "Saturday"),
                    QT_TRANSLATE_NOOP("rooms", "Sunday"),
                )
            )
        ]
        super().__init__(columns, parent=parent)

    def cell_text(self, row: WeekHours, weekday: int) -> str:
        return spans_text(row.days[weekday]) or self.tr("Closed")

    def row_title(self, row: WeekHours) -> str:
        if row.room_id is None:
            return self.tr("Whole house")
        return room_label(row.room_code, row.room_name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        own = row.own[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not own:
            return dimmed_color()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(not own)
            font.setBold(row.room_id is None)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.room_id is None:
                return self.tr(
                    "The whole house; rooms follow these hours unless they have their own."
                )
            if not own:
                return self.tr("Follows the hours of the whole house.")
            if not row.days[index.column()]:
                return self.tr("This room is closed on this day.")
            return self.tr("This room's own hours.")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.row_title(row)}, {weekday_name(index.column())}: " + (
                self.cell_text(row, index.column()).replace("\n", ", ")
            )
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
                return weekday_name(section)
            if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
                return self.row_title(self.row_at(section))
        if (
            role == Qt.ItemDataRole.FontRole
            and orientation == Qt.Orientation.Vertical
            and section == 0
            and self.rowCount()
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().headerData(section, orientation, role)


class HoursDialog(Form):
    """The hours of the house, or of one room, on one weekday (and, if ticked, on others)."""

    SLOTS_SHOWN = 3

    def __init__(
        self,
        db: Database,
        week: WeekHours,
        weekday: int,
        house: WeekHours,
        parent: QWidget | None = None,
    ) -> None:
        whose = (
            QCoreApplication.translate("HoursDialog", "whole house")
            if week.room_id is None
            else week.room_name
        )
        super().__init__(
            QCoreApplication.translate("HoursDialog", "Opening hours on %1 — %2")
            .replace("%1", weekday_name(weekday))
            .replace("%2", whose),
            parent,
        )
        self.db = db
        self.week = week
        self.weekday = weekday
        self.saved = False
        # What "today" is: new hours touch the sessions from then on (tests fix it).
        self.today = clock.today

        plan_box = QWidget()
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        self.plans = QButtonGroup(self)
        self.plan_buttons: dict[DayPlan, QRadioButton] = {}
        choices: list[tuple[DayPlan, str]] = []
        if week.room_id is not None:
            house_hours = ", ".join(
                format_span(opens, closes) for opens, closes in house.days[weekday]
            ) or self.tr("closed")
            choices.append(
                (
                    DayPlan.AS_HOUSE,
                    self.tr("&Same as the whole house (%1)").replace("%1", house_hours),
                )
            )
        choices += [
            (DayPlan.OPEN, self.tr("&Open at these times:")),
            (DayPlan.CLOSED, self.tr("C&losed all day")),
        ]
        for plan, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"plan_{plan.value}")
            button.setAccessibleName(text.replace("&", ""))
            self.plans.addButton(button)
            self.plan_buttons[plan] = button
            plan_layout.addWidget(button)
        self.add_field("plan", self.tr("This day:"), plan_box, self.tr("Opening on this day"))

        intervals = week.days[weekday]
        self.slots: list[tuple[TimeField, TimeField]] = []
        for index in range(max(self.SLOTS_SHOWN, len(intervals))):
            opens = TimeField(optional=True)
            closes = TimeField(optional=True, end_of_day=True)
            number = str(index + 1)
            for field, placeholder, name, accessible in (
                (opens, "08:30", f"opens_{index}", self.tr("Time slot %1, from")),
                (closes, "12:30", f"closes_{index}", self.tr("Time slot %1, until")),
            ):
                field.setObjectName(name)
                field.setAccessibleName(accessible.replace("%1", number))
                field.edit().setPlaceholderText(placeholder if index == 0 else "")
                field.edit().textEdited.connect(self._typed)
                field.activated.connect(self._typed)
            if index < len(intervals):
                opens.setValue(intervals[index][0])
                closes.setValue(intervals[index][1])
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(opens)
            line.addWidget(QLabel(self.tr("until")))
            line.addWidget(closes)
            line.addStretch(1)
            row.setFocusProxy(opens)
            self.add_field(
                f"slot_{index}",
                self.tr("Time slot %1:").replace("%1", number),
                row,
                self.tr("Time slot %1").replace("%1", number),
            )
            self.slots.append((opens, closes))
        self.add_note(
            self.tr(
                "Write times like 8:30 or 13.00; leave a slot empty if you do not need it. "
                "A day may have several slots, e.g. 08:30–12:30 and 13:00–23:00."
            )
        )

        others = QWidget()
        others_layout = QHBoxLayout(others)
        others_layout.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[int, QCheckBox] = {}
        for day in range(7):
            box = QCheckBox(QLocale().standaloneDayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"day_{day}")
            box.setAccessibleName(weekday_name(day))
            if day == weekday:
                box.setChecked(True)
                box.setEnabled(False)
            self.day_boxes[day] = box
            others_layout.addWidget(box)
        others_layout.addStretch(1)
        others.setFocusProxy(self.day_boxes[(weekday + 1) % 7])
        self.add_field(
            "weekdays", self.tr("Also on:"), others, self.tr("The same hours also on these days")
        )

        if week.room_id is not None and not week.own[weekday]:
            current = DayPlan.AS_HOUSE
        else:
            current = DayPlan.OPEN if intervals else DayPlan.CLOSED
        self.plan_buttons[current].setChecked(True)
        plan_box.setFocusProxy(self.plan_buttons[current])
        (self.slots[0][0] if current is DayPlan.OPEN else self.plan_buttons[current]).setFocus()

    def _typed(self, *_args: object) -> None:
        # Typing or picking a time means the day is open at the times typed.
        self.plan_buttons[DayPlan.OPEN].setChecked(True)

    def plan(self) -> DayPlan:
        return next(plan for plan, button in self.plan_buttons.items() if button.isChecked())

    def save(self) -> bool:
        """Save the hours; first, if they leave planned sessions outside, ask about those.

        False: the volunteer went back to the form; nothing was saved.
        """
        weekdays = [day for day, box in self.day_boxes.items() if box.isChecked()]
        plan = self.plan()
        slots = [(opens.currentText(), closes.currentText()) for opens, closes in self.slots]
        room_id = self.week.room_id
        reason = self.tr("Other opening hours")

        def store(decisions: Sequence[Decision]) -> object:
            return perform(
                Change.CLOSURES | Change.SESSIONS,
                lambda: touched.save_day_hours(
                    self.db, weekdays, plan, slots, decisions, room_id=room_id, reason=reason
                ),
                self,
            )

        found = touched.touched_by_hours(
            self.db, weekdays, plan, slots, room_id=room_id, today=self.today()
        )
        if found:
            whose = self.tr("the whole house") if room_id is None else self.week.room_name
            dialog = TouchedDialog(self.db, found, whose, reason, store, self)
            if dialog.exec() != QDialog.DialogCode.Accepted.value:
                return False
        else:
            store([])
        self.saved = True
        return True


class HoursTab(QWidget):
    """The week grid, and the button (or Enter, or a double-click) that changes a day."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: HoursDialog | None = None
        self.freshness = Freshness(self, Change.CLOSURES | Change.ROOMS, self.reload)

        intro = QLabel(
            self.tr(
                "When the house is open, per weekday. A room follows the house's hours "
                "(shown in grey) unless it has hours of its own. Select a day and press "
                "Enter, or double-click it, to change it. Days with other hours than usual "
                "and closing days are on the next tabs."
            )
        )
        intro.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("hoursNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid); padding: 10px;"
        )
        self.notice.hide()
        self.model = HoursTableModel(self)
        self.table = read_only_table(
            self.model,
            "hoursTable",
            self.tr("Opening hours per weekday"),
            whole_rows=False,
            row_numbers=True,  # the rows are named: the house and each room
            resize=QHeaderView.ResizeMode.Stretch,
            stretch_last=False,
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(32)
        self.table.doubleClicked.connect(self.edit_current)
        self.table.activated.connect(self.edit_current)

        self.change_button = QPushButton(self.tr("&Change hours…"))
        self.change_button.setObjectName("changeHoursButton")
        self.change_button.setToolTip(self.tr("Change the hours of the selected day (Enter)"))
        self.change_button.clicked.connect(lambda: self.edit_current())
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Fetch the week again; the same cell stays selected."""
        current = self.table.currentIndex()
        key = (
            self.model.row_at(current.row()).room_id if current.isValid() else None,
            current.column() if current.isValid() else 0,
        )
        week = rooms.opening_week(self.db)
        self.model.set_rows(week)
        self.table.resizeRowsToContents()
        hints = []
        if not any(week[0].days):
            hints.append(
                self.tr(
                    "The house has no opening hours yet. Select Monday in the row “Whole "
                    "house” and press Enter; tick “Also on” to give other days the same hours."
                )
            )
        if len(week) == 1:
            hints.append(self.tr("The rooms you add on the Rooms tab appear below the house."))
        self.notice.setText("\n".join(hints))
        self.notice.setVisible(bool(hints))
        for row_number, row in enumerate(self.model.rows()):
            if row.room_id == key[0]:
                self.table.setCurrentIndex(self.model.index(row_number, key[1]))
                break

    def edit_current(self, index: QModelIndex | None = None) -> None:
        """Open the dialog for the selected day (of the house or a room)."""
        index = index if index is not None and index.isValid() else self.table.currentIndex()
        if not index.isValid() or self.dialog is not None:
            return
        dialog = HoursDialog(
            self.db, self.model.row_at(index.row()), index.column(), self.model.row_at(0), self
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: HoursDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if dialog.saved:
            self.reload()
        self.table.setFocus()


# --------------------------------------------------------------------------- days of a room

# Closing days and other hours: some days of the whole house or of one room.
Days = ClosureInfo | OpeningExceptionInfo


def days_room_text(row: Days) -> str:
    """ "Whole house", or the room the days are of."""
    if row.room_id is None or row.room_code is None or row.room_name is None:
        return QCoreApplication.translate("rooms", "Whole house")
    return room_label(row.room_code, row.room_name)


def days_columns() -> list[Column[Any]]:
    """The columns From, Until, Days and Room of a list of ``Days``."""
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "From"),
            lambda r: list_date(r.first_day),
            sort_key=lambda r: r.first_day.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Until"),
            lambda r: list_date(r.last_day),
            sort_key=lambda r: r.last_day.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Days"),
            lambda r: str(r.days),
            sort_key=lambda r: r.days,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Room"), days_room_text),
    ]


class DaysForm(Form):
    """A form for some days of the whole house or of one room (closing days, other hours):
    from which day until which, which of them, and the days spelled out with their
    weekdays, so that a wrong day is seen before saving."""

    def __init__(self, title: str, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.db = db

    def add_days(self, first: dt.date, last: dt.date, today: dt.date) -> None:
        """The fields From and Until."""
        self.first_day = DateField(first, today=lambda: today)
        self.last_day = DateField(last, today=lambda: today)
        self.last_day.setMinimum(first)
        self.add_field("first_day", self.tr("&From:"), self.first_day, self.tr("First day"))
        self.add_field("last_day", self.tr("&Until:"), self.last_day, self.tr("Last day"))
        self._first = first

    def add_room(self, label: str, chosen: int | None) -> None:
        """The choice of the whole house or a room in use (or the ``chosen`` one, if not)."""
        self.room = QComboBox()
        self.room.addItem(self.tr("Whole house"), None)
        for room in rooms.list_rooms(self.db):
            if room.active or chosen == room.id:
                self.room.addItem(room_label(room.code, room.name), room.id)
        self.add_field("room", label, self.room, self.tr("Whole house or room"))

    def add_summary(self) -> None:
        """The note that spells the days out, below the fields."""
        self.summary = self.add_note("")
        self.summary.setObjectName("summary")

    def watch_days(self, days: Days | None) -> None:
        """Show ``days`` (if any) in the room's choice, keep the summary current, and start
        in From."""
        if days is not None:
            self.room.setCurrentIndex(max(self.room.findData(days.room_id), 0))
        self.first_day.valueChanged.connect(self._first_changed)
        self.last_day.valueChanged.connect(self._show_summary)
        for field in (self.first_day, self.last_day):  # no summary of a date that does not read
            field.edit.textEdited.connect(self._show_summary)
            field.edit.editingFinished.connect(self._show_summary)
        self._show_summary()
        self.first_day.setFocus()

    def _first_changed(self, new_first: dt.date | None) -> None:
        # A single day stays a single day (the "until" shown moves along with "from");
        # an end before the start is said under "until", never moved.
        if new_first is None:
            return
        if self.last_day.value() == self._first:
            self.last_day.setValue(new_first)
        self.last_day.setMinimum(new_first)
        if self.last_day.text().strip():
            self.last_day.show_problem()
        self._first = new_first
        self._show_summary()

    def summary_text(self, first: dt.date, last: dt.date) -> str:
        """The days from ``first`` until ``last`` with their weekdays, and how many."""
        days = (last - first).days + 1
        locale = QLocale()
        return (
            (self.tr("%1, 1 day") if days == 1 else self.tr("%1 until %2: %3 days"))
            .replace("%1", locale.toString(qdate(first), "dddd d MMMM yyyy"))
            .replace("%2", locale.toString(qdate(last), "dddd d MMMM yyyy"))
            .replace("%3", str(days))
        )

    def _show_summary(self, *_args: object) -> None:
        first, last = self.first_day.value(), self.last_day.value()
        if first is None or last is None or last < first:
            self.summary.clear()
            return
        self.summary.setText(self.summary_text(first, last))


class DaysTab(TabList):
    """A list of days of the house and its rooms (closing days, other hours): those past
    hidden unless asked for."""

    def __init__(
        self,
        db: Database,
        title: str,
        columns: list[Column[Any]],
        load: Callable[[], Sequence[Days]],
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            db,
            title,
            RowTableModel(columns, parent=None),
            load,
            empty_text,
            parent,
            kinds=Change.CLOSURES | Change.ROOMS | Change.DAY,
        )
        # What "today" is: new days start on it, past ones are hidden (the clock's day).
        self.today = clock.today

    def add_past_filter(self, text: str, accessible: str) -> None:
        """The box that shows the days before today too."""
        self.show_past = self.add_check_filter("showPast", text, accessible, self._past_toggled)

    def _past_toggled(self, shown: bool) -> None:
        if shown:
            self.proxy.set_predicate("upcoming", None)
        else:
            self.proxy.set_predicate("upcoming", lambda row: row.last_day >= self.today())
        self._update_state()

    def show_saved(self, saved: Sequence[Days]) -> None:
        """Reload with the ``saved`` rows selected, showing past days if one of them is."""
        ids = {days.id for days in saved}
        if any(days.last_day < self.today() for days in saved):
            self.show_past.setChecked(True)
        self.reload(select=lambda row: row.id in ids)


# --------------------------------------------------------------------------- closing days


CLOSURE_COLUMNS: list[Column[ClosureInfo]] = [
    *days_columns(),
    Column(QT_TRANSLATE_NOOP("columns", "Reason"), lambda r: r.reason),
]


class ClosureDialog(DaysForm):
    """A closure: from which day until which, the whole house or one room, and why."""

    def __init__(
        self,
        db: Database,
        closure: ClosureInfo | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ClosureDialog", "New closing days")
            if closure is None
            else QCoreApplication.translate("ClosureDialog", "Closing days"),
            db,
            parent,
        )
        self.closure = closure
        self.saved: ClosureInfo | None = None

        first = closure.first_day if closure else today
        self.add_days(first, closure.last_day if closure else first, today)
        self.add_room(self.tr("&Closed:"), closure.room_id if closure else None)
        self.reason = QLineEdit()
        self.reason.setMaxLength(rooms.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. Zomersluiting, onderhoud, verbouwing"))
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.add_summary()
        if closure is not None:
            self.reason.setText(closure.reason)
        self.watch_days(closure)

    def save(self) -> bool:
        """Save the closure; first, if sessions are planned on its days, ask about those.

        False: the volunteer went back to the form; nothing was saved.
        """
        room_id = self.room.currentData()
        first, last = self.first_day.value(), self.last_day.value()
        assert first is not None and last is not None  # fields_read() said they read
        reason = self.reason.text()
        closure_id = self.closure.id if self.closure is not None else None
        rooms.check_closure(self.db, closure_id, first, last, reason, room_id)

        def store(decisions: Sequence[Decision]) -> ClosureInfo:
            return perform(
                Change.CLOSURES | Change.SESSIONS,
                lambda: touched.save_closure(
                    self.db, closure_id, first, last, reason, room_id, decisions
                ),
                self,
            )

        found = touched.touched_by_closure(self.db, first, last, room_id, closure_id=closure_id)
        if not found:
            self.saved = store([])
            return True
        whose = self.tr("The whole house") if room_id is None else self.room.currentText()
        tidy = " ".join(reason.split())
        dialog = TouchedDialog(self.db, found, whose, tidy, store, self, closed=(first, last))
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return False
        self.saved = dialog.saved
        return True


class HolidaysDialog(QDialog):
    """The Dutch public holidays of a year to tick; the ticked ones become closing days."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.added: list[ClosureInfo] = []
        self.setWindowTitle(self.tr("Public holidays"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Tick the public holidays on which the whole house is closed. "
                "Days the house is closed already are shown as such."
            )
        )
        intro.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setGroupSeparatorShown(False)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.tick_all = QPushButton(self.tr("&Tick all"))
        self.tick_all.setObjectName("tickAll")
        self.tick_all.setAutoDefault(False)
        self.tick_all.clicked.connect(self._tick_all)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.tick_all)

        self.list_box = QWidget()
        self.list_box.setObjectName("holidays")
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 4, 0, 4)
        self.boxes: dict[dt.date, QCheckBox] = {}
        self.error = FieldError("days")
        FieldWatch(self.year, self.error, clears=False)  # a key the spin box keeps out is said

        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("&Add as closing days"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Add as closing days"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.list_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        scroll_when_tall(self)

        self.year.valueChanged.connect(self._fill)
        self._fill(year)
        self.year.setFocus()

    def _fill(self, year: int) -> None:
        for box in self.boxes.values():
            self.list_layout.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        self.error.clear_message()
        previous: QWidget = self.year
        for holiday in rooms.public_holidays(self.db, year, language()):
            text = f"{QLocale().toString(qdate(holiday.day), 'dddd d MMMM')} — {holiday.name}"
            box = QCheckBox()
            box.setObjectName(f"holiday_{holiday.day.isoformat()}")
            if holiday.closed_by is not None:
                text += "  " + self.tr("(closed already: %1)").replace("%1", holiday.closed_by)
                box.setChecked(True)
                box.setEnabled(False)
            box.setText(text)
            box.setAccessibleName(text)
            self.list_layout.addWidget(box)
            self.boxes[holiday.day] = box
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.tick_all)

    def _tick_all(self) -> None:
        for box in self.boxes.values():
            if box.isEnabled():
                box.setChecked(True)

    def ticked(self) -> list[dt.date]:
        return [day for day, box in self.boxes.items() if box.isEnabled() and box.isChecked()]

    def accept(self) -> None:
        self.error.clear_message()
        try:
            ticked = self.ticked()
            self.added = perform(
                Change.CLOSURES, lambda: rooms.add_holiday_closures(self.db, ticked), self
            )
        except ValidationError as refused:
            self.error.show_message("\n".join(problem_text(p) for p in refused.problems))
            return
        super().accept()


class ClosuresTab(DaysTab):
    """The closing days of the house and its rooms, with the public holidays to pick from."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("ClosuresTab", "Closing days"),
            CLOSURE_COLUMNS,
            lambda: rooms.list_closures(db),
            QCoreApplication.translate(
                "ClosuresTab",
                "No closing days yet.\n\nPress “Public holidays…” to pick the holidays on "
                "which the house is closed, or New (Ctrl+N) for a holiday break or "
                "maintenance of a room.",
            ),
            parent,
        )
        self.add_past_filter(
            self.tr("Also show &past closing days"), self.tr("Also show past closing days")
        )
        self.add_delete_button(self.tr("Delete closing days"))
        self.holidays_button = QPushButton(self.tr("&Public holidays…"))
        self.holidays_button.setObjectName("holidaysButton")
        self.holidays_button.setToolTip(self.tr("Pick the Dutch public holidays to close on"))
        self.holidays_button.clicked.connect(self.pick_holidays)
        self.add_action_button(self.holidays_button)
        dates = list_date_width(self.table)
        for column, width in enumerate((dates, dates, 60, 240)):
            self.table.setColumnWidth(column, width)

    def create_new(self) -> None:
        self._open(ClosureDialog(self.db, None, self.today(), self))

    def edit_row(self, row: Any) -> None:
        self._open(ClosureDialog(self.db, row, self.today(), self))

    def pick_holidays(self) -> None:
        self._open(HolidaysDialog(self.db, rooms.holiday_year(self.db, self.today()), self))

    def _dialog_finished(self, dialog: QDialog) -> None:
        super()._dialog_finished(dialog)
        if isinstance(dialog, ClosureDialog) and dialog.saved is not None:
            self.show_saved([dialog.saved])
        elif isinstance(dialog, HolidaysDialog) and dialog.added:
            self.show_saved(dialog.added)

    def delete_current(self) -> None:
        """Delete the selected closure after asking."""
        row: ClosureInfo | None = self.current_row()
        if row is None:
            return
        if confirm(
            self,
            self.tr("Delete closing days"),
            self.tr("Delete “%1” (%2 until %3)? Those days count as open again.")
            .replace("%1", row.reason)
            .replace("%2", day_text(row.first_day))
            .replace("%3", day_text(row.last_day)),
            self.tr("Delete"),
        ):
            perform(Change.CLOSURES, lambda: rooms.delete_closure(self.db, row.id), self)
            self.reload()


# --------------------------------------------------------------------------- other hours


def exception_hours_text(row: OpeningExceptionInfo) -> str:
    """ "10:00–00:30 (until after midnight)": the night is said, not left to be guessed."""
    if passes_midnight(row.closes_min):
        return QCoreApplication.translate("rooms", "%1 (until after midnight)").replace(
            "%1", row.span
        )
    return row.span


EXCEPTION_COLUMNS: list[Column[OpeningExceptionInfo]] = [
    *days_columns(),
    Column(
        QT_TRANSLATE_NOOP("columns", "Open"),
        exception_hours_text,
        sort_key=lambda r: (r.opens_min, r.closes_min),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Reason"), lambda r: r.reason),
]


class ExceptionDialog(DaysForm):
    """Other hours than usual: from which day until which, the whole house or one room, the
    hours that replace the usual ones on those days, and why."""

    def __init__(
        self,
        db: Database,
        exception: OpeningExceptionInfo | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ExceptionDialog", "New other hours")
            if exception is None
            else QCoreApplication.translate("ExceptionDialog", "Other hours"),
            db,
            parent,
        )
        self.setObjectName("exceptionDialog")
        self.exception = exception
        self.saved: OpeningExceptionInfo | None = None
        self.add_note(
            self.tr(
                "On these days these hours replace the usual opening hours. "
                "A closing day stays closed."
            )
        )
        first = exception.first_day if exception else today
        self.add_days(first, exception.last_day if exception else first, today)
        self.add_room(self.tr("&For:"), exception.room_id if exception else None)
        times = QWidget()
        line = QHBoxLayout(times)
        line.setContentsMargins(0, 0, 0, 0)
        # The closing time may be after midnight (00:30): the field reads it as a time of day.
        self.opens = TimeField(exception.opens_min if exception else None)
        self.closes = TimeField(exception.closes_min if exception else None, end_of_day=True)
        for time_field, name, accessible, placeholder in (
            (self.opens, "opens", self.tr("Open from"), "10:00"),
            (self.closes, "closes", self.tr("Open until"), "00:30"),
        ):
            time_field.setObjectName(name)
            time_field.setAccessibleName(accessible)
            time_field.edit().setPlaceholderText(placeholder)
            time_field.editTextChanged.connect(self._show_summary)
        line.addWidget(self.opens)
        line.addWidget(QLabel(self.tr("until")))
        line.addWidget(self.closes)
        line.addStretch(1)
        times.setFocusProxy(self.opens)
        self.add_field("times", self.tr("&Open:"), times, self.tr("Opening hours"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(rooms.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. Verjaardagsfeest, zomerweek, late bar"))
        self.add_field("reason", self.tr("&Reason:"), self.reason, self.tr("Reason"))
        self.add_summary()
        if exception is not None:
            self.reason.setText(exception.reason)
        self.watch_days(exception)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The wrapped note at the top needs its height for the width the dialog got.
        layout = self.layout()
        assert layout is not None  # FormDialog lays itself out in __init__
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def summary_text(self, first: dt.date, last: dt.date) -> str:
        """The days spelled out, and whether the closing time is after midnight."""
        text = super().summary_text(first, last)
        opens, closes = parse_time(self.opens.currentText()), parse_time(self.closes.currentText())
        if opens is not None and closes is not None and opens < MINUTES_PER_DAY:
            closes = end_after(opens, closes)
            if passes_midnight(closes) and opens < closes <= LATEST_END_MIN:
                text += "\n" + self.tr("Open until %1 at night, after midnight.").replace(
                    "%1", self.closes.currentText().strip()
                )
        return text

    def save(self) -> None:
        first, last = self.first_day.value(), self.last_day.value()
        assert first is not None and last is not None  # fields_read() said they read
        args = (
            first,
            last,
            self.opens.currentText(),
            self.closes.currentText(),
            self.reason.text(),
            self.room.currentData(),
        )
        if self.exception is None:
            self.saved = perform(
                Change.CLOSURES, lambda: rooms.create_opening_exception(self.db, *args), self
            )
        else:
            exception_id = self.exception.id
            self.saved = perform(
                Change.CLOSURES,
                lambda: rooms.update_opening_exception(self.db, exception_id, *args),
                self,
            )


class ExceptionsTab(DaysTab):
    """Other hours than usual on some days, of the house or of one room."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("ExceptionsTab", "Other hours"),
            EXCEPTION_COLUMNS,
            lambda: rooms.list_opening_exceptions(db),
            QCoreApplication.translate(
                "ExceptionsTab",
                "No other hours yet.\n\nPress New (Ctrl+N) when the house or a room is open "
                "at other times than usual on some days: a party on Saturday evening until "
                "00:30, a week of shorter hours. A booking outside the hours offers to add "
                "them too.",
            ),
            parent,
        )
        self.add_past_filter(self.tr("Also show &past days"), self.tr("Also show past days"))
        self.add_delete_button(self.tr("Delete other hours"))
        dates = list_date_width(self.table)
        for column, width in enumerate((dates, dates, 60, 160, 300)):
            self.table.setColumnWidth(column, width)

    def create_new(self) -> None:
        self._open(ExceptionDialog(self.db, None, self.today(), self))

    def edit_row(self, row: Any) -> None:
        self._open(ExceptionDialog(self.db, row, self.today(), self))

    def _dialog_finished(self, dialog: QDialog) -> None:
        super()._dialog_finished(dialog)
        if isinstance(dialog, ExceptionDialog) and dialog.saved is not None:
            self.show_saved([dialog.saved])

    def delete_current(self) -> None:
        """Delete the selected other hours after asking."""
        row: OpeningExceptionInfo | None = self.current_row()
        if row is None:
            return
        if confirm(
            self,
            self.tr("Delete other hours"),
            self.tr("Delete the hours %1 from %2 until %3? Those days have the usual hours again.")
            .replace("%1", row.span)
            .replace("%2", day_text(row.first_day))
            .replace("%3", day_text(row.last_day)),
            self.tr("Delete"),
        ):
            perform(Change.CLOSURES, lambda: rooms.delete_opening_exception(self.db, row.id), self)
            self.reload()


# --------------------------------------------------------------------------- the screen


class RoomsScreen(QWidget):
    """Rooms, opening hours, other hours and closing days, on four tabs."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        heading = screen_title(self.tr("Rooms"))

        self.rooms_tab = RoomsTab(db)
        self.hours_tab = HoursTab(db)
        self.exceptions_tab = ExceptionsTab(db)
        self.closures_tab = ClosuresTab(db)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName(self.tr("Rooms, opening hours, other hours and closing days"))
        self.tabs.addTab(self.rooms_tab, self.tr("&Rooms"))
        self.tabs.addTab(self.hours_tab, self.tr("Opening &hours"))
        self.tabs.addTab(self.exceptions_tab, self.tr("O&ther hours"))
        self.tabs.addTab(self.closures_tab, self.tr("Closing &days"))
        self.rooms_tab.rooms_changed.connect(self._rooms_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def _rooms_changed(self) -> None:
        self.hours_tab.reload()
        self.exceptions_tab.reload()
        self.closures_tab.reload()

    def refresh(self) -> None:
        """Fetch everything again."""
        self.rooms_tab.reload()
        self.hours_tab.reload()
        self.exceptions_tab.reload()
        self.closures_tab.reload()
