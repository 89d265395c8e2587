"""Tests of the board's PDF report, written from code and by the ``housedesk report`` command."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from housedesk.core import installation
from housedesk.db import Database, open_database
from housedesk.ui.overview.report import write_report
from tests.helpers.databases import demo_house, kept_open
from tests.helpers.processes import run_housedesk
from tests.helpers.windows import WindowsFileRules, needs_proc

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    demo_house(path, today=TODAY).close()
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    yield from kept_open(open_database(demo_path))


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def house(db: Database) -> installation.HouseInfo:
    installed = installation.load(db)
    assert installed is not None and installed.house is not None
    return installed.house


def test_a_demo_quarter_gives_a_pdf_of_several_pages(
    qapp, demo_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "verslag.pdf"
    written = write_report(
        demo_db, dt.date(2026, 7, 1), dt.date(2026, 9, 30), target, house(demo_db)
    )
    assert written == target
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) > 2
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.pdf"]  # no temporary file left


def test_an_empty_period_still_gives_a_report_that_says_so(
    qapp, demo_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "leeg.pdf"
    write_report(demo_db, dt.date(2020, 1, 1), dt.date(2020, 3, 31), target, house(demo_db))
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 1


def test_an_existing_report_is_replaced_whole(qapp, demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"old")
    write_report(demo_db, dt.date(2026, 10, 1), dt.date(2026, 10, 31), target, house(demo_db))
    assert target.read_bytes().startswith(b"%PDF")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as run on a computer without any screen."""
    return run_housedesk(*args, cwd=cwd, qt_platform=None)


def test_the_command_writes_the_report_without_a_screen(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "kwartaal.pdf"
    done = run(
        "report", "--db", str(demo_path), "--period", "2026-Q3", "-o", str(target), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    assert page_count(target.read_bytes()) > 2


@pytest.mark.parametrize(
    ("period", "output", "message"),
    [
        ("2026-Q5", "x.pdf", "not a period"),
        ("Q3", "x.pdf", "not a period"),
        ("2026-Q3", "missing/x.pdf", "does not exist"),
    ],
)
def test_bad_input_exits_with_2_and_one_line(
    demo_path: Path, tmp_path: Path, period: str, output: str, message: str
) -> None:
    done = run("report", "--db", str(demo_path), "--period", period, "-o", output, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_database_without_a_house_is_refused(db: Database, tmp_path: Path) -> None:
    done = run("report", "--db", str(db.path), "--period", "2026", "-o", "x.pdf", cwd=tmp_path)
    assert done.returncode == 2
    assert "house" in done.stderr


def test_private_persons_are_not_named_in_the_report(qapp, demo_db: Database) -> None:
    from housedesk.common.codes import UserKind
    from housedesk.core.board.review import review
    from housedesk.ui.overview.report import _user_name

    rows = review(demo_db, dt.date(2025, 10, 1), TODAY).activities
    private = [row for row in rows if row.user_kind == UserKind.PARTICULIER]
    assert private
    assert all(row.user_name not in _user_name(row) for row in private)


def test_an_empty_platform_setting_means_no_screen_too(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "leeg.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "", "DISPLAY": ""}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "housedesk",
            "report",
            "--db",
            str(demo_path),
            "--period",
            "2026-Q3",
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")


class Stop(Exception):
    """What a caller raises from its progress callback to stop the work."""


@pytest.mark.parametrize("stop_at", [0, 3, 6])
def test_a_stopped_report_leaves_no_file(
    qapp, demo_db: Database, tmp_path: Path, stop_at: int
) -> None:
    target = tmp_path / "verslag.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if total and done == stop_at:
            raise Stop

    with pytest.raises(Stop):
        write_report(
            demo_db,
            dt.date(2026, 7, 1),
            dt.date(2026, 9, 30),
            target,
            house(demo_db),
            progress=progress,
        )
    assert list(tmp_path.iterdir()) == []
    assert seen[0] == (0, 0)


def test_the_reports_progress_ends_at_its_total(qapp, demo_db: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_report(
        demo_db,
        dt.date(2026, 7, 1),
        dt.date(2026, 9, 30),
        tmp_path / "verslag.pdf",
        house(demo_db),
        progress=lambda *step: seen.append(step),
    )
    total = seen[-1][1]
    assert seen[-1] == (total, total) and total > 1
    assert [done for done, t in seen if t] == list(range(total + 1))


@needs_proc
def test_on_windows_the_report_is_closed_before_it_replaces_the_old_one(
    qapp, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"old")
    rules = WindowsFileRules().install(monkeypatch)
    write_report(demo_db, dt.date(2026, 10, 1), dt.date(2026, 10, 31), target, house(demo_db))
    assert rules.refused == [] and rules.checked > 0
    assert target.read_bytes().startswith(b"%PDF")
