"""What becomes of the sessions a new closure or shorter opening hours touch.

The Rooms screen's closure and hours dialogs open ``TouchedDialog`` before
saving when the change would leave planned sessions on a closed day or past
closing time (``housedesk.core.agenda.touched``). It lists them; for the
selected ones the volunteer chooses to cancel them (with the closure's
reason), to move them (``MoveDialog``: another date, room or times) or to keep
them. Cancelling is chosen for all at first: the house is closed. Save stores
the change and every decision in one transaction; when the core refuses (a
move onto a taken or closed date), the dialog says which session and why, and
nothing has been saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.problems import ValidationError
from housedesk.common.times import format_span, parse_time
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda.bookings import ConflictError, SessionRow
from housedesk.core.agenda.touched import Decision, Fate
from housedesk.db import Database
from housedesk.ui.agenda.dialogs import date_edit, day_text, time_box
from housedesk.ui.kit.dates import list_date
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, problem_text
from housedesk.ui.kit.table_model import Column, RowTableModel
from housedesk.ui.kit.widgets import Selection, read_only_table


class MoveDialog(FormDialog):
    """Where and when a touched session goes instead: date, room, start and end."""

    def __init__(self, db: Database, session: SessionRow, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("MoveDialog", "Move %1").replace(
                "%1", session.activity_name
            ),
            parent,
        )
        self.setObjectName("moveDialog")
        self.db, self.session = db, session
        self.decision: Decision | None = None
        self.add_note(
            self.tr("Now: %1, %2, %3.")
            .replace("%1", day_text(session.date))
            .replace("%2", session.span)
            .replace("%3", session.room_name)
        )
        self.date = date_edit(session.date)
        self.room = QComboBox()
        for room in rooms.list_rooms(db):
            if room.active:
                self.room.addItem(f"{room.name} ({room.capacity})", room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(session.room_id)))
        self.start = time_box(session.start_min)
        self.end = time_box(session.end_min)
        self.add_field("date", self.tr("&Date:"), self.date)
        self.add_field("room", self.tr("&Room:"), self.room)
        self.add_field("start", self.tr("Start &time:"), self.start, self.tr("Start time"))
        self.add_field("end", self.tr("&End time:"), self.end, self.tr("End time"))
        self.add_note(
            self.tr(
                "Checked against the agenda now; the closing days or hours you are saving "
                "are checked when you save them."
            )
        )
        self.save_button.setText(self.tr("&Move here"))
        self.save_button.setAccessibleName(self.tr("Move here"))
        self.date.setFocus()

    def save(self) -> None:
        room_id, day = self.room.currentData(), self.date.value()
        start, end = self.start.currentText(), self.end.currentText()
        check = agenda.preview(
            self.db,
            self.session.activity_id,
            room_id,
            day,
            start,
            end,
            ignore=[self.session.id],
        )
        if check.conflicts:
            raise ConflictError(check.conflicts)
        self.decision = Decision(self.session.id, Fate.MOVE, room_id, day, start, end)


class TouchedDialog(QDialog):
    """The planned sessions a change touches, each to cancel, move or keep; then save."""

    def __init__(
        self,
        db: Database,
        sessions: Sequence[SessionRow],
        whose: str,
        reason: str,
        save: Callable[[list[Decision]], Any],
        parent: QWidget | None = None,
        *,
        closed: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        """``whose`` house or room is closed from ``closed`` (first, last day, for a
        closure) or gets new hours (``closed`` None); a cancel takes ``reason``."""
        super().__init__(parent)
        self.setObjectName("touchedDialog")
        self.setWindowTitle(self.tr("Sessions in the agenda then"))
        self.db, self.reason, self._save = db, reason, save
        self.saved: Any = None
        self.decisions: dict[int, Decision] = {
            session.id: Decision(session.id, Fate.CANCEL) for session in sessions
        }
        self.rooms = {room.id: room.name for room in rooms.list_rooms(db)}

        text = QLabel(self._intro(len(sessions), whose, closed))
        text.setObjectName("intro")
        text.setWordWrap(True)
        columns: list[Column[SessionRow]] = [
            Column(
                QT_TRANSLATE_NOOP("columns", "Date"),
                lambda s: list_date(s.date),
                sort_key=lambda s: (s.date, s.start_min),
            ),
            Column(QT_TRANSLATE_NOOP("columns", "Time"), lambda s: s.span),
            Column(QT_TRANSLATE_NOOP("columns", "Room"), lambda s: s.room_name),
            Column(QT_TRANSLATE_NOOP("columns", "Activity"), lambda s: s.activity_name),
            Column(QT_TRANSLATE_NOOP("columns", "What happens"), self.fate_text),
        ]
        self.model: RowTableModel[SessionRow] = RowTableModel(columns, parent=self)
        self.model.set_rows(list(sessions))
        self.table = read_only_table(
            self.model,
            "touchedTable",
            self.tr("Sessions touched"),
            selection=Selection.ExtendedSelection,
        )
        for column in range(4):  # as wide as their text, also in large letters
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, 260))
        self.table.selectionModel().select(
            self.model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.activated.connect(self.move_selected)

        self.cancel_button = self._button("cancelSelected", self.tr("C&ancel the selected"))
        self.cancel_button.setToolTip(
            self.tr("Cancel the selected sessions with the reason “%1”").replace("%1", reason)
        )
        self.cancel_button.clicked.connect(lambda: self._decide(Fate.CANCEL))
        self.move_button = self._button("moveSelected", self.tr("&Move…"))
        self.move_button.setToolTip(self.tr("Another date, room or time for the selected session"))
        self.move_button.clicked.connect(self.move_selected)
        self.keep_button = self._button("keepSelected", self.tr("&Keep the selected"))
        self.keep_button.setToolTip(self.tr("Leave the selected sessions as they are planned"))
        self.keep_button.clicked.connect(lambda: self._decide(Fate.KEEP))
        choices = QHBoxLayout()
        for button in (self.cancel_button, self.move_button, self.keep_button):
            choices.addWidget(button)
        choices.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        back = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("backButton")
        back.setAccessibleName(self.tr("Back to the form, nothing saved"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_summary()
        self.resize(760, 440)
        self.table.setFocus()

    def _intro(self, count: int, whose: str, closed: tuple[dt.date, dt.date] | None) -> str:
        if closed is None:
            return self.tr(
                "With the new opening hours of %1, %n planned session(s) fall outside them. "
                "Choose what happens to them: select one or more and cancel them, move them or "
                "keep them. Nothing is saved until you press Save.",
                "",
                count,
            ).replace("%1", whose)
        first, last = closed
        days = (
            self.tr("on %1").replace("%1", day_text(first))
            if first == last
            else self.tr("from %1 until %2")
            .replace("%1", day_text(first))
            .replace("%2", day_text(last))
        )
        return (
            self.tr(
                "%1 is closed %2 (“%3”), but %n session(s) are planned then. Choose what "
                "happens to them: select one or more and cancel them (with the reason “%3”), "
                "move them or keep them. Nothing is saved until you press Save.",
                "",
                count,
            )
            .replace("%1", whose)
            .replace("%2", days)
            .replace("%3", self.reason)
        )

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def fate_text(self, session: SessionRow) -> str:
        decision = self.decisions[session.id]
        if decision.fate is Fate.CANCEL:
            return self.tr("Cancel (“%1”)").replace("%1", self.reason)
        if decision.fate is Fate.KEEP:
            return self.tr("Keep as planned")
        assert decision.day is not None
        start, end = parse_time(str(decision.start)), parse_time(str(decision.end))
        span = format_span(start, end) if start is not None and end is not None else ""
        return (
            self.tr("Move to %1, %2, %3")
            .replace("%1", day_text(decision.day))
            .replace("%2", span)
            .replace("%3", self.rooms.get(decision.room_id or 0, ""))
        )

    def selected(self) -> list[SessionRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _decide(self, fate: Fate) -> None:
        for session in self.selected():
            self.decisions[session.id] = Decision(session.id, fate)
        self._changed()

    def move_selected(self) -> None:
        """Ask where the selected session (the first of them) goes instead."""
        chosen = self.selected()
        if not chosen:
            return
        dialog = MoveDialog(self.db, chosen[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted.value and dialog.decision is not None:
            self.decisions[chosen[0].id] = dialog.decision
            self._changed()

    def _changed(self) -> None:
        self.message.clear()
        last = self.model.rowCount() - 1
        self.model.dataChanged.emit(self.model.index(0, 4), self.model.index(last, 4))
        self._show_summary()

    def _show_summary(self) -> None:
        fates = [decision.fate for decision in self.decisions.values()]
        self.summary.setText(
            self.tr("To cancel: %1 · to move: %2 · to keep: %3")
            .replace("%1", str(fates.count(Fate.CANCEL)))
            .replace("%2", str(fates.count(Fate.MOVE)))
            .replace("%3", str(fates.count(Fate.KEEP)))
        )

    def result_decisions(self) -> list[Decision]:
        return [self.decisions[session.id] for session in self.model.rows()]

    def accept(self) -> None:
        """Save the change with every decision; a refusal is said here and nothing is saved."""
        try:
            self.saved = self._save(self.result_decisions())
        except ValidationError as refused:
            self.message.setText("\n".join(problem_text(p) for p in refused.problems))
            return
        super().accept()
