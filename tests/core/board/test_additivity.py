"""Property tests: every additive figure of a range is the sum of the figures of its parts.

Over the demo houses, random ranges are cut at random days; for the period figures
(``figures.ADDITIVE``, per house, room and activity) and for the board's review (key
figures, rooms, activities, months, weekdays, parts of the day, target groups, types),
the figure of the whole must equal the sum over the parts. A year must also equal its
four quarters and its twelve months. The non-additive figures (``figures.NOT_ADDITIVE``:
distinct activities, ratios, end-of-period counts) are deliberately not summed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from housedesk.common.periods import Period
from housedesk.core.board import figures, review
from housedesk.core.board.figures import ADDITIVE, PeriodFigures, additive_value
from housedesk.db import Database
from tests.helpers.databases import demo_house, kept_open

#: The issue's date: a December, with a room that left in mid-June two and a half years back.
TODAY = dt.date(2026, 12, 5)
FIRST = dt.date(2023, 9, 1)  # a month before the three-year demo's history begins
LAST = dt.date(2027, 2, 28)  # past the planned agenda's horizon
#: A bounded number of examples keeps the module at a few seconds; deadline=None because
#: a slow shared machine is no failure.
PROPERTY = settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module", params=[(3, 1, 1), (1, 2, 2)], ids=["3-years", "1-year-seed-2"])
def demo_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """The demo houses: three years with the upstairs room that left, and a younger one."""
    years, seed, _ = request.param
    path = tmp_path_factory.mktemp("additive") / "demo.sqlite3"
    yield from kept_open(demo_house(path, years=years, seed=seed, today=TODAY))


@st.composite
def split_ranges(draw: st.DrawFn) -> tuple[dt.date, dt.date, list[dt.date]]:
    """A range of days and one to four days it is cut at (each the first day of a part)."""
    span = (LAST - FIRST).days
    start = FIRST + dt.timedelta(days=draw(st.integers(0, span - 1)))
    length = draw(st.integers(2, min(800, (LAST - start).days + 1)))
    end = start + dt.timedelta(days=length - 1)
    cuts = draw(st.lists(st.integers(1, length - 1), min_size=1, max_size=4, unique=True))
    return start, end, [start + dt.timedelta(days=cut) for cut in sorted(cuts)]


def parts(first: dt.date, last: dt.date, cuts: Sequence[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """``first``–``last`` cut before each of ``cuts``."""
    starts = [first, *cuts]
    ends = [cut - dt.timedelta(days=1) for cut in cuts] + [last]
    return list(zip(starts, ends, strict=True))


def months(year: int) -> list[tuple[dt.date, dt.date]]:
    firsts = [dt.date(year, month, 1) for month in range(1, 13)]
    ends = [day - dt.timedelta(days=1) for day in firsts[1:]] + [dt.date(year, 12, 31)]
    return list(zip(firsts, ends, strict=True))


# --------------------------------------------------------------------------- what adds up


def figure_sums(result: PeriodFigures) -> Counter[tuple[object, ...]]:
    """Every additive figure of ``result``: the house's, and per room and activity."""
    sums: Counter[tuple[object, ...]] = Counter()
    for name in ADDITIVE:
        sums["house", name] += additive_value(result.totals, name)
    for room in result.rooms:
        sums["room", room.code, "available"] += room.available_minutes
        sums["room", room.code, "used"] += room.used.total
        sums["room", room.code, "held"] += room.sessions_held
        sums["room", room.code, "cancelled"] += room.sessions_cancelled
        sums["room", room.code, "visitors"] += room.visitors
    for activity in result.activities:
        sums["activity", activity.code, "held"] += activity.sessions_held
        sums["activity", activity.code, "cancelled"] += activity.sessions_cancelled
        sums["activity", activity.code, "minutes"] += activity.minutes
        sums["activity", activity.code, "visitors"] += activity.visitors
        sums["activity", activity.code, "counted"] += activity.counted_sessions
        sums["activity", activity.code, "new"] += activity.is_new
    return +sums  # zeros dropped: a part without a room's sessions adds nothing


