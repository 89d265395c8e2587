"""How the core reports bad input to whoever called it, without knowing about Qt.

A ``Problem`` names the field it belongs to and carries an English message
(the translation source); the UI shows it translated next to that field, the
command line prints it as is. Messages are marked with ``QT_TRANSLATE_NOOP`` so
that Qt's ``lupdate`` collects them into the translation files.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

#: The translation context of every core message.
CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Phrase(str):
    """A message's argument that is itself a core message, such as "a phone number".

    The UI translates it along with the message; the command line prints it as is.
    """

    __slots__ = ()


class Amount(int):
    """A number in a message, its thousands grouped: "10,000" (the UI writes "10.000" in Dutch)."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one field of the input; ``message`` may hold ``{name}`` fields."""

    field: str
    message: str
    # Spelled out: the ``field`` above hides dataclasses.field in this class body.
    args: dict[str, object] = dataclasses.field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.args)


class ValidationError(Exception):
    """Input was refused; nothing was changed. ``problems`` says what and where."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.english() for p in problems))

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name]


def refused(field: str, message: str, **args: object) -> ValidationError:
    """A refusal with one problem, for ``raise``."""
    return ValidationError([Problem(field, message, args)])
