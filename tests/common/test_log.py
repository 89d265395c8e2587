"""Tests for housedesk.common.log: the rotating log file in the data folder."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from housedesk.common import log
from tests.helpers.windows import WindowsFileRules, needs_proc


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    """housedesk's logger, its own file handler removed again afterwards."""
    housedesk = logging.getLogger("housedesk")
    before = list(housedesk.handlers)
    yield housedesk
    for handler in housedesk.handlers:
        if handler not in before:
            housedesk.removeHandler(handler)
            handler.close()


@needs_proc
def test_on_windows_the_log_is_closed_before_it_is_rotated(
    isolated_home: Path, logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot rename the log while it is open: the handler closes it first."""
    monkeypatch.setattr(log, "MAX_BYTES", 2_000)
    path = log.configure()
    assert path == isolated_home / "logs" / "housedesk.log"
    rules = WindowsFileRules().install(monkeypatch)
    for number in range(200):
        logger.warning("line %d of a log that grows past its limit", number)
        assert log.last_record_written()
    assert rules.refused == [] and rules.checked > 0
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == ["housedesk.log", *(f"housedesk.log.{n}" for n in range(1, 6))]
    assert "line 199 " in path.read_text(encoding="utf-8")
