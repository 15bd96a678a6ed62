"""``danvan activity``, ``danvan model``, ``danvan democracy``: the records of dân vận work."""

from __future__ import annotations

from datetime import date

from ..domain.activities import MODEL_FIELDS, MODEL_STATUSES
from ..domain.democracy import RECORD_KINDS
from ..domain.records_json import activity_from_dict, democracy_from_dict, model_from_dict, parse_date
from ..services import activities as activity_service
from ..services import democracy as democracy_service
from . import import_commands
from .json_io import print_json, read_json
from .record_edit import add_edit_command, run_edit


def register(commands) -> None:
    register_activities(commands)
    register_democracy(commands)


def register_activities(commands) -> None:
    p = commands.add_parser("activity", help="hoạt động dân vận: thêm, sửa, liệt kê",
                            description="Sổ hoạt động dân vận (tuyên truyền, đối thoại, hòa giải, tập huấn, ...). "
                                        "Dữ liệu JSON, xem docs/cli-json.md.")
    sub = p.add_subparsers(dest="activity_command", metavar="LỆNH_CON")
    sub.required = True
    s = sub.add_parser("add", help="thêm một hoặc nhiều hoạt động từ JSON",
                       description="Thêm hoạt động từ tệp JSON (một đối tượng hoặc danh sách; “-” là đầu vào chuẩn); "
                                   "cả lô được ghi hoặc không hoạt động nào được ghi.")
    s.add_argument("--json", required=True, metavar="FILE|-", dest="source")
    s.set_defaults(handler=cmd_activity_add)
    s = sub.add_parser("list", help="liệt kê hoạt động trong một khoảng thời gian",
                       description="Liệt kê hoạt động theo khoảng ngày, loại, thôn, lĩnh vực.")
    s.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="từ ngày (mặc định 1/1 năm nay)")
    s.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="đến ngày (mặc định hôm nay)")
    s.add_argument("--kind", help="mã loại hoạt động")
    s.add_argument("--place", help="thôn, tổ dân phố")
    s.add_argument("--field", help="mã lĩnh vực")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=cmd_activity_list)
    import_commands.add_parser(sub, "activities")
    add_edit_command(sub, "hoạt động", cmd_activity_edit)

    p = commands.add_parser("model", help="mô hình “Dân vận khéo”: thêm, sửa, liệt kê",
                            description="Mô hình “Dân vận khéo” của đơn vị; cho biết đơn vị đã đạt yêu cầu 1–2 mô hình.")
    sub = p.add_subparsers(dest="model_command", metavar="LỆNH_CON")
    sub.required = True
    s = sub.add_parser("add", help="thêm mô hình từ JSON",
                       description="Thêm một hoặc nhiều mô hình từ tệp JSON; lĩnh vực: " + ", ".join(MODEL_FIELDS) +
                                   "; tình trạng: " + ", ".join(MODEL_STATUSES) + ".")
    s.add_argument("--json", required=True, metavar="FILE|-", dest="source")
    s.set_defaults(handler=cmd_model_add)
    s = sub.add_parser("list", help="liệt kê mô hình", description="Liệt kê mô hình đã đăng ký đến năm đã chọn.")
    s.add_argument("--year", type=int, help="đến năm (mặc định: tất cả)")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=cmd_model_list)
    add_edit_command(sub, "mô hình", cmd_model_edit, " Ví dụ chuyển tình trạng: {\"status\": \"hieu_qua\"}.")


