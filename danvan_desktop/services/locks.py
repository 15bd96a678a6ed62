"""Records of a period whose report a leader approved are locked until a leader unlocks it."""

from __future__ import annotations

from datetime import date

from ..errors import ValidationError
from ..storage import reports_repo


class PeriodLocked(ValidationError):
    """A write into a period whose report is approved."""


def require_unlocked(db, *days: date | None) -> None:
    """Refuse a write dated inside an approved report's period (every date it touches)."""
    for day in days:
        if day is None:
            continue
        found = reports_repo.locking_report(db, day)
        if found:
            period_id, status = found
            state = "đã phê duyệt" if status == "approved" else "đã gửi"
            raise PeriodLocked(
                f"Ngày {day:%d/%m/%Y} thuộc kỳ báo cáo {period_id} {state}: số liệu kỳ này đã khóa. "
                "Lãnh đạo có thể mở khóa kỳ báo cáo (thao tác được ghi nhật ký) nếu cần sửa.")
