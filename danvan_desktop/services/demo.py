"""Realistic Vietnamese sample data for trying the app and for training.

Each register adds its own sample records here as it is built; today that is the
commune's staff. Running it twice adds nothing twice.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from ..domain.users import Permission, Role
from ..storage import users_repo
from ..tasks import Task
from .session import Session, audit, writing
from .users import create_user_unchecked

DEMO_STAFF = (
    ("chutich", "Ma Văn Thắng", Role.LEADER),  # Chủ tịch UBND xã
    ("phochutich", "Hoàng Thị Lan", Role.LEADER),  # Phó Chủ tịch UBND xã
    ("vanphong", "Nguyễn Thị Hồng Nhung", Role.OFFICER),  # Văn phòng - Thống kê
    ("tiepdan", "Lý Văn Đức", Role.OFFICER),  # cán bộ tiếp công dân
    ("tuphap", "Đặng Thị Thu Hà", Role.OFFICER),  # Tư pháp - Hộ tịch
)


@dataclass
class DemoResult:
    users_added: list[str] = field(default_factory=list)
    password: str = ""


def load_demo(session: Session, password: str | None = None, task: Task | None = None) -> DemoResult:
    """Add the sample staff (and, as registers arrive, their records); admin only."""
    session.require(Permission.LOAD_DEMO)
    task = task or Task()
    result = DemoResult(password=password or secrets.token_urlsafe(9))
    with writing(session.store):
        for done, (username, full_name, role) in enumerate(DEMO_STAFF):
            task.step(done, len(DEMO_STAFF), "Đang tạo người dùng mẫu…")
            if users_repo.by_username(session.db, username) is None:
                create_user_unchecked(session.store, username, full_name, role, result.password,
                                      session.user.username)
                result.users_added.append(username)
        audit(session.store, session.user.username, "demo.load", "database", "",
              {"users": result.users_added})
    task.step(len(DEMO_STAFF), len(DEMO_STAFF), "Xong.")
    return result
