"""Gemeente: the adviser reads the houses' quarterly files and sees them added up.

Drop files or folders on the screen (or choose them); every file is checked as
the exchange contract says, in the background with a progress bar and a
Cancel button (Esc), and counted once, however often it is read (the import
history). A cancelled reading records nothing: the run goes into the history
in one transaction, after the last file was read.

The screen opens with what the history holds (``aggregate.from_history``): the
files of the last reading with what became of them, every house-period that
counts and who is missing, so a restart changes nothing and the workbook and
the PDF need no new reading. Its tabs: the files; the houses of one period
against a year earlier, with the totals; every counted house-period; the
houses missing (the latest quarter first); and charts of every house, sorted
by value, with a year earlier. A period picker in the tab bar chooses the
period of the second and the last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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

from housedesk.common.outputs import OutputError
from housedesk.common.times import LOCAL_TIME
from housedesk.db import Database
from housedesk.exchange import aggregate as agg
from housedesk.exchange import imports
from housedesk.exchange.aggregate import Aggregate
from housedesk.exchange.comparison import PeriodComparison, compare
from housedesk.exchange.imports import HistoryError, ImportHistory
from housedesk.exchange.reader import ReadResult, read_workbook
from housedesk.ui.kit.background import Progress, ProgressDialog, Task
from housedesk.ui.kit.changes import Change, Freshness, announce, perform
from housedesk.ui.kit.charts import ChartView
from housedesk.ui.kit.forms import FormDialog
from housedesk.ui.kit.i18n import file_error_text
from housedesk.ui.kit.messages import Messages
from housedesk.ui.kit.table_model import FilterProxy, RowTableModel
from housedesk.ui.kit.widgets import Selection, read_only_table, screen_title
from housedesk.ui.municipality import texts
from housedesk.ui.municipality.models import (
    FILE_COLUMNS,
    MISSING_COLUMNS,
    OVERVIEW_COLUMNS,
    YEAR_COLUMNS,
    EmphasisTableModel,
    YearRow,
)

#: The tabs, in order.
FILES, HOUSES, ALL_PERIODS, MISSING, CHARTS = range(5)


def table(
    model: RowTableModel[Any], name: str, *, sortable: bool = True, stretch_last: bool = True
) -> QTableView:
    proxy = FilterProxy(model)
    proxy.setSourceModel(model)
    return read_only_table(
        proxy,
        name,
        sortable=sortable,
        selection=Selection.ExtendedSelection,
        striped=True,
        resize=QHeaderView.ResizeMode.ResizeToContents,
        stretch_last=stretch_last,
    )


def ask_save_path(
    parent: QWidget, title: str, suggested: str, kind: str, suffix: str
) -> Path | None:
    """Ask where a file goes (the dialog asks before replacing one), with its suffix."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), kind)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


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
        history_path = self.history_path

        def store() -> None:
            with ImportHistory(history_path) as history:
                history.set_expected_houses(houses)

        perform(Change.HISTORY, store, self)


