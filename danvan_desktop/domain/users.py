"""Users, roles and what each role may do.

The permission table is the single place that says who may do what; services call
``require()`` before acting, so hiding a button in the GUI is a convenience, not the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ..errors import PermissionDenied, Problems, ValidationError
from ..text import clean


class Role(str, Enum):
    OFFICER = "officer"
    LEADER = "leader"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.OFFICER: "Cán bộ, công chức",
    Role.LEADER: "Lãnh đạo",
    Role.ADMIN: "Quản trị hệ thống",
}


class Permission(str, Enum):
    MANAGE_USERS = "manage_users"
    MANAGE_UNITS = "manage_units"
    EDIT_SETTINGS = "edit_settings"
    BACKUP = "backup"
    RESTORE = "restore"
    RECORD = "record"  # enter activities, receptions, petitions
    APPROVE_REPORT = "approve_report"
    VIEW_AUDIT = "view_audit"
    LOAD_DEMO = "load_demo"
    EXPORT_BUNDLE = "export_bundle"  # sign and send the approved report to the parent unit: a leader's act
    MANAGE_SIGNING_KEYS = "manage_signing_keys"  # own signing keys, and the parent's registry of unit keys
    CONSOLIDATE = "consolidate"  # parent unit (province): import bundles, status, consolidated figures


PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.MANAGE_UNITS: frozenset({Role.ADMIN}),
    Permission.EDIT_SETTINGS: frozenset({Role.ADMIN, Role.LEADER}),
    Permission.BACKUP: frozenset({Role.ADMIN, Role.LEADER, Role.OFFICER}),
    Permission.RESTORE: frozenset({Role.ADMIN}),
    Permission.RECORD: frozenset({Role.OFFICER, Role.LEADER, Role.ADMIN}),
    Permission.APPROVE_REPORT: frozenset({Role.LEADER}),
    Permission.VIEW_AUDIT: frozenset({Role.ADMIN, Role.LEADER}),
    Permission.LOAD_DEMO: frozenset({Role.ADMIN}),
    Permission.EXPORT_BUNDLE: frozenset({Role.LEADER}),
    Permission.MANAGE_SIGNING_KEYS: frozenset({Role.ADMIN, Role.LEADER}),
    Permission.CONSOLIDATE: frozenset({Role.ADMIN, Role.LEADER, Role.OFFICER}),
}

PERMISSION_LABELS = {
    Permission.MANAGE_USERS: "quản lý người dùng",
    Permission.MANAGE_UNITS: "cập nhật danh mục đơn vị",
    Permission.EDIT_SETTINGS: "thay đổi cài đặt",
    Permission.BACKUP: "sao lưu dữ liệu",
    Permission.RESTORE: "khôi phục dữ liệu",
    Permission.RECORD: "nhập liệu",
    Permission.APPROVE_REPORT: "phê duyệt báo cáo",
    Permission.VIEW_AUDIT: "xem nhật ký",
    Permission.LOAD_DEMO: "nạp dữ liệu mẫu",
    Permission.EXPORT_BUNDLE: "ký và xuất gói báo cáo (việc của lãnh đạo)",
    Permission.MANAGE_SIGNING_KEYS: "quản lý khóa ký",
    Permission.CONSOLIDATE: "tổng hợp báo cáo của các đơn vị",
}


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool = True

    def can(self, permission: Permission) -> bool:
        return self.active and self.role in PERMISSIONS[permission]


def require(user: User, permission: Permission) -> None:
    if not user.can(permission):
        raise PermissionDenied(
            f"Tài khoản “{user.username}” ({user.role.label}) không có quyền {PERMISSION_LABELS[permission]}."
        )


USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 8


def validate_username(username: str) -> str:
    name = clean(username).lower()
    if not USERNAME_RE.match(name):
        raise ValidationError(
            "Tên đăng nhập gồm 2–32 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
            "username",
        )
    return name


def validate_full_name(full_name: str) -> str:
    name = clean(full_name)
    if not name:
        raise ValidationError("Họ và tên không được để trống.", "full_name")
    if len(name) > 100:
        raise ValidationError("Họ và tên dài quá 100 ký tự.", "full_name")
    return name


def validate_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"Mật khẩu cần ít nhất {MIN_PASSWORD_LENGTH} ký tự.", "password")
    if password.strip() != password:
        raise ValidationError("Mật khẩu không được bắt đầu hoặc kết thúc bằng khoảng trắng.", "password")
    return password


def validate_account(username: str, full_name: str, password: str) -> tuple[str, str]:
    """A new account's (username, full name), cleaned; every refused field at once."""
    problems = Problems()
    full = problems.check(validate_full_name, full_name)
    name = problems.check(validate_username, username)
    problems.check(validate_password, password)
    problems.raise_any()
    return name, full


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise ValidationError(f"Vai trò “{value}” không hợp lệ; chọn một trong: {choices}.", "role") from None
