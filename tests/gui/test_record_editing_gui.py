"""Correcting records in real widgets: the "Sửa…" button of each register and of the detail
dialogs opens the entry form filled with the record; the list then shows the new values."""

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from danvan_desktop.domain.activities import ActivityInput, ModelInput
from danvan_desktop.domain.democracy import DemocracyInput
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.receptions import ReceptionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.activity_dialog import ActivityDialog
from danvan_desktop.gui.pages.activities_page import ActivitiesPage
from danvan_desktop.gui.pages.democracy_page import DemocracyDialog, DemocracyPage
from danvan_desktop.gui.pages.models_page import ModelDialog, ModelsPage
from danvan_desktop.gui.pages.petitions_page import PetitionsPage
from danvan_desktop.gui.pages.receptions_page import ReceptionDialog, ReceptionsPage
from danvan_desktop.gui.petition_detail_dialog import PetitionDetailDialog
from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
from danvan_desktop.gui.record_detail_dialog import RecordDetailDialog
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services import activities, democracy, petitions, receptions, reports
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from tests.gui.helpers import ModalScript, click_yes, type_text

TODAY = date(2026, 11, 22)
MEETING = ActivityInput(held_on=date(2026, 11, 5), kind="tuyen_truyen", content="Tuyên truyền Luật Đất đai 2024",
                        place="Thôn Nà Lầu", starts_at=time(8, 0), ends_at=time(10, 30), participants=80, women=35)


@pytest.fixture
def staff(admin_session):
    for username, role in (("tiepdan", Role.OFFICER), ("vanphong", Role.OFFICER), ("chutich", Role.LEADER)):
        add_user(admin_session, username, "Lý Văn Đức", role, f"matkhau-{username}")
    return {u: login(admin_session.store, u, f"matkhau-{u}") for u in ("tiepdan", "vanphong", "chutich")}


def press_save(dialog) -> None:
    """Press Lưu and wait for the write on the runner to end (saved, or refused with the form open)."""
    loop = QEventLoop()
    dialog.save_finished.connect(loop.quit)
    QTimer.singleShot(10000, loop.quit)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    loop.exec()


def select_first_row(qtbot, table) -> None:
    table.show()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_activity_corrected_from_the_register(qtbot, staff):
    officer = staff["tiepdan"]
    activities.add_activity(officer, MEETING, today=TODAY)
    page = ActivitiesPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.edit_button.isEnabled() and "Chọn một dòng" in page.edit_button.toolTip()
    select_first_row(qtbot, page.table)
    assert page.edit_button.isEnabled()

    def correct(dialog):
        assert dialog.windowTitle() == "Sửa hoạt động dân vận số 1"
        assert dialog.content.toPlainText() == MEETING.content and dialog.counts["participants"].value() == 80
        assert dialog.ends_at.time().toString("HH:mm") == "10:30"
        dialog.counts["participants"].setValue(95)
        dialog.place.clear()
        type_text(dialog.place, "Thôn Bản Bó")
        press_save(dialog)

    script = ModalScript((ActivityDialog, correct))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert page.model.index(0, 2).data() == "Thôn Bản Bó" and page.model.index(0, 4).data() == "95"
    assert "95 lượt người" in page.totals.text()


