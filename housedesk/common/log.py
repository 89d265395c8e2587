"""The app's log: a rotating file in the data folder, for what went wrong and when.

Only the window writes it (the command line reports on stderr). It never holds
personal data on purpose: messages name records by id, and tracebacks show code,
not contact details.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from housedesk.common.paths import data_dir

LOG_NAME = "housedesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


class _LogFile(logging.handlers.RotatingFileHandler):
    """The handler of housedesk's own file, told apart from any other on the logger.

    It remembers whether the last record reached the file: on a full disk or a
    read-only folder the window must not say "it was written down".
    """

    last_written = True

    def emit(self, record: logging.LogRecord) -> None:
        self.last_written = True
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.last_written = False
        super().handleError(record)


def last_record_written() -> bool:
    """Whether housedesk's log file took the last record sent to it (True without a file)."""
    logger = logging.getLogger("housedesk")
    return all(h.last_written for h in logger.handlers if isinstance(h, _LogFile))


def configure() -> Path:
    """Send housedesk's log records to the rotating file; returns its path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _LogFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("housedesk")
    for old in [h for h in logger.handlers if isinstance(h, _LogFile)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
