"""The stable codes the register hands out (R1, A17): numbers are never used twice."""

from __future__ import annotations

from sqlalchemy.orm import Session

from housedesk.db.models import CodeCounter


def next_code(session: Session, kind: str, prefix: str) -> str:
    """The next stable code of a kind ("R6", "A38"): numbers are never handed out twice."""
    counter = session.get(CodeCounter, kind)
    if counter is None:
        counter = CodeCounter(kind=kind, last=0)
        session.add(counter)
    counter.last += 1
    return f"{prefix}{counter.last}"
