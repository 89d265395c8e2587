"""Tests for housedesk.common.times: times of day as people write them."""

from __future__ import annotations

import pytest

from housedesk.common.times import format_span, format_time, on_quarter, parse_time


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
    ],
)
def test_times_as_people_write_them(text: str, minutes: int) -> None:
    assert parse_time(text) == minutes


@pytest.mark.parametrize("text", ["", "9:60", "25:00", "24:15", "half tien", "9:3", "-1:00"])
def test_what_is_not_a_time(text: str) -> None:
    assert parse_time(text) is None


def test_formatting() -> None:
    assert format_time(570) == "09:30"
    assert format_time(1440) == "24:00"
    assert format_span(540, 690) == "09:00–11:30"
    assert on_quarter(555) and not on_quarter(550)
