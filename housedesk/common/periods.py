"""Reporting periods: a quarter ("2026-Q3") or a whole year ("2026"), as the exchange writes them.

The board reviews, approves and exports per period, and screens filter by
"this quarter" or "last year"; ``Period`` is the one place that knows where
those begin and end. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

_PERIOD = re.compile(r"(?P<year>\d{4})(?:-Q(?P<quarter>[1-4]))?", re.ASCII)


class DayRange(Protocol):
    """Anything with a first and a last day, both included: a ``Period``, or a from–to range."""

    @property
    def first_day(self) -> dt.date: ...

    @property
    def last_day(self) -> dt.date: ...


@dataclass(frozen=True)
class Period:
    """A quarter of a year (``quarter`` 1..4) or, with ``quarter`` ``None``, the whole year."""

    year: int
    quarter: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is outside 1..9999")
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise ValueError(f"quarter {self.quarter} is outside 1..4")

    @classmethod
    def parse(cls, text: str) -> Period:
        """The period written as "2026-Q3" or "2026"; raises ``ValueError`` on anything else."""
        match = _PERIOD.fullmatch(text)
        if match is None:
            raise ValueError(f"not a period (YYYY-Qn or YYYY): {text!r}")
        quarter = match.group("quarter")
        return cls(int(match.group("year")), int(quarter) if quarter else None)

    @classmethod
    def containing(cls, day: dt.date, *, whole_year: bool = False) -> Period:
        """The quarter (or, with ``whole_year``, the year) that ``day`` falls in."""
        if whole_year:
            return cls(day.year)
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def is_quarter(self) -> bool:
        return self.quarter is not None

    @property
    def first_day(self) -> dt.date:
        if self.quarter is None:
            return dt.date(self.year, 1, 1)
        return dt.date(self.year, 3 * self.quarter - 2, 1)

    @property
    def last_day(self) -> dt.date:
        """The period's last day, inclusive."""
        if self.quarter is None or self.quarter == 4:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, 3 * self.quarter + 1, 1) - dt.timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first_day <= day <= self.last_day

    def previous(self) -> Period:
        """The quarter before a quarter (Q1 goes back to Q4 of the year before), or last year."""
        if self.quarter is None:
            return Period(self.year - 1)
        if self.quarter == 1:
            return Period(self.year - 1, 4)
        return Period(self.year, self.quarter - 1)

    def same_last_year(self) -> Period:
        """The same quarter (or the whole year) one year earlier, for trends against last year."""
        return Period(self.year - 1, self.quarter)

    def quarters(self) -> tuple[Period, ...]:
        """The quarters of a year, or the quarter itself."""
        if self.quarter is not None:
            return (self,)
        return tuple(Period(self.year, quarter) for quarter in range(1, 5))

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.quarter is None else f"{self.year:04d}-Q{self.quarter}"


def quarter_of(day: dt.date) -> Period:
    """The quarter that ``day`` falls in."""
    return Period.containing(day)
