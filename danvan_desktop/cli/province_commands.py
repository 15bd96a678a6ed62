"""``danvan province``: the parent unit's console over the bundles of its units."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.records_json import parse_date
from ..errors import os_reason
from ..services import province, province_report
from ..services.bundles import new_pseudonym_key
from ..storage.atomic import atomic_write_bytes
from ..services.province_xlsx import export_consolidated_xlsx
from ..tasks import Task
from .context import CliError
from .json_io import print_json


def register(commands) -> None:
    p = commands.add_parser("province", help="cấp tỉnh: khóa các đơn vị, nhận gói, tình hình gửi, tổng hợp",
                            description="Bảng điều khiển của cấp tỉnh (hoặc cấp huyện cũ): sổ khóa công khai của các "
                                        "đơn vị, nhận và kiểm tra gói báo cáo, tình hình gửi theo kỳ, số liệu tổng hợp.")
    sub = p.add_subparsers(dest="province_command", metavar="LỆNH_CON")
    sub.required = True

    k = sub.add_parser("keys", help="sổ khóa công khai của các đơn vị",
                       description="Đăng ký thẻ khóa công khai của đơn vị (sau khi đối chiếu dấu vân tay qua điện thoại).")
    ksub = k.add_subparsers(dest="keys_command", metavar="LỆNH_CON")
    ksub.required = True
    s = ksub.add_parser("import", help="nhập thẻ khóa (.json) của đơn vị",
                        description="Nhập một hoặc nhiều thẻ khóa; thẻ đã thu hồi sẽ thu hồi khóa đó. In dấu vân tay.")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--reset-sequence", action="store_true",
                   help="đơn vị cài lại máy (gói đánh số lại từ 1): thu hồi các khóa cũ của đơn vị và tính lại số "
                        "thứ tự gói từ thẻ khóa mới này (ghi nhật ký)")
    s.set_defaults(handler=cmd_keys_import)
    s = ksub.add_parser("list", help="các khóa đã đăng ký", description="Liệt kê khóa công khai đã đăng ký.")
    s.set_defaults(handler=cmd_keys_list)
    s = ksub.add_parser("revoke", help="thu hồi khóa của một đơn vị",
                        description="Không nhận các gói ký bằng khóa này nữa.")
    s.add_argument("unit", metavar="UNIT_CODE")
    s.add_argument("key_id", metavar="KEYID")
    s.set_defaults(handler=cmd_keys_revoke)

    s = sub.add_parser("pseudonym-key", help="tạo khóa bí danh dùng chung cho các đơn vị",
                       description="Tạo một lần khóa bí danh của tỉnh và ghi ra tệp để gửi các xã (qua kênh an toàn); "
                                   "các xã nhập bằng “danvan bundle pseudonym-key FILE”.")
    s.add_argument("--out", required=True, metavar="FILE")
    s.set_defaults(handler=cmd_pseudonym_key)

    s = sub.add_parser("import", help="nhận các gói báo cáo (thư mục hoặc tệp)",
                       description="Kiểm tra rồi nhận các gói (*.zip trong thư mục, hoặc các tệp). Gói đã nhận không "
                                   "thay đổi gì; số thứ tự mới thay gói cũ. Mã thoát 1 nếu có gói bị từ chối.")
    s.add_argument("paths", nargs="+", metavar="DIR|FILE")
    s.add_argument("--quiet", action="store_true", help="không in tiến độ")
    s.set_defaults(handler=cmd_import)

    s = sub.add_parser("status", help="tình hình gửi báo cáo của một kỳ",
                       description="Đơn vị đúng hạn, trễ hạn, chưa gửi; tỉ lệ gửi báo cáo.")
    _period_options(s, due_required=False)
    s.add_argument("--json", action="store_true", help="in dạng JSON")
    s.set_defaults(handler=cmd_status)

    s = sub.add_parser("report", help="số liệu tổng hợp của một kỳ (XLSX)",
                       description="Tổng số liệu gói mới nhất của mỗi đơn vị; ghi bảng tính với --xlsx, in JSON "
                                   "với --json.")
    _period_options(s, due_required=False)
    s.add_argument("--xlsx", metavar="FILE", help="ghi bảng tính tổng hợp")
    s.add_argument("--pdf", metavar="FILE", help="ghi báo cáo tổng hợp PDF (thể thức Nghị định 30/2020/NĐ-CP)")
    s.add_argument("--json", action="store_true", help="in số liệu tổng hợp dạng JSON")
    s.set_defaults(handler=cmd_report)

    s = sub.add_parser("unit", help="số liệu gói mới nhất của một đơn vị (JSON)",
                       description="In số liệu, số gói, khóa ký và ngày nhận của gói mới nhất của một đơn vị.")
    _period_options(s, due_required=False)
    s.add_argument("unit", metavar="UNIT_CODE")
    s.add_argument("--records", action="store_true", help="in cả các bản ghi đã khử định danh")
    s.set_defaults(handler=cmd_unit)

    s = sub.add_parser("repeats", help="người gửi đơn ở nhiều xã (theo bí danh)",
                       description="Các bí danh xuất hiện trong gói của từ hai đơn vị trở lên.")
    _period_options(s, due_required=False)
    s.add_argument("--min-units", type=int, default=2, help="số đơn vị tối thiểu (mặc định 2)")
    s.set_defaults(handler=cmd_repeats)


def _period_options(parser, due_required: bool) -> None:
    parser.add_argument("--period", required=True, metavar="P", help="mã kỳ, ví dụ 2026-H1 hoặc 2026")
    parser.add_argument("--due", required=due_required, metavar="YYYY-MM-DD",
                        help="hạn gửi báo cáo của kỳ (mặc định: theo quy định kỳ báo cáo của tỉnh)")


def cmd_pseudonym_key(ctx, args) -> int:
    target = Path(args.out)
    if target.exists():
        raise CliError(f"Tệp {target} đã có; không ghi đè khóa bí danh.")
    try:
        atomic_write_bytes(target, (new_pseudonym_key() + "\n").encode("ascii"))
    except OSError as exc:
        raise CliError(f"Không ghi được {target}: {os_reason(exc)}.") from None
    print(f"Đã ghi khóa bí danh vào {target}. Giữ bí mật; chỉ gửi cho các đơn vị trong tỉnh.")
    return 0


def cmd_keys_import(ctx, args) -> int:
    def work(session):
        results = []
        for name in args.files:
            try:
                raw = Path(name).read_bytes()
            except OSError as exc:
                raise CliError(f"Không đọc được {name}: {os_reason(exc)}.") from None
            results.append(province.import_key_card(session, raw, reset_sequence=args.reset_sequence))
        return results

    for result in ctx.with_session(work):
        card = result.card
        what = "đã thu hồi" if result.revoked else "đã đăng ký" if result.added else "đã có từ trước"
        print(f"{card.unit_code} {card.unit_name}: khóa {card.key_id} {what}; dấu vân tay {card.fingerprint}")
    return 0


def cmd_keys_list(ctx, args) -> int:
    rows = ctx.with_session(province.unit_keys)
    for row in rows:
        state = "đã thu hồi" if row["revoked_at"] else "hiệu lực"
        print(f"{row['unit_code']}\t{row['unit_name']}\t{row['key_id']}\t{row['fingerprint']}\t{state}")
    if not rows:
        print("Chưa đăng ký khóa nào.")
    return 0


def cmd_keys_revoke(ctx, args) -> int:
    ctx.with_session(lambda session: province.revoke_unit_key(session, args.unit, args.key_id))
    print(f"Đã thu hồi khóa {args.key_id} của đơn vị {args.unit}.")
    return 0


def cmd_import(ctx, args) -> int:
    def progress(done, total, text):
        if not args.quiet and total and (done == total or done % 100 == 0):
            print(f"\r{done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    summary = ctx.with_session(lambda session: province.import_bundles(session, [Path(p) for p in args.paths],
                                                                       Task(progress)))
    print(f"Đã nhận {len(summary.imported)} gói, {len(summary.unchanged)} gói đã có, "
          f"{len(summary.rejected)} gói bị từ chối.")
    for name, reason in summary.rejected:
        print(f"Từ chối {name}: {reason}", file=sys.stderr)
    return 0 if summary.ok else 1


def _due(session, args):
    return parse_date(args.due, "due") if args.due else province_report.period_of(session, args.period).due


def cmd_status(ctx, args) -> int:
    def work(session):
        if args.due:  # one date for every unit, as asked
            return _due(session, args), province.period_status(session, args.period, _due(session, args))
        return _due(session, args), province_report.status(session, args.period)

    due, status = ctx.with_session(work)
    if args.json:
        print_json(status.to_dict())
        return 0
    data = status.to_dict()
    print(f"Kỳ {status.period} (hạn {due:%d/%m/%Y}): {data['expected']} đơn vị; đúng hạn {data['on_time']}, "
          f"trễ hạn {data['late']}, chưa gửi {data['missing']}; tỉ lệ gửi {status.reporting_rate:.1%}, "
          f"đúng hạn {status.on_time_rate:.1%}.")
    for unit in status.units:
        if unit.state != province.ON_TIME:
            print(f"  {unit.unit_code}\t{unit.unit_name}\t{province.STATE_LABELS[unit.state]}")
    return 0


def cmd_report(ctx, args) -> int:
    if not args.xlsx and not args.json and not args.pdf:
        raise CliError("Hãy chọn --pdf FILE, --xlsx FILE và/hoặc --json.")

    def work(session):
        if args.xlsx:
            export_consolidated_xlsx(session, args.period, Path(args.xlsx), _due(session, args))
        if args.pdf:
            pages = province_report.render_consolidated_pdf(session, args.period, Path(args.pdf))
            print(f"Đã ghi {args.pdf} ({pages} trang).", file=sys.stderr if args.json else sys.stdout)
        return province.consolidated_figures(session, args.period)

    consolidated = ctx.with_session(work)
    if args.json:
        print_json(consolidated)
    if args.xlsx:
        print(f"Đã ghi {args.xlsx}: tổng hợp {consolidated['units']} đơn vị, kỳ {args.period}.",
              file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_unit(ctx, args) -> int:
    row = ctx.with_session(lambda session: province.unit_drilldown(session, args.period, args.unit))
    if not args.records:
        row["records"] = len(row["records"])
    print_json(row)
    return 0


def cmd_repeats(ctx, args) -> int:
    rows = ctx.with_session(lambda session: province.repeat_petitioners(session, args.period, args.min_units))
    for row in rows:
        print(f"{row['pseudonym']}\t{row['units']} đơn vị\t{row['petitions']} đơn\t{', '.join(row['unit_codes'])}")
    if not rows:
        print("Không có người gửi đơn ở nhiều đơn vị.")
    return 0
