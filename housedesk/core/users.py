"""Users (gebruikers) of the house and their activities: registering, editing, archiving.

A user is a group or person that uses the house; an activity is what a user
does there. Both are archived rather than deleted once they have history
(sessions or recurring series in the agenda), so that reports of the past stay
whole; without history they may be deleted. Archived users and activities stay
in the lists but are never offered in pickers (``pickable_users``,
``pickable_activities``). The contact person's name, phone and e-mail are the
only personal data in the register; they stay in the house and are never
exported. The list functions are single SELECTs, built once and reused, so the
screens stay quick with thousands of rows. Core layer: no Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    SQLColumnExpression,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    Nature,
    Origin,
    TargetGroup,
    UserKind,
    default_nature,
)
from housedesk.common.personal import is_contact_phone
from housedesk.common.personal import is_email_address as is_email_address
from housedesk.common.personal import is_phone_number as is_phone_number
from housedesk.common.problems import QT_TRANSLATE_NOOP, Amount, Problem, ValidationError
from housedesk.common.times import MINUTES_PER_DAY, end_after, format_span, parse_time
from housedesk.core.numbering import next_code
from housedesk.db.engine import Database
from housedesk.db.models import (
    MAX_SETUP_MIN,
    Activity,
    ActivityTargetGroup,
    Booking,
    BookingSeries,
    Room,
    User,
    utcnow,
)

NAME_MAX = 200
PHONE_MAX = 40
EMAIL_MAX = 254
#: More usual visitors than this is a typing mistake, not a session.
USUAL_VISITORS_MAX = 100_000
# The longest set-up or clean-up time of a session, in minutes.
SETUP_MAX = MAX_SETUP_MIN

# --------------------------------------------------------------------------- plain values


@dataclass(frozen=True)
class UserFields:
    """What a volunteer fills in for a user; text as typed (it is trimmed on saving)."""

    name: str
    kind: UserKind | str | None
    origin: Origin | str | None = Origin.EIGEN_KERN
    fixed_tenant: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class UserRow:
    """A user as the lists show it, with what the screens need to decide on archiving."""

    id: int
    name: str
    kind: UserKind
    origin: Origin
    fixed_tenant: bool
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    notes: str | None
    archived_at: dt.datetime | None
    activity_count: int  # current (not archived) activities
    archived_activity_count: int
    has_history: bool  # any activity of it has sessions or series

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class ActivityFields:
    """What a volunteer fills in for an activity.

    ``nature`` ``None`` means: the default for the user's kind. Times are text
    as typed ("9:30", "09.30"); both empty means no default times.
    """

    user_id: int | None
    name: str
    type: ActivityType | str | None
    target_groups: Collection[TargetGroup | str] = ()
    accessibility: Accessibility | str | None = None
    nature: Nature | str | None = None
    default_room_id: int | None = None
    default_start: str = ""
    default_end: str = ""
    usual_visitors: int | str | None = None
    description: str = ""
    # The usual set-up and clean-up time (opbouw, afbouw) of its sessions, in minutes.
    setup_min: int = 0
    teardown_min: int = 0


@dataclass(frozen=True)
class ActivityRow:
    """An activity as the lists show it."""

    id: int
    code: str
    name: str
    user_id: int
    user_name: str
    user_kind: UserKind
    user_archived: bool
    type: ActivityType
    target_groups: tuple[TargetGroup, ...]  # in the exchange format's order
    accessibility: Accessibility
    nature: Nature
    default_room_id: int | None
    default_room_name: str | None
    default_room_active: bool
    default_start_min: int | None
    default_end_min: int | None
    usual_visitors: int | None
    description: str | None
    archived_at: dt.datetime | None
    has_history: bool  # it has sessions or series in the agenda
    setup_min: int = 0
    teardown_min: int = 0

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def default_times(self) -> str:
        """ "09:30–11:30", or "" without default times."""
        if self.default_start_min is None or self.default_end_min is None:
            return ""
        return format_span(self.default_start_min, self.default_end_min)


@dataclass(frozen=True)
class UserChoice:
    """A user that may be picked for a new activity or booking."""

    id: int
    name: str
    kind: UserKind


@dataclass(frozen=True)
class ActivityChoice:
    """An activity that may be picked for a booking, with the defaults a booking starts from."""

    id: int
    code: str
    name: str
    user_id: int
    user_name: str
    nature: Nature
    default_room_id: int | None
    default_start_min: int | None
    default_end_min: int | None
    setup_min: int = 0
    teardown_min: int = 0


@dataclass(frozen=True)
class RoomChoice:
    """An active room that may be an activity's default room."""

    id: int
    code: str
    name: str


