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

The board's remarks (toelichting) on a period are kept with its approval and
go to the export's Toelichting sheet. The board writes them at its meeting,
before it approves, so they can be kept before the approval
(``save_approval_draft``): a period's row then holds the counts as proposed or
typed, the remarks, and no approval yet, as a reopened period's row does.
Approving keeps the remarks with the counts; from then on both are locked
until the period is reopened. The remarks leave the house, so approving
refuses remarks in which the scan of ``housedesk.common.personal`` finds
personal data; a draft may hold them (it stays in the house), and the Export
screen says so while they are typed.

A period without counts of its own is offered the counts of the latest
earlier period that has them (``proposed_counts``): volunteers and board
members change little from one quarter to the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from housedesk.common.codes import BookingStatus
from housedesk.common.periods import Period
from housedesk.common.personal import Outgoing, personal_data_problems
from housedesk.common.problems import QT_TRANSLATE_NOOP, Amount, Problem, ValidationError, refused
from housedesk.db.engine import Database, reading
from housedesk.db.models import Activity, Booking, PeriodApproval, PeriodEvent, Room, utcnow

APPROVED = "vastgesteld"
REOPENED = "heropend"

#: Sanity limits on the counts; a house has dozens of volunteers, not thousands.
VOLUNTEERS_MAX = 10_000
BOARD_MAX = 100
NOTE_MAX = 2_000
# The board's remarks: a page of text, far below what a workbook cell holds.
REMARKS_MAX = 4_000


@dataclass(frozen=True)
class PeriodEventInfo:
    """One approval or reopening; ``at`` is UTC, as stored."""

    action: str  # "vastgesteld" or "heropend"
    at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class CountsProposal:
    """The volunteer and board counts of an earlier period, offered for one without its own."""

    volunteers: int
    board_members: int
    source: Period  # the period they were recorded for


@dataclass(frozen=True)
class ApprovalState:
    """Where a period stands: approved or open, the counts and the remarks recorded for it.

    ``volunteers`` and ``board_members`` are ``None`` when no counts were ever
    recorded; the export then writes 0, and ``proposal`` holds the counts of the
    latest earlier period that has them (``None`` when there is none, or when
    the period has counts). ``remarks`` are the board's remarks (``None``: none).
    ``locked``: the counts and remarks cannot be changed until the period (or
    the year it lies in) is reopened.
    """

    period: Period
    approved: bool
    approved_at: dt.datetime | None
    volunteers: int | None
    board_members: int | None
    events: tuple[PeriodEventInfo, ...]
    remarks: str | None = None
    locked: bool = False
    proposal: CountsProposal | None = None


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


def tidy_remarks(remarks: str | None) -> str | None:
    """The remarks as kept: line ends made plain, trailing spaces and empty edges gone."""
    text = (remarks or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") or None


def remarks_problems(remarks: str | None, *, leaving: bool) -> list[Problem]:
    """What is wrong with ``remarks`` (as tidied): too long, or, when ``leaving``, personal data.

    Remarks kept as a draft stay in the house; approved or exported, they leave it.
    """
    text = tidy_remarks(remarks)
    if text is None:
        return []
    if len(text) > REMARKS_MAX:
        return [
            Problem(
                "remarks",
                QT_TRANSLATE_NOOP(
                    "core",
                    "The remarks can be at most {max} characters; they are {length} now. "
                    "Shorten them.",
                ),
                {"max": REMARKS_MAX, "length": len(text)},
            )
        ]
    if not leaving:
        return []
    personal = QT_TRANSLATE_NOOP(
        "core",
        "The remarks hold {what} ({found}), and they go to the municipality: no personal data "
        "leave the house. Remove it, then approve or export.",
    )
    return [
        Problem("remarks", problem.message, problem.args)
        for problem in personal_data_problems([Outgoing(personal, text)])
    ]


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


def _is_locked(session: Session, period: Period) -> bool:
    """Whether ``period``'s counts and remarks are final: it, or its whole year, is approved."""
    if _is_approved(session, period)[0]:
        return True
    return period.is_quarter and _is_approved(session, Period(period.year))[0]


def refuse_if_period_locked(session: Session, period: Period, field: str) -> None:
    """Refuse a change of ``period``'s counts or remarks (on ``field``) once it is approved.

    The same rule as ``refuse_if_locked`` for its sessions and counts: final until reopened.
    """
    if _is_locked(session, period):
        raise refused(
            field,
            QT_TRANSLATE_NOOP(
                "core",
                "{period} has been approved by the board. Reopen it on the Export screen to "
                "change its counts or remarks.",
            ),
            period=str(period),
        )


def _proposal(session: Session, period: Period) -> CountsProposal | None:
    """The counts of the latest period before ``period`` that has counts of its own."""
    earlier = [
        (other, row)
        for row in session.scalars(select(PeriodApproval))
        if (other := Period.parse(row.period)).last_day < period.first_day
    ]
    if not earlier:
        return None
    # The latest end; of a year and its fourth quarter (the same end), the one approved
    # last (an approval before a draft), then the quarter.
    source, row = max(
        earlier,
        key=lambda pair: (
            pair[0].last_day,
            pair[1].approved_at or dt.datetime.min,
            pair[0].is_quarter,
        ),
    )
    return CountsProposal(row.volunteers, row.board_members, source)


def _state(session: Session, period: Period) -> ApprovalState:
    approved, approved_at = _is_approved(session, period)
    own = counts = _approval(session, period)
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
        remarks=own.remarks if own is not None else None,
        locked=_is_locked(session, period),
        proposal=_proposal(session, period) if counts is None else None,
    )


