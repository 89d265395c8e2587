"""Errors found before the window (an unusable path) are shown in a window too, in Dutch, for
someone who double-clicked and has no terminal to read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import housedesk.app
from housedesk import __main__ as entry
from housedesk.ui.kit import i18n


@pytest.fixture
def screen_present(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(housedesk.app, "can_show_window", lambda: True)
    yield
    i18n.install(qapp, "en")  # back to the source language for the next test


def test_a_missing_folder_is_said_in_a_dutch_window_and_on_stderr(
    tmp_path: Path, said, screen_present: None, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "weg" / "huis.sqlite3"
    assert entry.main(["--db", str(missing), "--lang", "nl"]) == 2
    ((kind, text),) = said
    assert kind == "error"
    assert text == f"de map {missing.parent} bestaat niet"
    assert capsys.readouterr().err == (
        f"housedesk: error: the folder {missing.parent} does not exist\n"
    )


def test_without_a_screen_only_stderr_says_it(
    tmp_path: Path, said, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "weg" / "huis.sqlite3"
    assert entry.main(["--db", str(missing)]) == 2
    assert said == []
    assert "does not exist" in capsys.readouterr().err
