"""Tests for housedesk.exchange.aggregate: which file counts, the workbook, the command."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from housedesk.cli import main as cli
from housedesk.common.outputs import OutputError
from housedesk.common.periods import Period
from housedesk.exchange import aggregate as agg
from housedesk.exchange import format as fmt
from housedesk.exchange import reader
from housedesk.exchange.imports import ExpectedHouse, ImportHistory
from tests.exchange.aggregate_memory import build as build_large_files
from tests.helpers.files import Text, derive, sample, totals, write
from tests.helpers.processes import run_housedesk
from tests.helpers.windows import needs_mode_bits

HOUSES = ("BERCH", "HEIDE", "ZANDV")
#: A moment of reading in the fourth quarter: the latest complete quarter is 2026-Q3.
READ_IN_OCTOBER = dt.datetime(2026, 10, 20, 9, 0, tzinfo=dt.UTC)
PERIODS = ("2026-Q2", "2026-Q3")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three houses, two quarters each."""
    folder = tmp_path / "inbox"
    for code in HOUSES:
        for period in PERIODS:
            write(sample(code, period), folder / fmt.suggested_file_name(code, period))
    return folder


def sheet_rows(path: Path, title: str) -> list[dict[str, object]]:
    workbook = load_workbook(path)
    sheet = workbook[title]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_overview_numbers_equal_the_sums_of_the_input_files(folder: Path, tmp_path: Path) -> None:
    result = agg.aggregate_files([folder])
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(result, out)

    assert [o.status for o in result.outcomes] == ["geteld"] * 6
    workbook = load_workbook(out)
    assert workbook.sheetnames[:2] == [fmt.OVERVIEW_SHEET, fmt.MESSAGES_SHEET]
    header = next(workbook[fmt.OVERVIEW_SHEET].iter_rows(max_row=1, values_only=True))
    assert header == fmt.OVERVIEW_COLUMNS
    rows = sheet_rows(out, fmt.OVERVIEW_SHEET)
    assert [(row["huis_code"], row["periode"]) for row in rows] == [
        (code, period) for period in PERIODS for code in HOUSES
    ]
    for row in rows:
        expected = totals(sample(str(row["huis_code"]), str(row["periode"])))
        for column, value in expected.items():
            assert row[column] == pytest.approx(value, abs=0.005), (row["huis_code"], column)
        assert row["bezettingsgraad"] == pytest.approx(
            expected["gebruikte_uren"] / expected["beschikbare_uren"], abs=1e-6
        )
        assert row["vastgesteld"] == "ja"
    occupancy = workbook[fmt.OVERVIEW_SHEET]["H2"]
    assert occupancy.number_format.endswith("%")
    assert 0 < occupancy.value < 1


