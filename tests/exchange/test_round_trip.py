"""The whole exchange, end to end: every quarter of a demo house exported, then aggregated.

The aggregate's Overzicht must hold exactly the numbers the house's database
holds, computed here by plain SQL, independently of the app's own figures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from housedesk.common.periods import Period
from housedesk.db import Database
from housedesk.exchange import aggregate as agg
from housedesk.exchange import format as fmt
from housedesk.exchange.writer import export_period
from tests.helpers.databases import demo_house

TODAY = dt.date(2026, 11, 25)
QUARTERS = [Period(year, q) for year in (2024, 2025, 2026) for q in (1, 2, 3, 4)]


def database_figures(db: Database, period: Period) -> dict[str, float]:
    """What the database holds for a period, by plain SQL."""
    with db.reading() as s:
        sessions, visitors, minutes = s.execute(
            text(
                "SELECT count(*), coalesce(sum(visitors), 0), coalesce(sum(end_min - start_min), 0)"
                " FROM bookings WHERE status = 'gehouden' AND date BETWEEN :a AND :b"
            ),
            {"a": period.first_day, "b": period.last_day},
        ).one()
        signals = s.execute(
            text("SELECT count(*) FROM signals WHERE date BETWEEN :a AND :b"),
            {"a": period.first_day, "b": period.last_day},
        ).scalar_one()
    return {
        "bijeenkomsten": sessions,
        "bezoekers": visitors,
        "gebruikte_uren": round(minutes / 60, 2),
        "signalen": signals,
    }


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Path, list[Period]]:
    folder = tmp_path_factory.mktemp("mailbox")
    db = demo_house(
        tmp_path_factory.mktemp("house") / "house.sqlite3", years=2, seed=11, today=TODAY
    )
    periods = [p for p in QUARTERS if p.last_day < TODAY and p.first_day >= dt.date(2024, 10, 1)]
    for period in periods:
        export_period(db, period, folder)
    return db, folder, periods


def test_every_exported_quarter_is_counted_with_the_databases_numbers(
    exported: tuple[Database, Path, list[Period]], tmp_path: Path
) -> None:
    db, folder, periods = exported
    result = agg.aggregate_files([folder])
    assert result.all_counted, [o.messages for o in result.outcomes]
    assert result.count(agg.COUNTED) == len(periods) == 8
    out = tmp_path / "overzicht.xlsx"
    agg.write_workbook(result, out)
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book[fmt.OVERVIEW_SHEET].iter_rows(values_only=True))
    book.close()
    header, data = rows[0], rows[1:]
    by_period = {row[header.index("periode")]: dict(zip(header, row, strict=True)) for row in data}
    assert sorted(by_period) == sorted(str(p) for p in periods)
    for period in periods:
        row = by_period[str(period)]
        expected = database_figures(db, period)
        assert row["bijeenkomsten"] == expected["bijeenkomsten"], period
        assert row["bezoekers"] == expected["bezoekers"], period
        assert row["gebruikte_uren"] == pytest.approx(expected["gebruikte_uren"], abs=0.01), period
        assert row["signalen"] == expected["signalen"], period
        assert row["huis_code"] == "BERGH"
