"""Tests for ``housedesk --self-test`` (housedesk.cli.selftest): the whole run as a process,
writing nothing outside its temporary folder, and each step failing when what it checks
is missing or wrong."""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication

from housedesk.cli import selftest
from housedesk.cli.selftest import Context, Skipped, StepFailed
from housedesk.db import schema
from housedesk.ui.kit import i18n
from tests.helpers.processes import run_housedesk
from tests.helpers.windows import needs_display_variables

STEP_NAMES = [name for name, _step in selftest.STEPS]


def files_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_the_self_test_passes_and_writes_nothing_outside_its_folder(tmp_path: Path) -> None:
    home, cwd, scratch = (tmp_path / name for name in ("home", "cwd", "tmp"))
    for folder in (home, cwd, scratch):
        folder.mkdir()
    env = {"HOME": str(home), "TMPDIR": str(scratch), "HOUSEDESK_HOME": str(tmp_path / "data")}
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        env[name] = str(tmp_path / name.lower())

    # No screen at all, as on a Linux server: it goes off screen by itself. Windows always
    # has a screen, and shows the window on it.
    result = run_housedesk("--self-test", cwd=cwd, env=env, qt_platform=None)
    platform = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "offscreen")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines[1:-1]] == [
        ["ok", name.split()[0]] for name in [*STEP_NAMES, "cleanup"]
    ]
    assert f"on '{platform}'" in result.stdout
    assert "Vandaag" in result.stdout
    assert lines[-1].startswith("self-test passed: 11 of 11 steps passed")
    assert result.stderr == ""
    # Its temporary folder was made in TMPDIR and is gone; nothing else was written.
    assert files_in(tmp_path) == ["cwd", "home", "tmp"]


def test_a_failing_step_fails_the_run_and_the_others_still_report() -> None:
    def fine(ctx: Context) -> str:
        return "fine"

    def wrong(ctx: Context) -> str:
        raise StepFailed("the button says Cancel")

    def broken(ctx: Context) -> str:
        raise KeyError("screen")

    def needs_database(ctx: Context) -> str:
        ctx.database()
        return "unreachable"

    out = io.StringIO()
    passed = selftest.self_test(
        offscreen=True,
        out=out,
        steps=(("a", fine), ("b", wrong), ("c", broken), ("d", needs_database), ("e", fine)),
    )

    assert not passed
    lines = out.getvalue().splitlines()
    assert [line.split()[:2] for line in lines[1:-1]] == [
        ["ok", "a"],
        ["FAILED", "b"],
        ["FAILED", "c"],
        ["skipped", "d"],
        ["ok", "e"],
        ["ok", "cleanup"],
    ]
    assert lines[2].endswith("the button says Cancel")
    assert "KeyError: 'screen' (test_selftest.py:" in lines[3]
    assert lines[-1].startswith("self-test FAILED: 3 of 6 steps passed")


def test_a_temporary_folder_that_cannot_be_removed_fails_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As on Windows when a file in it is still open.
    made: list[Path] = []

    def fine(ctx: Context) -> str:
        made.append(ctx.folder)
        return "fine"

    # What removes the folder, at the end of the block and when the object goes.
    monkeypatch.setattr(
        tempfile.TemporaryDirectory, "_rmtree", classmethod(lambda cls, *args, **kwargs: None)
    )
    out = io.StringIO()
    try:
        assert not selftest.self_test(offscreen=True, out=out, steps=(("a", fine),))
    finally:
        shutil.rmtree(made[0])

    cleanup = out.getvalue().splitlines()[-2]
    assert cleanup.split()[:2] == ["FAILED", "cleanup"]
    assert f"could not remove {made[0]}: " in cleanup
    assert cleanup.endswith("tmp")  # what it holds: the folder of the temporary files


def test_the_exit_status_is_1_when_a_step_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def wrong(ctx: Context) -> str:
        raise StepFailed("no")

    monkeypatch.setattr(selftest, "STEPS", (("wrong", wrong),))
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    from housedesk import __main__ as entry

    assert entry.main(["--self-test", "--offscreen"]) == 1


