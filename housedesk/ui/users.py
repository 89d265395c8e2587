"""The "Users & activities" screen: the groups that use the house and what they do there.

Two tabs, each a searchable list: the users (groups, organisations, private
persons) and the activities. A volunteer adds a user, then its activities; from
a selected user, "New activity" starts one for that user. Something with
history is archived (and can be brought back) instead of deleted; archived rows
are hidden until "Show archived" is ticked. The contact person's details are
marked in the dialog as personal data that stays in the house.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    Nature,
    Origin,
    TargetGroup,
    UserKind,
    default_nature,
)
from housedesk.common.problems import ValidationError
from housedesk.core import users
from housedesk.core.users import ActivityFields, ActivityRow, UserFields, UserRow
from housedesk.db import Database
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.fields import NumberField
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, problem_text
from housedesk.ui.kit.list_screen import ListScreen
from housedesk.ui.kit.setup_time import SetupFields
from housedesk.ui.kit.table_model import Column, RowTableModel
from housedesk.ui.kit.times import TimeField
from housedesk.ui.kit.widgets import RESIZE_ROWS, content_widths, fit_widths, screen_title

#: Widest a column gets when sized to its contents; longer text is cut off with "…".
MAX_COLUMN_WIDTH = 190
#: Wide enough that the field messages mostly fit on one line.
DIALOG_WIDTH = 580


# --------------------------------------------------------------------------- small widgets


class CodeCombo(QComboBox):
    """A choice from one code list, showing the labels; empty until chosen if it has a hint."""

    def __init__(self, enum: type[StrEnum], hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        for member in enum:
            self.addItem(code_label(member, enum), member)
        if hint:
            self.setPlaceholderText(hint)
            self.setCurrentIndex(-1)

    def code(self) -> Any | None:
        # Qt hands item data back as a plain str; turn it into the enum's member again.
        return self.enum(self.currentData()) if self.currentIndex() >= 0 else None

    def set_code(self, code: StrEnum | None) -> None:
        self.setCurrentIndex(-1 if code is None else self.findData(code))


class FilterCombo(QComboBox):
    """A filter beside the search field: "All …" first, then the choices."""

    def __init__(self, everything: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.everything = everything
        self.setAccessibleName(accessible)
        self.setToolTip(accessible)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the chosen one if it is still there."""
        chosen = self.chosen()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.everything, None)
        for text, data in choices:
            self.addItem(text, data)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if self.chosen() != chosen:
            self.currentIndexChanged.emit(self.currentIndex())

    def chosen(self) -> Any | None:
        return self.currentData()

    def choose(self, data: Any | None) -> None:
        self.setCurrentIndex(max(self.findData(data), 0) if data is not None else 0)


