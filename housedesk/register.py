"""Figures about what the register holds, for screens that show the state of the house."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from housedesk.db.engine import Database
from housedesk.db.models import Activity, Booking, Room, Signal, User


@dataclass(frozen=True)
class RegisterCounts:
    rooms: int
    users: int
    activities: int
    bookings: int
    signals: int


def counts(db: Database) -> RegisterCounts:
    """How many rooms, users, activities, sessions and signals are registered (one query)."""
    query = select(
        select(func.count()).select_from(Room).scalar_subquery(),
        select(func.count()).select_from(User).scalar_subquery(),
        select(func.count()).select_from(Activity).scalar_subquery(),
        select(func.count()).select_from(Booking).scalar_subquery(),
        select(func.count()).select_from(Signal).scalar_subquery(),
    )
    with db.reading() as session:
        row = session.execute(query).one()
    return RegisterCounts(*row)
