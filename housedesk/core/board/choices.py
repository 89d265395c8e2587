"""What the board chose about how the house's own figures count, kept in the database.

One choice so far: whether set-up and clean-up time (opbouw, afbouw) count as
use of a room in the board's overview (``counts_setup``, default no). It is the
house's own view of its figures: the export to the municipality always counts
the sessions' own hours, as the exchange format defines them, so that every
house counts the same way.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from housedesk.db.engine import Database, reading
from housedesk.db.models import Setting

# The ``settings`` row of the choice: "1" counts set-up and clean-up as use.
COUNT_SETUP = "count_setup_as_use"


def counts_setup(source: Database | Session) -> bool:
    """Whether the board counts set-up and clean-up time as use (default: no)."""
    with reading(source) as session:
        row = session.get(Setting, COUNT_SETUP)
        return row is not None and row.value == "1"


def set_counts_setup(db: Database, counted: bool) -> None:
    """Count set-up and clean-up time as use in the board's overview, or not."""
    with db.transaction() as session:
        session.merge(Setting(key=COUNT_SETUP, value="1" if counted else "0"))
