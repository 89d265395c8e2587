"""Tests for housedesk.core.installation: what this PC is for, validated as the contract says."""

from __future__ import annotations

import pytest

from housedesk.common.problems import ValidationError
from housedesk.core import installation
from housedesk.core.installation import Role
from housedesk.db import Database


def test_a_new_database_has_no_installation(db: Database) -> None:
    assert installation.load(db) is None


def test_setting_up_a_house(db: Database) -> None:
    installed = installation.set_up_house(db, " bergh ", " De Schakel ", "Berghem")
    assert installed.role is Role.HOUSE
    assert installation.load(db) == installed
    assert installed.house is not None
    assert (installed.house.code, installed.house.name) == ("BERGH", "De Schakel")


@pytest.mark.parametrize(
    ("code", "name", "village", "fields"),
    [
        ("", "Huis", "Kern", ["code"]),
        ("B", "Huis", "Kern", ["code"]),
        ("HUIS_1", "Huis", "Kern", ["code"]),
        ("ABCDEFGHIJKLM", "Huis", "Kern", ["code"]),
        ("OSS-12", " ", "", ["name", "village"]),
    ],
)
def test_bad_house_details_are_refused_and_change_nothing(
    db: Database, code: str, name: str, village: str, fields: list[str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        installation.set_up_house(db, code, name, village)
    assert [p.field for p in refused.value.problems] == fields
    assert installation.load(db) is None


def test_setting_up_the_municipality(db: Database) -> None:
    installed = installation.set_up_municipality(db)
    assert installed == installation.Installation(Role.MUNICIPALITY, None)
    assert installation.load(db) == installed


def test_a_house_database_cannot_become_the_municipalitys(house_db: Database) -> None:
    with pytest.raises(ValidationError):
        installation.set_up_municipality(house_db)
    loaded = installation.load(house_db)
    assert loaded is not None
    assert loaded.role is Role.HOUSE


def test_codes_are_never_handed_out_twice(db: Database) -> None:
    from housedesk.core.numbering import next_code

    with db.transaction() as s:
        assert [next_code(s, "room", "R") for _ in range(3)] == ["R1", "R2", "R3"]
    with db.transaction() as s:
        assert next_code(s, "room", "R") == "R4"
        assert next_code(s, "activity", "A") == "A1"


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("café 🎉", "not: “É”, “ ”, “🎉”"),
        ("OSS_1", "not: “_”"),
        ("B", "this one has 1"),
        ("ABCDEFGHIJKLM", "this one has 13"),
        ("", "Enter the code"),
    ],
)
def test_a_wrong_house_code_is_told_what_a_code_may_hold(code: str, says: str) -> None:
    problem = installation.house_code_problem(code)
    assert problem is not None and problem.field == "code"
    assert says in problem.english()


@pytest.mark.parametrize("code", ["BERGH", "oss-1", " Bergh "])
def test_a_right_house_code(code: str) -> None:
    assert installation.house_code_problem(code) is None
