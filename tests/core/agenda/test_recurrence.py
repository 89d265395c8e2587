"""Tests of repeating rules: to and from RRULE text, and their dates on real calendars."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from housedesk.core.agenda import recurrence as rec
from housedesk.core.agenda.recurrence import Frequency, Recurrence

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def test_weekly_rule_round_trips_through_rrule_text() -> None:
    rule = Recurrence(Frequency.WEEKLY, (THU, TUE), until=dt.date(2027, 6, 30))
    text = rec.to_rrule(rule)
    assert text == "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270630"
    assert rec.from_rrule(text) == Recurrence(Frequency.WEEKLY, (TUE, THU), until=rule.until)


def test_monthly_last_weekday_round_trips() -> None:
    rule = Recurrence(Frequency.MONTHLY, (FRI,), ordinal=-1, count=6)
    assert rec.to_rrule(rule) == "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"
    assert rec.from_rrule(rec.to_rrule(rule)) == rule


def test_the_demo_s_rules_are_understood() -> None:
    parsed = rec.from_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261231")
    assert parsed.interval == 2 and parsed.weekdays == (THU,)
    assert parsed.until == dt.date(2026, 12, 31)


def test_every_other_thursday() -> None:
    text = rec.to_rrule(Recurrence(Frequency.WEEKLY, (THU,), interval=2, count=4))
    assert rec.dates(text, dt.date(2026, 1, 1)) == [
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 15),
        dt.date(2026, 1, 29),
        dt.date(2026, 2, 12),
    ]


def test_first_monday_of_the_month_across_a_year_end() -> None:
    text = rec.to_rrule(Recurrence(Frequency.MONTHLY, (MON,), ordinal=1, count=3))
    first = rec.first_on_or_after(text, dt.date(2026, 11, 10))
    assert first == dt.date(2026, 12, 7)
    assert rec.dates(text, first) == [
        dt.date(2026, 12, 7),
        dt.date(2027, 1, 4),
        dt.date(2027, 2, 1),
    ]


def test_last_friday_of_february_in_a_leap_year() -> None:
    text = rec.to_rrule(Recurrence(Frequency.MONTHLY, (FRI,), ordinal=-1, count=2))
    assert rec.dates(text, dt.date(2028, 1, 1)) == [dt.date(2028, 1, 28), dt.date(2028, 2, 25)]


def test_mondays_of_2026_meet_three_dutch_public_holidays() -> None:
    text = rec.to_rrule(Recurrence(Frequency.WEEKLY, (MON,), until=dt.date(2026, 12, 31)))
    mondays = rec.dates(text, dt.date(2026, 1, 5))
    assert len(mondays) == 52
    dutch = holidays.country_holidays("NL", years=2026)
    on_holidays = [day for day in mondays if day in dutch]
    # Tweede paasdag, Koningsdag and tweede pinksterdag fall on Mondays in 2026.
    assert on_holidays == [dt.date(2026, 4, 6), dt.date(2026, 4, 27), dt.date(2026, 5, 25)]


def test_weekly_dates_keep_their_weekday_across_summer_time_switches() -> None:
    # Summer time starts 29 March 2026 and ends 25 October 2026 (Sundays).
    text = rec.to_rrule(Recurrence(Frequency.WEEKLY, (SUN,), count=4))
    assert rec.dates(text, dt.date(2026, 3, 22)) == [
        dt.date(2026, 3, 22),
        dt.date(2026, 3, 29),
        dt.date(2026, 4, 5),
        dt.date(2026, 4, 12),
    ]
    assert dt.date(2026, 10, 25) in rec.dates(text, dt.date(2026, 10, 18))


def test_a_range_of_dates_between_two_days() -> None:
    text = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231"
    days = rec.dates(text, dt.date(2026, 1, 6), start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))
    assert days == [dt.date(2026, 3, d) for d in (3, 10, 17, 24, 31)]


def test_cutting_a_rule_ends_it_the_day_before() -> None:
    text = "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
    cut = rec.ending_before(text, dt.date(2026, 1, 20))
    assert cut == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260119"
    assert rec.dates(cut, dt.date(2026, 1, 6)) == [dt.date(2026, 1, 6), dt.date(2026, 1, 13)]


def test_a_counted_rule_restarted_later_keeps_its_remaining_count() -> None:
    text = "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
    rest = rec.restarted(text, dt.date(2026, 1, 6), dt.date(2026, 1, 20), dt.date(2026, 3, 10))
    assert rest == "FREQ=WEEKLY;BYDAY=TU;COUNT=8"


def test_a_rule_without_end_restarts_until_its_last_booked_date() -> None:
    text = "FREQ=WEEKLY;BYDAY=WE;BYMONTH=1,2,3,9,10,11,12"
    rest = rec.restarted(text, dt.date(2026, 1, 7), dt.date(2026, 2, 4), dt.date(2026, 9, 30))
    assert rest == "FREQ=WEEKLY;BYDAY=WE;BYMONTH=1,2,3,9,10,11,12;UNTIL=20260930"
    days = rec.dates(rest, dt.date(2026, 2, 4))
    assert {day.month for day in days} == {2, 3, 9}  # the season is kept, no summer dates


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270101", True),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", True),
        ("FREQ=MONTHLY;BYDAY=-1FR;COUNT=5", True),
        ("FREQ=WEEKLY;BYDAY=WE;BYMONTH=1,2,3,9,10,11,12", False),
        ("FREQ=MONTHLY;BYDAY=1WE,3WE", False),
        ("FREQ=YEARLY;BYMONTH=9;BYDAY=2SA", False),
    ],
)
def test_only_rules_the_form_can_show_are_readable(text: str, shown: bool) -> None:
    assert (rec.readable(text) is not None) is shown


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (Recurrence(Frequency.WEEKLY, (), count=3), "weekdays"),
        (Recurrence(Frequency.WEEKLY, (MON,), interval=0, count=3), "interval"),
        (Recurrence(Frequency.WEEKLY, (MON,)), "until"),
        (Recurrence(Frequency.WEEKLY, (MON,), until=dt.date(2025, 1, 1)), "until"),
        (Recurrence(Frequency.WEEKLY, (MON,), until=dt.date(2040, 1, 1)), "until"),
        (Recurrence(Frequency.WEEKLY, (MON,), count=10_000), "count"),
        (Recurrence(Frequency.MONTHLY, (MON,), ordinal=5, count=3), "ordinal"),
        (Recurrence(Frequency.MONTHLY, (MON, TUE), ordinal=1, count=3), "weekdays"),
    ],
)
def test_bad_rules_are_refused_with_the_field_to_fix(rule: Recurrence, field: str) -> None:
    problems = rec.validate(rule, dt.date(2026, 1, 5))
    assert [problem.field for problem in problems] == [field]


@pytest.mark.parametrize(
    ("text", "first", "days"),
    [
        ("FREQ=WEEKLY;BYDAY=TU;COUNT=6", dt.date(2026, 3, 3), 1),
        ("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260430", dt.date(2026, 3, 3), -2),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;COUNT=8", dt.date(2026, 3, 7), 1),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO;UNTIL=20261231", dt.date(2026, 1, 5), 9),
        ("FREQ=WEEKLY;BYDAY=WE;BYMONTH=1,2,3;UNTIL=20260325", dt.date(2026, 1, 7), 7),
    ],
)
def test_a_shifted_weekly_rule_moves_every_date_by_the_same_days(
    text: str, first: dt.date, days: int
) -> None:
    moved = rec.shifted(text, days)
    later = first + dt.timedelta(days=days)
    expected = [day + dt.timedelta(days=days) for day in rec.dates(text, first)]
    if "BYMONTH" in text:  # a season keeps its months: what moves out of them is not there
        expected = [day for day in expected if day.month in (1, 2, 3)]
    assert rec.dates(moved, later) == expected


def test_a_shifted_rule_the_form_shows_stays_readable() -> None:
    moved = rec.shifted("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630", 1)
    assert moved == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260701"
    assert rec.readable(moved) == Recurrence(Frequency.WEEKLY, (WED,), until=dt.date(2026, 7, 1))


@pytest.mark.parametrize(
    "text", ["FREQ=MONTHLY;BYDAY=2TU;COUNT=5", "FREQ=YEARLY;BYMONTH=9;BYDAY=2SA"]
)
def test_only_weekly_rules_shift(text: str) -> None:
    assert not rec.can_shift(text)
    with pytest.raises(ValueError):
        rec.shifted(text, 1)
