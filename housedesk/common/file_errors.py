"""The base of the errors about a file: a reason code, the path, one English line.

Each subclass lists its reasons with their English messages (marked for
translation in the "core" context), which may name ``{path}``, its
``{folder}`` and a ``{detail}``. The command line and the log use
``describe()``; the window shows the message translated, filled in with
``arguments()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


class FileError(Exception):
    """A file could not be used or written; ``reason`` says why."""

    MESSAGES: ClassVar[dict[str, str]] = {}

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.describe())

    def arguments(self) -> dict[str, object]:
        """What the message's ``{fields}`` stand for."""
        return {"path": self.path, "folder": self.path.parent, "detail": self.detail}

    def describe(self) -> str:
        """A one-line English explanation, for the command line and the log."""
        return self.MESSAGES[self.reason].format(**self.arguments())
