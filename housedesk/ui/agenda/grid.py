"""The painted agenda: a week or a day with the rooms side by side, and a month overview.

``TimeGrid`` paints days across and time of day down, each day split into the
rooms shown; hours outside the opening times and closed days are hatched
grey, today's column is tinted, and every session is a block coloured by its
nature of use with a pattern of its own, so the kinds stay apart when printed
in black and white. A click marks a free quarter, and a double click or Enter
asks for a booking there (a stray click opens no form); dragging over several
quarters asks at once; clicking a session opens it. ``MonthGrid`` shows a month
of days with how many sessions of each nature they hold.

Up to ``MAX_ROOMS_SIDE_BY_SIDE`` rooms share a day's width, as narrow as it
gets; a house with more rooms gets columns of at least ``ROOM_COLUMN_MIN``
pixels and the grid scrolls sideways (``GridArea``), the times of day staying
at the left edge. Everything the painting needs per room and day is worked
out once when a range is shown, and only the columns in view are painted.

These widgets only paint what ``housedesk.core.agenda.bookings.agenda_range`` returned; the
session list beside them is the way in for keyboard users.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.times import QUARTER, format_span, format_time
from housedesk.core.agenda.bookings import AgendaRange, AgendaRoom, ClosureSpan, SessionRow
from housedesk.core.rooms import Interval
from housedesk.ui.kit.dates import qdate
from housedesk.ui.kit.i18n import code_label

#: Fill colour and pattern per nature of use: told apart by pattern in black and white too.
NATURE_STYLE: dict[Nature, tuple[str, Qt.BrushStyle]] = {
    Nature.MAATSCHAPPELIJK: ("#b9e0b4", Qt.BrushStyle.NoBrush),
    Nature.PARTICULIER: ("#bcd3f2", Qt.BrushStyle.BDiagPattern),
    Nature.COMMERCIEEL: ("#f5cf9c", Qt.BrushStyle.DiagCrossPattern),
}
UNAVAILABLE = QColor("#e4e4e4")
TODAY_TINT = QColor(255, 244, 190, 110)
GUTTER = 52
DEFAULT_HOURS = (8 * 60, 22 * 60)
#: Up to this many rooms share the width of a day, however narrow their columns get.
MAX_ROOMS_SIDE_BY_SIDE = 8
#: With more rooms, a room's column is at least this wide and the grid scrolls sideways.
ROOM_COLUMN_MIN = 72


def _blend(colour: QColor, opacity: float, under: QColor) -> QColor:
    """``colour`` at ``opacity`` over ``under``, as one opaque colour (opaque lines draw fast)."""
    return QColor.fromRgbF(
        *(
            opacity * mine + (1 - opacity) * theirs
            for mine, theirs in (
                (colour.redF(), under.redF()),
                (colour.greenF(), under.greenF()),
                (colour.blueF(), under.blueF()),
            )
        )
    )


def paint_nature(painter: QPainter, rect: QRectF, nature: Nature, cancelled: bool) -> None:
    """Fill ``rect`` as a session of ``nature`` is drawn everywhere (grid and legend alike)."""
    colour, pattern = NATURE_STYLE[nature]
    fill = QColor(colour)
    if cancelled:
        fill = fill.lighter(118)
    painter.fillRect(rect, fill)
    if pattern is not Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(QColor(0, 0, 0, 70), pattern))
    # Black at 150/255 over the fill, as one opaque colour: translucent lines draw slowly.
    pen = QPen(_blend(QColor(0, 0, 0), 150 / 255, fill))
    if cancelled:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def unavailable_spans(
    hours: tuple[Interval, ...], closed: bool, first: int, last: int
) -> list[Interval]:
    """The parts of ``first``…``last`` to hatch: whole quarters that do not start while open.

    A quarter counts as open when its start lies in an opening interval, so
    ``hours`` that do not fall on quarters still hatch whole quarters.
    """
    if closed:
        return [(first, last)]
    open_spans: list[Interval] = []
    for opens, closes in sorted(hours):
        start = first + max(0, -(-(opens - first) // QUARTER)) * QUARTER
        end = min(last, first + max(0, -(-(closes - first) // QUARTER)) * QUARTER)
        if start >= end:
            continue
        if open_spans and start <= open_spans[-1][1]:
            open_spans[-1] = (open_spans[-1][0], max(open_spans[-1][1], end))
        else:
            open_spans.append((start, end))
    spans: list[Interval] = []
    cursor = first
    for start, end in open_spans:
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < last:
        spans.append((cursor, last))
    return spans


@dataclass(frozen=True)
class Slot:
    """A place in the grid: a room on a day, at a quarter hour."""

    room_id: int
    day: dt.date
    minute: int


@dataclass(frozen=True)
class _SessionFonts:
    """The fonts a session block is written in, made once per paint."""

    plain: QFont
    cancelled: QFont
    metrics: QFontMetrics
    mark_room: int  # how wide a block must be to hold the "held" mark as well


class TimeGrid(QWidget):
    """Days across, time of day down, the rooms side by side within each day."""

    #: A free slot was chosen: room id, date, start and end minutes.
    slot_chosen = Signal(int, object, int, int)
    #: A session was clicked.
    session_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.setAccessibleName(self.tr("Agenda grid"))
        self.setAccessibleDescription(
            self.tr("The sessions drawn per room and day; the list below holds the same sessions.")
        )
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(480, 320))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.agenda: AgendaRange | None = None
        self.days: list[dt.date] = []
        self.rooms: list[AgendaRoom] = []
        self.today = dt.date.today()
        self.first_minute, self.last_minute = DEFAULT_HOURS
        #: The quarters marked by a click, or being dragged over (while ``_pressed``).
        self._drag: tuple[Slot, Slot] | None = None
        self._pressed = False
        self._line = QFontMetrics(self.font()).height()
        self._day_index: dict[dt.date, int] = {}
        self._room_index: dict[int, int] = {}
        # Per column (day index × rooms + room index): what to hatch, the closure, the sessions.
        self._unavailable: list[list[Interval]] = []
        self._closures: list[ClosureSpan | None] = []
        self._sessions: list[list[SessionRow]] = []

    # -- content ------------------------------------------------------------------------------

    def show_range(
        self, agenda: AgendaRange, days: list[dt.date], room_ids: list[int] | None, today: dt.date
    ) -> None:
        """Show ``days`` of ``agenda``; only the rooms ``room_ids`` (None: all of them)."""
        self.agenda, self.days, self.today = agenda, days, today
        self.rooms = [r for r in agenda.rooms if room_ids is None or r.id in room_ids]
        self._day_index = {day: number for number, day in enumerate(days)}
        self._room_index = {room.id: number for number, room in enumerate(self.rooms)}
        self._sessions = [[] for _ in range(len(days) * len(self.rooms))]
        for session in agenda.sessions:
            column = self._column_of(session.room_id, session.date)
            if column is not None:
                self._sessions[column].append(session)
        for sessions in self._sessions:
            # Cancelled sessions first, so that what does take place is painted over them.
            sessions.sort(key=lambda s: (s.status is not BookingStatus.GEANNULEERD, s.start_min))
        self.first_minute, self.last_minute = self._time_bounds()
        places = [(day, room) for day in days for room in self.rooms]  # in column order
        self._closures = [agenda.closed(room.id, day) for day, room in places]
        self._unavailable = [
            unavailable_spans(
                room.hours[day.weekday()], closure is not None, self.first_minute, self.last_minute
            )
            for (day, room), closure in zip(places, self._closures, strict=True)
        ]
        self._drag = None
        self._set_least_width()
        self.update()

    def _column_of(self, room_id: int, day: dt.date) -> int | None:
        day_index = self._day_index.get(day)
        room_index = self._room_index.get(room_id)
        if day_index is None or room_index is None:
            return None
        return day_index * len(self.rooms) + room_index

    def _time_bounds(self) -> tuple[int, int]:
        spans = [
            interval
            for room in self.rooms
            for day in self.days
            for interval in room.hours[day.weekday()]
        ]
        spans += [(s.start_min, s.end_min) for column in self._sessions for s in column]
        if not spans:
            return DEFAULT_HOURS
        low = min(start for start, _ in spans) // 60 * 60
        high = -(-max(end for _, end in spans) // 60) * 60
        return min(low, DEFAULT_HOURS[0]), max(high, low + 6 * 60)

    def _set_least_width(self) -> None:
        least = 480
        if len(self.rooms) > MAX_ROOMS_SIDE_BY_SIDE:
            least = max(least, GUTTER + 1 + len(self.days) * len(self.rooms) * ROOM_COLUMN_MIN)
        self.setMinimumWidth(least)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._line = QFontMetrics(self.font()).height()

    # -- geometry -----------------------------------------------------------------------------

    def _header_height(self) -> int:
        lines = 3 if len(self.rooms) > 1 else 2
        return self._line * lines + 8

    def _column_count(self) -> int:
        return max(1, len(self.days) * max(1, len(self.rooms)))

    def _column_width(self) -> float:
        return (self.width() - GUTTER - 1) / self._column_count()

    def _quarter_height(self) -> float:
        quarters = max(1, (self.last_minute - self.first_minute) // QUARTER)
        return (self.height() - self._header_height() - 1) / quarters

    def _x(self, day_index: int, room_index: int) -> float:
        return GUTTER + (day_index * max(1, len(self.rooms)) + room_index) * self._column_width()

    def _y(self, minute: int) -> float:
        quarters = (minute - self.first_minute) / QUARTER
        return self._header_height() + quarters * self._quarter_height()

    def day_left(self, day_index: int) -> float:
        """Where the day ``day_index`` (of ``days``) begins."""
        return self._x(day_index, 0)

    def _gutter_left(self) -> int:
        """Where the times of day are drawn: the left edge of the part in view."""
        visible = self.visibleRegion()
        return 0 if visible.isEmpty() else visible.boundingRect().left()

    def _columns_between(self, left: float, right: float) -> range:
        """The columns (day index × rooms + room index) that reach into ``left``…``right``."""
        if not self.days or not self.rooms:
            return range(0)
        width = self._column_width()
        first = max(0, int((left - GUTTER) // width))
        last = min(self._column_count() - 1, int((right - GUTTER) // width))
        return range(first, last + 1)

    def cell_rect(self, room_id: int, day: dt.date, start: int, end: int) -> QRectF:
        """Where ``start``–``end`` of ``room_id`` on ``day`` is drawn."""
        x = self._x(self._day_index[day], self._room_index[room_id])
        return QRectF(x, self._y(start), self._column_width(), self._y(end) - self._y(start))

    def slot_at(self, point: QPoint) -> Slot | None:
        """The room, day and quarter under ``point``, if any."""
        if not self.days or not self.rooms or point.x() < self._gutter_left() + GUTTER:
            return None
        column = int((point.x() - GUTTER) // self._column_width())
        day_index, room_index = divmod(column, len(self.rooms))
        if not 0 <= day_index < len(self.days) or point.y() < self._header_height():
            return None
        quarter = int((point.y() - self._header_height()) // self._quarter_height())
        minute = self.first_minute + quarter * QUARTER
        if minute >= self.last_minute:
            return None
        return Slot(self.rooms[room_index].id, self.days[day_index], minute)

    def session_at(self, point: QPoint) -> SessionRow | None:
        if self.agenda is None or point.x() < self._gutter_left() + GUTTER:
            return None
        found = None
        for column in self._columns_between(point.x(), point.x()):
            for session in self._sessions[column]:
                if self._session_rect(session).contains(point):
                    found = session  # the last painted is on top
        return found

    def _session_rect(self, session: SessionRow) -> QRectF:
        rect = self.cell_rect(session.room_id, session.date, session.start_min, session.end_min)
        if session.status is BookingStatus.GEANNULEERD:
            rect.setLeft(rect.left() + rect.width() * 0.55)
        return rect.adjusted(2, 1, -2, -1)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        dirty = event.rect()
        painter.fillRect(dirty, palette.color(QPalette.ColorRole.Base))
        left = self._gutter_left()
        if not self.days or not self.rooms or self.agenda is None:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                self.visibleRegion().boundingRect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No rooms yet. Add the house's rooms first (screen Rooms)."),
            )
            return
        columns = self._columns_between(max(dirty.left(), left + GUTTER), dirty.right())
        self._paint_unavailable(painter, columns)
        self._paint_lines(painter, palette, columns, dirty)
        self._paint_header(painter, palette, columns, left)
        fonts = self._session_fonts()
        for column in columns:
            for session in self._sessions[column]:
                self._paint_session(painter, session, fonts)
        if self._drag is not None:
            start, end = sorted((self._drag[0].minute, self._drag[1].minute))
            rect = self.cell_rect(self._drag[0].room_id, self._drag[0].day, start, end + QUARTER)
            painter.fillRect(rect, QColor(30, 100, 200, 90))
            painter.setPen(QPen(QColor(30, 100, 200), 2))
            painter.drawRect(rect)
        self._paint_times(painter, palette, left)

    def _paint_unavailable(self, painter: QPainter, columns: range) -> None:
        hatch = QBrush(QColor(0, 0, 0, 45), Qt.BrushStyle.BDiagPattern)
        rooms = len(self.rooms)
        width = self._column_width()
        for day_index in sorted({column // rooms for column in columns}):
            if self.days[day_index] == self.today:
                first = max(columns.start, day_index * rooms)
                last = min(columns.stop, (day_index + 1) * rooms)
                x = GUTTER + first * width
                painter.fillRect(QRectF(x, 0, (last - first) * width, self.height()), TODAY_TINT)
        for column in columns:
            x = GUTTER + column * width
            for start, end in self._unavailable[column]:
                top = self._y(start)
                rect = QRectF(x, top, width, self._y(end) - top + 0.5)
                painter.fillRect(rect, UNAVAILABLE)
                painter.fillRect(rect, hatch)

    def _paint_lines(
        self, painter: QPainter, palette: QPalette, columns: range, dirty: QRect
    ) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        light = _blend(palette.color(QPalette.ColorRole.Mid), 90 / 255, base)
        strong = palette.color(QPalette.ColorRole.Dark)
        header = self._header_height()
        painter.setPen(light)
        left, right = max(GUTTER, dirty.left()), dirty.right() + 1
        for minute in range(self.first_minute, self.last_minute + 1, 60):
            y = int(self._y(minute))
            painter.drawLine(left, y, right, y)
        rooms = len(self.rooms)
        for column in range(columns.start, columns.stop + 1):
            x = int(GUTTER + column * self._column_width())
            painter.setPen(strong if column % rooms == 0 else light)
            painter.drawLine(x, header if column % rooms else 0, x, self.height())

    def _paint_times(self, painter: QPainter, palette: QPalette, left: int) -> None:
        """The times of day down the left edge of the part in view, over what scrolled under."""
        painter.fillRect(
            QRectF(left, 0, GUTTER, self.height()), palette.color(QPalette.ColorRole.Base)
        )
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        painter.drawLine(left + GUTTER, 0, left + GUTTER, self.height())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for minute in range(self.first_minute, self.last_minute, 60):
            painter.drawText(
                QRect(left, int(self._y(minute)) + 1, GUTTER - 6, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                format_time(minute),
            )

    def _paint_header(
        self, painter: QPainter, palette: QPalette, columns: range, left: int
    ) -> None:
        metrics = QFontMetrics(self.font())
        line = self._line
        bold = QFont(self.font())
        bold.setBold(True)
        rooms = len(self.rooms)
        column_width = self._column_width()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for day_index in sorted({column // rooms for column in columns}):
            day = self.days[day_index]
            # The day's name stays in view while its rooms are scrolled past.
            x = max(self._x(day_index, 0), left + GUTTER)
            width = self._x(day_index + 1, 0) - x
            if width < 12:
                continue
            painter.setFont(bold if day == self.today else self.font())
            title = self.locale().toString(qdate(day), "dddd d MMM")
            if metrics.horizontalAdvance(title) > width - 6:
                title = self.locale().toString(qdate(day), "ddd d-M")
            if day == self.today:
                title = self.tr("%1 (today)").replace("%1", title)
            painter.drawText(
                QRectF(x + 3, 2, width - 6, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(width - 6)),
            )
        painter.setFont(self.font())
        inner = int(column_width - 4)
        for column in columns:
            room = self.rooms[column % rooms]
            lines = []
            if rooms > 1:
                fits = metrics.horizontalAdvance(room.name) <= inner
                lines.append(room.name if fits else room.code)
            if self._closures[column] is not None:
                lines.append(self.tr("closed"))
            x = GUTTER + column * column_width
            for n, text in enumerate(lines):
                painter.drawText(
                    QRectF(x + 2, 2 + line * (n + 1), column_width - 4, line),
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner),
                )

    def _session_fonts(self) -> _SessionFonts:
        plain = QFont(self.font())
        plain.setPointSizeF(max(7.0, plain.pointSizeF() * 0.85))
        cancelled = QFont(plain)
        cancelled.setItalic(True)
        cancelled.setStrikeOut(True)
        metrics = QFontMetrics(plain)
        return _SessionFonts(plain, cancelled, metrics, metrics.horizontalAdvance("✓ MMMMM"))

    def _paint_session(self, painter: QPainter, session: SessionRow, fonts: _SessionFonts) -> None:
        rect = self._session_rect(session)
        cancelled = session.status is BookingStatus.GEANNULEERD
        paint_nature(painter, rect, session.nature, cancelled)
        painter.setFont(fonts.cancelled if cancelled else fonts.plain)
        painter.setPen(QColor("#000000"))
        metrics = fonts.metrics
        inner = rect.adjusted(3, 1, -2, -1)
        if inner.width() < 8 or inner.height() < metrics.height() * 0.8:
            return
        held = session.status is BookingStatus.GEHOUDEN
        mark = "✓ " if held and inner.width() > fonts.mark_room else ""
        lines = [mark + session.activity_name, format_span(session.start_min, session.end_min)]
        y = inner.top()
        for text in lines:
            if y + metrics.height() > inner.bottom() + 2:
                break
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            y += metrics.height()

    # -- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        session = self.session_at(point)
        if session is not None and session.status is not BookingStatus.GEANNULEERD:
            self.session_clicked.emit(session)
            return
        slot = self.slot_at(point)
        if slot is not None:
            self._drag = (slot, slot)
            self._pressed = True
            self.update()
        elif session is not None:
            self.session_clicked.emit(session)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A double click on a free quarter books it (the first click only marked it).
        if event.button() != Qt.MouseButton.LeftButton:
            return
        slot = self.slot_at(event.position().toPoint())
        if slot is not None and self.session_at(event.position().toPoint()) is None:
            self._drag = (slot, slot)
            self._book_marked()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter books the quarter a click marked.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._drag is not None:
            self._book_marked()
            return
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            return
        super().keyPressEvent(event)

    def _book_marked(self) -> None:
        assert self._drag is not None
        first, last = self._drag
        self._drag = None
        self._pressed = False
        self.update()
        start, end = sorted((first.minute, last.minute))
        end += QUARTER
        if end - start == QUARTER:  # one quarter: an hour is the likeliest length
            end = min(start + 60, self.last_minute)
        self.slot_chosen.emit(first.room_id, first.day, start, end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None and self._pressed:
            slot = self.slot_at(point)
            if (
                slot is not None
                and slot.room_id == self._drag[0].room_id
                and (slot.day == self._drag[0].day)
            ):
                self._drag = (self._drag[0], slot)
                self.update()
            return
        session = self.session_at(point)
        if session is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(session), self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or not self._pressed:
            return
        self._pressed = False
        first, last = self._drag
        if first == last:
            # One click only marks the quarter: a stray click must not open a form.
            # A double click or Enter books it.
            return
        self._book_marked()

    def tooltip(self, session: SessionRow) -> str:
        parts = [
            session.activity_name,
            f"{session.room_name}, {format_span(session.start_min, session.end_min)}",
            code_label(session.nature, Nature),
            code_label(session.status, BookingStatus),
        ]
        if session.cancel_reason:
            parts.append(session.cancel_reason)
        return "\n".join(parts)


class GridArea(QScrollArea):
    """Holds a ``TimeGrid``: it fills the width, and scrolls sideways when it needs more."""

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard's way in is the list below
        self.setWidgetResizable(True)
        self.setWidget(grid)
        self.grid = grid
        self._wanted: dt.date | None = None
        bar = self.horizontalScrollBar()
        # The times of day stay at the left edge: the part in view is painted afresh.
        bar.valueChanged.connect(grid.update)
        # A grid shown before it was laid out scrolls once it knows how wide it is.
        bar.rangeChanged.connect(self._scroll_to_wanted)

    def bring_into_view(self, day: dt.date) -> None:
        """Scroll sideways so that ``day`` starts right of the times (if the grid scrolls)."""
        self._wanted = day
        self._scroll_to_wanted()

    def _scroll_to_wanted(self) -> None:
        if self._wanted is None:
            return
        days = self.grid.days
        index = days.index(self._wanted) if self._wanted in days else 0
        target = int(self.grid.day_left(index)) - GUTTER
        bar = self.horizontalScrollBar()
        bar.setValue(target)
        if target <= bar.maximum():
            self._wanted = None  # done: from here on the volunteer scrolls


class MonthGrid(QWidget):
    """A month of days in weeks, each day with its number of sessions per nature of use."""

    #: A day was clicked: show it.
    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setAccessibleName(self.tr("Month overview"))
        self.setMinimumSize(QSize(480, 320))
        self.agenda: AgendaRange | None = None
        self.month = dt.date.today().replace(day=1)
        self.today = dt.date.today()
        self.room_ids: list[int] | None = None
        self._counts: dict[dt.date, dict[Nature, int]] = {}

    def show_month(
        self, agenda: AgendaRange, month: dt.date, room_ids: list[int] | None, today: dt.date
    ) -> None:
        self.agenda, self.month, self.room_ids, self.today = agenda, month, room_ids, today
        self._counts = {}
        for session in agenda.sessions:
            if room_ids is not None and session.room_id not in room_ids:
                continue
            if session.status is BookingStatus.GEANNULEERD:
                continue
            per_day = self._counts.setdefault(session.date, {})
            per_day[session.nature] = per_day.get(session.nature, 0) + 1
        self.update()

    def _weeks(self) -> list[dt.date]:
        first = self.month - dt.timedelta(days=self.month.weekday())
        last_day = (self.month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        mondays = []
        while first <= last_day:
            mondays.append(first)
            first += dt.timedelta(weeks=1)
        return mondays

    def _cell(self, week: int, weekday: int) -> QRectF:
        header = QFontMetrics(self.font()).height() + 8
        weeks = len(self._weeks())
        width = (self.width() - 1) / 7
        height = (self.height() - header - 1) / weeks
        return QRectF(weekday * width, header + week * height, width, height)

    def day_at(self, point: QPoint) -> dt.date | None:
        for week, monday in enumerate(self._weeks()):
            for weekday in range(7):
                if self._cell(week, weekday).contains(point):
                    return monday + dt.timedelta(days=weekday)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        for weekday in range(7):
            cell = self._cell(0, weekday)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(cell.left(), 2, cell.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                self.locale().standaloneDayName(weekday + 1),
            )
        bold = QFont(self.font())
        bold.setBold(True)
        for week, monday in enumerate(self._weeks()):
            for weekday in range(7):
                day = monday + dt.timedelta(days=weekday)
                cell = self._cell(week, weekday)
                other_month = day.month != self.month.month
                closed = self.agenda is not None and self.agenda.closed(-1, day) is not None
                if other_month or closed:
                    painter.fillRect(cell, UNAVAILABLE)
                if closed:
                    painter.fillRect(cell, QBrush(QColor(0, 0, 0, 45), Qt.BrushStyle.BDiagPattern))
                if day == self.today:
                    painter.fillRect(cell, TODAY_TINT)
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawRect(cell)
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.setFont(bold if day == self.today else self.font())
                painter.drawText(
                    cell.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft, str(day.day)
                )
                painter.setFont(self.font())
                y = cell.top() + line + 4
                for nature in Nature:
                    number = self._counts.get(day, {}).get(nature)
                    if not number or y + line > cell.bottom():
                        continue
                    swatch = QRectF(cell.left() + 4, y + 2, line - 4, line - 4)
                    paint_nature(painter, swatch, nature, False)
                    painter.setPen(palette.color(QPalette.ColorRole.Text))
                    painter.drawText(
                        QRectF(swatch.right() + 4, y, cell.width() - line - 8, line),
                        Qt.AlignmentFlag.AlignLeft,
                        f"{number} × {code_label(nature, Nature).lower()}",
                    )
                    y += line

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            day = self.day_at(event.position().toPoint())
            if day is not None:
                self.day_clicked.emit(day)


class Legend(QWidget):
    """The natures of use as the grid draws them, for reading the colours and patterns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(self.tr("Legend"))
        self.setMinimumHeight(QFontMetrics(self.font()).height() + 8)

    def _items(self) -> list[tuple[str, Nature | None]]:
        items: list[tuple[str, Nature | None]] = [
            (code_label(nature, Nature), nature) for nature in Nature
        ]
        items.append((self.tr("closed or outside opening hours"), None))
        return items

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = sum(
            metrics.horizontalAdvance(text) + metrics.height() + 24 for text, _ in self._items()
        )
        return QSize(width, metrics.height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        size = metrics.height()
        x = 0.0
        for text, nature in self._items():
            swatch = QRectF(x, 4, size, size - 2)
            if nature is None:
                painter.fillRect(swatch, UNAVAILABLE)
                painter.fillRect(swatch, QBrush(QColor(0, 0, 0, 45), Qt.BrushStyle.BDiagPattern))
            else:
                paint_nature(painter, swatch, nature, False)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x + size + 6, 3, metrics.horizontalAdvance(text) + 4, size),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
            x += size + metrics.horizontalAdvance(text) + 24