@dataclass(frozen=True)
class _Checked:
    """Activity input after validation, ready to store."""

    user: User
    name: str
    type: ActivityType
    target_groups: tuple[TargetGroup, ...]
    accessibility: Accessibility
    nature: Nature
    default_room_id: int | None
    default_start_min: int | None
    default_end_min: int | None
    usual_visitors: int | None
    description: str | None
    setup_min: int
    teardown_min: int


# --------------------------------------------------------------------------- checking input


def clean_text(text: str | None) -> str:
    """Text with the spaces around it removed and runs of spaces inside made single."""
    return " ".join((text or "").split())


def _too_long(field_name: str, text: str, limit: int) -> list[Problem]:
    if len(text) <= limit:
        return []
    return [
        Problem(
            field_name,
            QT_TRANSLATE_NOOP("core", "Use at most {count} characters."),
            {"count": limit},
        )
    ]


_Code = TypeVar("_Code", bound=StrEnum)


def _as_code(enum: type[_Code], value: object) -> _Code | None:
    if not isinstance(value, str) or value == "":
        return None
    try:
        return enum(value)
    except ValueError:
        return None


def validate_user(fields: UserFields) -> list[Problem]:
    """The problems with a user's details, before anything is stored."""
    problems: list[Problem] = []
    name = clean_text(fields.name)
    if not name:
        problems.append(
            Problem("name", QT_TRANSLATE_NOOP("core", "Enter the name of the user or group."))
        )
    problems += _too_long("name", name, NAME_MAX)
    if _as_code(UserKind, fields.kind) is None:
        problems.append(Problem("kind", QT_TRANSLATE_NOOP("core", "Choose the kind of user.")))
    if _as_code(Origin, fields.origin) is None:
        problems.append(
            Problem("origin", QT_TRANSLATE_NOOP("core", "Choose where the user comes from."))
        )
    problems += _too_long("contact_name", clean_text(fields.contact_name), NAME_MAX)
    phone = fields.contact_phone.strip()
    if phone and not is_contact_phone(phone):
        problems.append(
            Problem(
                "contact_phone",
                QT_TRANSLATE_NOOP(
                    "core",
                    "Write one phone number, e.g. 06-12345678 or 0412-123456; from abroad with "
                    "+ and the country code (+49 2821 123456); the municipality's as 14 0412.",
                ),
            )
        )
    email = fields.contact_email.strip()
    if email and not is_email_address(email):
        problems.append(
            Problem(
                "contact_email",
                QT_TRANSLATE_NOOP(
                    "core", "Write an e-mail address like name@example.nl, without spaces."
                ),
            )
        )
    problems += _too_long("contact_email", email, EMAIL_MAX)
    return problems


def _name_taken(session: Session, name: str, except_id: int | None) -> User | None:
    # SQLite's NOCASE only folds A-Z; compare casefolded so "ZORGCOÖPERATIE" clashes too.
    wanted = name.casefold()
    for user_id, existing in session.execute(select(User.id, User.name)):
        if user_id != except_id and clean_text(existing).casefold() == wanted:
            return session.get(User, user_id)
    return None


def _name_problem(other: User) -> Problem:
    if other.archived_at is not None:
        return Problem(
            "name",
            QT_TRANSLATE_NOOP(
                "core",
                "There is already an archived user called {name}. "
                "Tick 'Show archived' and bring it back instead.",
            ),
            {"name": other.name},
        )
    return Problem(
        "name",
        QT_TRANSLATE_NOOP("core", "There is already a user called {name}."),
        {"name": other.name},
    )


