"""What the law changes, as the officer sees it: marks next to due dates, clock units,
extension days, anonymous denunciations in the register (each test names its article)."""

from datetime import date

import pytest
from PySide6.QtCore import QDate

from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.pages.petitions_page import PetitionsPage
from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
from danvan_desktop.gui.petition_event_dialog import PetitionEventDialog
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services import petitions
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from tests.gui.helpers import press_save

TODAY = date(2026, 11, 22)
PERSON = (Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),)


@pytest.fixture
def leader(admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    return login(admin_session.store, "chutich", "matkhau-chutich")


def cells(detail, column):
    return {detail.deadlines.item(r, 0).text(): detail.deadlines.item(r, column).text()
            for r in range(detail.deadlines.rowCount())}


def record(qtbot, detail, kind, on, decision="", days=0):
    dialog = PetitionEventDialog(detail.session, detail.petition_id, detail, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.on.setDate(QDate(on.year, on.month, on.day))
    dialog.decision.setText(decision)
    dialog.days.setValue(days)
    press_save(qtbot, dialog)
    detail.reload()
    return dialog


def test_extension_days_and_marks_in_the_detail_dialog(qtbot, leader):
    """LTC 2018 Art. 30: the extension the decision grants (here 10 days) counts from the
    previous due date; a petition received after 1/7/2026 (Luật 136/2025/QH15) shows
    "chưa đối chiếu văn bản" next to its due date; the calendar clock says "còn N ngày"."""
    pid = petitions.add_petition(leader, PetitionInput(
        received_on=date(2026, 10, 1), kind="to_cao", channel="buu_chinh", field="can_bo_cong_chuc",
        content="Tố cáo cán bộ địa chính", accused="Cán bộ địa chính", petitioners=PERSON), today=TODAY)
    detail = PetitionDetailDialog(leader, pid, today=TODAY)
    qtbot.addWidget(detail)
    record(qtbot, detail, "accepted", date(2026, 10, 30), "5/QĐ-UBND")
    # 30 days after Fri 30/10 -> Sun 29/11 -> Mon 30/11.
    assert cells(detail, 2)["Giải quyết tố cáo"] == "30/11/2026 (chưa đối chiếu văn bản)"
    assert cells(detail, 4)["Giải quyết tố cáo"] == "Trong hạn (còn 8 ngày)"
    tips = {detail.deadlines.item(r, 0).text(): detail.deadlines.item(r, 0).toolTip()
            for r in range(detail.deadlines.rowCount())}
    assert "Luật Tố cáo 2018, Điều 30" in tips["Giải quyết tố cáo"]
    refused = record(qtbot, detail, "extended", date(2026, 11, 20), "6/QĐ-UBND", days=40)
    assert "từ 1 đến 30 ngày" in " ".join(refused.error_texts())
    record(qtbot, detail, "extended", date(2026, 11, 20), "6/QĐ-UBND", days=10)
    # 10 days after 30/11 -> Thu 10/12.
    assert cells(detail, 2)["Giải quyết tố cáo"] == "10/12/2026 (chưa đối chiếu văn bản)"
    assert any("6/QĐ-UBND — 10 ngày" in detail.timeline.item(i).text() for i in range(detail.timeline.count()))
    # The notification clock counts working days (LTC 2018 Art. 29) and says so.
    assert cells(detail, 4)["Thông báo thụ lý tố cáo"].startswith("Quá hạn (quá ")
    assert cells(detail, 4)["Thông báo thụ lý tố cáo"].endswith("ngày làm việc)")


def test_anonymous_denunciation_in_the_register_and_detail(qtbot, leader):
    """LTC 2018 Art. 25(1): an anonymous denunciation is not processed; the register and the
    detail say why instead of showing a clock."""
    pid = petitions.add_petition(leader, PetitionInput(
        received_on=date(2026, 11, 2), kind="to_cao", channel="hom_thu", field="can_bo_cong_chuc",
        content="Tố cáo trưởng thôn thu tiền sai quy định", accused="Trưởng thôn Nà Lầu", signatories="nac_danh"),
        today=TODAY)
    page = PetitionsPage(leader, Runner(), today=TODAY)
    qtbot.addWidget(page)
    model = page.table.model()
    assert model.data(model.index(0, 6)) == ""
    assert model.data(model.index(0, 7)).startswith("Không xử lý")
    detail = PetitionDetailDialog(leader, pid, today=TODAY)
    qtbot.addWidget(detail)
    assert detail.deadlines.rowCount() == 0 and "Điều 25 khoản 1" in detail.not_processed.text()
    assert not detail.not_processed.isHidden()


def test_second_complaint_at_a_commune_is_never_late_for_acceptance(qtbot, leader):
    """LKN 2011 Art. 17: the commune processes (guides or forwards) a second complaint; the
    detail shows only "Xử lý đơn", with working days."""
    pid = petitions.add_petition(leader, PetitionInput(
        received_on=date(2026, 11, 16), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
        content="Khiếu nại lần hai quyết định giải quyết khiếu nại", petitioners=PERSON, attempt=2), today=TODAY)
    detail = PetitionDetailDialog(leader, pid, today=TODAY)
    qtbot.addWidget(detail)
    assert list(cells(detail, 4)) == ["Xử lý đơn"]
    # 10 working days after Mon 16/11 -> Mon 30/11; on Sun 22/11, 6 working days remain.
    assert cells(detail, 4)["Xử lý đơn"] == "Trong hạn (còn 6 ngày làm việc)"
    refused = record(qtbot, detail, "accepted", date(2026, 11, 20), "7/QĐ-UBND")
    assert "Điều 17" in " ".join(refused.error_texts())


def test_overview_warns_when_the_coming_year_has_no_official_days_off(qtbot, leader):
    """BLLĐ 2019 Art. 112 and the yearly notice: without an arrangement for the coming year
    (the bundled file stops at 2026), Tổng quan warns that later deadlines are tạm tính."""
    from danvan_desktop.gui.pages.overview_page import OverviewPage

    page = OverviewPage(leader, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: "Lịch nghỉ" in page.health_label.text(), timeout=15000)
    text = page.health_label.text()
    assert "CẢNH BÁO</b> — Lịch nghỉ" in text and "tạm tính" in text
