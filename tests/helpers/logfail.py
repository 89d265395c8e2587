"""Fail a test on any log record of level ERROR or above that it did not say it expects.

An error written to the log is what a volunteer would find in ``housedesk.log``
after something went wrong; a test that causes one without meaning to hides a
real problem. While a test runs, a handler on the root logger keeps every record
of ERROR or above (from housedesk's loggers and any library's, from any thread);
after the test, every record not expected fails it.

A test expects errors in one of two ways, each naming the logger (a parent name
covers its children) and a regular expression the message must contain:

- around the code that logs: ``with expect_log_errors("housedesk.crash", "boom"):``
  (the fixture of that name), or
- for the whole test, fixtures included:
  ``@pytest.mark.expected_log_errors("housedesk.startup", "cannot lock")``.

Either way the expected error must really come: a declaration that no record
matches fails the test too, so that none outlives the behaviour it was for.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

LEVEL = logging.ERROR
MARKER = "expected_log_errors"


@dataclass
class Expected:
    """Errors from ``logger`` (or its children) whose message contains ``match``."""

    logger: str = ""
    match: str = ""
    seen: list[logging.LogRecord] = field(default_factory=list)

    def covers(self, record: logging.LogRecord) -> bool:
        name = record.name
        from_logger = not self.logger or name == self.logger or name.startswith(self.logger + ".")
        return from_logger and re.search(self.match, record.getMessage()) is not None

    def describe(self) -> str:
        return f"an error from {self.logger or 'any logger'!r} matching {self.match!r}"


class LogFailHandler(logging.Handler):
    """Keeps the records of ERROR and above; the ones expected are set apart as they come."""

    def __init__(self) -> None:
        super().__init__(level=LEVEL)
        self.unexpected: list[logging.LogRecord] = []
        self.expected: list[Expected] = []
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._guard:
            for expected in reversed(self.expected):
                if expected.covers(record):
                    expected.seen.append(record)
                    return
            self.unexpected.append(record)

    @contextmanager
    def expecting(self, logger: str, match: str = "") -> Iterator[list[logging.LogRecord]]:
        """Errors that ``logger`` logs in the block are expected; at least one must come."""
        expected = Expected(logger, match)
        with self._guard:
            self.expected.append(expected)
        try:
            yield expected.seen
        finally:
            with self._guard:
                self.expected.remove(expected)
        if not expected.seen:
            pytest.fail(f"expected {expected.describe()}, but none was logged", pytrace=False)


def describe(record: logging.LogRecord) -> str:
    message = record.getMessage()
    if record.exc_info and record.exc_info[1] is not None:
        message += f" ({type(record.exc_info[1]).__name__}: {record.exc_info[1]})"
    return f"{record.levelname} from {record.name!r} ({record.pathname}:{record.lineno}): {message}"


@contextmanager
def failing_on_errors(item: pytest.Item) -> Iterator[LogFailHandler]:
    """Watch the root logger while ``item`` runs; fail it on the errors it did not expect."""
    handler = LogFailHandler()
    marked = [Expected(*mark.args, **mark.kwargs) for mark in item.iter_markers(MARKER)]
    handler.expected.extend(marked)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    problems = [f"logged an error it did not expect: {describe(r)}" for r in handler.unexpected]
    problems += [f"expected {e.describe()}, but none was logged" for e in marked if not e.seen]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