def _store_user(user: User, fields: UserFields) -> None:
    user.name = clean_text(fields.name)
    kind = _as_code(UserKind, fields.kind)
    origin = _as_code(Origin, fields.origin)
    assert kind is not None and origin is not None  # validate_user refuses input without them
    user.kind = kind
    user.origin = origin
    user.fixed_tenant = bool(fields.fixed_tenant)
    user.contact_name = clean_text(fields.contact_name) or None
    user.contact_phone = fields.contact_phone.strip() or None
    user.contact_email = fields.contact_email.strip() or None
    user.notes = fields.notes.strip() or None


def _not_found(what: str) -> ValidationError:
    message = {
        "user": QT_TRANSLATE_NOOP("core", "This user no longer exists."),
        "activity": QT_TRANSLATE_NOOP("core", "This activity no longer exists."),
    }[what]
    return ValidationError([Problem("general", message)])


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise _not_found("user")
    return user


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise _not_found("activity")
    return activity


# --------------------------------------------------------------------------- users


def create_user(db: Database, fields: UserFields) -> UserRow:
    """Register a new user; raises ``ValidationError`` and stores nothing on bad input."""
    problems = validate_user(fields)
    with db.transaction() as session:
        name = clean_text(fields.name)
        if name and (other := _name_taken(session, name, None)) is not None:
            problems.append(_name_problem(other))
        if problems:
            raise ValidationError(problems)
        user = User()
        _store_user(user, fields)
        session.add(user)
        session.flush()
        return _one_user(session, user.id)


def update_user(db: Database, user_id: int, fields: UserFields) -> UserRow:
    """Change a user's details; raises ``ValidationError`` and changes nothing on bad input."""
    problems = validate_user(fields)
    with db.transaction() as session:
        user = _user(session, user_id)
        name = clean_text(fields.name)
        if name and (other := _name_taken(session, name, user_id)) is not None:
            problems.append(_name_problem(other))
        if problems:
            raise ValidationError(problems)
        _store_user(user, fields)
        session.flush()
        return _one_user(session, user.id)


def _activity_history(activity_id: SQLColumnExpression[int]) -> ColumnElement[bool]:
    return or_(
        exists().where(Booking.activity_id == activity_id),
        exists().where(BookingSeries.activity_id == activity_id),
    )


def _user_history(user_id: SQLColumnExpression[int]) -> ColumnElement[bool]:
    owned = aliased(Activity)
    return exists(select(owned.id).where(owned.user_id == user_id, _activity_history(owned.id)))


@cache  # a statement is immutable: built once, reused by every list and save
def _user_query() -> Select[*tuple[Any, ...]]:
    current = aliased(Activity)
    archived = aliased(Activity)
    # Plain columns rather than ORM objects: building thousands of entities for a
    # list that is thrown away at once costs more than the query itself.
    return select(
        User.id,
        User.name,
        User.kind,
        User.origin,
        User.fixed_tenant,
        User.contact_name,
        User.contact_phone,
        User.contact_email,
        User.notes,
        User.archived_at,
        select(func.count(current.id))
        .where(current.user_id == User.id, current.archived_at.is_(None))
        .scalar_subquery()
        .label("activity_count"),
        select(func.count(archived.id))
        .where(archived.user_id == User.id, archived.archived_at.is_not(None))
        .scalar_subquery()
        .label("archived_activity_count"),
        _user_history(User.id).label("has_history"),
    )


def _user_row(row: Row[*tuple[Any, ...]]) -> UserRow:
    return UserRow(
        id=row.id,
        name=row.name,
        kind=UserKind(row.kind),
        origin=Origin(row.origin),
        fixed_tenant=bool(row.fixed_tenant),
        contact_name=row.contact_name,
        contact_phone=row.contact_phone,
        contact_email=row.contact_email,
        notes=row.notes,
        archived_at=row.archived_at,
        activity_count=row.activity_count,
        archived_activity_count=row.archived_activity_count,
        has_history=bool(row.has_history),
    )


def _one_user(session: Session, user_id: int) -> UserRow:
    return _user_row(session.execute(_user_query().where(User.id == user_id)).one())


def list_users(db: Database) -> list[UserRow]:
    """Every user, archived ones included, by name (one query)."""
    with db.reading() as session:
        result = session.execute(_user_query().order_by(User.name))
        return [_user_row(row) for row in result]


