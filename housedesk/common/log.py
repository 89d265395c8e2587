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
    """The handler of housedesk's own file, told apart from any other on the logger."""


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
