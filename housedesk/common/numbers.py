"""Rounding numbers as people round them: the one rule for every figure shown or written.

A figure on the Overzicht screen, in the board's PDF report and in the workbooks is
rounded half up (2.5 → 3, 0.125 → 0.13), not to the even neighbour as Python's
``round`` does; and a difference is taken of the figures as shown (92 % against 91 %
is +1 point, whatever the decimals behind them), so what a reader sees adds up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def half_up(value: float, places: int = 0) -> float:
    """``value`` rounded to ``places`` decimals as a person rounds (2.5 → 3, not 2)."""
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def shown_difference(now: float, before: float, places: int = 0) -> float:
    """``now - before`` of the two figures as shown with ``places`` decimals (no -0.0)."""
    return round(half_up(now, places) - half_up(before, places), places) + 0.0
