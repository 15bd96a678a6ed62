"""The Báo cáo page: figures shown, the draft kept, approval locks in the GUI as in the services."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.pages.reports_page import ReportsPage
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services import petitions, report_topics, reports
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from tests.gui.helpers import type_text
from tests.gui.helpers import press_save

TODAY = date(2026, 11, 22)


@pytest.fixture
def people(admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    add_user(admin_session, "canbo", "Lý Thị Hoa", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 3, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
        content="Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
        petitioners=(Petitioner("Hoàng Văn Dũng", "Thôn Nà Lầu", "008085123456"),)), today=TODAY)
    return {"officer": officer, "leader": login(admin_session.store, "chutich", "matkhau-chutich")}


def open_page(qtbot, session, period_id="2026"):
    page = ReportsPage(session, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.period_box.setCurrentIndex(page.period_box.findData(period_id))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["period"]["id"] == period_id, timeout=10000)
    return page


def test_officer_sees_figures_and_keeps_a_draft(qtbot, people):
    page = open_page(qtbot, people["officer"])
    assert ("— tiếp nhận trong kỳ", "1") in page.figure_items()
    # "trước ngày 25 tháng 11" (CV 5273/UBND-NC of the former Tuyên Quang): due on 24/11, source quoted
    assert "24/11/2026" in page.status_label.text() and "Dự thảo" in page.status_label.text()
    assert "Công văn 5273/UBND-NC" in page.status_label.text() and "trước ngày 25 tháng 11" in page.status_label.text()
    index = page.period_box.findData("2026")
    assert "Công văn 5273/UBND-NC" in page.period_box.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert not page.approve_button.isEnabled()  # only a leader approves
    type_text(page.section_edits["ket_qua"], "Tiếp nhận đơn đúng quy định")
    page.number_edit.setText("15/BC-UBND")
    assert page.dirty
    page.period_box.setCurrentIndex(page.period_box.findData("2026-H1"))  # leaving the period saves the draft
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["period"]["id"] == "2026-H1", timeout=10000)
    saved = reports.report(people["officer"], "2026").meta
    assert saved["number"] == "15/BC-UBND" and saved["sections"]["ket_qua"] == "Tiếp nhận đơn đúng quy định"


def test_leader_approves_and_the_page_locks(qtbot, people, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, people["leader"])
    assert page.approve_button.isEnabled() and not page.unlock_button.isEnabled()
    page.approve_button.click()  # approval runs in the background, through the runner
    qtbot.waitUntil(lambda: "đã khóa" in page.status_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    assert reports.report(people["leader"], "2026").status == "approved"
    assert "đã khóa" in page.status_label.text()
    assert page.section_edits["ket_qua"].isReadOnly() and not page.save_button.isEnabled()
    assert page.unlock_button.isEnabled()
    # The officer's page shows the lock too.
    officer_page = open_page(qtbot, people["officer"])
    assert officer_page.number_edit.isReadOnly() and not officer_page.save_button.isEnabled()


def test_dashboard_shows_the_current_period_and_its_figures(qtbot, people):
    from danvan_desktop.gui.pages.overview_page import OverviewPage

    page = OverviewPage(people["officer"], Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    assert "năm 2026" in page.period_label.text() and "24/11/2026" in page.period_label.text()
    assert "còn 2 ngày" in page.period_label.text()  # due 24/11 ("trước ngày 25 tháng 11")
    assert page.figure_labels["received"].text() == "1"
    assert "Khiếu nại: 1" in page.petition_chart.accessibleDescription()


def test_a_form_refuses_a_record_in_an_approved_period(qtbot, people):
    from PySide6.QtCore import QDate

    from danvan_desktop.gui.activity_dialog import ActivityDialog
    from danvan_desktop.services import activities

    reports.approve(people["leader"], "2026", today=TODAY)
    dialog = ActivityDialog(people["officer"], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.held_on.setDate(QDate(2026, 10, 5))
    type_text(dialog.content, "Đối thoại với Nhân dân thôn Nà Lầu")
    press_save(qtbot, dialog)
    assert "đã khóa" in " ".join(dialog.error_texts()) and dialog.activity_id is None
    assert activities.list_activities(people["officer"], date(2026, 1, 1), TODAY) == []


def test_self_assessment_total_rating_and_the_printed_report(qtbot, people, monkeypatch):
    import subprocess

    page = open_page(qtbot, people["officer"])
    widget = page.assessment
    assert widget.rubric is not None and widget.spins
    assert "chưa chấm" in widget.spins[next(iter(widget.spins))].text()
    for code, spin in widget.spins.items():
        spin.setValue(widget.maxima[code])  # each criterion's full points
    assert "100/100" in widget.total_label.text() and "Tốt" in widget.total_label.text()
    first_criterion = next(iter(widget.notes))
    widget.notes[first_criterion].setText("Có kế hoạch số 12/KH-UBND")
    type_text(page.section_edits["han_che"], "Một số đơn còn chậm")
    assert page.save()
    stored = reports.report(people["officer"], "2026").assessment
    assert len(stored["scores"]) == len(widget.spins) and stored["notes"][first_criterion].startswith("Có kế hoạch")
    shown = []
    monkeypatch.setattr(ReportsPage, "_show_preview", lambda self, pdf: shown.append(pdf))
    page.preview()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=shown[0], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert "Một số đơn còn chậm" in text and "Tốt" in text


def test_a_period_not_ended_cannot_be_approved(qtbot, people):
    page = open_page(qtbot, people["leader"], "2027-H1")  # runs until 14/06/2027 (NĐ 09/2019 Đ.12 windows)
    assert not page.approve_button.isEnabled()
    reason = "Kỳ báo cáo 6 tháng đầu năm 2027 chưa kết thúc (số liệu đến hết ngày 14/06/2027): " \
             "chỉ phê duyệt được từ ngày 15/06/2027."
    assert page.approve_button.toolTip() == reason and reason in page.status_label.text()
    assert page.save_button.isEnabled()  # the draft is still written
    page.period_box.setCurrentIndex(page.period_box.findData("2026"))  # ended on 14/11/2026
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["period"]["id"] == "2026", timeout=10000)
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""
    assert "chưa kết thúc" not in page.status_label.text()


def test_dashboard_shows_an_overdue_report(qtbot, people):
    from danvan_desktop.gui.pages.overview_page import OverviewPage

    page = OverviewPage(people["officer"], Runner(), today=date(2026, 12, 1))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    # Due "trước ngày 25/11" of the Tuyên Quang directive, i.e. 24/11: a week late on 1/12.
    assert page.reminder_label.text() == "<b>Báo cáo năm 2026: quá hạn 7 ngày, chưa phê duyệt</b>"
    assert "6 tháng đầu năm 2027" in page.period_label.text()  # the next report is the current one
    page.runner.wait_idle()


def test_export_word_button_writes_the_report_as_docx(qtbot, people, monkeypatch, tmp_path):
    from docx import Document
    from PySide6.QtWidgets import QFileDialog
    target = tmp_path / "bao-cao.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Word (*.docx)"))
    page = open_page(qtbot, people["officer"])
    assert page.docx_button.text() == "Xuất &Word…"
    page.docx_button.click()
    qtbot.waitUntil(lambda: "Đã xuất" in page.saved_label.text(), timeout=20000)
    assert "#b00020" not in page.saved_label.styleSheet()
    doc = Document(target)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "BÁO CÁO" in text and "I. KẾT QUẢ THỰC HIỆN" in text
    assert doc.sections[0].header.paragraphs[-1].text == "DỰ THẢO"  # not approved yet


def test_directive_sections_are_entered_on_their_tab_and_reach_the_figures(qtbot, people):
    page = open_page(qtbot, people["officer"])
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.topics))
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Nội dung theo chỉ thị"
    page.topics.spins["hoa_giai_co_so", "vu_viec_hoa_giai"].setValue(7)
    page.topics.spins["hoa_giai_co_so", "hoa_giai_thanh"].setValue(5)
    page.save_button.click()
    assert "nguồn số liệu" in page.error.text()  # counts need a source note; nothing kept
    assert report_topics.entries(people["officer"], "2026") == {}
    page.topics.notes["hoa_giai_co_so"].setText("Sổ theo dõi hòa giải của các tổ hòa giải thôn")
    page.topics.texts["hoa_giai_co_so"].setPlainText("Các tổ hòa giải hoạt động thường xuyên.")
    page.save_button.click()
    assert page.error.text() == "" and not page.dirty
    assert page.saved_label.text().startswith("Đã lưu dự thảo lúc ")  # a short confirmation, not red
    page.load("2026")
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    assert page.topics.spins["hoa_giai_co_so", "hoa_giai_thanh"].value() == 5
    assert page.figures["topics"]["hoa_giai_co_so"] == {"vu_viec_hoa_giai": 7, "hoa_giai_thanh": 5}
    note = page.figures["topic_notes"]["hoa_giai_co_so"]
    assert note["entered_by"] == "canbo" and note["source_note"].startswith("Sổ theo dõi hòa giải")
    assert page.figures["topics"]["vu_viec_phuc_tap"]["nhieu_nguoi"] == 0  # read from the register
    assert ("Vụ việc hòa giải thành", "5") in page.figure_items()


def test_closing_the_window_keeps_the_typed_draft(qtbot, people):
    """Typing on Báo cáo, then closing the window: the draft is queued on the runner before the
    window waits for it, and nothing runs an event loop while Qt hides the page."""
    from danvan_desktop.gui.main_window import MainWindow

    window = MainWindow(people["officer"])
    qtbot.addWidget(window)
    window.show()
    keys = [key for key, _, _ in window.sections]
    window.show_section(keys.index("reports"))
    page = window.pages["reports"]
    period_id = page.state.period.id
    type_text(page.section_edits["ket_qua"], "Đã tổ chức 4 hội nghị")
    window.close()
    assert reports.report(people["officer"], period_id).meta["sections"]["ket_qua"] == "Đã tổ chức 4 hội nghị"
