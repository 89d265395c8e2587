"""Approving (vaststellen) and reopening a period, and what the board should settle first.

The board approves a quarter (or a whole year) at its meeting: it records how
many volunteers and board members the house had at the end of the period, and
from then on the period is locked: its sessions and counts are final, and the
export says ``vastgesteld: ja``. Reopening, to correct a count, needs a reason;
every approval and reopening is kept as a ``PeriodEvent``.

Before approving, ``approval_warnings`` lists the sessions still only planned
(they are not exported until they are marked held or cancelled) and the held
sessions without a visitor count. They are warnings, not refusals: a board may
approve a quarter in which a group forgot to count once.

A year counts as approved when it was approved as a whole or when all four of
its quarters were. A day is locked when its quarter or its year is approved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from housedesk.common.codes import BookingStatus
from housedesk.common.periods import Period
from housedesk.common.problems import QT_TRANSLATE_NOOP, Amount, Problem, ValidationError, refused
from housedesk.db.engine import Database, reading
from housedesk.db.models import Activity, Booking, PeriodApproval, PeriodEvent, Room, utcnow

APPROVED = "vastgesteld"
REOPENED = "heropend"

#: Sanity limits on the counts; a house has dozens of volunteers, not thousands.
VOLUNTEERS_MAX = 10_000
BOARD_MAX = 100
NOTE_MAX = 2_000


@dataclass(frozen=True)
class PeriodEventInfo:
    """One approval or reopening; ``at`` is UTC, as stored."""

    action: str  # "vastgesteld" or "heropend"
    at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class ApprovalState:
    """Where a period stands: approved or open, and the counts recorded for it.

    ``volunteers`` and ``board_members`` are ``None`` when no counts were ever
    recorded; the export then writes 0.
    """

    period: Period
    approved: bool
    approved_at: dt.datetime | None
    volunteers: int | None
    board_members: int | None
    events: tuple[PeriodEventInfo, ...]


@dataclass(frozen=True)
class SessionWarning:
    """A session the board should settle before approving: still planned, or held uncounted."""

    booking_id: int
    date: dt.date
    start_min: int
    end_min: int
    room_code: str
    room_name: str
    activity_code: str
    activity_name: str
    status: BookingStatus


@dataclass(frozen=True)
class ApprovalWarnings:
    planned: tuple[SessionWarning, ...]
    uncounted: tuple[SessionWarning, ...]

    def __bool__(self) -> bool:
        return bool(self.planned or self.uncounted)


# --------------------------------------------------------------------------- helpers


def _count(value: int | str, field: str, maximum: int) -> tuple[int | None, list[Problem]]:
    text = str(value).strip()
    if not text:
        message = (
            QT_TRANSLATE_NOOP("core", "Enter the number of active volunteers.")
            if field == "volunteers"
            else QT_TRANSLATE_NOOP("core", "Enter the number of board members.")
        )
        return None, [Problem(field, message)]
    if not text.isdigit() or not text.isascii():
        return None, [
            Problem(
                field,
                QT_TRANSLATE_NOOP("core", "Enter a whole number from 0 to {max}."),
                {"max": Amount(maximum)},
            )
        ]
    number = int(text)
    if number > maximum:
        return None, [
            Problem(
                field,
                QT_TRANSLATE_NOOP("core", "That is more than {max}; check the number."),
                {"max": Amount(maximum)},
            )
        ]
    return number, []


def _tidy_note(note: str | None) -> str | None:
    text = (note or "").strip()
    return text or None


def _approval(session: Session, period: Period) -> PeriodApproval | None:
    return session.get(PeriodApproval, str(period))


def _is_approved(session: Session, period: Period) -> tuple[bool, dt.datetime | None]:
    """Whether ``period`` is approved (a year also by all its quarters), and since when."""
    own = _approval(session, period)
    if own is not None and own.approved_at is not None:
        return True, own.approved_at
    if period.is_quarter:
        return False, None
    quarters = session.execute(
        select(PeriodApproval.period, PeriodApproval.approved_at).where(
            PeriodApproval.period.in_([str(quarter) for quarter in period.quarters()]),
            PeriodApproval.approved_at.is_not(None),
        )
    ).all()
    if len(quarters) == 4:
        return True, max(at for _period, at in quarters if at is not None)
    return False, None


def _state(session: Session, period: Period) -> ApprovalState:
    approved, approved_at = _is_approved(session, period)
    counts = _approval(session, period)
    if counts is None and not period.is_quarter:
        # A year's counts are those at its end: the fourth quarter's, unless set for the year.
        counts = _approval(session, Period(period.year, 4))
    events = session.execute(
        select(PeriodEvent.action, PeriodEvent.at, PeriodEvent.note)
        .where(PeriodEvent.period == str(period))
        .order_by(PeriodEvent.at, PeriodEvent.id)
    ).all()
    return ApprovalState(
        period=period,
        approved=approved,
        approved_at=approved_at,
        volunteers=counts.volunteers if counts is not None else None,
        board_members=counts.board_members if counts is not None else None,
        events=tuple(PeriodEventInfo(action, at, note) for action, at, note in events),
    )


# --------------------------------------------------------------------------- reading


def approval_state(source: Database | Session, period: Period) -> ApprovalState:
    """Whether ``period`` is approved, its volunteer and board counts, and its history."""
    with reading(source) as session:
        return _state(session, period)


def is_locked(source: Database | Session, day: dt.date) -> bool:
    """Whether ``day`` lies in an approved period: its sessions and counts are then final."""
    quarter = Period.containing(day)
    with reading(source) as session:
        return _is_approved(session, quarter)[0] or _is_approved(session, Period(day.year))[0]


def refuse_if_locked(session: Session, day: dt.date, field: str) -> None:
    """Refuse a change on ``day`` (reported on ``field``) if its period has been approved.

    Sessions and counts in an approved period are final until the board reopens it.
    """
    if is_locked(session, day):
        raise refused(
            field,
            QT_TRANSLATE_NOOP(
                "core",
                "The period of {day:%d-%m-%Y} has been approved by the board. Reopen it on the "
                "Export screen to change it.",
            ),
            day=day,
        )


def approval_warnings(source: Database | Session, period: Period) -> ApprovalWarnings:
    """The sessions of ``period`` still only planned, and the held ones without a count."""
    query = (
        select(
            Booking.id,
            Booking.date,
            Booking.start_min,
            Booking.end_min,
            Room.code,
            Room.name,
            Activity.code,
            Activity.name,
            Booking.status,
            Booking.visitors,
        )
        .join(Room, Room.id == Booking.room_id)
        .join(Activity, Activity.id == Booking.activity_id)
        .where(
            Booking.date.between(period.first_day, period.last_day),
            (Booking.status == BookingStatus.GEPLAND)
            | ((Booking.status == BookingStatus.GEHOUDEN) & Booking.visitors.is_(None)),
        )
        .order_by(Booking.date, Booking.start_min, Room.code, Booking.id)
    )
    planned: list[SessionWarning] = []
    uncounted: list[SessionWarning] = []
    with reading(source) as session:
        for row in session.execute(query):
            status = BookingStatus(str(getattr(row[8], "value", row[8])))
            warning = SessionWarning(*row[:8], status=status)
            (planned if status is BookingStatus.GEPLAND else uncounted).append(warning)
    return ApprovalWarnings(tuple(planned), tuple(uncounted))


# --------------------------------------------------------------------------- changing


def approve_period(
    db: Database,
    period: Period,
    volunteers: int | str,
    board_members: int | str,
    note: str | None = None,
    *,
    today: dt.date | None = None,
) -> ApprovalState:
    """Approve (lock) ``period`` with the volunteer and board counts at its end.

    Refused while the period has not ended yet, or when it is approved already.
    Planned and uncounted sessions do not stop it; see ``approval_warnings``.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    volunteer_count, volunteer_problems = _count(volunteers, "volunteers", VOLUNTEERS_MAX)
    board_count, board_problems = _count(board_members, "board_members", BOARD_MAX)
    problems += volunteer_problems + board_problems
    note = _tidy_note(note)
    if note is not None and len(note) > NOTE_MAX:
        problems.append(
            Problem(
                "note",
                QT_TRANSLATE_NOOP("core", "The note can be at most {max} characters."),
                {"max": NOTE_MAX},
            )
        )
    if period.last_day >= today:
        problems.append(
            Problem(
                "period",
                QT_TRANSLATE_NOOP(
                    "core", "{period} has not ended yet; it can be approved from {day:%d-%m-%Y}."
                ),
                {"period": str(period), "day": period.last_day + dt.timedelta(days=1)},
            )
        )
    if problems:
        raise ValidationError(problems)
    assert volunteer_count is not None and board_count is not None
    with db.transaction() as session:
        if _is_approved(session, period)[0]:
            raise refused(
                "period",
                QT_TRANSLATE_NOOP("core", "{period} has already been approved."),
                period=str(period),
            )
        now = utcnow()
        row = _approval(session, period)
        if row is None:
            row = PeriodApproval(period=str(period))
            session.add(row)
        row.volunteers, row.board_members, row.approved_at = volunteer_count, board_count, now
        session.add(PeriodEvent(period=str(period), action=APPROVED, at=now, note=note))
        session.flush()
        return _state(session, period)


