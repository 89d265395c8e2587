"""What this PC is for: the PC of one community house, or the municipality's.

Set once, in the first-run dialog, and kept in the database (``settings.role``
and the ``house`` row), so the same file always opens the same way. ``load``
is read at every start, before the window shows, so it reads with plain SQL
and this module loads the ORM only to change the installation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from housedesk.common.problems import QT_TRANSLATE_NOOP, Problem, ValidationError
from housedesk.db.engine import Database

HOUSE_CODE = re.compile(r"[A-Z0-9-]{2,12}")


class Role(StrEnum):
    HOUSE = "house"
    MUNICIPALITY = "municipality"


@dataclass(frozen=True)
class HouseInfo:
    code: str
    name: str
    village: str


@dataclass(frozen=True)
class Installation:
    role: Role
    house: HouseInfo | None  # set when role is HOUSE


def normalise_house_code(code: str) -> str:
    """House codes are written in capitals; spaces around them are not part of them."""
    return code.strip().upper()


def validate_house(code: str, name: str, village: str) -> list[Problem]:
    """The problems with a house's identity, as the exchange format requires it."""
    problems: list[Problem] = []
    code = normalise_house_code(code)
    if not code:
        problems.append(
            Problem("code", QT_TRANSLATE_NOOP("core", "Enter the code the municipality gave."))
        )
    elif not HOUSE_CODE.fullmatch(code):
        problems.append(
            Problem(
                "code",
                QT_TRANSLATE_NOOP(
                    "core",
                    "A house code has 2 to 12 characters: letters A-Z, digits and '-'.",
                ),
            )
        )
    if not name.strip():
        problems.append(Problem("name", QT_TRANSLATE_NOOP("core", "Enter the house's name.")))
    if not village.strip():
        problems.append(
            Problem("village", QT_TRANSLATE_NOOP("core", "Enter the village or neighbourhood."))
        )
    return problems


def load(db: Database) -> Installation | None:
    """The installation this database belongs to, or ``None`` before the first run."""
    with db.plain_reading() as connection:
        role = connection.execute("SELECT value FROM settings WHERE key = 'role'").fetchone()
        if role is None:
            return None
        house = connection.execute("SELECT code, name, village FROM house WHERE id = 1").fetchone()
    return Installation(Role(role[0]), HouseInfo(*house) if house else None)


def set_up_house(db: Database, code: str, name: str, village: str) -> Installation:
    """Make this database a house's; raises ``ValidationError`` and changes nothing on bad input."""
    problems = validate_house(code, name, village)
    if problems:
        raise ValidationError(problems)
    from housedesk.db.models import House, Setting

    info = HouseInfo(normalise_house_code(code), name.strip(), village.strip())
    with db.transaction() as session:
        house = session.get(House, 1) or House(id=1)
        house.code, house.name, house.village = info.code, info.name, info.village
        session.add(house)
        session.merge(Setting(key="role", value=Role.HOUSE.value))
    return Installation(Role.HOUSE, info)


def set_up_municipality(db: Database) -> Installation:
    """Make this database the municipality's (it then holds no house of its own)."""
    from sqlalchemy import select

    from housedesk.db.models import House, Setting

    with db.transaction() as session:
        if session.scalar(select(House.id)) is not None:
            raise ValidationError(
                [
                    Problem(
                        "role",
                        QT_TRANSLATE_NOOP("core", "This database already belongs to a house."),
                    )
                ]
            )
        session.merge(Setting(key="role", value=Role.MUNICIPALITY.value))
    return Installation(Role.MUNICIPALITY, None)
