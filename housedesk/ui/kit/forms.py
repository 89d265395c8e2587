"""A dialog for editing one thing, with messages next to the fields it refuses.

Subclasses add their fields with ``add_field`` and implement ``save()``, which
calls one core operation. When the core refuses the input (``ValidationError``),
each problem is shown in Dutch right under its field, the first bad field gets
the focus, and nothing has been saved; a ``save()`` that asked more and was
answered "back" returns ``False`` and the form stays open. Enter saves, Esc
cancels.

Each message follows its field (``kit.fields.FieldWatch``): a date, time or
number field says what it cannot read when it is left, and the message goes as
soon as it reads again; any other field's message goes when the field is
changed; a keystroke a field keeps out (a maximum length, a spin box's range)
is said at once. A save first asks the date, time and number fields whether
they read (``fields_read``): one that does not is said, and nothing is saved.

A field whose text leaves the house (a room's or an activity's name, a shared
signal) is watched with ``warn_personal_data``: while it holds what looks like
an e-mail address or phone number, a warning stands under it as it is typed
(the export and the calendar file refuse such text); so it does for what only
looks as if it names someone: a name with a title ("mevr. de Vries"), a street
and house number ("Dorpsstraat 4"), a postcode. It does not stop the save.

The fields scroll when the screen is too small for them (large text on a
small laptop), and the Save and Cancel buttons stay in view below them
(``housedesk.ui.kit.screen_fit``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.personal import Kind, find_personal_data, find_personal_hints
from housedesk.common.problems import ValidationError
from housedesk.ui.kit.fields import FieldWatch, checked_inputs
from housedesk.ui.kit.i18n import problem_text
from housedesk.ui.kit.screen_fit import ScrollingBody, fit_to_screen
from housedesk.ui.kit.widgets import FieldError, FieldWarning


def personal_data_warning(text: str) -> str:
    """What to say under a field whose text leaves the house; empty when nothing is found.

    An e-mail address or phone number first (the export refuses them); else what only
    looks as if it names someone: a name with a title, a street and number, a postcode.
    """
    found = find_personal_data(text)
    if not found:
        hints = find_personal_hints(text)
        if not hints:
            return ""
        warning = QCoreApplication.translate(
            "FormDialog",
            "This looks like %2 (%1); it would go to the municipality, where nobody may be "
            "recognised. Leave it out, or write it so that nobody can be, e.g. “a resident”.",
        )
        return warning.replace("%1", hints[0].text).replace(
            "%2", QCoreApplication.translate("core", hints[0].what)
        )
    if found[0].kind is Kind.PHONE:
        warning = QCoreApplication.translate(
            "FormDialog",
            "This looks like a phone number (%1); it would go to the municipality. Remove it: "
            "the export lets no phone numbers or e-mail addresses through.",
        )
    else:
        warning = QCoreApplication.translate(
            "FormDialog",
            "This looks like an e-mail address (%1); it would go to the municipality. Remove it: "
            "the export lets no phone numbers or e-mail addresses through.",
        )
    return warning.replace("%1", found[0].text)


def _watch(widget: QWidget, changed: Callable[[], None]) -> Callable[[], str]:
    """Call ``changed`` as text is typed into ``widget``; returns how to read that text."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(changed)
        return widget.text
    if isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(changed)
        return widget.toPlainText
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget.editTextChanged.connect(changed)
        return widget.currentText
    raise TypeError(f"{type(widget).__name__} holds no text to watch")