class MunicipalityScreen(QWidget):
    """Read a pile of house workbooks, count them once, and show and save the result."""

    def __init__(
        self,
        db: Database | None,
        parent: QWidget | None = None,
        *,
        history_path: Path | None = None,
        now: Callable[[], dt.datetime] | None = None,
        choose_file: Callable[[QWidget, str, str, str, str], Path | None] = ask_save_path,
        open_file: Callable[[Path], None] = open_in_viewer,
    ) -> None:
        super().__init__(parent)
        self.db = db
        if history_path is None and db is not None:
            history_path = imports.path_for(db.path)  # beside the database: backed up with it
        self.history_path = history_path
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.choose_file = choose_file
        self.open_file = open_file
        self.result: Aggregate | None = None
        self.comparison: PeriodComparison | None = None
        self.task: Task | None = None
        self.report_task: Task | None = None
        self.dialog: ExpectedHousesDialog | None = None
        self.reading = False
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
        self.save_button.clicked.connect(self.save_workbook)
        self.pdf_button = QPushButton(self.tr("&Report (PDF)…"))
        self.pdf_button.setObjectName("pdfButton")
        self.pdf_button.setToolTip(
            self.tr("An A4 report of all houses for the chosen period, to print or send")
        )
        self.pdf_button.clicked.connect(self.save_report)
        self.expected_button = QPushButton(self.tr("&Expected houses…"))
        self.expected_button.clicked.connect(self.edit_expected)
        buttons = QHBoxLayout()
        for button in (
            self.folder_button,
            self.files_button,
            self.save_button,
            self.pdf_button,
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
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.files = EmphasisTableModel(FILE_COLUMNS, parent=self)
        self.houses = EmphasisTableModel(
            YEAR_COLUMNS, bold=lambda r: r.total, pinned=lambda r: r.total, parent=self
        )
        self.overview = EmphasisTableModel(OVERVIEW_COLUMNS, parent=self)
        self.missing = EmphasisTableModel(MISSING_COLUMNS, bold=lambda m: m.latest, parent=self)

        self.houses_note = QLabel()
        self.houses_note.setObjectName("housesNote")
        self.houses_note.setWordWrap(True)
        houses_page = QWidget()
        houses_layout = QVBoxLayout(houses_page)
        houses_layout.addWidget(self.houses_note)
        houses_layout.addWidget(table(self.houses, "houses"), 1)

        self.missing_note = QLabel()
        self.missing_note.setObjectName("missingNote")
        self.missing_note.setWordWrap(True)
        missing_page = QWidget()
        missing_layout = QVBoxLayout(missing_page)
        missing_layout.addWidget(self.missing_note)
        # not sortable: the order is the answer (the latest quarter first, then older gaps)
        missing_layout.addWidget(table(self.missing, "missing", sortable=False), 1)

        self.chart_views = {
            name: ChartView(name) for name in ("visitorsChart", "occupancyChart", "communityChart")
        }
        charts = QWidget()
        charts.setObjectName("charts")
        charts_layout = QVBoxLayout(charts)
        self.charts_note = QLabel()
        self.charts_note.setWordWrap(True)
        charts_layout.addWidget(self.charts_note)
        for view in self.chart_views.values():
            charts_layout.addWidget(view)
        charts_layout.addStretch(1)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setObjectName("chartsScroll")
        self.charts_scroll.setWidget(charts)
        self.charts_scroll.setWidgetResizable(True)

        files_view = table(self.files, "files")
        files_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # the refused files first
        self.tabs = QTabWidget()
        self.tabs.addTab(files_view, self.tr("Files"))
        self.tabs.addTab(houses_page, self.tr("Houses"))
        # a stretched last column is at least 100 pixels wide: here that is what 1366 lacks
        all_periods = table(self.overview, "overview", stretch_last=False)
        self.tabs.addTab(all_periods, self.tr("All periods"))
        self.tabs.addTab(missing_page, self.tr("Missing"))
        self.tabs.addTab(self.charts_scroll, self.tr("Charts"))

        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentTextChanged.connect(self._show_period)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.period_box = QWidget()
        period_row = QHBoxLayout(self.period_box)
        period_row.setContentsMargins(8, 0, 0, 2)
        period_row.addWidget(period_label)
        period_row.addWidget(self.period)
        self.tabs.setCornerWidget(self.period_box, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self._show_reading(False)
        self.load_history()
        self._tab_changed(self.tabs.currentIndex())
        # a new day may begin a new quarter: the latest quarter, and who owes it, move on
        self.freshness = Freshness(self, Change.HISTORY | Change.DAY, self.refresh, loaded=True)

    def refresh(self) -> None:
        """Show the history anew, unless files are being read (their result comes next)."""
        if not self._reading():
            self.load_history()

    # -- what the history holds --------------------------------------------------------------

    def load_history(self) -> None:
        """Show what the history holds: the last reading, what counts, who is missing."""
        path = self.history_path or imports.default_path()
        if not path.exists():  # nothing read yet: no history file made just for looking
            latest = agg.latest_quarter(self.now().astimezone(LOCAL_TIME).date())
            self._show(Aggregate((), (), (), (), str(latest), None))
            return
        try:
            with ImportHistory(self.history_path) as history:
                result = agg.from_history(history, now=self.now())
        except (HistoryError, OSError) as error:
            self.result = None
            self._fill(None)
            self.summary.setText(
                self.tr("The import history cannot be read: %1").replace("%1", str(error))
            )
            return
        self._show(result)

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
        now = self.now

        def work(progress: Progress) -> Aggregate:
            # The history's connection lives and dies in this thread.
            with ImportHistory(history_path) as history:
                results: list[ReadResult] = []
                moment = now()
                for number, path in enumerate(files):
                    progress(number, len(files))
                    results.append(read_workbook(path, now=moment))
                progress(len(files), len(files))  # the last moment to stop: nothing recorded yet
                return agg.aggregate(
                    results, history=history, expected=history.expected_houses(), now=moment
                )

        self.task = Task.reporting(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.done.connect(self._read)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        return self.task.start()

    def cancel(self) -> None:
        """Stop reading: the files read so far are not counted, and nothing is recorded."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling …"))

    def _reading(self) -> bool:
        return self.reading

    def _show_reading(self, reading: bool) -> None:
        """The progress bar and Cancel while reading; the buttons that start work otherwise."""
        self.reading = reading
        self.progress.setVisible(reading)
        self.cancel_button.setVisible(reading)
        self.cancel_button.setEnabled(reading)
        self.cancel_shortcut.setEnabled(reading)
        for button in (self.folder_button, self.files_button):
            button.setEnabled(not reading)
        self._enable_outputs(not reading)

    def _enable_outputs(self, idle: bool | None = None) -> None:
        idle = not self.reading if idle is None else idle
        result = self.result
        self.save_button.setEnabled(
            idle and result is not None and bool(result.counted or result.outcomes)
        )
        self.pdf_button.setEnabled(
            idle and self.comparison is not None and self.report_task is None
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _cancelled(self) -> None:
        self._fill(self.result)
        self._show_reading(False)
        self.summary.setText(self.tr("Reading was cancelled; nothing was counted."))

    def _read(self, result: Aggregate) -> None:
        self._show(result)
        self.tabs.setCurrentIndex(FILES)
        announce(Change.HISTORY, self)  # the reading is in the history now

    def _show(self, result: Aggregate) -> None:
        self.result = result
        self._fill(result)
        self._show_reading(False)
        self.summary.setText(texts.run_text(result))

    def _fill(self, result: Aggregate | None) -> None:
        """The tables and charts of ``result``; empty without one."""
        self.files.set_rows(result.outcomes if result else [])
        self.overview.set_rows(result.counted if result else [])
        self.missing.set_rows(result.missing if result else [])
        self.missing_note.setText(texts.missing_text(result) if result else "")
        wanted = self.period.currentText() or (result.default_period() if result else None)
        periods = result.periods() if result else []
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(periods)
        self.period.blockSignals(False)
        if result is not None and wanted not in periods:
            wanted = result.default_period()
        if wanted in periods:
            self.period.setCurrentText(wanted)
        self._show_period(self.period.currentText())

    def _show_period(self, period: str) -> None:
        """The houses against a year earlier, and the charts, of ``period``."""
        result = self.result
        if result is None or not period or not self.period.count():
            self.comparison = None
            self.houses.set_rows([])
            self.houses_note.setText(self.tr("Nothing counted yet."))
            self.charts_note.setText(self.tr("Nothing counted yet."))
            for view in self.chart_views.values():
                view.set_chart(texts.empty_chart())
            self._enable_outputs()
            return
        comparison = compare(result.counted, period)
        self.comparison = comparison
        rows = [YearRow.of(house) for house in comparison.houses]
        rows.append(
            YearRow("", texts.total_name(comparison, short=True), comparison.total, total=True)
        )
        if comparison.comparable is not None and not comparison.all_comparable:
            rows.append(
                YearRow(
                    "",
                    texts.comparable_name(comparison, short=True),
                    comparison.comparable,
                    total=True,
                )
            )
        self.houses.set_rows(rows)
        note = texts.comparison_text(comparison)
        self.houses_note.setText(note)
        self.charts_note.setText(note)
        for name, chart in texts.charts(comparison):
            self.chart_views[name].set_chart(chart)
        self._enable_outputs()

    def _tab_changed(self, index: int) -> None:
        self.period_box.setVisible(index in (HOUSES, CHARTS))

    def _failed(self, error: BaseException) -> None:
        self._fill(self.result)
        self._show_reading(False)
        raise error  # unexpected: logged and shown by the crash reporter

    # -- output ------------------------------------------------------------------------------

    def save_workbook(self) -> None:
        if self.result is None:
            return
        path = self.choose_file(
            self,
            self.tr("Save the overview"),
            "overzicht-huizen.xlsx",
            self.tr("Excel files (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.write(path)

    def write(self, path: Path) -> None:
        assert self.result is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            agg.write_workbook(self.result, path)
        except OutputError as error:
            Messages.error(self, self.tr("Not saved"), file_error_text(error))
            return
        self.summary.setText(self.tr("Saved: %1").replace("%1", str(path)))

    def save_report(self) -> Task | None:
        """Ask where, then write the PDF of the chosen period in the background and open it."""
        result, comparison = self.result, self.comparison
        if result is None or comparison is None or self.report_task is not None:
            return None
        path = self.choose_file(
            self,
            self.tr("Save the report as"),
            self.tr("Houses %1.pdf").replace("%1", comparison.period),
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return None
        from housedesk.ui.municipality.report import write_report

        period = comparison.period
        self.report_task = Task.reporting(
            lambda progress: write_report(result, period, path, progress=progress), self
        )
        self.report_task.done.connect(self._report_written)
        self.report_task.failed.connect(self._report_failed)
        self.report_task.cancelled.connect(self._report_ended)
        self._enable_outputs()
        ProgressDialog(
            self.report_task,
            self.tr("Report"),
            self.tr("Writing the report of %1 …").replace("%1", period),
            self,
        )
        return self.report_task.start()

    def _report_ended(self) -> None:
        self.report_task = None
        self._enable_outputs()

    def _report_written(self, path: Path) -> None:
        self._report_ended()
        self.summary.setText(self.tr("Report written: %1").replace("%1", str(path)))
        self.open_file(path)

    def _report_failed(self, error: BaseException) -> None:
        self._report_ended()
        if isinstance(error, OutputError):
            Messages.error(self, self.tr("Not saved"), file_error_text(error))
            return
        raise error  # unexpected: logged and shown by the crash reporter

    def edit_expected(self) -> None:
        self.dialog = ExpectedHousesDialog(self.history_path, self)
        self.dialog.accepted.connect(self.load_history)
        self.dialog.open()
