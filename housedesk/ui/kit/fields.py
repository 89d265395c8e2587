"""Fields that read what is typed themselves, and say so whenever input is not taken as typed.

Two kinds of help, one message place per field (the ``FieldError`` under it):

- A *checked* field (``CheckedInput``: the date, time and number fields) reads
  its own text. When the text cannot be read and the volunteer leaves the field
  (Tab, Enter, a click elsewhere) or saves, the field says why; the message
  goes as soon as the text reads again, while typing. Nothing is completed or
  corrected on the quiet: what was typed stays there until it is right.
- Any text field or spin box that keeps a keystroke out (a maximum length
  reached, a character its validator refuses, a number beyond a spin box's
  range) says what was not taken in and why (``explain_refused_keys``), so
  "−5" never becomes 5 and a long name is never cut without a word.

The forms (``kit.forms.FormDialog``) keep each field's message in step with
the field through a ``FieldWatch``; a date field elsewhere (a period picker in
a filter bar) has a message of its own (``kit.dates.DateMessage``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from housedesk.common.numbers import read_whole
from housedesk.common.problems import Problem
from housedesk.ui.kit.i18n import problem_text
from housedesk.ui.kit.widgets import FieldError

Value = TypeVar("Value")
Show = Callable[[str], None]


class CheckedInput(Generic[Value]):
    """What a checked field offers its form (a mixin of the field's Qt class).

    Subclasses read their text in ``read`` (a value, ``None`` for an allowed empty
    field, or a ``Problem``), call ``_edited`` on every keystroke and ``_left``
    when the text is committed (editing finished).
    """

    def read(self) -> Value | Problem | None:
        raise NotImplementedError

    def value(self) -> Value | None:
        """What the field holds now; ``None`` when it is empty or cannot be read."""
        read = self.read()
        return None if isinstance(read, Problem) else read

    def problem(self) -> Problem | None:
        """What is wrong with the text as it stands (field ``""``), or ``None``."""
        read = self.read()
        return read if isinstance(read, Problem) else None

    def watch(self, show: Show) -> None:
        """Have ``show`` called with the message to show next to the field ("": none)."""
        self._watchers().append(show)

    def show_problem(self) -> bool:
        """Show what is wrong now, if anything; whether something was."""
        problem = self.problem()
        self._say(problem_text(problem) if problem is not None else "")
        return problem is not None

    # -- for subclasses ---------------------------------------------------------------------

    def _edited(self) -> None:
        """A keystroke: a message about the field goes as soon as the text reads again."""
        if self.problem() is None:
            self._say("")

    def _left(self) -> None:
        """The text was committed: say what is wrong with it, or clear what was said."""
        self.show_problem()

    # -- the messages -----------------------------------------------------------------------

    def _watchers(self) -> list[Show]:
        watchers: list[Show] | None = getattr(self, "_show_to", None)
        if watchers is None:
            watchers = []
            self._show_to = watchers
        return watchers

    def _say(self, text: str) -> None:
        for show in self._watchers():
            show(text)


class NumberField(QLineEdit, CheckedInput[int]):
    """A whole number from ``least`` to ``most`` (a count: ``optional``, empty is "not counted").

    What is typed stays as typed; a number outside the range, a minus sign or a
    word is said next to the field with the range, never dropped or clamped.
    """

    def __init__(
        self,
        least: int,
        most: int,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self.least, self.most, self.optional = least, most, optional
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(lambda _text: self._edited())
        self.editingFinished.connect(self._left)

    def read(self) -> int | Problem | None:
        return read_whole(self.text(), self.least, self.most, optional=self.optional)

    def setValue(self, number: int | None) -> None:
        self.setText("" if number is None else str(number))
        self._say("")


def checked_inputs(widget: QWidget) -> list[CheckedInput[object]]:
    """The checked fields in ``widget`` (itself included), in the order of their creation."""
    found = [widget] if isinstance(widget, CheckedInput) else []
    found += [w for w in widget.findChildren(QWidget) if isinstance(w, CheckedInput)]
    return found  # type: ignore[return-value]  # the isinstance above narrows to the mixin


# --------------------------------------------------------------------------- refused keystrokes


def refused_key_text(widget: QLineEdit | QAbstractSpinBox) -> str:
    """Why ``widget`` kept a keystroke out, in the interface's language."""
    locale = QLocale()
    if isinstance(widget, QSpinBox):
        return (
            QCoreApplication.translate(
                "fields",
                "Only a whole number from %1 to %2 can be typed here: the last key was not "
                "taken in.",
            )
            .replace("%1", locale.toString(widget.minimum()))
            .replace("%2", locale.toString(widget.maximum()))
        )
    if isinstance(widget, QLineEdit) and len(widget.text()) >= widget.maxLength():
        return QCoreApplication.translate(
            "fields", "At most %1 characters: what was typed after that was not taken in."
        ).replace("%1", locale.toString(widget.maxLength()))
    explanation = widget.property("refusedKeys") if isinstance(widget, QLineEdit) else None
    if isinstance(explanation, str) and explanation:
        return explanation
    return QCoreApplication.translate("fields", "That character cannot be typed here.")


class FieldWatch(QObject):
    """Keeps the message under one form field in step with the field.

    - a checked field's own message is shown as it says it, and goes when it reads;
    - any other change of the field (typing, picking, ticking) takes away a message
      about what it held before (the core's refusal of the last save);
    - a keystroke kept out is said at once; that note stays while the volunteer is
      still in the field (the next key must not wipe it) and goes with the next
      change after leaving it.
    """

    def __init__(self, widget: QWidget, error: FieldError, *, clears: bool = True) -> None:
        """``clears``: a change of the field takes away what ``error`` said before (the
        field's own message); not for a message shared with more than this field."""
        super().__init__(widget)
        self.error = error
        self.clears = clears
        self.note = False  # the message is about a keystroke kept out
        self.left = False  # the field was left since
        candidates = [widget, *widget.findChildren(QWidget)]
        checked = [c for c in candidates if isinstance(c, CheckedInput)]
        # What each checked field says, in order: two times under one label both show.
        self.said: list[str] = [""] * len(checked)
        for number, field in enumerate(checked):
            field.watch(partial(self._checked, number))
        for candidate in candidates:
            if any(c is candidate or c.isAncestorOf(candidate) for c in checked):
                continue
            self._follow(candidate)

    def _follow(self, candidate: QWidget) -> None:
        if isinstance(candidate, QAbstractSpinBox):
            line = candidate.lineEdit()
            assert line is not None  # a spin box always has its line edit
            line.inputRejected.connect(lambda: self._refused(candidate))
            candidate.editingFinished.connect(self._left)
            if isinstance(candidate, QSpinBox):
                candidate.valueChanged.connect(self._changed)
        elif isinstance(candidate, QLineEdit):
            if isinstance(candidate.parent(), QAbstractSpinBox):
                return
            candidate.inputRejected.connect(lambda: self._refused(candidate))
            candidate.textEdited.connect(self._changed)
            candidate.editingFinished.connect(self._left)
        elif isinstance(candidate, QPlainTextEdit):
            candidate.textChanged.connect(self._changed)
        elif isinstance(candidate, QComboBox):
            candidate.currentIndexChanged.connect(self._changed)
            return
        elif isinstance(candidate, QAbstractButton):
            candidate.toggled.connect(self._changed)
            return
        else:
            return
        candidate.installEventFilter(self)

    def _checked(self, number: int, text: str) -> None:
        self.note = False
        self.said[number] = text
        self.error.show_message("\n".join(said for said in self.said if said))

    def _refused(self, widget: QLineEdit | QAbstractSpinBox) -> None:
        self.error.show_message(refused_key_text(widget))
        self.note, self.left = True, False

    def _changed(self, *_args: object) -> None:
        if self.note:
            if not self.left:
                return
            self.note = False
            self.error.clear_message()
        elif self.clears:
            self.error.clear_message()

    def _left(self) -> None:
        self.left = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._left()
        return False
