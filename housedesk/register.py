"""Things shared by the whole register: how much it holds, and the stable codes it hands out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from housedesk.db.engine import Database
from housedesk.db.models import Activity, Booking, CodeCounter, Room, Signal, User


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


def next_code(session: Session, kind: str, prefix: str) -> str:
    """The next stable code of a kind ("R6", "A38"): numbers are never handed out twice."""
    counter = session.get(CodeCounter, kind)
    if counter is None:
        counter = CodeCounter(kind=kind, last=0)
        session.add(counter)
    counter.last += 1
    return f"{prefix}{counter.last}"