def get_user(db: Database, user_id: int) -> UserRow:
    """One user as the lists show it."""
    with db.reading() as session:
        _user(session, user_id)
        return _one_user(session, user_id)


def pickable_users(db: Database) -> list[UserChoice]:
    """The users that may be picked for new activities: not archived, by name."""
    query = select(User.id, User.name, User.kind).where(User.archived_at.is_(None))
    with db.reading() as session:
        rows = session.execute(query.order_by(User.name)).all()
    return [UserChoice(row.id, row.name, UserKind(row.kind)) for row in rows]


def archive_user(db: Database, user_id: int) -> None:
    """Archive a user and, in the same moment, its activities that were still current."""
    with db.transaction() as session:
        user = _user(session, user_id)
        if user.archived_at is not None:
            return
        moment = utcnow()
        user.archived_at = moment
        # The same timestamp marks which activities went with the user, so that
        # bringing the user back brings back exactly those.
        session.execute(
            update(Activity)
            .where(Activity.user_id == user_id, Activity.archived_at.is_(None))
            .values(archived_at=moment)
        )


def unarchive_user(db: Database, user_id: int) -> None:
    """Bring an archived user back, with the activities that were archived along with it."""
    with db.transaction() as session:
        user = _user(session, user_id)
        if user.archived_at is None:
            return
        session.execute(
            update(Activity)
            .where(Activity.user_id == user_id, Activity.archived_at == user.archived_at)
            .values(archived_at=None)
        )
        user.archived_at = None


def _has_history(name: str) -> ValidationError:
    return ValidationError(
        [
            Problem(
                "general",
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} has sessions in the agenda, so it cannot be deleted. "
                    "Archive it instead.",
                ),
                {"name": name},
            )
        ]
    )


def delete_user(db: Database, user_id: int) -> None:
    """Delete a user without history, with its activities (none of which has history)."""
    with db.transaction() as session:
        user = _user(session, user_id)
        if session.scalar(select(_user_history(User.id)).where(User.id == user_id)):
            raise _has_history(user.name)
        session.execute(delete(Activity).where(Activity.user_id == user_id))
        session.delete(user)


# --------------------------------------------------------------------------- activities


def _check_user_of(
    session: Session, user_id: int | None, current: Activity | None, problems: list[Problem]
) -> User | None:
    if user_id is None:
        problems.append(
            Problem(
                "user",
                QT_TRANSLATE_NOOP("core", "Choose the user (group) this activity belongs to."),
            )
        )
        return None
    user = session.get(User, user_id)
    if user is None:
        problems.append(Problem("user", QT_TRANSLATE_NOOP("core", "This user no longer exists.")))
    elif user.archived_at is not None and (current is None or current.user_id != user.id):
        # An activity that already belongs to an archived user may still be corrected.
        problems.append(
            Problem(
                "user",
                QT_TRANSLATE_NOOP(
                    "core", "{name} is archived. Bring it back first, or choose another user."
                ),
                {"name": user.name},
            )
        )
    return user


def _check_target_groups(
    values: Collection[TargetGroup | str], problems: list[Problem]
) -> tuple[TargetGroup, ...]:
    chosen = {_as_code(TargetGroup, value) for value in values}
    if not chosen or None in chosen:
        problems.append(
            Problem("target_groups", QT_TRANSLATE_NOOP("core", "Tick at least one target group."))
        )
    return tuple(group for group in TargetGroup if group in chosen)


def _check_nature(
    value: Nature | str | None, user: User | None, problems: list[Problem]
) -> Nature | None:
    if value is None or value == "":
        return default_nature(user.kind) if user is not None else None
    nature = _as_code(Nature, value)
    if nature is None:
        problems.append(Problem("nature", QT_TRANSLATE_NOOP("core", "Choose the nature of use.")))
    return nature


def _check_room(
    session: Session, room_id: int | None, current: Activity | None, problems: list[Problem]
) -> None:
    if room_id is None:
        return
    room = session.get(Room, room_id)
    # A room taken out of use may stay the default of an activity that already had it.
    kept = current is not None and current.default_room_id == room_id
    if room is None or (not room.active and not kept):
        problems.append(
            Problem(
                "default_room",
                QT_TRANSLATE_NOOP("core", "Choose a room that is in use, or no room."),
            )
        )


