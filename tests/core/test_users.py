from datetime import datetime, timedelta, timezone

import pytest

from danvan_desktop.domain.users import Role
from danvan_desktop.errors import AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user, list_users, reset_password, set_active
from danvan_desktop.storage import users_repo
from tests.conftest import ADMIN_PASSWORD


def test_password_is_stored_as_scrypt_hash(admin_session):
    _, stored, _, _ = users_repo.credentials(admin_session.db, "admin")
    assert stored.startswith("scrypt$") and ADMIN_PASSWORD not in stored


def test_roles_are_checked_in_services(admin_session):
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    with pytest.raises(PermissionDenied, match="quản lý người dùng"):
        add_user(officer, "khac", "Người Khác", Role.ADMIN, "matkhau-khac")
    with pytest.raises(PermissionDenied):
        list_users(officer)
    reset_password(officer, "canbo", "matkhau-moi-123")  # one's own password is allowed
    login(admin_session.store, "canbo", "matkhau-moi-123")


def test_duplicate_and_invalid_users_rejected(admin_session):
    with pytest.raises(ValidationError, match="đã có"):
        add_user(admin_session, "ADMIN", "Trùng Tên", Role.OFFICER, "matkhau-trung")
    with pytest.raises(ValidationError, match="Mật khẩu"):
        add_user(admin_session, "moi", "Người Mới", Role.OFFICER, "ngan")
    with pytest.raises(ValidationError, match="Họ và tên"):
        add_user(admin_session, "moi", "   ", Role.OFFICER, "matkhau-dai-du")
    assert [u.username for u in list_users(admin_session)] == ["admin"]


def test_repeated_wrong_passwords_lock_the_account(admin_session):
    store = admin_session.store
    now = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)
    for attempt in range(4):
        with pytest.raises(AuthenticationFailed, match=f"còn {4 - attempt} lần"):
            login(store, "admin", "sai-mat-khau", now=now)
    with pytest.raises(AccountLocked, match="bị khóa 15 phút"):
        login(store, "admin", "sai-mat-khau", now=now)
    # Even the right password is refused while locked...
    with pytest.raises(AccountLocked, match="thử lại sau"):
        login(store, "admin", ADMIN_PASSWORD, now=now + timedelta(minutes=5))
    # ...and accepted once the lock has expired.
    assert login(store, "admin", ADMIN_PASSWORD, now=now + timedelta(minutes=16)).user.username == "admin"


def test_unknown_user_and_disabled_user(admin_session):
    with pytest.raises(AuthenticationFailed, match="không đúng"):
        login(admin_session.store, "khongco", "bat-ky-mat-khau")
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    set_active(admin_session, "canbo", False)
    with pytest.raises(AuthenticationFailed, match="vô hiệu hóa"):
        login(admin_session.store, "canbo", "matkhau-canbo")


def test_settings_are_bounded_logged_and_change_the_lockout(admin_session):
    from danvan_desktop.services.settings import change_setting, current_settings

    assert dict((s.key, v) for s, v in current_settings(admin_session))["security.max_attempts"] == 5
    with pytest.raises(ValidationError, match="từ 3 đến 20"):
        change_setting(admin_session, "security.max_attempts", "1")
    with pytest.raises(ValidationError, match="số nguyên"):
        change_setting(admin_session, "security.max_attempts", "năm")
    with pytest.raises(ValidationError, match="Không có cài đặt"):
        change_setting(admin_session, "giao_dien.mau", "3")
    change_setting(admin_session, "security.max_attempts", "3")
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    with pytest.raises(PermissionDenied):
        change_setting(officer, "security.max_attempts", "10")
    now = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            login(admin_session.store, "canbo", "sai-mat-khau", now=now)
    with pytest.raises(AccountLocked):
        login(admin_session.store, "canbo", "sai-mat-khau", now=now)
