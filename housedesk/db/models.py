"""The data model: typed SQLAlchemy declarative classes for the whole domain.

Categories are stored as the exchange format's codes (see ``housedesk.common.codes``)
with CHECK constraints; times of day are whole minutes after midnight, so that
hours can be summed in SQL; timestamps are UTC. The only personal data in the
whole schema are a user's contact details (``User.contact_*``); visitors are
numbers, never names.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from housedesk.common.codes import (
    Accessibility,
    ActivityType,
    BookingStatus,
    Nature,
    Origin,
    SignalKind,
    SignalStatus,
    TargetGroup,
    UserKind,
)
from housedesk.common.times import local_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MINUTES_PER_DAY = 24 * 60
# A session, an opening interval or an opening exception may run past midnight (a bar
# until 00:30, a party until 02:00): it belongs to the day it starts on and ends at most
# at 04:00 the next morning.
LATEST_END_MIN = MINUTES_PER_DAY + 4 * 60
# Set-up and clean-up time (opbouw, afbouw) around a session, at most this long each.
MAX_SETUP_MIN = 4 * 60


def times_check(start: str, end: str) -> str:
    """The CHECK of a start and end time of one day: in order, ending at the latest at 04:00."""
    return (
        f"{start} >= 0 AND {start} < {MINUTES_PER_DAY} AND {start} < {end} "
        f"AND {end} <= {LATEST_END_MIN}"
    )


def setup_check() -> str:
    """The CHECK of a set-up and clean-up time."""
    return f"setup_min BETWEEN 0 AND {MAX_SETUP_MIN} AND teardown_min BETWEEN 0 AND {MAX_SETUP_MIN}"


def local_today() -> dt.date:
    """Today in the house's time zone (the default of a room's first day in service)."""
    return local_now().date()


def utcnow() -> dt.datetime:
    """The current time in UTC, naive, as stored in the database."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def code_type(enum: type[StrEnum], name: str) -> Enum:
    """A column type that stores an enum's codes as text, checked by the database."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        values_callable=lambda members: [m.value for m in members],
        length=max(len(m.value) for m in enum),
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model maps one Table; SQLAlchemy types __table__ as any FromClause.
    __table__: ClassVar[Table]


class Setting(Base):
    """A key/value setting that belongs to this database (not to the PC's user)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CodeCounter(Base):
    """The last number handed out for a kind of code (R1, A17): codes are never reused."""

    __tablename__ = "code_counters"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class House(Base):
    """The community house this database belongs to; at most one row."""

    __tablename__ = "house"
    __table_args__ = (
        CheckConstraint(
            "length(code) BETWEEN 2 AND 12 AND code NOT GLOB '*[^A-Z0-9-]*'", name="code_format"
        ),
        CheckConstraint("id = 1", name="single_row"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    code: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200))
    village: Mapped[str] = mapped_column(String(200))


class Room(Base):
    """A room (zaal, ruimte) of the house. Never deleted once it has sessions.

    A room is in service from ``in_service_from`` up to the day before
    ``out_of_service_from`` (``None``: still in service): the figures count its
    opening hours as available only on those days.
    """

    __tablename__ = "rooms"
    __table_args__ = (
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("area_m2 IS NULL OR area_m2 > 0", name="area_positive"),
        CheckConstraint(
            "out_of_service_from IS NULL OR out_of_service_from >= in_service_from",
            name="service_order",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(100, collation="NOCASE"), unique=True)
    capacity: Mapped[int] = mapped_column(Integer)
    area_m2: Mapped[float | None] = mapped_column(Float)
    facilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    in_service_from: Mapped[dt.date] = mapped_column(Date, default=local_today)
    out_of_service_from: Mapped[dt.date | None] = mapped_column(Date)

    hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="room", cascade="all, delete-orphan", passive_deletes=True
    )


class OpeningHours(Base):
    """One opening interval on a weekday, for the whole house or as a room's override.

    A room follows the house's hours on a weekday unless it has rows of its own
    for that weekday; a room row without times means "closed that day".
    """

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("(opens_min IS NULL) = (closes_min IS NULL)", name="both_or_neither"),
        CheckConstraint("room_id IS NOT NULL OR opens_min IS NOT NULL", name="house_has_times"),
        CheckConstraint(
            f"opens_min IS NULL OR ({times_check('opens_min', 'closes_min')})", name="interval"
        ),
        Index("ix_opening_hours_room_weekday", "room_id", "weekday"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)  # Monday is 0, as in datetime.date.weekday()
    opens_min: Mapped[int | None] = mapped_column(Integer)
    closes_min: Mapped[int | None] = mapped_column(Integer)

    room: Mapped[Room | None] = relationship(back_populates="hours")


class Closure(Base):
    """Days the house, or one room, is closed (holiday, maintenance); inclusive range."""

    __tablename__ = "closures"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="range_order"),
        Index("ix_closures_days", "first_day", "last_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))


class OpeningException(Base):
    """Other opening hours than usual on a range of days (inclusive), for the house or a room.

    "Extra open": a Saturday-evening party from 19:00 to 00:30, or a week of shorter
    hours. On those days the interval replaces the weekday's usual hours (of the house,
    or of the one room). Closed days are a ``Closure``, not an exception.
    """

    __tablename__ = "opening_exceptions"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="range_order"),
        CheckConstraint(times_check("opens_min", "closes_min"), name="interval"),
        Index("ix_opening_exceptions_days", "first_day", "last_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    opens_min: Mapped[int] = mapped_column(Integer)
    closes_min: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))


