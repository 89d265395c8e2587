"""A new board sets up its house and its agenda from an empty database, as volunteers do.

One story on the real main window, in Dutch, with the mouse and typed text, times
and dates only (``tests.helpers.person``): the first start, two rooms, the opening
hours, a user and an activity of each kind, a Saturday-evening party until 00:30
(refused with the hours said, the extra opening offered and taken), coffee mornings
every Tuesday with a closing day among them, a summer closure that cancels the
coffee mornings planned then, and next week's sheet for the notice board as a PDF.
Each step is one function below the test, in the order the board takes them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from housedesk.common.codes import BookingStatus, Nature
from housedesk.core import rooms
from housedesk.core.agenda import bookings as agenda
from housedesk.db import Database
from housedesk.ui.agenda.dialogs import ConflictDialog
from housedesk.ui.agenda.touched import TouchedDialog
from housedesk.ui.kit import clock
from housedesk.ui.shell.application import HousedeskApp
from housedesk.ui.shell.first_run import FirstRunDialog
from tests.helpers.modals import when_shown
from tests.helpers.pdf import pdf_text
from tests.helpers.person import (
    POPUP_WARNINGS,
    button,
    click,
    click_row,
    click_tab,
    double_click_cell,
    go_to,
    open_dialog,
    pick,
    save_dialog_answers,
    tick,
    type_into,
)
from tests.helpers.screens import activated

#: When the board sits down at the PC: Monday 7 June 2027, ten in the morning.
NOW = dt.datetime(2027, 6, 7, 10, 0)
PARTY = dt.date(2027, 6, 19)  # Saturday of next week
FIRST_COFFEE = dt.date(2027, 6, 15)  # Tuesday of next week
FLOOR_DAY = dt.date(2027, 6, 22)  # the Tuesday after
#: Who the board registers: none of it may be on a sheet for the notice board.
CONTACTS = ("Jansen", "Marieke", "06-12345678", "KBO", "Piet de Bruin", "0412-123456")


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_a_new_board_sets_up_its_house_and_agenda(
    qtbot: QtBot, db: Database, make_app, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(clock, "source", lambda: NOW)
    window = first_start(qtbot, make_app(db, "nl"))
    add_two_rooms(qtbot, window)
    open_the_house_monday_to_saturday(qtbot, window)
    add_the_users_and_their_activities(qtbot, window)
    book_the_saturday_evening_party(qtbot, window)
    close_the_meeting_room_for_a_day(qtbot, window)
    book_the_coffee_mornings_on_tuesdays(qtbot, window)
    close_for_the_summer(qtbot, window)
    sheet = print_next_weeks_sheet(qtbot, window, monkeypatch, tmp_path)

    # The sheet has the week, the party as a private rental, and nobody's name or number.
    text = pdf_text(sheet)
    assert "Week 24: 14 juni tot en met 20 juni 2027" in text
    assert "19:00–00:30 Particuliere verhuur" in text
    assert not [contact for contact in CONTACTS if contact in text]
    # And the database holds what the board did, and nothing more.
    what_the_board_saved(db)


def first_start(qtbot: QtBot, app: HousedeskApp) -> QWidget:
    """The first start asks what this PC is for: the house's, with the code, name and village
    the municipality gave. Then the main window opens."""

    def set_up_the_house(dialog: FirstRunDialog) -> None:
        activated(qtbot, dialog)
        assert button(dialog, "De computer van een gemeenschapshuis").isChecked()
        type_into(qtbot, dialog.code, "bergh")
        type_into(qtbot, dialog.name, "Gemeenschapshuis De Schakel")
        type_into(qtbot, dialog.village, "Berghem")
        click(qtbot, button(dialog, "Beginnen"))

    asked = when_shown(FirstRunDialog, set_up_the_house)
    assert app.start() and asked
    window = app.window
    assert window is not None
    activated(qtbot, window)
    assert window.windowTitle() == "housedesk — Gemeenschapshuis De Schakel (Berghem)"
    return window


def add_two_rooms(qtbot: QtBot, window: QWidget) -> None:
    """Ruimtes: New, the room's name and how many people fit in it, Opslaan; twice."""
    screen = go_to(qtbot, window, "Ruimtes")
    for name, capacity in (("Grote zaal", "80"), ("Vergaderzaal", "12")):
        click(qtbot, button(screen.rooms_tab, "Nieuw"))
        dialog = open_dialog(qtbot)
        assert dialog.windowTitle() == "Nieuwe ruimte"
        type_into(qtbot, dialog.name, name)
        type_into(qtbot, dialog.capacity, capacity)
        click(qtbot, button(dialog, "Opslaan"))
        assert not dialog.isVisible()
    assert screen.rooms_tab.count_label.text() == "2 getoond"


