"""``danvan rules``: which legal time limits and days off are in force; loading new ones."""

from __future__ import annotations

from pathlib import Path

from ..domain.rule_changes import summary
from ..services.rules import active_calendar, active_rule_sets, apply_rule_file, preview_rule_file, rule_files


def register(commands) -> None:
    p = commands.add_parser("rules", help="quy tắc thời hạn và lịch ngày nghỉ đang áp dụng",
                            description="Không có tham số: in các tệp quy tắc đang dùng và các bộ quy tắc thời hạn. "
                                        "“rules load FILE”: nạp tệp quy tắc thời hạn (danvan-time-limits), lịch "
                                        "ngày nghỉ (danvan-days-off), kỳ báo cáo (danvan-report-periods) hoặc bộ tiêu "
                                        "chí tự đánh giá (danvan-rubric) mới; xem docs/time-limits.md.")
    sub = p.add_subparsers(dest="rules_command", metavar="LỆNH_CON")
    p.set_defaults(handler=cmd_show)
    s = sub.add_parser("load", help="nạp tệp quy tắc mới (quản trị viên)",
                       description="Kiểm tra rồi nạp tệp quy tắc thời hạn, lịch ngày nghỉ, kỳ báo cáo hoặc bộ tiêu chí "
                                   "tự đánh giá; tệp sai không thay gì. Trong ứng dụng: Cài đặt → Quy tắc và danh mục.")
    s.add_argument("file", metavar="FILE")
    s.set_defaults(handler=cmd_load)


def cmd_show(ctx, args) -> int:
    for name, path in rule_files().items():
        print(f"{name}: {path}")
    for rule_set in active_rule_sets():
        until = f"{rule_set.effective_to:%d/%m/%Y}" if rule_set.effective_to else "nay"
        print(f"Bộ quy tắc {rule_set.id}: {rule_set.effective_from:%d/%m/%Y} – {until} ({rule_set.source})")
        for rule in rule_set.rules:
            clock = "ngày làm việc" if rule.clock == "working" else "ngày"
            print(f"  {rule.label}: {rule.days} {clock}")
    active_calendar()  # the days-off file parses
    return 0


def cmd_load(ctx, args) -> int:
    def work(session):
        preview = preview_rule_file(session, Path(args.file))
        return apply_rule_file(session, preview), preview.changes

    name, changes = ctx.with_session(work)
    print(f"Đã nạp {name}; áp dụng từ lần tính tiếp theo. {summary(changes)}")
    for change in changes:
        values = " → ".join(v for v in (change.before, change.after) if v)
        print(f"  {change.label}: {change.entry}: {values}")
    return 0
