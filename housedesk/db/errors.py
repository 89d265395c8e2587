"""The base of the errors about a database file: a reason code, the path, one English line.

The UI picks its Dutch message by ``reason``; the command line and the log use
``describe()``. Each subclass lists its reasons with their English messages,
which may name ``{path}``, its ``{folder}`` and a ``{detail}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


class FileError(Exception):
    """A database file could not be used; ``reason`` says why."""

    MESSAGES: ClassVar[dict[str, str]] = {}

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        """A one-line English explanation, for the command line and the log."""
        return self.MESSAGES[self.reason].format(
            path=self.path, folder=self.path.parent, detail=self.detail
        )