def open_the_house_monday_to_saturday(qtbot: QtBot, window: QWidget) -> None:
    """Openingstijden: a double-click on the house's Monday, 9:00 until 17:00, the same also
    on Tuesday to Saturday."""
    screen = go_to(qtbot, window, "Ruimtes")
    hours = click_tab(qtbot, screen.tabs, "Openingstijden")
    double_click_cell(qtbot, hours.table, 0, 0)
    dialog = open_dialog(qtbot)
    assert dialog.windowTitle() == "Openingstijden op maandag — hele huis"
    opens, closes = dialog.slots[0]
    type_into(qtbot, opens, "9:00")
    type_into(qtbot, closes, "17:00")
    for day in ("di", "wo", "do", "vr", "za"):
        tick(qtbot, button(dialog, day))
    click(qtbot, button(dialog, "Opslaan"))
    assert not dialog.isVisible()
    week = [hours.model.index(0, day).data() for day in range(7)]
    assert week == ["09:00–17:00"] * 6 + ["Gesloten"]


def add_the_users_and_their_activities(qtbot: QtBot, window: QWidget) -> None:
    """Gebruikers & activiteiten: the family that rents the hall for a birthday and the
    seniors' club, each with a contact person; then what each of them does here."""
    screen = go_to(qtbot, window, "Gebruikers & activiteiten")
    for name, kind, contact, phone in (
        ("Fam. Jansen", "Particulier", "Marieke Jansen", "06-12345678"),
        ("KBO Berghem", "Vereniging", "Piet de Bruin", "0412-123456"),
    ):
        click(qtbot, button(screen.users, "Nieuw"))
        dialog = open_dialog(qtbot)
        type_into(qtbot, dialog.name, name)
        pick(qtbot, dialog.kind, kind)
        type_into(qtbot, dialog.contact_name, contact)
        type_into(qtbot, dialog.contact_phone, phone)
        click(qtbot, button(dialog, "Opslaan"))
        assert not dialog.isVisible()
    activities = click_tab(qtbot, screen.tabs, "Activiteiten")
    for user, name, kind, group, open_to in (
        ("Fam. Jansen", "Verjaardagsfeest", "Viering", "Iedereen", "Besloten"),
        ("KBO Berghem", "Koffieochtend", "Ontmoeting", "Ouderen", "Vrije inloop"),
    ):
        click(qtbot, button(activities, "Nieuw"))
        dialog = open_dialog(qtbot)
        pick(qtbot, dialog.user, user)
        type_into(qtbot, dialog.name, name)
        pick(qtbot, dialog.type, kind)
        tick(qtbot, button(dialog, group))
        pick(qtbot, dialog.accessibility, open_to)
        click(qtbot, button(dialog, "Opslaan"))
        assert not dialog.isVisible()
    assert activities.count_label.text() == "2 getoond"


def book_the_saturday_evening_party(qtbot: QtBot, window: QWidget) -> None:
    """Agenda: the Jansens' birthday party in the big hall on Saturday 19 June, 19:00 until
    00:30 at night. The house closes at 17:00 on Saturdays: the form says so and offers to
    open the hall longer that day, which one click takes."""
    screen = go_to(qtbot, window, "Agenda")
    click(qtbot, button(screen, "Nieuwe reservering"))
    dialog = open_dialog(qtbot)
    pick(qtbot, dialog.activity, "Verjaardagsfeest (Fam. Jansen)")
    pick(qtbot, dialog.room, "Grote zaal (80)")
    type_into(qtbot, dialog.date, "19-6-2027")
    type_into(qtbot, dialog.start, "19:00")
    type_into(qtbot, dialog.end, "00:30")
    assert dialog.night.text() == "Loopt door na middernacht, tot 00:30 ’s nachts."
    click(qtbot, button(dialog, "Opslaan"))
    assert dialog.isVisible()
    assert dialog.errors["date"].text() == (
        "19-06-2027: buiten de openingstijden. Op zaterdag is het huis open van 09:00 tot 17:00."
    )
    assert dialog.offer_note.text() == (
        "Grote zaal is die dag dan open 09:00–00:30, in plaats van 09:00–17:00."
    )
    offer = "Extra openstelling toevoegen voor za 19-06 09:00–00:30 en opslaan"
    click(qtbot, button(dialog, offer))
    assert not dialog.isVisible()
    # Saved for next week: the agenda goes there and says so.
    assert (
        screen.message.text() == "Opgeslagen voor za 19-06-2027; de agenda staat nu op die datum."
    )


