"""Tests of the board's overview figures: equal to plain SQL, on empty ranges and a year back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from housedesk.common.codes import ActivityType, TargetGroup
from housedesk.core.board import review
from housedesk.core.board.review import PartOfDay
from housedesk.db import Database
from tests.helpers.databases import demo_house, kept_open

TODAY = dt.date(2026, 11, 25)
Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
Q4 = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    demo = demo_house(tmp_path_factory.mktemp("review") / "demo.sqlite3", today=TODAY)
    yield from kept_open(demo)


def sql(db: Database, query: str, **params: object) -> list[tuple]:
    with db.reading() as session:
        return [tuple(row) for row in session.execute(text(query), params)]


def one(db: Database, query: str, **params: object) -> object:
    return sql(db, query, **params)[0][0]


HELD_IN_RANGE = "status = 'gehouden' AND date BETWEEN :first AND :last"


def test_key_figures_equal_plain_sql(demo_db: Database) -> None:
    first, last = Q3
    result = review.review(demo_db, first, last)
    key = result.key
    assert key is not None and not result.is_empty
    days = {"first": first, "last": last}
    assert key.sessions_held == one(
        demo_db, f"SELECT count(*) FROM bookings WHERE {HELD_IN_RANGE}", **days
    )
    assert key.sessions_cancelled == one(
        demo_db,
        "SELECT count(*) FROM bookings WHERE status = 'geannuleerd' "
        "AND date BETWEEN :first AND :last",
        **days,
    )
    visitors, counted = sql(
        demo_db,
        f"SELECT sum(visitors), count(visitors) FROM bookings WHERE {HELD_IN_RANGE}",
        **days,
    )[0]
    assert (key.visitors, key.counted_sessions) == (visitors, counted)
    assert key.average_visitors == pytest.approx(visitors / counted)
    assert key.completeness == pytest.approx(counted / key.sessions_held)
    assert len(result.uncounted) == key.sessions_held - counted
    minutes = dict(
        sql(
            demo_db,
            "SELECT a.nature, sum(b.end_min - b.start_min) FROM bookings b "
            f"JOIN activities a ON a.id = b.activity_id WHERE b.{HELD_IN_RANGE} "
            "GROUP BY a.nature",
            **days,
        )
    )
    assert key.used.community == minutes.get("maatschappelijk", 0)
    assert key.used.private == minutes.get("particulier", 0)
    assert key.used.commercial == minutes.get("commercieel", 0)
    shares = [key.community_share, key.private_share, key.commercial_share]
    assert sum(share or 0 for share in shares) == pytest.approx(1)
    assert key.signals == one(
        demo_db, "SELECT count(*) FROM signals WHERE date BETWEEN :first AND :last", **days
    )
    assert key.resident_initiative_activities == one(
        demo_db,
        "SELECT count(DISTINCT a.id) FROM activities a JOIN users u ON u.id = a.user_id "
        "JOIN bookings b ON b.activity_id = a.id WHERE u.kind = 'inwonersinitiatief' "
        "AND b.status IN ('gehouden', 'geannuleerd') AND b.date BETWEEN :first AND :last",
        **days,
    )
    assert key.new_activities == one(
        demo_db,
        "SELECT count(*) FROM (SELECT activity_id, min(date) AS first FROM bookings "
        "WHERE status IN ('gehouden', 'geannuleerd') GROUP BY activity_id) "
        "WHERE first BETWEEN :first AND :last",
        **days,
    )


def test_breakdowns_equal_plain_sql(demo_db: Database) -> None:
    first, last = Q3
    result = review.review(demo_db, first, last)
    days = {"first": first, "last": last}
    months = sql(
        demo_db,
        "SELECT substr(date, 1, 7), count(*), coalesce(sum(visitors), 0) FROM bookings "
        f"WHERE {HELD_IN_RANGE} GROUP BY 1 ORDER BY 1",
        **days,
    )
    assert [
        (b.key.strftime("%Y-%m"), b.sessions, b.visitors) for b in result.visitors_by_month
    ] == [tuple(row) for row in months]
    # SQLite's %w counts from Sunday (0); Python's weekday() from Monday.
    weekdays = {
        (int(day) + 6) % 7: (count, visitors)
        for day, count, visitors in sql(
            demo_db,
            "SELECT strftime('%w', date), count(*), coalesce(sum(visitors), 0) FROM bookings "
            f"WHERE {HELD_IN_RANGE} GROUP BY 1",
            **days,
        )
    }
    for bucket in result.visitors_by_weekday:
        assert (bucket.sessions, bucket.visitors) == weekdays.get(bucket.key, (0, 0))
    parts = dict(
        sql(
            demo_db,
            "SELECT CASE WHEN start_min < 720 THEN 0 WHEN start_min < 1080 THEN 1 ELSE 2 END, "
            f"coalesce(sum(visitors), 0) FROM bookings WHERE {HELD_IN_RANGE} GROUP BY 1",
            **days,
        )
    )
    assert {b.key: b.visitors for b in result.visitors_by_part_of_day} == {
        part: parts.get(part.value, 0) for part in PartOfDay
    }
    groups = dict(
        sql(
            demo_db,
            "SELECT g.target_group, sum(b.visitors) FROM bookings b "
            "JOIN activity_target_groups g ON g.activity_id = b.activity_id "
            f"WHERE b.{HELD_IN_RANGE} GROUP BY 1",
            **days,
        )
    )
    assert {b.key: b.visitors for b in result.visitors_by_target_group} == {
        TargetGroup(group): visitors for group, visitors in groups.items()
    }
    types = dict(
        sql(
            demo_db,
            "SELECT a.type, coalesce(sum(b.visitors), 0) FROM bookings b "
            f"JOIN activities a ON a.id = b.activity_id WHERE b.{HELD_IN_RANGE} GROUP BY 1",
            **days,
        )
    )
    assert {b.key: b.visitors for b in result.visitors_by_type} == {
        ActivityType(kind): visitors for kind, visitors in types.items()
    }
    visitors = [b.visitors for b in result.visitors_by_type]
    assert visitors == sorted(visitors, reverse=True)


def test_activity_table_sorted_by_visitors_with_user(demo_db: Database) -> None:
    first, last = Q3
    result = review.review(demo_db, first, last)
    expected = {
        name: (user, held, minutes, visitors)
        for name, user, held, minutes, visitors in sql(
            demo_db,
            "SELECT a.name, u.name, sum(b.status = 'gehouden'), "
            "sum(CASE WHEN b.status = 'gehouden' THEN b.end_min - b.start_min ELSE 0 END), "
            "coalesce(sum(CASE WHEN b.status = 'gehouden' THEN b.visitors END), 0) "
            "FROM bookings b JOIN activities a ON a.id = b.activity_id "
            "JOIN users u ON u.id = a.user_id WHERE b.status IN ('gehouden', 'geannuleerd') "
            "AND b.date BETWEEN :first AND :last GROUP BY a.id",
            first=first,
            last=last,
        )
    }
    assert {
        row.name: (row.user_name, row.sessions_held, row.minutes, row.visitors)
        for row in result.activities
    } == expected
    visitors = [row.visitors for row in result.activities]
    assert visitors == sorted(visitors, reverse=True)


def test_room_occupancy_is_the_exports(demo_db: Database) -> None:
    from housedesk.common.periods import Period
    from housedesk.core.board.figures import room_figures

    result = review.review(demo_db, *Q3)
    assert result.rooms == room_figures(demo_db, Period(2026, 3))
    assert all(room.occupancy is None or 0 <= room.occupancy <= 1 for room in result.rooms)


def test_signal_text_only_where_shareable(demo_db: Database) -> None:
    first, last = dt.date(2025, 10, 1), TODAY
    result = review.review(demo_db, first, last)
    stored = sql(
        demo_db,
        "SELECT theme, text, shareable FROM signals WHERE date BETWEEN :first AND :last "
        "ORDER BY date, id",
        first=first,
        last=last,
    )
    assert len(result.signals) == len(stored) > 0
    for signal, (theme, body, shareable) in zip(result.signals, stored, strict=True):
        assert signal.theme == theme
        assert signal.text == ((body or None) if shareable else None)


def test_last_year_is_the_same_range_a_year_earlier(demo_db: Database) -> None:
    result = review.review(demo_db, *Q4)
    earlier = review.review(demo_db, dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert result.last_year is not None
    assert result.last_year == earlier.key
    assert result.last_year_first_day == dt.date(2025, 10, 1)
    # December 2026 is still to come: no bar of 0 for it.
    assert [bucket.key.month for bucket in result.visitors_by_month] == [10, 11]
    # The demo begins in October 2025: a year before Q3 2026 nothing was registered.
    assert review.review(demo_db, *Q3).last_year is None


def test_empty_range_says_so_without_dividing_by_zero(demo_db: Database) -> None:
    result = review.review(demo_db, dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    assert result.is_empty
    assert result.key is None and result.last_year is None
    assert result.activities == () and result.visitors_by_month == () and result.rooms == ()


def test_empty_house_and_undefined_averages(house_db: Database) -> None:
    assert review.review(house_db, *Q3).is_empty
    figures = review.KeyFigures(0, 3, 0, 0, review.NatureMinutes(), 0, 1, 0, 0, 0)
    assert figures.average_visitors is None
    assert figures.occupancy is None and figures.completeness is None
    assert figures.community_share is None


def test_a_backwards_range_is_refused(house_db: Database) -> None:
    with pytest.raises(ValueError):
        review.review(house_db, dt.date(2026, 2, 1), dt.date(2026, 1, 1))


def test_leap_day_a_year_earlier() -> None:
    assert review.year_earlier(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)


def test_a_year_before_registration_began_is_no_comparison(tmp_path: Path) -> None:
    db = demo_house(tmp_path / "new.sqlite3", years=1)  # registers from late 2025 on
    since = review.review(db, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert since.registered_since is not None and since.registered_since > dt.date(2025, 7, 1)
    assert not since.comparable and since.last_year is None
    db.close()
    db = demo_house(tmp_path / "old.sqlite3", years=2)
    both = review.review(db, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert both.comparable and both.last_year is not None
    db.close()
