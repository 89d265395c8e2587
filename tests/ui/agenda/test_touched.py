"""Tests of the dialogs for the sessions a closure or new hours touch, and of a series' dates."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.core.agenda.recurrence import Frequency, Recurrence
from housedesk.core.agenda.touched import Decision, Fate
from housedesk.core.rooms import DayPlan
from housedesk.db import Database
from housedesk.ui.agenda.dialogs import SeriesDatesDialog
from housedesk.ui.agenda.touched import TouchedDialog
from tests.helpers.modals import click
from tests.helpers.register import an_activity
from tests.helpers.screens import show

TUE = 1


def a_series(db: Database) -> agenda.SeriesInfo:
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    room = rooms.create_room(db, "Grote zaal", 60).id
    rule = Recurrence(Frequency.WEEKLY, (TUE,), count=4)
    return agenda.create_series(
        db, an_activity(db, "Koor"), room, dt.date(2026, 6, 2), "20:00", "22:00", rule
    )


def test_the_touched_sessions_model_and_a_refusal_said_in_the_dialog(
    qtbot: QtBot, qtmodeltester, db: Database
) -> None:
    a_series(db)
    sessions = agenda.sessions_between(db, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    tried: list[list[Decision]] = []

    def refuse(decisions: list[Decision]) -> None:
        tried.append(decisions)
        raise agenda.no_dates_left(1)  # any refusal: the dialog stays and says it

    dialog = show(qtbot, TouchedDialog(db, sessions, "Het hele huis", "Zomersluiting", refuse))
    qtmodeltester.check(dialog.model)
    assert dialog.summary.text() == "To cancel: 4 · to move: 0 · to keep: 0"
    click(qtbot, dialog, "saveButton")
    assert dialog.isVisible() and dialog.message.text().startswith("None of the 1 dates")
    assert [d.fate for d in tried[0]] == [Fate.CANCEL] * 4


def test_the_series_dates_model(qtbot: QtBot, qtmodeltester, db: Database) -> None:
    info = a_series(db)
    first, second, *_ = agenda.sessions_between(db, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    agenda.skip_occurrence(db, first.id)
    agenda.change_session(db, second.id, second.room_id, dt.date(2026, 6, 10), "20:00", "22:00")
    dialog = show(qtbot, SeriesDatesDialog(db, info.id, today=dt.date(2026, 6, 1)))
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
