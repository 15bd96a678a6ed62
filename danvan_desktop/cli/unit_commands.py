"""``danvan unit``: the configured unit and the official unit lists."""

from __future__ import annotations

from pathlib import Path

from ..domain.units import Level
from ..services import units as unit_service
from ..services.session import configured_unit


def register(commands) -> None:
    p = commands.add_parser("unit", help="đơn vị hành chính: xem, tìm, nạp danh mục mới",
                            description="Xem đơn vị của cơ sở dữ liệu, tìm đơn vị trong danh mục, hoặc nạp danh mục mới.")
    sub = p.add_subparsers(dest="unit_command", metavar="LỆNH_CON")
    p.set_defaults(handler=cmd_show)

    s = sub.add_parser("show", help="đơn vị của cơ sở dữ liệu này", description="In đơn vị được chọn khi khởi tạo.")
    s.set_defaults(handler=cmd_show)

    s = sub.add_parser("search", help="tìm đơn vị theo tên hoặc mã (không cần dấu)",
                       description="Tìm trong danh mục đơn vị hành chính đi kèm ứng dụng; không cần cơ sở dữ liệu.")
    s.add_argument("text", metavar="TỪ_KHÓA")
    s.add_argument("--level", choices=["province", "commune"], help="chỉ tìm tỉnh hoặc chỉ tìm xã")
    s.set_defaults(handler=cmd_search)

    s = sub.add_parser("lists", help="các danh mục đã nạp", description="Liệt kê các danh mục đơn vị trong cơ sở dữ liệu.")
    s.set_defaults(handler=cmd_lists)

    s = sub.add_parser("load", help="nạp danh mục đơn vị mới (quản trị viên)",
                       description="Nạp một danh mục đơn vị hành chính từ tệp JSON (định dạng danvan-unit-list) hoặc CSV "
                                   "(cột code,name,type,parent). Danh mục cùng mã được thay thế. Xem docs/unit-list-format.md.")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--id", dest="list_id", help="mã danh mục (bắt buộc với CSV), ví dụ vn-legacy-2024")
    s.add_argument("--name", help="tên danh mục (bắt buộc với CSV)")
    s.add_argument("--from", dest="effective_from", metavar="YYYY-MM-DD", help="ngày bắt đầu hiệu lực (bắt buộc với CSV)")
    s.add_argument("--to", dest="effective_to", metavar="YYYY-MM-DD", help="ngày hết hiệu lực")
    s.set_defaults(handler=cmd_load)


def cmd_show(ctx, args) -> int:
    unit = ctx.with_store(configured_unit)
    if unit is None:
        print("Chưa chọn đơn vị.")
        return 1
    print(f"{unit.name} (mã {unit.code}, {unit.division_type}, thuộc {unit.parent_code or '—'})")
    return 0


def cmd_search(ctx, args) -> int:
    level = Level(args.level) if args.level else None
    unit_list = unit_service.bundled_unit_list()
    found = unit_service.search_units(unit_list, args.text, level)
    names = {u.code: u.name for u in unit_list.units if u.level is Level.PROVINCE}
    for unit in found:
        parent = f" — {names.get(unit.parent_code, '')}" if unit.parent_code else ""
        print(f"{unit.code}\t{unit.name}{parent}")
    if not found:
        print("Không tìm thấy đơn vị nào.")
        return 1
    return 0


def cmd_lists(ctx, args) -> int:
    for row in ctx.with_store(unit_service.unit_lists):
        until = row["effective_to"] or "nay"
        print(f"{row['id']}\t{row['name']}\t{row['effective_from']} → {until}\t{row['unit_count']} đơn vị")
    return 0


def cmd_load(ctx, args) -> int:
    unit_list = unit_service.read_unit_list_file(Path(args.file), list_id=args.list_id, name=args.name,
                                                 effective_from=args.effective_from, effective_to=args.effective_to)
    counts = ctx.with_session(lambda session: unit_service.install_unit_list(session, unit_list))
    summary = ", ".join(f"{n} {Level(level).label.lower()}" for level, n in counts.items())
    print(f"Đã nạp danh mục {unit_list.list_id} ({unit_list.name}): {summary}.")
    return 0
