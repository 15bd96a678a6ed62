"""``danvan petition`` and ``danvan reception``: batch entry and checks, JSON in and out."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

from ..domain.petitions import EVENT_KINDS, KINDS, RESULTS
from ..domain.records_json import parse_date, petition_from_dict, reception_from_dict
from ..services import petitions as petition_service
from ..services import receptions as reception_service
from ..services.attachments import add_attachment
from . import import_commands
from .json_io import print_json, read_json
from .record_edit import add_edit_command, run_edit


def register(commands) -> None:
    p = commands.add_parser("petition", help="sổ đơn thư: thêm, ghi bước xử lý, xem, liệt kê",
                            description="Sổ đơn thư (khiếu nại, tố cáo, kiến nghị, phản ánh) với thời hạn theo luật. "
                                        "Dữ liệu vào/ra dạng JSON, xem docs/cli-json.md.")
    sub = p.add_subparsers(dest="petition_command", metavar="LỆNH_CON")
    sub.required = True

    s = sub.add_parser("add", help="thêm một hoặc nhiều đơn từ JSON",
                       description="Thêm đơn từ tệp JSON (một đối tượng hoặc một danh sách; “-” là đầu vào chuẩn). "
                                   "Cả lô được ghi hoặc không đơn nào được ghi. In ra số của các đơn.")
    s.add_argument("--json", required=True, metavar="FILE|-", dest="source")
    s.set_defaults(handler=cmd_add)

    add_edit_command(sub, "đơn", cmd_edit, " Đơn tố cáo chỉ người được giao và lãnh đạo được sửa. Việc sửa được "
                                           "ghi vào dòng thời gian của đơn kèm giá trị cũ.")

    s = sub.add_parser("event", help="ghi một bước xử lý vào dòng thời gian của đơn",
                       description="Ghi bước xử lý: " + ", ".join(f"{k} ({v})" for k, v in EVENT_KINDS.items()) + ".")
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--kind", required=True, choices=sorted(EVENT_KINDS), metavar="KIND",
                   help="loại bước: " + ", ".join(sorted(EVENT_KINDS)))
    s.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="ngày của bước xử lý")
    s.add_argument("--complex", action="store_true", help="vụ việc phức tạp (khi thụ lý)")
    s.add_argument("--decision", default="", metavar="TEXT", help="số quyết định (thụ lý, gia hạn, giải quyết)")
    s.add_argument("--body", default="", metavar="TEXT", help="cơ quan nhận đơn (khi chuyển đơn) hoặc được đôn đốc")
    s.add_argument("--result", choices=sorted(RESULTS), help="kết quả giải quyết khiếu nại: dung, sai, dung_mot_phan")
    s.add_argument("--days", type=int, metavar="N",
                   help="số ngày gia hạn theo quyết định (chỉ với extended; tối đa theo luật, mặc định tối đa)")
    s.add_argument("--note", default="", metavar="TEXT", help="ghi chú")
    s.set_defaults(handler=cmd_event)

    s = sub.add_parser("show", help="xem một đơn với thời hạn và dòng thời gian",
                       description="In một đơn: nội dung, người đứng tên (ẩn nếu bạn không có quyền), các bước đã làm "
                                   "và các thời hạn hiện tại.")
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=cmd_show)

    s = sub.add_parser("list", help="liệt kê đơn theo bộ lọc",
                       description="Liệt kê đơn mới nhất trước, theo bộ lọc; tìm kiếm không cần dấu.")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.add_argument("--overdue", action="store_true", help="chỉ đơn quá hạn")
    s.add_argument("--due-soon", action="store_true", help="chỉ đơn sắp đến hạn")
    s.add_argument("--search", default="", metavar="TEXT", help="tìm trong nội dung, người đứng tên (không cần dấu)")
    s.add_argument("--kind", choices=sorted(KINDS), help="loại đơn")
    s.add_argument("--field", metavar="FIELD", help="mã lĩnh vực, ví dụ dat_dai")
    s.add_argument("--limit", type=int, default=100, help="số đơn tối đa (mặc định 100)")
    s.set_defaults(handler=cmd_list)

    s = sub.add_parser("link", help="đánh dấu đơn trùng với một đơn trước",
                       description="Liên kết đơn ID với đơn gốc; các đơn trùng chỉ được đếm một lần trong số liệu.")
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--to", type=int, required=True, metavar="ORIGINAL_ID")
    s.set_defaults(handler=cmd_link)

    s = sub.add_parser("attach", help="đính kèm bản quét vào đơn",
                       description="Đính kèm tệp (ảnh, PDF) vào đơn; tệp được lưu mã hóa trong cơ sở dữ liệu.")
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("file", metavar="FILE")
    s.set_defaults(handler=cmd_attach)
    import_commands.add_parser(sub, "petitions")

    r = commands.add_parser("reception", help="sổ tiếp công dân",
                            description="Buổi tiếp công dân và nhiệm vụ tiếp dân định kỳ hằng tuần của Chủ tịch.")
    rsub = r.add_subparsers(dest="reception_command", metavar="LỆNH_CON")
    rsub.required = True
    s = rsub.add_parser("add", help="thêm buổi tiếp công dân từ JSON",
                        description="Thêm một buổi tiếp (đối tượng JSON; “cases” là danh sách đơn phát sinh, mỗi đơn "
                                    "được vào sổ và liên kết với buổi tiếp). In ra số buổi tiếp và số các đơn.")
    s.add_argument("--json", required=True, metavar="FILE|-", dest="source")
    s.set_defaults(handler=cmd_reception_add)
    s = rsub.add_parser("missed-weeks", help="các tuần Chủ tịch chưa tiếp dân",
                        description="Liệt kê các tuần (từ thứ Hai) trong khoảng thời gian mà Chủ tịch chưa tiếp công dân.")
    s.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    s.set_defaults(handler=cmd_missed_weeks)
    import_commands.add_parser(rsub, "receptions")
    add_edit_command(rsub, "buổi tiếp công dân", cmd_reception_edit, " Các đơn phát sinh tại buổi tiếp được sửa "
                                                                      "riêng bằng “danvan petition edit”.")


def cmd_add(ctx, args) -> int:
    data = read_json(args.source)
    items = [petition_from_dict(item) for item in (data if isinstance(data, list) else [data])]
    ids = ctx.with_session(lambda s: petition_service.add_many(s, items))
    print_json({"ids": ids})
    return 0


def cmd_event(ctx, args) -> int:
    on = parse_date(args.date, "date")
    ctx.with_session(lambda s: petition_service.record_event(
        s, args.id, args.kind, on, decision=args.decision, body=args.body, note=args.note,
        complex=True if args.complex else None, result=args.result, days=args.days))
    print(f"Đã ghi bước “{EVENT_KINDS[args.kind]}” ngày {on:%d/%m/%Y} cho đơn số {args.id}.")
    return 0


def deadline_to_dict(d) -> dict:
    """Only an applicable step is listed; one that no longer applies keeps no due date."""
    out = {**asdict(d), "state_label": d.state_label, "left_label": d.left_label, "marks": d.marks}
    if d.state == "not_applicable":
        del out["due_on"]
    return out


def detail_to_dict(detail) -> dict:
    return {
        **detail.row,
        "petitioners": [asdict(p) for p in detail.petitioners],
        "identity_visible": detail.identity_visible,
        "events": detail.events,
        "not_processed": detail.not_processed,
        "deadlines": [deadline_to_dict(d) for d in detail.deadlines],
        "attachments": detail.attachments,
        "duplicates": detail.duplicates,
    }


def cmd_show(ctx, args) -> int:
    detail = ctx.with_session(lambda s: petition_service.show_petition(s, args.id))
    if args.json:
        print_json(detail_to_dict(detail))
        return 0
    row = detail.row
    print(f"Đơn số {row['id']} — {KINDS[row['kind']]}, nhận ngày {date.fromisoformat(row['received_on']):%d/%m/%Y}")
    for person in detail.petitioners:
        unsigned = "" if person.signed else " (đơn không có chữ ký hoặc điểm chỉ)"
        print(f"  Người đứng tên: {person.name} {person.address}".rstrip() + unsigned)
    print(f"  Nội dung: {row['content']}")
    if detail.not_processed:
        print(f"  {detail.not_processed}")
    for d in detail.deadlines:
        if d.state == "not_applicable":
            print(f"  Thời hạn {d.label}: {d.state_label}")
            continue
        extra = "".join(f", {x}" for x in (d.left_label, *d.marks) if x)
        print(f"  Thời hạn {d.label}: {d.due_on:%d/%m/%Y} ({d.state_label}{extra})")
    for e in detail.events:
        print(f"  {date.fromisoformat(e['on_date']):%d/%m/%Y}  {EVENT_KINDS.get(e['kind'], e['kind'])}"
              f" {e['decision']} {e['body']} {e['note']}".rstrip() + f"  — {e['by_user']}")
    return 0


def cmd_list(ctx, args) -> int:
    state = "overdue" if args.overdue else "due_soon" if args.due_soon else None

    def work(session):
        query = petition_service.list_query(kind=args.kind, field=args.field, state=state, search=args.search)
        keys = petition_service.page(session, query, limit=args.limit)
        return petition_service.list_rows(session, [k[-1] for k in keys])

    rows = ctx.with_session(work)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        if row["not_processed"]:
            due = "không xử lý (nặc danh)"
        elif row["next_due_on"]:
            due = f"hạn {date.fromisoformat(row['next_due_on']):%d/%m/%Y}" + "".join(f" ({m})" for m in row["due_marks"])
        else:
            due = "tạm đình chỉ" if row["next_due_step"] == "suspended" else "đã xong"
        print(f"{row['id']:>7}  {date.fromisoformat(row['received_on']):%d/%m/%Y}  {KINDS[row['kind']]:<14} "
              f"{due:<15} {row['petitioner'][:30]:<30} {row['content'][:50]}")
    if not rows:
        print("Không có đơn nào.")
    return 0


def cmd_link(ctx, args) -> int:
    ctx.with_session(lambda s: petition_service.link_duplicate(s, args.id, args.to))
    print(f"Đã liên kết đơn số {args.id} là trùng với đơn số {args.to}.")
    return 0


def cmd_attach(ctx, args) -> int:
    attachment_id = ctx.with_session(lambda s: add_attachment(s, args.id, Path(args.file)))
    print(f"Đã đính kèm {Path(args.file).name} (tệp số {attachment_id}) vào đơn số {args.id}.")
    return 0


def cmd_reception_add(ctx, args) -> int:
    reception, cases = reception_from_dict(read_json(args.source))
    petitions = [petition_from_dict(case)[0] for case in cases]
    reception_id, petition_ids = ctx.with_session(lambda s: reception_service.add_reception(s, reception, petitions))
    print_json({"id": reception_id, "petition_ids": petition_ids})
    return 0


def cmd_missed_weeks(ctx, args) -> int:
    start, end = parse_date(args.start, "from"), parse_date(args.end, "to")
    weeks = ctx.with_session(lambda s: reception_service.missed_head_weeks(s, start, end))
    for monday in weeks:
        print(f"Tuần từ {monday:%d/%m/%Y}: Chủ tịch chưa tiếp công dân")
    if not weeks:
        print("Tuần nào Chủ tịch cũng có tiếp công dân.")
    return 0


NOT_EDITED_HERE = {
    "duplicate_of": "Đơn trùng được liên kết bằng “danvan petition link ID --to ĐƠN_GỐC”, không qua “edit”.",
    "cases": "Các đơn phát sinh tại buổi tiếp được sửa riêng bằng “danvan petition edit ID”.",
}


def cmd_edit(ctx, args) -> int:
    names = {label: name for name, label in petition_service.EDITABLE.items()} | {"người đứng tên đơn": "petitioners"}

    def update(session, petition_id, petition):
        return sorted(names[label] for label in petition_service.update_petition(session, petition_id, petition))

    return run_edit(ctx, args, petition_service.input_of, lambda data: petition_from_dict(data)[0], update,
                    refused_keys={"duplicate_of": NOT_EDITED_HERE["duplicate_of"]})


def cmd_reception_edit(ctx, args) -> int:
    return run_edit(ctx, args, reception_service.reception_input_of, lambda data: reception_from_dict(data)[0],
                    reception_service.update_reception, refused_keys={"cases": NOT_EDITED_HERE["cases"]})
