"""``danvan report``: a period's figures as JSON (and, from the report's document, PDF and
spreadsheet), the list of periods, and a leader's approval or unlocking."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..services import report_documents
from ..services import reports as report_service
from .context import CliError
from .json_io import print_json


def register(commands) -> None:
    p = commands.add_parser(
        "report", help="báo cáo 6 tháng, năm: số liệu, phê duyệt",
        description="Báo cáo công tác dân vận chính quyền của một kỳ: “danvan report --period 2026-H1 --json” in số "
                    "liệu (xem docs/report-figures.md); kỳ 2026-H1 là 6 tháng, 2026 là cả năm, theo quy định kỳ báo "
                    "cáo của tỉnh.")
    p.add_argument("--period", metavar="KỲ", help="mã kỳ: 2026-H1, 2026 hoặc kỳ đột xuất của tỉnh")
    p.add_argument("--unit", metavar="MÃ", help="mã đơn vị (mặc định: đơn vị của cơ sở dữ liệu)")
    p.add_argument("--json", action="store_true", help="in số liệu dạng JSON")
    p.add_argument("--pdf", metavar="FILE", help="ghi báo cáo PDF theo thể thức Nghị định 30/2020/NĐ-CP")
    p.add_argument("--xlsx", metavar="FILE", help="ghi bảng số liệu Excel theo biểu mẫu")
    p.add_argument("--docx", metavar="FILE", help="ghi bản Word (.docx) sửa được, cùng nội dung với bản PDF")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_report)
    sub = p.add_subparsers(dest="report_command", metavar="LỆNH_CON")
    s = sub.add_parser("periods", help="liệt kê các kỳ báo cáo và hạn nộp",
                       description="Các kỳ báo cáo năm trước, năm nay, năm sau theo quy định của tỉnh.")
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    s.set_defaults(handler=cmd_periods)
    s = sub.add_parser("approve", help="lãnh đạo phê duyệt báo cáo (khóa số liệu kỳ)",
                       description="Phê duyệt báo cáo của kỳ: số liệu được chốt và các bản ghi trong kỳ bị khóa. "
                                   "Chỉ lãnh đạo được phê duyệt.")
    s.add_argument("--period", required=True, metavar="KỲ", help="mã kỳ")
    s.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    s.set_defaults(handler=cmd_approve)
    s = sub.add_parser("unlock", help="lãnh đạo mở khóa kỳ báo cáo đã phê duyệt",
                       description="Mở khóa kỳ báo cáo để sửa số liệu; lý do được ghi nhật ký.")
    s.add_argument("--period", required=True, metavar="KỲ", help="mã kỳ")
    s.add_argument("--reason", required=True, help="lý do mở khóa")
    s.set_defaults(handler=cmd_unlock)


def _today(args) -> date:
    if getattr(args, "today", None):
        try:
            return date.fromisoformat(args.today)
        except ValueError:
            raise CliError(f"Ngày “{args.today}” không hợp lệ (YYYY-MM-DD).") from None
    return date.today()


def _check_unit(session, code: str | None) -> None:
    unit = session.unit
    if code and unit is not None and code != unit.code:
        raise CliError(f"Cơ sở dữ liệu này là của {unit.name} (mã {unit.code}), không có số liệu của đơn vị {code}.")


def cmd_report(ctx, args) -> int:
    if not args.period:
        raise CliError("Cần --period (ví dụ 2026-H1 hoặc 2026). Xem “danvan report --help”.")
    today = _today(args)

    def work(session):
        _check_unit(session, args.unit)
        state = report_service.report(session, args.period)
        return state, report_service.figures(session, state.period.id, today)

    state, figures = ctx.with_session(work)
    if args.pdf:
        pages = ctx.with_session(lambda s: report_documents.render_pdf(s, state.period.id, Path(args.pdf), today))
        print(f"Đã ghi {args.pdf} ({pages} trang).", file=sys.stderr if args.json else sys.stdout)
    if args.xlsx:
        ctx.with_session(lambda s: report_documents.write_xlsx(s, state.period.id, Path(args.xlsx), today))
        print(f"Đã ghi {args.xlsx}.", file=sys.stderr if args.json else sys.stdout)
    if args.docx:
        ctx.with_session(lambda s: report_documents.render_docx(s, state.period.id, Path(args.docx), today))
        print(f"Đã ghi {args.docx}.", file=sys.stderr if args.json else sys.stdout)
    if args.pdf or args.xlsx or args.docx:
        if args.json:
            print_json({**figures, "status": state.status})
        return 0
    if args.json:
        print_json({**figures, "status": state.status})
        return 0
    p, pet, rec = figures["period"], figures["petitions"], figures["receptions"]
    print(f"{figures['unit']['name']} — báo cáo {p['label']} ({state.status_label})")
    print(f"Số liệu từ {date.fromisoformat(p['start']):%d/%m/%Y} đến {date.fromisoformat(p['end']):%d/%m/%Y}, "
          f"hạn nộp {date.fromisoformat(p['due']):%d/%m/%Y}")
    print(f"Tiếp công dân: {rec['sessions']} buổi, {rec['visits']} lượt, {rec['people']} người, {rec['cases']} vụ việc")
    print(f"Đơn thư: {pet['total']} đơn ({pet['carried_over']} kỳ trước chuyển sang, {pet['received']} tiếp nhận); "
          f"đã giải quyết {pet['resolved']} ({pet['resolved_on_time']} đúng hạn); quá hạn {pet['overdue']}")
    if "not_eligible" in pet:  # figures of format 2 (TT 05/2021)
        print(f"Xử lý đơn: đã xử lý {pet['processed']} đơn ({pet['not_eligible']} không đủ điều kiện; "
              f"{pet['in_competence']} thuộc thẩm quyền, {pet['out_of_competence']} không thuộc thẩm quyền)")
    print(f"Hoạt động dân vận: {figures['activities']['count']} hoạt động, "
          f"{figures['activities']['participants']} lượt người tham gia; mô hình: {figures['models']['count']}")
    return 0


def cmd_periods(ctx, args) -> int:
    found = ctx.with_session(lambda s: report_service.periods(s, _today(args)))
    if args.json:
        print_json([{**p.to_json(), "source": p.source, "due_clause": p.due_clause} for p in found])
        return 0
    for p in found:
        print(f"{p.id:<9} {p.label:<28} {p.start:%d/%m/%Y} – {p.end:%d/%m/%Y}   hạn nộp {p.due:%d/%m/%Y}")
        if p.source:
            print(f"          theo {p.source}: {p.due_clause}")
    return 0


def cmd_approve(ctx, args) -> int:
    figures = ctx.with_session(lambda s: report_service.approve(s, args.period, _today(args)))
    print(f"Đã phê duyệt báo cáo kỳ {figures['period']['id']}; số liệu kỳ đã được khóa.")
    return 0


def cmd_unlock(ctx, args) -> int:
    ctx.with_session(lambda s: report_service.unlock(s, args.period, args.reason))
    print(f"Đã mở khóa kỳ báo cáo {args.period}.")
    return 0