class User(Base):
    """A user (gebruiker) of the house: a club, an initiative, an organisation, a person.

    The contact person's details are the only personal data in the database;
    they stay in the house and are never exported.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), unique=True)
    kind: Mapped[UserKind] = mapped_column(code_type(UserKind, "kind"))
    origin: Mapped[Origin] = mapped_column(code_type(Origin, "origin"), default=Origin.EIGEN_KERN)
    fixed_tenant: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    activities: Mapped[list[Activity]] = relationship(back_populates="user")


class Activity(Base):
    """What a user does in the house (activiteit): a coffee morning, a choir, a party."""

    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint(
            "(default_start_min IS NULL) = (default_end_min IS NULL)", name="default_times_pair"
        ),
        CheckConstraint(
            f"default_start_min IS NULL OR ({times_check('default_start_min', 'default_end_min')})",
            name="default_times_order",
        ),
        CheckConstraint("usual_visitors IS NULL OR usual_visitors >= 0", name="usual_visitors"),
        CheckConstraint(setup_check(), name="setup_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[ActivityType] = mapped_column(code_type(ActivityType, "type"))
    nature: Mapped[Nature] = mapped_column(code_type(Nature, "nature"))
    accessibility: Mapped[Accessibility] = mapped_column(code_type(Accessibility, "accessibility"))
    default_room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    default_start_min: Mapped[int | None] = mapped_column(Integer)
    default_end_min: Mapped[int | None] = mapped_column(Integer)
    usual_visitors: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    # The usual set-up and clean-up time of its sessions, proposed for a new booking.
    setup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    teardown_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship(back_populates="activities")
    default_room: Mapped[Room | None] = relationship()
    target_groups: Mapped[list[ActivityTargetGroup]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ActivityTargetGroup(Base):
    """One target group (doelgroep) of an activity; an activity may have several."""

    __tablename__ = "activity_target_groups"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    target_group: Mapped[TargetGroup] = mapped_column(
        code_type(TargetGroup, "target_group"), primary_key=True
    )


class BookingSeries(Base):
    """A recurring series of sessions: an RFC 5545 RRULE from a first date.

    Its sessions are stored as ``Booking`` rows (they carry the tallies); a
    skipped date is a ``SeriesSkip`` and a session changed on its own is
    ``detached``, so that editing the series later never brings either back.
    """

    __tablename__ = "booking_series"
    __table_args__ = (
        CheckConstraint(times_check("start_min", "end_min"), name="times_order"),
        CheckConstraint(setup_check(), name="setup_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="RESTRICT"), index=True
    )
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"), index=True)
    first_date: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    # Set-up and clean-up (opbouw, afbouw): the room is taken that long before and after.
    setup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    teardown_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rrule: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    activity: Mapped[Activity] = relationship()
    room: Mapped[Room] = relationship()
    skips: Mapped[list[SeriesSkip]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class SeriesSkip(Base):
    """A date a series leaves out (an exception); it never comes back on later edits."""

    __tablename__ = "series_skips"

    series_id: Mapped[int] = mapped_column(
        ForeignKey("booking_series.id", ondelete="CASCADE"), primary_key=True
    )
    occurrence_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)


class Booking(Base):
    """A session (bijeenkomst): an activity in a room on a date, with its tally.

    ``visitors`` and ``volunteers`` are the tally (telling): anonymous head
    counts, ``None`` when not counted (never the same as 0), allowed only on a
    held session.
    """

    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint(times_check("start_min", "end_min"), name="times_order"),
        CheckConstraint(setup_check(), name="setup_range"),
        CheckConstraint("visitors IS NULL OR visitors >= 0", name="visitors_positive"),
        CheckConstraint("volunteers IS NULL OR volunteers >= 0", name="volunteers_positive"),
        CheckConstraint(
            "status = 'gehouden' OR (visitors IS NULL AND volunteers IS NULL)",
            name="tally_only_when_held",
        ),
        CheckConstraint(
            "(series_id IS NULL) = (occurrence_date IS NULL)", name="series_occurrence_pair"
        ),
        Index("ix_bookings_date_room", "date", "room_id"),
        Index("ix_bookings_room_date", "room_id", "date"),
        Index("ix_bookings_activity_date", "activity_id", "date"),
        Index("ix_bookings_status_date", "status", "date"),
        Index("ix_bookings_series_occurrence", "series_id", "occurrence_date", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="RESTRICT"))
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"))
    date: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    # Set-up and clean-up (opbouw, afbouw): the room is taken that long before and after.
    setup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    teardown_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[BookingStatus] = mapped_column(
        code_type(BookingStatus, "status"), default=BookingStatus.GEPLAND
    )
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking_series.id", ondelete="SET NULL")
    )
    occurrence_date: Mapped[dt.date | None] = mapped_column(Date)
    detached: Mapped[bool] = mapped_column(Boolean, default=False)
    visitors: Mapped[int | None] = mapped_column(Integer)
    volunteers: Mapped[int | None] = mapped_column(Integer)
    counted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    activity: Mapped[Activity] = relationship()
    room: Mapped[Room] = relationship()
    series: Mapped[BookingSeries | None] = relationship()


class TallyRevision(Base):
    """A correction of a count after the day it was entered: old value, new value, when."""

    __tablename__ = "tally_revisions"
    __table_args__ = (CheckConstraint("field IN ('visitors', 'volunteers')", name="field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(16))
    old_value: Mapped[int | None] = mapped_column(Integer)
    new_value: Mapped[int | None] = mapped_column(Integer)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Signal(Base):
    """A wish, complaint, idea or concern from residents that the house passes on."""

    __tablename__ = "signals"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[SignalKind] = mapped_column(code_type(SignalKind, "kind"))
    theme: Mapped[str] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    passed_to: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[SignalStatus] = mapped_column(
        code_type(SignalStatus, "status"), default=SignalStatus.NIEUW
    )
    shareable: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PeriodApproval(Base):
    """A period's volunteer counts and whether the board approved (vastgesteld) it.

    ``approved_at`` is ``None`` while the period is open (or reopened); every
    approval and reopening is also kept as a ``PeriodEvent``.
    """

    __tablename__ = "period_approvals"
    __table_args__ = (
        CheckConstraint("volunteers >= 0", name="volunteers_positive"),
        CheckConstraint("board_members >= 0", name="board_members_positive"),
    )

    period: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-Q3" or "2026"
    volunteers: Mapped[int] = mapped_column(Integer)
    board_members: Mapped[int] = mapped_column(Integer)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The board's remarks (toelichting) on the period, written to the export's Toelichting.
    remarks: Mapped[str | None] = mapped_column(Text)


class PeriodEvent(Base):
    """One approval or reopening of a period, for the record."""

    __tablename__ = "period_events"
    __table_args__ = (CheckConstraint("action IN ('vastgesteld', 'heropend')", name="action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7), index=True)
    action: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
