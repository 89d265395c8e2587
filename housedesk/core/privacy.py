"""Forgetting personal data: of users archived long ago, and for good, also in the file.

The personal data housedesk keeps are the contact person's name, phone and
e-mail and the free notes of a user, and, for a private person (user kind
``particulier``), the person's own name and the free text that belongs to
them: their activities' descriptions, the names of their private rentals and
the reasons their sessions were cancelled. Once a user has been archived for
some years they are no longer needed. ``purge_contacts`` empties the contact
fields, renames a private person to "Particulier 12" (by the user's id),
names their private rentals "Particuliere verhuur" (as the export and the
calendar already do) and empties the rest of that free text, in one
transaction. The codes, kinds, natures and every figure (sessions, hours,
counts) stay as they were, so the reports of the past do not change.

Then it makes sure the old values are nowhere in the database file or its
write-ahead log: SQLite's ``secure_delete`` overwrites the freed bytes, a
``TRUNCATE`` checkpoint empties the log and ``VACUUM`` rewrites every page.

Copies made earlier (the backups folder, USB sticks) still hold the old values
until they are rotated away or thrown out; the rotation keeps monthly copies for
a year.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    SQLColumnExpression,
    exists,
    or_,
    select,
    update,
)

from housedesk.common.codes import Nature, UserKind
from housedesk.db.engine import Database
from housedesk.db.models import Activity, Booking, User

#: The contact fields that are emptied, in the order they are reported.
PERSONAL_FIELDS = ("contact_name", "contact_phone", "contact_email", "notes")
#: What is also forgotten of a private person: their name, and their activities' free text.
PRIVATE_PERSON_FIELDS = ("name", "activity_texts")
#: A private person's name once forgotten, by the user's id.
ANONYMOUS_NAME = "Particulier {id}"
#: A private rental's name once forgotten: what the export and the calendar call it anyway.
PRIVATE_RENTAL_NAME = "Particuliere verhuur"


class PurgeError(Exception):
    """The data were forgotten, but old copies could not yet be cleared from the file."""

    TRACES_REMAIN = "traces_remain"

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        return (
            "the personal data were removed, but the database is in use elsewhere, "
            "so their old copies stay in the file until the next purge or VACUUM"
            + (f" ({self.detail})" if self.detail else "")
        )


@dataclass(frozen=True)
class PurgeCandidate:
    """An archived user that still has personal data; ``fields`` says which.

    ``fields`` holds names of ``PERSONAL_FIELDS`` and, for a private person,
    of ``PRIVATE_PERSON_FIELDS``.
    """

    user_id: int
    name: str
    archived_at: dt.datetime  # UTC, as stored
    fields: tuple[str, ...]


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years earlier (28 February for a 29th without a leap year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def is_anonymous(name: str, user_id: int) -> bool:
    """Whether ``name`` is the name a purge gives the private person ``user_id``."""
    base = re.escape(ANONYMOUS_NAME.format(id=user_id))
    return re.fullmatch(base + r"(?: \([0-9]+\))?", name) is not None


def _activity_texts(user_id: SQLColumnExpression[int]) -> ColumnElement[bool]:
    """SQL: the user has activity text to forget (a description, a private rental's name,
    a reason of cancelling)."""
    own = Activity.user_id == user_id
    return or_(
        exists().where(own, Activity.description.is_not(None)),
        exists().where(
            own, Activity.nature == Nature.PARTICULIER, Activity.name != PRIVATE_RENTAL_NAME
        ),
        exists()
        .where(Booking.activity_id == Activity.id, Booking.cancel_reason.is_not(None))
        .where(own),
    )


def contacts_to_purge(
    db: Database, archived_before_years: int, today: dt.date | None = None
) -> list[PurgeCandidate]:
    """Users archived over ``archived_before_years`` years ago that still hold personal data."""
    cutoff = dt.datetime.combine(
        years_before(today or dt.date.today(), archived_before_years), dt.time()
    )
    with db.reading() as session:
        rows = session.execute(
            _candidates().where(User.archived_at < cutoff).order_by(User.archived_at, User.id)
        ).all()
    return [
        PurgeCandidate(
            user_id=row.id,
            name=row.name,
            archived_at=row.archived_at,
            fields=fields,
        )
        for row in rows
        if (fields := _fields(row))
    ]


def _candidates() -> Select[*tuple[Any, ...]]:
    """The archived users, with what ``_fields`` needs to tell what they still hold."""
    columns = [getattr(User, name) for name in PERSONAL_FIELDS]
    return select(
        User.id,
        User.name,
        User.kind,
        User.archived_at,
        *columns,
        _activity_texts(User.id).label("activity_texts"),
    ).where(User.archived_at.is_not(None))


def _fields(row: Row[*tuple[Any, ...]]) -> tuple[str, ...]:
    """The fields of this user that hold personal data, in the order they are reported."""
    fields = [name for name in PERSONAL_FIELDS if getattr(row, name) is not None]
    if row.kind == UserKind.PARTICULIER:
        if not is_anonymous(row.name, row.id):
            fields.append("name")
        if row.activity_texts:
            fields.append("activity_texts")
    return tuple(fields)


def purge_contacts(db: Database, user_ids: Collection[int]) -> int:
    """Forget the personal data of these archived users, leaving no trace in the file.

    Contact fields are emptied; a private person is renamed "Particulier {id}", their
    private rentals "Particuliere verhuur", and their activities' descriptions and their
    sessions' reasons of cancelling are emptied. Codes and figures stay. Users that are
    not archived are left alone. Returns how many users were changed. Other connections
    to the database should be idle (the app holds the ``DatabaseLock``); if the log
    cannot be emptied, ``PurgeError`` is raised after the change was committed.
    """
    ids = sorted(set(user_ids))
    if not ids:
        return 0
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        previous = raw.execute("PRAGMA secure_delete").fetchone()[0]
        raw.execute("PRAGMA secure_delete = ON").close()  # freed bytes are zeroed
        try:
            changed = _forget(connection, ids)
            connection.commit()
            _empty_log(raw)
            raw.execute("VACUUM").close()  # rewrites every page of the file
            _empty_log(raw)
        finally:
            raw.execute(f"PRAGMA secure_delete = {int(previous)}").close()
    return changed


def _forget(connection: Connection, ids: list[int]) -> int:
    """Empty and rename what ``_fields`` finds, in the open transaction; how many users."""
    rows = connection.execute(_candidates().where(User.id.in_(ids))).all()
    found = {row.id: (row, fields) for row in rows if (fields := _fields(row))}
    contacts = [
        user_id for user_id, (_row, fields) in found.items() if set(fields) & set(PERSONAL_FIELDS)
    ]
    if contacts:
        connection.execute(
            update(User)
            .where(User.id.in_(contacts))
            .values({name: None for name in PERSONAL_FIELDS})
        )
    private = [
        user_id for user_id, (row, _fields) in found.items() if row.kind == UserKind.PARTICULIER
    ]
    if private:
        taken = {name.casefold() for (name,) in connection.execute(select(User.name))}
        for user_id in private:
            if "name" in found[user_id][1]:
                name = _free_name(user_id, taken)
                taken.add(name.casefold())
                connection.execute(update(User).where(User.id == user_id).values(name=name))
        activities = select(Activity.id).where(Activity.user_id.in_(private))
        connection.execute(
            update(Activity).where(Activity.user_id.in_(private)).values(description=None)
        )
        connection.execute(
            update(Activity)
            .where(Activity.user_id.in_(private), Activity.nature == Nature.PARTICULIER)
            .values(name=PRIVATE_RENTAL_NAME)
        )
        connection.execute(
            update(Booking)
            .where(Booking.activity_id.in_(activities), Booking.cancel_reason.is_not(None))
            .values(cancel_reason=None)
        )
    return len(found)


def _free_name(user_id: int, taken: set[str]) -> str:
    """ "Particulier 12", or "Particulier 12 (2)" if a user is called that already."""
    name = ANONYMOUS_NAME.format(id=user_id)
    number = 1
    while name.casefold() in taken:
        number += 1
        name = f"{ANONYMOUS_NAME.format(id=user_id)} ({number})"
    return name


def _empty_log(raw: sqlite3.Connection) -> None:
    """Copy the log into the file and cut it to zero bytes, retrying briefly while busy."""
    for _attempt in range(50):
        busy, _frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.05)
    raise PurgeError(PurgeError.TRACES_REMAIN, "the write-ahead log is still being read")
