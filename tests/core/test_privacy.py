"""Tests for housedesk.core.privacy: old contact details are found, and removed without a trace."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import event, select, text

from housedesk.common.codes import Accessibility, ActivityType, BookingStatus, Nature, UserKind
from housedesk.common.periods import Period
from housedesk.core import installation
from housedesk.core.board.figures import PeriodFigures, period_figures, period_sessions
from housedesk.core.privacy import (
    PurgeCandidate,
    contacts_to_purge,
    is_anonymous,
    purge_contacts,
    years_before,
)
from housedesk.db import Database, open_database
from housedesk.db.models import Activity, Booking, User
from tests.helpers.rows import add_activity, add_room, add_session

TODAY = dt.date(2026, 11, 25)
SECRET_EMAIL = b"jantje.zwart-7f3a9c@voorbeeld-vereniging.invalid"
SECRET_NAME = b"Jantje Zwart-Verboomen"
SECRET_NOTE = b"sleutel ligt onder de mat bij Zwart"


def at(years_ago: float) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(12)) - dt.timedelta(days=round(365.25 * years_ago))


def add_user(db: Database, name: str, archived: dt.datetime | None, **contact: str) -> int:
    with db.transaction() as session:
        user = User(name=name, kind=UserKind.VERENIGING, archived_at=archived, **contact)
        session.add(user)
        session.flush()
        return user.id


def test_only_users_archived_long_enough_ago_with_details_are_candidates(db: Database) -> None:
    old = add_user(db, "Biljartclub", at(6), contact_email="biljart@example.invalid")
    notes_only = add_user(db, "Kaartclub", at(5.1), notes="belt altijd op dinsdag")
    add_user(db, "Zonder gegevens", at(8))
    add_user(db, "Recent gestopt", at(2), contact_phone="0412-123456")
    add_user(db, "Nog actief", None, contact_name="Piet")
    assert contacts_to_purge(db, 5, today=TODAY) == [
        PurgeCandidate(old, "Biljartclub", at(6), ("contact_email",)),
        PurgeCandidate(notes_only, "Kaartclub", at(5.1), ("notes",)),
    ]
    assert [c.name for c in contacts_to_purge(db, 7, today=TODAY)] == []


def test_years_before_handles_a_leap_day() -> None:
    assert years_before(dt.date(2028, 2, 29), 5) == dt.date(2023, 2, 28)
    assert years_before(TODAY, 5) == dt.date(2021, 11, 25)


def database_bytes(path: Path) -> bytes:
    """The database file and every log or journal beside it."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def open_without_secure_delete(path: Path) -> Database:
    """Open ``path`` as on SQLite builds whose default is ``secure_delete = OFF``.

    Debian's SQLite zeroes deleted content by default, other builds do not; the
    purge must not depend on it.
    """
    db = open_database(path)

    @event.listens_for(db.engine, "connect")
    def _default_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF").close()

    return db


def test_purged_details_are_nowhere_in_the_file_or_its_log(tmp_path: Path) -> None:
    path = tmp_path / "house.sqlite3"
    open_database(path).close()
    db = open_without_secure_delete(path)
    gone = add_user(
        db,
        "Jeu de boules De Zwarte Kat",
        at(6),
        contact_name=SECRET_NAME.decode(),
        contact_email=SECRET_EMAIL.decode(),
        notes=SECRET_NOTE.decode(),
    )
    active = add_user(db, "Koor", None, contact_email="koor@example.invalid")
    db.close()  # the details are now in the database file itself ...
    assert SECRET_EMAIL in path.read_bytes()
    db = open_without_secure_delete(path)
    with db.transaction() as session:  # ... and, in a page image, in the log as well
        session.get(User, gone).contact_phone = "0412-654321"  # type: ignore[union-attr]
    assert SECRET_EMAIL in path.with_name(path.name + "-wal").read_bytes()

    assert purge_contacts(db, [gone, active]) == 1  # the active user is left alone
    with db.reading() as session:
        purged = session.get(User, gone)
        kept = session.get(User, active)
        assert purged is not None and kept is not None
        assert (purged.contact_name, purged.contact_phone, purged.contact_email, purged.notes) == (
            None,
            None,
            None,
            None,
        )
        assert purged.name == "Jeu de boules De Zwarte Kat"
        assert kept.contact_email == "koor@example.invalid"
    # Even while the database is still open: nothing left in the file or its log.
    for secret in (SECRET_EMAIL, SECRET_NAME, SECRET_NOTE):
        assert secret not in database_bytes(path)
    db.close()
    for secret in (SECRET_EMAIL, SECRET_NAME, SECRET_NOTE):
        assert secret not in database_bytes(path)
    assert b"koor@example.invalid" in database_bytes(path)
    db = open_database(path)
    assert contacts_to_purge(db, 5, today=TODAY) == []
    db.close()