def close_the_meeting_room_for_a_day(qtbot: QtBot, window: QWidget) -> None:
    """Sluitingsdagen: the meeting room's floor is done on Tuesday 22 June. A closing day of
    one day: "tot en met" follows "van"."""
    screen = go_to(qtbot, window, "Ruimtes")
    closures = click_tab(qtbot, screen.tabs, "Sluitingsdagen")
    click(qtbot, button(closures, "Nieuw"))
    dialog = open_dialog(qtbot)
    assert dialog.first_day.text() == "07-06-2027"  # today, by the PC's clock
    type_into(qtbot, dialog.first_day, "22-6-2027")
    pick(qtbot, dialog.room, "R2 · Vergaderzaal")
    type_into(qtbot, dialog.reason, "Onderhoud vloer")
    assert dialog.last_day.text() == "22-06-2027"
    assert dialog.summary.text() == "dinsdag 22 juni 2027, 1 dag"
    click(qtbot, button(dialog, "Opslaan"))
    assert not dialog.isVisible()


def book_the_coffee_mornings_on_tuesdays(qtbot: QtBot, window: QWidget) -> None:
    """Agenda: KBO's coffee morning in the meeting room every Tuesday from 15 June, ten
    times. 22 June is closed: the clash is listed before anything is saved, and the series is
    saved without it, nine times (filling up at the end was offered too)."""
    screen = go_to(qtbot, window, "Agenda")
    click(qtbot, button(screen, "Nieuwe reservering"))
    dialog = open_dialog(qtbot)
    pick(qtbot, dialog.activity, "Koffieochtend (KBO Berghem)")
    pick(qtbot, dialog.room, "Vergaderzaal (12)")
    type_into(qtbot, dialog.date, "15-6-2027")
    type_into(qtbot, dialog.start, "10:00")
    type_into(qtbot, dialog.end, "12:00")
    pick(qtbot, dialog.repeat.kind, "Elke week of om de paar weken")
    assert button(dialog, "di").isChecked()  # the weekday of the date
    tick(qtbot, button(dialog, "Aantal keren"))
    type_into(qtbot, dialog.repeat.count, "10")

    def leave_the_closed_day_out(clashes: ConflictDialog) -> None:
        activated(qtbot, clashes)
        intro = clashes.findChild(QLabel, "intro")
        assert intro.text() == "9 van de 10 keer; 1 datum overgeslagen:"
        listed = clashes.findChild(QListWidget, "conflicts")
        assert [listed.item(row).text() for row in range(listed.count())] == [
            "22-06-2027: gesloten (Onderhoud vloer)."
        ]
        assert clashes.findChild(QLabel, "fillNote").text() == (
            "Of vul de ontbrekende keren aan het eind aan: de reeks komt dan 10 keer, "
            "tot en met di 24 aug 2027."
        )
        click(qtbot, button(clashes, "Deze data overslaan en opslaan (9 keer)"))

    asked = when_shown(ConflictDialog, leave_the_closed_day_out)
    click(qtbot, button(dialog, "Opslaan"))
    assert asked and not dialog.isVisible()
    assert screen.message.text() == "Koffieochtend: 9 van de 10 keer; 1 datum overgeslagen."