def reopen_period(db: Database, period: Period, reason: str) -> ApprovalState:
    """Reopen an approved period so that it can be corrected; the reason is kept."""
    note = _tidy_note(reason)
    if note is None:
        raise refused(
            "note",
            QT_TRANSLATE_NOOP("core", "Enter why the period is reopened, e.g. a wrong count."),
        )
    if len(note) > NOTE_MAX:
        raise refused(
            "note",
            QT_TRANSLATE_NOOP("core", "The note can be at most {max} characters."),
            max=NOTE_MAX,
        )
    quarterly = QT_TRANSLATE_NOOP(
        "core", "{period} was approved quarter by quarter; reopen the quarter to correct."
    )
    with db.transaction() as session:
        row = _approval(session, period)
        if row is None or row.approved_at is None:
            if _is_approved(session, period)[0]:
                raise refused("period", quarterly, period=str(period))
            year = _approval(session, Period(period.year))
            if period.is_quarter and year is not None and year.approved_at is not None:
                raise refused(
                    "period",
                    QT_TRANSLATE_NOOP(
                        "core", "The whole year {year} was approved; reopen the year to correct."
                    ),
                    year=str(period.year),
                )
            raise refused(
                "period",
                QT_TRANSLATE_NOOP("core", "{period} is not approved, so it is open already."),
                period=str(period),
            )
        now = utcnow()
        row.approved_at = None
        session.flush()
        if _is_approved(session, period)[0]:
            # Raising rolls the change back: the year stays approved through its quarters.
            raise refused("period", quarterly, period=str(period))
        session.add(PeriodEvent(period=str(period), action=REOPENED, at=now, note=note))
        session.flush()
        return _state(session, period)


def approved_periods(source: Database | Session) -> list[str]:
    """The periods approved on their own (quarters and whole years), oldest first."""
    with reading(source) as session:
        return list(
            session.scalars(
                select(PeriodApproval.period)
                .where(PeriodApproval.approved_at.is_not(None))
                .order_by(PeriodApproval.period)
            )
        )