def test_purging_nobody_changes_nothing(db: Database) -> None:
    assert purge_contacts(db, []) == 0


# --------------------------------------------------------------------------- private persons

PRIVATE_NAME = b"Familie Zwart-Verboomen"
PRIVATE_TEXTS = (
    b"Verjaardag oma Zwart-Verboomen",
    b"Sleutel bij buurvrouw Annelies de Klerk",
    b"Oma Zwart-Verboomen is ziek",
)


def add_private_person(db: Database, archived: dt.datetime | None) -> tuple[int, int, int]:
    """A private person with a party (a private rental) and a street barbecue, their sessions
    in Q1 2020 (one cancelled, with a reason); the ids of the user and the two activities."""
    hall = add_room(db, "R1", "Grote zaal")
    party = add_activity(
        db,
        "A1",
        PRIVATE_TEXTS[0].decode(),
        Nature.PARTICULIER,
        user=PRIVATE_NAME.decode(),
        description=PRIVATE_TEXTS[1].decode(),
        contact_phone="06-11112222",
    )
    with db.transaction() as session:
        user_id = session.get(Activity, party).user_id  # type: ignore[union-attr]
        barbecue = Activity(
            code="A2",
            user_id=user_id,
            name="Buurtbarbecue Molenakker",
            type=ActivityType.ONTMOETING,
            nature=Nature.MAATSCHAPPELIJK,
            accessibility=Accessibility.VRIJE_INLOOP,
            description="Zelf vlees meenemen",
        )
        session.add(barbecue)
        session.flush()
        barbecue_id = barbecue.id
    add_session(db, party, hall, dt.date(2020, 2, 8), 840, 1080, visitors=45, volunteers=2)
    add_session(db, barbecue_id, hall, dt.date(2020, 3, 7), 1020, 1260, visitors=80)
    add_session(
        db,
        barbecue_id,
        hall,
        dt.date(2020, 3, 14),
        1020,
        1260,
        status=BookingStatus.GEANNULEERD,
        cancel_reason=PRIVATE_TEXTS[2].decode(),
    )
    with db.transaction() as session:
        user = session.get(User, user_id)
        assert user is not None
        user.archived_at = archived
    return user_id, party, barbecue_id


def test_a_private_person_archived_long_ago_is_a_candidate_for_name_and_texts(
    house_db: Database,
) -> None:
    user_id, _party, _barbecue = add_private_person(house_db, at(6))
    # A club's activity texts are not a private person's: only its contact details count.
    add_activity(house_db, "A3", "Biljart", user="Biljartclub", description="Keu zelf meenemen")
    with house_db.transaction() as session:
        session.execute(text("UPDATE users SET archived_at = :at"), {"at": at(6)})
    [candidate] = contacts_to_purge(house_db, 5, today=TODAY)
    assert (candidate.user_id, candidate.name, candidate.fields) == (
        user_id,
        PRIVATE_NAME.decode(),
        ("contact_phone", "name", "activity_texts"),
    )
    assert contacts_to_purge(house_db, 7, today=TODAY) == []


