"""openpyxl's scratch files stay in housedesk's own folder and never outlive an export."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from housedesk.common.periods import Period
from housedesk.db import open_database
from housedesk.exchange import scratch
from housedesk.exchange.writer import export_period
from tests.helpers.databases import build_house
from tests.helpers.processes import kill_hard

Q1_2024 = Period.parse("2024-Q1")


@pytest.fixture(autouse=True)
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder of the test's own, so that what is left in it can be seen."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def openpyxl_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("openpyxl.*"))


def test_an_export_leaves_no_scratch_file(tmp_path: Path, own_temp: Path) -> None:
    db = open_database(build_house(tmp_path / "house.sqlite3", sessions=90))
    seen: list[Path] = []

    def progress(_done: int, _total: int) -> None:
        seen.extend(openpyxl_files(own_temp))

    export_period(db, Q1_2024, tmp_path, progress=progress)
    db.close()
    assert seen and all(p.parent.parent == scratch.scratch_root() for p in seen)
    assert openpyxl_files(own_temp) == []
    assert not scratch.scratch_root().exists()


def test_a_cancelled_export_leaves_no_scratch_file(tmp_path: Path, own_temp: Path) -> None:
    db = open_database(build_house(tmp_path / "house.sqlite3", sessions=90))

    def cancel(done: int, _total: int) -> None:
        if done:
            raise KeyboardInterrupt("stop")

    with pytest.raises(KeyboardInterrupt):
        export_period(db, Q1_2024, tmp_path, progress=cancel)
    db.close()
    assert openpyxl_files(own_temp) == []


KILLED_EXPORT = """
import sys, time
from pathlib import Path
from housedesk.common.periods import Period
from housedesk.db import open_database
from housedesk.exchange.writer import export_period

def stall(done, total):
    if done:
        print("writing", flush=True)
        time.sleep(600)

db = open_database(Path(sys.argv[1]))
export_period(db, Period.parse("2024-Q1"), Path(sys.argv[2]), progress=stall)
"""


def test_the_scratch_files_of_a_killed_export_are_removed_by_the_next(
    tmp_path: Path, own_temp: Path
) -> None:
    path = build_house(tmp_path / "house.sqlite3", sessions=90)
    out = tmp_path / "out"
    out.mkdir()
    worker = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(path), str(out)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(own_temp)},
    )
    try:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "writing"
        left = openpyxl_files(own_temp)
        assert left and all(p.parent.parent == scratch.scratch_root() for p in left)
    finally:
        kill_hard(worker)
    assert openpyxl_files(own_temp) == left  # a kill runs no clean-up
    if sys.platform == "win32":  # known by its age there, not by its process: make it old
        two_hours_ago = time.time() - 7200
        for folder in scratch.scratch_root().iterdir():
            os.utime(folder, (two_hours_ago, two_hours_ago))
    db = open_database(path)
    export_period(db, Q1_2024, out / "again.xlsx")  # the next export tidies up
    db.close()
    assert openpyxl_files(own_temp) == []
    assert not any(out.glob(".*"))  # nor a hidden temporary workbook


def test_a_workbook_cut_off_before_its_rename_is_removed_by_the_next_export(
    tmp_path: Path,
) -> None:
    db = open_database(build_house(tmp_path / "house.sqlite3", sessions=20))
    out = tmp_path / "out"
    out.mkdir()
    cut = out / ".BERGH_2024-Q1.xlsx.housedesk-tmp-0123456789ab"
    cut.write_bytes(b"PK half a workbook")
    an_hour_ago = time.time() - 7200
    os.utime(cut, (an_hour_ago, an_hour_ago))
    written = export_period(db, Q1_2024, out).path
    db.close()
    assert sorted(out.iterdir()) == [written]


def test_on_windows_a_left_scratch_folder_is_known_by_its_age_never_by_signalling(
    own_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows ``os.kill(pid, 0)`` sends Ctrl+C (signal 0 is CTRL_C_EVENT there)."""
    old = scratch.scratch_root() / "4242-0123456789ab"
    fresh = scratch.scratch_root() / "4343-ba9876543210"
    for folder in (old, fresh):
        folder.mkdir(parents=True)
        (folder / "openpyxl.abc").write_bytes(b"sheet")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))

    def no_signals(pid: int, sig: int) -> None:
        raise AssertionError(f"os.kill({pid}, {sig}) on Windows")

    with monkeypatch.context() as windows:
        windows.setattr(sys, "platform", "win32")
        windows.setattr(os, "kill", no_signals)
        removed = scratch.remove_stale()
    assert removed == [old]
    assert not old.exists() and fresh.exists()
