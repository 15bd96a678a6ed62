"""``danvan demo``: sample data."""

from __future__ import annotations

import os

from ..services.demo import DEMO_STAFF, load_demo
from .user_commands import NEW_PASSWORD_ENV


def register(commands) -> None:
    p = commands.add_parser("demo", help="nạp dữ liệu mẫu (quản trị viên)",
                            description="Nạp dữ liệu mẫu tiếng Việt để dùng thử và tập huấn: cán bộ, lãnh đạo của xã. "
                                        "Mật khẩu của các tài khoản mẫu lấy từ DANVAN_NEW_PASSWORD, nếu không có thì "
                                        "được sinh ngẫu nhiên và in ra. Chạy lại không tạo trùng.")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx, args) -> int:
    store = ctx.open()
    try:
        result = load_demo(ctx.session(store), os.environ.get(NEW_PASSWORD_ENV) or None)
    finally:
        store.close()
    if result.users_added:
        names = {u: n for u, n, _ in DEMO_STAFF}
        print("Đã thêm người dùng mẫu: " + ", ".join(f"{u} ({names[u]})" for u in result.users_added) + ".")
        if not os.environ.get(NEW_PASSWORD_ENV):
            print(f"Mật khẩu của các tài khoản mẫu: {result.password}")
    else:
        print("Dữ liệu mẫu đã có sẵn; không thêm gì.")
    return 0
