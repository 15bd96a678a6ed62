"""Logging in: a refusal that never tells whether a user name exists, a lock after
repeated wrong passwords, a delay against guessing, and the recovery key to unlock.

- A wrong password gets the same sentence whether or not the user exists, is disabled
  or is locked; "bị khóa" and "vô hiệu hóa" are said only to someone who typed the right
  password. An unknown name costs the same password check as a known one.
- Each user is locked for ``security.lock_minutes`` after ``security.max_attempts``
  wrong passwords in a row (bounded: the lock ends by itself).
- After ``FREE_FAILURES`` wrong logins in a row on the database (any user names), the next
  try waits a delay that doubles up to ``MAX_DELAY_SECONDS``; a try inside it is refused
  unchecked, so guessing gets slower for everyone without revealing anything.
- The database's recovery key, which only the office holds on paper, unlocks a user at
  any time (``unlock_with_recovery_key``), so guessing can never lock the administrator out.
"""

from __future__ import annotations

import hmac
from datetime import datetime, timedelta, timezone

from ..errors import AccountLocked, AuthenticationFailed, NotFound, WrongSecret
from ..security.keys import parse_recovery_key
from ..security.passwords import verify_password
from ..storage import settings_repo, users_repo
from ..storage.database import Store
from ..storage.restore import store_key
from .session import Session, audit, writing

DEFAULT_MAX_ATTEMPTS = 5
DEFAULT_LOCK_MINUTES = 15
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 30
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."
_FAILURES_KEY = "auth.failures_in_row"
_LAST_FAILURE_KEY = "auth.last_failure_at"
DEFAULT_IDLE_LOCK_MINUTES = 15  # the screen locks after this long without a key press or click
# Verified against when the user does not exist, so timing does not reveal user names.
_DUMMY_HASH = "scrypt$32768$8$1$" + "A" * 22 + "==$" + "A" * 43 + "="


def _policy(store: Store) -> tuple[int, int]:
    attempts = int(settings_repo.get(store.db, "security.max_attempts", str(DEFAULT_MAX_ATTEMPTS)))
    minutes = int(settings_repo.get(store.db, "security.lock_minutes", str(DEFAULT_LOCK_MINUTES)))
    return attempts, minutes


def delay_after(failures_in_row: int) -> int:
    """Seconds to wait before the next try after that many wrong logins in a row."""
    if failures_in_row < FREE_FAILURES:
        return 0
    return min(2 ** (failures_in_row - FREE_FAILURES), MAX_DELAY_SECONDS)


def _wait_left(store: Store, now: datetime) -> int:
    failures = int(settings_repo.get(store.db, _FAILURES_KEY, "0"))
    last = settings_repo.get(store.db, _LAST_FAILURE_KEY)
    if not failures or not last:
        return 0
    ready = datetime.fromisoformat(last) + timedelta(seconds=delay_after(failures))
    return max(0, int((ready - now).total_seconds() + 0.999))


def login(store: Store, username: str, password: str, now: datetime | None = None) -> Session:
    now = now or datetime.now(timezone.utc)
    name = (username or "").strip().lower()
    wait = _wait_left(store, now)
    if wait:
        raise AuthenticationFailed(f"Đã nhập sai nhiều lần liên tiếp: hãy chờ {wait} giây rồi thử lại.")
    found = users_repo.credentials(store.db, name)
    correct = verify_password(password, found[1] if found else _DUMMY_HASH)  # same cost either way
    if found is None or not correct:
        _record_failure(store, name, found, now)
        raise AuthenticationFailed(WRONG)
    user, _, _, locked_until = found
    if locked_until and datetime.fromisoformat(locked_until) > now:
        minutes = max(1, int((datetime.fromisoformat(locked_until) - now).total_seconds() // 60) + 1)
        raise AccountLocked(
            f"Tài khoản “{name}” đang bị khóa tạm thời do nhập sai mật khẩu nhiều lần; thử lại sau {minutes} phút, "
            "hoặc mở khóa bằng khóa khôi phục của dữ liệu."
        )
    if not user.active:
        raise AuthenticationFailed(f"Tài khoản “{name}” đã bị vô hiệu hóa; hãy liên hệ quản trị viên.")
    with writing(store):
        users_repo.record_success(store.db, user.id, now.isoformat())
        settings_repo.put(store.db, _FAILURES_KEY, "0")
        audit(store, name, "login", "user", user.id)
    return Session(store, user)


def _record_failure(store: Store, name: str, found, now: datetime) -> None:
    failures = int(settings_repo.get(store.db, _FAILURES_KEY, "0")) + 1
    with writing(store):
        settings_repo.put(store.db, _FAILURES_KEY, str(failures))
        settings_repo.put(store.db, _LAST_FAILURE_KEY, now.isoformat())
        if found is None:
            audit(store, "", "login.failed", "user", "", {"known": False})
            return
        user, _, attempts, locked_until = found
        if locked_until and datetime.fromisoformat(locked_until) > now:
            return  # already locked: guessing on does not extend the lock
        max_attempts, lock_minutes = _policy(store)
        attempts += 1
        lock = None
        if attempts >= max_attempts:
            lock = (now + timedelta(minutes=lock_minutes)).isoformat()
            attempts = 0
        users_repo.record_failure(store.db, user.id, attempts, lock)
        audit(store, name, "login.failed", "user", user.id, {"locked": lock is not None})


def unlock_with_recovery_key(store: Store, username: str, recovery_key: str) -> None:
    """Lift a user's lock (and the guessing delay) with the database's recovery key."""
    key = parse_recovery_key(recovery_key)
    if not hmac.compare_digest(key, store_key(store)):
        raise WrongSecret("Khóa khôi phục không đúng với dữ liệu này.")
    name = (username or "").strip().lower()
    found = users_repo.credentials(store.db, name)
    if found is None:
        raise NotFound(f"Không có tài khoản “{name}”.")  # the recovery key holder may know
    with writing(store):
        users_repo.record_failure(store.db, found[0].id, 0, None)
        settings_repo.put(store.db, _FAILURES_KEY, "0")
        audit(store, name, "login.unlocked", "user", found[0].id, {"by": "recovery_key"})


def logout(session: Session) -> None:
    """The user leaves (menu Tệp → Đăng xuất); logged so the audit shows who worked when."""
    with writing(session.store):
        audit(session.store, session.user.username, "logout", "user", session.user.id)


def idle_lock_minutes(store: Store) -> int:
    """Minutes without input after which the window locks (Cài đặt; default 15)."""
    return int(settings_repo.get(store.db, "session.idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES)))