def _check_times(
    start_text: str, end_text: str, problems: list[Problem]
) -> tuple[int | None, int | None]:
    start_text, end_text = start_text.strip(), end_text.strip()
    start = parse_time(start_text) if start_text else None
    end = parse_time(end_text) if end_text else None
    message = None
    if (start_text and start is None) or (end_text and end is None):
        message = QT_TRANSLATE_NOOP("core", "Write times as HH:MM, e.g. 09:30.")
    elif bool(start_text) != bool(end_text):
        message = QT_TRANSLATE_NOOP("core", "Fill in both the start and the end time, or neither.")
    elif start is not None and end is not None and start >= MINUTES_PER_DAY:
        message = QT_TRANSLATE_NOOP(
            "core", "A session starts before midnight; 00:00 is the next day's start."
        )
    elif start is not None and end is not None and start >= end_after(start, end):
        message = QT_TRANSLATE_NOOP(
            "core",
            "The end must be after the start. A session may go on after midnight "
            "until 04:00: then the end is the next morning's time, e.g. 00:30.",
        )
    if message is not None:
        problems.append(Problem("default_times", message))
    if start is not None and end is not None:
        end = end_after(start, end)
    return start, end


def _check_setup(value: int, field: str, problems: list[Problem]) -> int:
    if not 0 <= value <= SETUP_MAX:
        problems.append(
            Problem(
                field,
                QT_TRANSLATE_NOOP(
                    "core", "Set-up and clean-up take from 0 to {max} minutes (four hours) each."
                ),
                {"max": SETUP_MAX},
            )
        )
    return value


def _check_visitors(value: int | str | None, problems: list[Problem]) -> int | None:
    number: int | None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        number = int(text) if text.isascii() and text.isdigit() else None
    if number is None or not 0 <= number <= USUAL_VISITORS_MAX:
        problems.append(
            Problem(
                "usual_visitors",
                QT_TRANSLATE_NOOP(
                    "core", "Enter a whole number of visitors (0 to {max}), or leave it empty."
                ),
                {"max": Amount(USUAL_VISITORS_MAX)},
            )
        )
    return number


def _activity_name_taken(
    session: Session, user_id: int, name: str, current: Activity | None
) -> Activity | None:
    """Another activity of the same user with this name, ignoring case and spacing."""
    wanted = name.casefold()
    query = select(Activity.id, Activity.name).where(Activity.user_id == user_id)
    for activity_id, existing in session.execute(query):
        if (current is None or activity_id != current.id) and clean_text(
            existing
        ).casefold() == wanted:
            return session.get(Activity, activity_id)
    return None


def _activity_name_problem(other: Activity, user_name: str) -> Problem:
    if other.archived_at is not None:
        return Problem(
            "name",
            QT_TRANSLATE_NOOP(
                "core",
                "{user} already has an archived activity called {name}. "
                "Tick 'Show archived' and bring it back instead.",
            ),
            {"name": other.name, "user": user_name},
        )
    return Problem(
        "name",
        QT_TRANSLATE_NOOP("core", "{user} already has an activity called {name}."),
        {"name": other.name, "user": user_name},
    )


def _check_activity(session: Session, fields: ActivityFields, current: Activity | None) -> _Checked:
    """The activity input, checked; raises ``ValidationError`` with every problem found."""
    problems: list[Problem] = []
    user = _check_user_of(session, fields.user_id, current, problems)
    name = clean_text(fields.name)
    if not name:
        problems.append(
            Problem("name", QT_TRANSLATE_NOOP("core", "Enter the name of the activity."))
        )
    problems += _too_long("name", name, NAME_MAX)
    if name and user is not None:
        twin = _activity_name_taken(session, user.id, name, current)
        if twin is not None:
            problems.append(_activity_name_problem(twin, user.name))
    activity_type = _as_code(ActivityType, fields.type)
    if activity_type is None:
        problems.append(Problem("type", QT_TRANSLATE_NOOP("core", "Choose the type of activity.")))
    groups = _check_target_groups(fields.target_groups, problems)
    accessibility = _as_code(Accessibility, fields.accessibility)
    if accessibility is None:
        problems.append(
            Problem("accessibility", QT_TRANSLATE_NOOP("core", "Choose how open the activity is."))
        )
    nature = _check_nature(fields.nature, user, problems)
    _check_room(session, fields.default_room_id, current, problems)
    start, end = _check_times(fields.default_start, fields.default_end, problems)
    visitors = _check_visitors(fields.usual_visitors, problems)
    setup = _check_setup(fields.setup_min, "setup", problems)
    teardown = _check_setup(fields.teardown_min, "teardown", problems)
    if (
        problems
        or user is None
        or activity_type is None
        or accessibility is None
        or nature is None  # each with a problem above
    ):
        raise ValidationError(problems)
    return _Checked(
        user=user,
        name=name,
        type=activity_type,
        target_groups=groups,
        accessibility=accessibility,
        nature=nature,
        default_room_id=fields.default_room_id,
        default_start_min=start,
        default_end_min=end,
        usual_visitors=visitors,
        description=fields.description.strip() or None,
        setup_min=setup,
        teardown_min=teardown,
    )


