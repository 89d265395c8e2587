"""Tests for housedesk.exchange.comparison: a year earlier per house, and the totals."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from openpyxl import load_workbook

from housedesk.exchange import aggregate as agg
from housedesk.exchange.comparison import Figures, change, compare, points, shown_percent
from housedesk.exchange.reader import HouseSummary
from tests.exchange.test_aggregate import sheet_rows


def house(code: str, period: str, visitors: int, used: float, available: float) -> HouseSummary:
    return HouseSummary(
        house_code=code,
        house_name=f"Huis {code}",
        period=period,
        export_id=f"{code}-{period}",
        exported_at="2026-10-02T14:03:11+02:00",
        approved=True,
        sessions=visitors // 10,
        visitors=visitors,
        used_hours=used,
        available_hours=available,
        community_hours=used / 2,
        private_hours=used / 2,
        commercial_hours=0.0,
        activities=5,
        new_activities=1,
        volunteers=10,
        signals=2,
    )


COUNTED = (
    house("AAA", "2025-Q3", 1000, 100, 400),
    house("AAA", "2026-Q3", 1200, 120, 400),
    house("BBB", "2025-Q3", 500, 50, 100),
    house("BBB", "2026-Q3", 400, 46, 100),
    house("NEW", "2026-Q3", 300, 10, 100),  # started this year: nothing a year earlier
)


def test_each_house_is_compared_with_its_own_same_period_a_year_earlier() -> None:
    result = compare(COUNTED, "2026-Q3")
    assert result.earlier_period == "2025-Q3"
    by_code = {h.house_code: h for h in result.houses}
    assert by_code["AAA"].visitors_change == 20
    assert by_code["AAA"].occupancy_points == 5.0  # 30.0 % against 25.0 %
    assert by_code["BBB"].visitors_change == -20
    assert by_code["BBB"].occupancy_points == -4.0
    assert by_code["NEW"].earlier is None
    assert by_code["NEW"].visitors_change is None and by_code["NEW"].occupancy_points is None


def test_totals_add_every_house_and_compare_only_houses_with_both_periods() -> None:
    result = compare(COUNTED, "2026-Q3")
    assert result.total.now == Figures.of(s for s in COUNTED if s.period == "2026-Q3")
    assert result.total.now.visitors == 1900 and result.total.now.houses == 3
    assert result.total.before is None  # one house has no year earlier: no like-for-like total
    assert not result.all_comparable
    assert result.comparable is not None
    assert (result.comparable.now.visitors, result.comparable.before.visitors) == (1600, 1500)  # type: ignore[union-attr]
    assert result.comparable.visitors_change == 7  # 6.67 % shown whole
    # occupancy of a total is hours over hours, never an average of percentages
    assert result.comparable.now.occupancy == (120 + 46) / 500


def test_when_every_house_has_a_year_earlier_the_total_is_compared() -> None:
    result = compare([s for s in COUNTED if s.house_code != "NEW"], "2026-Q3")
    assert result.all_comparable
    assert result.total.before == result.comparable.before  # type: ignore[union-attr]


def test_a_difference_is_that_of_the_percentages_as_shown() -> None:
    rng = random.Random(14)
    for _ in range(5000):
        now, before = rng.random(), rng.random()
        if rng.random() < 0.3:  # on the rounding edges
            now = round(now, 3) + 0.0005
            before = round(before, 3) - 0.0005
        difference = points(now, before)
        assert difference == round(shown_percent(now) - shown_percent(before), 1)  # type: ignore[operator]
    assert shown_percent(0.12345) == 12.3 and shown_percent(0.12355) == 12.4
    assert change(103, 200) == -49 and change(5, 0) is None and change(5, None) is None
    assert change(1, 8) == -88  # -87.5: a half goes away from zero, as people round it


def test_the_workbook_has_a_year_on_year_sheet_and_totals_below_the_houses(
    tmp_path: Path,
) -> None:
    result = agg.Aggregate((), COUNTED, (), latest_quarter="2026-Q3")
    out = tmp_path / "overzicht.xlsx"
    agg.write_workbook(result, out)
    houses = sheet_rows(out, "Huizen")
    blank = next(i for i, row in enumerate(houses) if row["huis_code"] is None)
    assert [row["huis_code"] for row in houses[:blank]] == ["AAA", "BBB", "NEW"]
    aaa = houses[0]
    assert (aaa["vorig_jaar"], aaa["bezoekers_vorig_jaar"], aaa["bezoekers_verschil"]) == (
        "2025-Q3",
        1000,
        0.2,
    )
    assert (aaa["bezettingsgraad"], aaa["bezettingsgraad_vorig_jaar"]) == (0.3, 0.25)
    assert aaa["bezettingsgraad_verschil_punten"] == 5.0
    total, comparable = houses[blank + 1 :]
    assert (total["huis_code"], total["huis_naam"], total["bezoekers"]) == (
        "TOTAAL",
        "Totaal (3 huizen)",
        1900,
    )
    assert total["bezoekers_vorig_jaar"] is None
    assert comparable["huis_naam"] == "Vergelijkbaar (2 huizen met een jaar eerder)"
    assert (comparable["bezoekers"], comparable["bezoekers_vorig_jaar"]) == (1600, 1500)
    assert comparable["bezoekers_verschil"] == 0.07
    book = load_workbook(out)
    assert book["Huizen"].cell(blank + 3, 1).font.bold
    assert book["Huizen"]["N2"].number_format == "+0%;-0%;0%"

    years = sheet_rows(out, "Jaar op jaar")
    assert [(r["huis_code"], r["periode"], r["vorig_jaar"]) for r in years] == [
        ("AAA", "2026-Q3", "2025-Q3"),
        ("BBB", "2026-Q3", "2025-Q3"),
        ("NEW", "2026-Q3", None),
        ("AAA", "2025-Q3", None),
        ("BBB", "2025-Q3", None),
    ]


def test_the_houses_sheet_shows_the_period_the_screen_shows_first(tmp_path: Path) -> None:
    """Not the running quarter two houses sent early, but the latest complete quarter."""
    early = dataclasses.replace(COUNTED[0], period="2026-Q4", export_id="early")
    result = agg.Aggregate((), (*COUNTED, early), (), latest_quarter="2026-Q3")
    assert result.default_period() == "2026-Q3"
    out = tmp_path / "overzicht.xlsx"
    agg.write_workbook(result, out)
    assert {row["periode"] for row in sheet_rows(out, "Huizen")} - {None} == {"2026-Q3"}
