"""Tests for the suite's own log check: an ERROR in the log fails a test unless it expects it."""

from __future__ import annotations

import logging
import threading

import pytest

from tests.helpers import logfail

log = logging.getLogger("tests.logfail")
Failed = pytest.fail.Exception


def record(name: str, message: str) -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, message, None, None)


def test_an_unexpected_error_fails_the_test(
    request: pytest.FixtureRequest, expect_log_errors
) -> None:
    # The suite's own check (this test's) expects the error; the one under test does not.
    with (
        expect_log_errors("tests.logfail", "^boom$"),
        pytest.raises(Failed, match=r"did not expect: ERROR from 'tests\.logfail\.part'"),
        logfail.failing_on_errors(request.node),
    ):
        logging.getLogger("tests.logfail.part").error("boom")


def test_warnings_pass_and_expected_errors_are_handed_back(
    request: pytest.FixtureRequest, expect_log_errors
) -> None:
    with (
        expect_log_errors("tests.logfail", "disk full"),
        logfail.failing_on_errors(request.node) as handler,
    ):
        log.warning("only a warning")
        with handler.expecting("tests.logfail", "disk full") as seen:
            log.error("backup failed: %s", "disk full")
    assert [r.getMessage() for r in seen] == ["backup failed: disk full"]
    assert handler.unexpected == []


def test_an_expected_error_that_never_comes_fails(expect_log_errors) -> None:
    with (
        pytest.raises(Failed, match=r"expected an error from 'tests\.logfail' matching 'boom'"),
        expect_log_errors("tests.logfail", "boom"),
    ):
        log.warning("boom, but only a warning")


def test_a_logger_covers_its_children_and_the_message_must_match() -> None:
    expected = logfail.Expected("housedesk.db", "locked")
    assert expected.covers(record("housedesk.db", "is locked"))
    assert expected.covers(record("housedesk.db.lock", "locked since 9:00"))
    assert not expected.covers(record("housedesk.dbx", "locked"))
    assert not expected.covers(record("housedesk.db", "damaged"))
    assert logfail.Expected().covers(record("sqlalchemy.pool", "anything"))


@pytest.mark.expected_log_errors("tests.logfail", "in a thread")
def test_a_marker_expects_errors_for_the_whole_test_from_any_thread(
    request: pytest.FixtureRequest,
) -> None:
    worker = threading.Thread(target=lambda: log.error("failed in a thread"))
    worker.start()
    worker.join()
    # Checked on its own, without the error, the same marker fails the test.
    with (
        pytest.raises(Failed, match="matching 'in a thread', but none was logged"),
        logfail.failing_on_errors(request.node),
    ):
        pass