def test_a_private_person_is_forgotten_without_a_trace_and_every_figure_stays(
    tmp_path: Path,
) -> None:
    path = tmp_path / "house.sqlite3"
    open_database(path).close()
    db = open_without_secure_delete(path)
    installation.set_up_house(db, "BERGH", "Gemeenschapshuis De Schakel", "Berghem")
    user_id, _party, _barbecue = add_private_person(db, at(6))
    still_here = add_private_person_still_active(db)
    year = Period(2020)
    before = figures_only(db, year)
    sessions_before = period_sessions(db, year)
    db.close()
    for secret in (PRIVATE_NAME, *PRIVATE_TEXTS):
        assert secret in database_bytes(path)

    db = open_without_secure_delete(path)
    assert purge_contacts(db, [user_id, still_here]) == 1  # the active one is left alone
    with db.reading() as session:
        user = session.get(User, user_id)
        assert user is not None
        assert (user.name, user.kind, user.contact_phone) == (
            f"Particulier {user_id}",
            UserKind.PARTICULIER,
            None,
        )
        names = {a.code: (a.name, a.description) for a in session.scalars(select(Activity))}
        assert names["A1"] == ("Particuliere verhuur", None)  # as the export calls it anyway
        assert names["A2"] == ("Buurtbarbecue Molenakker", None)  # a public name, exported
        assert names["A9"] == ("Verjaardag opa Bakker", "Taart om drie uur")
        reasons = session.scalars(select(Booking.cancel_reason)).all()
        assert reasons.count(None) == len(reasons) - 1  # only the active person's is left
    assert figures_only(db, year) == before
    assert period_sessions(db, year) == sessions_before
    assert contacts_to_purge(db, 5, today=TODAY) == []
    for secret in (PRIVATE_NAME, *PRIVATE_TEXTS, b"Zelf vlees meenemen"):
        assert secret not in database_bytes(path), secret
    db.close()
    everything = database_bytes(path)
    for secret in (PRIVATE_NAME, b"Zwart-Verboomen", b"Annelies", b"vlees"):
        assert secret not in everything, secret
    assert b"Verjaardag opa Bakker" in everything
    assert b"Buurtbarbecue Molenakker" in everything
    db = open_database(path)
    assert purge_contacts(db, [user_id]) == 0  # nothing left to forget
    db.close()


def figures_only(db: Database, period: Period) -> PeriodFigures:
    """The period's figures, with every activity's name left out (a private rental's changes)."""
    figures = period_figures(db, period)
    activities = tuple(dataclasses.replace(a, name="") for a in figures.activities)
    return dataclasses.replace(figures, activities=activities)


def add_private_person_still_active(db: Database) -> int:
    """A private person, not archived, with a party and a cancelled session; the user's id."""
    party = add_activity(
        db,
        "A9",
        "Verjaardag opa Bakker",
        Nature.PARTICULIER,
        user="Fam. Bakker",
        description="Taart om drie uur",
    )
    room = add_room(db, "R9", "Kleine zaal")
    add_session(
        db,
        party,
        room,
        dt.date(2020, 1, 4),
        status=BookingStatus.GEANNULEERD,
        cancel_reason="Opa Bakker in het ziekenhuis",
    )
    with db.reading() as session:
        return session.get(Activity, party).user_id  # type: ignore[union-attr]


def test_a_taken_anonymous_name_gets_a_number(house_db: Database) -> None:
    user_id, _party, _barbecue = add_private_person(house_db, at(6))
    add_user(house_db, f"particulier {user_id}", None)
    assert purge_contacts(house_db, [user_id]) == 1
    with house_db.reading() as session:
        user = session.get(User, user_id)
        assert user is not None and user.name == f"Particulier {user_id} (2)"
    assert is_anonymous(f"Particulier {user_id} (2)", user_id)
    assert not is_anonymous(f"Particulier {user_id}7", user_id)
    assert contacts_to_purge(house_db, 5, today=TODAY) == []