def review_sums(result: review.Review) -> Counter[tuple[object, ...]]:
    """Every additive figure of the board's review."""
    sums: Counter[tuple[object, ...]] = Counter()
    key = result.key
    if key is not None:  # None: nothing happened, though the rooms were open
        assert key.available_minutes == sum(room.available_minutes for room in result.rooms)
        for name, value in (
            ("held", key.sessions_held),
            ("cancelled", key.sessions_cancelled),
            ("counted", key.counted_sessions),
            ("visitors", key.visitors),
            ("community", key.used.community),
            ("private", key.used.private),
            ("commercial", key.used.commercial),
            ("new", key.new_activities),
            ("signals", key.signals),
        ):
            sums["key", name] += value
    sums["rooms", "available"] += sum(room.available_minutes for room in result.rooms)
    for room in result.rooms:
        sums["room", room.code, "available"] += room.available_minutes
        sums["room", room.code, "used"] += room.used.total
    for row in result.activities:
        sums["activity", row.code, "held"] += row.sessions_held
        sums["activity", row.code, "minutes"] += row.minutes
        sums["activity", row.code, "visitors"] += row.visitors
    for chart, buckets in (
        ("month", result.visitors_by_month),
        ("weekday", result.visitors_by_weekday),
        ("part", result.visitors_by_part_of_day),
        ("group", result.visitors_by_target_group),
        ("type", result.visitors_by_type),
    ):
        for bucket in buckets:
            sums[chart, bucket.key, "sessions"] += bucket.sessions
            sums[chart, bucket.key, "visitors"] += bucket.visitors
    sums["uncounted"] += len(result.uncounted)
    sums["signals listed"] += len(result.signals)
    return sums


def flatten(sums: Counter[tuple[object, ...]]) -> Counter[tuple[object, ...]]:
    """``sums`` without its zeros: a part where a room had no sessions adds nothing."""
    return +sums


def summed(counters: Sequence[Counter[tuple[object, ...]]]) -> Counter[tuple[object, ...]]:
    total: Counter[tuple[object, ...]] = Counter()
    for counter in counters:
        total.update(flatten(counter))
    return +total


# --------------------------------------------------------------------------- the properties


@PROPERTY
@given(split=split_ranges())
def test_period_figures_of_a_range_are_the_sum_of_its_parts(
    demo_db: Database, split: tuple[dt.date, dt.date, list[dt.date]]
) -> None:
    first, last, cuts = split
    whole = figure_sums(figures.period_figures(demo_db, review.Days(first, last)))
    pieces = [
        figure_sums(figures.period_figures(demo_db, review.Days(a, b)))
        for a, b in parts(first, last, cuts)
    ]
    assert summed(pieces) == flatten(whole)


@PROPERTY
@given(split=split_ranges())
def test_the_review_of_a_range_is_the_sum_of_its_parts(
    demo_db: Database, split: tuple[dt.date, dt.date, list[dt.date]]
) -> None:
    first, last, cuts = split
    whole = review_sums(review.review(demo_db, first, last))
    pieces = [review_sums(review.review(demo_db, a, b)) for a, b in parts(first, last, cuts)]
    assert summed(pieces) == flatten(whole)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_a_year_is_its_quarters_and_its_months(demo_db: Database, year: int) -> None:
    whole = Period(year)
    expected = flatten(figure_sums(figures.period_figures(demo_db, whole)))
    quarters = [figure_sums(figures.period_figures(demo_db, q)) for q in whole.quarters()]
    assert summed(quarters) == expected
    by_month = [
        figure_sums(figures.period_figures(demo_db, review.Days(a, b))) for a, b in months(year)
    ]
    assert summed(by_month) == expected
    in_review = flatten(review_sums(review.review(demo_db, whole.first_day, whole.last_day)))
    assert summed([review_sums(review.review(demo_db, a, b)) for a, b in months(year)]) == in_review


def test_the_room_that_left_in_june_counts_until_then_in_the_year_and_its_quarters(
    tmp_path: Path,
) -> None:
    """The issue's case: 2024 as a year had more available hours than its four quarters."""
    db = demo_house(tmp_path / "demo.sqlite3", years=3, today=TODAY)
    try:
        year = figures.period_figures(db, Period(2024))
        quarters = [figures.period_figures(db, q) for q in Period(2024).quarters()]
        upstairs = [room for room in year.rooms if not room.active]
        assert [room.name for room in upstairs] == ["Bovenzaal"]
        code = upstairs[0].code
        per_quarter = [
            next((r.available_minutes for r in q.rooms if r.code == code), 0) for q in quarters
        ]
        assert per_quarter[0] > 0 and per_quarter[1] > 0  # in service until mid-June
        assert per_quarter[2] == per_quarter[3] == 0
        assert code not in {r.code for r in quarters[3].rooms}  # gone, without sessions
        assert year.totals.available_minutes == sum(q.totals.available_minutes for q in quarters)
    finally:
        db.close()
