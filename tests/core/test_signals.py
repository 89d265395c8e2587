"""Tests for housedesk.core.signals: registering, changing, filtering and deleting signals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from housedesk.common.codes import SignalKind, SignalStatus
from housedesk.common.periods import Period
from housedesk.common.problems import ValidationError
from housedesk.core import signals
from housedesk.core.signals import SignalValues
from housedesk.db import Database
from housedesk.db.models import Signal

TODAY = dt.date(2026, 11, 25)


def values(**changes: object) -> SignalValues:
    base = SignalValues(
        date=dt.date(2026, 11, 20),
        kind=SignalKind.WENS,
        theme="verlichting hondenveld",
        text="Bewoners vragen om verlichting bij het tijdelijke hondenuitlaatveld.",
    )
    return dataclasses.replace(base, **changes)


def stored(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Signal)) or 0


def refused_fields(excinfo: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {problem.field for problem in excinfo.value.problems}


def test_registering_a_signal(db: Database) -> None:
    row = signals.create_signal(db, values(passed_to="  gemeente "), today=TODAY)
    assert row.id > 0
    assert (row.date, row.kind, row.theme) == (
        dt.date(2026, 11, 20),
        SignalKind.WENS,
        "verlichting hondenveld",
    )
    assert row.passed_to == "gemeente"
    assert row.status is SignalStatus.NIEUW
    assert row.created_at is not None
    assert signals.list_signals(db) == [row]


def test_a_signal_is_not_shareable_unless_someone_says_so(db: Database) -> None:
    assert SignalValues(TODAY, SignalKind.IDEE, "ruilkast").shareable is False
    row = signals.create_signal(db, SignalValues(TODAY, SignalKind.IDEE, "ruilkast"), today=TODAY)
    assert row.shareable is False
    with db.reading() as session:
        assert session.get(Signal, row.id).shareable is False


def test_empty_text_and_recipient_are_stored_as_nothing(db: Database) -> None:
    row = signals.create_signal(db, values(text="  \n ", passed_to=" "), today=TODAY)
    assert row.text is None
    assert row.passed_to is None


def test_today_is_allowed_the_future_is_not(db: Database) -> None:
    assert signals.create_signal(db, values(date=TODAY), today=TODAY).date == TODAY
    with pytest.raises(ValidationError) as excinfo:
        signals.create_signal(db, values(date=TODAY + dt.timedelta(days=1)), today=TODAY)
    assert refused_fields(excinfo) == {"date"}
    assert stored(db) == 1


def test_the_real_today_is_the_default(db: Database) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError):
        signals.create_signal(db, values(date=tomorrow))
    assert signals.create_signal(db, values(date=dt.date.today())).date == dt.date.today()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"theme": ""}, "theme"),
        ({"theme": "   "}, "theme"),
        ({"theme": "x" * 201}, "theme"),
        ({"kind": None}, "kind"),
        ({"kind": "suggestie"}, "kind"),
        ({"status": "weg"}, "status"),
        ({"passed_to": "x" * 201}, "passed_to"),
        ({"date": None}, "date"),
    ],
)
def test_bad_input_is_refused_per_field_and_nothing_is_stored(
    db: Database, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        signals.create_signal(db, values(**changes), today=TODAY)
    assert refused_fields(excinfo) == {field}
    assert stored(db) == 0


def test_all_problems_are_reported_at_once(db: Database) -> None:
    with pytest.raises(ValidationError) as excinfo:
        signals.create_signal(
            db, values(kind=None, theme="", date=TODAY + dt.timedelta(days=3)), today=TODAY
        )
    assert refused_fields(excinfo) == {"date", "kind", "theme"}
    theme = excinfo.value.for_field("theme")[0]
    assert theme.message == "Enter the theme: in a few words, what it is about."


def test_a_long_theme_message_says_how_long(db: Database) -> None:
    assert signals.create_signal(db, values(theme="x" * 200), today=TODAY).theme == "x" * 200
    with pytest.raises(ValidationError) as excinfo:
        signals.create_signal(db, values(theme="x" * 201), today=TODAY)
    assert excinfo.value.problems[0].english() == "The theme can be at most 200 characters long."


def test_codes_given_as_text_are_accepted(db: Database) -> None:
    row = signals.create_signal(db, values(kind="klacht", status="doorgegeven"), today=TODAY)
    assert (row.kind, row.status) == (SignalKind.KLACHT, SignalStatus.DOORGEGEVEN)


@pytest.mark.parametrize(
    "text",
    [
        "Bel mevrouw terug op 06-12345678.",
        "Telefoon 0412 123456",
        "via +31 6 1234 5678",
        "mail naar j.jansen@example.nl",
    ],
)
def test_a_shareable_text_with_contact_details_is_refused(db: Database, text: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        signals.create_signal(db, values(text=text, shareable=True), today=TODAY)
    assert refused_fields(excinfo) == {"text"}
    # Kept in the house only, the same text is fine.
    assert signals.create_signal(db, values(text=text), today=TODAY).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 01-10-2026 brandt de lamp niet; 25 bewoners tekenden.",
        "Bus 2026 rijdt om 12:15 en 16:45.",
        "Postcode 5341 AB, huisnummers 10 tot 40.",
        "Bijeenkomst op 06-03-2026 19:30 in de grote zaal.",
    ],
)
def test_ordinary_numbers_are_not_mistaken_for_contact_details(text: str) -> None:
    assert not signals.looks_personal(text)


def test_editing_a_signal(db: Database) -> None:
    row = signals.create_signal(db, values(), today=TODAY)
    changed = signals.update_signal(
        db,
        row.id,
        values(
            kind=SignalKind.ZORG,
            theme="verlichting hondenveld Molenakker",
            passed_to="wijkwerker",
            status=SignalStatus.DOORGEGEVEN,
            shareable=True,
        ),
        today=TODAY,
    )
    assert changed.id == row.id
    assert changed.created_at == row.created_at
    assert signals.list_signals(db) == [changed]
    assert (changed.kind, changed.passed_to, changed.status, changed.shareable) == (
        SignalKind.ZORG,
        "wijkwerker",
        SignalStatus.DOORGEGEVEN,
        True,
    )


def test_a_refused_edit_changes_nothing(db: Database) -> None:
    row = signals.create_signal(db, values(), today=TODAY)
    with pytest.raises(ValidationError):
        signals.update_signal(db, row.id, values(theme="", status="afgehandeld"), today=TODAY)
    assert signals.list_signals(db) == [row]


def test_changing_only_the_status(db: Database) -> None:
    row = signals.create_signal(db, values(passed_to="gemeente"), today=TODAY)
    passed = signals.set_signal_status(db, row.id, SignalStatus.DOORGEGEVEN)
    assert passed == dataclasses.replace(row, status=SignalStatus.DOORGEGEVEN)
    resolved = signals.set_signal_status(db, row.id, SignalStatus.AFGEHANDELD)
    assert signals.list_signals(db) == [resolved]
    assert resolved.status is SignalStatus.AFGEHANDELD
    with pytest.raises(ValidationError):
        signals.set_signal_status(db, row.id, "weg")  # type: ignore[arg-type]


def test_deleting_a_signal(db: Database) -> None:
    keep = signals.create_signal(db, values(theme="bankje bij de bushalte"), today=TODAY)
    gone = signals.create_signal(db, values(), today=TODAY)
    signals.delete_signal(db, gone.id)
    assert signals.list_signals(db) == [keep]


def test_a_signal_that_is_gone_is_reported_not_crashed_on(db: Database) -> None:
    row = signals.create_signal(db, values(), today=TODAY)
    signals.delete_signal(db, row.id)
    for action in (
        lambda: signals.delete_signal(db, row.id),
        lambda: signals.update_signal(db, row.id, values(), today=TODAY),
        lambda: signals.set_signal_status(db, row.id, SignalStatus.AFGEHANDELD),
    ):
        with pytest.raises(ValidationError) as excinfo:
            action()
        assert refused_fields(excinfo) == {"signal"}


@pytest.fixture
def year_of_signals(db: Database) -> dict[str, signals.SignalRow]:
    made = {
        "june": values(date=dt.date(2026, 6, 30), status=SignalStatus.AFGEHANDELD),
        "july": values(date=dt.date(2026, 7, 1), status=SignalStatus.DOORGEGEVEN),
        "august": values(date=dt.date(2026, 8, 15)),
        "september": values(date=dt.date(2026, 9, 30), status=SignalStatus.DOORGEGEVEN),
        "october": values(date=dt.date(2026, 10, 1)),
        "last year": values(date=dt.date(2025, 7, 10), status=SignalStatus.AFGEHANDELD),
    }
    return {name: signals.create_signal(db, v, today=TODAY) for name, v in made.items()}


def test_listing_is_newest_first(db: Database, year_of_signals: dict) -> None:
    dates = [row.date for row in signals.list_signals(db)]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == 6


def test_filtering_by_period_includes_its_first_and_last_day(
    db: Database, year_of_signals: dict
) -> None:
    q3 = Period.parse("2026-Q3")
    found = signals.list_signals(db, q3.first_day, q3.last_day)
    assert [row.id for row in found] == [
        year_of_signals[name].id for name in ("september", "august", "july")
    ]
    assert len(signals.list_signals(db, first_day=dt.date(2026, 7, 1))) == 4
    assert len(signals.list_signals(db, last_day=dt.date(2026, 6, 30))) == 2
    last_year = q3.same_last_year()
    assert [
        row.id for row in signals.list_signals(db, last_year.first_day, last_year.last_day)
    ] == [year_of_signals["last year"].id]


def test_filtering_by_status(db: Database, year_of_signals: dict) -> None:
    passed = signals.list_signals(db, status=SignalStatus.DOORGEGEVEN)
    assert {row.id for row in passed} == {
        year_of_signals["july"].id,
        year_of_signals["september"].id,
    }
    assert len(signals.list_signals(db, status=SignalStatus.NIEUW)) == 2


def test_filtering_by_period_and_status_together(db: Database, year_of_signals: dict) -> None:
    year = Period(2026)
    resolved = signals.list_signals(
        db, year.first_day, year.last_day, status=SignalStatus.AFGEHANDELD
    )
    assert [row.id for row in resolved] == [year_of_signals["june"].id]
