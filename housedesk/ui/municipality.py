"""Gemeente: the adviser reads the houses' quarterly files and sees them added up.

Drop files or folders on the screen (or choose them); every file is checked as
the exchange contract says, in the background with a progress bar and a
Cancel button (Esc), and counted once, however often it is read (the import
history). A cancelled reading records nothing: the run goes into the history
in one transaction, after the last file was read. The screen shows each file's
fate with its messages, the counted houses and periods, and which expected
houses sent nothing; the same goes into an Excel workbook on request.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from housedesk.db import Database
from housedesk.exchange import aggregate as agg
from housedesk.exchange.aggregate import Aggregate, FileOutcome, MissingHouse
from housedesk.exchange.imports import ImportHistory
from housedesk.exchange.reader import HouseSummary, ReadResult, read_workbook
from housedesk.ui.kit.background import Progress, Task
from housedesk.ui.kit.charts import Chart, ChartView
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import QT_TRANSLATE_NOOP
from housedesk.ui.kit.messages import Messages
from housedesk.ui.kit.table_model import Column, FilterProxy, RowTableModel
from housedesk.ui.kit.widgets import Selection, read_only_table, screen_title


def _hours(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def _share(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value * 100, "f", 0) + " %"


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Gemeente", "yes")
    return QCoreApplication.translate("Gemeente", "no")


FILE_COLUMNS = [
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "File"), lambda o: o.file, context="Gemeente"
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "House"), lambda o: o.house_code or "", context="Gemeente"
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "Period"), lambda o: o.period or "", context="Gemeente"
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "Status"), lambda o: o.status, context="Gemeente"
    ),
    Column[FileOutcome](
        QT_TRANSLATE_NOOP("Gemeente", "Messages"),
        lambda o: o.messages[0] if o.messages else "",
        tooltip=lambda o: "\n".join(o.messages),
        context="Gemeente",
    ),
]

OVERVIEW_COLUMNS = [
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "House"), lambda s: s.house_code, context="Gemeente"
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Name"), lambda s: s.house_name, context="Gemeente"
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Period"),
        lambda s: s.period,
        sort_key=lambda s: agg.period_order(s.period),
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Sessions"),
        lambda s: QLocale().toString(s.sessions),
        sort_key=lambda s: s.sessions,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Visitors"),
        lambda s: QLocale().toString(s.visitors),
        sort_key=lambda s: s.visitors,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Hours used"),
        lambda s: _hours(s.used_hours),
        sort_key=lambda s: s.used_hours,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Occupancy"),
        lambda s: _share(s.occupancy),
        sort_key=lambda s: s.occupancy,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Community hours"),
        lambda s: _hours(s.community_hours),
        sort_key=lambda s: s.community_hours,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Activities (new)"),
        lambda s: f"{s.activities} ({s.new_activities})",
        sort_key=lambda s: s.activities,
        align_right=True,
        context="Gemeente",
    ),
    Column[HouseSummary](
        QT_TRANSLATE_NOOP("Gemeente", "Approved"),
        lambda s: yes_no(s.approved),
        context="Gemeente",
    ),
    Column[HouseSummary](  # which houses run an old housedesk
        QT_TRANSLATE_NOOP("Gemeente", "App version"),
        lambda s: s.app_version,
        context="Gemeente",
    ),
]

MISSING_COLUMNS = [
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "Period"),
        lambda m: m.period,
        sort_key=lambda m: agg.period_order(m.period),
        context="Gemeente",
    ),
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "House"), lambda m: m.house_code, context="Gemeente"
    ),
    Column[MissingHouse](
        QT_TRANSLATE_NOOP("Gemeente", "Name"), lambda m: m.house_name, context="Gemeente"
    ),
]


def table(model: RowTableModel[Any], name: str) -> QTableView:
    proxy = FilterProxy(model)
    proxy.setSourceModel(model)
    return read_only_table(
        proxy,
        name,
        sortable=True,
        selection=Selection.ExtendedSelection,
        striped=True,
        resize=QHeaderView.ResizeMode.ResizeToContents,
    )


class ExpectedHousesDialog(FormDialog):
    """The houses the municipality expects a file from: one per line, code and name."""

    def __init__(self, history_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Expected houses"), parent)
        self.history_path = history_path
        self.setMinimumWidth(520)
        self.add_note(
            self.tr(
                "One house per line: its code, a space, and its name, e.g. “BERGH De Schakel”. "
                "Houses on this list that sent nothing for a period are reported as missing."
            )
        )
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        with ImportHistory(history_path) as history:
            self.text.setPlainText(
                "\n".join(f"{h.code} {h.name}" for h in history.expected_houses())
            )
        self.add_field("houses", self.tr("&Houses:"), self.text)

    def save(self) -> None:
        houses = []
        for line in self.text.toPlainText().splitlines():
            if line.strip():
                code, _, name = line.strip().partition(" ")
                houses.append((code.upper(), name.strip()))
        with ImportHistory(self.history_path) as history:
            history.set_expected_houses(houses)


class MunicipalityScreen(QWidget):
    """Read a pile of house workbooks, count them once, and show and save the result."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        history_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.history_path = history_path
        self.result: Aggregate | None = None
        self.task: Task | None = None
        self.dialog: ExpectedHousesDialog | None = None
        self.setAcceptDrops(True)

        heading = screen_title(self.tr("Municipality"))
        self.intro = QLabel(
            self.tr(
                "Drop the houses' quarterly files (or a folder of them) here, or choose them. "
                "Every file is checked; a file read before is not counted twice."
            )
        )
        self.intro.setWordWrap(True)

        self.folder_button = QPushButton(self.tr("Choose a &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.save_button = QPushButton(self.tr("&Save as Excel…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_workbook)
        self.expected_button = QPushButton(self.tr("&Expected houses…"))
        self.expected_button.clicked.connect(self.edit_expected)
        buttons = QHBoxLayout()
        for button in (
            self.folder_button,
            self.files_button,
            self.save_button,
            self.expected_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Files read"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Stop reading; nothing is counted (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_shortcut.activated.connect(self.cancel)
        self._show_reading(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.files = RowTableModel(FILE_COLUMNS, parent=self)
        self.overview = RowTableModel(OVERVIEW_COLUMNS, parent=self)
        self.missing = RowTableModel(MISSING_COLUMNS, parent=self)
        self.tabs = QTabWidget()
        self.tabs.addTab(table(self.files, "files"), self.tr("Files"))
        self.tabs.addTab(table(self.overview, "overview"), self.tr("Counted"))
        self.tabs.addTab(table(self.missing, "missing"), self.tr("Missing"))
        self.visitors_chart = ChartView("visitorsChart")
        self.occupancy_chart = ChartView("occupancyChart")
        self.hours_chart = ChartView("hoursChart")
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        self.charts_period = QLabel()
        charts_layout.addWidget(self.charts_period)
        for chart in (self.visitors_chart, self.occupancy_chart, self.hours_chart):
            charts_layout.addWidget(chart)
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(charts)
        scroll.setWidgetResizable(True)
        self.tabs.addTab(scroll, self.tr("Charts"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # -- choosing files ----------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the houses' files"))
        if folder:
            self.read([Path(folder)])

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("The houses' files"), "", self.tr("Excel files (*.xlsx);;All files (*)")
        )
        if names:
            self.read([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.read(paths)

    # -- reading -----------------------------------------------------------------------------

    def read(self, paths: Sequence[Path]) -> Task | None:
        """Read and count ``paths`` (files or folders) in the background."""
        if self.task is not None and not self.task.wait(0):
            return None
        files = agg.find_files(paths)
        if not files:
            self.summary.setText(self.tr("No Excel files found there."))
            return None
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self._show_reading(True)
        # The last result is not what is being read; and a long table repainted while the
        # worker runs Python would keep the window waiting for the interpreter, cell by cell.
        self._fill(None)
        self.summary.setText(self.tr("Reading %1 file(s) …").replace("%1", str(len(files))))
        self.repaint()  # now, before the worker competes with the painting for the interpreter
        history_path = self.history_path

        def work(progress: Progress) -> Aggregate:
            # The history's connection lives and dies in this thread.
            with ImportHistory(history_path) as history:
                results: list[ReadResult] = []
                for number, path in enumerate(files):
                    progress(number, len(files))
                    results.append(read_workbook(path))
                progress(len(files), len(files))  # the last moment to stop: nothing recorded yet
                return agg.aggregate(results, history=history, expected=history.expected_houses())

        self.task = Task.reporting(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.done.connect(self._show)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        return self.task.start()

    def cancel(self) -> None:
        """Stop reading: the files read so far are not counted, and nothing is recorded."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling …"))

    def _show_reading(self, reading: bool) -> None:
        """The progress bar and Cancel while reading; the buttons that start work otherwise."""
        self.progress.setVisible(reading)
        self.cancel_button.setVisible(reading)
        self.cancel_button.setEnabled(reading)
        self.cancel_shortcut.setEnabled(reading)
        for button in (self.folder_button, self.files_button):
            button.setEnabled(not reading)
        self.save_button.setEnabled(
            not reading and self.result is not None and bool(self.result.counted)
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _cancelled(self) -> None:
        self._show_reading(False)
        self._fill(self.result)
        self.summary.setText(self.tr("Reading was cancelled; nothing was counted."))

    def _fill(self, result: Aggregate | None) -> None:
        """The tables and charts of ``result``; empty without one."""
        self.files.set_rows(result.outcomes if result else [])
        self.overview.set_rows(result.counted if result else [])
        self.missing.set_rows(result.missing if result else [])
        self._show_charts(result.counted if result else [])

    def _show(self, result: Aggregate) -> None:
        self.result = result
        self._show_reading(False)
        self._fill(result)
        self.summary.setText(
            self.tr(
                "%1 file(s) read: %2 counted, %3 rejected, %4 superseded, %5 read before. "
                "%6 expected house-period(s) missing."
            )
            .replace("%1", str(len(result.outcomes)))
            .replace("%2", str(result.count(agg.COUNTED)))
            .replace("%3", str(result.count(agg.REJECTED)))
            .replace("%4", str(result.count(agg.SUPERSEDED)))
            .replace("%5", str(result.count(agg.DUPLICATE)))
            .replace("%6", str(len(result.missing)))
        )
        self.tabs.setCurrentIndex(0)

    def _show_charts(self, counted: Sequence[HouseSummary]) -> None:
        """The latest period's houses side by side."""
        latest = max((s.period for s in counted), key=agg.period_order) if counted else None
        houses = sorted((s for s in counted if s.period == latest), key=lambda s: s.house_name)
        self.charts_period.setText(
            self.tr("Period %1").replace("%1", latest)
            if latest
            else self.tr("Nothing counted yet.")
        )
        self.visitors_chart.set_chart(
            Chart(
                self.tr("Visitors per house"),
                [(s.house_name, s.visitors) for s in houses],
                lambda v: QLocale().toString(round(v)),
            )
        )
        self.occupancy_chart.set_chart(
            Chart(
                self.tr("Occupancy per house"),
                [(s.house_name, s.occupancy or 0) for s in houses],
                _share,
            )
        )
        self.hours_chart.set_chart(
            Chart(
                self.tr("Community share of the hours used"),
                [
                    (s.house_name, s.community_hours / s.used_hours if s.used_hours else 0)
                    for s in houses
                ],
                _share,
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._show_reading(False)
        self._fill(self.result)
        raise error  # unexpected: logged and shown by the crash reporter

    # -- output ------------------------------------------------------------------------------

    def save_workbook(self) -> None:
        if self.result is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the overview"),
            "overzicht-huizen.xlsx",
            self.tr("Excel files (*.xlsx)"),
        )
        if name:
            self.write(Path(name))

    def write(self, path: Path) -> None:
        assert self.result is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            agg.write_workbook(self.result, path)
        except OSError as error:
            Messages.error(self, self.tr("Not saved"), str(error))
            return
        self.summary.setText(self.tr("Saved: %1").replace("%1", str(path)))

    def edit_expected(self) -> None:
        self.dialog = ExpectedHousesDialog(self.history_path, self)
        self.dialog.open()