def close_for_the_summer(qtbot: QtBot, window: QWidget) -> None:
    """Sluitingsdagen: the summer closure from 13 July until 23 August. Six coffee mornings
    are planned then: they are listed, and cancelled with the closure's reason."""
    screen = go_to(qtbot, window, "Ruimtes")
    closures = click_tab(qtbot, screen.tabs, "Sluitingsdagen")
    click(qtbot, button(closures, "Nieuw"))
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog.first_day, "13-7-2027")
    type_into(qtbot, dialog.last_day, "23-8-2027")
    type_into(qtbot, dialog.reason, "Zomersluiting")
    assert dialog.summary.text() == (
        "dinsdag 13 juli 2027 tot en met maandag 23 augustus 2027: 42 dagen"
    )

    def cancel_the_coffee_mornings(touched: TouchedDialog) -> None:
        activated(qtbot, touched)
        assert (
            touched.findChild(QLabel, "intro")
            .text()
            .startswith(
                "Het hele huis is gesloten van di 13 jul 2027 tot en met ma 23 aug 2027 "
                "(“Zomersluiting”), maar dan staan er 6 bijeenkomsten gepland."
            )
        )
        table = touched.table
        model = table.model()
        assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
            f"di {(dt.date(2027, 7, 13) + dt.timedelta(weeks=n)):%d-%m-%Y}" for n in range(6)
        ]
        click_row(qtbot, table, 0)
        click_row(qtbot, table, model.rowCount() - 1, Qt.KeyboardModifier.ShiftModifier)
        click(qtbot, button(touched, "Gekozen annuleren"))
        assert {model.index(row, 4).data() for row in range(model.rowCount())} == {
            "Annuleren (“Zomersluiting”)"
        }
        assert touched.summary.text() == "Annuleren: 6 · verplaatsen: 0 · laten staan: 0"
        click(qtbot, button(touched, "Opslaan"))

    asked = when_shown(TouchedDialog, cancel_the_coffee_mornings)
    click(qtbot, button(dialog, "Opslaan"))
    assert asked and not dialog.isVisible()


def print_next_weeks_sheet(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> Path:
    """Agenda: Vandaag, Volgende ▶, Afdrukken…, the week, Opslaan als PDF…; in the save
    dialog the volunteer chooses a folder and types a name."""
    screen = go_to(qtbot, window, "Agenda")
    click(qtbot, button(screen, "Vandaag"))
    click(qtbot, button(screen, "Volgende ▶"))
    click(qtbot, button(screen, "Afdrukken…"))
    dialog = open_dialog(qtbot)
    assert button(dialog, "De week: Week 24: 14 juni tot en met 20 juni 2027").isChecked()
    sheet = folder / "mededelingenbord.pdf"
    suggested = save_dialog_answers(monkeypatch, sheet)
    click(qtbot, button(dialog, "Opslaan als PDF…"))
    assert not dialog.isVisible()
    assert suggested == ["week-2027-W24.pdf"]
    assert screen.message.text() == f"Het overzicht is opgeslagen als {sheet}"
    return sheet


def what_the_board_saved(db: Database) -> None:
    sessions = agenda.sessions_between(db, NOW.date(), dt.date(2027, 12, 31))
    [party] = [s for s in sessions if s.activity_name == "Verjaardagsfeest"]
    assert (party.date, party.span, party.end_min, party.room_name, party.nature) == (
        PARTY,
        "19:00–00:30",
        24 * 60 + 30,  # half past twelve at night, counted on from the Saturday
        "Grote zaal",
        Nature.PARTICULIER,
    )
    coffee = [(s.date, s.status, s.cancel_reason) for s in sessions if s is not party]
    planned = [FIRST_COFFEE, dt.date(2027, 6, 29), dt.date(2027, 7, 6)]
    summer = [dt.date(2027, 7, 13) + dt.timedelta(weeks=n) for n in range(6)]
    assert coffee == [
        *((day, BookingStatus.GEPLAND, None) for day in planned),
        *((day, BookingStatus.GEANNULEERD, "Zomersluiting") for day in summer),
    ]
    [extra] = rooms.list_opening_exceptions(db)
    assert (extra.room_name, extra.first_day, extra.last_day, extra.span) == (
        "Grote zaal",
        PARTY,
        PARTY,
        "09:00–00:30",
    )
    assert [(c.room_name, c.first_day, c.last_day, c.reason) for c in rooms.list_closures(db)] == [
        ("Vergaderzaal", FLOOR_DAY, FLOOR_DAY, "Onderhoud vloer"),
        (None, dt.date(2027, 7, 13), dt.date(2027, 8, 23), "Zomersluiting"),
    ]
