"""A dialog for editing one thing, with messages next to the fields it refuses.

Subclasses add their fields with ``add_field`` and implement ``save()``, which
calls one core operation. When the core refuses the input (``ValidationError``),
each problem is shown in Dutch right under its field, the first bad field gets
the focus, and nothing has been saved. Enter saves, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.problems import ValidationError
from housedesk.ui.kit.i18n import problem_text
from housedesk.ui.kit.widgets import FieldError


class FormDialog(QDialog):
    """Base class of the edit dialogs: a form, field errors, Save and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.general_error = FieldError("general")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, accessible: str = "") -> QWidget:
        """Add ``widget`` under ``label`` with room for its error message below it."""
        widget.setObjectName(name)
        widget.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
        self.fields[name] = widget
        error = FieldError(name)
        self.errors[name] = error
        self.form.addRow(label, widget)
        self.form.addRow("", error)
        return widget

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        self.form.addRow("", note)
        return note

    def save(self) -> object:
        """Store the input with one core operation; raise ``ValidationError`` to refuse it.

        Every dialog defines its own; this base has nothing to store. What it returns is
        for the dialog's own ``accept`` (a dialog that asks more may return ``False``);
        this ``accept`` does not look at it.
        """
        raise TypeError(f"{type(self).__name__} does not define save()")

    def clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()

    def show_problems(self, refused: ValidationError) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for problem in refused.problems:
            error = self.errors.get(problem.field, self.general_error)
            text = problem_text(problem)
            error.show_message(f"{error.text()}\n{text}" if error.text() else text)
            if first is None and problem.field in self.fields:
                first = self.fields[problem.field]
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ValidationError as refused:
            self.show_problems(refused)
            return
        super().accept()