class TextBox(QPlainTextEdit):
    """A few lines of free text. Enter saves the dialog as everywhere; Shift+Enter is a new line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if plain_enter:
            event.ignore()  # the dialog takes it and saves
            return
        super().keyPressEvent(event)

    def value(self) -> str:
        return self.toPlainText()


class TargetGroupPicker(QWidget):
    """A tick box per target group, in the exchange format's order."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes: dict[TargetGroup, QCheckBox] = {}
        for number, group in enumerate(TargetGroup):
            box = QCheckBox(code_label(group, TargetGroup))
            box.setObjectName(f"target_{group.value}")
            box.setAccessibleName(code_label(group, TargetGroup))
            grid.addWidget(box, number // self.COLUMNS, number % self.COLUMNS)
            self.boxes[group] = box
        self.setFocusProxy(self.boxes[TargetGroup.IEDEREEN])

    def codes(self) -> list[TargetGroup]:
        return [group for group, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Sequence[TargetGroup]) -> None:
        for group, box in self.boxes.items():
            box.setChecked(group in codes)


class TimesField(QWidget):
    """The usual start and end time of an activity, typed or picked (both, or neither)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = TimeField(optional=True)
        self.start.setObjectName("default_start")
        self.start.setAccessibleName(self.tr("Usual start time"))
        self.start.edit().setPlaceholderText(self.tr("e.g. 09:30"))
        self.end = TimeField(optional=True, end_of_day=True)
        self.end.setObjectName("default_end")
        self.end.setAccessibleName(self.tr("Usual end time"))
        self.end.edit().setPlaceholderText(self.tr("e.g. 11:30"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end)
        layout.addStretch(1)
        self.setFocusProxy(self.start)


def _privacy_note(text: str) -> QLabel:
    note = QLabel(text)
    note.setObjectName("privacyNote")
    note.setWordWrap(True)
    note.setStyleSheet(
        "background: #fff4d6; color: #4a3b00; border: 1px solid #e0c36c; "
        "border-radius: 3px; padding: 6px 8px;"
    )
    note.setAccessibleName(text)
    return note


def _grow_to_fit(dialog: FormDialog) -> None:
    """Make ``dialog`` tall enough again after messages appeared under its fields."""
    layout = dialog.layout()
    assert layout is not None  # FormDialog lays itself out in __init__
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def _section(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


# --------------------------------------------------------------------------- dialogs


class UserDialog(FormDialog):
    """Registers a new user, or changes one; ``saved`` holds the stored row afterwards."""

    def __init__(self, db: Database, row: UserRow | None = None, parent: QWidget | None = None):
        if row is None:
            title = QCoreApplication.translate("UserDialog", "New user")
        else:
            title = QCoreApplication.translate("UserDialog", "Edit user")
        super().__init__(title, parent)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.db = db
        self.row = row
        self.saved: UserRow | None = None

        self.name = QLineEdit()
        self.name.setMaxLength(users.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. KBO Berghem, Repair Café, Fam. Jansen"))
        self.add_field("name", self.tr("&Name:"), self.name)
        self.kind = CodeCombo(UserKind, self.tr("Choose what kind of user this is"))
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.origin = CodeCombo(Origin)
        self.add_field("origin", self.tr("Comes &from:"), self.origin)
        self.fixed_tenant = QCheckBox(self.tr("Uses a room of the house permanently"))
        self.add_field("fixed_tenant", self.tr("Fixed &tenant:"), self.fixed_tenant)

        self.form.addRow(_section(self.tr("Contact person")))
        self.form.addRow(
            _privacy_note(
                self.tr("Personal data: these details stay in the house and are never exported.")
            )
        )
        self.contact_name = QLineEdit()
        self.contact_name.setMaxLength(users.NAME_MAX)
        self.add_field(
            "contact_name", self.tr("Na&me:"), self.contact_name, self.tr("Contact person's name")
        )
        self.contact_phone = QLineEdit()
        self.contact_phone.setMaxLength(users.PHONE_MAX)
        self.contact_phone.setPlaceholderText(
            self.tr("e.g. 06-12345678, 0412-123456, +49 2821 123456 or 14 0412")
        )
        self.add_field(
            "contact_phone",
            self.tr("&Phone:"),
            self.contact_phone,
            self.tr("Contact person's phone number"),
        )
        self.contact_email = QLineEdit()
        self.contact_email.setMaxLength(users.EMAIL_MAX)
        self.contact_email.setPlaceholderText(self.tr("e.g. secretaris@vereniging.nl"))
        self.add_field(
            "contact_email",
            self.tr("E-ma&il:"),
            self.contact_email,
            self.tr("Contact person's e-mail address"),
        )
        self.notes = TextBox()
        self.add_field("notes", self.tr("N&otes:"), self.notes)

        if row is not None:
            self.name.setText(row.name)
            self.kind.set_code(row.kind)
            self.origin.set_code(row.origin)
            self.fixed_tenant.setChecked(row.fixed_tenant)
            self.contact_name.setText(row.contact_name or "")
            self.contact_phone.setText(row.contact_phone or "")
            self.contact_email.setText(row.contact_email or "")
            self.notes.setPlainText(row.notes or "")
        self.name.setFocus()

    def show_problems(self, refused: ValidationError, *, besides: bool = False) -> None:
        super().show_problems(refused, besides=besides)
        _grow_to_fit(self)

    def fields_typed(self) -> UserFields:
        return UserFields(
            name=self.name.text(),
            kind=self.kind.code(),
            origin=self.origin.code(),
            fixed_tenant=self.fixed_tenant.isChecked(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            notes=self.notes.value(),
        )

    def save(self) -> None:
        fields = self.fields_typed()
        if self.row is None:
            self.saved = perform(Change.PEOPLE, lambda: users.create_user(self.db, fields), self)
        else:
            row_id = self.row.id
            self.saved = perform(
                Change.PEOPLE, lambda: users.update_user(self.db, row_id, fields), self
            )


class ActivityDialog(FormDialog):
    """Registers a new activity, or changes one; ``saved`` holds the stored row afterwards.

    The nature of use follows the chosen user's kind until the volunteer picks
    one deliberately.
    """

    def __init__(
        self,
        db: Database,
        row: ActivityRow | None = None,
        user_id: int | None = None,
        parent: QWidget | None = None,
    ):
        if row is None:
            title = QCoreApplication.translate("ActivityDialog", "New activity")
        else:
            title = QCoreApplication.translate("ActivityDialog", "Edit activity %1")
            title = title.replace("%1", row.code)
        super().__init__(title, parent)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.db = db
        self.row = row
        self.saved: ActivityRow | None = None
        self._nature_chosen = row is not None

        self.user = QComboBox()
        self.user.setPlaceholderText(self.tr("Choose the user (group)"))
        self._kinds: dict[int, UserKind] = {}
        for choice in users.pickable_users(db):
            self.user.addItem(choice.name, choice.id)
            self._kinds[choice.id] = choice.kind
        if row is not None and row.user_id not in self._kinds:
            # An activity of an archived user may still be corrected.
            archived = self.tr("%1 (archived)").replace("%1", row.user_name)
            self.user.addItem(archived, row.user_id)
            self._kinds[row.user_id] = row.user_kind
        self.user.setCurrentIndex(-1)
        self.add_field("user", self.tr("&User:"), self.user)

        self.name = QLineEdit()
        self.name.setMaxLength(users.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Koffieochtend, Rouwcafé, BSO-club"))
        self.add_field("name", self.tr("&Name:"), self.name)
        self.type = CodeCombo(ActivityType, self.tr("Choose the type"))
        self.add_field("type", self.tr("&Type:"), self.type)
        self.target_groups = TargetGroupPicker()
        self.add_field("target_groups", self.tr("Target &groups:"), self.target_groups)
        self.accessibility = CodeCombo(Accessibility, self.tr("Choose how open it is"))
        self.add_field("accessibility", self.tr("&Open to:"), self.accessibility)
        self.nature = CodeCombo(Nature, self.tr("Follows the user's kind"))
        self.add_field("nature", self.tr("N&ature of use:"), self.nature)
        self.nature_hint = QLabel()
        self.nature_hint.setObjectName("natureHint")
        self.nature_hint.setWordWrap(True)
        self.nature_hint.setStyleSheet("color: palette(dark);")
        self.form.addRow("", self.nature_hint)

        self.room = QComboBox()
        self.room.addItem(self.tr("No usual room"), None)
        for room in users.default_room_choices(db):
            self.room.addItem(room.name, room.id)
        if row is not None and row.default_room_id is not None and not row.default_room_active:
            # A room taken out of use may stay the default of an activity that had it.
            out_of_use = self.tr("%1 (not in use)").replace("%1", row.default_room_name or "")
            self.room.addItem(out_of_use, row.default_room_id)
        self.add_field("default_room", self.tr("Usual &room:"), self.room)
        self.times = TimesField()
        self.add_field("default_times", self.tr("Usual t&imes:"), self.times)
        self.setup = SetupFields(users.SETUP_MAX)
        self.add_field(
            "setup",
            self.tr("Usual set-up and c&lean-up:"),
            self.setup,
            self.tr("Set-up and clean-up"),
        )
        self.errors["teardown"] = self.errors["setup"]
        self.usual_visitors = NumberField(0, users.USUAL_VISITORS_MAX, optional=True)
        self.usual_visitors.setMaximumWidth(120)
        self.usual_visitors.setPlaceholderText(self.tr("e.g. 20"))
        self.add_field("usual_visitors", self.tr("Usual &visitors:"), self.usual_visitors)
        self.description = TextBox()
        self.add_field("description", self.tr("&Description:"), self.description)

        self.user.currentIndexChanged.connect(self._user_changed)
        self.nature.activated.connect(self._nature_picked)
        self.warn_personal_data("name", self._name_leaves_the_house)
        self.nature.currentIndexChanged.connect(self.update_warnings)

        if row is not None:
            self.user.setCurrentIndex(self.user.findData(row.user_id))
            self.name.setText(row.name)
            self.type.set_code(row.type)
            self.target_groups.set_codes(row.target_groups)
            self.accessibility.set_code(row.accessibility)
            self.nature.set_code(row.nature)
            self.room.setCurrentIndex(max(self.room.findData(row.default_room_id), 0))
            if row.default_start_min is not None and row.default_end_min is not None:
                self.times.start.setValue(row.default_start_min)
                self.times.end.setValue(row.default_end_min)
            self.setup.set_values(row.setup_min, row.teardown_min)
            if row.usual_visitors is not None:
                self.usual_visitors.setText(str(row.usual_visitors))
            self.description.setPlainText(row.description or "")
        elif user_id is not None:
            self.user.setCurrentIndex(self.user.findData(user_id))
        self._show_nature_hint()
        (self.name if self.user.currentIndex() >= 0 else self.user).setFocus()

    def chosen_user(self) -> int | None:
        return self.user.currentData() if self.user.currentIndex() >= 0 else None

    def _user_changed(self) -> None:
        user_id = self.chosen_user()
        if not self._nature_chosen and user_id is not None:
            self.nature.set_code(default_nature(self._kinds[user_id]))
        self._show_nature_hint()

    def _nature_picked(self) -> None:
        self._nature_chosen = True
        self._show_nature_hint()

    def _name_leaves_the_house(self) -> bool:
        """Whether the name goes into the export and the calendar: all but a private rental's."""
        nature = self.nature.code()
        user_id = self.chosen_user()
        if nature is None and user_id is not None:
            nature = default_nature(self._kinds[user_id])
        return nature is not Nature.PARTICULIER

    def _show_nature_hint(self) -> None:
        user_id = self.chosen_user()
        if user_id is None:
            self.nature_hint.setText(self.tr("Proposed from the user's kind once you choose one."))
            return
        proposed = default_nature(self._kinds[user_id])
        if self.nature.code() == proposed:
            self.nature_hint.setText(
                self.tr("As usual for a user of this kind. Change it if this activity differs.")
            )
        else:
            self.nature_hint.setText(
                self.tr("Usual for this kind of user: %1.").replace(
                    "%1", code_label(proposed, Nature)
                )
            )

    def show_problems(self, refused: ValidationError, *, besides: bool = False) -> None:
        super().show_problems(refused, besides=besides)
        _grow_to_fit(self)

    def fields_typed(self) -> ActivityFields:
        return ActivityFields(
            user_id=self.chosen_user(),
            name=self.name.text(),
            type=self.type.code(),
            target_groups=self.target_groups.codes(),
            accessibility=self.accessibility.code(),
            nature=self.nature.code(),
            default_room_id=self.room.currentData(),
            default_start=self.times.start.text(),
            default_end=self.times.end.text(),
            usual_visitors=self.usual_visitors.text(),
            description=self.description.value(),
            setup_min=self.setup.setup.value(),
            teardown_min=self.setup.teardown.value(),
        )

    def save(self) -> None:
        fields = self.fields_typed()
        if self.row is None:
            self.saved = perform(
                Change.PEOPLE, lambda: users.create_activity(self.db, fields), self
            )
        else:
            row_id = self.row.id
            self.saved = perform(
                Change.PEOPLE, lambda: users.update_activity(self.db, row_id, fields), self
            )


# --------------------------------------------------------------------------- the lists


def _yes(value: bool) -> str:
    return QCoreApplication.translate("UsersScreen", "Yes") if value else ""


def _with_archived(name: str, archived: bool) -> str:
    if not archived:
        return name
    return QCoreApplication.translate("UsersScreen", "%1 (archived)").replace("%1", name)


def _code_number(code: str) -> int:
    digits = code.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else 0


def _shown_activity_count(row: UserRow) -> int:
    # An archived user's activities went with it; "0" would read as "never had any".
    return row.archived_activity_count if row.archived else row.activity_count


USER_COLUMNS: list[Column[UserRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Name"),
        lambda r: _with_archived(r.name, r.archived),
        sort_key=lambda r: r.name.casefold(),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: code_label(r.kind, UserKind)),
    Column(QT_TRANSLATE_NOOP("columns", "Comes from"), lambda r: code_label(r.origin, Origin)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Fixed tenant"),
        lambda r: _yes(r.fixed_tenant),
        sort_key=lambda r: r.fixed_tenant,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Activities"),
        lambda r: str(_shown_activity_count(r)),
        sort_key=_shown_activity_count,
        align_right=True,
        tooltip=lambda r: (
            QCoreApplication.translate("UsersScreen", "%1 current, %2 archived")
            .replace("%1", str(r.activity_count))
            .replace("%2", str(r.archived_activity_count))
        ),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Contact person"), lambda r: r.contact_name or ""),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: r.contact_phone or ""),
]


def _groups_text(row: ActivityRow) -> str:
    return ", ".join(code_label(group, TargetGroup) for group in row.target_groups)


def _when_and_where(row: ActivityRow) -> str:
    # The times first: they have a fixed width, so a narrow column cuts off the room's name.
    return ", ".join(part for part in (row.default_times, row.default_room_name) if part)


ACTIVITY_COLUMNS: list[Column[ActivityRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Code"),
        lambda r: r.code,
        sort_key=lambda r: _code_number(r.code),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Name"),
        lambda r: _with_archived(r.name, r.archived),
        sort_key=lambda r: r.name.casefold(),
        tooltip=lambda r: r.description or r.name,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "User"), lambda r: r.user_name, tooltip=lambda r: r.user_name
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Type"), lambda r: code_label(r.type, ActivityType)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Open to"),
        lambda r: code_label(r.accessibility, Accessibility),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Nature"), lambda r: code_label(r.nature, Nature)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Time and room"),
        _when_and_where,
        sort_key=lambda r: (
            -1 if r.default_start_min is None else r.default_start_min,
            (r.default_room_name or "").casefold(),
        ),
        tooltip=_when_and_where,
    ),
    # Last, so that it takes the room that is left; the tooltip shows the whole list.
    Column(QT_TRANSLATE_NOOP("columns", "Target groups"), _groups_text, tooltip=_groups_text),
]