def register_democracy(commands) -> None:
    p = commands.add_parser("democracy", help="dân chủ ở cơ sở: thêm, sửa, liệt kê",
                            description="Công khai, Nhân dân bàn và quyết định, lấy ý kiến, giám sát (Luật Thực hiện "
                                        "dân chủ ở cơ sở 2022). Dữ liệu JSON, xem docs/cli-json.md.")
    sub = p.add_subparsers(dest="democracy_command", metavar="LỆNH_CON")
    sub.required = True
    s = sub.add_parser("add", help="thêm nội dung từ JSON",
                       description="Thêm một hoặc nhiều nội dung dân chủ ở cơ sở từ tệp JSON; cả lô hoặc không gì.")
    s.add_argument("--json", required=True, metavar="FILE|-", dest="source")
    s.set_defaults(handler=cmd_democracy_add)
    s = sub.add_parser("list", help="liệt kê nội dung", description="Liệt kê theo khoảng ngày và loại.")
    s.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="từ ngày (mặc định 1/1 năm nay)")
    s.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="đến ngày (mặc định hôm nay)")
    s.add_argument("--kind", choices=sorted(RECORD_KINDS), help="loại nội dung")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=cmd_democracy_list)
    add_edit_command(sub, "nội dung dân chủ ở cơ sở", cmd_democracy_edit)


def _period(args) -> tuple[date, date]:
    today = date.today()
    start = parse_date(args.start, "from") if args.start else date(today.year, 1, 1)
    return start, parse_date(args.end, "to") if args.end else today


def _add_all(ctx, items, add) -> int:
    def work(session):
        with session.store.transaction():
            return [add(session, item) for item in items]

    print_json({"ids": ctx.with_session(work)})
    return 0


def cmd_democracy_add(ctx, args) -> int:
    return _add_all(ctx, [democracy_from_dict(item) for item in _items(args.source)], democracy_service.add_record)


def cmd_democracy_list(ctx, args) -> int:
    start, end = _period(args)
    rows = ctx.with_session(lambda s: democracy_service.list_records(s, start, end, args.kind))
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{date.fromisoformat(row['on_date']):%d/%m/%Y}  {RECORD_KINDS[row['kind']]:<28} {row['matter'][:70]}")
    if not rows:
        print("Chưa có nội dung nào.")
    return 0


def _items(source: str) -> list:
    data = read_json(source)
    return data if isinstance(data, list) else [data]


def cmd_activity_add(ctx, args) -> int:
    return _add_all(ctx, [activity_from_dict(item) for item in _items(args.source)], activity_service.add_activity)


def cmd_activity_list(ctx, args) -> int:
    start, end = _period(args)
    rows = ctx.with_session(lambda s: activity_service.list_activities(s, start, end, args.kind, args.place, args.field))
    if args.json:
        print_json(rows)
        return 0
    kinds = activity_service.activity_kinds()
    for row in rows:
        print(f"{date.fromisoformat(row['held_on']):%d/%m/%Y}  {kinds.get(row['kind'], row['kind'])}  "
              f"{row['place']}  {row['participants']} người  {row['content'][:60]}")
    if not rows:
        print("Không có hoạt động nào.")
    return 0


def cmd_model_add(ctx, args) -> int:
    return _add_all(ctx, [model_from_dict(item) for item in _items(args.source)], activity_service.add_model)


def cmd_model_list(ctx, args) -> int:
    rows, verdict = ctx.with_session(lambda s: activity_service.list_models(s, args.year))
    if args.json:
        print_json({"models": rows, "expectation": verdict})
        return 0
    for row in rows:
        print(f"{row['year_registered']}  {MODEL_FIELDS[row['field']]:<28} {MODEL_STATUSES[row['status']]:<11} "
              f"{row['name']} — {row['owner']}")
    print(verdict)
    return 0


def cmd_activity_edit(ctx, args) -> int:
    return run_edit(ctx, args, activity_service.activity_input_of, activity_from_dict, activity_service.update_activity)


def cmd_model_edit(ctx, args) -> int:
    return run_edit(ctx, args, activity_service.model_input_of, model_from_dict, activity_service.update_model)


def cmd_democracy_edit(ctx, args) -> int:
    return run_edit(ctx, args, democracy_service.record_input_of, democracy_from_dict, democracy_service.update_record)
