"""Tests of housedesk.common.numbers: rounding halves up, differences as shown, typed numbers."""

from __future__ import annotations

import pytest

from housedesk.common import numbers
from housedesk.common.numbers import half_up, read_whole, shown_difference
from housedesk.common.problems import Problem


@pytest.mark.parametrize(("text", "number"), [("0", 0), ("17", 17), (" 10000 ", 10_000)])
def test_whole_numbers_in_range(text: str, number: int) -> None:
    assert read_whole(text, 0, 10_000) == number


def refused(text: str, *, optional: bool = False) -> Problem:
    found = read_whole(text, 0, 10_000, optional=optional)
    assert isinstance(found, Problem), found
    return found


def test_every_refusal_names_the_limits() -> None:
    assert refused("99999999999").english() == (
        "99999999999 is more than 10,000, the most there can be here: check the number."
    )
    assert refused("-4").english() == "-4 is less than 0: enter a whole number from 0 to 10,000."
    assert refused("−4", optional=True).english() == (
        "−4 is less than 0: enter a whole number from 0 to 10,000, or leave it empty."
    )
    assert refused("veel").english() == (
        "'veel' is not a whole number: enter one from 0 to 10,000."
    )
    assert refused("2,5", optional=True).message == numbers.NOT_WHOLE_OR_EMPTY
    assert refused("").english() == "Enter a whole number from 0 to 10,000."


def test_empty_is_none_where_a_field_may_stay_empty() -> None:
    assert read_whole("  ", 0, 10, optional=True) is None


def test_halves_round_up_as_people_round() -> None:
    assert [half_up(v) for v in (0.5, 1.5, 2.5, -0.4)] == [1, 2, 3, -0.0]
    assert half_up(0.25, 1) == 0.3
    assert half_up(0.125, 2) == 0.13  # Python's round gives 0.12


def test_a_difference_is_that_of_the_figures_as_shown() -> None:
    assert shown_difference(91.5, 91.49) == 1.0  # 92 % against 91 %: +1 point
    assert shown_difference(15.04, 15.02, 1) == 0.0  # no -0.0 either
    assert str(shown_difference(2.04, 2.05, 1)) == "-0.1"
