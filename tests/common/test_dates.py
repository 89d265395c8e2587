"""Tests for housedesk.common.dates: dates as volunteers type them, and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from housedesk.common import dates
from housedesk.common.dates import format_date, parse_date
from housedesk.common.problems import Problem

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19-07-2027", dt.date(2027, 7, 19)),
        ("19-7-27", dt.date(2027, 7, 19)),
        ("19/7/2027", dt.date(2027, 7, 19)),
        ("19.07.2027", dt.date(2027, 7, 19)),
        ("19 7 2027", dt.date(2027, 7, 19)),
        (" 19 - 07 - 2027 ", dt.date(2027, 7, 19)),
        ("19–07–2027", dt.date(2027, 7, 19)),  # an en dash, as a word processor makes it
        ("19072027", dt.date(2027, 7, 19)),
        ("190727", dt.date(2027, 7, 19)),
        ("2027-07-19", dt.date(2027, 7, 19)),
        ("19 juli 2027", dt.date(2027, 7, 19)),
        ("19 Juli 2027", dt.date(2027, 7, 19)),
        ("19 jul. 2027", dt.date(2027, 7, 19)),
        ("19 jul 27", dt.date(2027, 7, 19)),
        ("19e juli 2027", dt.date(2027, 7, 19)),
        ("1 mrt 2027", dt.date(2027, 3, 1)),
        ("1 maart 2027", dt.date(2027, 3, 1)),
        ("3 okt 2027", dt.date(2027, 10, 3)),
        ("3 sept. 2027", dt.date(2027, 9, 3)),
        ("3 augu 2027", dt.date(2027, 8, 3)),  # an unambiguous start of a name
        ("1 mei 2027", dt.date(2027, 5, 1)),
        ("July 19, 2027", dt.date(2027, 7, 19)),
        ("19 July 2027", dt.date(2027, 7, 19)),
        ("19th of July 2027", dt.date(2027, 7, 19)),
        ("1 Oct 2027", dt.date(2027, 10, 1)),
        ("1 March 2027", dt.date(2027, 3, 1)),
        ("ma 19 juli 2027", dt.date(2027, 7, 19)),
        ("maandag 19-07-2027", dt.date(2027, 7, 19)),
        ("Monday, 19 July 2027", dt.date(2027, 7, 19)),
        ("zaterdag de 24e juli 2027", dt.date(2027, 7, 24)),
        ("29-02-2028", dt.date(2028, 2, 29)),
        ("vandaag", TODAY),
        ("Morgen", TODAY + dt.timedelta(days=1)),
        ("overmorgen", TODAY + dt.timedelta(days=2)),
        ("gisteren", TODAY - dt.timedelta(days=1)),
        ("today", TODAY),
        ("tomorrow", TODAY + dt.timedelta(days=1)),
    ],
)
def test_dates_as_people_type_them(text: str, day: dt.date) -> None:
    assert parse_date(text, TODAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19/7", dt.date(2027, 7, 19)),  # July is past: next July
        ("19 juli", dt.date(2027, 7, 19)),
        ("1-1", dt.date(2027, 1, 1)),
        ("2/11", dt.date(2026, 11, 2)),  # this month, a few weeks back
        ("1-9", dt.date(2026, 9, 1)),  # under three months back: this year still
        ("24-8", dt.date(2027, 8, 24)),  # more than three months back: next year
        ("31-12", dt.date(2026, 12, 31)),
        ("2911", dt.date(2026, 11, 29)),
        ("29-2", dt.date(2028, 2, 29)),  # the next 29 February
    ],
)
def test_a_date_without_a_year_is_the_first_from_three_months_ago(text: str, day: dt.date) -> None:
    assert parse_date(text, TODAY) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19/7", dt.date(2026, 7, 19)),
        ("1-1", dt.date(2026, 1, 1)),
        ("25-11", dt.date(2026, 11, 25)),
        ("26-11", dt.date(2025, 11, 26)),  # tomorrow's date is last year's
        ("29-2", dt.date(2024, 2, 29)),
    ],
)
def test_a_field_for_the_past_takes_the_last_such_date(text: str, day: dt.date) -> None:
    assert parse_date(text, TODAY, past=True) == day


def problem(text: str) -> Problem:
    found = parse_date(text, TODAY)
    assert isinstance(found, Problem), found
    assert found.field == ""
    found.english()  # every message can be written out with its arguments
    return found


@pytest.mark.parametrize("text", ["", "   "])
def test_nothing_typed_asks_for_a_date(text: str) -> None:
    assert problem(text).message == dates.EMPTY
    assert problem(text).english() == "Enter a date, e.g. 19-07-2026."


@pytest.mark.parametrize("text", ["19", "7", "19-"])
def test_a_day_alone_asks_which_month(text: str) -> None:
    assert problem(text).message == dates.NO_MONTH


@pytest.mark.parametrize("text", ["juli 2027", "juli", "2027-07"])
def test_a_month_alone_asks_which_day(text: str) -> None:
    assert problem(text).message == dates.NO_DAY


@pytest.mark.parametrize("text", ["19-07-2", "19-07-202", "19 juli 202"])
def test_a_short_year_asks_for_the_whole_year(text: str) -> None:
    assert problem(text).message == dates.SHORT_YEAR


def test_an_impossible_date_is_refused_never_moved() -> None:
    found = problem("31-02-2027")
    assert found.message == dates.BAD_DAY
    assert found.english() == "31-02-2027 does not exist: February 2027 has 28 days."
    assert problem("31-4-27").english() == "31-04-2027 does not exist: April 2027 has 30 days."
    assert problem("29-02-2027").message == dates.BAD_DAY
    assert problem("31-02").message == dates.BAD_DAY_ANY_YEAR
    assert problem("31 feb").english() == "31-02 does not exist: February has at most 29 days."


def test_a_month_that_does_not_exist() -> None:
    assert problem("19-13-2027").english() == ("There is no month 13: the months go from 1 to 12.")


def test_a_wrong_weekday_is_asked_about_rather_than_guessed() -> None:
    found = problem("di 19 juli 2027")
    assert found.message == dates.WRONG_WEEKDAY
    assert found.english() == (
        "19-07-2027 is a Monday, not a Tuesday. Which of the two did you mean?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "19-07-2027 20:00",
        "blauw",
        "19 blauw 2027",
        "19-07-2027-1",
        "0-07-2027",
        "19 ju 2027",  # juni or juli?
        "19 juli juni 2027",
        "123-07-2027",
        "19-007-2027",
        "12345",
        "vandaag 19",
        "19-07-2027!",
        "19(07)2027",
    ],
)
def test_what_is_not_a_date(text: str) -> None:
    assert problem(text).message == dates.UNREADABLE


def test_a_message_names_what_was_typed_and_gives_an_example() -> None:
    assert problem("blauw").english() == (
        "'blauw' is not a date as written here: day, month and year, "
        "e.g. 19-07-2026 or 19 July 2026."
    )


def test_formatting() -> None:
    assert format_date(dt.date(2027, 7, 9)) == "09-07-2027"
    for text in ("09-07-2027", format_date(dt.date(2031, 12, 31))):
        assert format_date(parse_date(text, TODAY)) == text  # type: ignore[arg-type]
