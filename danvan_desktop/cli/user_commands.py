"""``danvan user``: accounts (administrators only, except changing one's own password)."""

from __future__ import annotations

from ..domain.users import parse_role
from ..services import users as user_service
from .context import ask_secret

NEW_PASSWORD_ENV = "DANVAN_NEW_PASSWORD"


def register(commands) -> None:
    p = commands.add_parser("user", help="quản lý người dùng", description="Thêm, liệt kê, đổi mật khẩu, khóa người dùng.")
    sub = p.add_subparsers(dest="user_command", metavar="LỆNH_CON")
    sub.required = True

    s = sub.add_parser("add", help="thêm người dùng",
                       description="Thêm người dùng mới; mật khẩu của người mới lấy từ DANVAN_NEW_PASSWORD hoặc được hỏi.")
    s.add_argument("username", metavar="USERNAME")
    s.add_argument("--name", required=True, metavar="HỌ_TÊN", help="họ và tên")
    s.add_argument("--role", default="officer", help="officer (cán bộ), leader (lãnh đạo) hoặc admin (quản trị)")
    s.set_defaults(handler=cmd_add)

    s = sub.add_parser("list", help="liệt kê người dùng", description="Liệt kê mọi tài khoản và vai trò.")
    s.set_defaults(handler=cmd_list)

    s = sub.add_parser("passwd", help="đặt mật khẩu mới",
                       description="Đặt mật khẩu mới (lấy từ DANVAN_NEW_PASSWORD hoặc được hỏi) cho một người dùng.")
    s.add_argument("username", metavar="USERNAME")
    s.set_defaults(handler=cmd_passwd)

    for name, active, text in (("disable", False, "vô hiệu hóa"), ("enable", True, "kích hoạt lại")):
        s = sub.add_parser(name, help=f"{text} một tài khoản", description=f"{text.capitalize()} một tài khoản.")
        s.add_argument("username", metavar="USERNAME")
        s.set_defaults(handler=cmd_set_active, active=active)

    s = sub.add_parser("role", help="đổi vai trò của một tài khoản",
                       description="Đổi vai trò (officer, leader, admin) của một tài khoản; được ghi nhật ký.")
    s.add_argument("username", metavar="USERNAME")
    s.add_argument("role", metavar="ROLE", help="officer, leader hoặc admin")
    s.set_defaults(handler=cmd_role)


def cmd_add(ctx, args) -> int:
    role = parse_role(args.role)

    def work(session):
        password = ask_secret(f"Mật khẩu cho {args.username}: ", NEW_PASSWORD_ENV, confirm=True)
        return user_service.add_user(session, args.username, args.name, role, password)

    user = ctx.with_session(work)
    print(f"Đã thêm người dùng {user.username} ({user.full_name}, {user.role.label}).")
    return 0


def cmd_list(ctx, args) -> int:
    for user in ctx.with_session(user_service.list_users):
        state = "" if user.active else "  (đã vô hiệu hóa)"
        print(f"{user.username}\t{user.full_name}\t{user.role.label}{state}")
    return 0


def cmd_passwd(ctx, args) -> int:
    def work(session):
        password = ask_secret(f"Mật khẩu mới cho {args.username}: ", NEW_PASSWORD_ENV, confirm=True)
        user_service.reset_password(session, args.username, password)

    ctx.with_session(work)
    print(f"Đã đổi mật khẩu của {args.username}.")
    return 0


def cmd_set_active(ctx, args) -> int:
    ctx.with_session(lambda session: user_service.set_active(session, args.username, args.active))
    print(f"Đã {'kích hoạt' if args.active else 'vô hiệu hóa'} tài khoản {args.username}.")
    return 0


def cmd_role(ctx, args) -> int:
    role = parse_role(args.role)
    ctx.with_session(lambda session: user_service.change_role(session, args.username, role))
    print(f"Đã đổi vai trò của {args.username} thành {role.label}.")
    return 0
