"""Tests for housedesk.core.board.approval: approving and reopening periods, and the warnings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from housedesk.common.codes import BookingStatus
from housedesk.common.periods import Period
from housedesk.common.problems import ValidationError
from housedesk.core.board import approval
from housedesk.core.board.approval import approve_period, is_locked, reopen_period
from housedesk.db import Database
from housedesk.db.models import PeriodApproval, PeriodEvent
from tests.helpers.rows import add_club_activity, add_room, add_session

Q3 = Period(2026, 3)
TODAY = dt.date(2026, 11, 25)


def fields(refused: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [problem.field for problem in refused.value.problems]


def events(db: Database) -> list[tuple[str, str, str | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(PeriodEvent.period, PeriodEvent.action, PeriodEvent.note).order_by(
                PeriodEvent.id
            )
        )
        return [tuple(row) for row in rows]


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_approving_records_the_counts_and_an_event(house_db: Database) -> None:
    state = approve_period(house_db, Q3, "31", 6, "Vergadering 12 oktober", today=TODAY)
    assert state.approved
    assert (state.volunteers, state.board_members) == (31, 6)
    assert state.approved_at is not None
    assert [event.action for event in state.events] == ["vastgesteld"]
    with house_db.reading() as session:
        row = session.get(PeriodApproval, "2026-Q3")
        assert row is not None
        assert (row.volunteers, row.board_members) == (31, 6)
        assert row.approved_at is not None
    assert events(house_db) == [("2026-Q3", "vastgesteld", "Vergadering 12 oktober")]


def test_an_approved_period_locks_its_days(house_db: Database) -> None:
    assert not is_locked(house_db, dt.date(2026, 8, 1))
    approve_period(house_db, Q3, 30, 5, today=TODAY)
    assert is_locked(house_db, dt.date(2026, 7, 1))
    assert is_locked(house_db, dt.date(2026, 9, 30))
    assert not is_locked(house_db, dt.date(2026, 6, 30))
    assert not is_locked(house_db, dt.date(2026, 10, 1))


def test_reopening_needs_a_reason_and_unlocks(house_db: Database) -> None:
    approve_period(house_db, Q3, 30, 5, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        reopen_period(house_db, Q3, "  ")
    assert fields(refused) == ["note"]
    assert is_locked(house_db, dt.date(2026, 8, 1))
    state = reopen_period(house_db, Q3, "Telling koor 14 augustus was fout")
    assert not state.approved
    assert (state.volunteers, state.board_members) == (30, 5)  # the counts stay
    assert not is_locked(house_db, dt.date(2026, 8, 1))
    approve_period(house_db, Q3, 32, 5, "Opnieuw vastgesteld", today=TODAY)
    assert events(house_db) == [
        ("2026-Q3", "vastgesteld", None),
        ("2026-Q3", "heropend", "Telling koor 14 augustus was fout"),
        ("2026-Q3", "vastgesteld", "Opnieuw vastgesteld"),
    ]
    assert approval.approval_state(house_db, Q3).volunteers == 32


def test_approving_twice_or_reopening_an_open_period_is_refused(house_db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        reopen_period(house_db, Q3, "waarom niet")
    assert fields(refused) == ["period"]
    approve_period(house_db, Q3, 30, 5, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        approve_period(house_db, Q3, 30, 5, today=TODAY)
    assert fields(refused) == ["period"]
    assert count(house_db, PeriodEvent) == 1


def test_a_period_that_has_not_ended_cannot_be_approved(house_db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        approve_period(house_db, Period(2026, 4), 30, 5, today=TODAY)
    assert fields(refused) == ["period"]
    assert refused.value.problems[0].english() == (
        "2026-Q4 has not ended yet; it can be approved from 01-01-2027."
    )
    assert count(house_db, PeriodApproval) == 0


@pytest.mark.parametrize(
    ("volunteers", "board", "refused_fields"),
    [
        ("", 5, ["volunteers"]),
        ("-3", 5, ["volunteers"]),
        ("dertig", "", ["volunteers", "board_members"]),
        (30, 1000, ["board_members"]),
    ],
)
def test_bad_counts_are_refused_and_nothing_changes(
    house_db: Database, volunteers: object, board: object, refused_fields: list[str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        approve_period(house_db, Q3, volunteers, board, today=TODAY)  # type: ignore[arg-type]
    assert fields(refused) == refused_fields
    assert count(house_db, PeriodApproval) == 0
    assert count(house_db, PeriodEvent) == 0


def test_zero_volunteers_is_a_count(house_db: Database) -> None:
    state = approve_period(house_db, Q3, 0, 0, today=TODAY)
    assert (state.volunteers, state.board_members) == (0, 0)


def test_a_period_never_approved_has_no_counts(house_db: Database) -> None:
    state = approval.approval_state(house_db, Q3)
    assert not state.approved
    assert (state.volunteers, state.board_members, state.events) == (None, None, ())


def test_a_year_is_approved_when_all_its_quarters_are(house_db: Database) -> None:
    year = Period(2025)
    for quarter in (1, 2, 3):
        approve_period(house_db, Period(2025, quarter), 30 + quarter, 5, today=TODAY)
    assert not approval.approval_state(house_db, year).approved
    approve_period(house_db, Period(2025, 4), 40, 6, today=TODAY)
    state = approval.approval_state(house_db, year)
    assert state.approved
    # A year's counts are those at its end.
    assert (state.volunteers, state.board_members) == (40, 6)
    with pytest.raises(ValidationError) as refused:
        reopen_period(house_db, year, "correctie")
    assert fields(refused) == ["period"]
    reopen_period(house_db, Period(2025, 2), "correctie")
    assert not approval.approval_state(house_db, year).approved


def test_a_year_approved_as_a_whole_locks_every_day(house_db: Database) -> None:
    approve_period(house_db, Period(2025), 30, 5, today=TODAY)
    assert is_locked(house_db, dt.date(2025, 2, 1))
    assert is_locked(house_db, dt.date(2025, 12, 31))
    assert not is_locked(house_db, dt.date(2026, 1, 1))
    assert approval.approved_periods(house_db) == ["2025"]
    with pytest.raises(ValidationError) as refused:
        reopen_period(house_db, Period(2025, 2), "correctie")
    assert refused.value.problems[0].english() == (
        "The whole year 2025 was approved; reopen the year to correct."
    )
    reopen_period(house_db, Period(2025), "correctie")
    assert not is_locked(house_db, dt.date(2025, 2, 1))


def test_warnings_list_planned_and_uncounted_sessions(house_db: Database) -> None:
    room = add_room(house_db, "R1", "Grote zaal", 80, created_at=None)
    activity = add_club_activity(house_db, "Repetitie", "Koor")
    for day, status, visitors in (
        (dt.date(2026, 7, 7), BookingStatus.GEHOUDEN, 20),
        (dt.date(2026, 7, 14), BookingStatus.GEHOUDEN, None),
        (dt.date(2026, 7, 21), BookingStatus.GEANNULEERD, None),
        (dt.date(2026, 9, 29), BookingStatus.GEPLAND, None),
        (dt.date(2026, 10, 6), BookingStatus.GEPLAND, None),
    ):
        add_session(house_db, activity, room, day, 1170, 1290, status=status, visitors=visitors)
    warnings = approval.approval_warnings(house_db, Q3)
    assert warnings
    assert [(w.date, w.room_code, w.activity_name) for w in warnings.planned] == [
        (dt.date(2026, 9, 29), "R1", "Repetitie")
    ]
    assert [w.date for w in warnings.uncounted] == [dt.date(2026, 7, 14)]
    assert warnings.uncounted[0].status is BookingStatus.GEHOUDEN
    # Warnings do not stop the board.
    assert approve_period(house_db, Q3, 30, 5, today=TODAY).approved
    assert not approval.approval_warnings(house_db, Period(2026, 2))


# --------------------------------------------------------------------------- remarks


def test_remarks_kept_before_approving_are_approved_with_the_counts(house_db: Database) -> None:
    remarks = "Het dak lekte in augustus.  \r\nDe grote zaal was twee weken dicht.\n\n"
    state = approval.save_approval_draft(house_db, Q3, 31, "6", remarks=remarks)
    assert not state.approved and not state.locked
    assert state.remarks == "Het dak lekte in augustus.\nDe grote zaal was twee weken dicht."
    assert (state.volunteers, state.board_members) == (31, 6)
    assert count(house_db, PeriodEvent) == 0
    # Read again as after a restart: the draft is there.
    again = approval.approval_state(house_db, Q3)
    assert again.remarks == state.remarks and not again.approved
    # Approving without remarks keeps those kept; the counts are the ones approved.
    state = approve_period(house_db, Q3, 32, 6, today=TODAY)
    assert state.approved and state.locked
    assert state.remarks == again.remarks
    assert (state.volunteers, state.board_members) == (32, 6)


def test_remarks_given_when_approving_replace_the_draft(house_db: Database) -> None:
    approval.save_approval_draft(house_db, Q3, remarks="Eerste versie")
    state = approve_period(house_db, Q3, 30, 5, remarks="Vastgestelde toelichting", today=TODAY)
    assert state.remarks == "Vastgestelde toelichting"
    assert approve_period(house_db, Period(2026, 2), 30, 5, remarks="", today=TODAY).remarks is None


def test_an_approved_periods_remarks_are_locked_until_it_is_reopened(house_db: Database) -> None:
    approve_period(house_db, Q3, 30, 5, remarks="Vastgesteld", today=TODAY)
    with pytest.raises(ValidationError) as refused:
        approval.save_approval_draft(house_db, Q3, remarks="Toch iets anders")
    assert fields(refused) == ["remarks"]
    assert refused.value.problems[0].english() == (
        "2026-Q3 has been approved by the board. Reopen it on the Export screen to change its "
        "counts or remarks."
    )
    assert approval.approval_state(house_db, Q3).remarks == "Vastgesteld"
    reopen_period(house_db, Q3, "toelichting aanvullen")
    state = approval.approval_state(house_db, Q3)
    assert state.remarks == "Vastgesteld" and not state.locked  # reopening keeps them
    state = approval.save_approval_draft(house_db, Q3, remarks="Vastgesteld, aangevuld")
    assert state.remarks == "Vastgesteld, aangevuld"
    assert (state.volunteers, state.board_members) == (30, 5)  # the counts stay


def test_a_quarter_of_a_year_approved_as_a_whole_is_locked(house_db: Database) -> None:
    approve_period(house_db, Period(2025), 30, 5, today=TODAY)
    state = approval.approval_state(house_db, Period(2025, 2))
    assert state.locked and not state.approved
    with pytest.raises(ValidationError) as refused:
        approval.save_approval_draft(house_db, Period(2025, 2), remarks="Voorjaar")
    assert fields(refused) == ["remarks"]
    # Its first quarter approved does not lock the year's remarks.
    approval.reopen_period(house_db, Period(2025), "correctie")
    approve_period(house_db, Period(2025, 1), 30, 5, today=TODAY)
    assert approval.save_approval_draft(house_db, Period(2025), remarks="Jaar").remarks == "Jaar"


def test_too_long_remarks_are_refused_and_never_cut(house_db: Database) -> None:
    long = "x" * (approval.REMARKS_MAX + 1)
    for attempt in (
        lambda: approval.save_approval_draft(house_db, Q3, remarks=long),
        lambda: approve_period(house_db, Q3, 30, 5, remarks=long, today=TODAY),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert fields(refused) == ["remarks"]
        assert refused.value.problems[0].english() == (
            f"The remarks can be at most 4000 characters; they are {approval.REMARKS_MAX + 1} "
            "now. Shorten them."
        )
    assert count(house_db, PeriodApproval) == 0
    exactly = "y" * approval.REMARKS_MAX
    assert approval.save_approval_draft(house_db, Q3, remarks=exactly).remarks == exactly


def test_personal_data_in_the_remarks_stop_the_approval_not_the_draft(
    house_db: Database,
) -> None:
    remarks = "Vragen? Bel de secretaris, 06 12 34 56 78."
    with pytest.raises(ValidationError) as refused:
        approve_period(house_db, Q3, 30, 5, remarks=remarks, today=TODAY)
    assert fields(refused) == ["remarks"]
    assert refused.value.problems[0].english() == (
        "The remarks hold a phone number (06 12 34 56 78), and they go to the municipality: "
        "no personal data leave the house. Remove it, then approve or export."
    )
    assert count(house_db, PeriodApproval) == 0
    # Kept as a draft (it stays in the house), but approving the kept remarks is refused too.
    assert approval.save_approval_draft(house_db, Q3, remarks=remarks).remarks == remarks
    with pytest.raises(ValidationError) as refused:
        approve_period(house_db, Q3, 30, 5, today=TODAY)
    assert fields(refused) == ["remarks"]
    assert not approval.approval_state(house_db, Q3).approved
    assert count(house_db, PeriodEvent) == 0


def test_the_remarks_are_scanned_with_the_scan_of_every_text_that_leaves(
    house_db: Database, monkeypatch
) -> None:
    """Whatever the scan of common.personal finds (it grows), approving refuses."""
    from housedesk.common import personal

    def finds_a_street(text: str) -> list[personal.Found]:
        start = text.find("Dorpsstraat 4")
        return [] if start < 0 else [personal.Found(personal.Kind.PHONE, start, start + 13, "x")]

    monkeypatch.setattr(personal, "find_personal_data", finds_a_street)
    with pytest.raises(ValidationError):
        approve_period(house_db, Q3, 30, 5, remarks="Mevrouw van Dorpsstraat 4", today=TODAY)
    assert approve_period(house_db, Q3, 30, 5, remarks="Een rustig kwartaal", today=TODAY).approved


# --------------------------------------------------------------------------- the proposal


def test_a_period_without_counts_is_offered_last_quarters(house_db: Database) -> None:
    assert approval.approval_state(house_db, Q3).proposal is None  # nothing earlier
    assert approval.proposed_counts(house_db, Q3) is None
    approve_period(house_db, Period(2026, 1), 28, 5, today=TODAY)
    approve_period(house_db, Period(2026, 2), 31, 6, today=TODAY)
    state = approval.approval_state(house_db, Q3)
    assert (state.volunteers, state.board_members) == (None, None)
    assert state.proposal == approval.CountsProposal(31, 6, Period(2026, 2))
    assert approval.proposed_counts(house_db, Q3) == state.proposal
    # A later period's counts are not offered for an earlier one.
    assert approval.proposed_counts(house_db, Period(2026, 1)) is None
    # A period with counts of its own proposes nothing.
    approval.save_approval_draft(house_db, Q3, 33, 6, remarks=None)
    assert approval.approval_state(house_db, Q3).proposal is None


def test_the_proposal_skips_periods_without_counts(house_db: Database) -> None:
    approve_period(house_db, Period(2025, 4), 25, 4, today=TODAY)
    state = approval.approval_state(house_db, Q3)  # 2026-Q1 and Q2 have none
    assert state.proposal == approval.CountsProposal(25, 4, Period(2025, 4))
    # A year ends with its fourth quarter: the one approved last is the latest word.
    approve_period(house_db, Period(2025), 26, 5, today=TODAY)
    assert approval.proposed_counts(house_db, Q3) == approval.CountsProposal(26, 5, Period(2025))


def test_a_draft_of_a_period_without_counts_keeps_the_proposed_ones(house_db: Database) -> None:
    approve_period(house_db, Period(2026, 2), 31, 6, today=TODAY)
    state = approval.save_approval_draft(house_db, Q3, remarks="Toelichting eerst")
    assert (state.volunteers, state.board_members) == (31, 6)
    assert state.proposal is None
    fresh = approval.save_approval_draft(house_db, Period(2024, 1), remarks="Niets eerder")
    assert (fresh.volunteers, fresh.board_members) == (0, 0)


def test_a_drafts_counts_are_checked_like_an_approvals(house_db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        approval.save_approval_draft(house_db, Q3, "veel", 1000, remarks="x")
    assert fields(refused) == ["volunteers", "board_members"]
    assert count(house_db, PeriodApproval) == 0