@pytest.mark.parametrize(
    "args",
    [["--self-test", "demo"], ["--self-test", "--db", "x.sqlite3"], ["--offscreen"]],
    ids=["with a command", "with a database", "offscreen alone"],
)
def test_the_self_test_takes_no_command_or_database(args: list[str]) -> None:
    result = run_housedesk(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    context = Context(tmp_path, offscreen=True)
    yield context
    if context.db is not None:
        context.db.close()


def test_a_database_that_the_scripts_cannot_bring_to_the_head_fails(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An installation whose Alembic scripts lack the last revision.
    scripts = tmp_path / "scripts"
    shutil.copytree(
        schema.alembic_script_location(), scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    for revision in (scripts / "versions").glob(f"{schema.HEAD_REVISION}_*.py"):
        revision.unlink()
    monkeypatch.setattr(schema, "alembic_script_location", lambda: scripts)

    with pytest.raises(StepFailed, match=f"not to {schema.HEAD_REVISION}"):
        selftest.step_database(ctx)


def test_the_database_step_migrates_from_the_first_revision(ctx: Context) -> None:
    detail = selftest.step_database(ctx)
    assert detail == f"created at revision 0001, backed up, migrated to {schema.HEAD_REVISION}"
    assert ctx.db is not None


def test_the_steps_after_the_database_are_skipped_without_it(ctx: Context) -> None:
    for step in (selftest.step_demo, selftest.step_calendar, selftest.step_holidays):
        with pytest.raises(Skipped, match="the database step failed"):
            step(ctx)


def test_a_frozen_app_that_loads_from_outside_its_folder_fails(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "housedesk"
    bundle.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    with pytest.raises(StepFailed, match=re.escape(f"loaded from outside {bundle}: housedesk, ")):
        selftest.step_installation(ctx)


def test_a_time_zone_database_with_the_wrong_rules_fails(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.resources

    tzdata = importlib.resources.files("tzdata")
    fake = tmp_path / "tzdata"
    (fake / "zoneinfo" / "Europe").mkdir(parents=True)
    (fake / "zoneinfo" / "Europe" / "Amsterdam").write_bytes(
        tzdata.joinpath("zoneinfo", "UTC").read_bytes()
    )
    monkeypatch.setattr(importlib.resources, "files", lambda _package: fake)

    with pytest.raises(StepFailed, match="UTC0:00:00 in summer"):
        selftest.step_time_zone(ctx)


def test_the_time_zone_comes_from_the_tzdata_package(ctx: Context) -> None:
    assert selftest.step_time_zone(ctx).startswith("Europe/Amsterdam from tzdata ")


def test_without_qts_dutch_translation_the_qt_step_fails(
    ctx: Context, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a bundle without qtbase_nl.qm would do: the dialogs' buttons stay English.
    class NoQtTranslations:
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: QLibraryInfo.LibraryPath) -> str:
            return str(tmp_path)

    monkeypatch.setattr(i18n, "QLibraryInfo", NoQtTranslations)
    try:
        with pytest.raises(StepFailed, match=r"translations not found: qtbase_nl\.qm$"):
            selftest.step_qt(ctx)
    finally:
        i18n.uninstall(qapp, ctx.translators)
        i18n.install(qapp, "en")


def test_the_qt_step_finds_annuleren(ctx: Context, qapp: QApplication) -> None:
    try:
        assert selftest.step_qt(ctx).endswith("Dutch translations, Cancel = Annuleren")
    finally:
        i18n.uninstall(qapp, ctx.translators)
        i18n.install(qapp, "en")


def test_a_workbook_the_reader_refuses_fails_the_export(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from housedesk.exchange import reader
    from housedesk.exchange.reader import Finding, ReadResult

    selftest.step_database(ctx)
    selftest.step_demo(ctx)
    monkeypatch.setattr(
        reader,
        "read_workbook",
        lambda path: ReadResult(path, (Finding(path.name, "blad Info ontbreekt"),), (), None),
    )

    with pytest.raises(StepFailed, match=r"the reader refused .*: .*blad Info ontbreekt"):
        selftest.step_export(ctx)


@pytest.mark.parametrize(
    ("env", "asked", "expected"),
    [
        ({}, False, True),
        ({"DISPLAY": ":0"}, False, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False, True),
        ({"QT_QPA_PLATFORM": "xcb"}, False, False),
        ({"DISPLAY": ":0"}, True, True),
    ],
)
@needs_display_variables
def test_off_screen_when_asked_or_without_a_screen(
    env: dict[str, str], asked: bool, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert selftest.wants_offscreen(asked) is expected


def test_isolation_points_everything_into_the_folder_and_puts_it_back(tmp_path: Path) -> None:
    before = dict(os.environ)
    gettempdir = tempfile.gettempdir()

    with selftest.isolated(tmp_path, offscreen=True):
        assert os.environ["HOUSEDESK_HOME"] == str(tmp_path / "home")
        assert "HOUSEDESK_DB" not in os.environ
        assert Path(tempfile.gettempdir()) == tmp_path / "tmp"
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
        if sys.platform not in ("win32", "darwin"):
            assert Path(os.environ["XDG_CACHE_HOME"]).is_relative_to(tmp_path)
            assert Path(os.environ["XDG_RUNTIME_DIR"]).is_relative_to(tmp_path)

    assert dict(os.environ) == before
    assert tempfile.gettempdir() == gettempdir
