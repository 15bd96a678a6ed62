"""When a report may be approved, and the reminders of reports due or overdue."""

from datetime import date

import pytest

from danvan_desktop.domain.report_periods import Period
from danvan_desktop.domain.report_timing import approval_blocker, reminder
from danvan_desktop.errors import ValidationError
from danvan_desktop.services import reports

YEAR = Period("2026", "ca_nam", "năm 2026", date(2025, 11, 15), date(2026, 11, 14), date(2026, 11, 25))


def test_a_period_is_approved_only_once_it_has_ended():
    assert "chưa kết thúc" in approval_blocker(YEAR, date(2026, 6, 1))
    assert approval_blocker(YEAR, date(2026, 11, 14)) == (
        "Kỳ báo cáo năm 2026 chưa kết thúc (số liệu đến hết ngày 14/11/2026): chỉ phê duyệt được từ ngày 15/11/2026.")
    assert approval_blocker(YEAR, date(2026, 11, 15)) is None


def test_reminders():
    assert reminder(YEAR, "draft", date(2026, 11, 14)) is None  # still running
    assert reminder(YEAR, "draft", date(2026, 11, 22)) == "Báo cáo năm 2026: còn 3 ngày đến hạn nộp 25/11/2026, chưa phê duyệt"
    assert reminder(YEAR, "draft", date(2026, 11, 25)) == "Báo cáo năm 2026: hạn nộp là hôm nay, chưa phê duyệt"
    assert reminder(YEAR, "draft", date(2026, 12, 1)) == "Báo cáo năm 2026: quá hạn 6 ngày, chưa phê duyệt"
    assert reminder(YEAR, "approved", date(2026, 12, 1)) == (
        "Báo cáo năm 2026: quá hạn 6 ngày, đã phê duyệt, chưa gửi gói báo cáo")
    assert reminder(YEAR, "exported", date(2026, 12, 1)) is None
    assert reminder(YEAR, "draft", date(2027, 6, 1)) is None  # long past: history, not a reminder


def test_the_service_refuses_an_early_approval(admin_session):
    from danvan_desktop.domain.users import Role
    from danvan_desktop.services.auth import login
    from danvan_desktop.services.users import add_user

    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    leader = login(admin_session.store, "chutich", "matkhau-chutich")
    with pytest.raises(ValidationError, match="chưa kết thúc"):
        reports.approve(leader, "2026", today=date(2026, 11, 1))
    assert reports.report(leader, "2026").status == "draft"
    assert reports.reminders(leader, today=date(2026, 12, 1)) == ["Báo cáo năm 2026: quá hạn 7 ngày, chưa phê duyệt"]
    reports.approve(leader, "2026", today=date(2026, 12, 1))
    assert reports.reminders(leader, today=date(2026, 12, 1)) == [
        "Báo cáo năm 2026: quá hạn 7 ngày, đã phê duyệt, chưa gửi gói báo cáo"]
