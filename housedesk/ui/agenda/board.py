"""The hall board: "Today in the house", full screen on a screen by the door.

Large white letters on a dark ground, readable from across the hall: the
house's name, the date and the time, and today's sessions by time with their
room. What is going on now stands out (yellow, "now"), also a session of the
day before that goes on after midnight (a party until 01:00) until it ends;
the next thing to begin is marked "next", what has ended is greyed and is the
first to give way when the day does not fit the screen. Only what everyone may read is shown
(``core.agenda.public``: no users or contact persons, a private rental as
"Particuliere verhuur", a cancelled session as cancelled, not why).

It keeps itself current: a booking saved anywhere in the app reaches it over
the change bus (``ui.kit.changes``), the main window's day watcher announces a
new day, and a timer moves "now" along and catches a new day by itself, so
the board also runs on without the main window's watcher. Esc closes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from housedesk.common.times import MINUTES_PER_DAY, format_span, format_time
from housedesk.core.agenda.public import PublicAgenda, PublicSession, public_agenda
from housedesk.db import Database
from housedesk.ui.agenda.grid import fit_lines
from housedesk.ui.kit import clock
from housedesk.ui.kit.changes import Change, Freshness
from housedesk.ui.kit.dates import qdate

GROUND = QColor("#14213d")
TEXT = QColor("#ffffff")
DIM = QColor("#8d99ae")
NOW = QColor("#ffd23f")
NOW_TEXT = QColor("#000000")
NEXT = QColor("#2f4575")
#: How often the board looks at the clock: "now" moves on, a new day is caught.
TICK_MS = 20_000


class State(StrEnum):
    """Where a session stands at this moment."""

    ENDED = "ended"
    NOW = "now"
    NEXT = "next"
    LATER = "later"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class BoardRow:
    session: PublicSession
    state: State


def board_rows(
    sessions: list[PublicSession], minute: int, night: Sequence[PublicSession] = ()
) -> list[BoardRow]:
    """Today's sessions with where each stands at ``minute`` (the first to begin is "next").

    ``night``: the sessions of the day before; one that goes on after midnight
    (a party until 01:00) stands first while it is still running, as now.
    """
    rows = [
        BoardRow(session, State.NOW)
        for session in night
        if not session.cancelled and session.end_min > MINUTES_PER_DAY + minute
    ]
    upcoming = [s.start_min for s in sessions if not s.cancelled and s.start_min > minute]
    next_start = min(upcoming, default=None)
    for session in sessions:
        if session.cancelled:
            state = State.CANCELLED
        elif session.end_min <= minute:
            state = State.ENDED
        elif session.start_min <= minute:
            state = State.NOW
        elif session.start_min == next_start:
            state = State.NEXT
        else:
            state = State.LATER
        rows.append(BoardRow(session, state))
    return rows


class HallBoard(QWidget):
    """Today in the house, full screen, for a screen in the hall."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("hallBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Today in the house"))
        self.setAccessibleName(self.tr("Today in the house"))
        self.setMinimumSize(640, 400)
        self.db = db
        self.day = clock.today()
        self.agenda: PublicAgenda | None = None
        self.loads = 0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.reload()
        self.freshness = Freshness(
            self,
            Change.SESSIONS
            | Change.ROOMS
            | Change.PEOPLE
            | Change.CLOSURES
            | Change.HOUSE
            | Change.DAY,
            self.reload,
            loaded=True,
        )

    # -- what is shown --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read today's agenda afresh (today is the clock's day, which may have moved on), with
        the day before's: what goes on after midnight is still running now."""
        self.day = clock.today()
        self.agenda = public_agenda(self.db, self.day - dt.timedelta(days=1), self.day)
        self.loads += 1
        self.update()

    def tick(self) -> None:
        """The clock moved: a new day is read afresh, and "now" moves along."""
        if clock.today() != self.day:
            self.reload()
        else:
            self.update()

    def rows(self) -> list[BoardRow]:
        if self.agenda is None:
            return []
        now = clock.now()
        return board_rows(
            self.agenda.sessions_on(self.day),
            now.hour * 60 + now.minute,
            self.agenda.sessions_on(self.day - dt.timedelta(days=1)),
        )

    def show_full_screen(self) -> None:
        """Full screen, on a screen of its own when there are two (the hall's)."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        main = parent.window().screen() if parent is not None else None
        others = [screen for screen in screens if screen is not main]
        screen = others[0] if others and len(screens) > 1 else main or self.screen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())  # where no window manager makes it full screen
        self.showFullScreen()
        self.activateWindow()

    # -- painting -------------------------------------------------------------------------------

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(pixels)))
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), GROUND)
        width, height = float(self.width()), float(self.height())
        margin = min(width, height) * 0.04
        unit = height / 18  # one line of the list at its largest
        top = self._paint_top(painter, margin, unit)
        bottom = height - margin - unit * 0.5
        self._paint_footer(painter, margin, bottom, unit)
        self._paint_list(painter, QRectF(margin, top, width - 2 * margin, bottom - top), unit)

    def _paint_top(self, painter: QPainter, margin: float, unit: float) -> float:
        width = self.width() - 2 * margin
        now = clock.now()
        agenda = self.agenda
        painter.setPen(TEXT)
        painter.setFont(self._font(unit * 1.2, bold=True))
        line = unit * 1.6
        house = agenda.house_name if agenda else ""
        time_text = clock_text(now)
        painter.drawText(
            QRectF(margin, margin, width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            time_text,
        )
        clock_width = QFontMetricsF(painter.font()).horizontalAdvance(time_text) + unit
        painter.drawText(
            QRectF(margin, margin, width - clock_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(painter.font()).elidedText(
                house, Qt.TextElideMode.ElideRight, width - clock_width
            ),
        )
        painter.setFont(self._font(unit * 0.8))
        painter.setPen(DIM)
        day = self.locale().toString(qdate(self.day), "dddd d MMMM yyyy")
        painter.drawText(
            QRectF(margin, margin + line, width, unit),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Today in the house · %1").replace("%1", day),
        )
        return margin + line + unit * 1.6

    def _paint_footer(self, painter: QPainter, margin: float, y: float, unit: float) -> None:
        painter.setFont(self._font(unit * 0.45))
        painter.setPen(DIM)
        painter.drawText(
            QRectF(margin, y, self.width() - 2 * margin, unit * 0.6),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Esc closes this screen"),
        )

    def _paint_list(self, painter: QPainter, area: QRectF, unit: float) -> None:
        agenda = self.agenda
        closed = agenda.closure(self.day) if agenda else None
        rows = self.rows()
        messages = []
        if closed is not None:
            messages.append(self.tr("The house is closed today: %1").replace("%1", closed.reason))
        if not rows and closed is None:
            messages.append(self.tr("Nothing is planned for today."))
        painter.setPen(TEXT)
        for message in messages:
            painter.setFont(self._font(unit, bold=True))
            painter.drawText(
                QRectF(area.left(), area.top(), area.width(), unit * 2.5),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                message,
            )
            area.setTop(area.top() + unit * 2.8)
        if not rows:
            return
        # As large as fits, down to two thirds of a line; then what has ended gives way first.
        row = min(unit * 1.5, area.height() / len(rows))
        row = max(row, unit)
        fits = int(area.height() // row)
        shown = rows
        if len(rows) > fits:
            ended = [r for r in rows if r.state is State.ENDED]
            keep = [r for r in rows if r.state is not State.ENDED]
            drop = min(len(ended), len(rows) - fits)
            shown = ended[drop:] + keep
            shown.sort(key=lambda r: (r.session.start_min, r.session.end_min))
        hidden_later = max(0, len(shown) - fits)
        if hidden_later:
            shown = shown[: fits - 1]
        y = area.top()
        for each in shown:
            self._paint_row(painter, QRectF(area.left(), y, area.width(), row), each)
            y += row
        if hidden_later:
            painter.setPen(DIM)
            painter.setFont(self._font(row * 0.45))
            painter.drawText(
                QRectF(area.left(), y, area.width(), row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("and %1 more later today").replace("%1", str(hidden_later + 1)),
            )

    def _paint_row(self, painter: QPainter, box: QRectF, row: BoardRow) -> None:
        session, state = row.session, row.state
        inner = box.adjusted(0, box.height() * 0.06, 0, -box.height() * 0.06)
        colour = TEXT
        if state is State.NOW:
            painter.fillRect(inner, NOW)
            colour = NOW_TEXT
        elif state is State.NEXT:
            painter.fillRect(inner, NEXT)
        elif state in (State.ENDED, State.CANCELLED):
            colour = DIM
        pad = inner.height() * 0.25
        font = self._font(inner.height() * 0.5, bold=state in (State.NOW, State.NEXT))
        font.setStrikeOut(state is State.CANCELLED)
        metrics = QFontMetricsF(font)
        small = self._font(inner.height() * 0.32, bold=True)
        label = {
            State.NOW: self.tr("now"),
            State.NEXT: self.tr("next"),
            State.CANCELLED: self.tr("cancelled"),
        }.get(state, "")
        label_width = inner.width() * 0.1
        widest = QFontMetricsF(self._font(inner.height() * 0.5, bold=True))
        time_width = widest.horizontalAdvance("00:00–00:00") + pad * 2  # the same for every row
        room_width = inner.width() * 0.28
        name_width = inner.width() - label_width - time_width - room_width - pad
        x = inner.left()
        painter.setPen(colour)
        painter.setFont(small)
        painter.drawText(
            QRectF(x + pad, inner.top(), label_width - pad, inner.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label.upper(),
        )
        x += label_width
        painter.setFont(font)
        cells = (
            (format_span(session.start_min, session.end_min), time_width),
            (session.title, name_width),
            (session.room_name, room_width),
        )
        for text, width in cells:
            lines = fit_lines(text, metrics, width - pad, 1)
            painter.drawText(
                QRectF(x, inner.top(), width - pad, inner.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "\n".join(lines),
            )
            x += width

    # -- closing --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)


def clock_text(moment: dt.datetime) -> str:
    """ "14:05": the board's clock."""
    return format_time(moment.hour * 60 + moment.minute)
