"""Correcting a stored record: the check of who may, and the one way an edit is written.

An edit is validated like a new record by the caller (the same domain validator), then
only the columns that differ are written, in one transaction with an audit entry naming
those columns (never their values: they may be personal data).
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.record_edits import changed_fields, edit_refusal
from ..errors import PermissionDenied
from .session import Session, audit, writing


def refusal(session: Session, row: dict, assigned_to: str | None = None) -> str | None:
    """Why the session's user may not correct ``row`` (None: they may)."""
    return edit_refusal(session.user, row.get("created_by"), assigned_to)


def require_editable(session: Session, row: dict, assigned_to: str | None = None) -> None:
    reason = refusal(session, row, assigned_to)
    if reason:
        raise PermissionDenied(reason)


def save_edit(session: Session, action: str, entity: str, record_id: int, stored: dict, values: dict,
              write: Callable[[object, int, dict], None]) -> list[str]:
    """Write the columns of ``values`` that differ from ``stored``; returns their names
    (empty: nothing changed, nothing written or logged)."""
    changed = changed_fields(stored, values)
    if not changed:
        return []
    with writing(session.store) as db:
        write(db, record_id, changed)
        audit(session.store, session.user.username, action, entity, record_id, {"fields": sorted(changed)})
    return sorted(changed)
