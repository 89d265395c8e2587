"""Tests for housedesk.exchange.imports: the adviser's history counts nothing twice."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from housedesk.common.problems import ValidationError
from housedesk.exchange import advice
from housedesk.exchange import aggregate as agg
from housedesk.exchange import format as fmt
from housedesk.exchange.imports import ExpectedHouse, HistoryError, ImportHistory, default_path
from housedesk.exchange.reader import read_workbook
from tests.exchange.test_aggregate import aggregate_command, sheet_rows
from tests.helpers.files import sample, totals, write

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
        assert [o.read_before for o in second.outcomes] == [True, True]
        assert (
            second.outcomes[0].messages[0].startswith("BERCH_2026-Q3.xlsx: al eerder gelezen op ")
        )
        assert "telt nog steeds mee" in second.outcomes[0].messages[0]
        assert second.read_before == 2
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
        assert len(history.exports(now=next_quarter)) == 4


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
        before = totals(sample("BERCH", "2026-Q3"))["bezoekers"]
        after = totals(correction)["bezoekers"]
        assert (
            result.outcomes[0]
            .messages[0]
            .startswith(
                "BERCH_2026-Q3.xlsx: vervangt de export van 02-10-2026 14:03 (BERCH_2026-Q3.xlsx):"
                f" bezoekers {before:,} → {after:,}".replace(",", ".")
            )
        )

        # and the older file, read again afterwards, is still the same export: counted once,
        # and says it has been replaced since
        again = agg.aggregate_files([tmp_path / "eerst"], history=history)
        assert [o.status for o in again.outcomes] == ["vervangen", "dubbel"]
        assert again.outcomes[0].messages[0].startswith("BERCH_2026-Q3.xlsx: al eerder gelezen op")
        assert (
            "inmiddels vervangen door de export van 01-11-2026 10:00 (BERCH_2026-Q3.xlsx)"
            in again.outcomes[0].messages[0]
        )
        assert "dubbel" not in " ".join(again.outcomes[0].messages)
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
        assert readings[0].messages[0].endswith(advice.EDITED)
        assert "Ruimtes!E2: 0 is te klein (minimaal 1)" in readings[0].messages[1]
        assert [r.file_name for r in history.readings("HEIDE")] == ["HEIDE_2026-Q3.xlsx"]


# --- what the history holds is checked again with today's rules ----------------------


def stored_directly(
    history_path: Path, summary: dict[str, object], *, file_name: str, imported_at: str
) -> None:
    """Put an export into the history as an older version wrote it, checks and all bypassed."""
    ImportHistory(history_path).close()  # the tables
    connection = sqlite3.connect(history_path)
    with connection:
        connection.execute(
            "INSERT INTO exports VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                summary["export_id"],
                summary["house_code"],
                summary["period"],
                summary["exported_at"],
                file_name,
                imported_at,
                json.dumps(summary),
            ),
        )
    connection.close()


def summary_of(tmp_path: Path, code: str, period: str, **kwargs: object) -> dict[str, object]:
    """The summary an older version kept of a valid sample file."""
    path = write(sample(code, period, **kwargs), tmp_path / "bron" / f"{code}_{period}.xlsx")  # type: ignore[arg-type]
    result = read_workbook(path)
    assert result.summary is not None, result.messages()
    return result.summary.to_json()


def test_an_earlier_import_that_fails_todays_rules_is_reported_not_counted(
    tmp_path: Path,
) -> None:
    history_path = tmp_path / "gemeente.sqlite3"
    absurd = summary_of(tmp_path, "BERCH", "2026-Q3")
    absurd["visitors"] = int(1e308)  # the sum of sessions with 1e308 visitors each
    absurd["by_type"]["ontmoeting"][2] = int(1e308)  # type: ignore[index]
    stored_directly(
        history_path,
        absurd,
        file_name="BERCH_2026-Q3.xlsx",
        imported_at="2026-10-03T08:00:00+00:00",
    )
    fill(tmp_path / "inbox", "2026-Q4", exported_at="2026-11-02T10:00:00+01:00")
    out = tmp_path / "gemeente.xlsx"

    with ImportHistory(history_path) as history:
        result = agg.aggregate_files([tmp_path / "inbox"], history=history)
        agg.write_workbook(result, out)  # no OverflowError either
        again = agg.aggregate_files([tmp_path / "inbox"], history=history)

    assert [(s.house_code, s.period) for s in result.counted] == [
        ("BERCH", "2026-Q4"),
        ("HEIDE", "2026-Q4"),
    ]
    refused = result.outcomes[-1]
    assert (refused.file, refused.status) == ("BERCH_2026-Q3.xlsx", "afgewezen")
    assert (refused.house_code, refused.period) == ("BERCH", "2026-Q3")
    assert refused.messages[0] == f"BERCH_2026-Q3.xlsx: {advice.HISTORY}"
    assert refused.messages[1].startswith(
        "BERCH_2026-Q3.xlsx, importgeschiedenis: deze export is eerder ingelezen op 03-10-2026,"
        " maar voldoet niet aan de regels van nu"
    )
    assert refused.messages[2] == (
        "BERCH_2026-Q3.xlsx, importgeschiedenis: bezoekers 1.000e+308 is meer dan 10000 per"
        f" bijeenkomst ({absurd['sessions']} bijeenkomsten)"
    )
    assert [o.status for o in result.outcomes] == ["geteld", "geteld", "afgewezen"]
    assert [o.status for o in again.outcomes] == ["dubbel", "dubbel", "afgewezen"]
    assert not result.all_counted
    rows = sheet_rows(out, fmt.MESSAGES_SHEET)
    assert rows[-1]["bestand"] == "BERCH_2026-Q3.xlsx" and rows[-1]["status"] == "afgewezen"
    assert len(sheet_rows(out, fmt.OVERVIEW_SHEET)) == 2


def test_the_command_reports_an_earlier_import_that_fails_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    absurd = summary_of(tmp_path, "ZANDV", "2026-Q3")
    absurd["visitors"] = 5 * int(1e308)  # five sessions with 1e308 visitors each
    stored_directly(
        tmp_path / "home" / "gemeente.sqlite3",
        absurd,
        file_name="ZANDV_2026-Q3.xlsx",
        imported_at="2026-10-03T08:00:00+00:00",
    )
    fill(tmp_path / "inbox", "2026-Q3", seed=5)
    for _run in range(2):
        result = aggregate_command(tmp_path, tmp_path / "inbox")
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 1  # something was refused
        lines = result.stdout.splitlines()
        assert lines[2].startswith(
            "afgewezen  ZANDV_2026-Q3.xlsx, importgeschiedenis: deze export is eerder ingelezen"
        )
        overview = sheet_rows(tmp_path / "gemeente.xlsx", fmt.OVERVIEW_SHEET)
        assert [(row["huis_code"], row["bezoekers"]) for row in overview] == [
            (code, totals(sample(code, "2026-Q3", seed=5))["bezoekers"]) for code in HOUSES
        ]


def test_a_stored_export_dated_in_the_future_no_longer_supersedes_the_genuine_one(
    tmp_path: Path,
) -> None:
    history_path = tmp_path / "gemeente.sqlite3"
    genuine = summary_of(tmp_path, "BERCH", "2026-Q3", seed=1)
    forged = summary_of(tmp_path, "BERCH", "2026-Q3", seed=2)
    forged["exported_at"] = "9999-12-31T00:00:00+01:00"
    for summary, name in ((genuine, "echt.xlsx"), (forged, "vals.xlsx")):
        stored_directly(
            history_path, summary, file_name=name, imported_at="2026-10-03T08:00:00+00:00"
        )
    with ImportHistory(history_path) as history:
        result = agg.aggregate([], history=history)
    (counted,) = result.counted
    assert counted.export_id == genuine["export_id"]
    (refused,) = result.outcomes
    assert (refused.file, refused.status) == ("vals.xlsx", "afgewezen")
    assert any(
        "geexporteerd_op 9999-12-31T00:00:00+01:00 ligt meer dan een dag" in m
        for m in refused.messages
    )


@pytest.mark.parametrize(
    "damage",
    [
        lambda summary: summary.pop("by_nature"),
        lambda summary: summary.update(sessions="veel"),
        lambda summary: summary.update(used_hours=float("nan")),
        lambda summary: summary.update(available_hours=-1.0),
        lambda summary: summary.update(by_type={"dansen": [1, 2.0, 3]}),
        lambda summary: summary.update(by_nature={"maatschappelijk": None}),
        lambda summary: summary.update(house_code="berch"),
        lambda summary: summary.update(exported_at="2026-06-30T10:00:00+02:00"),
        lambda summary: summary.update(export_id="abc"),
        lambda summary: summary.update(new_activities=99),
    ],
    ids=[
        "missing-field",
        "not-a-number",
        "nan",
        "negative",
        "unknown-code",
        "bad-sums",
        "bad-house-code",
        "before-the-period",
        "bad-export-id",
        "more-new-than-all",
    ],
)
def test_whatever_a_stored_export_holds_the_run_completes(
    tmp_path: Path, damage: Callable[[dict[str, object]], object]
) -> None:
    history_path = tmp_path / "gemeente.sqlite3"
    summary = summary_of(tmp_path, "ZANDV", "2026-Q3")
    damage(summary)
    stored_directly(
        history_path, summary, file_name="ZANDV_2026-Q3.xlsx", imported_at="2026-10-03T08:00:00Z"
    )
    fill(tmp_path / "inbox", "2026-Q3")
    with ImportHistory(history_path) as history:
        result = agg.aggregate_files([tmp_path / "inbox"], history=history)
    assert [o.status for o in result.outcomes] == ["geteld", "geteld", "afgewezen"]
    assert [s.house_code for s in result.counted] == ["BERCH", "HEIDE"]
    assert len(result.outcomes[-1].messages) >= 2


def test_a_broken_row_is_refused_too(tmp_path: Path) -> None:
    history_path = tmp_path / "gemeente.sqlite3"
    ImportHistory(history_path).close()
    connection = sqlite3.connect(history_path)
    with connection:
        connection.execute(
            "INSERT INTO exports VALUES ('x', 'Y', 'Z', 'nooit', 'raar.xlsx', 'gisteren', '{[')"
        )
        connection.execute(
            "INSERT INTO exports VALUES ('y', 'Y', 'Z', 'nooit', 'diep.xlsx', 'gisteren', ?)",
            ("[" * 100_000 + "]" * 100_000,),
        )
    connection.close()
    with ImportHistory(history_path) as history:
        usable, refused = history.checked_exports()
        result = agg.aggregate([], history=history)
    assert usable == ()
    assert [export.file_name for export in refused] == ["raar.xlsx", "diep.xlsx"]
    assert "de opgeslagen cijfers zijn geen JSON" in refused[0].problems
    assert [o.status for o in result.outcomes] == ["afgewezen", "afgewezen"]


def test_a_refused_export_read_again_from_a_file_that_passes_takes_its_place(
    tmp_path: Path,
) -> None:
    history_path = tmp_path / "gemeente.sqlite3"
    inbox = tmp_path / "inbox"
    fill(inbox, "2026-Q3")
    good = agg.read_workbook(inbox / "BERCH_2026-Q3.xlsx")
    assert good.summary is not None
    old = good.summary.to_json()
    old.pop("by_nature")  # kept by a version that did not sum per nature yet
    stored_directly(
        history_path, old, file_name="BERCH_2026-Q3.xlsx", imported_at="2026-10-03T08:00:00Z"
    )
    with ImportHistory(history_path) as history:
        first = agg.aggregate_files([inbox], history=history)
        second = agg.aggregate_files([inbox], history=history)
        assert history.checked_exports()[1] == ()
    assert [o.status for o in first.outcomes] == ["geteld", "geteld", "afgewezen"]
    assert [s.house_code for s in first.counted] == ["BERCH", "HEIDE"]
    assert [o.status for o in second.outcomes] == ["dubbel", "dubbel"]
    assert [s.house_code for s in second.counted] == ["BERCH", "HEIDE"]


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


def test_what_the_history_holds_is_the_last_run_as_it_was_shown(tmp_path: Path) -> None:
    """After a restart the adviser sees what was shown after the last run, nothing read."""
    fill(tmp_path / "inbox", "2026-Q3")
    (tmp_path / "inbox" / "kapot.xlsx").write_bytes(b"PK\x03\x04 afgebroken")
    moment = dt.datetime(2026, 10, 20, 9, 0, tzinfo=dt.UTC)
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        history.set_expected_houses([("BERCH", "De Berch"), ("ZANDV", "Zandvoort")])
        agg.aggregate_files([tmp_path / "inbox"], history=history, now=moment)
        moment += dt.timedelta(minutes=5)
        shown = agg.aggregate_files([tmp_path / "inbox"], history=history, now=moment)
        readings = len(history.readings())
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        kept = agg.from_history(history, now=moment)
        assert len(history.readings()) == readings  # nothing recorded
    assert kept == shown
    assert [o.read_before for o in kept.outcomes] == [True, True, False]
    assert [(m.period, m.house_code) for m in kept.missing] == [("2026-Q3", "ZANDV")]


def test_an_empty_history_holds_nothing_to_show(tmp_path: Path) -> None:
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        kept = agg.from_history(history)
    assert (kept.outcomes, kept.counted, kept.read_at) == ((), (), None)


def test_a_history_of_an_older_version_gets_the_new_column_and_stays_readable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "gemeente.sqlite3"
    with sqlite3.connect(path) as old:  # as the first version made it
        old.executescript(
            "CREATE TABLE readings (id INTEGER PRIMARY KEY, read_at TEXT NOT NULL,"
            " file_name TEXT NOT NULL, house_code TEXT, period TEXT, export_id TEXT,"
            " status TEXT NOT NULL, messages TEXT NOT NULL);"
            "INSERT INTO readings VALUES (1, '2026-10-03T08:00:00+00:00', 'a.xlsx', 'BERCH',"
            " '2026-Q3', NULL, 'afgewezen', 'a.xlsx: kapot');"
            "PRAGMA user_version = 1;"
        )
    old.close()
    with ImportHistory(path) as history:
        (reading,) = history.last_run()
        assert (reading.file_name, reading.read_before) == ("a.xlsx", False)
    with sqlite3.connect(path) as reopened:
        # an added column raises no version: an older housedesk still opens the file
        assert reopened.execute("PRAGMA user_version").fetchone() == (1,)
    reopened.close()


def test_an_export_kept_before_the_app_version_was_kept_still_counts(tmp_path: Path) -> None:
    history_path = tmp_path / "gemeente.sqlite3"
    old = summary_of(tmp_path, "BERCH", "2026-Q3")
    assert old.pop("app_version") == "0.1.0"  # kept by a version that did not keep it
    stored_directly(
        history_path, old, file_name="BERCH_2026-Q3.xlsx", imported_at="2026-10-03T08:00:00Z"
    )
    fill(tmp_path / "inbox", "2026-Q4", exported_at="2026-11-02T10:00:00+01:00")
    with ImportHistory(history_path) as history:
        result = agg.aggregate_files([tmp_path / "inbox"], history=history)
    assert [o.status for o in result.outcomes if o.period == "2026-Q3"] == []  # nothing refused
    kept = next(s for s in result.counted if s.period == "2026-Q3")
    assert kept.app_version == ""
    assert {s.app_version for s in result.counted if s.period == "2026-Q4"} == {"0.1.0"}
