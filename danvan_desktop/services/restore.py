"""Restoring a backup: who may, with which secret, and which backups are accepted.

Restoring over a database that exists needs that database's key (from the keyring, its
passphrase or its recovery key) and an administrator: the one logged in when it opens,
or, when it is damaged and cannot be opened, an administrator's password checked against
the backup itself. A backup is accepted only if it opens with the database's key (or with
the recovery key given for the backup) and belongs to the same unit; on a new PC, where
there is no database yet, the backup's recovery key alone is enough.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..domain.users import Permission, Role
from ..errors import AuthenticationFailed, CorruptDatabase, StorageError, ValidationError, WrongSecret
from ..security import keys
from ..security.passwords import verify_password
from ..storage import restore as restoring
from ..storage import settings_repo, users_repo
from ..storage.database import Store, Unlock, open_database, resolve_key
from .session import Session, audit, writing


def restore_from_session(session: Session, backup: Path, backup_recovery_key: str | None = None,
                         now: datetime | None = None) -> Path:
    """Replace the session's database with ``backup``; returns the pre-restore copy.

    The session's store is closed afterwards: the caller opens the database again."""
    session.require(Permission.RESTORE)
    store, backup = session.store, Path(backup)
    key = _backup_key(backup, restoring.store_key(store), backup_recovery_key)
    _same_unit(restoring.inspect_backup(backup, key), settings_repo.get(store.db, "unit.code"))
    with writing(store):  # kept in the pre-restore copy
        audit(store, session.user.username, "restore", "database", "", {"backup": backup.name})
    kept = restoring.replace_open_database(store, backup, now)
    _after_replacing(store.path, backup, key, key != restoring.store_key(store), session.user.username)
    return kept


def restore_damaged(target: Path, backup: Path, unlock: Unlock, username: str, password: str,
                    backup_recovery_key: str | None = None, now: datetime | None = None) -> Path | None:
    """Replace a database that cannot be opened (damaged) with ``backup``.

    ``unlock`` must prove the current database's key (keyring, passphrase or recovery
    key); ``username``/``password`` must be an administrator's in the backup."""
    target, backup = Path(target), Path(backup)
    current_key = _current_key(target, unlock)
    key = _backup_key(backup, current_key, backup_recovery_key)
    unit = restoring.inspect_backup(backup, key)
    if restoring.key_opens(target, current_key):
        current_unit = _readable_unit(target, current_key)
        if current_unit is not None:
            _same_unit(unit, current_unit)
    restoring.read_backup(backup, key, lambda db: _require_administrator(db, username, password))
    kept = restoring.replace_closed_database(target, backup, current_key, now)
    _after_replacing(target, backup, key, key != current_key, username)
    return kept


def restore_on_new_pc(target: Path, backup: Path, recovery_key: str, passphrase: str | None = None) -> Store:
    """Put a backup where there is no database yet (a new PC), opened with the backup's
    recovery key; the key is then kept the way this PC can (keyring, or ``passphrase``).
    Returns the open database; the users are those of the backup."""
    target, backup = Path(target), Path(backup)
    if target.exists():
        raise ValidationError(f"Đã có dữ liệu tại {target}; hãy khôi phục từ Cài đặt sau khi đăng nhập.")
    key = keys.parse_recovery_key(recovery_key)
    try:
        unit = restoring.inspect_backup(backup, key)
    except WrongSecret:
        raise WrongSecret(f"Khóa khôi phục này không mở được bản sao lưu {backup.name}: hãy kiểm tra lại khóa "
                          "đã in khi cài đặt dữ liệu đó.") from None
    if unit is None:
        raise CorruptDatabase(f"Tệp {backup.name} không phải bản sao lưu dữ liệu của Dân Vận Desktop.")
    if passphrase:
        keys.validate_new_passphrase(passphrase)
    restoring.replace_closed_database(target, backup, None)
    restoring.forget_keyfile(target)  # a stray one from an earlier database: the key is adopted below
    store = open_database(target, Unlock(passphrase=passphrase, recovery_key=recovery_key))
    with writing(store):
        audit(store, "setup", "restore", "database", "", {"backup": backup.name, "new_pc": True})
    return store


def _backup_key(backup: Path, current_key: bytes, backup_recovery_key: str | None) -> bytes:
    """The database's own key when the backup opens with it, else the backup's recovery key."""
    if not backup_recovery_key:
        return current_key
    given = keys.parse_recovery_key(backup_recovery_key)
    if given == current_key or restoring.key_opens(backup, current_key):
        return current_key
    return given


def _current_key(target: Path, unlock: Unlock) -> bytes:
    try:
        key, keyfile = resolve_key(target, unlock)
    except CorruptDatabase:  # a damaged key file: only the recovery key can prove the key
        if not unlock.recovery_key:
            raise
        key, keyfile = keys.parse_recovery_key(unlock.recovery_key), None
    if keyfile is None and not restoring.key_opens(target, key):
        # Nothing on disk vouches for a recovery key given without a key file.
        raise WrongSecret("Khóa khôi phục không mở được cơ sở dữ liệu hiện tại, nên không được khôi phục đè lên nó.")
    return key


def _readable_unit(target: Path, key: bytes) -> str | None:
    try:
        return restoring.read_backup(target, key, lambda db: settings_repo.get(db, "unit.code"))
    except Exception:  # damaged there: the key match is the proof of lineage
        return None


def _same_unit(backup_unit: str | None, current_unit: str | None) -> None:
    if backup_unit != current_unit:
        raise ValidationError(
            f"Bản sao lưu là dữ liệu của đơn vị mã {backup_unit or '(không rõ)'}, không phải của đơn vị này "
            f"(mã {current_unit}); không khôi phục.")


def _require_administrator(db, username: str, password: str) -> None:
    found = users_repo.credentials(db, (username or "").strip().lower())
    if found is None or found[0].role is not Role.ADMIN or not found[0].active \
            or not verify_password(password or "", found[1]):
        raise AuthenticationFailed(
            "Cần tên đăng nhập và mật khẩu của một quản trị viên trong bản sao lưu để khôi phục dữ liệu bị hỏng.")


def _after_replacing(target: Path, backup: Path, key: bytes, key_changed: bool, username: str) -> None:
    if key_changed:
        restoring.replace_keyfile(target, backup, key)
    try:
        store = restoring.open_restored(target, key)
    except StorageError:
        raise
    try:
        with writing(store):
            audit(store, username, "restore", "database", "", {"backup": backup.name})
    finally:
        store.close()
    if key_changed:
        # Keep the backup's key the way this PC can (keyring), as opening with it would.
        open_database(target, Unlock(recovery_key=keys.format_recovery_key(key)), migrate=False).close()
