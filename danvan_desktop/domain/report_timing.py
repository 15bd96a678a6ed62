"""When a report may be approved, and what the office is reminded of as its due date nears.

A report covers its whole period: approving it before the period has ended would freeze
figures that are still changing and lock a period that is still being recorded. Once a
period has ended, its report is due by the province's date; the overview says so until
the report is sent.
"""

from __future__ import annotations

from datetime import date, timedelta

from .report_periods import Period

# An ended report is brought up from its end until it is sent, or until this long past its
# due date (older ones are history, not a reminder).
REMIND_DAYS_AFTER_DUE = 90


def approval_blocker(period: Period, today: date) -> str | None:
    """Why the report of ``period`` cannot be approved on ``today`` (None when it can)."""
    if period.end >= today:
        return (f"Kỳ báo cáo {period.label} chưa kết thúc (số liệu đến hết ngày {period.end:%d/%m/%Y}): "
                f"chỉ phê duyệt được từ ngày {period.end + timedelta(days=1):%d/%m/%Y}.")
    return None


def reminder(period: Period, status: str, today: date) -> str | None:
    """What the overview says of a report that is due or overdue (``status`` as stored:
    draft, approved, exported); None when there is nothing to do about it."""
    if status == "exported" or period.end >= today or (today - period.due).days > REMIND_DAYS_AFTER_DUE:
        return None
    left = period.days_to_due(today)
    if left > 0:
        when = f"còn {left} ngày đến hạn nộp {period.due:%d/%m/%Y}"
    elif left == 0:
        when = "hạn nộp là hôm nay"
    else:
        when = f"quá hạn {-left} ngày"
    state = "đã phê duyệt, chưa gửi gói báo cáo" if status == "approved" else "chưa phê duyệt"
    return f"Báo cáo {period.label}: {when}, {state}"
