"""Tests for housedesk.cli.export's remarks: ``--remarks`` and ``--remarks-file``, as a process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from housedesk.common.periods import Period
from housedesk.core.board import approval
from housedesk.db import open_database
from housedesk.exchange import format as fmt
from tests.helpers.databases import a_summer_morning
from tests.helpers.processes import run_housedesk

Q3 = Period(2026, 3)
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def house_file(tmp_path: Path) -> Path:
    path = tmp_path / "huis.sqlite3"
    db = a_summer_morning(path)
    approval.approve_period(db, Period(2026, 2), 31, 6, today=TODAY)
    db.close()
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def export(house_file: Path, out: Path, *options: str) -> Any:
    return run_housedesk(
        "export", "--db", str(house_file), "--period", "2026-Q3", "-o", str(out), *options
    )


def remarks_in(path: Path) -> list[Any]:
    """The Toelichting sheet's board remarks: the second column of its rows up to the first gap."""
    workbook = load_workbook(path, read_only=True)
    try:
        rows = list(workbook[fmt.NOTES_SHEET].iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()
    lines = []
    for row in rows:
        if not row:
            break
        lines.append(row[1])
    return lines


def kept(house_file: Path) -> approval.ApprovalState:
    db = open_database(house_file)
    try:
        return approval.approval_state(db, Q3)
    finally:
        db.close()


def test_remarks_go_into_the_export_and_are_kept(house_file: Path, out: Path) -> None:
    result = export(house_file, out, "--remarks", "Het dak lekte.\nDe zaal was dicht.")
    assert (result.returncode, result.stderr) == (0, "")
    written = out / "BERGH_2026-Q3.xlsx"
    assert result.stdout.strip() == str(written)
    assert remarks_in(written) == ["Het dak lekte.", "De zaal was dicht."]
    state = kept(house_file)
    assert state.remarks == "Het dak lekte.\nDe zaal was dicht."
    assert not state.approved
    # A row holds counts: last quarter's were proposed, so they were kept.
    assert (state.volunteers, state.board_members) == (31, 6)
    # The next export without the option has the kept remarks; "" removes them.
    assert export(house_file, out, "--force").returncode == 0
    assert remarks_in(written) == ["Het dak lekte.", "De zaal was dicht."]
    assert export(house_file, out, "--force", "--remarks", "").returncode == 0
    assert remarks_in(written) == ["(geen)"]
    assert kept(house_file).remarks is None


def test_remarks_from_a_file(house_file: Path, out: Path, tmp_path: Path) -> None:
    text = tmp_path / "toelichting.txt"
    text.write_bytes("\ufeffEen rustig kwartaal.\r\nDank aan alle vrijwilligers!\r\n".encode())
    result = export(house_file, out, "--remarks-file", str(text))
    assert (result.returncode, result.stderr) == (0, "")
    assert remarks_in(out / "BERGH_2026-Q3.xlsx") == [
        "Een rustig kwartaal.",
        "Dank aan alle vrijwilligers!",
    ]
    assert kept(house_file).remarks == "Een rustig kwartaal.\nDank aan alle vrijwilligers!"


def why_unreadable(path: Path) -> str:
    """What the operating system says when ``path`` is opened to be read."""
    try:
        path.open("rb").close()
    except OSError as exc:
        return str(exc.strerror)
    raise AssertionError(f"{path} can be read")


@pytest.mark.parametrize("what", ["missing", "folder", "latin-1", "huge"])
def test_a_remarks_file_that_cannot_be_read_is_one_line_and_changes_nothing(
    house_file: Path, out: Path, tmp_path: Path, what: str
) -> None:
    path = tmp_path / "toelichting.txt"
    if what == "folder":
        path.mkdir()
    elif what == "latin-1":
        path.write_bytes("Café De Schakel".encode("latin-1"))
    elif what == "huge":
        path.write_text("x" * 70_000)
    if what in ("missing", "folder"):
        # In the system's own words ("Is a directory" on Linux, "Permission denied" on Windows).
        expected = f"cannot read the remarks file {path}: {why_unreadable(path)}"
    else:
        expected = {
            "latin-1": f"the remarks file {path} is not UTF-8 text; save it as UTF-8 and try again",
            "huge": f"the remarks file {path} is too long: remarks hold at most 4000 characters",
        }[what]
    result = export(house_file, out, "--remarks-file", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"housedesk: error: {expected}"]
    assert list(out.iterdir()) == []
    assert kept(house_file).volunteers is None  # nothing kept


def test_both_remarks_options_at_once_are_a_usage_error(house_file: Path, out: Path) -> None:
    result = export(house_file, out, "--remarks", "a", "--remarks-file", "b.txt")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not allowed with argument" in result.stderr


def test_remarks_with_personal_data_are_refused_and_not_kept(house_file: Path, out: Path) -> None:
    result = export(house_file, out, "--remarks", "Vragen? Bel de secretaris, 06 12 34 56 78.")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "housedesk: error: The board's remarks: a phone number (06 12 34 56 78); "
        "remove it before you export."
    ]
    assert list(out.iterdir()) == []
    assert kept(house_file).remarks is None


def test_too_long_remarks_are_refused_not_cut(house_file: Path, out: Path) -> None:
    result = export(house_file, out, "--remarks", "x" * 4001)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "housedesk: error: The remarks can be at most 4000 characters; they are 4001 now. "
        "Shorten them."
    ]
    assert list(out.iterdir()) == []


def test_an_approved_periods_remarks_can_only_be_given_unchanged(
    house_file: Path, out: Path
) -> None:
    db = open_database(house_file)
    approval.approve_period(db, Q3, 31, 6, remarks="Vastgesteld.", today=TODAY)
    db.close()
    result = export(house_file, out, "--remarks", "Iets anders.")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "housedesk: error: 2026-Q3 has been approved by the board. Reopen it on the Export "
        "screen to change its counts or remarks."
    ]
    assert list(out.iterdir()) == []
    result = export(house_file, out, "--remarks", "Vastgesteld.\n")
    assert (result.returncode, result.stderr) == (0, "")
    assert remarks_in(out / "BERGH_2026-Q3.xlsx") == ["Vastgesteld."]
