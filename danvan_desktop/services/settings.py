"""Settings a leader or administrator may change, each with its meaning and its bounds."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.users import Permission
from ..errors import ValidationError
from ..storage import settings_repo
from . import auth
from .session import Session, audit, writing


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: int
    low: int
    high: int


SETTINGS = {
    s.key: s for s in (
        Setting("security.max_attempts", "Số lần nhập sai mật khẩu trước khi khóa tài khoản",
                auth.DEFAULT_MAX_ATTEMPTS, 3, 20),
        Setting("security.lock_minutes", "Số phút khóa tài khoản sau khi nhập sai nhiều lần",
                auth.DEFAULT_LOCK_MINUTES, 1, 1440),
        Setting("session.idle_lock_minutes", "Số phút không thao tác trước khi khóa màn hình",
                auth.DEFAULT_IDLE_LOCK_MINUTES, 1, 240),
    )
}


def current_settings(session: Session) -> list[tuple[Setting, int]]:
    return [(s, int(settings_repo.get(session.db, s.key, str(s.default)))) for s in SETTINGS.values()]


def change_setting(session: Session, key: str, value: str) -> int:
    session.require(Permission.EDIT_SETTINGS)
    setting = SETTINGS.get(key)
    if setting is None:
        raise ValidationError(f"Không có cài đặt “{key}”; các cài đặt: {', '.join(SETTINGS)}.")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(f"{setting.label} phải là số nguyên.") from None
    if not setting.low <= number <= setting.high:
        raise ValidationError(f"{setting.label} phải từ {setting.low} đến {setting.high}.")
    with writing(session.store):
        settings_repo.put(session.db, key, str(number))
        audit(session.store, session.user.username, "setting.change", "setting", key, {"value": number})
    return number
