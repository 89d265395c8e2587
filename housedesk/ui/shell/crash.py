"""Unexpected errors: logged with their traceback, shown as a Dutch message; the app goes on.

Python exceptions raised in a Qt slot end up in ``sys.excepthook``. The
transaction they interrupted has already been rolled back by
``Database.transaction()``, so the data is as it was before the action; the
person is told that, and where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from housedesk.common.log import last_record_written
from housedesk.ui.kit.messages import Messages

log = logging.getLogger("housedesk.crash")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashReporter:
    """Installs itself as ``sys.excepthook`` while the app runs."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._previous: Hook | None = None
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if self._showing:  # an error while the message is up: logged, not shown twice
            return
        self._showing = True
        try:
            if last_record_written():
                where = QCoreApplication.translate(
                    "CrashReporter",
                    "The problem was written down in:\n%1\n\nIf it happens again, please "
                    "send that file to whoever looks after housedesk.",
                ).replace("%1", str(self.log_file))
            else:  # a full disk, say: then the log cannot take it either
                where = (
                    QCoreApplication.translate(
                        "CrashReporter",
                        "The problem could not be written down in the log (%1): the disk may be "
                        "full or not writable. It was:\n%2",
                    )
                    .replace("%1", str(self.log_file))
                    .replace("%2", f"{kind.__name__}: {error}")
                )
            Messages.error(
                None,
                QCoreApplication.translate("CrashReporter", "Something went wrong"),
                QCoreApplication.translate(
                    "CrashReporter",
                    "housedesk ran into an unexpected problem. What you were doing has not "
                    "been saved; everything saved before is safe, and you can carry on.",
                )
                + "\n\n"
                + where,
            )
        finally:
            self._showing = False
