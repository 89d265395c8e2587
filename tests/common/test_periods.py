"""Tests for housedesk.common.periods: quarters and years as the exchange format writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from housedesk.common.periods import Period, quarter_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-Q3", Period(2026, 3)),
        ("2026-Q1", Period(2026, 1)),
        ("2026-Q4", Period(2026, 4)),
        ("2026", Period(2026)),
        ("1999", Period(1999)),
    ],
)
def test_parsing_what_the_exchange_format_writes(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected
    assert str(Period.parse(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "2026-Q5",
        "2026-Q0",
        "26-Q1",
        "2026Q3",
        "2026-q3",
        "2026-Q",
        "2026-",
        " 2026",
        "2026\n",
        "20266",
        "Q3-2026",
        "0000",
        "",
        "٢٠٢٦",  # Arabic-Indic digits are digits to Python, not to the exchange format
    ],
)
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Period.parse(text)


@pytest.mark.parametrize(("year", "quarter"), [(2026, 0), (2026, 5), (0, 1), (10000, None)])
def test_impossible_periods_cannot_be_made(year: int, quarter: int | None) -> None:
    with pytest.raises(ValueError):
        Period(year, quarter)


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("2026-Q2", dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        ("2026-Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("2028-Q1", dt.date(2028, 1, 1), dt.date(2028, 3, 31)),
        ("2028", dt.date(2028, 1, 1), dt.date(2028, 12, 31)),
    ],
)
def test_first_and_last_days(period: str, first: dt.date, last: dt.date) -> None:
    assert Period.parse(period).first_day == first
    assert Period.parse(period).last_day == last


def test_a_quarter_has_the_days_of_its_months_including_leap_days() -> None:
    def days(period: Period) -> int:
        return (period.last_day - period.first_day).days + 1

    assert days(Period(2026, 1)) == 90
    assert days(Period(2028, 1)) == 91  # 29 February 2028
    assert days(Period(2100, 1)) == 90  # a century that is not a leap year
    assert days(Period(2000, 1)) == 91  # one that is
    assert days(Period(2026)) == 365
    assert days(Period(2028)) == 366
    assert sum(days(quarter) for quarter in Period(2028).quarters()) == 366


def test_containing_a_day() -> None:
    assert Period.containing(dt.date(2026, 11, 25)) == Period(2026, 4)
    assert Period.containing(dt.date(2026, 3, 31)) == Period(2026, 1)
    assert Period.containing(dt.date(2026, 4, 1)) == Period(2026, 2)
    assert Period.containing(dt.date(2026, 7, 1), whole_year=True) == Period(2026)
    assert quarter_of(dt.date(2028, 2, 29)) == Period(2028, 1)
    assert quarter_of(dt.date(2026, 9, 30)) == Period.parse("2026-Q3")


def test_whether_a_day_lies_in_a_period() -> None:
    q3 = Period(2026, 3)
    assert dt.date(2026, 7, 1) in q3
    assert dt.date(2026, 9, 30) in q3
    assert dt.date(2026, 6, 30) not in q3
    assert dt.date(2026, 10, 1) not in q3
    assert dt.date(2026, 2, 1) in Period(2026)
    assert "2026-07-01" not in q3


def test_previous_goes_back_across_years() -> None:
    assert Period(2026, 3).previous() == Period(2026, 2)
    assert Period(2026, 1).previous() == Period(2025, 4)
    assert Period(2026).previous() == Period(2025)
    assert str(Period.parse("2027-Q1").previous()) == "2026-Q4"


def test_same_period_last_year() -> None:
    assert Period(2026, 3).same_last_year() == Period(2025, 3)
    assert Period(2026).same_last_year() == Period(2025)
    assert Period(2028, 1).same_last_year().last_day == dt.date(2027, 3, 31)


def test_quarters_of_a_year() -> None:
    assert [str(q) for q in Period(2026).quarters()] == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
    ]
    assert Period(2026, 2).quarters() == (Period(2026, 2),)
    assert Period(2026, 2).is_quarter
    assert not Period(2026).is_quarter


def test_periods_are_values() -> None:
    assert Period.parse("2026-Q3") == Period(2026, 3)
    assert len({Period(2026, 3), Period.parse("2026-Q3"), Period(2026)}) == 2
    with pytest.raises(AttributeError):
        Period(2026).year = 2027  # type: ignore[misc]
