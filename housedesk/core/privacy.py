"""Forgetting contact details: of users archived long ago, and for good, also in the file.

The contact person's name, phone and e-mail and the free notes of a user are
the only personal data housedesk keeps. Once a user has been archived for some
years they are no longer needed. ``purge_contacts`` empties those fields in one
transaction and then makes sure the old values are nowhere in the database file
or its write-ahead log: SQLite's ``secure_delete`` overwrites the freed bytes, a
``TRUNCATE`` checkpoint empties the log and ``VACUUM`` rewrites every page.

Copies made earlier (the backups folder, USB sticks) still hold the old values
until they are rotated away or thrown out; the rotation keeps monthly copies for
a year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from dataclasses import dataclass

from sqlalchemy import or_, select, update

from housedesk.db.engine import Database
from housedesk.db.models import User

#: The fields that are emptied, in the order they are reported.
PERSONAL_FIELDS = ("contact_name", "contact_phone", "contact_email", "notes")


class PurgeError(Exception):
    """The details were emptied, but old copies could not yet be cleared from the file."""

    TRACES_REMAIN = "traces_remain"

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        return (
            "the contact details were removed, but the database is in use elsewhere, "
            "so their old copies stay in the file until the next purge or VACUUM"
            + (f" ({self.detail})" if self.detail else "")
        )


@dataclass(frozen=True)
class PurgeCandidate:
    """An archived user that still has personal data; ``fields`` says which."""

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


def contacts_to_purge(
    db: Database, archived_before_years: int, today: dt.date | None = None
) -> list[PurgeCandidate]:
    """Users archived more than ``archived_before_years`` years ago that still hold contact data."""
    cutoff = dt.datetime.combine(
        years_before(today or dt.date.today(), archived_before_years), dt.time()
    )
    columns = [getattr(User, name) for name in PERSONAL_FIELDS]
    with db.reading() as session:
        rows = session.execute(
            select(User.id, User.name, User.archived_at, *columns)
            .where(User.archived_at.is_not(None), User.archived_at < cutoff)
            .where(or_(*(column.is_not(None) for column in columns)))
            .order_by(User.archived_at, User.id)
        ).all()
    return [
        PurgeCandidate(
            user_id=row.id,
            name=row.name,
            archived_at=row.archived_at,
            fields=tuple(name for name in PERSONAL_FIELDS if getattr(row, name) is not None),
        )
        for row in rows
    ]


def purge_contacts(db: Database, user_ids: list[int] | tuple[int, ...]) -> int:
    """Empty the personal fields of these archived users, leaving no trace in the file.

    Users that are not archived are left alone. Returns how many users were
    changed. Other connections to the database should be idle (the app holds
    the ``DatabaseLock``); if the log cannot be emptied, ``PurgeError`` is raised
    after the change was committed.
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
            changed = connection.execute(
                update(User)
                .where(User.id.in_(ids), User.archived_at.is_not(None))
                .where(or_(*(getattr(User, name).is_not(None) for name in PERSONAL_FIELDS)))
                .values({name: None for name in PERSONAL_FIELDS})
            ).rowcount
            connection.commit()
            _empty_log(raw)
            raw.execute("VACUUM").close()  # rewrites every page of the file
            _empty_log(raw)
        finally:
            raw.execute(f"PRAGMA secure_delete = {int(previous)}").close()
    return changed


def _empty_log(raw: sqlite3.Connection) -> None:
    """Copy the log into the file and cut it to zero bytes, retrying briefly while busy."""
    for _attempt in range(50):
        busy, _frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.05)
    raise PurgeError(PurgeError.TRACES_REMAIN, "the write-ahead log is still being read")
