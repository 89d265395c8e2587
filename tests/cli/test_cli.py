"""Tests for housedesk.cli.main and the entry point, run as a person runs them: as a process."""

from __future__ import annotations

from pathlib import Path

import pytest

from housedesk import __main__ as entry
from tests.helpers.processes import run_housedesk


def test_unknown_option_is_one_line_and_exit_2() -> None:
    result = run_housedesk("--bogus")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "housedesk: error: unrecognized arguments: --bogus"
    ]


def test_unknown_command_is_one_line_and_exit_2() -> None:
    result = run_housedesk("fly")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [[], ["demo"]], ids=["window", "demo"])
def test_a_path_in_a_missing_folder_is_one_line_and_exit_2(
    command: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent" / "folder"
    result = run_housedesk(*command, "--db", str(missing / "h.sqlite3"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"housedesk: error: the folder {missing} does not exist"]


def test_a_file_that_is_no_database_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "brief.sqlite3"
    path.write_text("Beste bestuur,\n" * 20)
    result = run_housedesk("--db", str(path))
    assert result.returncode == 2
    assert result.stderr.strip() == f"housedesk: error: {path} is not a database file"


def test_bad_number_for_demo_years(tmp_path: Path) -> None:
    result = run_housedesk("demo", "--db", str(tmp_path / "d.sqlite3"), "--years", "twee")
    assert result.returncode == 2
    assert "'twee' is not a whole number" in result.stderr
    assert not (tmp_path / "d.sqlite3").exists()


def test_version() -> None:
    result = run_housedesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("housedesk ")


def test_db_option_and_environment_choose_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []

    def fake_gui(args: object) -> int:
        seen.append(entry.base.db_path(args))  # type: ignore[arg-type]
        return 0

    monkeypatch.setattr(entry, "start_gui", fake_gui)
    monkeypatch.setenv("HOUSEDESK_DB", str(tmp_path / "env.sqlite3"))
    assert entry.main(["--db", str(tmp_path / "option.sqlite3")]) == 0
    assert entry.main([]) == 0
    monkeypatch.delenv("HOUSEDESK_DB")
    monkeypatch.setenv("HOUSEDESK_HOME", str(tmp_path / "home"))
    assert entry.main([]) == 0
    assert seen == [
        tmp_path / "option.sqlite3",
        tmp_path / "env.sqlite3",
        tmp_path / "home" / "housedesk.sqlite3",
    ]


def test_gui_start_checks_the_path_before_qt_and_opens_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    import housedesk.app

    def fake_run_gui(path: Path, language: object) -> int:
        opened.append(path)
        return 0

    monkeypatch.setattr(housedesk.app, "run_gui", fake_run_gui)
    monkeypatch.setenv("HOUSEDESK_HOME", str(tmp_path / "fresh" / "home"))
    assert entry.main([]) == 0
    assert opened == [tmp_path / "fresh" / "home" / "housedesk.sqlite3"]
    assert (tmp_path / "fresh" / "home").is_dir()
