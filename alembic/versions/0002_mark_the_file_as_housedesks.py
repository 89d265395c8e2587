"""Mark the file as housedesk's: PRAGMA application_id = "HDSK".

A file is then told from another Alembic-based program's database by its
header, not by its tables alone (housedesk.db.schema.inspect_file).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05 05:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPLICATION_ID = 0x4844534B  # written out: a migration never imports the app's code


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
