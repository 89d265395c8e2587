"""Tests that a database file's problems reach the window in Dutch, with their details."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from housedesk.common import personal
from housedesk.common.file_errors import FileError
from housedesk.common.personal import Outgoing, personal_data_problems
from housedesk.db.backup import BackupError
from housedesk.db.lock import LockError
from housedesk.db.restore import RestoreError
from housedesk.db.schema import OpenError
from housedesk.ui.kit.i18n import file_error_text, problem_text

ERRORS = [
    (kind, reason)
    for kind in (OpenError, BackupError, LockError, RestoreError)
    for reason in kind.MESSAGES
]


@pytest.mark.parametrize(("kind", "reason"), ERRORS, ids=[f"{k.__name__}-{r}" for k, r in ERRORS])
def test_every_file_error_reads_in_dutch(dutch: None, kind: type[FileError], reason: str) -> None:
    error = kind(reason, Path("/data/huis.sqlite3"), "schijf vol")
    text = file_error_text(error)
    assert text != error.describe()  # translated, not the English line
    assert "{" not in text  # every placeholder filled in
    for field in ("path", "folder", "detail"):
        if "{" + field + "}" in kind.MESSAGES[reason]:
            assert str(error.arguments()[field]) in text


def test_in_english_the_window_says_what_the_command_line_says(qapp: QApplication) -> None:
    error = RestoreError(RestoreError.IN_USE, Path("/data/huis.sqlite3"))
    assert file_error_text(error) == error.describe()


def test_a_refusal_for_personal_data_reads_in_dutch_with_its_phrase(dutch: None) -> None:
    [problem] = personal_data_problems(
        [Outgoing(personal.ACTIVITY_NAME, "Bel 06-12345678", {"code": "A12"})]
    )
    assert problem_text(problem) == (
        "Activiteit A12 'Bel 06-12345678': een telefoonnummer; haal het weg voordat u exporteert."
    )