def _user_search_text(row: UserRow) -> str:
    return " ".join(
        (
            row.name,
            code_label(row.kind, UserKind),
            code_label(row.origin, Origin),
            row.contact_name or "",
            row.contact_phone or "",
            row.contact_email or "",
        )
    )


def _activity_search_text(row: ActivityRow) -> str:
    return " ".join(
        (
            row.code,
            row.name,
            row.user_name,
            code_label(row.type, ActivityType),
            *(code_label(group, TargetGroup) for group in row.target_groups),
            code_label(row.accessibility, Accessibility),
            code_label(row.nature, Nature),
            row.default_room_name or "",
            row.description or "",
        )
    )


class RegisterList(ListScreen):
    """A list of users or activities: show-archived filter, archive/delete/bring back, dialogs."""

    #: Something was saved, archived or deleted; the other list may need reloading too.
    changed = Signal()

    def __init__(
        self,
        db: Database,
        title: str,
        model: RowTableModel[Any],
        load: Callable[[], Sequence[Any]],
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            title,
            model,
            load,
            empty_text,
            parent,
            kinds=Change.PEOPLE | Change.ROOMS | Change.SESSIONS,
        )
        self.db = db
        self.dialog: FormDialog | None = None
        self.put_in_tab()

        self.show_archived = QCheckBox(self.tr("Sh&ow archived"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.setAccessibleName(self.tr("Show archived"))
        self.show_archived.setToolTip(
            self.tr("Also list what is archived: no longer in use, kept for the reports.")
        )
        self.show_archived.toggled.connect(self._archived_toggled)
        self._archived_toggled(False)

        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove_current)
        remove = QAction(self)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.triggered.connect(self.remove_current)
        self.table.addAction(remove)
        self._sized = False

    # -- what subclasses provide -------------------------------------------------------------

    def archive(self, row: Any) -> None:
        """Archive ``row`` through the core; every list defines its own."""
        raise TypeError(f"{type(self).__name__} does not define archive()")

    def unarchive(self, row: Any) -> None:
        """Bring ``row`` back through the core; every list defines its own."""
        raise TypeError(f"{type(self).__name__} does not define unarchive()")

    def delete(self, row: Any) -> None:
        """Delete ``row`` through the core; every list defines its own."""
        raise TypeError(f"{type(self).__name__} does not define delete()")

    def archive_question(self, row: Any) -> str:
        """What to ask before archiving ``row``; every list defines its own."""
        raise TypeError(f"{type(self).__name__} does not define archive_question()")

    def delete_question(self, row: Any) -> str:
        """What to ask before deleting ``row``; every list defines its own."""
        raise TypeError(f"{type(self).__name__} does not define delete_question()")

    def unarchive_question(self, row: Any) -> str:
        """What to ask before bringing ``row`` back; empty: nothing to ask."""
        return ""

    # -- behaviour -----------------------------------------------------------------------------

    def finish_bar(self, filters: Sequence[QWidget], buttons: Sequence[QPushButton]) -> None:
        """Put the filters and extra buttons in place, in a sensible tab order."""
        for widget in (*filters, self.show_archived):
            self.add_filter(widget)
        for button in (*buttons, self.remove_button):
            self.add_action_button(button)
        chain = [self.search, *filters, self.show_archived, self.table]
        chain += [self.new_button, self.edit_button, *buttons, self.remove_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.table.selectionModel().selectionChanged.connect(self._update_row_actions)
        self.reloaded.connect(self._after_reload)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsRemoved,
            self.proxy.rowsInserted,
        ):
            signal.connect(self._update_row_actions)
        self._update_row_actions()

    def take_focus(self) -> None:
        """Put the focus on the list, or on the search field while the list is empty."""
        shown = self.body.currentWidget() is self.table
        (self.table if shown else self.search).setFocus()

    def open_dialog(self, dialog: FormDialog) -> None:
        """Show ``dialog`` (window-modal, without blocking); reload when it saves."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        dialog.activateWindow()

    def _saved(self, dialog: FormDialog) -> None:
        saved = getattr(dialog, "saved", None)
        self.reload(select=(lambda row: row.id == saved.id) if saved is not None else None)
        self.changed.emit()

    def remove_current(self) -> None:
        """Archive, delete or bring back the selected row, as its state allows."""
        row = self.current_row()
        if row is None:
            return
        try:
            if row.archived:
                question = self.unarchive_question(row)
                if question and not self.confirm(question, self.tr("Bring back")):
                    return
                perform(Change.PEOPLE, lambda: self.unarchive(row), self)
            elif row.has_history:
                if not self.confirm(self.archive_question(row), self.tr("Archive")):
                    return
                perform(Change.PEOPLE, lambda: self.archive(row), self)
            else:
                if not self.confirm(self.delete_question(row), self.tr("Delete"), risky=True):
                    return
                perform(Change.PEOPLE, lambda: self.delete(row), self)
        except ValidationError as refused:
            self.tell("\n".join(problem_text(problem) for problem in refused.problems))
        self.reload()
        self.changed.emit()

    def confirm(self, text: str, action: str, risky: bool = False) -> bool:
        """Ask before archiving or deleting; ``risky`` makes Cancel the default answer."""
        box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(), text, parent=self)
        box.setObjectName("confirmBox")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel if risky else yes)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def tell(self, text: str) -> None:
        """Say why something could not be done."""
        QMessageBox.warning(self, self.window().windowTitle(), text)

    def _archived_toggled(self, shown: bool) -> None:
        self.proxy.set_predicate("archived", None if shown else (lambda row: not row.archived))

    def _after_reload(self) -> None:
        if self.table.isVisible():
            self._size_columns_soon()
        self._update_row_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_columns_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            # Laid out in the shown window: sized now, the list is painted once, not twice.
            self._size_columns_once()

    def _size_columns_soon(self) -> None:
        # Once the window has been laid out: on the first show the list's width is not final.
        QTimer.singleShot(0, self, self._size_columns_once)

    def _size_columns_once(self) -> None:
        """Fit the columns to their contents and, if that is too wide, to the list's width.

        Done once, when there are rows to measure; after that the volunteer's own
        column widths are kept.
        """
        if self._sized or not self.model.rowCount():
            return
        self._sized = True
        header = self.table.horizontalHeader()
        wanted = [min(width + 12, MAX_COLUMN_WIDTH) for width in self._content_widths()]
        room = (
            self.table.width()
            - 2 * self.table.frameWidth()
            - self.table.verticalScrollBar().sizeHint().width()
        )
        for column, width in enumerate(fit_widths(wanted, room)):
            header.resizeSection(column, width)

    def _content_widths(self) -> list[int]:
        """Each column's width for its title and its text in the first rows shown."""
        rows = [self.proxy.row_at(n) for n in range(min(RESIZE_ROWS, self.proxy.rowCount()))]
        return content_widths(self.table, [column.text for column in self.model.columns], rows)

    def _update_row_actions(self, *_args: object) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row is not None)
        if row is not None and row.archived:
            text, tip = self.tr("&Bring back"), self.tr("Use it again (Delete key)")
        elif row is not None and not row.has_history:
            text, tip = (
                self.tr("&Delete…"),
                self.tr("Nothing is registered for it yet (Delete key)"),
            )
        else:
            text, tip = (
                self.tr("&Archive…"),
                self.tr("No longer in use; its history stays in the reports (Delete key)"),
            )
        self.remove_button.setText(text)
        self.remove_button.setToolTip(tip)
        self.remove_button.setAccessibleName(text.replace("&", "").rstrip("…"))


