"""The painted agenda: a week or a day of the house's rooms, and a month overview.

``TimeGrid`` paints one lane per room and day: the sessions are blocks along
the lane at their times, coloured by nature of use with a pattern of their
own, so the kinds stay apart when printed in black and white; set-up and
clean-up time before and after a session is its colour, paler and hatched the
other way. The hours are each date's own (other hours than usual included),
and the time runs on past 24:00 when something goes on after midnight. Hours
outside the opening times and closed days are hatched grey, and a closed lane says
why ("Gesloten: Kerstvakantie"). A click marks a free quarter, and a double
click or Enter asks for a booking there (a stray click opens no form);
dragging over several quarters asks at once; clicking a session opens it.

The lanes lie as reads best in the width there is. When every lane can be at
least ``READABLE_CHARACTERS`` characters wide, the lanes stand side by side
and the time runs down (a day of a few rooms, or a week of one room: the page
of a paper agenda). Otherwise (a week of all rooms) the lanes lie as rows, a
day's rooms under its name, and the time runs across: a session's name then
has its length to be written in, where a column of a 35th of the screen could
hold two letters. The rows keep two lines of text each and the grid scrolls
down through the week (``GridArea``), the times staying at the top.
Everything the painting needs per lane is worked out once when a range is
shown, and only the lanes in view are painted.

``MonthGrid`` shows a month of days, each with what takes place ("19:00
Bingo") as far as its box holds and "+3 more" for the rest.

These widgets only paint what ``housedesk.core.agenda.bookings.agenda_range`` returned; the
session list beside them is the way in for keyboard users.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from housedesk.common.codes import BookingStatus, Nature
from housedesk.common.times import (
    LATEST_END_MIN,
    MINUTES_PER_DAY,
    QUARTER,
    format_span,
    format_time,
)
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
# The legend's item for set-up and clean-up time.
SETUP = "setup"
TODAY_TINT = QColor(255, 244, 190, 110)
#: The width of the times of day left of the lanes, when the time runs down.
GUTTER = 52
DEFAULT_HOURS = (8 * 60, 22 * 60)
#: Lanes stand side by side only when each can be this many characters wide.
READABLE_CHARACTERS = 14
#: However small the letters, a lane side by side is at least this wide.
ROOM_COLUMN_MIN = 72
#: How many lines of text a lane holds when the lanes lie as rows.
ROW_LINES = 2


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


def paint_setup(painter: QPainter, rect: QRectF, nature: Nature) -> None:
    """Fill ``rect`` as set-up or clean-up time of a session of ``nature``: paler, hatched."""
    colour, _pattern = NATURE_STYLE[nature]
    painter.fillRect(rect, QColor(colour).lighter(112))
    painter.fillRect(rect, QBrush(QColor(0, 0, 0, 60), Qt.BrushStyle.FDiagPattern))


def taken(session: SessionRow) -> Interval:
    """When a session takes its room: with its set-up and clean-up (a cancelled one: its own
    times, it takes nothing)."""
    if session.status is BookingStatus.GEANNULEERD:
        return session.start_min, session.end_min
    return session.blocked


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


def _longest_fit(word: str, metrics: QFontMetrics | QFontMetricsF, width: float) -> int:
    """How many characters of ``word`` fit in ``width``, breaking after "/" or "-" if one does."""
    fits = 1
    while fits < len(word) and metrics.horizontalAdvance(word[: fits + 1]) <= width:
        fits += 1
    for mark in "/-":
        at = word.rfind(mark, 0, fits)
        if 0 < at < fits - 1:
            return at + 1
    return fits


def fit_lines(
    text: str, metrics: QFontMetrics | QFontMetricsF, width: float, max_lines: int
) -> list[str]:
    """``text`` wrapped at spaces into at most ``max_lines`` lines of ``width``.

    A word longer than a line is broken (after a "/" or "-" where it can be);
    what does not fit ends the last line with "…", so a name is never cut off
    without showing it.
    """
    if max_lines < 1 or width <= 1:
        return []
    if max_lines == 1:
        return [metrics.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, int(width))]
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words) and len(lines) < max_lines:
        word = words[index]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
        elif current:
            lines.append(current)
            current = ""
        else:
            cut = _longest_fit(word, metrics, width)
            lines.append(word[:cut])
            words[index] = word[cut:]
    if current and len(lines) < max_lines:
        lines.append(current)
        current = ""
    if index < len(words) or current:
        rest = " ".join([lines[-1], current, *words[index:]]).replace("  ", " ")
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, int(width))
    return lines


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
    small: QFont
    metrics: QFontMetrics
    small_metrics: QFontMetrics


class TimeGrid(QWidget):
    """One lane per room and day: side by side with the time down, or as rows with the time
    across, whichever leaves the names readable."""

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
        #: Whether the lanes lie as rows (the time across) rather than side by side.
        self.rows = False
        self._available: int | None = None  # the width the grid may take, told by its area
        #: The quarters marked by a click, or being dragged over (while ``_pressed``).
        self._drag: tuple[Slot, Slot] | None = None
        self._pressed = False
        self._line = QFontMetrics(self.font()).height()
        self._labels = (0.0, 0.0)  # the widths of the days' and the rooms' names, as rows
        self._day_index: dict[dt.date, int] = {}
        self._room_index: dict[int, int] = {}
        # Per lane (day index × rooms + room index): what to hatch, the closure, the sessions.
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
            lane = self._lane_of(session.room_id, session.date)
            if lane is not None:
                self._sessions[lane].append(session)
        for sessions in self._sessions:
            # Cancelled sessions first, so that what does take place is painted over them.
            sessions.sort(key=lambda s: (s.status is not BookingStatus.GEANNULEERD, s.start_min))
        self.first_minute, self.last_minute = self._time_bounds()
        places = [(day, room) for day in days for room in self.rooms]  # in lane order
        self._closures = [agenda.closed(room.id, day) for day, room in places]
        self._unavailable = [
            unavailable_spans(
                agenda.hours_on(room, day),
                closure is not None,
                self.first_minute,
                self.last_minute,
            )
            for (day, room), closure in zip(places, self._closures, strict=True)
        ]
        self._drag = None
        self._lay_out()
        self.update()

    def set_available_width(self, width: int) -> None:
        """The width the grid may take (its area's): it decides how the lanes lie."""
        if width != self._available:
            self._available = width
            self._lay_out()

    def _lane_of(self, room_id: int, day: dt.date) -> int | None:
        day_index = self._day_index.get(day)
        room_index = self._room_index.get(room_id)
        if day_index is None or room_index is None:
            return None
        return day_index * len(self.rooms) + room_index

    def _time_bounds(self) -> tuple[int, int]:
        """From the earliest opening or session to the latest: past 24:00 when something is
        open or goes on after midnight (a bar until 00:30), the next morning's hours then."""
        assert self.agenda is not None
        spans = [
            interval
            for room in self.rooms
            for day in self.days
            for interval in self.agenda.hours_on(room, day)
        ]
        spans += [taken(s) for lane in self._sessions for s in lane]
        if not spans:
            return DEFAULT_HOURS
        low = max(0, min(start for start, _ in spans)) // 60 * 60
        high = -(-max(end for _, end in spans) // 60) * 60
        return min(low, DEFAULT_HOURS[0]), min(LATEST_END_MIN, max(high, low + 6 * 60))

    def readable_width(self) -> int:
        """How wide a lane side by side must be for its names to be read."""
        metrics = QFontMetrics(self.font())
        return max(ROOM_COLUMN_MIN, metrics.averageCharWidth() * READABLE_CHARACTERS)

    def _lay_out(self) -> None:
        """Choose how the lanes lie in the width there is, and how tall the grid must be."""
        width = self._available if self._available is not None else self.width()
        self._labels = self._measure_labels()
        lanes = self._lane_count()
        self.rows = GUTTER + 1 + lanes * self.readable_width() > width
        least = 320
        if self.rows:
            least = max(least, int(self._scale_height() + lanes * self._least_row() + 1))
        self.setMinimumHeight(least)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._line = QFontMetrics(self.font()).height()
            self._lay_out()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._available is None:
            self._lay_out()

    # -- geometry -----------------------------------------------------------------------------
    # A lane runs along the time; "across" is the other way. Side by side, the lanes are
    # columns after the times of day (GUTTER) under the header; as rows, they lie under the
    # time scale, after the names of the days and rooms (the label column).

    def _lane_count(self) -> int:
        return max(1, len(self.days) * max(1, len(self.rooms)))

    def _header_height(self) -> int:
        """Side by side: the day's name, the room's name and a closure above the lanes."""
        lines = 3 if len(self.rooms) > 1 else 2
        return self._line * lines + 8

    def _scale_height(self) -> float:
        """As rows: the times of day above the lanes."""
        return self._line + 8

    def _least_row(self) -> float:
        return self._line * ROW_LINES + 8

    def _day_label_width(self) -> float:
        return self._labels[0]

    def _room_label_width(self) -> float:
        return self._labels[1]

    def _measure_labels(self) -> tuple[float, float]:
        """How wide the names of the days and of the rooms are, beside the rows."""
        metrics = QFontMetrics(self.font())
        names = [self.locale().dayName(n, self.locale().FormatType.LongFormat) for n in range(1, 8)]
        day = max(metrics.horizontalAdvance(name) for name in [*names, "30 mmm"]) + 10
        widest = max((metrics.horizontalAdvance(room.name) for room in self.rooms), default=0)
        return day, min(widest, metrics.averageCharWidth() * 16) + 12

    def _label_width(self) -> float:
        """As rows: the names of the days and rooms left of the lanes."""
        if len(self.rooms) > 1:
            return self._day_label_width() + self._room_label_width()
        return self._day_label_width()

    def _lanes_start(self) -> float:
        """Where the first lane begins, across."""
        return self._scale_height() if self.rows else float(GUTTER)

    def _lane_size(self) -> float:
        """How wide a lane is, across."""
        if self.rows:
            return (self.height() - self._scale_height() - 1) / self._lane_count()
        return (self.width() - GUTTER - 1) / self._lane_count()

    def _time_start(self) -> float:
        return self._label_width() if self.rows else float(self._header_height())

    def _quarter_size(self) -> float:
        quarters = max(1, (self.last_minute - self.first_minute) // QUARTER)
        if self.rows:
            return (self.width() - self._label_width() - 1) / quarters
        return (self.height() - self._header_height() - 1) / quarters

    def _lane_at(self, lane: int) -> float:
        return self._lanes_start() + lane * self._lane_size()

    def _time_at(self, minute: int) -> float:
        return self._time_start() + (minute - self.first_minute) / QUARTER * self._quarter_size()

    def _rect(self, lane: int, start: int, end: int) -> QRectF:
        """Where ``start``–``end`` of the lane ``lane`` is drawn."""
        across, size = self._lane_at(lane), self._lane_size()
        along, length = self._time_at(start), self._time_at(end) - self._time_at(start)
        if self.rows:
            return QRectF(along, across, length, size)
        return QRectF(across, along, size, length)

    def _lane_rect(self, lane: int) -> QRectF:
        return self._rect(lane, self.first_minute, self.last_minute)

    def _in_view(self) -> QRectF:
        visible = self.visibleRegion()
        return QRectF(visible.boundingRect() if not visible.isEmpty() else self.rect())

    def _view_top(self) -> float:
        """Where the part in view begins (the grid scrolls down when its lanes are rows)."""
        return self._in_view().top() if self.rows else 0.0

    def _lanes_between(self, low: float, high: float) -> range:
        """The lanes that reach into ``low``…``high`` across."""
        if not self.days or not self.rooms:
            return range(0)
        size = self._lane_size()
        first = max(0, int((low - self._lanes_start()) // size))
        last = min(self._lane_count() - 1, int((high - self._lanes_start()) // size))
        return range(first, last + 1)

    def _lanes_in(self, rect: QRectF) -> range:
        if self.rows:
            return self._lanes_between(rect.top(), rect.bottom())
        return self._lanes_between(rect.left(), rect.right())

    def cell_rect(self, room_id: int, day: dt.date, start: int, end: int) -> QRectF:
        """Where ``start``–``end`` of ``room_id`` on ``day`` is drawn."""
        lane = self._lane_of(room_id, day)
        assert lane is not None, (room_id, day)
        return self._rect(lane, start, end)

    def lane_top(self, day: dt.date) -> float:
        """As rows: where the first room of ``day`` begins (to scroll to it)."""
        index = self._day_index.get(day, 0)
        return self._lane_at(index * max(1, len(self.rooms)))

    def slot_at(self, point: QPoint) -> Slot | None:
        """The room, day and quarter under ``point``, if any."""
        if not self.days or not self.rooms:
            return None
        if self.rows:
            across, along = point.y(), point.x()
            if across < self._view_top() + self._scale_height() or along < self._label_width():
                return None
        else:
            across, along = point.x(), point.y()
            if across < GUTTER or along < self._header_height():
                return None
        lane = int((across - self._lanes_start()) // self._lane_size())
        if not 0 <= lane < self._lane_count():
            return None
        quarter = int((along - self._time_start()) // self._quarter_size())
        minute = self.first_minute + quarter * QUARTER
        if not self.first_minute <= minute < self.last_minute:
            return None
        day_index, room_index = divmod(lane, len(self.rooms))
        return Slot(self.rooms[room_index].id, self.days[day_index], minute)

    def session_at(self, point: QPoint) -> SessionRow | None:
        if self.agenda is None or self.slot_at(point) is None:
            return None
        found = None
        across = point.y() if self.rows else point.x()
        for lane in self._lanes_between(across, across):
            for session in self._sessions[lane]:
                if self._session_rect(session).contains(point):
                    found = session  # the last painted is on top
        return found

    def _session_rect(self, session: SessionRow) -> QRectF:
        rect = self.cell_rect(session.room_id, session.date, session.start_min, session.end_min)
        if session.status is BookingStatus.GEANNULEERD:  # aside, for what replaces it
            if self.rows:
                rect.setTop(rect.top() + rect.height() * 0.55)
            else:
                rect.setLeft(rect.left() + rect.width() * 0.55)
        return rect.adjusted(2, 1, -2, -1) if not self.rows else rect.adjusted(1, 2, -1, -2)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        dirty = QRectF(event.rect())
        painter.fillRect(dirty, palette.color(QPalette.ColorRole.Base))
        if not self.days or not self.rooms or self.agenda is None:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                self.visibleRegion().boundingRect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No rooms yet. Add the house's rooms first (screen Rooms)."),
            )
            return
        lanes = self._lanes_in(dirty)
        self._paint_unavailable(painter, lanes)
        self._paint_lines(painter, palette, lanes, dirty)
        fonts = self._session_fonts()
        for lane in lanes:
            for session in self._sessions[lane]:
                self._paint_session(painter, session, fonts)
        if self._drag is not None:
            start, end = sorted((self._drag[0].minute, self._drag[1].minute))
            rect = self.cell_rect(self._drag[0].room_id, self._drag[0].day, start, end + QUARTER)
            painter.fillRect(rect, QColor(30, 100, 200, 90))
            painter.setPen(QPen(QColor(30, 100, 200), 2))
            painter.drawRect(rect)
        if self.rows:
            self._paint_row_labels(painter, palette, lanes)
            self._paint_scale(painter, palette)
        else:
            self._paint_header(painter, palette, lanes)
            self._paint_times(painter, palette)

    def _paint_unavailable(self, painter: QPainter, lanes: range) -> None:
        hatch = QBrush(QColor(0, 0, 0, 45), Qt.BrushStyle.BDiagPattern)
        rooms = len(self.rooms)
        for lane in lanes:
            if self.days[lane // rooms] == self.today:
                painter.fillRect(self._lane_rect(lane), TODAY_TINT)
            for start, end in self._unavailable[lane]:
                rect = self._rect(lane, start, end)
                painter.fillRect(rect, UNAVAILABLE)
                painter.fillRect(rect, hatch)
            closure = self._closures[lane]
            if closure is not None:
                self._paint_closed(painter, lane, closure)

    def _paint_closed(self, painter: QPainter, lane: int, closure: ClosureSpan) -> None:
        """The reason a lane is closed, written in it."""
        rect = self._lane_rect(lane).adjusted(4, 2, -4, -2)
        if not self.rows:  # in the middle of the column, where the day would be
            middle = rect.center().y()
            rect = QRectF(rect.left(), middle - self._line * 2, rect.width(), self._line * 4)
        metrics = QFontMetrics(self.font())
        text = self.closed_text(closure)
        lines = fit_lines(text, metrics, rect.width(), max(1, int(rect.height() // self._line)))
        painter.setPen(QColor("#333333"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))

    def closed_text(self, closure: ClosureSpan) -> str:
        return self.tr("Closed: %1").replace("%1", closure.reason)

    def _paint_lines(
        self, painter: QPainter, palette: QPalette, lanes: range, dirty: QRectF
    ) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        light = _blend(palette.color(QPalette.ColorRole.Mid), 90 / 255, base)
        strong = palette.color(QPalette.ColorRole.Dark)
        painter.setPen(light)
        rooms = len(self.rooms)
        if self.rows:
            high = dirty.right() + 1
            top, bottom = dirty.top(), dirty.bottom() + 1
            for minute in range(self.first_minute, self.last_minute + 1, 60):
                x = int(self._time_at(minute))
                painter.drawLine(x, int(top), x, int(bottom))
            for lane in range(lanes.start, lanes.stop + 1):
                y = int(self._lane_at(lane))
                first_of_day = lane % rooms == 0
                painter.setPen(strong if first_of_day else light)
                start = 0 if first_of_day else int(self._day_label_width())
                painter.drawLine(start, y, int(high), y)
            return
        left, right = max(GUTTER, dirty.left()), dirty.right() + 1
        for minute in range(self.first_minute, self.last_minute + 1, 60):
            y = int(self._time_at(minute))
            painter.drawLine(int(left), y, int(right), y)
        header = self._header_height()
        for lane in range(lanes.start, lanes.stop + 1):
            x = int(self._lane_at(lane))
            painter.setPen(strong if lane % rooms == 0 else light)
            painter.drawLine(x, header if lane % rooms else 0, x, self.height())

    def _paint_times(self, painter: QPainter, palette: QPalette) -> None:
        """Side by side: the times of day down the left edge."""
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        painter.drawLine(GUTTER, 0, GUTTER, self.height())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for minute in range(self.first_minute, self.last_minute, 60):
            painter.drawText(
                QRectF(0, int(self._time_at(minute)) + 1, GUTTER - 6, self._line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                format_time(minute),
            )

    def _paint_scale(self, painter: QPainter, palette: QPalette) -> None:
        """As rows: the times of day along the top of the part in view, over what scrolled under."""
        top = self._view_top()
        height = self._scale_height()
        painter.fillRect(
            QRectF(0, top, self.width(), height), palette.color(QPalette.ColorRole.Base)
        )
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        painter.drawLine(
            QRectF(0, top + height, self.width(), 0).topLeft(),
            QRectF(0, top + height, self.width(), 0).topRight(),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(self.font())
        hour = self._quarter_size() * 4
        step = 60 if hour >= metrics.horizontalAdvance("00:00") + 6 else 120
        for minute in range(self.first_minute, self.last_minute, step):
            x = self._time_at(minute)
            painter.drawText(
                QRectF(x + 3, top + 4, hour * step / 60 - 3, self._line),
                Qt.AlignmentFlag.AlignLeft,
                format_time(minute),
            )

    def _paint_row_labels(self, painter: QPainter, palette: QPalette, lanes: range) -> None:
        """As rows: each day's name beside its rooms, and each room's name beside its row."""
        rooms = len(self.rooms)
        day_width = self._day_label_width()
        painter.fillRect(
            QRectF(
                0, self._lane_at(lanes.start), self._label_width(), self._lane_size() * len(lanes)
            ),
            palette.color(QPalette.ColorRole.Base),
        )
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for day_index in sorted({lane // rooms for lane in lanes}):
            day = self.days[day_index]
            first = self._lane_at(day_index * rooms)
            height = self._lane_size() * rooms
            box = QRectF(0, first, day_width, height)
            if day == self.today:
                painter.fillRect(box, TODAY_TINT)
            # The day's name stays in view while its rooms are scrolled past.
            top = max(first, self._view_top() + self._scale_height())
            lines = [
                self.locale().toString(qdate(day), "dddd"),
                self.locale().toString(qdate(day), "d MMM"),
            ]
            if day == self.today:
                lines.append(self.tr("today"))
            room_for = int((first + height - top - 3) // self._line)
            if room_for < 1:
                continue
            painter.setFont(bold if day == self.today else self.font())
            painter.drawText(
                QRectF(4, top + 3, day_width - 6, self._line * room_for),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                "\n".join(lines[:room_for]),
            )
        painter.setFont(self.font())
        if rooms > 1:
            width = self._room_label_width()
            for lane in lanes:
                room = self.rooms[lane % rooms]
                rect = self._lane_rect(lane)
                box = QRectF(day_width + 4, rect.top() + 2, width - 8, rect.height() - 4)
                names = fit_lines(
                    room.name, metrics, box.width(), max(1, int(box.height() // self._line))
                )
                painter.drawText(
                    box,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    "\n".join(names),
                )
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        x = int(self._label_width())
        painter.drawLine(x, int(self._lane_at(lanes.start)), x, int(self._lane_at(lanes.stop)))

    def _paint_header(self, painter: QPainter, palette: QPalette, lanes: range) -> None:
        """Side by side: above each day its name, above each lane its room and a closure."""
        painter.fillRect(
            QRectF(0, 0, self.width(), self._header_height()),
            palette.color(QPalette.ColorRole.Base),
        )
        metrics = QFontMetrics(self.font())
        line = self._line
        bold = QFont(self.font())
        bold.setBold(True)
        rooms = len(self.rooms)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for day_index in sorted({lane // rooms for lane in lanes}):
            day = self.days[day_index]
            x = self._lane_at(day_index * rooms)
            width = self._lane_size() * rooms
            font = bold if day == self.today else self.font()
            painter.setFont(font)
            title_metrics = QFontMetrics(font)
            for pattern in ("dddd d MMM", "ddd d MMM", "ddd d-M"):
                title = self.locale().toString(qdate(day), pattern)
                if day == self.today:
                    title = self.tr("%1 (today)").replace("%1", title)
                if title_metrics.horizontalAdvance(title) <= width - 6:
                    break
            painter.drawText(
                QRectF(x + 3, 2, width - 6, line),
                Qt.AlignmentFlag.AlignLeft,
                title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(width - 6)),
            )
        painter.setFont(self.font())
        inner = int(self._lane_size() - 4)
        for lane in lanes:
            room = self.rooms[lane % rooms]
            lines = [room.name] if rooms > 1 else []
            closure = self._closures[lane]
            if closure is not None:
                lines.append(closure.reason)
            x = self._lane_at(lane)
            for n, text in enumerate(lines):
                painter.drawText(
                    QRectF(x + 2, 2 + line * (n + 1), self._lane_size() - 4, line),
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner),
                )

    def _session_fonts(self) -> _SessionFonts:
        plain = QFont(self.font())
        cancelled = QFont(plain)
        cancelled.setItalic(True)
        cancelled.setStrikeOut(True)
        small = QFont(plain)
        small.setPointSizeF(max(7.0, plain.pointSizeF() * 0.85))
        return _SessionFonts(plain, cancelled, small, QFontMetrics(plain), QFontMetrics(small))

    def _paint_setup(self, painter: QPainter, session: SessionRow) -> None:
        """The set-up before a session and the clean-up after it: its colour, paler, hatched."""
        first, last = taken(session)
        for start, end in ((first, session.start_min), (session.end_min, last)):
            start, end = max(start, self.first_minute), min(end, self.last_minute)
            if start >= end:
                continue
            rect = self.cell_rect(session.room_id, session.date, start, end)
            inset = rect.adjusted(2, 0, -2, 0) if not self.rows else rect.adjusted(0, 2, 0, -2)
            paint_setup(painter, inset, session.nature)

    def _paint_session(self, painter: QPainter, session: SessionRow, fonts: _SessionFonts) -> None:
        rect = self._session_rect(session)
        cancelled = session.status is BookingStatus.GEANNULEERD
        if not cancelled:
            self._paint_setup(painter, session)
        paint_nature(painter, rect, session.nature, cancelled)
        painter.setPen(QColor("#000000"))
        inner = rect.adjusted(3, 1, -2, -1)
        metrics, small = fonts.metrics, fonts.small_metrics
        if inner.width() < 8 or inner.height() < small.height() * 0.8:
            return
        held = session.status is BookingStatus.GEHOUDEN
        name = ("✓ " if held else "") + session.activity_name
        span = session.span
        lines = max(1, int(inner.height() // metrics.height()))
        name_lines = fit_lines(name, metrics, inner.width(), lines)
        # The name comes first; the time goes under it when there is room (else the scale has it).
        room_left = inner.height() - len(name_lines) * metrics.height()
        with_time = room_left >= small.height() and small.horizontalAdvance(span) <= inner.width()
        painter.setFont(fonts.cancelled if cancelled else fonts.plain)
        y = inner.top()
        for text in name_lines:
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
            y += metrics.height()
        if with_time:
            painter.setFont(fonts.small)
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), small.height()),
                Qt.AlignmentFlag.AlignLeft,
                span,
            )

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
        if slot is not None and slot.minute < MINUTES_PER_DAY:  # after 24:00: the next day's
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
        if session.setup_min or session.teardown_min:
            parts.append(
                self.tr("Room taken %1 (set-up and clean-up)").replace(
                    "%1", format_span(*taken(session))
                )
            )
        if session.cancel_reason:
            parts.append(session.cancel_reason)
        return "\n".join(parts)


class GridArea(QScrollArea):
    """Holds a ``TimeGrid``: it fills the width, and scrolls down when its rows need more."""

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard's way in is the list below
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = grid
        self._wanted: dt.date | None = None
        self.setWidgetResizable(True)
        self.setWidget(grid)
        bar = self.verticalScrollBar()
        # The times of day stay at the top: the part in view is painted afresh.
        bar.valueChanged.connect(grid.update)
        # A grid shown before it was laid out scrolls once it knows how tall it is.
        bar.rangeChanged.connect(self._scroll_to_wanted)
        bar.actionTriggered.connect(self._volunteer_scrolled)
        grid.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # How the lanes lie follows the width of the area, with or without a scroll bar in it.
        self.grid.set_available_width(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.Resize:
            self._scroll_to_wanted()  # its rows grew or shrank: the day asked for moved
        return super().eventFilter(watched, event)

    def bring_into_view(self, day: dt.date) -> None:
        """Scroll so that ``day`` starts under the times (if the grid scrolls).

        It stays so while the grid settles its size, until the volunteer scrolls.
        """
        self._wanted = day
        self._scroll_to_wanted()

    def _volunteer_scrolled(self, _action: int) -> None:
        self._wanted = None

    def _scroll_to_wanted(self) -> None:
        if self._wanted is None:
            return
        bar = self.verticalScrollBar()
        target = 0
        if self.grid.rows:
            target = int(self.grid.lane_top(self._wanted) - self.grid._scale_height())
        bar.setValue(target)  # not an action: the volunteer's scrolling is told apart


class MonthGrid(QWidget):
    """A month of days in weeks, each day with what takes place as far as its box holds."""

    #: A day was clicked: show it.
    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setAccessibleName(self.tr("Month overview"))
        self.setMinimumSize(QSize(480, 320))
        self.setMouseTracking(True)
        self.agenda: AgendaRange | None = None
        self.month = dt.date.today().replace(day=1)
        self.today = dt.date.today()
        self.room_ids: list[int] | None = None
        self._sessions: dict[dt.date, list[SessionRow]] = {}

    def show_month(
        self, agenda: AgendaRange, month: dt.date, room_ids: list[int] | None, today: dt.date
    ) -> None:
        self.agenda, self.month, self.room_ids, self.today = agenda, month, room_ids, today
        self._sessions = {}
        for session in agenda.sessions:
            if room_ids is not None and session.room_id not in room_ids:
                continue
            if session.status is BookingStatus.GEANNULEERD:
                continue
            self._sessions.setdefault(session.date, []).append(session)
        for sessions in self._sessions.values():
            sessions.sort(key=lambda s: (s.start_min, s.end_min, s.activity_name))
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

    def closure(self, day: dt.date) -> ClosureSpan | None:
        """Why ``day`` is closed: for the whole house, or for the one room shown."""
        if self.agenda is None:
            return None
        room = self.room_ids[0] if self.room_ids and len(self.room_ids) == 1 else -1
        return self.agenda.closed(room, day)

    @staticmethod
    def session_line(session: SessionRow) -> str:
        """ "19:00 Bingo": how a session is named in a day's box."""
        return f"{format_time(session.start_min)} {session.activity_name}"

    def day_lines(self, day: dt.date, room: int) -> list[tuple[str, SessionRow | None]]:
        """What the box of ``day`` says below its number when it holds ``room`` lines: a
        closure's reason, the sessions, and "+3 more" for those there is no room for."""
        sessions = self._sessions.get(day, [])
        lines: list[tuple[str, SessionRow | None]] = []
        closure = self.closure(day)
        if closure is not None:
            lines.append((self.tr("Closed: %1").replace("%1", closure.reason), None))
        if len(lines) + len(sessions) <= room:
            return lines + [(self.session_line(s), s) for s in sessions]
        shown = max(0, room - len(lines) - 1)
        more = self.tr("+%1 more").replace("%1", str(len(sessions) - shown))
        return lines + [(self.session_line(s), s) for s in sessions[:shown]] + [(more, None)]

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
                self._paint_day(painter, palette, day, self._cell(week, weekday), bold)

    def _paint_day(
        self, painter: QPainter, palette: QPalette, day: dt.date, cell: QRectF, bold: QFont
    ) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        other_month = day.month != self.month.month
        closed = self.closure(day) is not None
        if other_month or closed:
            painter.fillRect(cell, UNAVAILABLE)
        if closed:
            painter.fillRect(cell, QBrush(QColor(0, 0, 0, 45), Qt.BrushStyle.BDiagPattern))
        if day == self.today:
            painter.fillRect(cell, TODAY_TINT)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(cell)
        inner = cell.adjusted(4, 2, -4, -2)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(bold if day == self.today else self.font())
        number = str(day.day)
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
        painter.setFont(self.font())
        if other_month:
            return
        # The first line shares its row with the day's number, right of it.
        first_width = inner.width() - metrics.horizontalAdvance(number) - 6
        room = max(0, int(inner.height() // line))
        y = inner.top()
        entries = self.day_lines(day, room)
        for n, (text, session) in enumerate(entries):
            width = first_width if n == 0 else inner.width()
            x = inner.left()
            if n == 0 and session is None and len(entries) < room:  # a closure: wrapped
                lines = room - len(entries) + 1
                wrapped = fit_lines(text, metrics, first_width, lines)
                for part in wrapped:
                    painter.drawText(
                        QRectF(x, y, first_width, line), Qt.AlignmentFlag.AlignLeft, part
                    )
                    y += line
                continue
            if session is not None:
                swatch = QRectF(x, y + 3, 5, line - 6)
                paint_nature(painter, swatch, session.nature, False)
                x += 8
                width -= 8
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(x, y, width, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width)),
            )
            y += line

    def tooltip(self, day: dt.date) -> str:
        """Everything of ``day``, for the volunteer who points at it."""
        return "\n".join(
            text
            if session is None
            else f"{session.span} {session.activity_name} ({session.room_name})"
            for text, session in self.day_lines(day, 10_000)
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        text = self.tooltip(day) if day is not None else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

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

    def _items(self) -> list[tuple[str, Nature | str | None]]:
        items: list[tuple[str, Nature | str | None]] = [
            (code_label(nature, Nature), nature) for nature in Nature
        ]
        items.append((self.tr("set-up and clean-up"), SETUP))
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
            elif nature == SETUP:
                paint_setup(painter, swatch, Nature.MAATSCHAPPELIJK)
            else:
                paint_nature(painter, swatch, Nature(nature), False)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x + size + 6, 3, metrics.horizontalAdvance(text) + 4, size),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
            x += size + metrics.horizontalAdvance(text) + 24
