"""The petition register in real widgets: lazy model, form, detail, badge, receptions."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from danvan_desktop.domain.petitions import MASKED_IDENTITY, Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.models.petition_table_model import PAGE, PetitionTableModel
from danvan_desktop.gui.pages.petitions_page import PetitionsPage
from danvan_desktop.gui.pages.receptions_page import ReceptionDialog, ReceptionsPage
from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
from danvan_desktop.gui.petition_event_dialog import PetitionEventDialog
from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services import petitions
from danvan_desktop.services.auth import login
from danvan_desktop.services.demo_petitions import load_demo_petitions
from danvan_desktop.services.users import add_user
from tests.gui.test_windows import type_text
from tests.gui.helpers import press_save

TODAY = date(2026, 11, 22)


@pytest.fixture
def officer(admin_session):
    add_user(admin_session, "vanphong", "Nguyễn Thị Nhung", Role.OFFICER, "matkhau-vanphong")
    add_user(admin_session, "tiepdan", "Lý Văn Đức", Role.OFFICER, "matkhau-tiepdan")
    return login(admin_session.store, "vanphong", "matkhau-vanphong")


def test_lazy_model_pages_and_passes_qtmodeltester(qtmodeltester, admin_session):
    load_demo_petitions(admin_session, 1250, today=TODAY)
    model = PetitionTableModel(admin_session, petitions.list_query(today=TODAY))
    # The first walk reads 1,001 keys: the list and "more than 1,000" at once; rows stay lazy.
    assert model.rowCount() == model.FIRST_KEYS and model.canFetchMore()
    assert model.known_count() == (1000, True) and len(model._pages) == 0
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1250 and len(model._pages) <= PAGE
    dates = [model.data(model.index(r, 1)) for r in (0, 1249)]
    assert all(len(d) == 10 and d[2] == "/" for d in dates)  # dd/mm/yyyy
    model.set_query(petitions.list_query(kind="to_cao", today=TODAY))
    assert {model.data(model.index(r, 2)) for r in range(model.rowCount())} == {"Tố cáo"}
    qtmodeltester.check(model)


def test_enter_a_petition_through_the_form_and_find_it(qtbot, officer):
    page = PetitionsPage(officer, Runner(), today=TODAY)
    qtbot.addWidget(page)
    form = PetitionFormDialog(officer, page, today=TODAY)
    qtbot.addWidget(form)
    form.received.setDate(QDate(2026, 11, 16))
    form.kind.setCurrentIndex(form.kind.findData("khieu_nai"))
    form.field.setCurrentIndex(form.field.findData("dat_dai"))
    form.eligibility.setCurrentIndex(form.eligibility.findData("du_dieu_kien"))
    type_text(form.name, "Hoàng Văn Đức")
    type_text(form.address, "Thôn Nà Lầu")
    form.cccd.setText("12345")
    type_text(form.content, "Khiếu nại việc thu hồi đất làm đường")
    press_save(qtbot, form)
    assert "12 chữ số" in " ".join(form.error_texts()) and form.result() == 0
    assert form.name.text() == "Hoàng Văn Đức"  # nothing typed is lost
    assert petitions.count(officer, petitions.list_query(today=TODAY)) == 0
    form.cccd.setText("008085123456")
    press_save(qtbot, form)
    assert form.petition_id is not None
    page.refresh()
    page.search.setText("hoang van duc")
    page.apply_filters()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == "Hoàng Văn Đức"
    assert page.model.data(page.model.index(0, 1)) == "16/11/2026"
    assert petitions.show_petition(officer, form.petition_id, today=TODAY).row["eligibility"] == "du_dieu_kien"
    assert "1 đơn" in page.count.text()


def test_duplicates_suggested_in_the_form(qtbot, officer):
    first = petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 11, 2), kind="kien_nghi", channel="truc_tiep", field="moi_truong",
        content="Ô nhiễm nguồn nước suối Nà Lầu", petitioners=(Petitioner("Hà Thị Mai", "Thôn Nà Lầu"),)), today=TODAY)
    form = PetitionFormDialog(officer, today=TODAY)
    qtbot.addWidget(form)
    form.field.setCurrentIndex(form.field.findData("moi_truong"))
    form.name.setText("Hà Thị Mai")
    form.address.setText("Thôn Nà Lầu")
    form.content.setPlainText("Tiếp tục phản ánh ô nhiễm")
    form.suggest_duplicates()
    assert form.duplicates.count() == 1
    form.duplicates.item(0).setCheckState(Qt.CheckState.Checked)
    assert form.linked_duplicate() == first
    press_save(qtbot, form)
    assert petitions.show_petition(officer, form.petition_id, today=TODAY).row["duplicate_of"] == first


def test_duplicate_suggestions_never_reveal_a_denouncer(qtbot, officer, admin_session):
    petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 11, 16), kind="to_cao", channel="buu_chinh", field="can_bo_cong_chuc",
        content="Tố cáo cán bộ địa chính nhận tiền", accused="Cán bộ địa chính", assigned_to="tiepdan",
        petitioners=(Petitioner("Trần Văn Tố", "Thôn Bản Khiển", "002090654321"),)), today=TODAY)

    def suggestions_for(session, name, address, cccd):
        form = PetitionFormDialog(session, today=TODAY)
        qtbot.addWidget(form)
        form.show()
        form.name.setText(name)
        form.address.setText(address)
        form.cccd.setText(cccd)
        form.content.setPlainText("Đề nghị sửa đường")
        qtbot.waitUntil(lambda: not form._suggest_timer.isActive(), timeout=3000)
        form.suggest_duplicates()
        return [form.duplicates.item(i).text() for i in range(form.duplicates.count())]

    # An officer who may not see the denouncer types a name and address, or a CCCD, to test a guess.
    assert suggestions_for(officer, "Trần Văn Tố", "Thôn Bản Khiển", "") == []
    assert suggestions_for(officer, "Người Khác", "Nơi khác", "002090654321") == []
    assigned = login(admin_session.store, "tiepdan", "matkhau-tiepdan")  # handles the case: may see it
    shown = suggestions_for(assigned, "Trần Văn Tố", "Thôn Bản Khiển", "")
    assert len(shown) == 1 and "Trùng họ tên và địa chỉ" in shown[0]


def test_denouncer_masked_in_the_register(qtbot, officer, admin_session):
    petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 11, 16), kind="to_cao", channel="buu_chinh", field="can_bo_cong_chuc",
        content="Tố cáo cán bộ", accused="Cán bộ địa chính", assigned_to="tiepdan",
        petitioners=(Petitioner("Trần Văn Tố", "Thôn Bản Khiển"),)), today=TODAY)
    model = PetitionTableModel(officer, petitions.list_query(today=TODAY))
    assert model.data(model.index(0, 3)) == MASKED_IDENTITY
    assigned = login(admin_session.store, "tiepdan", "matkhau-tiepdan")
    assert PetitionTableModel(assigned, petitions.list_query(today=TODAY)).data(model.index(0, 3)) == "Trần Văn Tố"
    detail = PetitionDetailDialog(officer, 1, today=TODAY)
    qtbot.addWidget(detail)
    texts = [detail.summary.itemAt(i).widget().text() for i in range(detail.summary.count())
             if detail.summary.itemAt(i).widget() is not None]
    assert MASKED_IDENTITY in texts and not any("Trần Văn Tố" in t for t in texts)


def test_detail_records_a_step_and_updates_deadlines(qtbot, officer):
    pid = petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 11, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
        content="Khiếu nại thu hồi đất", petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),)), today=TODAY)
    detail = PetitionDetailDialog(officer, pid, today=TODAY)
    qtbot.addWidget(detail)
    states = [detail.deadlines.item(r, 4).text() for r in range(detail.deadlines.rowCount())]
    assert any(s.startswith("Quá hạn") for s in states)
    event = PetitionEventDialog(officer, pid, detail, today=TODAY)
    qtbot.addWidget(event)
    event.kind.setCurrentIndex(event.kind.findData("accepted"))
    event.on.setDate(QDate(2026, 10, 1))
    press_save(qtbot, event)
    assert "trước ngày nhận đơn" in " ".join(event.error_texts())
    event.on.setDate(QDate(2026, 11, 10))
    event.decision.setText("12/QĐ-UBND")
    press_save(qtbot, event)
    assert event.result() == 1
    detail.reload()
    labels = [detail.deadlines.item(r, 0).text() for r in range(detail.deadlines.rowCount())]
    assert "Giải quyết khiếu nại lần đầu" in labels
    assert detail.timeline.count() == 2 and "Thụ lý" in detail.timeline.item(1).text()


def test_overdue_badge_in_navigation(qtbot, officer):
    petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 9, 1), kind="kien_nghi", channel="truc_tiep", field="dat_dai",
        content="Kiến nghị làm đường", petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),)))
    window = MainWindow(officer)
    qtbot.addWidget(window)
    item = window.ui.navigation.item(3)
    assert item.text() == "Đơn thư  (1 quá hạn)"
    window.runner.wait_idle()


def test_reception_page_adds_a_session_and_lists_missed_weeks(qtbot, officer, monkeypatch):
    page = ReceptionsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    # This database was made today: no week before its first day of use is missed.
    assert page.missed.text() == "Tuần nào Chủ tịch cũng có tiếp công dân."
    from danvan_desktop.services import receptions as reception_service

    monkeypatch.setattr(reception_service, "first_day_of_use", lambda session: date(2026, 1, 1))
    page.refresh()
    # In use since 1/1/2026: weeks 5/1–9/11 (45) less the Tết week 16–22/2, which has no
    # working day; the week of 29/12/2025 has none from 1/1 on (1/1 and the 2/1 swap).
    assert "chưa tiếp công dân trong 44 tuần" in page.missed.text()
    dialog = ReceptionDialog(officer, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("dinh_ky"))
    dialog.counts["visits"].setValue(3)
    dialog.counts["people"].setValue(2)
    press_save(qtbot, dialog)
    assert "người tiếp" in " ".join(dialog.error_texts())
    type_text(dialog.receiver, "Ma Văn Thắng")
    press_save(qtbot, dialog)
    assert "ít hơn số lượt" in " ".join(dialog.error_texts())
    dialog.counts["people"].setValue(4)
    press_save(qtbot, dialog)
    assert dialog.reception_id == 1
    page.refresh()
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "Ma Văn Thắng"
    assert page.table.item(0, 2).text() == "Trực tiếp"


def test_correcting_a_petition_through_the_form(qtbot, officer):
    pid = petitions.add_petition(officer, PetitionInput(
        received_on=date(2026, 11, 2), kind="kien_nghi", channel="truc_tiep", field="dat_dai",
        content="Kiến nghị làm đường", petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),)), today=TODAY)
    form = PetitionFormDialog(officer, today=TODAY, editing=pid)
    qtbot.addWidget(form)
    assert form.name.text() == "Nguyễn Văn An" and form.content.toPlainText() == "Kiến nghị làm đường"
    form.content.setPlainText("Kiến nghị làm đường liên thôn Nà Lầu")
    press_save(qtbot, form)
    assert form.result() == 1
    detail = PetitionDetailDialog(officer, pid, today=TODAY)
    qtbot.addWidget(detail)
    assert "Sửa thông tin" in detail.timeline.item(detail.timeline.count() - 1).text()
    assert petitions.show_petition(officer, pid, today=TODAY).row["content"] == "Kiến nghị làm đường liên thôn Nà Lầu"


def test_activities_page_adds_and_lists_an_activity(qtbot, officer):
    from danvan_desktop.gui.activity_dialog import ActivityDialog
    from danvan_desktop.gui.pages.activities_page import ActivitiesPage

    page = ActivitiesPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0
    dialog = ActivityDialog(officer, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.held_on.setDate(QDate(2026, 11, 5))
    type_text(dialog.place, "Thôn Nà Lầu")
    dialog.counts["participants"].setValue(80)
    dialog.counts["women"].setValue(90)
    type_text(dialog.content, "Tuyên truyền Luật Đất đai")
    press_save(qtbot, dialog)
    assert "không được lớn hơn tổng số người tham gia" in " ".join(dialog.error_texts()) and dialog.result() == 0
    dialog.counts["women"].setValue(35)
    dialog.counts["ethnic_minority"].setValue(70)
    press_save(qtbot, dialog)
    assert dialog.activity_id is not None
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.index(0, 2).data() == "Thôn Nà Lầu"
    assert page.model.index(0, 0).data() == "05/11/2026"
    assert "80 lượt người tham gia (35 phụ nữ, 70 người dân tộc thiểu số" in page.totals.text()
    assert page.calendar.dateTextFormat(QDate(2026, 11, 5)).fontWeight() == 700


def test_models_page_shows_the_expectation_and_adds_a_model(qtbot, officer):
    from danvan_desktop.gui.pages.models_page import ModelDialog, ModelsPage

    page = ModelsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert "Gợi ý" in page.verdict.text() and page.model.rowCount() == 0  # no minimum set for Lâm Bình
    dialog = ModelDialog(officer, page, today=TODAY)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Dân vận khéo trong giải phóng mặt bằng")
    type_text(dialog.owner, "UBND xã Lâm Bình")
    dialog.status.setCurrentIndex(dialog.status.findData("hieu_qua"))
    dialog.level.setCurrentIndex(dialog.level.findData("tinh"))
    press_save(qtbot, dialog)
    assert "cả cấp khen và hình thức" in " ".join(dialog.error_texts())
    dialog.form.setCurrentIndex(dialog.form.findData("giay_khen"))
    press_save(qtbot, dialog)
    assert dialog.model_id is not None
    page.refresh()
    assert "Có 1 mô hình" in page.verdict.text()
    assert page.model.index(0, 6).data() == "Giấy khen cấp tỉnh"


def test_democracy_page_adds_a_decision(qtbot, officer):
    from danvan_desktop.gui.pages.democracy_page import DemocracyDialog, DemocracyPage

    page = DemocracyPage(officer, today=TODAY)
    qtbot.addWidget(page)
    dialog = DemocracyDialog(officer, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ban_quyet_dinh"))
    assert dialog.numbers["turnout"].isEnabled() and not dialog.numbers["posted_days"].isEnabled()
    dialog.on.setDate(QDate(2026, 4, 10))
    type_text(dialog.matter, "Mức đóng góp làm đường thôn Nà Lầu")
    press_save(qtbot, dialog)
    assert "số người (hộ) tham gia" in " ".join(dialog.error_texts())
    dialog.numbers["turnout"].setValue(112)
    dialog.numbers["in_favour_percent"].setValue(87)
    press_save(qtbot, dialog)
    assert dialog.record_id is not None
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.index(0, 4).data() == "112 người, 87% tán thành"


def test_a_save_keeps_the_scroll_position_and_selection(qtbot, admin_session, officer, monkeypatch):
    """Correcting a petition far down the list: the row shows the new text, the list is not
    reset (no modelReset), the view stays where it was and the row stays selected. A leader
    corrects it (sample petitions have no officer of their own who could)."""
    load_demo_petitions(admin_session, 400, today=TODAY)
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    leader = login(admin_session.store, "chutich", "matkhau-chutich")
    page = PetitionsPage(leader, Runner(), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    row = 350
    page.table.scrollTo(page.model.index(row, 0))
    page.table.selectRow(row)
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    pid = page.model.petition_id(row)

    def correct_in_the_form(detail):  # the user presses "Sửa thông tin", changes the content, saves
        def fill(form):
            form.content.setPlainText("Nội dung đã sửa sau khi xác minh")
            press_save(qtbot, form)
            return form.result()
        monkeypatch.setattr(PetitionFormDialog, "exec", fill)
        detail.edit()
        return 0

    monkeypatch.setattr(PetitionDetailDialog, "exec", correct_in_the_form)
    resets, changed = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    page.table.doubleClicked.emit(page.model.index(row, 0))
    assert changed == [(row, row)] and resets == []
    assert page.model.data(page.model.index(row, 4)) == "Nội dung đã sửa sau khi xác minh"
    assert page.table.verticalScrollBar().value() == scrolled
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [row]
    assert page.model.petition_id(row) == pid


def test_a_petition_without_signature_entered_in_the_form_is_not_eligible(qtbot, officer):
    from danvan_desktop.services import reports

    form = PetitionFormDialog(officer, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    form.received.setDate(QDate(2026, 11, 2))
    form.kind.setCurrentIndex(form.kind.findData("kien_nghi"))
    form.field.setCurrentIndex(form.field.findData("dat_dai"))
    form.eligibility.setCurrentIndex(form.eligibility.findData("du_dieu_kien"))
    type_text(form.name, "Hoàng Văn Đức")
    type_text(form.address, "Thôn Nà Lầu")
    type_text(form.content, "Kiến nghị sửa đường liên thôn")
    assert form.signed.isChecked() and "Luật Khiếu nại" in form.signed.toolTip()
    qtbot.mouseClick(form.signed, Qt.MouseButton.LeftButton)
    assert not form.signed.isChecked()
    press_save(qtbot, form)  # ticked "đủ điều kiện" with no signature: refused, nothing saved
    assert any("chữ ký hoặc điểm chỉ" in text for text in form.error_texts()) and form.result() == 0
    assert petitions.count(officer, petitions.list_query(today=TODAY)) == 0
    form.eligibility.setCurrentIndex(form.eligibility.findData(""))
    press_save(qtbot, form)
    assert form.result() == 1, form.error_texts()
    pid = form.petition_id
    petitions.record_event(officer, pid, "accepted", date(2026, 11, 3), today=TODAY)
    detail = PetitionDetailDialog(officer, pid, today=TODAY)
    qtbot.addWidget(detail)
    shown = [detail.summary.itemAt(i).widget().text() for i in range(detail.summary.count())
             if detail.summary.itemAt(i).widget() is not None]
    assert any("Đơn không có chữ ký hoặc điểm chỉ" in text for text in shown)
    figures = reports.live_figures(officer, reports.period(officer, "2026"), TODAY)["petitions"]
    assert (figures["processed"], figures["not_eligible"], figures["in_competence"]) == (1, 1, 0)
    # Correcting the form (the signature was there after all) makes the petition eligible.
    again = PetitionFormDialog(officer, today=TODAY, editing=pid)
    qtbot.addWidget(again)
    again.show()
    assert not again.signed.isChecked()
    again.signed.setChecked(True)
    press_save(qtbot, again)
    assert again.result() == 1, again.error_texts()
    figures = reports.live_figures(officer, reports.period(officer, "2026"), TODAY)["petitions"]
    assert (figures["processed"], figures["not_eligible"], figures["in_competence"]) == (1, 0, 1)
