"""The Signals screen: wishes, complaints, ideas and concerns from residents, and their dialog.

A volunteer registers what residents bring in, marks it as passed on (to the
municipality, the neighbourhood worker, the housing corporation) and later as
resolved. The list filters by status and period and searches as you type;
every save, status change and deletion is one call into ``housedesk.core.signals``.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.codes import SignalKind, SignalStatus
from housedesk.common.problems import ValidationError
from housedesk.core import signals
from housedesk.core.signals import SignalRow, SignalValues
from housedesk.db import Database
from housedesk.ui.kit.changes import Change, perform
from housedesk.ui.kit.dates import (
    DateField,
    PeriodPicker,
    format_date,
    list_date,
)
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP, code_label, problem_text
from housedesk.ui.kit.list_screen import ListScreen
from housedesk.ui.kit.table_model import Column, RowTableModel

PREVIEW_LENGTH = 90


def preview(text: str | None) -> str:
    """The text on one line, cut off after ``PREVIEW_LENGTH`` characters."""
    line = " ".join((text or "").split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1].rstrip() + "…"


def _text_tooltip(row: SignalRow) -> str:
    # Rich text, so that Qt wraps a long text instead of showing one endless line.
    return f"<p>{html.escape(row.text)}</p>".replace("\n", "<br>") if row.text else ""


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("SignalsScreen", "Yes")
    return QCoreApplication.translate("SignalsScreen", "No")


COLUMNS: list[Column[SignalRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Date"),
        lambda r: list_date(r.date),
        sort_key=lambda r: r.date.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Kind"),
        lambda r: code_label(r.kind, SignalKind),
        sort_key=lambda r: list(SignalKind).index(r.kind),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Theme"), lambda r: r.theme, tooltip=lambda r: r.theme),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: code_label(r.status, SignalStatus),
        sort_key=lambda r: list(SignalStatus).index(r.status),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Passed to"), lambda r: r.passed_to or ""),
    Column(
        QT_TRANSLATE_NOOP("columns", "Share text"),
        lambda r: _yes_no(r.shareable),
        sort_key=lambda r: r.shareable,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Text"), lambda r: preview(r.text), tooltip=_text_tooltip),
]


def signals_model(parent: QWidget | None = None) -> RowTableModel[SignalRow]:
    """The table of signals; search looks in the theme, the text and who it was passed to."""
    return RowTableModel(
        COLUMNS,
        search_text=lambda r: " ".join((r.theme, r.text or "", r.passed_to or "")),
        dimmed=lambda r: r.status is SignalStatus.AFGEHANDELD,
        parent=parent,
    )


class SignalDialog(FormDialog):
    """Registers a new signal or changes one; saving is one call into the core."""

    def __init__(
        self,
        db: Database,
        signal: SignalRow | None = None,
        *,
        recipients: Sequence[str] = (),
        status: SignalStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New signal") if signal is None else self.tr("Edit signal")
        super().__init__(title, parent)
        self.setMinimumWidth(600)
        self.db = db
        self.signal = signal
        self.saved: SignalRow | None = None
        today = dt.date.today()

        self.date = DateField(signal.date if signal else today, past=True)
        self.date.setToolTip(self.tr("The day residents brought it in; not in the future."))
        self.add_field("date", self.tr("&Date:"), self.date)

        self.kind = QComboBox()
        for kind in SignalKind:
            self.kind.addItem(code_label(kind, SignalKind), kind.value)
        self.kind.setPlaceholderText(self.tr("Choose…"))
        self.kind.setCurrentIndex(self.kind.findData(signal.kind.value) if signal else -1)
        self.add_field("kind", self.tr("&Kind:"), self.kind)

        self.theme = QLineEdit(signal.theme if signal else "")
        self.theme.setMaxLength(signals.THEME_MAX)
        self.theme.setPlaceholderText(self.tr("In a few words, e.g. lighting at the dog field"))
        self.add_field("theme", self.tr("&Theme:"), self.theme)

        self.text = QPlainTextEdit((signal.text or "") if signal else "")
        self.text.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.text.setPlaceholderText(self.tr("What residents said or asked for (optional)."))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 6)
        self.add_field("text", self.tr("Te&xt:"), self.text)

        self.passed_to = QComboBox()
        self.passed_to.setEditable(True)
        self.passed_to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.passed_to.addItems(self._suggestions(recipients))
        self.passed_to.setCurrentIndex(-1)
        self.passed_to.setEditText((signal.passed_to or "") if signal else "")
        line = self.passed_to.lineEdit()
        assert line is not None  # the box is editable
        line.setMaxLength(signals.PASSED_TO_MAX)
        line.setPlaceholderText(self.tr("Type or choose; empty while not passed on"))
        self.add_field("passed_to", self.tr("&Passed to:"), self.passed_to)

        self.status = QComboBox()
        for each in SignalStatus:
            self.status.addItem(code_label(each, SignalStatus), each.value)
        chosen = status or (signal.status if signal else SignalStatus.NIEUW)
        self.status.setCurrentIndex(self.status.findData(chosen.value))
        self.add_field("status", self.tr("&Status:"), self.status)

        self.shareable = QCheckBox(self.tr("The text may be s&hared with the municipality"))
        self.shareable.setChecked(signal.shareable if signal else False)
        self.add_field(
            "shareable", "", self.shareable, self.tr("The text may be shared with the municipality")
        )
        self.share_note = self.add_note(
            self.tr(
                "Only then does the text go into the quarterly export. It must not contain "
                "names, addresses, phone numbers or other personal data."
            )
        )
        self.share_note.setObjectName("shareNote")
        # Theme and text go to the municipality only when shared.
        self.warn_personal_data("theme", self.shareable.isChecked)
        self.warn_personal_data("text", self.shareable.isChecked)
        self.shareable.toggled.connect(self.update_warnings)

        order = [self.date, self.kind, self.theme, self.text, self.passed_to, self.status]
        order += [self.shareable, self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        if status is not None:
            self.passed_to.setFocus()
        elif signal is None:
            self.kind.setFocus()
        else:
            self.theme.setFocus()

    def _suggestions(self, used: Sequence[str]) -> list[str]:
        usual = [
            self.tr("municipality"),
            self.tr("neighbourhood worker"),
            self.tr("housing corporation"),
        ]
        seen: set[str] = set()
        suggestions: list[str] = []
        for name in (*usual, *sorted(used, key=str.casefold)):
            if name.strip() and name.casefold() not in seen:
                seen.add(name.casefold())
                suggestions.append(name)
        return suggestions

    def values(self) -> SignalValues:
        """What the form holds now."""
        kind = self.kind.currentData()
        day = self.date.value()
        assert day is not None  # fields_read() said it reads
        return SignalValues(
            date=day,
            kind=SignalKind(kind) if kind else None,
            theme=self.theme.text(),
            text=self.text.toPlainText(),
            passed_to=self.passed_to.currentText(),
            status=SignalStatus(self.status.currentData()),
            shareable=self.shareable.isChecked(),
        )

    def save(self) -> None:
        if self.signal is None:
            values = self.values()
            self.saved = perform(
                Change.SIGNALS, lambda: signals.create_signal(self.db, values), self
            )
        else:
            signal_id, values = self.signal.id, self.values()
            self.saved = perform(
                Change.SIGNALS, lambda: signals.update_signal(self.db, signal_id, values), self
            )


class SignalsScreen(ListScreen):
    """The list of signals with their filters, and the actions on the selected one."""

    #: Choices of the status filter: code, or "open" for everything not yet resolved.
    OPEN = "open"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.dialog: SignalDialog | None = None
        self.confirmation: QMessageBox | None = None
        super().__init__(
            self.tr("Signals"),
            signals_model(),
            lambda: signals.list_signals(db),
            self.tr(
                "No signals registered yet.\n\n"
                "When residents bring in a wish, a complaint, an idea or a concern "
                "(for example about lighting, traffic or the neighbourhood), press New "
                "(Ctrl+N) to write it down. Later you can mark it as passed on, and as "
                "resolved."
            ),
            parent,
            kinds=Change.SIGNALS | Change.DAY,
        )
        self.model.setParent(self)
        self.search.setPlaceholderText(self.tr("Search theme, text or recipient (Ctrl+F)"))

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show signals with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Not resolved yet"), self.OPEN)
        for status in SignalStatus:
            self.status_filter.addItem(code_label(status, SignalStatus), status.value)
        self.status_filter.currentIndexChanged.connect(self._apply_status_filter)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_filter)

        self.period = PeriodPicker(parent=self)
        self.period.setObjectName("periodPicker")
        self.period.changed.connect(self._apply_period_filter)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period.choice)

        self.filter_bar.addSpacing(12)
        self.add_filter(status_label)
        self.add_filter(self.status_filter)
        self.filter_bar.addSpacing(12)
        self.add_filter(period_label)
        self.add_filter(self.period)

        self.new_button.setToolTip(self.tr("Register a new signal (Ctrl+N)"))
        self.passed_on_button = QPushButton(self.tr("Mark as passed &on"))
        self.passed_on_button.setObjectName("passedOnButton")
        self.passed_on_button.setToolTip(
            self.tr("The selected signal was passed on. If it does not say to whom, you are asked.")
        )
        self.passed_on_button.clicked.connect(self.mark_passed_on)
        self.resolved_button = QPushButton(self.tr("Mark as &resolved"))
        self.resolved_button.setObjectName("resolvedButton")
        self.resolved_button.setToolTip(self.tr("The selected signal has been dealt with."))
        self.resolved_button.clicked.connect(self.mark_resolved)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Delete the selected signal (Del)"))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.passed_on_button, self.resolved_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            self.add_action_button(button)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setAccessibleName(self.tr("What was just done"))
        self.actions_bar.insertWidget(self.actions_bar.count() - 1, self.feedback)
        self.actions_bar.insertSpacing(self.actions_bar.count() - 1, 16)

        self.no_match = QWidget()
        self.no_match.setObjectName("noMatch")
        self.no_match_text = QLabel(self.tr("No signal matches the search and the filters."))
        self.show_all_button = QPushButton(self.tr("Show &all signals"))
        self.show_all_button.setObjectName("showAllButton")
        self.show_all_button.setAccessibleName(self.tr("Show all signals"))
        self.show_all_button.clicked.connect(self.show_all)
        no_match_layout = QVBoxLayout(self.no_match)
        no_match_layout.setContentsMargins(16, 16, 16, 16)
        no_match_layout.addWidget(self.no_match_text)
        no_match_layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        no_match_layout.addStretch(1)
        self.no_match.setStyleSheet("#noMatch { background: palette(base); }")
        self.body.addWidget(self.no_match)

        delete = QAction(self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.table.addAction(delete)

        samples = {
            0: [list_date(dt.date(2026, 12, 30))],
            1: [code_label(kind, SignalKind) for kind in SignalKind],
            2: ["x" * 30],
            3: [code_label(status, SignalStatus) for status in SignalStatus],
            4: ["x" * 18],
            5: [_yes_no(True), _yes_no(False)],
        }
        metrics = self.table.fontMetrics()
        for column, texts in samples.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(text) for text in [header, *texts])
            self.table.setColumnWidth(column, width + 32)  # room for padding and sort arrow
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.period.choice)
        QWidget.setTabOrder(self.period.choice, self.period.first)
        QWidget.setTabOrder(self.period.first, self.period.last)
        QWidget.setTabOrder(self.period.last, self.table)
        self._update_buttons()

    # -- loading and filters ---------------------------------------------------------------------

    def reload(self, select: Callable[[SignalRow], bool] | None = None) -> None:
        self.period.refresh_labels()
        self._apply_period_filter()
        super().reload(select)

    def show_all(self) -> None:
        """Clear the search and the filters, so that every signal is listed again."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.period.choice.setCurrentIndex(PeriodPicker.ALL)
        self.table.setFocus()

    def _update_state(self, *_args: object) -> None:
        super()._update_state()
        # An empty table with filters on looks like an empty register; say why instead.
        if self.model.rowCount() and not self.proxy.rowCount():
            self.body.setCurrentWidget(self.no_match)

    def _apply_status_filter(self) -> None:
        chosen = self.status_filter.currentData()
        if chosen is None:
            self.proxy.set_predicate("status", None)
        elif chosen == self.OPEN:
            self.proxy.set_predicate("status", lambda r: r.status is not SignalStatus.AFGEHANDELD)
        else:
            status = SignalStatus(chosen)
            self.proxy.set_predicate("status", lambda r: r.status is status)
        self._update_state()

    def _apply_period_filter(self) -> None:
        days = self.period.days()
        if days is None:
            self.proxy.set_predicate("period", None)
        else:
            first, last = days
            self.proxy.set_predicate("period", lambda r: first <= r.date <= last)
        self._update_state()

    # -- actions -------------------------------------------------------------------------------

    def create_new(self) -> None:
        self._open_dialog(SignalDialog(self.db, recipients=self._recipients(), parent=self))

    def edit_row(self, row: SignalRow) -> None:
        self._open_dialog(SignalDialog(self.db, row, recipients=self._recipients(), parent=self))

    def mark_passed_on(self) -> None:
        """Mark the selected signal as passed on; ask to whom when the signal does not say."""
        row = self.current_row()
        if row is None:
            return
        if not row.passed_to:
            self._open_dialog(
                SignalDialog(
                    self.db,
                    row,
                    recipients=self._recipients(),
                    status=SignalStatus.DOORGEGEVEN,
                    parent=self,
                )
            )
            return
        self._set_status(
            row, SignalStatus.DOORGEGEVEN, self.tr("“%1” is marked as passed on to %2.")
        )

    def mark_resolved(self) -> None:
        """Mark the selected signal as resolved."""
        row = self.current_row()
        if row is not None:
            self._set_status(row, SignalStatus.AFGEHANDELD, self.tr("“%1” is marked as resolved."))

    def delete_current(self) -> None:
        """Ask whether to delete the selected signal, and delete it when the answer is yes."""
        row = self.current_row()
        if row is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete signal"))
        box.setText(
            self.tr("Delete the signal “%1” of %2?")
            .replace("%1", row.theme)
            .replace("%2", format_date(row.date))
        )
        box.setInformativeText(self.tr("This cannot be undone."))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._delete_answered(box, delete, row))
        self._replace(self.confirmation)
        self.confirmation = box
        box.open()

    # -- helpers -------------------------------------------------------------------------------

    def _recipients(self) -> list[str]:
        return sorted({r.passed_to for r in self.model.rows() if r.passed_to}, key=str.casefold)

    def _open_dialog(self, dialog: SignalDialog) -> None:
        self._replace(self.dialog)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _replace(self, old: QWidget | None) -> None:
        if old is not None:
            old.deleteLater()

    def _saved(self, dialog: SignalDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.reload()
        if self.select_where(lambda r: r.id == saved.id):
            self._tell(self.tr("Saved: “%1”.").replace("%1", saved.theme))
        else:
            self._tell(
                self.tr("Saved: “%1”. It is not in the list because of the filters.").replace(
                    "%1", saved.theme
                )
            )
        self.table.setFocus()

    def _set_status(self, row: SignalRow, status: SignalStatus, message: str) -> None:
        try:
            changed = perform(
                Change.SIGNALS, lambda: signals.set_signal_status(self.db, row.id, status), self
            )
        except ValidationError as refused:
            self._tell("\n".join(problem_text(p) for p in refused.problems))
            self.reload()
            return
        self.reload(lambda r: r.id == changed.id)
        self._tell(message.replace("%1", changed.theme).replace("%2", changed.passed_to or ""))

    def _delete_answered(self, box: QMessageBox, delete: QPushButton, row: SignalRow) -> None:
        if box.clickedButton() is not delete:
            return
        try:
            perform(Change.SIGNALS, lambda: signals.delete_signal(self.db, row.id), self)
        except ValidationError as refused:
            self._tell("\n".join(problem_text(p) for p in refused.problems))
        else:
            self._tell(self.tr("Deleted: “%1”.").replace("%1", row.theme))
        self.reload()

    def _tell(self, text: str) -> None:
        self.feedback.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        row = self.current_row()
        self.passed_on_button.setEnabled(row is not None and row.status is SignalStatus.NIEUW)
        self.resolved_button.setEnabled(
            row is not None and row.status is not SignalStatus.AFGEHANDELD
        )
        self.delete_button.setEnabled(row is not None)