def test_model_status_moves_on_from_its_detail_dialog(qtbot, staff):
    officer = staff["tiepdan"]
    activities.add_model(officer, ModelInput(name="Dân vận khéo trong giải phóng mặt bằng", field="kinh_te",
                                             owner_kind="tap_the", owner="UBND xã Lâm Bình", year_registered=2025),
                         today=TODAY)
    page = ModelsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.verdict.text().count("Gợi ý: xây dựng 1–2 mô hình") == 1  # only registered: not counted
    shown = {}

    def open_form(detail):
        assert detail.edit_button.isEnabled()
        shown["before"] = detail.value_of("Tình trạng:")
        detail.edit_button.click()  # opens the form; the script goes on inside it
        shown["after"] = detail.value_of("Tình trạng:")
        shown["recognition"] = detail.value_of("Khen thưởng:")
        detail.reject()

    def correct(form):
        assert form.name.text() == "Dân vận khéo trong giải phóng mặt bằng" and form.status.currentData() == "dang_ky"
        form.status.setCurrentIndex(form.status.findData("hieu_qua"))
        form.level.setCurrentIndex(form.level.findData("tinh"))
        press_save(form)
        assert "cả cấp khen và hình thức" in " ".join(form.error_texts())  # refused like a new model, the form stays
        form.form.setCurrentIndex(form.form.findData("bang_khen"))
        press_save(form)

    script = ModalScript((RecordDetailDialog, open_form), (ModelDialog, correct))
    page.show()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens the detail, as a double-click does
    script.finish()
    assert (shown["before"], shown["after"], shown["recognition"]) == ("Đăng ký", "Hiệu quả", "Bằng khen cấp tỉnh")
    assert "Hiệu quả" in [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert page.verdict.text().count("Có 1 mô hình đang thực hiện") == 1


def test_democracy_record_corrected_through_the_right_click_menu(qtbot, staff):
    officer = staff["tiepdan"]
    democracy.add_record(officer, DemocracyInput(kind="ban_quyet_dinh", on=date(2026, 10, 10), matter="Làm đường",
                                                 form="hop", turnout=112, in_favour_percent=87), today=TODAY)
    page = DemocracyPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    select_first_row(qtbot, page.table)

    def correct(dialog):
        assert dialog.kind.currentData() == "ban_quyet_dinh" and dialog.numbers["turnout"].value() == 112
        assert dialog.form.currentData() == "hop"
        dialog.on.setDate(QDate(2026, 10, 12))
        dialog.numbers["in_favour_percent"].setValue(91)
        press_save(dialog)

    script = ModalScript((DemocracyDialog, correct))
    menu_edit = page.table.actions()[0]
    assert menu_edit.text() == "Sửa…" and menu_edit.isEnabled()
    menu_edit.trigger()
    script.finish()
    assert page.model.index(0, 0).data() == "12/10/2026"
    assert "91%" in page.model.index(0, 4).data()


def test_reception_corrected_by_double_click(qtbot, staff):
    officer = staff["tiepdan"]
    receptions.add_reception(officer, ReceptionInput(held_on=date(2026, 11, 16), kind="dinh_ky",
                                                     receiver="Ma Văn Thắng", visits=2, people=3, form="truc_tuyen",
                                                     delegated=True), today=TODAY)
    page = ReceptionsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()

    def correct(dialog):
        assert dialog.receiver.text() == "Ma Văn Thắng" and dialog.counts["people"].value() == 3
        assert dialog.form.currentData() == "truc_tuyen" and dialog.delegated.isChecked()
        dialog.counts["people"].setValue(1)
        press_save(dialog)
        assert "ít hơn số lượt" in " ".join(dialog.error_texts())
        dialog.counts["people"].setValue(5)
        type_text(dialog.note, "Có phiên dịch")
        press_save(dialog)

    script = ModalScript((ReceptionDialog, correct))
    page.show()
    page.table.doubleClicked.emit(page.table.model().index(0, 2))  # what a double-click on the row sends
    script.finish()
    assert page.table.item(0, 5).text() == "5" and page.table.item(0, 9).text() == "Có phiên dịch"  # after “Cách tiếp”
    assert page.table.item(0, 1).text().endswith("(cấp phó tiếp thay)") and page.table.item(0, 2).text() == "Trực tuyến"


def test_petition_edit_button_for_its_author_and_disabled_with_the_reason_for_others(qtbot, staff):
    author, other = staff["tiepdan"], staff["vanphong"]
    petitions.add_petition(author, PetitionInput(
        received_on=date(2026, 11, 2), kind="kien_nghi", channel="truc_tiep", field="dat_dai",
        content="Kiến nghị làm đường", petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),)), today=TODAY)
    page = PetitionsPage(other, Runner(), today=TODAY)
    qtbot.addWidget(page)
    select_first_row(qtbot, page.table)
    assert not page.edit_button.isEnabled()
    assert "người đã nhập (tiepdan)" in page.edit_button.toolTip() and "lãnh đạo" in page.edit_button.toolTip()
    detail = PetitionDetailDialog(other, 1, today=TODAY)
    qtbot.addWidget(detail)
    assert not detail.edit_button.isEnabled() and "tiepdan" in detail.edit_button.toolTip()

    page = PetitionsPage(author, Runner(), today=TODAY)
    qtbot.addWidget(page)
    select_first_row(qtbot, page.table)
    assert page.edit_button.isEnabled()

    def correct(form):
        form.content.setPlainText("Kiến nghị làm đường liên thôn Nà Lầu")
        press_save(form)

    script = ModalScript((PetitionFormDialog, correct))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert page.model.index(0, 4).data() == "Kiến nghị làm đường liên thôn Nà Lầu"


