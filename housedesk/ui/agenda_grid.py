"""The painted agenda: a week or a day with the rooms side by side, and a month overview.

``TimeGrid`` paints days across and time of day down, each day split into the
rooms shown; hours outside the opening times and closed days are hatched
grey, today's column is tinted, and every session is a block coloured by its
nature of use with a pattern of its own, so the kinds stay apart when printed
in black and white. Clicking a free quarter (or dragging over several) asks
for a booking there; clicking a session opens it. ``MonthGrid`` shows a month
of days with how many sessions of each nature they hold.

These widgets only paint what ``housedesk.agenda.agenda_range`` returned; the
session list beside them is the way in for keyboard users.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from housedesk.agenda import AgendaRange, AgendaRoom, SessionRow
from housedesk.codes import BookingStatus, Nature
from housedesk.times import QUARTER, format_span, format_time
from housedesk.ui.i18n import code_label

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


def paint_nature(painter: QPainter, rect: QRectF, nature: Nature, cancelled: bool) -> None:
    """Fill ``rect`` as a session of ``nature`` is drawn everywhere (grid and legend alike)."""
    colour, pattern = NATURE_STYLE[nature]
    fill = QColor(colour)
    if cancelled:
        fill = fill.lighter(118)
    painter.fillRect(rect, fill)
    if pattern is not Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(QColor(0, 0, 0, 70), pattern))
    pen = QPen(QColor(0, 0, 0, 150))
    if cancelled:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


@dataclass(frozen=True)
class Slot:
    """A place in the grid: a room on a day, at a quarter hour."""

    room_id: int
    day: dt.date
    minute: int


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
        self._drag: tuple[Slot, Slot] | None = None

    # -- content ------------------------------------------------------------------------------

    def show_range(
        self, agenda: AgendaRange, days: list[dt.date], room_ids: list[int] | None, today: dt.date
    ) -> None:
        """Show ``days`` of ``agenda``; only the rooms ``room_ids`` (None: all of them)."""
        self.agenda, self.days, self.today = agenda, days, today
        self.rooms = [r for r in agenda.rooms if room_ids is None or r.id in room_ids]
        self.first_minute, self.last_minute = self._time_bounds()
        self._drag = None
        self.update()

    def _time_bounds(self) -> tuple[int, int]:
        assert self.agenda is not None
        opens = [
            interval
            for room in self.rooms
            for day in self.days
            for interval in room.hours[day.weekday()]
        ]
        shown = {room.id for room in self.rooms}
        times = [(s.start_min, s.end_min) for s in self.agenda.sessions if s.room_id in shown]
        spans = opens + times
        if not spans:
            return DEFAULT_HOURS
        low = min(start for start, _ in spans) // 60 * 60
        high = -(-max(end for _, end in spans) // 60) * 60
        return min(low, DEFAULT_HOURS[0]), max(high, low + 6 * 60)

    # -- geometry -----------------------------------------------------------------------------

    def _header_height(self) -> int:
        lines = 3 if len(self.rooms) > 1 else 2
        return QFontMetrics(self.font()).height() * lines + 8

    def _column_width(self) -> float:
        columns = max(1, len(self.days) * max(1, len(self.rooms)))
        return (self.width() - GUTTER - 1) / columns

    def _quarter_height(self) -> float:
        quarters = max(1, (self.last_minute - self.first_minute) // QUARTER)
        return (self.height() - self._header_height() - 1) / quarters

    def _x(self, day_index: int, room_index: int) -> float:
        return GUTTER + (day_index * max(1, len(self.rooms)) + room_index) * self._column_width()

    def _y(self, minute: int) -> float:
        quarters = (minute - self.first_minute) / QUARTER
        return self._header_height() + quarters * self._quarter_height()

    def cell_rect(self, room_id: int, day: dt.date, start: int, end: int) -> QRectF:
        """Where ``start``–``end`` of ``room_id`` on ``day`` is drawn."""
        day_index = self.days.index(day)
        room_index = next(i for i, room in enumerate(self.rooms) if room.id == room_id)
        x = self._x(day_index, room_index)
        return QRectF(x, self._y(start), self._column_width(), self._y(end) - self._y(start))

    def slot_at(self, point: QPoint) -> Slot | None:
        """The room, day and quarter under ``point``, if any."""
        if not self.days or not self.rooms or point.x() < GUTTER:
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
        if self.agenda is None:
            return None
        found = None
        for session in self._visible_sessions():
            if self._session_rect(session).contains(point):
                found = session  # the last painted is on top
        return found

    def _visible_sessions(self) -> list[SessionRow]:
        if self.agenda is None:
            return []
        shown = {room.id for room in self.rooms}
        days = set(self.days)
        # Cancelled sessions first, so that what does take place is painted over them.
        return sorted(
            (s for s in self.agenda.sessions if s.room_id in shown and s.date in days),
            key=lambda s: (s.status is not BookingStatus.GEANNULEERD, s.start_min),
        )

    def _session_rect(self, session: SessionRow) -> QRectF:
        rect = self.cell_rect(session.room_id, session.date, session.start_min, session.end_min)
        if session.status is BookingStatus.GEANNULEERD:
            rect.setLeft(rect.left() + rect.width() * 0.55)
        return rect.adjusted(2, 1, -2, -1)

    def _available(self, room: AgendaRoom, day: dt.date, minute: int) -> bool:
        assert self.agenda is not None
        if self.agenda.closed(room.id, day) is not None:
            return False
        return any(opens <= minute < closes for opens, closes in room.hours[day.weekday()])

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.days or not self.rooms or self.agenda is None:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No rooms yet. Add the house's rooms first (screen Rooms)."),
            )
            return
        self._paint_unavailable(painter)
        self._paint_lines(painter, palette)
        self._paint_header(painter, palette)
        for session in self._visible_sessions():
            self._paint_session(painter, session)
        if self._drag is not None:
            start, end = sorted((self._drag[0].minute, self._drag[1].minute))
            rect = self.cell_rect(self._drag[0].room_id, self._drag[0].day, start, end + QUARTER)
            painter.fillRect(rect, QColor(30, 100, 200, 90))
            painter.setPen(QPen(QColor(30, 100, 200), 2))
            painter.drawRect(rect)

    def _paint_unavailable(self, painter: QPainter) -> None:
        hatch = QBrush(QColor(0, 0, 0, 45), Qt.BrushStyle.BDiagPattern)
        quarters = range(self.first_minute, self.last_minute, QUARTER)
        for day_index, day in enumerate(self.days):
            if day == self.today:
                painter.fillRect(
                    QRectF(
                        self._x(day_index, 0),
                        0,
                        self._column_width() * len(self.rooms),
                        self.height(),
                    ),
                    TODAY_TINT,
                )
            for room_index, room in enumerate(self.rooms):
                x = self._x(day_index, room_index)
                for minute in quarters:
                    if not self._available(room, day, minute):
                        rect = QRectF(
                            x, self._y(minute), self._column_width(), self._quarter_height() + 0.5
                        )
                        painter.fillRect(rect, UNAVAILABLE)
                        painter.fillRect(rect, hatch)

    def _paint_lines(self, painter: QPainter, palette: QPalette) -> None:
        light = palette.color(QPalette.ColorRole.Mid)
        light.setAlpha(90)
        strong = palette.color(QPalette.ColorRole.Dark)
        text = palette.color(QPalette.ColorRole.Text)
        header = self._header_height()
        for minute in range(self.first_minute, self.last_minute + 1, 60):
            y = self._y(minute)
            painter.setPen(light)
            painter.drawLine(GUTTER, int(y), self.width(), int(y))
            painter.setPen(text)
            if minute < self.last_minute:
                painter.drawText(
                    QRect(0, int(y) + 1, GUTTER - 6, 20),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    format_time(minute),
                )
        rooms = max(1, len(self.rooms))
        for column in range(len(self.days) * rooms + 1):
            x = GUTTER + column * self._column_width()
            painter.setPen(strong if column % rooms == 0 else light)
            painter.drawLine(int(x), header if column % rooms else 0, int(x), self.height())

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        bold = QFont(self.font())
        bold.setBold(True)
        width = self._column_width() * len(self.rooms)
        for day_index, day in enumerate(self.days):
            x = self._x(day_index, 0)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            title = self.locale().toString(day, "dddd d MMM")
            if metrics.horizontalAdvance(title) > width - 6:
                title = self.locale().toString(day, "ddd d-M")
            if day == self.today:
                title = self.tr("%1 (today)").replace("%1", title)
            painter.drawText(
                QRectF(x + 3, 2, width - 6, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(width - 6)),
            )
            for room_index, room in enumerate(self.rooms):
                rx = self._x(day_index, room_index)
                closure = self.agenda.closed(room.id, day) if self.agenda else None
                column = int(self._column_width() - 4)
                fits = metrics.horizontalAdvance(room.name) <= column
                lines = [room.name if fits else room.code] if len(self.rooms) > 1 else []
                if closure is not None:
                    lines.append(self.tr("closed"))
                painter.setFont(self.font())
                for n, text in enumerate(lines):
                    painter.drawText(
                        QRectF(rx + 2, 2 + line * (n + 1), self._column_width() - 4, line),
                        Qt.AlignmentFlag.AlignCenter,
                        metrics.elidedText(
                            text, Qt.TextElideMode.ElideRight, int(self._column_width() - 4)
                        ),
                    )
        painter.setFont(self.font())

    def _paint_session(self, painter: QPainter, session: SessionRow) -> None:
        rect = self._session_rect(session)
        cancelled = session.status is BookingStatus.GEANNULEERD
        paint_nature(painter, rect, session.nature, cancelled)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        small.setItalic(cancelled)
        small.setStrikeOut(cancelled)
        painter.setFont(small)
        painter.setPen(QColor("#000000"))
        metrics = QFontMetrics(small)
        inner = rect.adjusted(3, 1, -2, -1)
        if inner.width() < 8 or inner.height() < metrics.height() * 0.8:
            return
        held = session.status is BookingStatus.GEHOUDEN
        mark = "✓ " if held and inner.width() > metrics.horizontalAdvance("✓ MMMMM") else ""
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
            self.update()
        elif session is not None:
            self.session_clicked.emit(session)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
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
        if self._drag is None:
            return
        first, last = self._drag
        self._drag = None
        self.update()
        start, end = sorted((first.minute, last.minute))
        end += QUARTER
        if end - start == QUARTER:  # a click: an hour is the likeliest length
            end = min(start + 60, self.last_minute)
        self.slot_chosen.emit(first.room_id, first.day, start, end)

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

    def show_month(
        self, agenda: AgendaRange, month: dt.date, room_ids: list[int] | None, today: dt.date
    ) -> None:
        self.agenda, self.month, self.room_ids, self.today = agenda, month, room_ids, today
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
        counts: dict[dt.date, dict[Nature, int]] = {}
        if self.agenda is not None:
            for session in self.agenda.sessions:
                if self.room_ids is not None and session.room_id not in self.room_ids:
                    continue
                if session.status is BookingStatus.GEANNULEERD:
                    continue
                per_day = counts.setdefault(session.date, {})
                per_day[session.nature] = per_day.get(session.nature, 0) + 1
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
                    number = counts.get(day, {}).get(nature)
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
