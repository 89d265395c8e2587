"""Tests for housedesk.exchange.imports: the adviser's history counts nothing twice."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from housedesk.common.problems import ValidationError
from housedesk.exchange import aggregate as agg
from housedesk.exchange import format as fmt
from housedesk.exchange.imports import ExpectedHouse, HistoryError, ImportHistory, default_path
from tests.helpers.files import sample, write

HOUSES = ("BERCH", "HEIDE")


def fill(folder: Path, period: str, **kwargs: object) -> None:
    for code in HOUSES:
        write(sample(code, period, **kwargs), folder / fmt.suggested_file_name(code, period))  # type: ignore[arg-type]


def overview(result: agg.Aggregate) -> list[tuple[str, str, int, int]]:
    return [(s.house_code, s.period, s.sessions, s.visitors) for s in result.counted]


def test_reading_the_same_folder_again_counts_nothing_twice(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    fill(folder, "2026-Q3")
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        first = agg.aggregate_files([folder], history=history)
        second = agg.aggregate_files([folder], history=history)

        assert [o.status for o in first.outcomes] == ["geteld", "geteld"]
        assert [o.status for o in second.outcomes] == ["dubbel", "dubbel"]
        assert "is al op" in second.outcomes[0].messages[0]
        assert overview(second) == overview(first)
        assert len(history.exports()) == 2
        assert len(history.readings()) == 4


def test_next_quarter_the_old_files_in_the_folder_count_once(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    fill(folder, "2026-Q3")
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        agg.aggregate_files([folder], history=history)
        fill(folder, "2026-Q4", exported_at="2027-01-05T09:00:00+01:00")
        next_quarter = dt.datetime(2027, 1, 12, 10, 0, tzinfo=dt.UTC)
        result = agg.aggregate_files([folder], history=history, now=next_quarter)

        status = {o.file: o.status for o in result.outcomes}
        assert status == {
            "BERCH_2026-Q3.xlsx": "dubbel",
            "BERCH_2026-Q4.xlsx": "geteld",
            "HEIDE_2026-Q3.xlsx": "dubbel",
            "HEIDE_2026-Q4.xlsx": "geteld",
        }
        assert [(s.house_code, s.period) for s in result.counted] == [
            ("BERCH", "2026-Q3"),
            ("HEIDE", "2026-Q3"),
            ("BERCH", "2026-Q4"),
            ("HEIDE", "2026-Q4"),
        ]
        assert len(history.exports()) == 4


def test_the_history_keeps_counting_what_is_no_longer_in_the_folder(tmp_path: Path) -> None:
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        fill(tmp_path / "q3", "2026-Q3")
        first = agg.aggregate_files([tmp_path / "q3"], history=history)
        fill(tmp_path / "q4", "2026-Q4")
        second = agg.aggregate_files([tmp_path / "q4"], history=history)
        assert overview(second)[:2] == overview(first)
        assert len(second.outcomes) == 2


def test_a_later_export_replaces_one_read_in_an_earlier_run(tmp_path: Path) -> None:
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        fill(tmp_path / "eerst", "2026-Q3")
        agg.aggregate_files([tmp_path / "eerst"], history=history)
        correction = sample("BERCH", "2026-Q3", seed=9, exported_at="2026-11-01T10:00:00+01:00")
        path = write(correction, tmp_path / "later" / "BERCH_2026-Q3.xlsx")
        result = agg.aggregate_files([path], history=history)

        assert [o.status for o in result.outcomes] == ["geteld"]
        berch = next(s for s in result.counted if s.house_code == "BERCH")
        assert berch.export_id == correction.info["export_id"]

        # and the older file, read again afterwards, is still the same export: counted once
        again = agg.aggregate_files([tmp_path / "eerst"], history=history)
        assert [o.status for o in again.outcomes] == ["dubbel", "dubbel"]
        berch = next(s for s in again.counted if s.house_code == "BERCH")
        assert berch.export_id == correction.info["export_id"]


def test_an_older_export_read_later_is_superseded(tmp_path: Path) -> None:
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        new = sample("BERCH", "2026-Q3", seed=1, exported_at="2026-11-01T10:00:00+01:00")
        old = sample("BERCH", "2026-Q3", seed=2, exported_at="2026-10-01T10:00:00+02:00")
        agg.aggregate_files([write(new, tmp_path / "a" / "BERCH_2026-Q3.xlsx")], history=history)
        result = agg.aggregate_files(
            [write(old, tmp_path / "b" / "BERCH_2026-Q3.xlsx")], history=history
        )
        assert [o.status for o in result.outcomes] == ["vervangen"]
        assert [s.export_id for s in result.counted] == [new.info["export_id"]]


def test_history_per_house(tmp_path: Path) -> None:
    broken = sample("BERCH", "2026-Q3", seed=3)
    broken.rooms[0][4] = 0
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        fill(tmp_path / "inbox", "2026-Q3")
        write(broken, tmp_path / "inbox" / "BERCH_2026-Q3 bis.xlsx")
        moment = dt.datetime(2026, 10, 6, 9, 0, tzinfo=dt.UTC)
        results = [agg.read_workbook(p) for p in agg.find_files([tmp_path / "inbox"])]
        agg.aggregate(results, history=history, now=moment)

        readings = history.readings("BERCH")
        assert [(r.file_name, r.status) for r in readings] == [
            ("BERCH_2026-Q3 bis.xlsx", "afgewezen"),
            ("BERCH_2026-Q3.xlsx", "geteld"),
        ]
        assert readings[0].read_at == moment
        assert "Ruimtes!E2: 0 is te klein (minimaal 1)" in readings[0].messages[0]
        assert [r.file_name for r in history.readings("HEIDE")] == ["HEIDE_2026-Q3.xlsx"]


def test_expected_houses_come_from_the_history(tmp_path: Path) -> None:
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        history.set_expected_houses([("berch", "De Berch"), ("WATER", "Het Water")])
        assert history.expected_houses() == (
            ExpectedHouse("BERCH", "De Berch"),
            ExpectedHouse("WATER", "Het Water"),
        )
        fill(tmp_path / "inbox", "2026-Q3")
        result = agg.aggregate_files([tmp_path / "inbox"], history=history)
        assert [(m.period, m.house_code, m.house_name) for m in result.missing] == [
            ("2026-Q3", "WATER", "Het Water")
        ]


@pytest.mark.parametrize(
    ("houses", "field"),
    [
        ([("B", "Te kort")], "code"),
        ([("BERCH", "Een"), ("BERCH", "Twee")], "code"),
        ([("BERCH", "  ")], "name"),
    ],
)
def test_bad_expected_houses_change_nothing(
    tmp_path: Path, houses: list[tuple[str, str]], field: str
) -> None:
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        history.set_expected_houses([("HEIDE", "De Heide")])
        with pytest.raises(ValidationError) as caught:
            history.set_expected_houses(houses)
        assert caught.value.for_field(field)
        assert history.expected_houses() == (ExpectedHouse("HEIDE", "De Heide"),)


def test_the_history_survives_closing_and_lives_in_the_data_folder(
    tmp_path: Path, isolated_home: Path
) -> None:
    assert default_path() == isolated_home / "gemeente.sqlite3"
    fill(tmp_path / "inbox", "2026-Q3")
    with ImportHistory() as history:
        agg.aggregate_files([tmp_path / "inbox"], history=history)
    with ImportHistory() as history:
        (stored, _other) = history.exports()
        assert stored.summary.period == "2026-Q3"
        assert stored.summary.by_type  # the sums per activity type come back too


def test_a_file_that_is_no_history_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gemeente.sqlite3"
    path.write_text("geen database\n" * 100)
    with pytest.raises(HistoryError):
        ImportHistory(path)


def test_a_history_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gemeente.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(HistoryError):
        ImportHistory(path)
