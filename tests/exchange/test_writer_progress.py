"""Tests for the export's progress and for stopping it halfway (housedesk.exchange.writer)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from housedesk.common.periods import Period
from housedesk.core.demo.builder import generate_demo
from housedesk.db import Database
from housedesk.exchange import writer
from housedesk.exchange.writer import export_period

TODAY = dt.date(2026, 11, 25)
YEAR = Period(2026)


class Stop(Exception):
    """What a caller raises from its progress callback to stop the work."""


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, years=1, seed=3, today=TODAY)
    return db


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch) -> Path:
    """The folder where openpyxl keeps the rows of its write-only sheets, for this test alone."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_progress_counts_the_rows_up_to_the_total(demo_db: Database, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    result = export_period(demo_db, YEAR, tmp_path, progress=lambda *r: reports.append(r))
    assert reports[0] == (0, 0)  # reading the figures: size not known yet
    total = result.rooms + result.activities + result.sessions + result.signals + 1
    assert reports[-1] == (total, total)
    done = [d for d, t in reports if t == total]
    assert done == sorted(done) and len(done) > 3


@pytest.mark.parametrize("stop_at", [0, writer.PROGRESS_ROWS * 2, -1, -2])
def test_stopping_leaves_no_file_behind(
    demo_db: Database, tmp_path: Path, scratch: Path, stop_at: int
) -> None:
    """Stopped while reading, halfway through the rows, before saving, and before the rename."""
    out = tmp_path / "out"
    out.mkdir()

    def progress(done: int, total: int) -> None:
        last = {-1: total - 1, -2: total}.get(stop_at, stop_at)
        if total and done == last:
            raise Stop

    with pytest.raises(Stop):
        export_period(demo_db, YEAR, out, progress=progress)
    assert list(out.iterdir()) == []  # neither the workbook nor its temporary file
    assert list(scratch.iterdir()) == []  # nor openpyxl's scratch files


def test_stopping_keeps_the_previous_export(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first = export_period(demo_db, YEAR, out)
    kept = first.path.read_bytes()

    def progress(done: int, total: int) -> None:
        if done > 0:
            raise Stop

    with pytest.raises(Stop):
        export_period(demo_db, YEAR, out, progress=progress)
    assert list(out.iterdir()) == [first.path]
    assert first.path.read_bytes() == kept