def test_others_see_why_they_cannot_correct_an_activity(qtbot, staff):
    activities.add_activity(staff["tiepdan"], MEETING, today=TODAY)
    page = ActivitiesPage(staff["vanphong"], today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    select_first_row(qtbot, page.table)
    assert not page.edit_button.isEnabled() and not page.table.actions()[0].isEnabled()
    assert page.edit_button.toolTip() == ("Chỉ người đã nhập (tiepdan) hoặc lãnh đạo được sửa bản ghi này; "
                                          "tài khoản “vanphong” không sửa được.")
    detail = RecordDetailDialog(staff["vanphong"], "activity", 1, edit=page.edit_activity)
    qtbot.addWidget(detail)
    assert not detail.edit_button.isEnabled() and "tiepdan" in detail.edit_button.toolTip()
    leader = ActivitiesPage(staff["chutich"], today=TODAY)
    qtbot.addWidget(leader)
    leader.refresh()
    select_first_row(qtbot, leader.table)
    assert leader.edit_button.isEnabled()


def test_a_correction_inside_an_approved_period_is_refused_in_the_form(qtbot, staff):
    officer = staff["tiepdan"]
    activities.add_activity(officer, ActivityInput(held_on=date(2026, 3, 5), kind="tap_huan", content="Tập huấn",
                                                   starts_at=time(8, 0), ends_at=time(10, 0)), today=TODAY)
    reports.approve(staff["chutich"], "2026-H1", today=TODAY)
    page = ActivitiesPage(officer, today=TODAY)
    qtbot.addWidget(page)
    page.start.setDate(QDate(2026, 1, 1))
    page.refresh()
    select_first_row(qtbot, page.table)
    seen = {}

    def correct(dialog):
        dialog.counts["participants"].setValue(30)
        press_save(dialog)
        seen["error"] = " ".join(dialog.error_texts())
        seen["open"] = dialog.isVisible()
        dialog.reject()  # Hủy: the typed change is thrown away once the officer says so

    def discard(box):
        seen["asked"] = box.text()
        click_yes(box)

    script = ModalScript((ActivityDialog, correct), (QMessageBox, discard))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert seen["open"] and "05/03/2026 thuộc kỳ báo cáo 2026-H1" in seen["error"] and "đã khóa" in seen["error"]
    assert seen["asked"] == "Bỏ các thay đổi chưa lưu?"
    assert page.model.index(0, 4).data() == "0"


def test_an_activity_entered_without_times_keeps_none_unless_they_are_set(qtbot, staff):
    officer = staff["tiepdan"]
    activity_id = activities.add_activity(officer, ActivityInput(held_on=date(2026, 11, 5), kind="hoa_giai",
                                                                 content="Hòa giải ranh giới đất"), today=TODAY)
    form = ActivityDialog(officer, today=TODAY, editing=activity_id)
    qtbot.addWidget(form)
    form.counts["participants"].setValue(6)
    press_save(form)
    assert activities.get_activity(officer, activity_id)["starts_at"] is None  # 08:00 shown, not stored
    form = ActivityDialog(officer, today=TODAY, editing=activity_id)
    qtbot.addWidget(form)
    form.starts_at.setTime(form.starts_at.time().addSecs(3600))
    press_save(form)
    row = activities.get_activity(officer, activity_id)
    assert (row["starts_at"], row["ends_at"]) == ("09:00", "10:00")


def test_double_clicking_another_officers_reception_says_why_it_cannot_be_corrected(qtbot, staff):
    from PySide6.QtWidgets import QMessageBox

    receptions.add_reception(staff["tiepdan"], ReceptionInput(held_on=date(2026, 11, 16), kind="thuong_xuyen",
                                                              receiver="Lý Văn Đức", visits=1, people=1), today=TODAY)
    page = ReceptionsPage(staff["vanphong"], today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    seen = {}

    def read_and_close(message):
        seen["text"] = message.text()
        message.accept()

    script = ModalScript((QMessageBox, read_and_close))
    page.show()
    page.table.doubleClicked.emit(page.table.model().index(0, 1))
    script.finish()
    assert "người đã nhập (tiepdan)" in seen["text"]


def test_cases_of_a_session_are_numbered_and_dropping_them_is_asked(qtbot, staff):
    """Entering a session's cases: each form says "Vụ việc 2/3"; closing one asks before the
    rest are left out, and "Không" goes back to the same case."""
    from PySide6.QtWidgets import QMessageBox

    officer = staff["tiepdan"]
    page = ReceptionsPage(officer, today=TODAY)
    qtbot.addWidget(page)
    titles, questions = [], []

    def fill(content):
        def handle(form):
            titles.append(form.windowTitle())
            form.kind.setCurrentIndex(form.kind.findData("phan_anh"))
            form.field.setCurrentIndex(form.field.findData("moi_truong"))
            type_text(form.name, "Nông Văn Hải")
            type_text(form.content, content)
            press_save(form)
        return handle

    def close(form):
        titles.append(form.windowTitle())
        form.reject()

    def answer(button):
        def handle(box):
            questions.append(box.text())
            box.button(button).click()
        return handle

    def session(dialog):
        dialog.held_on.setDate(QDate(2026, 11, 16))
        dialog.kind.setCurrentIndex(dialog.kind.findData("thuong_xuyen"))
        type_text(dialog.receiver, "Lý Văn Đức")
        for name, value in (("visits", 3), ("people", 3), ("cases_new", 3)):
            dialog.counts[name].setValue(value)
        press_save(dialog)

    script = ModalScript((ReceptionDialog, session), (QMessageBox, answer(QMessageBox.StandardButton.Yes)),
                         (PetitionFormDialog, fill("Phản ánh khói bụi")), (PetitionFormDialog, close),
                         (QMessageBox, answer(QMessageBox.StandardButton.No)),
                         (PetitionFormDialog, close), (QMessageBox, answer(QMessageBox.StandardButton.Yes)))
    page.show()
    next(b for b in page.findChildren(QPushButton) if b.text().replace("&", "") == "Thêm buổi tiếp…").click()
    script.finish()
    assert petitions.count(officer, petitions.list_query(today=TODAY)) == 1
    assert [t.split(" — ")[0] for t in titles] == ["Vụ việc 1/3 của buổi tiếp", "Vụ việc 2/3 của buổi tiếp",
                                                   "Vụ việc 2/3 của buổi tiếp"]
    assert "3 vụ việc" in questions[0] and questions[1].startswith("Còn 2 vụ việc của buổi tiếp chưa vào sổ đơn")
