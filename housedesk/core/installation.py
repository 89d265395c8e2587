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
HOUSE_CODE_LETTER = re.compile(r"[A-Z0-9-]")
HOUSE_CODE_MAX = 12
HOUSE_CODE_EMPTY = QT_TRANSLATE_NOOP("core", "Enter the code the municipality gave.")


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


def house_code_problem(code: str) -> Problem | None:
    """What is wrong with a house code as typed (the exchange format's rule), or ``None``.

    The code is taken in capitals; anything else is refused, naming what may be in
    a code and what was typed that may not, so that "café 🎉" is never made "CAF".
    """
    code = normalise_house_code(code)
    if not code:
        return Problem("code", HOUSE_CODE_EMPTY)
    wrong = "".join(dict.fromkeys(c for c in code if not HOUSE_CODE_LETTER.fullmatch(c)))
    if wrong:
        return Problem(
            "code",
            QT_TRANSLATE_NOOP(
                "core",
                "A house code holds only the letters A to Z (no accents), digits and '-', "
                "2 to 12 of them, as the municipality gave it; not: {wrong}",
            ),
            {"wrong": ", ".join(f"“{c}”" for c in wrong)},
        )
    if not HOUSE_CODE.fullmatch(code):
        return Problem(
            "code",
            QT_TRANSLATE_NOOP(
                "core",
                "A house code has 2 to 12 characters: letters A-Z, digits and '-'; "
                "this one has {count}.",
            ),
            {"count": len(code)},
        )
    return None


def validate_house(code: str, name: str, village: str) -> list[Problem]:
    """The problems with a house's identity, as the exchange format requires it."""
    problems: list[Problem] = []
    code_problem = house_code_problem(code)
    if code_problem is not None:
        problems.append(code_problem)
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