def _store_activity(session: Session, activity: Activity, checked: _Checked) -> None:
    activity.user_id = checked.user.id
    activity.name = checked.name
    activity.type = checked.type
    activity.accessibility = checked.accessibility
    activity.nature = checked.nature
    activity.default_room_id = checked.default_room_id
    activity.default_start_min = checked.default_start_min
    activity.default_end_min = checked.default_end_min
    activity.usual_visitors = checked.usual_visitors
    activity.description = checked.description
    activity.setup_min, activity.teardown_min = checked.setup_min, checked.teardown_min
    session.flush()
    # Rewriting the rows is simpler than diffing, and an activity has at most nine.
    session.execute(
        delete(ActivityTargetGroup).where(ActivityTargetGroup.activity_id == activity.id)
    )
    session.add_all(
        ActivityTargetGroup(activity_id=activity.id, target_group=group)
        for group in checked.target_groups
    )
    session.flush()


def create_activity(db: Database, fields: ActivityFields) -> ActivityRow:
    """Register a new activity with the next code (A1, A2, …); refuses bad input."""
    with db.transaction() as session:
        checked = _check_activity(session, fields, None)
        activity = Activity(code=next_code(session, "activity", "A"))
        session.add(activity)
        _store_activity(session, activity, checked)
        return _one_activity(session, activity.id)


def update_activity(db: Database, activity_id: int, fields: ActivityFields) -> ActivityRow:
    """Change an activity; its code stays. Refuses bad input and changes nothing then."""
    with db.transaction() as session:
        activity = _activity(session, activity_id)
        checked = _check_activity(session, fields, activity)
        _store_activity(session, activity, checked)
        return _one_activity(session, activity.id)


@cache  # a statement is immutable: built once, reused by every list and save
def _activity_query() -> Select[*tuple[Any, ...]]:
    groups = (
        select(func.group_concat(ActivityTargetGroup.target_group, ","))
        .where(ActivityTargetGroup.activity_id == Activity.id)
        .scalar_subquery()
    )
    return (
        select(
            Activity.id,
            Activity.code,
            Activity.name,
            Activity.user_id,
            User.name.label("user_name"),
            User.kind.label("user_kind"),
            User.archived_at.label("user_archived_at"),
            Activity.type,
            groups.label("target_groups"),
            Activity.accessibility,
            Activity.nature,
            Activity.default_room_id,
            Room.name.label("room_name"),
            Room.active.label("room_active"),
            Activity.default_start_min,
            Activity.default_end_min,
            Activity.usual_visitors,
            Activity.description,
            Activity.archived_at,
            _activity_history(Activity.id).label("has_history"),
            Activity.setup_min,
            Activity.teardown_min,
        )
        .join(User, Activity.user_id == User.id)
        .outerjoin(Room, Activity.default_room_id == Room.id)
    )


#: Target groups in the exchange format's order, by code.
_TARGET_GROUP_ORDER = {group.value: (number, group) for number, group in enumerate(TargetGroup)}


def _target_groups(codes: str | None) -> tuple[TargetGroup, ...]:
    found = sorted(_TARGET_GROUP_ORDER[code] for code in (codes or "").split(",") if code)
    return tuple(group for _number, group in found)


