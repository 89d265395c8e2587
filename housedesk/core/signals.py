"""Signals (signalen): wishes, complaints, ideas and concerns from residents.

The house registers what residents bring in and passes it on to the
municipality, the neighbourhood worker or the housing corporation. Only the
theme, kind, date and status go to the municipality in the quarterly export;
the text goes along only when the signal is marked shareable, so a shareable
text is refused while it looks like it holds an e-mail address or phone number.
Signals have no history constraints: they may be edited and deleted freely.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from housedesk.common.codes import SignalKind, SignalStatus
from housedesk.common.personal import find_personal_data
from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError
from housedesk.db.engine import Database
from housedesk.db.models import Signal

THEME_MAX = 200
PASSED_TO_MAX = 200


@dataclass(frozen=True)
class SignalValues:
    """What a person enters for a signal; ``kind`` is ``None`` until one is chosen."""

    date: dt.date
    kind: SignalKind | None
    theme: str
    text: str = ""
    passed_to: str = ""
    status: SignalStatus = SignalStatus.NIEUW
    shareable: bool = False


@dataclass(frozen=True)
class SignalRow:
    """A registered signal as the screens and the export see it."""

    id: int
    date: dt.date
    kind: SignalKind
    theme: str
    text: str | None
    passed_to: str | None
    status: SignalStatus
    shareable: bool
    created_at: dt.datetime


def looks_personal(text: str) -> bool:
    """Whether ``text`` seems to contain an e-mail address or a phone number."""
    return bool(find_personal_data(text))


def validate_signal(values: SignalValues, today: dt.date) -> list[Problem]:
    """The problems with ``values``, field by field; an empty list when they can be stored."""
    problems: list[Problem] = []
    day: object = values.date  # as the caller gave it: None when no date was entered
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        problems.append(Problem("date", QT_TRANSLATE_NOOP("core", "Enter the date.")))
    elif day > today:
        problems.append(
            Problem("date", QT_TRANSLATE_NOOP("core", "The date cannot be in the future."))
        )
    if _kind(values.kind) is None:
        problems.append(Problem("kind", QT_TRANSLATE_NOOP("core", "Choose the kind of signal.")))
    theme = values.theme.strip()
    if not theme:
        problems.append(
            Problem(
                "theme",
                QT_TRANSLATE_NOOP("core", "Enter the theme: in a few words, what it is about."),
            )
        )
    elif len(theme) > THEME_MAX:
        problems.append(
            Problem(
                "theme",
                QT_TRANSLATE_NOOP("core", "The theme can be at most {max} characters long."),
                {"max": THEME_MAX},
            )
        )
    if len(values.passed_to.strip()) > PASSED_TO_MAX:
        problems.append(
            Problem(
                "passed_to",
                QT_TRANSLATE_NOOP("core", "This can be at most {max} characters long."),
                {"max": PASSED_TO_MAX},
            )
        )
    if _status(values.status) is None:
        problems.append(Problem("status", QT_TRANSLATE_NOOP("core", "Choose a status.")))
    if values.shareable and looks_personal(values.text):
        problems.append(
            Problem(
                "text",
                QT_TRANSLATE_NOOP(
                    "core",
                    "The text seems to contain an e-mail address or phone number. Remove it, "
                    "or do not share the text with the municipality.",
                ),
            )
        )
    return problems


def list_signals(
    db: Database,
    first_day: dt.date | None = None,
    last_day: dt.date | None = None,
    status: SignalStatus | None = None,
) -> list[SignalRow]:
    """The signals dated from ``first_day`` to ``last_day`` (inclusive), newest first."""
    query = select(Signal).order_by(Signal.date.desc(), Signal.id.desc())
    if first_day is not None:
        query = query.where(Signal.date >= first_day)
    if last_day is not None:
        query = query.where(Signal.date <= last_day)
    if status is not None:
        query = query.where(Signal.status == SignalStatus(status))
    with db.reading() as session:
        return [_row(signal) for signal in session.scalars(query)]


def create_signal(db: Database, values: SignalValues, *, today: dt.date | None = None) -> SignalRow:
    """Register a new signal; raises ``ValidationError`` and stores nothing on bad input."""
    _refuse_bad(values, today)
    with db.transaction() as session:
        signal = Signal()
        _apply(signal, values)
        session.add(signal)
        session.flush()
        return _row(signal)


def update_signal(
    db: Database, signal_id: int, values: SignalValues, *, today: dt.date | None = None
) -> SignalRow:
    """Change a signal; raises ``ValidationError`` and changes nothing on bad input."""
    _refuse_bad(values, today)
    with db.transaction() as session:
        signal = _existing(session.get(Signal, signal_id))
        _apply(signal, values)
        session.flush()
        return _row(signal)


def set_signal_status(db: Database, signal_id: int, status: SignalStatus) -> SignalRow:
    """Mark a signal as new, passed on or resolved, leaving everything else as it is."""
    if _status(status) is None:
        raise ValidationError([Problem("status", QT_TRANSLATE_NOOP("core", "Choose a status."))])
    with db.transaction() as session:
        signal = _existing(session.get(Signal, signal_id))
        signal.status = SignalStatus(status)
        session.flush()
        return _row(signal)


def delete_signal(db: Database, signal_id: int) -> None:
    """Delete a signal for good; raises ``ValidationError`` if it no longer exists."""
    with db.transaction() as session:
        session.delete(_existing(session.get(Signal, signal_id)))


def _refuse_bad(values: SignalValues, today: dt.date | None) -> None:
    problems = validate_signal(values, today or dt.date.today())
    if problems:
        raise ValidationError(problems)


def _existing(signal: Signal | None) -> Signal:
    if signal is None:
        raise ValidationError(
            [
                Problem(
                    "signal",
                    QT_TRANSLATE_NOOP(
                        "core", "This signal no longer exists; someone may have deleted it."
                    ),
                )
            ]
        )
    return signal


def _kind(value: object) -> SignalKind | None:
    if not isinstance(value, str):
        return None
    try:
        return SignalKind(value)
    except ValueError:
        return None


def _status(value: object) -> SignalStatus | None:
    if not isinstance(value, str):
        return None
    try:
        return SignalStatus(value)
    except ValueError:
        return None


def _apply(signal: Signal, values: SignalValues) -> None:
    signal.date = values.date
    kind = _kind(values.kind)
    assert kind is not None  # validate_signal refuses values without one
    signal.kind = kind
    signal.theme = values.theme.strip()
    signal.text = values.text.strip() or None
    signal.passed_to = values.passed_to.strip() or None
    signal.status = SignalStatus(values.status)
    signal.shareable = values.shareable


def _row(signal: Signal) -> SignalRow:
    return SignalRow(
        id=signal.id,
        date=signal.date,
        kind=SignalKind(signal.kind),
        theme=signal.theme,
        text=signal.text,
        passed_to=signal.passed_to,
        status=SignalStatus(signal.status),
        shareable=signal.shareable,
        created_at=signal.created_at,
    )
