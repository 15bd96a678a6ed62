from datetime import datetime, timedelta, timezone

import pytest

from danvan_desktop.domain.users import Role
from danvan_desktop.errors import AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError, WrongSecret
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


def test_a_new_account_is_refused_with_every_bad_field_at_once(admin_session):
    with pytest.raises(ValidationError) as refused:
        add_user(admin_session, "Quản Trị", " ", Role.OFFICER, "ngan")
    assert [(p.field, str(p)) for p in refused.value.problems] == [
        ("full_name", "Họ và tên không được để trống."),
        ("username", "Tên đăng nhập gồm 2–32 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới."),
        ("password", "Mật khẩu cần ít nhất 8 ký tự.")]
    assert [u.username for u in list_users(admin_session)] == ["admin"]


def test_repeated_wrong_passwords_lock_the_account(admin_session):
    store = admin_session.store
    now = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)
    for attempt in range(5):  # a minute apart: the guessing delay never comes in the way here
        with pytest.raises(AuthenticationFailed) as refused:
            login(store, "admin", "sai-mat-khau", now=now + timedelta(minutes=attempt))
        # The same words every time: no count left, no lock told to someone without the password.
        assert str(refused.value) == "Tên đăng nhập hoặc mật khẩu không đúng."
        assert not isinstance(refused.value, AccountLocked)
    # The right password is refused while locked, and only then is the lock told...
    with pytest.raises(AccountLocked, match="thử lại sau .* khóa khôi phục"):
        login(store, "admin", ADMIN_PASSWORD, now=now + timedelta(minutes=10))
    # ...and accepted once the lock has expired.
    assert login(store, "admin", ADMIN_PASSWORD, now=now + timedelta(minutes=20)).user.username == "admin"


def test_the_login_does_not_tell_whether_a_user_exists(admin_session):
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    set_active(admin_session, "canbo", False)
    now = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)
    said = []
    for minute, name in enumerate(("khongco", "canbo", "admin")):
        with pytest.raises(AuthenticationFailed) as refused:
            login(admin_session.store, name, "sai-mat-khau", now=now + timedelta(minutes=minute))
        said.append(str(refused.value))
    assert len(set(said)) == 1  # unknown, disabled and active users get the same sentence
    with pytest.raises(AuthenticationFailed, match="vô hiệu hóa"):  # told only with the right password
        login(admin_session.store, "canbo", "matkhau-canbo", now=now + timedelta(minutes=5))


def test_guessing_is_slowed_for_every_name_and_the_recovery_key_unlocks(setup_result):
    from danvan_desktop.security.keys import format_recovery_key, generate_key
    from danvan_desktop.services.auth import MAX_DELAY_SECONDS, delay_after, unlock_with_recovery_key

    store = setup_result.session.store
    now = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)
    at = now
    for attempt in range(12):  # an attacker guessing the administrator's password, as fast as allowed
        with pytest.raises(AuthenticationFailed):
            login(store, "admin" if attempt % 2 else f"ten{attempt}", "doan-mo", now=at)
        at += timedelta(seconds=delay_after(attempt + 1))
    with pytest.raises(AuthenticationFailed, match="hãy chờ"):  # inside the delay: refused unchecked
        login(store, "admin", ADMIN_PASSWORD, now=at - timedelta(seconds=1))
    assert delay_after(100) == MAX_DELAY_SECONDS  # bounded
    with pytest.raises(AccountLocked):  # the administrator is locked by the guessing...
        login(store, "admin", ADMIN_PASSWORD, now=at)
    with pytest.raises(WrongSecret):  # another database's recovery key
        unlock_with_recovery_key(store, "admin", format_recovery_key(generate_key()))
    unlock_with_recovery_key(store, "admin", setup_result.recovery_key)  # ...and the paper key unlocks
    assert login(store, "admin", ADMIN_PASSWORD, now=at).user.username == "admin"


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
    for minute in range(3):
        with pytest.raises(AuthenticationFailed):
            login(admin_session.store, "canbo", "sai-mat-khau", now=now + timedelta(minutes=minute))
    with pytest.raises(AccountLocked):  # locked after 3: told to the one with the password
        login(admin_session.store, "canbo", "matkhau-canbo", now=now + timedelta(minutes=4))
