"""The municipality's comparisons: a period's houses against a year earlier, and their totals.

One definition, used by the Gemeente screen, its PDF report and the aggregate
workbook, so all three say the same:

- **A year earlier** is the same quarter (or year) one year before, of the
  same house, when a file of it counts; otherwise there is no comparison
  ("—"), never a comparison with zero.
- **Occupancy** is used hours / available hours, summed first (over rooms,
  or over houses for a total): percentages are never added or averaged. It is
  shown as a percentage with one decimal, everywhere in the municipality's
  outputs (the occupancies of whole houses lie close together; whole
  percentages would hide the differences).
- **A difference in occupancy** is in percentage points, taken from the two
  percentages as shown (one decimal each), so a reader's own subtraction
  agrees with it.
- **A change in a count** (visitors, sessions) is (now − a year earlier) / a
  year earlier, shown as a whole percentage, halves rounded up; none when a
  year earlier was 0.
- **Totals** add up every counted house of the period. Their comparison with
  a year earlier is taken over the houses that have both periods only
  (``comparable``): adding a house that started this year to one side only
  would show growth that is not there. When every house has both, the two
  totals are one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from housedesk.common.numbers import half_up, shown_difference
from housedesk.common.periods import Period
from housedesk.exchange.reader import HouseSummary


def shown_percent(share: float | None) -> float | None:
    """A share (0..1) as the percentage that is shown: one decimal, halves up."""
    return None if share is None else half_up(share * 100, 1)


def points(now: float | None, before: float | None) -> float | None:
    """The difference of two shares in percentage points, from the percentages as shown."""
    if now is None or before is None:
        return None
    return shown_difference(now * 100, before * 100, 1)


def change(now: float, before: float | None) -> float | None:
    """The change of a count against a year earlier, in whole percent; none without a base."""
    if before is None or before <= 0:
        return None
    return half_up((now - before) / before * 100) + 0.0


def year_earlier(period: str) -> str:
    """The same quarter (or year) one year before ``period``."""
    return str(Period.parse(period).same_last_year())


@dataclass(frozen=True)
class Figures:
    """The additive figures of one or more house-periods, added up."""

    houses: int = 0
    sessions: int = 0
    visitors: int = 0
    used_hours: float = 0.0
    available_hours: float = 0.0
    community_hours: float = 0.0
    private_hours: float = 0.0
    commercial_hours: float = 0.0
    activities: int = 0
    new_activities: int = 0
    volunteers: int = 0
    signals: int = 0

    @classmethod
    def of(cls, summaries: Iterable[HouseSummary]) -> Figures:
        rows = list(summaries)
        return cls(
            houses=len(rows),
            sessions=sum(s.sessions for s in rows),
            visitors=sum(s.visitors for s in rows),
            used_hours=sum(s.used_hours for s in rows),
            available_hours=sum(s.available_hours for s in rows),
            community_hours=sum(s.community_hours for s in rows),
            private_hours=sum(s.private_hours for s in rows),
            commercial_hours=sum(s.commercial_hours for s in rows),
            activities=sum(s.activities for s in rows),
            new_activities=sum(s.new_activities for s in rows),
            volunteers=sum(s.volunteers for s in rows),
            signals=sum(s.signals for s in rows),
        )

    @property
    def occupancy(self) -> float | None:
        """Used / available hours; ``None`` when no hours were available."""
        return self.used_hours / self.available_hours if self.available_hours > 0 else None

    @property
    def community_share(self) -> float | None:
        """The part of the hours used that was community use (maatschappelijk)."""
        return self.community_hours / self.used_hours if self.used_hours > 0 else None


def figures_of(summary: HouseSummary) -> Figures:
    return Figures.of([summary])


@dataclass(frozen=True)
class Comparison:
    """Figures now and a year earlier (``None``: nothing to compare with), with the changes."""

    now: Figures
    before: Figures | None

    @property
    def visitors_change(self) -> float | None:
        return change(self.now.visitors, self.before.visitors if self.before else None)

    @property
    def sessions_change(self) -> float | None:
        return change(self.now.sessions, self.before.sessions if self.before else None)

    @property
    def occupancy_points(self) -> float | None:
        return points(self.now.occupancy, self.before.occupancy if self.before else None)

    @property
    def community_points(self) -> float | None:
        return points(
            self.now.community_share, self.before.community_share if self.before else None
        )


@dataclass(frozen=True)
class HouseYear(Comparison):
    """One house in a period against the same period a year earlier."""

    summary: HouseSummary
    earlier: HouseSummary | None

    @property
    def house_code(self) -> str:
        return self.summary.house_code

    @property
    def house_name(self) -> str:
        return self.summary.house_name

    @property
    def period(self) -> str:
        return self.summary.period


@dataclass(frozen=True)
class PeriodComparison:
    """A period's houses against a year earlier, with the totals of the period."""

    period: str
    earlier_period: str
    houses: tuple[HouseYear, ...]
    #: Every house of the period, added up; compared only when all have a year earlier.
    total: Comparison
    #: The houses that have both periods, added up on both sides (``None``: no such house).
    comparable: Comparison | None

    @property
    def all_comparable(self) -> bool:
        return bool(self.houses) and all(house.earlier is not None for house in self.houses)


def compare(counted: Sequence[HouseSummary], period: str) -> PeriodComparison:
    """The houses counted for ``period`` against the same period a year earlier."""
    earlier_period = year_earlier(period)
    by_key = {(s.house_code, s.period): s for s in counted}
    houses = []
    for summary in sorted((s for s in counted if s.period == period), key=lambda s: s.house_code):
        earlier = by_key.get((summary.house_code, earlier_period))
        houses.append(
            HouseYear(
                figures_of(summary),
                figures_of(earlier) if earlier else None,
                summary,
                earlier,
            )
        )
    both = [house for house in houses if house.earlier is not None]
    now_all = Figures.of(house.summary for house in houses)
    comparable = (
        Comparison(
            Figures.of(house.summary for house in both),
            Figures.of(house.earlier for house in both if house.earlier is not None),
        )
        if both
        else None
    )
    total = Comparison(
        now_all, comparable.before if comparable and len(both) == len(houses) else None
    )
    return PeriodComparison(period, earlier_period, tuple(houses), total, comparable)
