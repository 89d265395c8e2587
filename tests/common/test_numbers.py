"""Tests of the one rounding rule: halves up, and differences of the figures as shown."""

from __future__ import annotations

from housedesk.common.numbers import half_up, shown_difference


def test_halves_round_up_as_people_round() -> None:
    assert [half_up(v) for v in (0.5, 1.5, 2.5, -0.4)] == [1, 2, 3, -0.0]
    assert half_up(0.25, 1) == 0.3
    assert half_up(0.125, 2) == 0.13  # Python's round gives 0.12


def test_a_difference_is_that_of_the_figures_as_shown() -> None:
    assert shown_difference(91.5, 91.49) == 1.0  # 92 % against 91 %: +1 point
    assert shown_difference(15.04, 15.02, 1) == 0.0  # no -0.0 either
    assert str(shown_difference(2.04, 2.05, 1)) == "-0.1"
