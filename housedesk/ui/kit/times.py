"""The app's one time field: type a time as you write it, or pick a quarter hour from the list.

``TimeField`` takes ``19:00``, ``19.00``, ``1900``, ``19``, ``0:30`` and the other
forms ``housedesk.common.times.read_time`` reads, wherever the cursor is (Ctrl+A
and type anew), and offers the quarter hours in its list for the mouse. A time
that cannot be read is said next to the field when it is left, and never
replaced by another. ``24:00`` (the end of a day) only in a field that says
``end_of_day``. The API is a value's: ``value()`` (minutes after midnight, or
``None`` when empty), ``setValue()``, ``valueChanged``, ``setMinimum()`` and
``setMaximum()`` (a time outside them is said, never moved).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from housedesk.common.problems import Problem
from housedesk.common.times import MINUTES_PER_DAY, QUARTER, format_time, outside, read_time
from housedesk.ui.kit.fields import CheckedInput

# The quarter hours the list offers, from and until (a house opens in the morning).
LIST_FROM = 6 * 60


class TimeField(QComboBox, CheckedInput[int]):
    """A time of day, typed or picked; ``optional`` lets it stay empty."""

    valueChanged = Signal(object)  # int | None

    def __init__(
        self,
        minutes: int | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        end_of_day: bool = False,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._end_of_day = end_of_day
        self._first: int | None = None
        self._last: int | None = None
        self._committed: int | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # type: ignore[arg-type]  # what is typed stays as typed
        last = MINUTES_PER_DAY if end_of_day else MINUTES_PER_DAY - QUARTER
        for minute in range(LIST_FROM, last + 1, QUARTER):
            self.addItem(format_time(minute))
        self.setMaxVisibleItems(16)
        edit = self.edit()
        edit.setPlaceholderText(self.tr("e.g. 19:30"))
        edit.setToolTip(self.tr("Type the time, e.g. 19:30, 19.30 or 1930, or pick one"))
        # As wide as its placeholder, no wider: a time beside a time reads as a pair.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(len(edit.placeholderText()) + 1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.textEdited.connect(lambda _text: self._edited())
        edit.editingFinished.connect(self.commit)
        self.activated.connect(lambda _index: self.commit())
        self.setValue(minutes)

    def edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the box is editable
        return line

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit().setAccessibleName(name)

    def text(self) -> str:
        """What the field shows (as typed, or tidied once left)."""
        return self.currentText()

    def read(self) -> int | Problem | None:
        text = self.currentText()
        if self._optional and not text.strip():
            return None
        minutes = read_time(text, end_of_day=self._end_of_day)
        if isinstance(minutes, Problem):
            return minutes
        return outside(minutes, self._first, self._last) or minutes

    def setMinimum(self, minutes: int | None) -> None:
        """The earliest time taken (``None``: any); an earlier one is refused, not moved."""
        self._first = minutes

    def setMaximum(self, minutes: int | None) -> None:
        """The latest time taken (``None``: up to the end of the day, if ``end_of_day``)."""
        self._last = minutes

    def setValue(self, minutes: int | None) -> None:
        """Show ``minutes`` (``None``: empty); ``valueChanged`` when it differs from before."""
        self.setCurrentIndex(-1)
        self.setEditText("" if minutes is None else format_time(minutes))
        self._say("")
        self._commit_value(minutes)

    def commit(self) -> None:
        """Take the text: tidy a time that reads (1900 → 19:00), say what is wrong otherwise."""
        read = self.read()
        if isinstance(read, int) and self.currentText() != format_time(read):
            self.setEditText(format_time(read))
        if not isinstance(read, Problem):
            self._commit_value(read)
        self._left()

    def _commit_value(self, minutes: int | None) -> None:
        if minutes != self._committed:
            self._committed = minutes
            self.valueChanged.emit(minutes)
