"""Tests for housedesk.common.times: times of day as people write them."""

from __future__ import annotations

import pytest

from housedesk.common import times
from housedesk.common.problems import Problem
from housedesk.common.times import (
    LATEST_END_MIN,
    end_after,
    format_span,
    format_time,
    on_quarter,
    parse_time,
    passes_midnight,
    read_time,
)
from housedesk.db import models


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("9:30", 570),
        ("09:30", 570),
        ("9.30", 570),
        ("9", 540),
        (" 14:15 ", 855),
        ("0:00", 0),
        ("24:00", 1440),
        ("20 uur", 1200),
        ("20u", 1200),
        ("19:00", 1140),
        ("19.00", 1140),
        ("19,00", 1140),
        ("1900", 1140),
        ("930", 570),
        ("0930", 570),
        ("19", 1140),
        ("0:30", 30),
        ("00:30", 30),
        ("19u30", 1170),
        ("19h30", 1170),
        ("19 u 30", 1170),
        ("19:30 uur", 1170),
        ("7 pm", 1140),
        ("7:30 PM", 1170),
        ("12 am", 0),
        ("12 pm", 720),
    ],
)
def test_times_as_people_write_them(text: str, minutes: int) -> None:
    assert parse_time(text) == minutes


@pytest.mark.parametrize("text", ["", "9:60", "25:00", "24:15", "half tien", "9:3", "-1:00"])
def test_what_is_not_a_time(text: str) -> None:
    assert parse_time(text) is None


def problem(text: str, *, end_of_day: bool = True) -> Problem:
    found = read_time(text, end_of_day=end_of_day)
    assert isinstance(found, Problem), found
    found.english()
    return found


def test_what_is_wrong_with_a_time_is_said() -> None:
    assert problem("").english() == "Enter a time, e.g. 19:30."
    assert problem("half acht").english() == (
        "'half acht' is not a time as written here: e.g. 19:30, 19.30 or 1930."
    )
    assert problem("19:3").english() == (
        "'19:3' is not complete: write the minutes with two digits, e.g. 19:05."
    )
    assert problem("25:00").english() == "There is no hour 25: the hours go from 0 to 23."
    assert problem("19:75").english() == "There is no minute 75: the minutes go from 00 to 59."
    assert problem("24:30").message == times.PAST_END_OF_DAY
    assert problem("13 pm").message == times.UNREADABLE
    assert problem("19-00").message == times.UNREADABLE


def test_the_end_of_the_day_only_where_a_time_may_end_a_day() -> None:
    assert read_time("24:00") == 1440
    assert read_time("24") == 1440
    assert problem("24:00", end_of_day=False).message == times.NOT_END_OF_DAY
    assert read_time("0:00", end_of_day=False) == 0


def test_formatting() -> None:
    assert format_time(570) == "09:30"
    assert format_time(1440) == "24:00"
    assert format_span(540, 690) == "09:00–11:30"
    assert on_quarter(555) and not on_quarter(550)


def test_a_span_past_midnight_is_written_as_the_clock_shows_it() -> None:
    assert format_time(1470) == "00:30"
    assert format_span(1140, 1470) == "19:00–00:30"
    assert format_span(600, 1440) == "10:00–24:00"
    assert passes_midnight(1470) and not passes_midnight(1440)


@pytest.mark.parametrize(
    ("start", "end", "meant"),
    [
        (1140, 30, 1470),  # 19:00–00:30: the next morning
        (1140, 0, 1440),  # 19:00–00:00: midnight
        (1320, 240, 1680),  # 22:00–04:00: the latest end
        (1320, 255, 255),  # 22:00–04:15: too late, left to be refused
        (600, 660, 660),  # 10:00–11:00: the same day
        (600, 600, 600),  # as long as nothing: left to be refused
        (660, 600, 600),  # 11:00–10:00: not a night, left to be refused
    ],
)
def test_an_end_before_the_start_is_after_midnight_until_four(
    start: int, end: int, meant: int
) -> None:
    assert end_after(start, end) == meant


def test_the_latest_end_is_the_databases() -> None:
    assert LATEST_END_MIN == models.LATEST_END_MIN
