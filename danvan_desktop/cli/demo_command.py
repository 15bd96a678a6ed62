"""``danvan demo``: sample data."""

from __future__ import annotations

import os
import sys
from datetime import date

from ..services.demo import DEMO_STAFF, load_demo
from ..services.demo_petitions import load_demo_petitions
from ..services.demo_work import load_demo_work
from ..tasks import Task
from .context import CliError
from .user_commands import NEW_PASSWORD_ENV


def register(commands) -> None:
    p = commands.add_parser("demo", help="nạp dữ liệu mẫu (quản trị viên)",
                            description="Nạp dữ liệu mẫu tiếng Việt để dùng thử và tập huấn: cán bộ, lãnh đạo của xã. "
                                        "Mật khẩu của các tài khoản mẫu lấy từ DANVAN_NEW_PASSWORD, nếu không có thì "
                                        "được sinh ngẫu nhiên và in ra. Chạy lại không tạo trùng.")
    p.add_argument("--work", action="store_true",
                   help="thêm một năm hoạt động dân vận, mô hình “Dân vận khéo” và nội dung dân chủ ở cơ sở")
    p.add_argument("--petitions", type=int, default=0, metavar="N",
                   help="thêm N đơn thư mẫu và một năm sổ tiếp công dân (ví dụ 1000, hoặc 1000000 để thử tải)")
    p.add_argument("--seed", type=int, default=2026, help="hạt giống ngẫu nhiên, để tạo lại đúng bộ dữ liệu")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx, args) -> int:
    if args.petitions < 0:
        raise CliError("Số đơn mẫu không được âm.")
    def work(session):
        result = load_demo(session, os.environ.get(NEW_PASSWORD_ENV) or None)
        if args.petitions:
            task = Task(_progress) if sys.stderr.isatty() else None
            made = load_demo_petitions(session, args.petitions, seed=args.seed, task=task)
            print(f"Đã thêm {made} đơn thư mẫu và sổ tiếp công dân một năm.")
        if args.work:
            print(f"Đã thêm {load_demo_work(session, date.today(), args.seed)} hoạt động, mô hình và nội dung "
                  "dân chủ ở cơ sở mẫu.")
        return result

    result = ctx.with_session(work)
    if result.users_added:
        names = {u: n for u, n, _ in DEMO_STAFF}
        print("Đã thêm người dùng mẫu: " + ", ".join(f"{u} ({names[u]})" for u in result.users_added) + ".")
        if not os.environ.get(NEW_PASSWORD_ENV):
            print(f"Mật khẩu của các tài khoản mẫu: {result.password}")
    else:
        print("Dữ liệu mẫu đã có sẵn; không thêm gì.")
    return 0


def _progress(done: int, total: int, text: str) -> None:
    print(f"\r{text} ({100 * done // max(total, 1)}%)", end="" if done < total else "\n", file=sys.stderr)
