"""Logging in, with a lock after repeated wrong passwords."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..errors import AccountLocked, AuthenticationFailed
from ..security.passwords import verify_password
from ..storage import settings_repo, users_repo
from ..storage.database import Store
from .session import Session, audit, writing

DEFAULT_MAX_ATTEMPTS = 5
DEFAULT_LOCK_MINUTES = 15
DEFAULT_IDLE_LOCK_MINUTES = 15  # the screen locks after this long without a key press or click
# Verified against when the user does not exist, so timing does not reveal user names.
_DUMMY_HASH = "scrypt$32768$8$1$" + "A" * 22 + "==$" + "A" * 43 + "="


def _policy(store: Store) -> tuple[int, int]:
    attempts = int(settings_repo.get(store.db, "security.max_attempts", str(DEFAULT_MAX_ATTEMPTS)))
    minutes = int(settings_repo.get(store.db, "security.lock_minutes", str(DEFAULT_LOCK_MINUTES)))
    return attempts, minutes


def login(store: Store, username: str, password: str, now: datetime | None = None) -> Session:
    now = now or datetime.now(timezone.utc)
    name = (username or "").strip().lower()
    found = users_repo.credentials(store.db, name)
    if found is None:
        verify_password(password, _DUMMY_HASH)  # same cost whether or not the user exists
        raise AuthenticationFailed("Tên đăng nhập hoặc mật khẩu không đúng.")
    user, stored_hash, attempts, locked_until = found
    if locked_until and datetime.fromisoformat(locked_until) > now:
        minutes = max(1, int((datetime.fromisoformat(locked_until) - now).total_seconds() // 60) + 1)
        raise AccountLocked(
            f"Tài khoản “{name}” đang bị khóa tạm thời do nhập sai mật khẩu nhiều lần; thử lại sau {minutes} phút."
        )
    if not user.active:
        raise AuthenticationFailed(f"Tài khoản “{name}” đã bị vô hiệu hóa; hãy liên hệ quản trị viên.")
    if not verify_password(password, stored_hash):
        max_attempts, lock_minutes = _policy(store)
        attempts += 1
        lock = None
        if attempts >= max_attempts:
            lock = (now + timedelta(minutes=lock_minutes)).isoformat()
            attempts = 0
        with writing(store):
            users_repo.record_failure(store.db, user.id, attempts, lock)
            audit(store, name, "login.failed", "user", user.id, {"locked": lock is not None})
        if lock:
            raise AccountLocked(
                f"Nhập sai mật khẩu {max_attempts} lần: tài khoản “{name}” bị khóa {lock_minutes} phút."
            )
        left = max_attempts - attempts
        raise AuthenticationFailed(f"Tên đăng nhập hoặc mật khẩu không đúng (còn {left} lần thử).")
    with writing(store):
        users_repo.record_success(store.db, user.id, now.isoformat())
        audit(store, name, "login", "user", user.id)
    return Session(store, user)


def logout(session: Session) -> None:
    """The user leaves (menu Tệp → Đăng xuất); logged so the audit shows who worked when."""
    with writing(session.store):
        audit(session.store, session.user.username, "logout", "user", session.user.id)


def idle_lock_minutes(store: Store) -> int:
    """Minutes without input after which the window locks (Cài đặt; default 15)."""
    return int(settings_repo.get(store.db, "session.idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)))
