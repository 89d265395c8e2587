"""Property tests of the exchange: a year's workbook adds up to its quarters', read and counted.

The house exports a year and its four quarters (``exchange.writer``); the files are read
back as the municipality reads them (``exchange.reader``) and counted (``exchange.aggregate``).
Every additive figure (``figures.ADDITIVE``, by its name in the exchange format) of the
year equals the sum over the quarters, also per activity type, target group and nature
of use; among them the available hours of the room that left service in mid-June.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from housedesk.common.periods import Period
from housedesk.core.board.figures import ADDITIVE
from housedesk.exchange import aggregate as agg
from housedesk.exchange.reader import _DUTCH, HouseSummary, ReadResult, read_workbook
from housedesk.exchange.writer import export_period
from tests.helpers.databases import demo_house

TODAY = dt.date(2026, 12, 5)
NOW = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)
YEARS = (2024, 2025)
#: The additive figures as HouseSummary names them.
SUMMARY_FIELDS = {
    english: dutch
    for english, dutch in _DUTCH.items()
    if dutch in {name for name in ADDITIVE.values() if name is not None}
}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ReadResult]]:
    """The demo house's years and quarters, exported and read back, by period."""
    folder = tmp_path_factory.mktemp("additive-exports")
    db = demo_house(folder / "demo.sqlite3", years=3, today=TODAY)
    read: dict[str, ReadResult] = {}
    try:
        for year in YEARS:
            for period in (Period(year), *Period(year).quarters()):
                written = export_period(db, period, folder, now=NOW)
                result = read_workbook(written.path, now=NOW)
                assert result.valid, result.messages()
                read[str(period)] = result
    finally:
        db.close()
    yield read


def additive(summary: HouseSummary) -> Counter[tuple[str, ...]]:
    """Every additive figure of a summary; hours in hundredths (as the file holds them)."""
    sums: Counter[tuple[str, ...]] = Counter()
    for name in SUMMARY_FIELDS:
        value = getattr(summary, name)
        sums[(name,)] += round(value * 100) if isinstance(value, float) else value
    for group in ("by_type", "by_target_group", "by_nature"):
        for code, totals in getattr(summary, group).items():
            sums[group, code, "sessions"] += totals.sessions
            sums[group, code, "hours"] += round(totals.hours * 100)
            sums[group, code, "visitors"] += totals.visitors
    return +sums


def close(one: Counter[tuple[str, ...]], other: Counter[tuple[str, ...]]) -> bool:
    """Equal, hours allowed one hundredth per part apart (each part is rounded on its own)."""
    return one.keys() == other.keys() and all(abs(one[k] - other[k]) <= 4 for k in one)


def test_every_additive_figure_of_the_exchange_is_checked() -> None:
    exchanged = {name for name in ADDITIVE.values() if name is not None}
    assert set(SUMMARY_FIELDS.values()) == exchanged


@pytest.mark.parametrize("year", YEARS)
def test_a_years_export_is_the_sum_of_its_quarters(
    exports: dict[str, ReadResult], year: int
) -> None:
    whole = exports[str(year)].summary
    assert whole is not None
    quarters = Counter[tuple[str, ...]]()
    for quarter in Period(year).quarters():
        summary = exports[str(quarter)].summary
        assert summary is not None
        quarters.update(additive(summary))
    assert close(+quarters, additive(whole)), (+quarters, additive(whole))


def test_the_upstairs_room_counts_until_it_left(
    exports: dict[str, ReadResult], tmp_path: Path
) -> None:
    rooms = {
        period: {room.name: room.available_hours for room in result.figures.rooms}
        for period, result in (
            (p, read_workbook(exports[p].path, now=NOW, figures=True)) for p in exports
        )
        if result.figures is not None
    }
    quarters = [rooms[f"2024-Q{q}"].get("Bovenzaal", 0.0) for q in range(1, 5)]
    assert quarters[0] > 0 and quarters[1] > 0 and quarters[2] == quarters[3] == 0
    assert rooms["2024"]["Bovenzaal"] == pytest.approx(sum(quarters), abs=0.02)
    assert "Bovenzaal" not in rooms["2025"]


@settings(
    max_examples=10,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(year=st.sampled_from(YEARS), order=st.permutations(range(4)))
def test_the_aggregate_of_a_year_is_the_aggregate_of_its_quarters(
    exports: dict[str, ReadResult], year: int, order: list[int]
) -> None:
    """Counted by the municipality in any order, the quarters add up to the year."""
    quarters = [exports[f"{year}-Q{index + 1}"] for index in order]
    counted = agg.aggregate(quarters, now=NOW).counted
    assert [summary.period for summary in counted] == [f"{year}-Q{q}" for q in range(1, 5)]
    total = Counter[tuple[str, ...]]()
    for summary in counted:
        total.update(additive(summary))
    (whole,) = agg.aggregate([exports[str(year)]], now=NOW).counted
    assert close(+total, additive(whole))
