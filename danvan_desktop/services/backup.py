"""Backups as user actions (permission checked, logged); restore: ``services.restore``."""

from __future__ import annotations

from pathlib import Path

from ..domain.users import Permission
from ..storage import backups
from ..tasks import Task
from .session import Session, audit, writing


def backup_now(session: Session, folder: Path | None = None, task: Task | None = None) -> Path:
    session.require(Permission.BACKUP)
    # Log first so the backup holds the record of itself.
    with writing(session.store):
        audit(session.store, session.user.username, "backup", "database", "", {"folder": str(folder or "")})
    return backups.make_backup(session.store, "manual", folder, task=task)


def daily_backup(store) -> Path | None:
    """The rotating automatic backup, taken at most once a day when the database is opened."""
    return backups.maybe_auto_backup(store)