class UserList(RegisterList):
    """The users tab."""

    #: A new activity for this user (id) was asked for.
    new_activity_requested = Signal(int)
    #: The activities of this user (id) were asked for.
    activities_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        model = RowTableModel(
            USER_COLUMNS, search_text=_user_search_text, dimmed=lambda r: r.archived
        )
        super().__init__(
            db,
            QCoreApplication.translate("UserList", "Users"),
            model,
            lambda: users.list_users(db),
            QCoreApplication.translate(
                "UserList",
                "No users yet. A user is a group or person that uses the house: an "
                "association, a residents' initiative, a care organisation, a school, a "
                "family renting a room.\n\nPress New (Ctrl+N) to add the first one; then "
                "add what it does here with New activity.",
            ),
            parent,
        )
        self.setObjectName("userList")
        self.search.setPlaceholderText(self.tr("Search by name, kind, contact… (Ctrl+F)"))
        self.kind_filter = FilterCombo(self.tr("All kinds"), self.tr("Show only this kind"))
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.set_choices([(code_label(kind, UserKind), kind) for kind in UserKind])
        self.kind_filter.currentIndexChanged.connect(self._kind_chosen)

        self.new_activity_button = QPushButton(self.tr("New a&ctivity"))
        self.new_activity_button.setObjectName("newActivityButton")
        self.new_activity_button.setToolTip(self.tr("Add an activity of the selected user"))
        self.new_activity_button.clicked.connect(self._new_activity)
        self.activities_button = QPushButton(self.tr("Show act&ivities"))
        self.activities_button.setObjectName("showActivitiesButton")
        self.activities_button.setToolTip(self.tr("List the activities of the selected user"))
        self.activities_button.clicked.connect(self._show_activities)
        self.finish_bar([self.kind_filter], [self.new_activity_button, self.activities_button])

    def create_new(self) -> None:
        self.open_dialog(UserDialog(self.db, None, self))

    def edit_row(self, row: UserRow) -> None:
        self.open_dialog(UserDialog(self.db, row, self))

    def archive(self, row: UserRow) -> None:
        users.archive_user(self.db, row.id)

    def unarchive(self, row: UserRow) -> None:
        users.unarchive_user(self.db, row.id)

    def delete(self, row: UserRow) -> None:
        users.delete_user(self.db, row.id)

    def archive_question(self, row: UserRow) -> str:
        return (
            self.tr(
                "Archive %1 and its activities?\n\nThey are no longer offered in the agenda; "
                "their history stays in the reports. You can bring them back later with "
                "'Show archived'."
            )
        ).replace("%1", row.name)

    def delete_question(self, row: UserRow) -> str:
        if row.activity_count + row.archived_activity_count:
            return (
                self.tr(
                    "Delete %1 and its %2 activities?\n\nNothing has been booked for them "
                    "yet. This cannot be undone."
                )
                .replace("%1", row.name)
                .replace("%2", str(row.activity_count + row.archived_activity_count))
            )
        return self.tr("Delete %1?\n\nThis cannot be undone.").replace("%1", row.name)

    def _kind_chosen(self) -> None:
        kind = self.kind_filter.chosen()
        self.proxy.set_predicate("kind", None if kind is None else (lambda r: r.kind == kind))

    def _new_activity(self) -> None:
        row = self.current_row()
        if row is not None and not row.archived:
            self.new_activity_requested.emit(row.id)

    def _show_activities(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activities_requested.emit(row.id)

    def _update_row_actions(self, *args: object) -> None:
        super()._update_row_actions(*args)
        row = self.current_row()
        self.new_activity_button.setEnabled(row is not None and not row.archived)
        self.activities_button.setEnabled(
            row is not None and row.activity_count + row.archived_activity_count > 0
        )


class ActivityList(RegisterList):
    """The activities tab."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        model = RowTableModel(
            ACTIVITY_COLUMNS, search_text=_activity_search_text, dimmed=lambda r: r.archived
        )
        super().__init__(
            db,
            QCoreApplication.translate("ActivityList", "Activities"),
            model,
            lambda: users.list_activities(db),
            QCoreApplication.translate(
                "ActivityList",
                "No activities yet. An activity is what a user does in the house: a coffee "
                "morning, a choir rehearsal, an after-school club, a birthday party.\n\n"
                "Press New (Ctrl+N) to add one. Its user must be registered first, in the "
                "Users tab.",
            ),
            parent,
        )
        self.setObjectName("activityList")
        self.search.setPlaceholderText(self.tr("Search by name, user, type… (Ctrl+F)"))
        self.type_filter = FilterCombo(self.tr("All types"), self.tr("Show only this type"))
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.set_choices(
            [(code_label(kind, ActivityType), kind) for kind in ActivityType]
        )
        self.group_filter = FilterCombo(
            self.tr("All target groups"), self.tr("Show only this target group")
        )
        self.group_filter.setObjectName("targetGroupFilter")
        self.group_filter.set_choices(
            [(code_label(group, TargetGroup), group) for group in TargetGroup]
        )
        self.user_filter = FilterCombo(self.tr("All users"), self.tr("Show only this user"))
        self.user_filter.setObjectName("userFilter")
        self.user_filter.setMaximumWidth(260)
        self.type_filter.currentIndexChanged.connect(self._filters_changed)
        self.group_filter.currentIndexChanged.connect(self._filters_changed)
        self.user_filter.currentIndexChanged.connect(self._filters_changed)
        self.reloaded.connect(self._offer_users)
        self.finish_bar([self.type_filter, self.group_filter, self.user_filter], [])

    def create_new(self) -> None:
        self.create_for(None)

    def create_for(self, user_id: int | None) -> None:
        """Open the dialog for a new activity, of ``user_id`` if given."""
        self.open_dialog(ActivityDialog(self.db, None, user_id, self))

    def edit_row(self, row: ActivityRow) -> None:
        self.open_dialog(ActivityDialog(self.db, row, None, self))

    def archive(self, row: ActivityRow) -> None:
        users.archive_activity(self.db, row.id)

    def unarchive(self, row: ActivityRow) -> None:
        users.unarchive_activity(self.db, row.id)

    def delete(self, row: ActivityRow) -> None:
        users.delete_activity(self.db, row.id)

    def archive_question(self, row: ActivityRow) -> str:
        return self.tr(
            "Archive %1?\n\nIt is no longer offered in the agenda; its history stays in the "
            "reports. You can bring it back later with 'Show archived'."
        ).replace("%1", f"{row.name} ({row.user_name})")

    def delete_question(self, row: ActivityRow) -> str:
        return self.tr(
            "Delete %1?\n\nNothing has been booked for it yet. This cannot be undone."
        ).replace("%1", f"{row.name} ({row.user_name})")

    def unarchive_question(self, row: ActivityRow) -> str:
        if not row.user_archived:
            return ""
        return (
            self.tr(
                "Bring back %1?\n\nIts user %2 is archived and comes back with it; the "
                "user's other activities stay archived."
            )
            .replace("%1", row.name)
            .replace("%2", row.user_name)
        )

    def show_user(self, user_id: int) -> None:
        """Show the activities of one user (archived ones too if it has no others)."""
        self.search.clear()
        self.type_filter.choose(None)
        self.group_filter.choose(None)
        if self.model.rowCount() == 0:
            self.reload()
        rows = [row for row in self.model.rows() if row.user_id == user_id]
        if rows and all(row.archived for row in rows):
            self.show_archived.setChecked(True)
        self.user_filter.choose(user_id)

    def _offer_users(self) -> None:
        seen: dict[int, str] = {}
        for row in self.model.rows():
            seen.setdefault(row.user_id, row.user_name)
        ordered = sorted(seen.items(), key=lambda item: item[1].casefold())
        self.user_filter.set_choices([(name, user_id) for user_id, name in ordered])

    def _filters_changed(self) -> None:
        chosen_type = self.type_filter.chosen()
        group = self.group_filter.chosen()
        user_id = self.user_filter.chosen()
        self.proxy.set_predicate(
            "type", None if chosen_type is None else (lambda r: r.type == chosen_type)
        )
        self.proxy.set_predicate(
            "group", None if group is None else (lambda r: group in r.target_groups)
        )
        self.proxy.set_predicate(
            "user", None if user_id is None else (lambda r: r.user_id == user_id)
        )


# --------------------------------------------------------------------------- the screen


class UsersScreen(QWidget):
    """Users & activities: two tabs over one database, kept in step with each other."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        heading = screen_title(QCoreApplication.translate("screens", "Users & activities"))
        purpose = QLabel(
            self.tr(
                "The groups and people that use the house, their contact persons, and "
                "what they do here."
            )
        )
        purpose.setWordWrap(True)

        self.users = UserList(db)
        self.activities = ActivityList(db)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName(self.tr("Users and activities"))
        self.tabs.addTab(self.users, self.tr("&Users"))
        self.tabs.addTab(self.activities, self.tr("Ac&tivities"))
        # Tab goes straight into the list, where Ctrl+N and Ctrl+F work; the tabs have
        # their own keys (Alt+U, Alt+T, Ctrl+Tab).
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.users.changed.connect(self.activities.reload)
        self.activities.changed.connect(self.users.reload)
        self.users.new_activity_requested.connect(self._new_activity_for)
        self.users.activities_requested.connect(self.show_activities_of)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        """Fetch both lists again."""
        self.users.reload()
        self.activities.reload()

    def show_activities_of(self, user_id: int) -> None:
        """Switch to the activities tab, showing those of one user."""
        self.activities.show_user(user_id)
        self.tabs.setCurrentWidget(self.activities)

    def _new_activity_for(self, user_id: int) -> None:
        # The dialog belongs to the activities list so that its save reloads both lists
        # the usual way; the volunteer stays on the users tab they started from.
        self.activities.create_for(user_id)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, RegisterList):
            current.take_focus()