class FormDialog(QDialog):
    """Base class of the edit dialogs: a form, field errors, Save and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.warnings: dict[str, FieldWarning] = {}
        self._watched: list[tuple[FieldWarning, Callable[[], str], Callable[[], bool]]] = []
        self.general_error = FieldError("general")
        # The dialog's own from the start: a default button made before it belongs to the
        # dialog stops being the default once the focus has been on a button and left it.
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        content = QWidget()
        content.setObjectName("formContent")
        fields = QVBoxLayout(content)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(self.form)
        fields.addWidget(self.general_error)
        fields.addStretch(1)
        #: The fields and their messages; they scroll when the screen is too small for them.
        self.body = ScrollingBody(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self)

    def add_field(self, name: str, label: str, widget: QWidget, accessible: str = "") -> QWidget:
        """Add ``widget`` under ``label`` with room for its error message below it."""
        widget.setObjectName(name)
        widget.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
        self.fields[name] = widget
        error = FieldError(name)
        self.errors[name] = error
        self.form.addRow(label, widget)
        self.form.addRow("", error)
        FieldWatch(widget, error)
        return widget

    def warn_personal_data(
        self, name: str, leaves: Callable[[], bool] = lambda: True
    ) -> FieldWarning:
        """Warn under field ``name`` while its text holds an e-mail address or phone number.

        ``leaves`` says whether the text leaves the house as things stand (a signal's
        text only when shared); call ``update_warnings`` when that may have changed.
        """
        text = _watch(self.fields[name], self.update_warnings)
        warning = FieldWarning(name)
        # PySide6 types the (row, role) pair as a plain object.
        position = self.form.getWidgetPosition(self.errors[name])
        row, _role = cast(tuple[int, QFormLayout.ItemRole], position)
        self.form.insertRow(row + 1, "", warning)
        self.warnings[name] = warning
        self._watched.append((warning, text, leaves))
        self.update_warnings()
        return warning

    def update_warnings(self) -> None:
        """Show or clear each personal-data warning for what the fields hold now."""
        for warning, text, leaves in self._watched:
            warning.show_message(personal_data_warning(text()) if leaves() else "")

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        self.form.addRow("", note)
        return note

    def save(self) -> object:
        """Store the input with one core operation; raise ``ValidationError`` to refuse it.

        Every dialog defines its own; this base has nothing to store. A dialog that asks
        more first (which sessions, what becomes of those it touches) returns ``False``
        when the volunteer went back to the form: nothing was saved and the dialog stays
        open. Whatever else it returns closes the dialog.
        """
        raise TypeError(f"{type(self).__name__} does not define save()")

    def check(self) -> None:
        """Ask the core what it would refuse, without saving (raise ``ValidationError``).

        Called when a date, time or number field does not read, so that the other
        fields' problems show at the same time; a dialog whose save starts with a
        check (a preview) does that check here. This base checks nothing.
        """

    def clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()

    def show_problems(self, refused: ValidationError, *, besides: bool = False) -> None:
        """Show each problem under its field; ``besides``: only under fields saying nothing."""
        if not besides:
            self.clear_errors()
        said = {name for name, error in self.errors.items() if error.text()} if besides else set()
        first: QWidget | None = None
        for problem in refused.problems:
            if problem.field in said:
                continue
            error = self.errors.get(problem.field, self.general_error)
            text = problem_text(problem)
            error.show_message(f"{error.text()}\n{text}" if error.text() else text)
            if first is None and problem.field in self.fields:
                first = self.fields[problem.field]
        if first is not None and not besides:
            first.setFocus()
            self.body.ensureWidgetVisible(first)

    def fields_read(self) -> bool:
        """Whether every date, time and number field in use reads; each one that does not
        says why, and the first of them gets the focus."""
        first: QWidget | None = None
        for widget in self.fields.values():
            for field in checked_inputs(widget):
                assert isinstance(field, QWidget)  # every checked field is a widget
                if not field.isVisibleTo(self) or not field.isEnabled():
                    continue
                if field.show_problem() and first is None:
                    first = field
        if first is not None:
            first.setFocus()
            self.body.ensureWidgetVisible(first)
        return first is None

    def fields_and_rest_read(self) -> bool:
        """``fields_read``; when a field does not, also what ``check`` finds in the others."""
        if self.fields_read():
            return True
        try:
            self.check()
        except ValidationError as refused:
            self.show_problems(refused, besides=True)
        return False

    def accept(self) -> None:
        self.clear_errors()
        if not self.fields_and_rest_read():
            return
        try:
            done = self.save()
        except ValidationError as refused:
            self.show_problems(refused)
            return
        if done is not False:
            super().accept()
