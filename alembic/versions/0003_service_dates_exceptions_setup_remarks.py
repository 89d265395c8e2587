"""Rooms in and out of service, opening exceptions, set-up time, late endings, board remarks.

- ``rooms.in_service_from`` / ``out_of_service_from``: availability counts a room only
  on the days it was in service. An existing room enters service on the day of its
  first session (or the day it was registered, if it has none); a room no longer in
  use leaves service on the day after its last session (or the day it entered).
- ``opening_exceptions``: other hours than usual on some days ("extra open").
- ``setup_min`` / ``teardown_min`` (opbouw, afbouw) on activities, series and sessions.
- Sessions, opening hours and exceptions may end after midnight, up to 04:00.
- ``period_approvals.remarks``: the board's remarks (toelichting) on a period.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 07:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out: a migration never imports the app's code.
MINUTES_PER_DAY = 24 * 60
LATEST_END_MIN = MINUTES_PER_DAY + 4 * 60
MAX_SETUP_MIN = 4 * 60


def times_check(start: str, end: str, latest: int) -> str:
    return (
        f"{start} >= 0 AND {start} < {MINUTES_PER_DAY} AND {start} < {end} "
        f"AND {end} <= {latest}"
    )


def old_times_check(start: str, end: str) -> str:
    return f"{start} >= 0 AND {start} < {end} AND {end} <= {MINUTES_PER_DAY}"


SETUP_CHECK = (
    f"setup_min BETWEEN 0 AND {MAX_SETUP_MIN} AND teardown_min BETWEEN 0 AND {MAX_SETUP_MIN}"
)


def _setup_columns(batch_op: "op.BatchOperations") -> None:  # type: ignore[name-defined]
    batch_op.add_column(sa.Column("setup_min", sa.Integer(), server_default="0", nullable=False))
    batch_op.add_column(
        sa.Column("teardown_min", sa.Integer(), server_default="0", nullable=False)
    )
    batch_op.create_check_constraint("setup_range", SETUP_CHECK)


def upgrade() -> None:
    with op.batch_alter_table("rooms") as batch_op:
        batch_op.add_column(sa.Column("in_service_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("out_of_service_from", sa.Date(), nullable=True))
    op.execute(
        "UPDATE rooms SET in_service_from = coalesce("
        " (SELECT min(date) FROM bookings WHERE bookings.room_id = rooms.id),"
        " date(created_at))"
    )
    op.execute(
        "UPDATE rooms SET out_of_service_from = max(in_service_from, coalesce("
        " (SELECT date(max(date), '+1 day') FROM bookings WHERE bookings.room_id = rooms.id),"
        " in_service_from)) WHERE NOT active"
    )
    # Reflection does not see a column's collation: the rebuilt table keeps NOCASE on
    # the name only when told.
    name = sa.Column("name", sa.String(length=100, collation="NOCASE"), nullable=False)
    with op.batch_alter_table("rooms", reflect_args=[name]) as batch_op:
        batch_op.alter_column("in_service_from", existing_type=sa.Date(), nullable=False)
        batch_op.create_check_constraint(
            "service_order", "out_of_service_from IS NULL OR out_of_service_from >= in_service_from"
        )

    op.create_table(
        "opening_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("opens_min", sa.Integer(), nullable=False),
        sa.Column("closes_min", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            times_check("opens_min", "closes_min", LATEST_END_MIN),
            name=op.f("ck_opening_exceptions_interval"),
        ),
        sa.CheckConstraint(
            "last_day >= first_day", name=op.f("ck_opening_exceptions_range_order")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["rooms.id"],
            name=op.f("fk_opening_exceptions_room_id_rooms"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_exceptions")),
    )
    op.create_index(
        "ix_opening_exceptions_days", "opening_exceptions", ["first_day", "last_day"]
    )

    with op.batch_alter_table("opening_hours") as batch_op:
        batch_op.drop_constraint(op.f("ck_opening_hours_interval"), type_="check")
        batch_op.create_check_constraint(
            "interval",
            f"opens_min IS NULL OR ({times_check('opens_min', 'closes_min', LATEST_END_MIN)})",
        )

    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_constraint(op.f("ck_activities_default_times_order"), type_="check")
        batch_op.create_check_constraint(
            "default_times_order",
            "default_start_min IS NULL OR "
            f"({times_check('default_start_min', 'default_end_min', LATEST_END_MIN)})",
        )
        _setup_columns(batch_op)

    for table in ("booking_series", "bookings"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_times_order"), type_="check")
            batch_op.create_check_constraint(
                "times_order", times_check("start_min", "end_min", LATEST_END_MIN)
            )
            _setup_columns(batch_op)

    # Rebuilt rather than altered, so that the file's table reads as a new one's.
    with op.batch_alter_table("period_approvals", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("remarks", sa.Text(), nullable=True))


def downgrade() -> None:
    # Going back loses what the older schema cannot hold: sessions past midnight end
    # at midnight, exceptions, set-up times and remarks are dropped.
    with op.batch_alter_table("period_approvals") as batch_op:
        batch_op.drop_column("remarks")
    for table in ("bookings", "booking_series"):
        op.execute(f"UPDATE {table} SET end_min = {MINUTES_PER_DAY} WHERE end_min > {MINUTES_PER_DAY}")
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_setup_range"), type_="check")
            batch_op.drop_column("teardown_min")
            batch_op.drop_column("setup_min")
            batch_op.drop_constraint(op.f(f"ck_{table}_times_order"), type_="check")
            batch_op.create_check_constraint(
                "times_order", old_times_check("start_min", "end_min")
            )
    op.execute(
        f"UPDATE activities SET default_end_min = {MINUTES_PER_DAY}"
        f" WHERE default_end_min > {MINUTES_PER_DAY}"
    )
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_constraint(op.f("ck_activities_setup_range"), type_="check")
        batch_op.drop_column("teardown_min")
        batch_op.drop_column("setup_min")
        batch_op.drop_constraint(op.f("ck_activities_default_times_order"), type_="check")
        batch_op.create_check_constraint(
            "default_times_order",
            "default_start_min IS NULL OR (default_start_min >= 0 "
            "AND default_start_min < default_end_min "
            f"AND default_end_min <= {MINUTES_PER_DAY})",
        )
    op.execute(
        f"UPDATE opening_hours SET closes_min = {MINUTES_PER_DAY}"
        f" WHERE closes_min > {MINUTES_PER_DAY}"
    )
    with op.batch_alter_table("opening_hours") as batch_op:
        batch_op.drop_constraint(op.f("ck_opening_hours_interval"), type_="check")
        batch_op.create_check_constraint(
            "interval",
            "opens_min IS NULL OR (opens_min >= 0 AND opens_min < closes_min "
            f"AND closes_min <= {MINUTES_PER_DAY})",
        )
    op.drop_index("ix_opening_exceptions_days", table_name="opening_exceptions")
    op.drop_table("opening_exceptions")
    name = sa.Column("name", sa.String(length=100, collation="NOCASE"), nullable=False)
    with op.batch_alter_table("rooms", reflect_args=[name]) as batch_op:
        batch_op.drop_constraint(op.f("ck_rooms_service_order"), type_="check")
        batch_op.drop_column("out_of_service_from")
        batch_op.drop_column("in_service_from")
