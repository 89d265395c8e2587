"""Users, activities and rooms registered through housedesk's own core, as the screens do.

Everything here goes through ``housedesk.core.users`` and ``housedesk.core.rooms``,
so it is checked and gets its code (A1, R1, …) the way a volunteer's entry would.
For rows the core would refuse or cannot make (fixed codes, a room registered years
ago, a session already held) see ``tests.helpers.rows``.
"""

from __future__ import annotations

from typing import Any

from housedesk.common.codes import Accessibility, ActivityType, TargetGroup, UserKind
from housedesk.core import rooms, users
from housedesk.core.rooms import DayPlan
from housedesk.core.users import ActivityFields, UserFields
from housedesk.db import Database


def a_user(db: Database, name: str, kind: UserKind = UserKind.VERENIGING, **fields: Any) -> int:
    """A user (by default a club); ``fields`` are the rest of ``UserFields``. Its id."""
    return users.create_user(db, UserFields(name=name, kind=kind, **fields)).id


def activity_fields(
    user_id: int | None, name: str = "Koffieochtend", **fields: Any
) -> ActivityFields:
    """What a volunteer fills in for an activity: unless ``fields`` say otherwise, an open
    meeting (type ontmoeting, vrije inloop) for everyone."""
    values: dict[str, Any] = {
        "type": ActivityType.ONTMOETING,
        "target_groups": (TargetGroup.IEDEREEN,),
        "accessibility": Accessibility.VRIJE_INLOOP,
    }
    values.update(fields)
    return ActivityFields(user_id=user_id, name=name, **values)


def an_activity(
    db: Database,
    name: str = "Koffieochtend",
    *,
    user_id: int | None = None,
    user: str | None = None,
    kind: UserKind = UserKind.VERENIGING,
    contact_phone: str = "",
    **fields: Any,
) -> int:
    """An activity as ``activity_fields`` describes it, registered; its id.

    It belongs to ``user_id``, or else to a new user of its own: ``user`` (by default
    "Gebruiker <name>") of kind ``kind``, with ``contact_phone``.
    """
    if user_id is None:
        user_id = a_user(db, user or f"Gebruiker {name}", kind, contact_phone=contact_phone)
    return users.create_activity(db, activity_fields(user_id, name, **fields)).id


def a_house_with_a_club(db: Database) -> tuple[int, int, int]:
    """What the agenda everyone may read is tested with: the house open 8:00–23:00 every
    day, the Grote zaal (60) and the Kleine zaal (12), and the Biljartclub De Keu with a
    contact person whose name, phone and e-mail must never be shown. The ids of the two
    rooms and of the club."""
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    hall = rooms.create_room(db, "Grote zaal", 60).id
    small = rooms.create_room(db, "Kleine zaal", 12).id
    club = a_user(
        db,
        "Biljartclub De Keu",
        contact_name="Jan Contactpersoon",
        contact_phone="0412-654321",
        contact_email="jan@example.invalid",
    )
    return hall, small, club


def the_choir(db: Database) -> tuple[int, int]:
    """The house open 8:00–23:00 every day, with the Grote zaal (60) and the Zangkoor of
    the user Koor: the room's id and the activity's."""
    rooms.set_day_hours(db, range(7), DayPlan.OPEN, [("8:00", "23:00")])
    return a_room(db, "Grote zaal", 60), an_activity(db, "Zangkoor", user="Koor")


def a_room(db: Database, name: str, capacity: int = 40, *, active: bool = True) -> int:
    """A room with the next free code (R1, R2, …), made inactive if asked; its id."""
    room = rooms.create_room(db, name, capacity)
    if not active:
        rooms.set_room_active(db, room.id, False)
    return room.id