def test_the_period_totals_add_up_the_houses(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(agg.aggregate_files([folder]), out)
    overview = sheet_rows(out, fmt.OVERVIEW_SHEET)
    for row in sheet_rows(out, "Per periode"):
        houses = [o for o in overview if o["periode"] == row["periode"]]
        assert row["huizen"] == 3
        for column in ("bijeenkomsten", "bezoekers", "signalen", "vrijwilligers"):
            assert row[column] == sum(o[column] for o in houses)  # type: ignore[misc]
    by_type = sheet_rows(out, "Per activiteitstype")
    for period in PERIODS:
        houses = [o for o in overview if o["periode"] == period]
        rows = [r for r in by_type if r["periode"] == period]
        assert sum(r["bijeenkomsten"] for r in rows) == sum(o["bijeenkomsten"] for o in houses)  # type: ignore[misc]
        assert sum(r["bezoekers"] for r in rows) == sum(o["bezoekers"] for o in houses)  # type: ignore[misc]
    nature = sheet_rows(out, "Per gebruiksaard")
    q3 = {r["gebruiksaard"]: r for r in nature if r["periode"] == "2026-Q3"}
    assert set(q3) == {"maatschappelijk", "particulier", "commercieel"}
    assert q3["particulier"]["omschrijving"] == "Particulier"


def test_the_workbook_has_editable_charts(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(agg.aggregate_files([folder]), out)
    workbook = load_workbook(out)
    for title in ("Per periode", "Per activiteitstype", "Per doelgroep", "Huizen"):
        assert workbook[title]._charts, title  # native charts, read back as charts
    assert "geen lijst van verwachte huizen" in workbook["Ontbrekend"]["G1"].value


def test_no_available_hours_leaves_the_occupancy_empty(tmp_path: Path) -> None:
    house = sample("LEEG", "2026-Q3", density=0)
    for room in house.rooms:
        room[5] = 0
    path = write(house, tmp_path / "in" / "LEEG_2026-Q3.xlsx")
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(agg.aggregate_files([path]), out)
    (row,) = sheet_rows(out, fmt.OVERVIEW_SHEET)
    assert row["beschikbare_uren"] == 0
    assert row["bezettingsgraad"] is None


def test_the_latest_export_counts_and_the_other_is_superseded(tmp_path: Path) -> None:
    older = write(
        sample("BERCH", "2026-Q3", seed=1, exported_at="2026-10-02T14:03:11+02:00"),
        tmp_path / "a" / "BERCH_2026-Q3.xlsx",
    )
    newer = write(
        sample("BERCH", "2026-Q3", seed=2, exported_at="2026-10-02T13:30:00+00:00"),
        tmp_path / "b" / "BERCH_2026-Q3 (correctie).xlsx",
    )
    for order in ([older, newer], [newer, older]):
        result = agg.aggregate_files(order)
        status = {o.file: o.status for o in result.outcomes}
        assert status == {older.name: "vervangen", newer.name: "geteld"}
        (counted,) = result.counted
        assert counted.export_id == reader.read_workbook(newer).summary.export_id  # type: ignore[union-attr]
        superseded = next(o for o in result.outcomes if o.status == "vervangen")
        assert "vervangen door een latere export van BERCH 2026-Q3" in superseded.messages[0]


def test_the_same_export_twice_counts_once(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "Kopie van BERCH_2026-Q3.xlsx"
    shutil.copy(folder / "BERCH_2026-Q3.xlsx", copy)
    result = agg.aggregate_files([folder, copy])
    assert [o.status for o in result.outcomes].count("dubbel") == 1
    duplicate = next(o for o in result.outcomes if o.status == "dubbel")
    assert duplicate.file == copy.name
    assert "dezelfde export als BERCH_2026-Q3.xlsx" in duplicate.messages[0]
    assert len(result.counted) == 6
    assert result.all_counted


def test_of_identical_copies_the_standard_name_counts(tmp_path: Path) -> None:
    """ "X (1).xlsx" sorts before "X.xlsx", but the properly named file stands for the export."""
    proper = write(sample("BERCH", "2026-Q3"), tmp_path / "in" / "BERCH_2026-Q3.xlsx")
    for name in ("BERCH_2026-Q3 (1).xlsx", "berch_2026-q3 kopie.xlsx"):
        shutil.copy(proper, tmp_path / "in" / name)
    result = agg.aggregate_files([tmp_path / "in"])
    status = {o.file: o.status for o in result.outcomes}
    assert status == {
        "BERCH_2026-Q3 (1).xlsx": "dubbel",
        "BERCH_2026-Q3.xlsx": "geteld",
        "berch_2026-q3 kopie.xlsx": "dubbel",
    }
    copy = next(o for o in result.outcomes if o.file == "BERCH_2026-Q3 (1).xlsx")
    assert copy.messages[0] == (
        "BERCH_2026-Q3 (1).xlsx: dezelfde export als BERCH_2026-Q3.xlsx (een kopie); telt één"
        " keer, als BERCH_2026-Q3.xlsx"
    )


def test_a_corrected_export_says_what_it_replaces_and_which_figures_changed(
    tmp_path: Path,
) -> None:
    first = sample("BERCH", "2026-Q3", exported_at="2026-10-28T09:15:00+01:00")
    corrected = sample("BERCH", "2026-Q3", exported_at="2026-11-02T10:00:00+01:00")
    corrected.info["export_id"] = str(uuid.uuid4())  # a new export of the same figures
    held = next(row for row in corrected.sessions if row[6] == "gehouden" and row[7] is not None)
    held[7] += 100  # a count put right
    corrected = derive(corrected)
    old = write(first, tmp_path / "oud" / "BERCH_2026-Q3.xlsx")
    new = write(corrected, tmp_path / "nieuw" / "BERCH_2026-Q3 (2).xlsx")
    result = agg.aggregate_files([old, new])
    counted = next(o for o in result.outcomes if o.status == "geteld")
    before, after = totals(first)["bezoekers"], totals(corrected)["bezoekers"]
    assert after == before + 100
    assert counted.messages[0] == (
        "BERCH_2026-Q3 (2).xlsx: vervangt de export van 28-10-2026 09:15 (BERCH_2026-Q3.xlsx):"
        f" bezoekers {before:,} → {after:,}".replace(",", ".")
    )
    superseded = next(o for o in result.outcomes if o.status == "vervangen")
    assert superseded.messages[0] == (
        "BERCH_2026-Q3.xlsx: vervangen door een latere export van BERCH 2026-Q3"
        " (BERCH_2026-Q3 (2).xlsx, geëxporteerd op 02-11-2026 10:00); telt niet mee"
    )


def test_an_export_again_with_the_same_figures_says_so(tmp_path: Path) -> None:
    first = sample("BERCH", "2026-Q3", exported_at="2026-10-28T09:15:00+01:00")
    again = sample("BERCH", "2026-Q3", exported_at="2026-11-02T10:00:00+01:00")
    again.info["export_id"] = str(uuid.uuid4())
    result = agg.aggregate_files(
        [write(first, tmp_path / "a" / "x.xlsx"), write(again, tmp_path / "b" / "y.xlsx")]
    )
    counted = next(o for o in result.outcomes if o.status == "geteld")
    assert counted.messages[0].endswith("(x.xlsx): dezelfde cijfers")


def test_a_hand_edited_copy_of_the_same_export_is_pointed_out(folder: Path, tmp_path: Path) -> None:
    edited = sample("BERCH", "2026-Q3")
    edited.info["vrijwilligers"] = 99
    write(edited, tmp_path / "BERCH_2026-Q3 bewerkt.xlsx")
    result = agg.aggregate_files([folder, tmp_path / "BERCH_2026-Q3 bewerkt.xlsx"])
    duplicate = next(o for o in result.outcomes if o.status == "dubbel")
    assert "let op, de cijfers verschillen van BERCH_2026-Q3.xlsx" in duplicate.messages[1]
    berch = next(s for s in result.counted if (s.house_code, s.period) == ("BERCH", "2026-Q3"))
    assert berch.volunteers != 99


def test_rejected_files_count_for_nothing_and_are_reported(folder: Path, tmp_path: Path) -> None:
    broken = sample("BERCH", "2026-Q3", seed=7, exported_at="2026-12-01T10:00:00+01:00")
    broken.sessions[0][7] = "twaalf"
    write(broken, folder / "BERCH_2026-Q3 nieuw.xlsx")
    (folder / "notities.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    out = tmp_path / "gemeente.xlsx"

    result = agg.aggregate_files([folder])
    agg.write_workbook(result, out)

    assert not result.all_counted
    messages = {row["bestand"]: row for row in sheet_rows(out, fmt.MESSAGES_SHEET)}
    assert len(messages) == 8
    rejected = messages["BERCH_2026-Q3 nieuw.xlsx"]
    assert rejected["status"] == "afgewezen"
    assert (rejected["huis_code"], rejected["periode"]) == ("BERCH", "2026-Q3")
    assert "Bijeenkomsten!H2: 'twaalf' is geen geheel getal" in str(rejected["meldingen"])
    assert messages["notities.xls"]["status"] == "afgewezen"
    # the older but valid BERCH file still counts: a rejected file replaces nothing
    assert messages["BERCH_2026-Q3.xlsx"]["status"] == "geteld"
    assert len(sheet_rows(out, fmt.OVERVIEW_SHEET)) == 6


def test_one_file_that_crashes_the_reader_does_not_stop_the_others(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = reader._Reader.read

    def sometimes(self: reader._Reader) -> reader.ReadResult:
        if self.file == "HEIDE_2026-Q2.xlsx":
            raise MemoryError
        return original(self)

    monkeypatch.setattr(reader._Reader, "read", sometimes)
    result = agg.aggregate_files([folder])
    assert [o.status for o in result.outcomes].count("afgewezen") == 1
    assert len(result.counted) == 5


def test_an_export_dated_far_in_the_future_supersedes_nothing(tmp_path: Path) -> None:
    genuine = write(sample("BERCH", "2026-Q3", seed=1), tmp_path / "in" / "BERCH_2026-Q3.xlsx")
    forged = write(
        sample("BERCH", "2026-Q3", seed=2, exported_at="9999-12-31T00:00:00+01:00"),
        tmp_path / "in" / "BERCH_2026-Q3 (nieuwste).xlsx",
    )
    with ImportHistory(tmp_path / "gemeente.sqlite3") as history:
        for _run in range(2):  # and not in a later run either
            result = agg.aggregate_files([tmp_path / "in"], history=history)
            outcome = {o.file: o for o in result.outcomes}
            assert outcome[forged.name].status == "afgewezen"
            assert (
                "Info!B11: geexporteerd_op 9999-12-31T00:00:00+01:00 ligt meer dan een dag"
                in (outcome[forged.name].messages[1])
            )
            assert outcome[genuine.name].status in ("geteld", "dubbel")
            (counted,) = result.counted
            assert counted.exported_at == "2026-10-02T14:03:11+02:00"


def test_houses_expected_but_missing(folder: Path, tmp_path: Path) -> None:
    """The latest quarter first (what every expected house owes), then older gaps."""
    (folder / "HEIDE_2026-Q3.xlsx").unlink()
    expected = [
        ExpectedHouse("BERCH", "De Berch"),
        ExpectedHouse("HEIDE", "De Heide"),
        ExpectedHouse("ZANDV", "Zandvoort"),
        ExpectedHouse("WATER", "Het Water"),
    ]
    result = agg.aggregate_files([folder], expected=expected, now=READ_IN_OCTOBER)
    assert result.latest_quarter == "2026-Q3"
    assert [(m.period, m.house_code, m.latest, m.last_sent) for m in result.missing] == [
        ("2026-Q3", "HEIDE", True, "2026-Q2"),
        ("2026-Q3", "WATER", True, None),
        ("2026-Q2", "WATER", False, None),
    ]
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(result, out)
    assert [
        (r["periode"], r["huis_code"], r["laatste_kwartaal"], r["laatst_ontvangen"])
        for r in sheet_rows(out, "Ontbrekend")
    ] == [
        ("2026-Q3", "HEIDE", "ja", "2026-Q2"),
        ("2026-Q3", "WATER", "ja", None),
        ("2026-Q2", "WATER", "nee", None),
    ]


def test_a_house_that_sent_the_running_quarter_early_makes_no_one_else_missing(
    tmp_path: Path,
) -> None:
    """17 of 18 houses sent 2026-Q1; two of them sent 2026-Q2 as well, in April. Only the
    one real gap is missing, and it comes first."""
    codes = [f"HUIS{n:02d}" for n in range(1, 19)]
    inbox = tmp_path / "inbox"
    for code in codes[1:]:
        quarter = sample(code, "2026-Q1", exported_at="2026-04-03T10:00:00+02:00")
        write(quarter, inbox / fmt.suggested_file_name(code, "2026-Q1"))
    for code in codes[1:3]:
        early = sample(code, "2026-Q2", exported_at="2026-04-20T10:00:00+02:00")
        write(early, inbox / fmt.suggested_file_name(code, "2026-Q2"))
    expected = [ExpectedHouse(code, f"Huis {code[-2:]}") for code in codes]
    now = dt.datetime(2026, 4, 21, 9, 0, tzinfo=dt.UTC)
    result = agg.aggregate_files([inbox], expected=expected, now=now)
    assert result.all_counted, [o.messages for o in result.outcomes]
    assert result.latest_quarter == "2026-Q1"
    assert [(m.period, m.house_code) for m in result.missing] == [("2026-Q1", "HUIS01")]
    assert result.default_period() == "2026-Q1"


def test_the_workbook_is_written_atomically(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "gemeente.xlsx"
    out.write_bytes(b"the previous aggregate")
    result = agg.aggregate_files([folder])

    def crash(self: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", crash)
    with pytest.raises(OutputError):
        agg.write_workbook(result, out)
    assert out.read_bytes() == b"the previous aggregate"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gemeente.xlsx", "inbox"]


@needs_mode_bits
def test_the_workbook_is_as_readable_as_any_saved_file(folder: Path, tmp_path: Path) -> None:
    """Colleagues on a shared folder open it: 0666 less the umask, not mkstemp's 0600."""
    previous = os.umask(0o022)
    try:
        agg.write_workbook(agg.aggregate_files([folder]), tmp_path / "gemeente.xlsx")
    finally:
        os.umask(previous)
    assert (tmp_path / "gemeente.xlsx").stat().st_mode & 0o777 == 0o644


def test_messages_are_made_fit_for_a_cell(tmp_path: Path) -> None:
    outcome = agg.FileOutcome(
        "raar.xlsx", None, None, None, "afgewezen", ("raar.xlsx: \x01x", *["y" * 100] * 500)
    )
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(agg.Aggregate((outcome,), (), ()), out)
    (row,) = sheet_rows(out, fmt.MESSAGES_SHEET)
    text = str(row["meldingen"])
    assert text.startswith("raar.xlsx: x\n")
    assert len(text) <= agg.CELL_TEXT_MAX
    assert text.endswith("(ingekort)")


FORMULAS = (
    '=HYPERLINK("http://evil.example","klik")',
    "=cmd|' /C calc'!A0",
    "+31 6 1234",
    "-5",
    "@SUM(A1)",
    "#N/A",
)
#: What a file system refuses in a name: "/", and on Windows also '"', ":", "|" and the like.
NOT_IN_NAMES = '<>:"/\\|?*' if os.name == "nt" else "/"
#: A file name beginning with a tab: a name POSIX allows and Windows refuses.
TAB_NAMES = [] if os.name == "nt" else ["\tleeg.xlsx"]


def named_after(text: str) -> str:
    """A workbook's name made of ``text``, less what the file system refuses."""
    return "".join(char for char in text if char not in NOT_IN_NAMES) + ".xlsx"


def test_texts_that_look_like_formulas_are_written_as_text_cells(tmp_path: Path) -> None:
    """House, room, activity and file names and messages: text cells, whatever they begin with."""
    folder = tmp_path / "inbox"
    for number, name in enumerate(FORMULAS, start=1):
        house = sample(f"HUIS{number}", "2026-Q3", approved=False)  # a warning: a message
        house.info["huis_naam"] = Text(name)
        for row in house.rooms:
            row[3] = Text(f"{name} {row[2]}")
        for row in house.activities:
            if row[3] != fmt.PRIVATE_RENTAL_NAME:
                row[3] = Text(f"{name} {row[2]}")
        write(house, folder / named_after(name))  # names that look like formulas too
    for name in TAB_NAMES:
        (folder / name).write_bytes(b"")  # rejected
    expected = [ExpectedHouse("WEG", '=HYPERLINK("http://evil.example","weg")')]
    out = tmp_path / "gemeente.xlsx"

    result = agg.aggregate_files([folder], expected=expected)
    agg.write_workbook(result, out)

    assert result.count("geteld") == len(FORMULAS)
    workbook = load_workbook(out)
    texts = {
        (sheet.title, cell.coordinate): cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    for cell in texts.values():
        assert cell.data_type == "s", (cell.parent.title, cell.coordinate, cell.value)
    overview = sheet_rows(out, fmt.OVERVIEW_SHEET)
    assert sorted(str(row["huis_naam"]) for row in overview) == sorted(FORMULAS)
    houses = [row["huis_naam"] for row in sheet_rows(out, "Huizen")]
    assert houses[: houses.index(None)] == list(FORMULAS)  # the totals follow an empty row
    assert sheet_rows(out, "Ontbrekend")[0]["huis_naam"] == expected[0].name
    messages = {str(row["bestand"]): row for row in sheet_rows(out, fmt.MESSAGES_SHEET)}
    assert set(messages) == {named_after(name) for name in FORMULAS} | set(TAB_NAMES)
    for file, row in messages.items():
        assert str(row["meldingen"]).startswith(file), file  # the message begins with it too
    assert all(messages[name]["status"] == "afgewezen" for name in TAB_NAMES)


def test_folders_are_searched_for_workbooks_only(folder: Path, tmp_path: Path) -> None:
    (folder / "~$BERCH_2026-Q3.xlsx").write_bytes(b"lock")
    (folder / "lees mij.txt").write_text("hallo")
    out = folder / "gemeente.xlsx"
    out.write_bytes(b"")
    found = agg.find_files([folder, folder / "BERCH_2026-Q2.xlsx"], leave_out=out)
    assert len(found) == 6
    with pytest.raises(FileNotFoundError):
        agg.find_files([tmp_path / "weg"])


def test_on_a_demo_house_export(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The app's own writer and this reader agree on the contract."""
    demo = pytest.importorskip("housedesk.core.demo.builder")
    writer = pytest.importorskip("housedesk.exchange.writer")
    demo.generate_demo(db, years=1, seed=1, today=dt.date(2026, 11, 25))
    exported = writer.export_period(db, Period.parse("2026-Q3"), tmp_path)
    result = agg.aggregate_files([tmp_path])
    (outcome,) = result.outcomes
    assert outcome.status == "geteld", outcome.messages
    (counted,) = result.counted
    figures = reader.read_workbook(exported.path, figures=True).figures
    assert figures is not None
    assert (counted.house_code, counted.period) == ("BERGH", "2026-Q3")
    assert len(figures.sessions) == exported.sessions
    assert len(figures.activities) == exported.activities
    assert counted.signals == exported.signals


def peak_memory(tmp_path: Path, name: str, paths: list[Path]) -> int:
    """The peak of Python's allocations of the command over ``paths``, in a fresh process."""
    script = Path(__file__).with_name("aggregate_memory.py")
    result = subprocess.run(
        [sys.executable, str(script), "measure", str(tmp_path / name), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOUSEDESK_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout.splitlines()[-1])["peak"])


def test_memory_stays_flat_however_many_files(tmp_path: Path) -> None:
    """Only each file's sums are kept, not its rows: eight large files take what one takes."""
    paths = build_large_files(tmp_path / "inbox", 8, 12)  # some 2,000 sessions each
    one = peak_memory(tmp_path, "one", paths[:1])
    eight = peak_memory(tmp_path, "eight", paths)
    assert eight < 1.5 * one, (one, eight)


# --- the command ---------------------------------------------------------------------


def run(argv: list[str]) -> int:
    """The command's exit status, as ``housedesk`` would return it."""
    try:
        return cli.main(argv, start_gui=lambda args: 99)
    except SystemExit as exit_:  # argparse ends the process itself on bad options
        return int(exit_.code)  # type: ignore[arg-type]


def test_command_exit_0_when_every_file_counted(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gemeente.xlsx"
    assert run(["aggregate", str(folder), "-o", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "geteld     BERCH_2026-Q2.xlsx"
    assert lines[6].startswith("6 files read: 6 counted, 0 rejected")
    assert len(sheet_rows(out, fmt.OVERVIEW_SHEET)) == 6


def test_command_exit_1_when_a_file_is_rejected_and_still_writes(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "leeg.xlsx").write_bytes(b"")
    out = tmp_path / "gemeente.xlsx"
    assert run(["aggregate", str(folder), "-o", str(out), "--no-history"]) == 1
    output = capsys.readouterr().out
    assert "afgewezen  leeg.xlsx: het bestand is leeg (0 bytes)" in output.splitlines()
    assert len(sheet_rows(out, fmt.OVERVIEW_SHEET)) == 6


@pytest.mark.parametrize(
    "argv",
    [
        ["aggregate"],
        ["aggregate", "{folder}"],
        ["aggregate", "{tmp}/weg", "-o", "{tmp}/uit.xlsx"],
        ["aggregate", "{folder}", "-o", "{tmp}/geen/map/uit.xlsx"],
        ["aggregate", "{folder}", "-o", "{tmp}/uit.csv"],
        ["aggregate", "{tmp}/leeg", "-o", "{tmp}/uit.xlsx"],
    ],
    ids=["no-path", "no-output", "missing-path", "missing-folder", "not-xlsx", "empty-folder"],
)
def test_command_exit_2_on_usage_errors(
    folder: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "leeg").mkdir()
    argv = [a.format(folder=folder, tmp=tmp_path) for a in argv]
    assert run(argv) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path / "uit.xlsx").exists()


def aggregate_command(tmp_path: Path, *paths: Path) -> subprocess.CompletedProcess[str]:
    """``housedesk aggregate PATH... -o gemeente.xlsx`` as the adviser runs it."""
    out = tmp_path / "gemeente.xlsx"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "housedesk",
            "aggregate",
            *map(str, paths),
            "-o",
            str(out),
            "--force",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOUSEDESK_HOME": str(tmp_path / "home")},
    )


def test_command_rejects_absurd_numbers_and_keeps_working(folder: Path, tmp_path: Path) -> None:
    absurd = sample("BERCH", "2026-Q4", exported_at="2026-10-05T10:00:00+02:00")
    held = [row for row in absurd.sessions if row[6] == "gehouden"]
    for row in held[:3]:
        row[7] = 1e308
    write(absurd, folder / "BERCH_2026-Q4.xlsx")
    for _run in range(2):  # the history must not carry it into the next run
        result = aggregate_command(tmp_path, folder)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 1
        assert (
            "afgewezen  BERCH_2026-Q4.xlsx, Bijeenkomsten!H"
            in result.stdout  # the first session with 1e308 visitors
        )
        assert "1e+308 is te groot (maximaal 10000)" in result.stdout
        assert len(sheet_rows(tmp_path / "gemeente.xlsx", fmt.OVERVIEW_SHEET)) == 6


def test_command_copes_with_huge_numbers_the_contract_allows(folder: Path, tmp_path: Path) -> None:
    """A house's volunteers have no upper limit: their total over the houses may not fit a cell."""
    for code in ("BERCH", "HEIDE"):
        house = sample(code, "2026-Q3")
        house.info["vrijwilligers"] = 1e308
        house.activities[0][-1] = 1e308  # sums that disagree with the sessions: a warning
        write(house, folder / f"{code}_2026-Q3.xlsx")
    result = aggregate_command(tmp_path, folder)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0
    assert "1.000e+308 bezoekers) wijken af van de bijeenkomsten" in result.stdout
    out = tmp_path / "gemeente.xlsx"
    berch = next(
        row
        for row in sheet_rows(out, fmt.OVERVIEW_SHEET)
        if (row["huis_code"], row["periode"]) == ("BERCH", "2026-Q3")
    )
    assert berch["vrijwilligers"] == pytest.approx(1e308)
    q3 = next(row for row in sheet_rows(out, "Per periode") if row["periode"] == "2026-Q3")
    assert q3["vrijwilligers"] is None  # beyond what a cell holds: left empty
    assert q3["bezoekers"] == sum(totals(sample(code, "2026-Q3"))["bezoekers"] for code in HOUSES)


def test_command_as_a_process(folder: Path, tmp_path: Path) -> None:
    (folder / "kapot.xlsx").write_bytes(b"PK\x03\x04" + bytes(100))
    out = tmp_path / "gemeente.xlsx"
    result = run_housedesk(
        "aggregate", str(folder), "-o", str(out), env={"HOUSEDESK_HOME": str(tmp_path / "home")}
    )
    assert result.returncode == 1, result.stderr
    assert "afgewezen  kapot.xlsx: het bestand is afgebroken of beschadigd" in result.stdout
    assert out.exists()
    assert (tmp_path / "home" / "gemeente.sqlite3").exists()


def test_the_houses_sheet_says_which_version_each_house_runs(tmp_path: Path) -> None:
    old = sample("BERCH", "2026-Q3")
    old.info["app_versie"] = "0.0.9"
    write(old, tmp_path / "in" / "BERCH_2026-Q3.xlsx")
    write(sample("HEIDE", "2026-Q3"), tmp_path / "in" / "HEIDE_2026-Q3.xlsx")
    result = agg.aggregate_files([tmp_path / "in"])
    assert {s.house_code: s.app_version for s in result.counted} == {
        "BERCH": "0.0.9",
        "HEIDE": "0.1.0",
    }
    out = tmp_path / "gemeente.xlsx"
    agg.write_workbook(result, out)
    houses = sheet_rows(out, "Huizen")
    houses = houses[: [row["huis_code"] for row in houses].index(None)]  # the totals follow
    assert {row["huis_code"]: row["app_versie"] for row in houses} == {
        "BERCH": "0.0.9",
        "HEIDE": "0.1.0",
    }
    header = next(load_workbook(out)[fmt.OVERVIEW_SHEET].iter_rows(max_row=1, values_only=True))
    assert header == fmt.OVERVIEW_COLUMNS  # the contract's sheet is as it was
