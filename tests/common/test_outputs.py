"""Tests for writing output files: never over a database, never half a file, no leftovers."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path

import pytest

from housedesk.common.outputs import (
    TEMPORARY_MARK,
    OutputError,
    check_target,
    pdf_is_whole,
    remove_leftovers,
    temporary_for,
    windows_can_name,
    workbook_is_whole,
    write_atomically,
)
from tests.helpers.windows import (
    needs_long_paths,
    needs_mode_bits,
    needs_posix_names,
    needs_symlinks,
)

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def a_database(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    return path


def test_the_database_and_every_file_beside_it_are_refused(tmp_path: Path) -> None:
    db = a_database(tmp_path / "house.sqlite3")
    for name in ("house.sqlite3", "house.sqlite3-wal", "house.sqlite3-shm", "house.sqlite3.lock"):
        with pytest.raises(OutputError) as refused:
            check_target(tmp_path / name, ".pdf", replace=True, databases=[db])
        assert refused.value.reason == OutputError.IS_DATABASE


@needs_symlinks
def test_the_database_is_refused_through_a_link_too(tmp_path: Path) -> None:
    db = a_database(tmp_path / "house.sqlite3")
    (tmp_path / "report.pdf").symlink_to(db)
    with pytest.raises(OutputError) as refused:
        check_target(tmp_path / "report.pdf", ".pdf", replace=True, databases=[db])
    assert refused.value.reason == OutputError.IS_DATABASE


def test_any_sqlite_file_is_refused_whatever_its_name(tmp_path: Path) -> None:
    backup = a_database(tmp_path / "verslag.pdf")
    with pytest.raises(OutputError) as refused:
        check_target(backup, ".pdf", replace=True)
    assert refused.value.reason == OutputError.IS_DATABASE


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("verslag.txt", OutputError.WRONG_KIND),
        ("verslag", OutputError.WRONG_KIND),
        ("nergens/verslag.pdf", OutputError.MISSING_FOLDER),
        ("map", OutputError.IS_FOLDER),
    ],
)
def test_a_wrong_target_is_refused(tmp_path: Path, name: str, reason: str) -> None:
    (tmp_path / "map").mkdir()
    with pytest.raises(OutputError) as refused:
        check_target(tmp_path / name, ".pdf")
    assert refused.value.reason == reason


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "Verslag.PDF"
    target.write_bytes(PDF)
    with pytest.raises(OutputError) as refused:
        check_target(target, ".pdf")
    assert refused.value.reason == OutputError.EXISTS
    assert check_target(target, ".pdf", replace=True) == target


def test_a_full_disk_leaves_no_file_and_the_old_one_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"the old report")

    def full(temporary: Path) -> None:
        temporary.write_bytes(PDF[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputError) as failed:
        write_atomically(target, full, pdf_is_whole)
    assert failed.value.reason == OutputError.WRITE_FAILED
    assert os.strerror(errno.ENOSPC) in failed.value.describe()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.pdf"]
    assert target.read_bytes() == b"the old report"


def test_a_file_cut_short_without_an_error_is_caught_by_its_check(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    with pytest.raises(OutputError) as failed:
        write_atomically(target, lambda temporary: temporary.write_bytes(PDF[:-8]), pdf_is_whole)
    assert failed.value.reason == OutputError.INCOMPLETE
    assert list(tmp_path.iterdir()) == []


def test_a_whole_file_gets_its_final_name(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    assert write_atomically(target, lambda t: t.write_bytes(PDF), pdf_is_whole) == target
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.pdf"]


def test_a_workbook_must_be_a_whole_package(tmp_path: Path) -> None:
    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ValueError):
        workbook_is_whole(broken)


def test_leftovers_of_a_killed_write_are_removed_later(tmp_path: Path) -> None:
    old = tmp_path / f".verslag.pdf{TEMPORARY_MARK}0123456789ab"
    fresh = tmp_path / f".agenda.ics{TEMPORARY_MARK}ba9876543210"
    mine = tmp_path / "verslag.pdf"
    for path in (old, fresh, mine):
        path.write_bytes(b"x")
    an_hour_ago = time.time() - 7200
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(mine, (an_hour_ago, an_hour_ago))
    assert remove_leftovers(tmp_path) == [old]  # a fresh one may be a write still running
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, mine.name])


@needs_mode_bits
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_an_output_gets_the_permissions_any_saved_file_gets(tmp_path: Path, umask: int) -> None:
    """Not 0600: an output on a shared folder is for colleagues to open too."""
    previous = os.umask(umask)
    try:
        written = write_atomically(tmp_path / "verslag.pdf", lambda t: t.write_bytes(PDF))
    finally:
        os.umask(previous)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask


# --- names Windows cannot hold: refused on every system, for files that travel -----------


@pytest.mark.parametrize(
    "name",
    [
        "CON.pdf",
        "con.pdf",
        "nul.xlsx",
        "Aux.tar.pdf",
        "COM1.ics",
        "lpt9.pdf",
        "COM¹.pdf",
        "CONOUT$.pdf",
        "prn .pdf",
        "verslag: Q3.pdf",
        "wat?.pdf",
        "a*b.pdf",
        "a<b>.pdf",
        "a|b.pdf",
        'a"b.pdf',
        pytest.param("a\\b.pdf", marks=needs_posix_names),
        "tab\there.pdf",
    ],
)
def test_a_name_windows_cannot_hold_is_refused_and_nothing_written(
    tmp_path: Path, name: str
) -> None:
    with pytest.raises(OutputError) as refused:
        check_target(tmp_path / name, ".pdf" if name.endswith(".pdf") else Path(name).suffix)
    assert refused.value.reason == OutputError.BAD_NAME
    assert "cannot be the name of a file on Windows" in refused.value.describe()
    with pytest.raises(OutputError) as refused:
        write_atomically(tmp_path / name, lambda path: path.write_bytes(PDF))
    assert refused.value.reason == OutputError.BAD_NAME
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["CONTRACT.pdf", "nulmeting.pdf", "COM10.pdf", "LPT.pdf", "BERGH_2026-Q3.xlsx"]
)
def test_names_that_only_look_like_a_device_are_fine(tmp_path: Path, name: str) -> None:
    suffix = Path(name).suffix
    assert check_target(tmp_path / name, suffix) == tmp_path / name


def test_windows_can_name() -> None:
    assert windows_can_name("verslag Q3 2026 – De Schakel.pdf")  # accents, dashes, spaces
    assert windows_can_name("Café Ons Huis, Oss.ics")
    for bad in ("", "verslag.", "verslag ", "NUL", "aux", "com3.txt", "a/b"):
        assert not windows_can_name(bad), bad


@needs_long_paths
def test_a_long_name_gets_a_temporary_name_a_file_system_can_hold(tmp_path: Path) -> None:
    """A name of 230 characters is allowed; its temporary name must not pass 255."""
    target = tmp_path / ("v" * 226 + ".pdf")
    assert write_atomically(target, lambda path: path.write_bytes(PDF)) == target
    assert target.read_bytes() == PDF
    assert len(temporary_for(target).name) < 100
    assert temporary_for(target).name.startswith("." + "v" * 40 + TEMPORARY_MARK)