def _activity_row(row: Row[*tuple[Any, ...]]) -> ActivityRow:
    # The code columns already come back as enum members (see models.code_type).
    (
        activity_id,
        code,
        name,
        user_id,
        user_name,
        user_kind,
        user_archived_at,
        activity_type,
        groups,
        accessibility,
        nature,
        room_id,
        room_name,
        room_active,
        start,
        end,
        visitors,
        description,
        archived_at,
        history,
        setup,
        teardown,
    ) = row
    return ActivityRow(
        id=activity_id,
        code=code,
        name=name,
        user_id=user_id,
        user_name=user_name,
        user_kind=user_kind,
        user_archived=user_archived_at is not None,
        type=activity_type,
        target_groups=_target_groups(groups),
        accessibility=accessibility,
        nature=nature,
        default_room_id=room_id,
        default_room_name=room_name,
        default_room_active=bool(room_active),
        default_start_min=start,
        default_end_min=end,
        usual_visitors=visitors,
        description=description,
        archived_at=archived_at,
        has_history=bool(history),
        setup_min=setup,
        teardown_min=teardown,
    )


def _one_activity(session: Session, activity_id: int) -> ActivityRow:
    return _activity_row(session.execute(_activity_query().where(Activity.id == activity_id)).one())


def list_activities(db: Database) -> list[ActivityRow]:
    """Every activity, archived ones included, with its user, room and target groups (one query)."""
    with db.reading() as session:
        query = _activity_query().order_by(Activity.name.collate("NOCASE"), Activity.id)
        result = session.execute(query)
        return [_activity_row(row) for row in result]


def get_activity(db: Database, activity_id: int) -> ActivityRow:
    """One activity as the lists show it."""
    with db.reading() as session:
        _activity(session, activity_id)
        return _one_activity(session, activity_id)


def pickable_activities(db: Database) -> list[ActivityChoice]:
    """The activities that may be booked: neither they nor their user archived; by name."""
    query = (
        select(
            Activity.id,
            Activity.code,
            Activity.name,
            Activity.user_id,
            User.name.label("user_name"),
            Activity.nature,
            Activity.default_room_id,
            Activity.default_start_min,
            Activity.default_end_min,
            Activity.setup_min,
            Activity.teardown_min,
        )
        .join(User, Activity.user_id == User.id)
        .where(Activity.archived_at.is_(None), User.archived_at.is_(None))
        .order_by(Activity.name.collate("NOCASE"), User.name, Activity.id)
    )
    with db.reading() as session:
        rows = session.execute(query).all()
    return [
        ActivityChoice(
            id=row.id,
            code=row.code,
            name=row.name,
            user_id=row.user_id,
            user_name=row.user_name,
            nature=Nature(row.nature),
            default_room_id=row.default_room_id,
            default_start_min=row.default_start_min,
            default_end_min=row.default_end_min,
            setup_min=row.setup_min,
            teardown_min=row.teardown_min,
        )
        for row in rows
    ]


def default_room_choices(db: Database) -> list[RoomChoice]:
    """The rooms an activity may have as its default room: the active ones, by name."""
    query = select(Room.id, Room.code, Room.name).where(Room.active.is_(True)).order_by(Room.name)
    with db.reading() as session:
        return [RoomChoice(*row) for row in session.execute(query)]


def archive_activity(db: Database, activity_id: int) -> None:
    """Archive an activity: it is no longer offered for bookings; its history stays."""
    with db.transaction() as session:
        activity = _activity(session, activity_id)
        if activity.archived_at is None:
            activity.archived_at = utcnow()


def unarchive_activity(db: Database, activity_id: int) -> None:
    """Bring an archived activity back; an archived user comes back with it (alone)."""
    with db.transaction() as session:
        activity = _activity(session, activity_id)
        activity.archived_at = None
        user = activity.user
        if user.archived_at is not None:
            user.archived_at = None


def delete_activity(db: Database, activity_id: int) -> None:
    """Delete an activity that has no sessions or series; otherwise it must be archived."""
    with db.transaction() as session:
        activity = _activity(session, activity_id)
        if session.scalar(select(_activity_history(Activity.id)).where(Activity.id == activity_id)):
            raise _has_history(activity.name)
        session.delete(activity)
