"""The printable week and day sheets: what takes place, for the notice board and the bar.

A4 landscape, black on white (it reads the same from a grey office printer),
with only what everyone may read (``core.agenda.public``): the house, the
rooms, the times and the names of what takes place; never a user or contact
person, a private rental as "Particuliere verhuur", a cancelled session
marked as cancelled without its reason.

- The **week sheet** is a table with a row per room and a column per day:
  each box lists its sessions by time ("09:30–11:30" above the name) or says
  why the room is closed. A row grows with its busiest day; when the rooms do
  not fit one page the table goes on over the next, its header repeated.
- The **day sheet** lists the day's sessions by time in large letters (time,
  what, where), with the rooms closed that day and why below them.

Qt paints it (``QPdfWriter`` for a file, made as the reports' are by
``kit.pages.pdf_writer``; ``QPrinter`` for a printer; the same code);
``write_sheet`` writes the PDF atomically (``common.outputs``), and
``housedesk agenda-sheet --week 2027-W02 --pdf week.pdf`` writes it from the
command line, also without a screen. ``PrintDialog`` is the Agenda screen's
"Print…": week or day, then save as PDF or print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from housedesk.common.outputs import OutputError, check_target, pdf_is_whole, write_atomically
from housedesk.common.times import format_span
from housedesk.core.agenda.bookings import week_start
from housedesk.core.agenda.public import PublicAgenda, PublicSession, public_agenda
from housedesk.db import Database
from housedesk.ui.agenda.grid import fit_lines
from housedesk.ui.kit import clock
from housedesk.ui.kit.dates import format_date, qdate
from housedesk.ui.kit.i18n import file_error_text
from housedesk.ui.kit.pages import pdf_writer
from housedesk.ui.kit.screen_fit import scroll_when_tall

WEEK, DAY = "week", "day"


@dataclass(frozen=True)
class SheetRange:
    """A week (Monday to Sunday) or one day."""

    kind: str  # WEEK or DAY
    first: dt.date

    @property
    def last(self) -> dt.date:
        return self.first + dt.timedelta(days=6 if self.kind == WEEK else 0)

    @classmethod
    def week_of(cls, day: dt.date) -> SheetRange:
        return cls(WEEK, week_start(day))

    @classmethod
    def day(cls, day: dt.date) -> SheetRange:
        return cls(DAY, day)

    def title(self) -> str:
        """ "Week 2: 11 to 17 January 2027", or "Tuesday 12 January 2027"."""
        locale = QLocale()
        if self.kind == DAY:
            return locale.toString(qdate(self.first), "dddd d MMMM yyyy")
        return (
            QCoreApplication.translate("Sheet", "Week %1: %2 to %3")
            .replace("%1", str(self.first.isocalendar().week))
            .replace("%2", locale.toString(qdate(self.first), "d MMMM"))
            .replace("%3", locale.toString(qdate(self.last), "d MMMM yyyy"))
        )

    def file_name(self) -> str:
        """A name to suggest for the PDF: ``week-2027-W02.pdf``, ``dag-2027-01-12.pdf``."""
        if self.kind == DAY:
            return f"dag-{self.first.isoformat()}.pdf"
        year, week, _ = self.first.isocalendar()
        return f"week-{year}-W{week:02d}.pdf"


# --------------------------------------------------------------------------- painting


class _Page:
    """Paints a sheet page by page: the heading on top, the footer, a new page when full."""

    def __init__(
        self, device: QPagedPaintDevice, painter: QPainter, agenda: PublicAgenda, title: str
    ) -> None:
        self.device = device
        self.painter = painter
        self.agenda = agenda
        self.title = title
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.scale = device.logicalDpiX() / 72  # pixels per point
        self.number = 1
        self.top = self._heading()

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.painter.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def bottom(self) -> float:
        """Where the footer begins."""
        return self.height - self.metrics(self.font(8)).height() * 2

    def _heading(self) -> float:
        painter = self.painter
        name = self.font(16, bold=True)
        sub = self.font(12)
        painter.setFont(name)
        line = self.metrics(name).height()
        painter.drawText(
            QRectF(0, 0, self.width * 0.6, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.agenda.house_name,
        )
        painter.setFont(self.font(16, bold=True))
        painter.drawText(
            QRectF(self.width * 0.3, 0, self.width * 0.7, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(sub)
        sub_line = self.metrics(sub).height()
        painter.drawText(
            QRectF(0, line, self.width, sub_line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.agenda.village,
        )
        y = line + sub_line * 1.4
        painter.setPen(QPen(Qt.GlobalColor.black, self.scale * 1.2))
        painter.drawLine(
            QRectF(0, y, self.width, 0).topLeft(), QRectF(0, y, self.width, 0).topRight()
        )
        painter.setPen(QPen(Qt.GlobalColor.black, 0))
        return y + sub_line * 0.6

    def footer(self) -> None:
        painter = self.painter
        font = self.font(8)
        painter.setFont(font)
        line = self.metrics(font).height()
        box = QRectF(0, self.height - line * 1.2, self.width, line)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate(
                "Sheet", "Made by housedesk on %1. Changes after that are not on it."
            ).replace("%1", format_date(clock.today())),
        )
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight,
            QCoreApplication.translate("Sheet", "Page %1").replace("%1", str(self.number)),
        )

    def new_page(self) -> None:
        self.footer()
        self.device.newPage()
        self.number += 1
        self.top = self._heading()


def _session_text(session: PublicSession) -> str:
    if session.cancelled:
        return QCoreApplication.translate("Sheet", "%1 (cancelled)").replace("%1", session.title)
    return session.title


def _paint_week(page: _Page) -> None:
    """A row per room, a column per day; each box its sessions by time, or why it is closed."""
    agenda, painter = page.agenda, page.painter
    days = agenda.days
    room_width = page.width * 0.13
    day_width = (page.width - room_width) / len(days)
    pad = page.scale * 3
    head_font, room_font = page.font(10, bold=True), page.font(10, bold=True)
    time_font, name_font = page.font(8, bold=True), page.font(9)
    closed_font, cancelled_font = page.font(9, italic=True), page.font(9, italic=True)
    time_line = page.metrics(time_font).height()
    name_metrics = page.metrics(name_font)
    name_line = name_metrics.height()
    inner = day_width - 2 * pad

    def header() -> None:
        painter.setFont(head_font)
        height = page.metrics(head_font).height() * 1.6
        locale = QLocale()
        metrics = page.metrics(head_font)
        # Every day the same way: the whole weekday's name when all of them fit, else short.
        titles = [locale.toString(qdate(day), "dddd d MMM") for day in days]
        if any(metrics.horizontalAdvance(title) > inner for title in titles):
            titles = [locale.toString(qdate(day), "ddd d MMM") for day in days]
        for n, title in enumerate(titles):
            box = QRectF(room_width + n * day_width, page.top, day_width, height)
            painter.fillRect(box, QColor("#e8e8e8"))
            painter.drawRect(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
        painter.drawRect(QRectF(0, page.top, room_width, height))
        page.top += height

    def box_lines(day: dt.date, room_id: int) -> list[tuple[str, QFont, float]]:
        closure = agenda.closure(day, room_id)
        if closure is not None:
            text = QCoreApplication.translate("Sheet", "Closed: %1").replace("%1", closure.reason)
            metrics = page.metrics(closed_font)
            return [(t, closed_font, metrics.height()) for t in fit_lines(text, metrics, inner, 4)]
        lines: list[tuple[str, QFont, float]] = []
        for session in agenda.sessions_on(day, room_id):
            lines.append((format_span(session.start_min, session.end_min), time_font, time_line))
            font = cancelled_font if session.cancelled else name_font
            for part in fit_lines(_session_text(session), name_metrics, inner, 3):
                lines.append((part, font, name_line))
            lines.append(("", name_font, name_line * 0.35))
        return lines[:-1] if lines else lines

    header()
    least = name_line * 2 + 2 * pad
    for room in agenda.rooms:
        boxes = [box_lines(day, room.id) for day in days]
        height = max(least, *(sum(h for _t, _f, h in lines) + 2 * pad for lines in boxes))
        if page.top + height > page.bottom():
            page.new_page()
            header()
            height = min(height, page.bottom() - page.top)  # a room taller than a page is cut
        painter.setFont(room_font)
        room_box = QRectF(0, page.top, room_width, height)
        painter.drawRect(room_box)
        names = fit_lines(room.name, page.metrics(room_font), room_width - 2 * pad, 4)
        painter.drawText(
            room_box.adjusted(pad, pad, -pad, -pad),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            "\n".join(names),
        )
        for n, (day, lines) in enumerate(zip(days, boxes, strict=True)):
            box = QRectF(room_width + n * day_width, page.top, day_width, height)
            if agenda.closure(day, room.id) is not None:
                painter.fillRect(box, QColor("#eeeeee"))
                painter.fillRect(box, QBrush(QColor("#cccccc"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(box)
            y = box.top() + pad
            for text, font, line in lines:
                if y + line > box.bottom() + 0.5:
                    break
                if text:
                    painter.setFont(font)
                    painter.drawText(
                        QRectF(box.left() + pad, y, inner, line), Qt.AlignmentFlag.AlignLeft, text
                    )
                y += line
        page.top += height


def _paint_day(page: _Page) -> None:
    """The day's sessions by time in large letters, and the rooms closed that day."""
    agenda, painter = page.agenda, page.painter
    day = agenda.first
    big, bold = page.font(15), page.font(15, bold=True)
    metrics = page.metrics(big)
    row = metrics.height() * 1.5
    columns = (0.0, page.width * 0.2, page.width * 0.72)
    widths = (page.width * 0.2, page.width * 0.52, page.width * 0.28)
    pad = page.scale * 4
    house_closed = agenda.closure(day)
    if house_closed is not None:
        painter.setFont(page.font(24, bold=True))
        painter.drawText(
            QRectF(0, page.top + row, page.width, row * 3),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate("Sheet", "The house is closed today: %1").replace(
                "%1", house_closed.reason
            ),
        )
        page.top += row * 4

    def header() -> None:
        painter.setFont(page.font(11, bold=True))
        for x, width, text in zip(
            columns,
            widths,
            (
                QCoreApplication.translate("Sheet", "Time"),
                QCoreApplication.translate("Sheet", "What"),
                QCoreApplication.translate("Sheet", "Where"),
            ),
            strict=True,
        ):
            painter.drawText(
                QRectF(x + pad, page.top, width - 2 * pad, row * 0.8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                text,
            )
        page.top += row * 0.8
        painter.drawLine(
            QRectF(0, page.top, page.width, 0).topLeft(),
            QRectF(0, page.top, page.width, 0).topRight(),
        )

    sessions = agenda.sessions_on(day)
    if sessions:
        header()
    elif house_closed is None:
        painter.setFont(big)
        painter.drawText(
            QRectF(0, page.top + row, page.width, row),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Sheet", "Nothing is planned for this day."),
        )
        page.top += row * 2
    for number, session in enumerate(sessions):
        texts = (
            format_span(session.start_min, session.end_min),
            _session_text(session),
            session.room_name,
        )
        wrapped = [
            fit_lines(t, metrics, w - 2 * pad, 2) for t, w in zip(texts, widths, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * metrics.height() + row - metrics.height()
        if page.top + height > page.bottom():
            page.new_page()
            header()
        if number % 2:
            painter.fillRect(QRectF(0, page.top, page.width, height), QColor("#f0f0f0"))
        for x, width, lines, font in zip(columns, widths, wrapped, (bold, big, big), strict=True):
            font = QFont(font)
            font.setItalic(session.cancelled and font is not bold)
            font.setStrikeOut(session.cancelled)
            painter.setFont(font)
            painter.drawText(
                QRectF(x + pad, page.top, width - 2 * pad, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "\n".join(lines),
            )
        page.top += height
    closed_rooms = [
        (room.name, closure.reason)
        for room in agenda.rooms
        if (closure := agenda.closure(day, room.id)) is not None and closure.room_id is not None
    ]
    if closed_rooms:
        page.top += row * 0.5
        painter.setFont(page.font(12, italic=True))
        for name, reason in closed_rooms:
            if page.top + row > page.bottom():
                page.new_page()
            painter.drawText(
                QRectF(0, page.top, page.width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("Sheet", "%1 is closed: %2")
                .replace("%1", name)
                .replace("%2", reason),
            )
            page.top += row


def paint_sheet(device: QPagedPaintDevice, agenda: PublicAgenda, sheet: SheetRange) -> int:
    """Paint ``sheet`` of ``agenda`` onto ``device`` (a PDF writer or a printer); its pages."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 10, 12, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint the sheet")
    try:
        painter.setPen(QPen(Qt.GlobalColor.black, 0))
        page = _Page(device, painter, agenda, sheet.title())
        (_paint_week if sheet.kind == WEEK else _paint_day)(page)
        page.footer()
        return page.number
    finally:
        painter.end()


def write_sheet(db: Database, sheet: SheetRange, path: Path) -> int:
    """Write ``sheet`` as a PDF to ``path`` (atomically; ``OutputError`` if not); its pages."""
    agenda = public_agenda(db, sheet.first, sheet.last)
    pages = 0

    def paint(temporary: Path) -> None:
        nonlocal pages
        writer = pdf_writer(temporary, f"{agenda.house_name} — {sheet.title()}")
        try:
            pages = paint_sheet(writer, agenda, sheet)
        finally:
            del writer  # the file is complete only once the writer is gone

    write_atomically(Path(path), paint, pdf_is_whole)
    return pages


# --------------------------------------------------------------------------- the screen's dialog


def choose_pdf_file(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save the sheet; ``None`` if the volunteer cancels."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintDialog", "Save the sheet"),
        str(Path.home() / suggested),
        QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def print_sheet(parent: QWidget, db: Database, sheet: SheetRange) -> bool:
    """Print ``sheet`` on a printer the volunteer chooses; whether it was printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(sheet.file_name().removesuffix(".pdf"))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_sheet(printer, public_agenda(db, sheet.first, sheet.last), sheet)
    return True


class PrintDialog(QDialog):
    """ "Print…": the week shown, the week after it (the sheet for next week's notice
    board) or one day of the week shown, saved as a PDF or sent to a printer."""

    def __init__(
        self,
        db: Database,
        day: dt.date,
        parent: QWidget | None = None,
        *,
        choose_file: Callable[[QWidget, str], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print the agenda"))
        self.db = db
        self.written: Path | None = None  # the PDF saved, if one was
        self._choose_file = choose_file or choose_pdf_file
        monday = week_start(day)
        self.week_choice = QRadioButton(
            self.tr("The &week: %1").replace("%1", SheetRange.week_of(day).title())
        )
        self.week_choice.setObjectName("weekChoice")
        self.next_week_choice = QRadioButton(
            self.tr("The &next week: %1").replace(
                "%1", SheetRange.week_of(monday + dt.timedelta(days=7)).title()
            )
        )
        self.next_week_choice.setObjectName("nextWeekChoice")
        self.day_choice = QRadioButton(self.tr("One &day:"))
        self.day_choice.setObjectName("dayChoice")
        group = QButtonGroup(self)
        group.addButton(self.week_choice)
        group.addButton(self.next_week_choice)
        group.addButton(self.day_choice)
        self.week_choice.setChecked(True)
        self.day_box = QComboBox()
        self.day_box.setObjectName("dayBox")
        self.day_box.setAccessibleName(self.tr("Day"))
        locale = QLocale()
        for n in range(7):
            each = monday + dt.timedelta(days=n)
            self.day_box.addItem(locale.toString(qdate(each), "dddd d MMMM yyyy"), each)
        self.day_box.setCurrentIndex(day.weekday())
        self.day_box.setEnabled(False)
        self.day_choice.toggled.connect(self.day_box.setEnabled)
        note = QLabel(
            self.tr(
                "A4 landscape, for the notice board or the bar: the rooms, times and names of "
                "what takes place. No users or contact persons; a private rental is shown as "
                "'Particuliere verhuur'."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)  # in the dialog: its default again after a Tab past it
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.week_choice)
        layout.addWidget(self.next_week_choice)
        layout.addWidget(self.day_choice)
        layout.addWidget(self.day_box)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        scroll_when_tall(self)

    def sheet(self) -> SheetRange:
        day: dt.date = self.day_box.currentData()
        if self.next_week_choice.isChecked():
            return SheetRange.week_of(week_start(day) + dt.timedelta(days=7))
        return SheetRange.day(day) if self.day_choice.isChecked() else SheetRange.week_of(day)

    def save(self) -> None:
        sheet = self.sheet()
        target = self._choose_file(self, sheet.file_name())
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            # The save dialog asked before replacing a file; never the database, though.
            check_target(target, ".pdf", replace=True, databases=[self.db.path])
            write_sheet(self.db, sheet, target)
        except OutputError as exc:
            self.message.setText(
                self.tr("The sheet could not be saved: %1").replace("%1", file_error_text(exc))
            )
            return
        self.written = target
        self.accept()

    def print(self) -> None:
        if print_sheet(self, self.db, self.sheet()):
            self.accept()
