"""Managing user accounts (administrators only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from ..domain.users import Permission, Role, User, validate_account, validate_password
from ..errors import AuthenticationFailed, NotFound, ValidationError
from ..security.passwords import hash_password, verify_password
from ..storage import users_repo
from .session import Session, audit, writing


def create_user_unchecked(store, username: str, full_name: str, role: Role, password: str,
                          created_by: str) -> User:
    """Create a user without a permission check: only for first-run setup."""
    name, full = validate_account(username, full_name, password)
    if users_repo.by_username(store.db, name):
        raise ValidationError(f"Tên đăng nhập “{name}” đã có người dùng.", "username")
    user_id = users_repo.insert(store.db, name, full, role, hash_password(password),
                                datetime.now(timezone.utc).isoformat(timespec="seconds"))
    audit(store, created_by, "user.add", "user", user_id, {"username": name, "role": role.value})
    return User(user_id, name, full, role)


def add_user(session: Session, username: str, full_name: str, role: Role, password: str) -> User:
    session.require(Permission.MANAGE_USERS)
    with writing(session.store):
        return create_user_unchecked(session.store, username, full_name, role, password, session.user.username)


def list_users(session: Session) -> list[User]:
    session.require(Permission.MANAGE_USERS)
    return users_repo.all_users(session.db)


@dataclass(frozen=True)
class Account:
    """A user as the administrator sees it: with the lock that wrong passwords put on it."""
    user: User
    locked_until: datetime | None  # aware; None when not locked now

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


def accounts(session: Session, now: datetime | None = None) -> list[Account]:
    """Every user, and until when each is locked (only locks still running at ``now``)."""
    session.require(Permission.MANAGE_USERS)
    now = now or datetime.now(timezone.utc)
    expiries = users_repo.lock_expiries(session.db)
    found = []
    for user in users_repo.all_users(session.db):
        until = datetime.fromisoformat(expiries[user.id]) if user.id in expiries else None
        found.append(Account(user, until if until is not None and until > now else None))
    return found


def unlock_user(session: Session, username: str) -> None:
    """An administrator lifts the lock that repeated wrong passwords put on an account."""
    session.require(Permission.MANAGE_USERS)
    target = users_repo.by_username(session.db, username)
    if target is None:
        raise NotFound(f"Không có người dùng “{username}”.")
    with writing(session.store):
        users_repo.clear_lock(session.db, target.id)
        audit(session.store, session.user.username, "user.unlock", "user", target.id)


def change_own_password(session: Session, current: str, new_password: str) -> None:
    """The logged-in user changes their password, proving the current one first."""
    stored = users_repo.password_hash(session.db, session.user.id)
    if stored is None or not verify_password(current, stored):
        raise AuthenticationFailed("Mật khẩu hiện tại không đúng.")
    if new_password == current:
        raise ValidationError("Mật khẩu mới phải khác mật khẩu hiện tại.", "password")
    reset_password(session, session.user.username, new_password)


def reset_password(session: Session, username: str, new_password: str) -> None:
    """An administrator sets a new password; users may change their own."""
    target = users_repo.by_username(session.db, username)
    if target is None:
        raise NotFound(f"Không có người dùng “{username}”.")
    if target.id != session.user.id:
        session.require(Permission.MANAGE_USERS)
    validate_password(new_password)
    with writing(session.store):
        users_repo.set_password(session.db, target.id, hash_password(new_password))
        audit(session.store, session.user.username, "user.password", "user", target.id)


def set_active(session: Session, username: str, active: bool) -> None:
    session.require(Permission.MANAGE_USERS)
    target = users_repo.by_username(session.db, username)
    if target is None:
        raise NotFound(f"Không có người dùng “{username}”.")
    if target.id == session.user.id and not active:
        raise ValidationError("Không thể tự vô hiệu hóa tài khoản đang đăng nhập.")
    with writing(session.store):
        users_repo.set_active(session.db, target.id, active)
        audit(session.store, session.user.username, "user.activate" if active else "user.deactivate", "user",
              target.id)


def change_role(session: Session, username: str, role: Role) -> None:
    """An administrator changes a user's role; logged with the old and new role (the audit
    chain that reaches the province covers who may sign and approve)."""
    session.require(Permission.MANAGE_USERS)
    target = users_repo.by_username(session.db, username)
    if target is None:
        raise NotFound(f"Không có người dùng “{username}”.")
    if target.id == session.user.id:
        raise ValidationError("Không thể tự đổi vai trò của tài khoản đang đăng nhập.")
    if target.role is role:
        return
    with writing(session.store):
        users_repo.set_role(session.db, target.id, role)
        audit(session.store, session.user.username, "user.role", "user", target.id,
              {"from": target.role.value, "to": role.value})


def assignable_users(session: Session) -> list[User]:
    """Who a case can be assigned to: active officers and leaders (names only)."""
    session.require(Permission.RECORD)
    return [u for u in users_repo.all_users(session.db) if u.active and u.role is not Role.ADMIN]
