"""Backups as user actions (permission checked, logged); restore: ``services.restore``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.users import Permission
from ..storage import backups
from ..storage.integrity import IntegrityCheck, IntegrityResult, failure_message
from ..tasks import Task
from .session import Session, audit, writing


def backup_now(session: Session, folder: Path | None = None, task: Task | None = None) -> Path:
    session.require(Permission.BACKUP)
    # Log first so the backup holds the record of itself.
    with writing(session.store):
        audit(session.store, session.user.username, "backup", "database", "", {"folder": str(folder or "")})
    return backups.make_backup(session.store, "manual", folder, task=task)


@dataclass
class DailyBackup:
    """What the daily step did: ``path`` of the backup made (None when none was due or the
    check failed), the ``check`` run before it, and a ``warning`` for the user."""

    path: Path | None = None
    check: IntegrityResult | None = None
    warning: str = ""


def daily_backup(store, task: Task | None = None) -> DailyBackup:
    """At most once a day: the full integrity check, then, only if it found nothing, the
    rotating automatic backup (a damaged copy must never push a good backup out)."""
    if not backups.auto_backup_due(store.path):
        return DailyBackup()
    return check_and_back_up(store, task)


def check_and_back_up(store, task: Task | None = None, check: IntegrityCheck | None = None) -> DailyBackup:
    """The full check, then the automatic backup if the check passed and one is due (the GUI
    runs this after every start; ``check`` lets the caller cancel it)."""
    return backup_if_healthy(store, check_integrity(store, task, check), task)


def check_integrity(store, task: Task | None = None, check: IntegrityCheck | None = None) -> IntegrityResult:
    """The full check on a read-only connection; remembered on the store for Cài đặt."""
    store.integrity = (check or IntegrityCheck(store)).run(task)
    return store.integrity


def backup_if_healthy(store, result: IntegrityResult, task: Task | None = None) -> DailyBackup:
    """The automatic backup after a check: refused (with the restore path) if it failed,
    made if due."""
    if not result.healthy:
        return DailyBackup(None, result, failure_message(store, result))
    path = backups.make_backup(store, "auto", task=task) if backups.auto_backup_due(store.path) else None
    return DailyBackup(path, result)
