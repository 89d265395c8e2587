"""Alembic scripts of a later housedesk, for the tests of upgrading and restoring."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from housedesk.db import schema


def scripts_with(tmp_path: Path, upgrade: str, downgrade: str = "pass") -> Path:
    """The app's Alembic scripts plus a revision 9999 after its head, doing ``upgrade``."""
    scripts = tmp_path / "alembic"
    shutil.copytree(
        schema.alembic_script_location(), scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    (scripts / "versions" / "9999_probe.py").write_text(
        'revision = "9999"\n'
        f'down_revision = "{schema.HEAD_REVISION}"\n'
        "branch_labels = None\n"
        "depends_on = None\n"
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        "def upgrade():\n" + textwrap.indent(upgrade, "    ") + "\n"
        "def downgrade():\n" + textwrap.indent(downgrade, "    ") + "\n"
    )
    return scripts
