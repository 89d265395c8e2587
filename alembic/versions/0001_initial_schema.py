"""Initial schema: the whole domain of housedesk 0.1.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 17:12:11.136996
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('code_counters',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_code_counters'))
    )
    op.create_table('house',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('village', sa.String(length=200), nullable=False),
    sa.CheckConstraint("length(code) BETWEEN 2 AND 12 AND code NOT GLOB '*[^A-Z0-9-]*'", name=op.f('ck_house_code_format')),
    sa.CheckConstraint('id = 1', name=op.f('ck_house_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_house'))
    )
    op.create_table('period_approvals',
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('volunteers', sa.Integer(), nullable=False),
    sa.Column('board_members', sa.Integer(), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('board_members >= 0', name=op.f('ck_period_approvals_board_members_positive')),
    sa.CheckConstraint('volunteers >= 0', name=op.f('ck_period_approvals_volunteers_positive')),
    sa.PrimaryKeyConstraint('period', name=op.f('pk_period_approvals'))
    )
    op.create_table('period_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("action IN ('vastgesteld', 'heropend')", name=op.f('ck_period_events_action')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_period_events'))
    )
    with op.batch_alter_table('period_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_period_events_period'), ['period'], unique=False)

    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100, collation='NOCASE'), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('area_m2', sa.Float(), nullable=True),
    sa.Column('facilities', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('area_m2 IS NULL OR area_m2 > 0', name=op.f('ck_rooms_area_positive')),
    sa.CheckConstraint('capacity >= 1', name=op.f('ck_rooms_capacity_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('code', name=op.f('uq_rooms_code')),
    sa.UniqueConstraint('name', name=op.f('uq_rooms_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('signals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('wens', 'klacht', 'idee', 'zorg', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('theme', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('passed_to', sa.String(length=200), nullable=True),
    sa.Column('status', sa.Enum('nieuw', 'doorgegeven', 'afgehandeld', name='status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('shareable', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signals'))
    )
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signals_date'), ['date'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200, collation='NOCASE'), nullable=False),
    sa.Column('kind', sa.Enum('vereniging', 'inwonersinitiatief', 'zorg_welzijn', 'onderwijs_jeugd', 'gemeente', 'eigen_activiteit', 'commercieel', 'particulier', name='kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('origin', sa.Enum('eigen_kern', 'gemeente', 'elders', name='origin', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('fixed_tenant', sa.Boolean(), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=True),
    sa.Column('contact_phone', sa.String(length=40), nullable=True),
    sa.Column('contact_email', sa.String(length=254), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    op.create_table('activities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.Enum('ontmoeting', 'samen_eten', 'bewegen', 'cultuur', 'educatie', 'ondersteuning', 'repair_kringloop', 'jeugd', 'vergadering', 'viering', 'zorg_dagbesteding', 'overig', name='type', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('nature', sa.Enum('maatschappelijk', 'particulier', 'commercieel', name='nature', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('accessibility', sa.Enum('vrije_inloop', 'aanmelding', 'leden', 'besloten', name='accessibility', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('default_room_id', sa.Integer(), nullable=True),
    sa.Column('default_start_min', sa.Integer(), nullable=True),
    sa.Column('default_end_min', sa.Integer(), nullable=True),
    sa.Column('usual_visitors', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(default_start_min IS NULL) = (default_end_min IS NULL)', name=op.f('ck_activities_default_times_pair')),
    sa.CheckConstraint('default_start_min IS NULL OR (default_start_min >= 0 AND default_start_min < default_end_min AND default_end_min <= 1440)', name=op.f('ck_activities_default_times_order')),
    sa.CheckConstraint('usual_visitors IS NULL OR usual_visitors >= 0', name=op.f('ck_activities_usual_visitors')),
    sa.ForeignKeyConstraint(['default_room_id'], ['rooms.id'], name=op.f('fk_activities_default_room_id_rooms'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_activities_user_id_users'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities')),
    sa.UniqueConstraint('code', name=op.f('uq_activities_code'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_user_id'), ['user_id'], unique=False)

    op.create_table('closures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.CheckConstraint('last_day >= first_day', name=op.f('ck_closures_range_order')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_closures_room_id_rooms'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closures'))
    )
    with op.batch_alter_table('closures', schema=None) as batch_op:
        batch_op.create_index('ix_closures_days', ['first_day', 'last_day'], unique=False)

    op.create_table('opening_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('opens_min', sa.Integer(), nullable=True),
    sa.Column('closes_min', sa.Integer(), nullable=True),
    sa.CheckConstraint('(opens_min IS NULL) = (closes_min IS NULL)', name=op.f('ck_opening_hours_both_or_neither')),
    sa.CheckConstraint('opens_min IS NULL OR (opens_min >= 0 AND opens_min < closes_min AND closes_min <= 1440)', name=op.f('ck_opening_hours_interval')),
    sa.CheckConstraint('room_id IS NOT NULL OR opens_min IS NOT NULL', name=op.f('ck_opening_hours_house_has_times')),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_opening_hours_weekday_range')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_opening_hours_room_id_rooms'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_hours'))
    )
    with op.batch_alter_table('opening_hours', schema=None) as batch_op:
        batch_op.create_index('ix_opening_hours_room_weekday', ['room_id', 'weekday'], unique=False)

    op.create_table('activity_target_groups',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('target_group', sa.Enum('iedereen', 'kinderen', 'jongeren', 'volwassenen', 'ouderen', 'beperking', 'kwetsbaar', 'nieuwkomers', 'mantelzorgers', name='target_group', native_enum=False, create_constraint=True), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_target_groups_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'target_group', name=op.f('pk_activity_target_groups'))
    )
    op.create_table('booking_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('first_date', sa.Date(), nullable=False),
    sa.Column('start_min', sa.Integer(), nullable=False),
    sa.Column('end_min', sa.Integer(), nullable=False),
    sa.Column('rrule', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('start_min >= 0 AND start_min < end_min AND end_min <= 1440', name=op.f('ck_booking_series_times_order')),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_booking_series_activity_id_activities'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_booking_series_room_id_rooms'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_series'))
    )
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_series_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_series_room_id'), ['room_id'], unique=False)

    op.create_table('bookings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_min', sa.Integer(), nullable=False),
    sa.Column('end_min', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('gepland', 'gehouden', 'geannuleerd', name='status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('occurrence_date', sa.Date(), nullable=True),
    sa.Column('detached', sa.Boolean(), nullable=False),
    sa.Column('visitors', sa.Integer(), nullable=True),
    sa.Column('volunteers', sa.Integer(), nullable=True),
    sa.Column('counted_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status = 'gehouden' OR (visitors IS NULL AND volunteers IS NULL)", name=op.f('ck_bookings_tally_only_when_held')),
    sa.CheckConstraint('(series_id IS NULL) = (occurrence_date IS NULL)', name=op.f('ck_bookings_series_occurrence_pair')),
    sa.CheckConstraint('start_min >= 0 AND start_min < end_min AND end_min <= 1440', name=op.f('ck_bookings_times_order')),
    sa.CheckConstraint('visitors IS NULL OR visitors >= 0', name=op.f('ck_bookings_visitors_positive')),
    sa.CheckConstraint('volunteers IS NULL OR volunteers >= 0', name=op.f('ck_bookings_volunteers_positive')),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_bookings_activity_id_activities'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_bookings_room_id_rooms'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['series_id'], ['booking_series.id'], name=op.f('fk_bookings_series_id_booking_series'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings'))
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index('ix_bookings_activity_date', ['activity_id', 'date'], unique=False)
        batch_op.create_index('ix_bookings_date_room', ['date', 'room_id'], unique=False)
        batch_op.create_index('ix_bookings_room_date', ['room_id', 'date'], unique=False)
        batch_op.create_index('ix_bookings_series_occurrence', ['series_id', 'occurrence_date'], unique=True)
        batch_op.create_index('ix_bookings_status_date', ['status', 'date'], unique=False)

    op.create_table('series_skips',
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['booking_series.id'], name=op.f('fk_series_skips_series_id_booking_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('series_id', 'occurrence_date', name=op.f('pk_series_skips'))
    )
    op.create_table('tally_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=16), nullable=False),
    sa.Column('old_value', sa.Integer(), nullable=True),
    sa.Column('new_value', sa.Integer(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("field IN ('visitors', 'volunteers')", name=op.f('ck_tally_revisions_field')),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], name=op.f('fk_tally_revisions_booking_id_bookings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tally_revisions'))
    )
    with op.batch_alter_table('tally_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tally_revisions_booking_id'), ['booking_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tally_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tally_revisions_booking_id'))

    op.drop_table('tally_revisions')
    op.drop_table('series_skips')
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_status_date')
        batch_op.drop_index('ix_bookings_series_occurrence')
        batch_op.drop_index('ix_bookings_room_date')
        batch_op.drop_index('ix_bookings_date_room')
        batch_op.drop_index('ix_bookings_activity_date')

    op.drop_table('bookings')
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_series_room_id'))
        batch_op.drop_index(batch_op.f('ix_booking_series_activity_id'))

    op.drop_table('booking_series')
    op.drop_table('activity_target_groups')
    with op.batch_alter_table('opening_hours', schema=None) as batch_op:
        batch_op.drop_index('ix_opening_hours_room_weekday')

    op.drop_table('opening_hours')
    with op.batch_alter_table('closures', schema=None) as batch_op:
        batch_op.drop_index('ix_closures_days')

    op.drop_table('closures')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_user_id'))

    op.drop_table('activities')
    op.drop_table('users')
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signals_date'))

    op.drop_table('signals')
    op.drop_table('settings')
    op.drop_table('rooms')
    with op.batch_alter_table('period_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_period_events_period'))

    op.drop_table('period_events')
    op.drop_table('period_approvals')
    op.drop_table('house')
    op.drop_table('code_counters')
