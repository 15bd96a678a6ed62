"""Commands about the database itself: init, login, doctor, backup, restore."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..errors import CorruptDatabase, SecretRequired
from ..security.keystore import keyring_status
from ..services import backup as backup_service
from ..services.restore import restore_damaged, restore_from_session, restore_on_new_pc
from ..services.doctor import run_doctor
from ..services.settings import change_setting, current_settings
from ..services.setup import initialise
from ..storage import backups
from ..storage.database import PASSPHRASE_ENV, RECOVERY_KEY_ENV, Unlock
from .context import PASSWORD_ENV, CliError, ask_secret

BACKUP_RECOVERY_KEY_ENV = "DANVAN_BACKUP_RECOVERY_KEY"


def register(commands) -> None:
    p = commands.add_parser("init", help="tạo cơ sở dữ liệu mới, đơn vị và tài khoản quản trị",
                            description="Tạo cơ sở dữ liệu mã hóa cho một đơn vị, cùng tài khoản quản trị đầu tiên. "
                                        "Mật khẩu quản trị lấy từ DANVAN_PASSWORD; nếu máy không có kho khóa an toàn, "
                                        "cụm mật khẩu mã hóa lấy từ DANVAN_PASSPHRASE. Khóa khôi phục được in ra một lần.")
    p.add_argument("--unit", required=True, metavar="CODE", help="mã xã/phường (5 chữ số) hoặc tỉnh (2 chữ số), ví dụ 02266")
    p.add_argument("--admin", required=True, metavar="USERNAME", help="tên đăng nhập của quản trị viên")
    p.add_argument("--admin-name", default="Quản trị hệ thống", metavar="HỌ_TÊN", help="họ và tên quản trị viên")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("login", help="kiểm tra tên đăng nhập và mật khẩu",
                            description="Đăng nhập bằng --user/DANVAN_USER và DANVAN_PASSWORD; thoát với mã 0 nếu đúng.")
    p.set_defaults(handler=cmd_login)

    p = commands.add_parser("doctor", help="kiểm tra sức khỏe cơ sở dữ liệu",
                            description="Kiểm tra toàn vẹn, phiên bản lược đồ, sao lưu và chuỗi nhật ký thao tác. "
                                        "Thoát với mã 0 khi mọi thứ tốt, 1 khi có lỗi.")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_doctor)

    p = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu ngay",
                            description="Tạo một bản sao lưu (mã hóa bằng cùng khóa) qua API sao lưu của SQLite.")
    p.add_argument("--to", metavar="DIR", help="thư mục đích (mặc định: thư mục backups cạnh cơ sở dữ liệu)")
    p.add_argument("--list", action="store_true", help="chỉ liệt kê các bản sao lưu hiện có")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("settings", help="xem hoặc đổi cài đặt",
                            description="Không có tham số: in các cài đặt. Với KEY VALUE: đổi một cài đặt "
                                        "(lãnh đạo hoặc quản trị viên).")
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("value", nargs="?", metavar="VALUE")
    p.set_defaults(handler=cmd_settings)

    p = commands.add_parser("restore", help="khôi phục từ một bản sao lưu",
                            description="Thay cơ sở dữ liệu hiện tại bằng một bản sao lưu đã được kiểm tra. Dữ liệu hiện tại "
                                        "được giữ lại thành bản sao lưu pre-restore. Cần khóa của cơ sở dữ liệu hiện tại (kho khóa, "
                                        "DANVAN_PASSPHRASE hoặc DANVAN_RECOVERY_KEY) và một quản trị viên (--user). Bản sao lưu "
                                        "phải mở được bằng khóa đó, hoặc bằng khóa khôi phục của nó trong "
                                        "DANVAN_BACKUP_RECOVERY_KEY, và là của cùng đơn vị. Trên máy mới (chưa có dữ liệu): "
                                        "chỉ cần khóa khôi phục của bản sao lưu trong DANVAN_RECOVERY_KEY. Không khôi phục khi "
                                        "dữ liệu đang mở ở cửa sổ hoặc lệnh khác.")
    p.add_argument("backup", metavar="BACKUP", help="tệp sao lưu (.db)")
    p.set_defaults(handler=cmd_restore)


def cmd_init(ctx, args) -> int:
    password = ask_secret(f"Mật khẩu cho {args.admin}: ", PASSWORD_ENV, confirm=True)
    unlock = Unlock.from_environment()
    status = keyring_status()
    if not status.secure and not unlock.passphrase:
        print(status.reason, file=sys.stderr)
        unlock.passphrase = ask_secret("Cụm mật khẩu mã hóa dữ liệu: ", PASSPHRASE_ENV, confirm=True)
    try:
        result = initialise(ctx.db_path, unlock, args.unit, args.admin, password, args.admin_name)
    except SecretRequired as need:
        raise CliError(f"{need} {need.reason}") from None
    result.session.store.close()
    where = "kho khóa của hệ điều hành" if status.secure else "tệp khóa, bảo vệ bằng cụm mật khẩu"
    print(f"Đã tạo cơ sở dữ liệu {ctx.db_path} cho {result.unit.name} (mã {result.unit.code}).")
    print(f"Quản trị viên: {result.session.user.username}. Khóa mã hóa lưu trong {where}.")
    print()
    print("KHÓA KHÔI PHỤC (chỉ hiện một lần: hãy in hoặc chép ra giấy và cất nơi an toàn):")
    print(f"    {result.recovery_key}")
    print("Cần khóa này để mở dữ liệu trên máy khác hoặc từ bản sao lưu.")
    return 0


def cmd_login(ctx, args) -> int:
    def work(session):
        unit = session.unit
        print(f"Đăng nhập thành công: {session.user.full_name} ({session.user.role.label})"
              + (f", {unit.name}" if unit else "") + ".")

    ctx.with_session(work)
    return 0


def cmd_doctor(ctx, args) -> int:
    report = ctx.with_store(run_doctor)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"Cơ sở dữ liệu: {ctx.db_path}")
        for check in report.checks:
            print(f"  [{check.status:^8}] {check.name}: {check.detail}")
        print("Kết luận: " + ("dữ liệu khỏe mạnh." if report.healthy else "có lỗi, xem các dòng LỖI ở trên."))
    return 0 if report.healthy else 1


def cmd_backup(ctx, args) -> int:
    if args.list:
        found = backups.list_backups(ctx.db_path, Path(args.to) if args.to else None)
        if not found:
            print("Chưa có bản sao lưu nào.")
        for info in found:
            print(f"{info.taken_at:%d/%m/%Y %H:%M:%S}  {info.kind:<14} {info.size // 1024:>8} KB  {info.path}")
        return 0
    path = ctx.with_session(lambda session: backup_service.backup_now(session, Path(args.to) if args.to else None))
    print(f"Đã sao lưu vào {path}")
    return 0


def cmd_settings(ctx, args) -> int:
    if args.key and args.value is None:
        raise CliError("Cần cả KEY và VALUE để đổi một cài đặt.")
    if args.key:
        value = ctx.with_session(lambda session: change_setting(session, args.key, args.value))
        print(f"Đã đặt {args.key} = {value}.")
    else:
        for setting, value in ctx.with_session(current_settings):
            print(f"{setting.key} = {value}\t({setting.label}, từ {setting.low} đến {setting.high})")
    return 0


def cmd_restore(ctx, args) -> int:
    source = Path(args.backup)
    if not source.is_file():
        raise CliError(f"Không tìm thấy tệp sao lưu {source}.")
    unlock = Unlock.from_environment()
    backup_key = os.environ.get(BACKUP_RECOVERY_KEY_ENV) or None
    if not ctx.db_path.exists():
        if not unlock.recovery_key:
            raise CliError(f"Chưa có dữ liệu tại {ctx.db_path}: khôi phục trên máy mới cần khóa khôi phục "
                           f"của bản sao lưu (biến môi trường {RECOVERY_KEY_ENV}).")
        restore_on_new_pc(ctx.db_path, source, unlock.recovery_key, unlock.passphrase).close()
        print(f"Đã khôi phục {ctx.db_path} từ {source}.")
        return 0
    try:
        store = ctx.open()
    except CorruptDatabase as broken:
        # Damaged: restoring is the way out, but only with this database's key (keyring,
        # passphrase or recovery key) and an administrator of the backup.
        print(f"Cơ sở dữ liệu hiện tại không mở được ({broken}); khôi phục cần khóa của nó và một quản trị viên.",
              file=sys.stderr)
        if not ctx.username:
            raise CliError("Khôi phục dữ liệu bị hỏng cần một quản trị viên: dùng --user TÊN.") from None
        password = ask_secret(f"Mật khẩu của {ctx.username}: ", PASSWORD_ENV)
        kept = restore_damaged(ctx.db_path, source, unlock, ctx.username, password, backup_key)
    else:
        try:
            kept = restore_from_session(ctx.session(store), source, backup_key)
        finally:
            store.close()
    print(f"Đã khôi phục {ctx.db_path} từ {source}.")
    if kept:
        print(f"Dữ liệu trước khi khôi phục được giữ tại {kept}.")
    return 0
