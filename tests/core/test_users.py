"""Tests for housedesk.core.users: users and activities, their checks, archiving and the lists."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    Nature,
    Origin,
    TargetGroup,
    UserKind,
)
from housedesk.common.problems import ValidationError
from housedesk.core import users
from housedesk.core.users import ActivityFields, UserFields
from housedesk.db import Database
from housedesk.db.models import Activity, ActivityTargetGroup, Booking, Room, User
from tests.helpers.queries import statements_sent
from tests.helpers.register import a_room, a_user, activity_fields, an_activity
from tests.helpers.rows import add_series, add_session

# --------------------------------------------------------------------------- helpers


def a_held_session(db: Database, activity_id: int, room_id: int) -> None:
    add_session(db, activity_id, room_id, dt.date(2026, 3, 3), 570, 690, visitors=14)


def a_weekly_series(db: Database, activity_id: int, room_id: int) -> None:
    add_series(db, activity_id, room_id, dt.date(2026, 3, 3), 570, 690, "FREQ=WEEKLY;BYDAY=TU")


def refused_fields(call, *args) -> list[str]:
    with pytest.raises(ValidationError) as refused:
        call(*args)
    return [problem.field for problem in refused.value.problems]


def stored_users(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(User.name).order_by(User.id)))


# --------------------------------------------------------------------------- users


def test_creating_a_user_trims_what_was_typed(db: Database) -> None:
    row = users.create_user(
        db,
        UserFields(
            name="  KBO   Berghem ",
            kind=UserKind.VERENIGING,
            origin=Origin.GEMEENTE,
            fixed_tenant=True,
            contact_name=" Marian  de Wit ",
            contact_phone=" 06 1234 5678 ",
            contact_email=" secretariaat@kboberghem.nl ",
        ),
    )
    assert (row.name, row.kind, row.origin, row.fixed_tenant) == (
        "KBO Berghem",
        UserKind.VERENIGING,
        Origin.GEMEENTE,
        True,
    )
    assert (row.contact_name, row.contact_phone, row.contact_email) == (
        "Marian de Wit",
        "06 1234 5678",  # as the volunteer wrote it
        "secretariaat@kboberghem.nl",
    )
    assert (row.activity_count, row.has_history, row.archived) == (0, False, False)
    assert users.list_users(db) == [row]


def test_contact_details_are_optional_and_stored_empty_as_none(db: Database) -> None:
    row = users.create_user(db, UserFields(name="Fam. Pennings", kind=UserKind.PARTICULIER))
    assert (row.contact_name, row.contact_phone, row.contact_email, row.notes) == (None,) * 4
    assert row.origin is Origin.EIGEN_KERN


@pytest.mark.parametrize(
    "phone",
    [
        "06-12345678",
        "06 1234 5678",
        "0612345678",
        "0412-123456",
        "0412 12 34 56",
        "(0412) 123456",
        "+31 6 12345678",
        "+31 (0)6 12345678",
        "+31612345678",
        "0031 412 123456",
        "0031-6-12345678",
    ],
)
def test_dutch_phone_numbers_are_accepted(db: Database, phone: str) -> None:
    assert users.is_phone_number(phone)
    row = users.create_user(db, UserFields("Koor", UserKind.VERENIGING, contact_phone=phone))
    assert row.contact_phone == phone


@pytest.mark.parametrize(
    "phone",
    [
        "+49 2821 123456",  # Kleve, over the border
        "+32 2 123 45 67",  # Brussels
        "0049 2821 123456",
        "+49 (0)2821 123456",
        "+44 20 7946 0958",
        "14 0412",  # the municipality of Oss: 14 and its area code
        "140412",
        "14-0412",
        "14 010",  # Rotterdam
    ],
)
def test_foreign_numbers_and_the_municipalitys_14_are_accepted(db: Database, phone: str) -> None:
    row = users.create_user(db, UserFields("Koor", UserKind.VERENIGING, contact_phone=phone))
    assert row.contact_phone == phone


@pytest.mark.parametrize(
    "phone",
    [
        "06-1234567",  # a digit short
        "06-123456789",  # a digit too many
        "12345678",
        "+31 06 12345678",  # the 0 does not follow the country code
        "+32 2 123",  # too short for any country
        "14 412",  # an area code starts with 0
        "14 04123",
        "0049 2821",
        "0031 6 1234567",
        "06-12345678 (werk)",
        "06-1234567a",
        "06 12 34 56 78 / 0412-123456",
        "(06 12345678",
        "(12) 3412345678",
        "6 1234 5678+",
        "+",
    ],
)
def test_other_phone_numbers_are_refused_with_a_clear_message(db: Database, phone: str) -> None:
    assert not users.is_phone_number(phone)
    with pytest.raises(ValidationError) as refused:
        users.create_user(db, UserFields("Koor", UserKind.VERENIGING, contact_phone=phone))
    [problem] = refused.value.problems
    assert problem.field == "contact_phone"
    assert "06-12345678" in problem.english()
    assert stored_users(db) == []


@pytest.mark.parametrize(
    ("email", "good"),
    [
        ("info@dedorpsspelers.nl", True),
        ("t.manders@welzijn-maasland.nl", True),
        ("jan+koor@mail.example.co.uk", True),
        ("info@dedorpsspelers", False),
        ("info @dedorpsspelers.nl", False),
        ("info@dedorps spelers.nl", False),
        ("@dedorpsspelers.nl", False),
        ("info@@dedorpsspelers.nl", False),
        ("info@.nl", False),
        ("info@dedorpsspelers..nl", False),
        ("a@b.nl, c@d.nl", False),
        ("www.dedorpsspelers.nl", False),
    ],
)
def test_email_addresses_must_look_like_one(db: Database, email: str, good: bool) -> None:
    assert users.is_email_address(email) is good
    fields = UserFields("Toneel", UserKind.VERENIGING, contact_email=email)
    if good:
        assert users.create_user(db, fields).contact_email == email
    else:
        assert refused_fields(users.create_user, db, fields) == ["contact_email"]
        assert stored_users(db) == []


def test_every_problem_is_reported_at_once(db: Database) -> None:
    fields = UserFields(
        name=" ",
        kind=None,
        origin="nergens",
        contact_name="x" * 201,
        contact_phone="123",
        contact_email="geen-adres",
    )
    assert refused_fields(users.create_user, db, fields) == [
        "name",
        "kind",
        "origin",
        "contact_name",
        "contact_phone",
        "contact_email",
    ]
    assert stored_users(db) == []


def test_unknown_kind_codes_are_refused(db: Database) -> None:
    assert refused_fields(users.create_user, db, UserFields("Club", "voetbal")) == ["kind"]


def test_user_names_are_unique_whatever_the_case_and_spacing(db: Database) -> None:
    a_user(db, "Zorgcoöperatie Berghem", UserKind.ZORG_WELZIJN)
    for clash in ("zorgcoöperatie berghem", "ZORGCOÖPERATIE  BERGHEM", " Zorgcoöperatie Berghem"):
        with pytest.raises(ValidationError) as refused:
            a_user(db, clash)
        [problem] = refused.value.problems
        assert problem.field == "name"
        assert problem.english() == "There is already a user called Zorgcoöperatie Berghem."
    assert stored_users(db) == ["Zorgcoöperatie Berghem"]


def test_a_clash_with_an_archived_user_says_how_to_bring_it_back(db: Database) -> None:
    users.archive_user(db, a_user(db, "Schaakclub De Witte Dame"))
    with pytest.raises(ValidationError) as refused:
        a_user(db, "schaakclub de witte dame")
    assert "Show archived" in refused.value.problems[0].english()


def test_editing_a_user(db: Database) -> None:
    user_id = a_user(db, "kbo berghem")
    other = a_user(db, "Bridgeclub")
    row = users.update_user(
        db, user_id, UserFields("KBO Berghem", UserKind.VERENIGING, fixed_tenant=True)
    )
    assert (row.id, row.name, row.fixed_tenant) == (user_id, "KBO Berghem", True)
    assert refused_fields(
        users.update_user, db, other, UserFields("kbo BERGHEM", UserKind.VERENIGING)
    ) == ["name"]
    assert refused_fields(
        users.update_user, db, user_id, UserFields("KBO", UserKind.VERENIGING, contact_phone="1")
    ) == ["contact_phone"]
    assert users.get_user(db, user_id).name == "KBO Berghem"
    assert stored_users(db) == ["KBO Berghem", "Bridgeclub"]


def test_a_user_that_no_longer_exists_is_reported(db: Database) -> None:
    assert refused_fields(users.update_user, db, 99, UserFields("X", UserKind.GEMEENTE)) == [
        "general"
    ]
    assert refused_fields(users.archive_user, db, 99) == ["general"]
    assert refused_fields(users.delete_user, db, 99) == ["general"]


# --------------------------------------------------------------------------- activities


def test_creating_an_activity_hands_out_codes_and_defaults_the_nature(db: Database) -> None:
    room_id = a_room(db, "Keuken")
    user_id = a_user(db, "Stichting Gemeenschapshuis De Schakel", UserKind.EIGEN_ACTIVITEIT)
    row = users.create_activity(
        db,
        ActivityFields(
            user_id=user_id,
            name=" Koffieochtend ",
            type=ActivityType.ONTMOETING,
            target_groups=[TargetGroup.OUDEREN, TargetGroup.IEDEREEN],
            accessibility=Accessibility.VRIJE_INLOOP,
            default_room_id=room_id,
            default_start="9.30",
            default_end="11:30",
            usual_visitors="22",
            description=" Koffie, thee en een praatje. ",
        ),
    )
    assert row.code == "A1"
    assert row.name == "Koffieochtend"
    assert row.nature is Nature.MAATSCHAPPELIJK
    assert row.target_groups == (TargetGroup.IEDEREEN, TargetGroup.OUDEREN)  # format's order
    assert (row.default_room_name, row.default_times) == ("Keuken", "09:30–11:30")
    assert (row.usual_visitors, row.description) == (22, "Koffie, thee en een praatje.")
    assert (row.user_name, row.user_kind) == (
        "Stichting Gemeenschapshuis De Schakel",
        UserKind.EIGEN_ACTIVITEIT,
    )
    assert users.create_activity(db, activity_fields(user_id, "Bingo")).code == "A2"


@pytest.mark.parametrize(
    ("kind", "nature"),
    [
        (UserKind.VERENIGING, Nature.MAATSCHAPPELIJK),
        (UserKind.ZORG_WELZIJN, Nature.MAATSCHAPPELIJK),
        (UserKind.PARTICULIER, Nature.PARTICULIER),
        (UserKind.COMMERCIEEL, Nature.COMMERCIEEL),
    ],
)
def test_the_nature_follows_the_users_kind_unless_chosen(
    db: Database, kind: UserKind, nature: Nature
) -> None:
    user_id = a_user(db, "Gebruiker", kind)
    assert users.create_activity(db, activity_fields(user_id)).nature is nature
    chosen = users.create_activity(
        db, activity_fields(user_id, "Verhuur", nature=Nature.COMMERCIEEL)
    )
    assert chosen.nature is Nature.COMMERCIEEL


def test_the_three_activities_from_the_issue_can_be_registered(db: Database) -> None:
    welfare = a_user(db, "Stichting Welzijn Maasland", UserKind.ZORG_WELZIJN)
    school = a_user(db, "Kinderopvang Dribbel", UserKind.ONDERWIJS_JEUGD)
    care = a_user(db, "Zorgcoöperatie Berghem", UserKind.ZORG_WELZIJN, fixed_tenant=True)
    grief = users.create_activity(
        db,
        ActivityFields(
            user_id=welfare,
            name="Rouwcafé",
            type=ActivityType.ONDERSTEUNING,
            target_groups=[TargetGroup.VOLWASSENEN, TargetGroup.OUDEREN],
            accessibility=Accessibility.VRIJE_INLOOP,  # walk in, no registration
            default_start="19:30",
            default_end="21:30",
            description="Voor wie een dierbare heeft verloren. Geen aanmelding nodig.",
        ),
    )
    after_school = users.create_activity(
        db,
        ActivityFields(
            user_id=school,
            name="BSO-club De Schakel",
            type=ActivityType.JEUGD,
            target_groups=[TargetGroup.KINDEREN],
            accessibility=Accessibility.AANMELDING,
            default_start="15:00",
            default_end="17:30",
            usual_visitors=22,
        ),
    )
    consultation = users.create_activity(
        db,
        ActivityFields(
            user_id=care,
            name="Spreekuur Zorgcoöperatie",
            type=ActivityType.ONDERSTEUNING,
            target_groups=[TargetGroup.OUDEREN, TargetGroup.KWETSBAAR, TargetGroup.MANTELZORGERS],
            accessibility=Accessibility.VRIJE_INLOOP,
            default_start="09:00",
            default_end="11:00",
        ),
    )
    assert [(a.code, a.name) for a in users.list_activities(db)] == [
        (after_school.code, "BSO-club De Schakel"),
        (grief.code, "Rouwcafé"),
        (consultation.code, "Spreekuur Zorgcoöperatie"),
    ]
    assert grief.accessibility is Accessibility.VRIJE_INLOOP
    assert (after_school.type, after_school.target_groups, after_school.accessibility) == (
        ActivityType.JEUGD,
        (TargetGroup.KINDEREN,),
        Accessibility.AANMELDING,
    )
    assert consultation.type is ActivityType.ONDERSTEUNING
    assert {grief.nature, after_school.nature, consultation.nature} == {Nature.MAATSCHAPPELIJK}


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"user_id": None}, ["user"]),
        ({"user_id": 999}, ["user"]),
        ({"name": "  "}, ["name"]),
        ({"name": "x" * 201}, ["name"]),
        ({"type": None}, ["type"]),
        ({"type": "sport"}, ["type"]),
        ({"target_groups": ()}, ["target_groups"]),
        ({"target_groups": ("kinderen", "honden")}, ["target_groups"]),
        ({"accessibility": None}, ["accessibility"]),
        ({"nature": "gratis"}, ["nature"]),
        ({"default_room_id": 999}, ["default_room"]),
        ({"default_start": "9:30"}, ["default_times"]),
        ({"default_end": "11:00"}, ["default_times"]),
        ({"default_start": "half tien", "default_end": "11:00"}, ["default_times"]),
        ({"default_start": "25:00", "default_end": "26:00"}, ["default_times"]),
        ({"default_start": "11:00", "default_end": "09:30"}, ["default_times"]),
        ({"default_start": "22:00", "default_end": "04:30"}, ["default_times"]),  # after 04:00
        ({"default_start": "11:00", "default_end": "10:00"}, ["default_times"]),  # backwards
        ({"setup_min": -15}, ["setup"]),
        ({"teardown_min": 241}, ["teardown"]),
        ({"default_start": "10:00", "default_end": "10:00"}, ["default_times"]),
        ({"usual_visitors": "-3"}, ["usual_visitors"]),
        ({"usual_visitors": "12,5"}, ["usual_visitors"]),
        ({"usual_visitors": "veel"}, ["usual_visitors"]),
        ({"usual_visitors": -1}, ["usual_visitors"]),
        ({"usual_visitors": "99999999999999999999999"}, ["usual_visitors"]),
        (
            {"user_id": None, "name": "", "type": None, "target_groups": ()},
            ["user", "name", "type", "target_groups"],
        ),
    ],
)
def test_bad_activities_are_refused_and_nothing_is_stored(
    db: Database, changes: dict, fields: list[str]
) -> None:
    user_id = a_user(db, "KBO Berghem")
    values = {"user_id": user_id, "name": "Koersbal"} | changes
    user_id = values.pop("user_id")
    name = values.pop("name")
    assert refused_fields(users.create_activity, db, activity_fields(user_id, name, **values)) == (
        fields
    )
    assert users.list_activities(db) == []
    with db.reading() as session:  # no code was used up either
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_times_at_the_edges_of_the_day_are_fine(db: Database) -> None:
    user_id = a_user(db, "Jeugdwerk")
    row = users.create_activity(
        db, activity_fields(user_id, default_start="0:00", default_end="24:00", usual_visitors=0)
    )
    assert (row.default_start_min, row.default_end_min, row.usual_visitors) == (0, 1440, 0)


def test_an_activity_may_go_on_after_midnight_with_its_set_up(db: Database) -> None:
    user_id = a_user(db, "Café De Kroeg")
    row = users.create_activity(
        db,
        activity_fields(
            user_id,
            "Bar",
            default_start="19:00",
            default_end="00:30",
            setup_min=30,
            teardown_min=45,
        ),
    )
    assert (row.default_start_min, row.default_end_min, row.default_times) == (
        1140,
        1470,
        "19:00–00:30",
    )
    assert (row.setup_min, row.teardown_min) == (30, 45)
    (choice,) = users.pickable_activities(db)
    assert (choice.default_end_min, choice.setup_min, choice.teardown_min) == (1470, 30, 45)


def test_only_active_rooms_can_become_a_default_room(db: Database) -> None:
    user_id = a_user(db, "Koor")
    old = a_room(db, "Oude gymzaal", active=False)
    hall = a_room(db, "Grote zaal")
    assert [room.name for room in users.default_room_choices(db)] == ["Grote zaal"]
    assert refused_fields(
        users.create_activity, db, activity_fields(user_id, default_room_id=old)
    ) == ["default_room"]
    activity_id = an_activity(db, user_id=user_id, default_room_id=hall)
    with db.transaction() as session:  # the room is taken out of use afterwards
        session.get(Room, hall).active = False
    row = users.update_activity(
        db, activity_id, activity_fields(user_id, "Koorrepetitie", default_room_id=hall)
    )
    assert (row.name, row.default_room_name, row.default_room_active) == (
        "Koorrepetitie",
        "Grote zaal",
        False,
    )


def test_editing_an_activity_keeps_its_code_and_replaces_its_target_groups(db: Database) -> None:
    kbo = a_user(db, "KBO")
    fanfare = a_user(db, "Fanfare")
    first = an_activity(db, "Koersbal", user_id=kbo, target_groups=("ouderen", "iedereen"))
    row = users.update_activity(
        db,
        first,
        activity_fields(
            fanfare,
            "Jeugdorkest",
            type=ActivityType.CULTUUR,
            target_groups=(TargetGroup.JONGEREN, TargetGroup.KINDEREN),
            accessibility=Accessibility.LEDEN,
        ),
    )
    assert (row.code, row.user_id, row.user_name) == ("A1", fanfare, "Fanfare")
    assert row.target_groups == (TargetGroup.KINDEREN, TargetGroup.JONGEREN)
    with db.reading() as session:
        stored = session.scalars(
            select(ActivityTargetGroup.target_group).where(ActivityTargetGroup.activity_id == first)
        )
        assert set(stored) == {TargetGroup.JONGEREN, TargetGroup.KINDEREN}
    assert refused_fields(users.update_activity, db, 99, activity_fields(kbo)) == ["general"]


def test_activity_names_are_unique_per_user_whatever_the_case_and_spacing(db: Database) -> None:
    kbo = a_user(db, "KBO Berghem")
    fanfare = a_user(db, "Fanfare")
    first = an_activity(db, "Koersbal", user_id=kbo)
    for clash in ("koersbal", " KOERSBAL ", "koersBAL  "):
        with pytest.raises(ValidationError) as refused:
            an_activity(db, clash, user_id=kbo)
        [problem] = refused.value.problems
        assert problem.field == "name"
        assert problem.english() == "KBO Berghem already has an activity called Koersbal."
    an_activity(db, "Koersbal", user_id=fanfare)  # another user may use the name
    second = an_activity(db, "Sjoelen", user_id=kbo)
    # Renaming onto another activity of the user is refused; keeping its own name is not.
    assert refused_fields(users.update_activity, db, second, activity_fields(kbo, "KOERSBAL")) == [
        "name"
    ]
    users.update_activity(db, first, activity_fields(kbo, "koersbal"))
    # Moving an activity to a user that has one of that name is refused too.
    assert refused_fields(
        users.update_activity, db, second, activity_fields(fanfare, "Koersbal")
    ) == ["name"]
    with db.reading() as session:
        names = sorted(session.scalars(select(Activity.name)))
    assert names == ["Koersbal", "Sjoelen", "koersbal"]


def test_a_clash_with_an_archived_activity_says_how_to_bring_it_back(db: Database) -> None:
    kbo = a_user(db, "KBO Berghem")
    users.archive_activity(db, an_activity(db, "Koersbal", user_id=kbo))
    with pytest.raises(ValidationError) as refused:
        an_activity(db, "koersbal", user_id=kbo)
    assert refused.value.problems[0].english() == (
        "KBO Berghem already has an archived activity called Koersbal. "
        "Tick 'Show archived' and bring it back instead."
    )


# --------------------------------------------------------------------------- archiving


def test_archiving_a_user_archives_its_activities_and_bringing_it_back_restores_them(
    db: Database,
) -> None:
    user_id = a_user(db, "Dansschool Ritme", UserKind.COMMERCIEEL)
    salsa = an_activity(db, "Salsa", user_id=user_id)
    tango = an_activity(db, "Tango", user_id=user_id)
    stopped = an_activity(db, "Zumba", user_id=user_id)
    users.archive_activity(db, stopped)  # stopped long before the school left

    users.archive_user(db, user_id)
    user = users.get_user(db, user_id)
    assert user.archived and (user.activity_count, user.archived_activity_count) == (0, 3)
    assert all(row.archived for row in users.list_activities(db))

    users.unarchive_user(db, user_id)
    assert not users.get_user(db, user_id).archived
    current = {row.id for row in users.list_activities(db) if not row.archived}
    assert current == {salsa, tango}


def test_archived_users_and_activities_are_not_offered_in_pickers(db: Database) -> None:
    kbo = a_user(db, "KBO Berghem")
    gone = a_user(db, "Schaakclub")
    koersbal = an_activity(db, "Koersbal", user_id=kbo)
    soos = an_activity(db, "Seniorensoos", user_id=kbo)
    an_activity(db, "Schaakavond", user_id=gone)
    users.archive_user(db, gone)
    users.archive_activity(db, soos)

    assert [choice.name for choice in users.pickable_users(db)] == ["KBO Berghem"]
    assert [choice.id for choice in users.pickable_activities(db)] == [koersbal]
    # ... but they stay in the lists, for the reports of the past.
    assert len(users.list_users(db)) == 2
    assert len(users.list_activities(db)) == 3


def test_an_archived_user_gets_no_new_activities(db: Database) -> None:
    user_id = a_user(db, "Schaakclub")
    activity_id = an_activity(db, "Schaakavond", user_id=user_id)
    users.archive_user(db, user_id)
    with pytest.raises(ValidationError) as refused:
        an_activity(db, "Simultaan", user_id=user_id)
    assert refused.value.problems[0].english().startswith("Schaakclub is archived.")
    # Its existing activity may still be corrected.
    row = users.update_activity(db, activity_id, activity_fields(user_id, "Schaakavond (oud)"))
    assert row.name == "Schaakavond (oud)"


def test_bringing_back_an_activity_brings_back_its_user_alone(db: Database) -> None:
    user_id = a_user(db, "Toneel")
    play = an_activity(db, "Toneelrepetitie", user_id=user_id)
    an_activity(db, "Toneeluitvoering", user_id=user_id)
    users.archive_user(db, user_id)
    users.unarchive_activity(db, play)
    assert not users.get_user(db, user_id).archived
    assert [(row.name, row.archived) for row in users.list_activities(db)] == [
        ("Toneelrepetitie", False),
        ("Toneeluitvoering", True),
    ]
    assert [choice.id for choice in users.pickable_activities(db)] == [play]


def test_pickable_activities_carry_the_defaults_for_a_booking(db: Database) -> None:
    room = a_room(db, "Zorgkamer")
    user_id = a_user(db, "Zorgcoöperatie", UserKind.ZORG_WELZIJN)
    an_activity(
        db,
        "Spreekuur",
        user_id=user_id,
        type=ActivityType.ONDERSTEUNING,
        default_room_id=room,
        default_start="09:00",
        default_end="11:00",
    )
    [choice] = users.pickable_activities(db)
    assert (choice.code, choice.user_name, choice.nature) == (
        "A1",
        "Zorgcoöperatie",
        Nature.MAATSCHAPPELIJK,
    )
    assert (choice.default_room_id, choice.default_start_min, choice.default_end_min) == (
        room,
        540,
        660,
    )


# --------------------------------------------------------------------------- deleting


def test_an_activity_without_history_can_be_deleted_and_its_code_is_not_reused(
    db: Database,
) -> None:
    user_id = a_user(db, "Repair Café")
    activity_id = an_activity(
        db, "Repair Café", user_id=user_id, target_groups=("iedereen", "ouderen")
    )
    users.delete_activity(db, activity_id)
    assert users.list_activities(db) == []
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ActivityTargetGroup)) == 0
    assert users.create_activity(db, activity_fields(user_id)).code == "A2"


@pytest.mark.parametrize("history", [a_held_session, a_weekly_series])
def test_activities_and_users_with_history_are_archived_not_deleted(db: Database, history) -> None:
    room = a_room(db, "Grote zaal")
    user_id = a_user(db, "Koor")
    activity_id = an_activity(db, "Koorrepetitie", user_id=user_id)
    history(db, activity_id, room)
    assert users.get_activity(db, activity_id).has_history
    assert users.get_user(db, user_id).has_history
    with pytest.raises(ValidationError) as refused:
        users.delete_activity(db, activity_id)
    assert "Archive it instead" in refused.value.problems[0].english()
    assert refused_fields(users.delete_user, db, user_id) == ["general"]
    assert len(users.list_activities(db)) == 1
    assert stored_users(db) == ["Koor"]


def test_a_user_without_history_is_deleted_with_its_activities(db: Database) -> None:
    room = a_room(db, "Grote zaal")
    keep = a_user(db, "KBO")
    a_held_session(db, an_activity(db, "Koersbal", user_id=keep), room)
    user_id = a_user(db, "Fam. De Bruijn", UserKind.PARTICULIER)
    an_activity(db, "Verjaardag", user_id=user_id, type=ActivityType.VIERING)
    assert not users.get_user(db, user_id).has_history
    users.delete_user(db, user_id)
    assert stored_users(db) == ["KBO"]
    assert [row.name for row in users.list_activities(db)] == ["Koersbal"]


def test_a_vanished_activity_is_reported(db: Database) -> None:
    for call in (users.archive_activity, users.unarchive_activity, users.delete_activity):
        assert refused_fields(call, db, 42) == ["general"]
    assert refused_fields(users.get_activity, db, 42) == ["general"]


# --------------------------------------------------------------------------- many rows


def test_the_lists_are_one_query_each_with_thousands_of_rows(db: Database) -> None:
    kinds = list(UserKind)
    groups = list(TargetGroup)
    room = a_room(db, "Grote zaal")
    with db.transaction() as session:
        session.execute(
            insert(User),
            [
                {"id": n, "name": f"Gebruiker {n}", "kind": kinds[n % len(kinds)]}
                for n in range(1, 3001)
            ],
        )
        session.execute(
            insert(Activity),
            [
                {
                    "id": n,
                    "code": f"A{n}",
                    "user_id": (n % 3000) + 1,
                    "name": f"Activiteit {n}",
                    "type": ActivityType.ONTMOETING,
                    "nature": Nature.MAATSCHAPPELIJK,
                    "accessibility": Accessibility.VRIJE_INLOOP,
                    "default_room_id": room if n % 2 else None,
                    "archived_at": dt.datetime(2026, 1, 1) if n % 10 == 0 else None,
                }
                for n in range(1, 6001)
            ],
        )
        session.execute(
            insert(ActivityTargetGroup),
            [
                {"activity_id": n, "target_group": group}
                for n in range(1, 6001)
                for group in (groups[n % 9], groups[(n + 4) % 9])
            ],
        )
        session.execute(
            insert(Booking),
            [
                {
                    "activity_id": n,
                    "room_id": room,
                    "date": dt.date(2026, 2, 1),
                    "start_min": 600,
                    "end_min": 660,
                }
                for n in range(1, 6001, 3)
            ],
        )

    with statements_sent(db) as statements:
        user_rows = users.list_users(db)
    assert len(statements) == 1
    with statements_sent(db) as statements:
        activity_rows = users.list_activities(db)
    assert len(statements) == 1
    with statements_sent(db) as statements:
        users.pickable_users(db)
        users.pickable_activities(db)
    assert len(statements) == 2

    assert len(user_rows) == 3000 and len(activity_rows) == 6000
    by_id = {row.id: row for row in user_rows}
    assert (by_id[2].activity_count, by_id[2].archived_activity_count) == (2, 0)
    assert sum(row.has_history for row in activity_rows) == 2000
    assert all(len(row.target_groups) == 2 for row in activity_rows)
