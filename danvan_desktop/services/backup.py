"""Backup and restore as user actions (permission checked, logged)."""

from __future__ import annotations

from pathlib import Path

from ..domain.users import Permission
from ..storage import backups
from ..storage.database import Unlock
from ..tasks import Task
from .session import Session, audit, writing


def backup_now(session: Session, folder: Path | None = None, task: Task | None = None) -> Path:
    session.require(Permission.BACKUP)
    # Log first so the backup holds the record of itself.
    with writing(session.store):
        audit(session.store, session.user.username, "backup", "database", "", {"folder": str(folder or "")})
    return backups.make_backup(session.store, "manual", folder, task=task)


def restore(session: Session, backup_path: Path, unlock: Unlock) -> Path | None:
    """Replace the open database with a backup. Closes the session's store."""
    session.require(Permission.RESTORE)
    with writing(session.store):
        audit(session.store, session.user.username, "restore", "database", "", {"backup": str(backup_path)})
    target = session.store.path
    session.store.close()
    return backups.restore_backup(Path(backup_path), target, unlock)


def daily_backup(store) -> Path | None:
    """The rotating automatic backup, taken at most once a day when the database is opened."""
    return backups.maybe_auto_backup(store)
