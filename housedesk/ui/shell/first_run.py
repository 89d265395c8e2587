"""The first-run dialog: is this PC a house's (which one?) or the municipality's?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.problems import ValidationError
from housedesk.core import installation
from housedesk.core.installation import Installation
from housedesk.db import Database
from housedesk.ui.kit.fields import FieldWatch
from housedesk.ui.kit.i18n import problem_text
from housedesk.ui.kit.screen_fit import scroll_when_tall
from housedesk.ui.kit.widgets import FieldError


class FirstRunDialog(QDialog):
    """Asks once what this PC is for, and saves the answer in the database."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result_installation: Installation | None = None
        self.setWindowTitle(self.tr("Welcome to housedesk"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "housedesk keeps the register of a community house: rooms, users and "
                "activities, bookings and visitor counts. What is this computer for?"
            )
        )
        intro.setWordWrap(True)

        self.house_choice = QRadioButton(self.tr("The computer of a community &house"))
        self.house_choice.setAccessibleName(self.tr("Computer of a community house"))
        self.municipality_choice = QRadioButton(
            self.tr("The computer of the &municipality (policy adviser)")
        )
        self.municipality_choice.setAccessibleName(self.tr("Computer of the municipality"))
        choices = QButtonGroup(self)
        choices.addButton(self.house_choice)
        choices.addButton(self.municipality_choice)
        self.house_choice.setChecked(True)

        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setAccessibleName(self.tr("House code"))
        self.code.setPlaceholderText(self.tr("given by the municipality, e.g. BERGH"))
        # Typed in capitals as it goes; what may not be in a code is said, never dropped.
        self.code.setMaxLength(installation.HOUSE_CODE_MAX)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setAccessibleName(self.tr("Name of the house"))
        self.name.setPlaceholderText(self.tr("e.g. Gemeenschapshuis De Schakel"))
        self.village = QLineEdit()
        self.village.setObjectName("village")
        self.village.setAccessibleName(self.tr("Village or neighbourhood"))
        self.errors = {name: FieldError(name) for name in ("code", "name", "village", "role")}
        for name, field in (("code", self.code), ("name", self.name), ("village", self.village)):
            FieldWatch(field, self.errors[name])
        self.code.textEdited.connect(self._capitalise_code)  # after the watch: it may say more

        self.house_form = QWidget()
        form = QFormLayout(self.house_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("House &code:"), self.code)
        form.addRow("", self.errors["code"])
        form.addRow(self.tr("&Name of the house:"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Village or neighbourhood:"), self.village)
        form.addRow("", self.errors["village"])

        municipality_note = QLabel(
            self.tr(
                "Reads the quarterly files of all houses and adds them up. "
                "The screens of a house are hidden."
            )
        )
        municipality_note.setWordWrap(True)
        municipality_note.setContentsMargins(24, 0, 0, 0)

        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAccessibleName(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.house_choice)
        layout.addWidget(self.house_form)
        layout.addWidget(self.municipality_choice)
        layout.addWidget(municipality_note)
        layout.addWidget(self.errors["role"])
        layout.addStretch(1)
        layout.addWidget(buttons)
        scroll_when_tall(self)

        self.house_choice.toggled.connect(self.house_form.setEnabled)
        self.code.setFocus()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> Installation | None:
        """Show the dialog; the saved installation, or ``None`` if the user quit."""
        dialog = cls(db, parent)
        dialog.exec()
        return dialog.result_installation

    def _capitalise_code(self, text: str) -> None:
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)
        problem = installation.house_code_problem(text)
        if problem is not None and "wrong" in problem.args:  # the length is said on Start
            self.errors["code"].show_message(problem_text(problem))

    def accept(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        try:
            if self.house_choice.isChecked():
                self.result_installation = installation.set_up_house(
                    self.db, self.code.text(), self.name.text(), self.village.text()
                )
            else:
                self.result_installation = installation.set_up_municipality(self.db)
        except ValidationError as refused:
            for problem in refused.problems:
                self.errors[problem.field].show_message(problem_text(problem))
            first = {"code": self.code, "name": self.name, "village": self.village}.get(
                refused.problems[0].field
            )
            if first is not None:
                first.setFocus()
            return
        super().accept()