# --------------------------------------------------------------------------- reading


def approval_state(source: Database | Session, period: Period) -> ApprovalState:
    """Whether ``period`` is approved, its counts (or a proposal), remarks and history."""
    with reading(source) as session:
        return _state(session, period)


def proposed_counts(source: Database | Session, period: Period) -> CountsProposal | None:
    """The counts to offer for ``period``: those of the latest period that ends before it begins.

    Any period with counts counts (approved, reopened or kept as a draft); of a
    year and its fourth quarter, the one approved last. ``None`` when no earlier
    period has counts.
    """
    with reading(source) as session:
        return _proposal(session, period)


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
    remarks: str | None = None,
    today: dt.date | None = None,
) -> ApprovalState:
    """Approve (lock) ``period`` with the volunteer and board counts at its end.

    ``remarks`` are the board's remarks, kept with the approval (``None``: keep
    those saved before, if any; ``""``: none). Refused while the period has not
    ended yet, when it is approved already, and when the remarks are too long or
    hold personal data (they leave the house). Planned and uncounted sessions do
    not stop it; see ``approval_warnings``.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    volunteer_count, volunteer_problems = _count(volunteers, "volunteers", VOLUNTEERS_MAX)
    board_count, board_problems = _count(board_members, "board_members", BOARD_MAX)
    problems += volunteer_problems + board_problems
    if remarks is not None:
        problems += remarks_problems(remarks, leaving=True)
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
        if remarks is not None:
            row.remarks = tidy_remarks(remarks)
        elif row.remarks is not None and (kept := remarks_problems(row.remarks, leaving=True)):
            raise ValidationError(kept)  # saved before, but they cannot leave the house
        row.volunteers, row.board_members, row.approved_at = volunteer_count, board_count, now
        session.add(PeriodEvent(period=str(period), action=APPROVED, at=now, note=note))
        session.flush()
        return _state(session, period)


def save_approval_draft(
    db: Database,
    period: Period,
    volunteers: int | str | None = None,
    board_members: int | str | None = None,
    *,
    remarks: str | None,
) -> ApprovalState:
    """Keep the board's remarks (and counts) of ``period`` before it is approved.

    The counts given are kept as typed; ``None`` keeps those the period has, or
    takes the proposal (``proposed_counts``, else 0), since a period's row holds
    counts. ``remarks`` replace those kept (``None`` or ``""``: none). Refused
    when the period is approved (reopen it first) or the remarks are too long;
    personal data in the remarks are kept (the draft stays in the house) but
    stop the approval and the export.
    """
    problems: list[Problem] = []
    volunteer_count = board_count = None
    if volunteers is not None:
        volunteer_count, found = _count(volunteers, "volunteers", VOLUNTEERS_MAX)
        problems += found
    if board_members is not None:
        board_count, found = _count(board_members, "board_members", BOARD_MAX)
        problems += found
    problems += remarks_problems(remarks, leaving=False)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        refuse_if_period_locked(session, period, "remarks")
        row = _approval(session, period)
        if row is None:
            # Counts there must be: the year's fourth quarter's, else the proposal's, else 0.
            state = _state(session, period)
            known = state.proposal or CountsProposal(0, 0, period)
            row = PeriodApproval(
                period=str(period),
                volunteers=known.volunteers if state.volunteers is None else state.volunteers,
                board_members=(
                    known.board_members if state.board_members is None else state.board_members
                ),
            )
            session.add(row)
        if volunteer_count is not None:
            row.volunteers = volunteer_count
        if board_count is not None:
            row.board_members = board_count
        row.remarks = tidy_remarks(remarks)
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
