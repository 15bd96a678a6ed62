"""Duplicate suggestions in the petition form, as the officer types: only above the stated
similarity, with the reason shown, never the petition being corrected, never a denouncer told."""

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
from danvan_desktop.services import petitions
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from tests.gui.helpers import type_text

TODAY = date(2026, 11, 22)
WATER = "Phản ánh cơ sở chăn nuôi lợn xả thải gây ô nhiễm nguồn nước suối thôn Nà Lầu"


@pytest.fixture
def officer(admin_session):
    add_user(admin_session, "vanphong", "Nguyễn Thị Nhung", Role.OFFICER, "matkhau-vanphong")
    add_user(admin_session, "tiepdan", "Lý Văn Đức", Role.OFFICER, "matkhau-tiepdan")
    return login(admin_session.store, "vanphong", "matkhau-vanphong")


def earlier(session, name="Hà Thị Mai", address="Thôn Nà Lầu", cccd="", content=WATER, kind="phan_anh", **more):
    return petitions.add_petition(session, PetitionInput(
        received_on=date(2026, 11, 2), kind=kind, channel="truc_tiep", field="moi_truong", content=content,
        petitioners=(Petitioner(name, address, cccd),), **more), today=TODAY)


def typed_form(qtbot, session, name="", address="", cccd="", content="", editing=None):
    """The form open on screen; the officer types (key by key) and pauses."""
    form = PetitionFormDialog(session, today=TODAY, editing=editing)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for edit, text in ((form.name, name), (form.address, address), (form.cccd, cccd)):
        if text:
            edit.clear()
            type_text(edit, text)
    if content:
        form.content.clear()
        type_text(form.content, content)
    qtbot.waitUntil(lambda: not form._suggest_timer.isActive(), timeout=3000)
    return form


def shown(form):
    return [form.duplicates.item(i).text() for i in range(form.duplicates.count())]


def test_each_suggestion_says_why(qtbot, officer):
    by_cccd = earlier(officer, name="Lò Văn Pả", address="Bản Chỏn", cccd="008085123456",
                      content="Khiếu nại việc thu hồi đất", kind="khieu_nai")
    by_name = earlier(officer, content="Đề nghị sửa nhà văn hóa", kind="kien_nghi")
    by_content = earlier(officer, name="Người Khác", address="Thôn Bản Bó")
    form = typed_form(qtbot, officer, "Hà Thị Mai", "Thôn Nà Lầu", "008085123456",
                      "Phản ánh cơ sở chăn nuôi lợn xả thải gây ô nhiễm nguồn nước suối thôn Nà Lầu nữa")
    texts = shown(form)
    assert len(texts) == 3
    assert texts[0].startswith(f"Đơn số {by_cccd}") and "Trùng CCCD" in texts[0]
    assert texts[1].startswith(f"Đơn số {by_name}") and "Trùng họ tên và địa chỉ" in texts[1]
    assert texts[2].startswith(f"Đơn số {by_content}") and "Nội dung giống 97%" in texts[2]
    assert any("nội dung giống từ 70% trở lên" in label.text() for label in form.findChildren(QLabel))


def test_a_content_below_the_threshold_is_not_suggested(qtbot, officer):
    earlier(officer)  # shares many words, another matter
    form = typed_form(qtbot, officer, "Người Khác", "Thôn Nà Vài", "",
                      "Phản ánh xưởng chế biến gỗ gây tiếng ồn ô nhiễm thôn Nà Lầu")
    assert shown(form) == []
    form.content.clear()
    type_text(form.content, "Phan anh co so chan nuoi lon xa thai gay o nhiem nguon nuoc suoi thon Na Lau")
    qtbot.waitUntil(lambda: form.duplicates.count() == 1, timeout=3000)  # typed without accents: the same words
    assert "Nội dung giống 100%" in shown(form)[0]


def test_the_petition_being_corrected_is_never_suggested(qtbot, officer):
    pid = earlier(officer, cccd="008085123456")
    other = earlier(officer, name="Hà Thị Mai", address="Thôn Nà Lầu", content="Đề nghị làm đường", kind="kien_nghi")
    form = typed_form(qtbot, officer, editing=pid)
    form.suggest_duplicates()  # the form opened with everything matching itself
    texts = shown(form)
    assert texts and not any(t.startswith(f"Đơn số {pid} ") for t in texts)
    assert any(t.startswith(f"Đơn số {other} ") for t in texts)


def test_a_denouncer_is_told_neither_by_a_suggestion_nor_by_its_absence(qtbot, officer, admin_session):
    secret = earlier(officer, name="Trần Văn Tố", address="Thôn Bản Khiển", cccd="002090654321", kind="to_cao",
                     content="Tố cáo cán bộ địa chính xã có dấu hiệu nhũng nhiễu khi làm thủ tục đất đai",
                     accused="Cán bộ địa chính", assigned_to="tiepdan")
    content = "Tố cáo cán bộ địa chính xã có dấu hiệu nhũng nhiễu khi làm thủ tục đất đai"
    guess = shown(typed_form(qtbot, officer, "Trần Văn Tố", "Thôn Bản Khiển", "002090654321", content))
    stranger = shown(typed_form(qtbot, officer, "Người Khác", "Nơi khác", "", content))
    assert guess == stranger and len(guess) == 1 and "Nội dung giống" in guess[0]  # by the content only
    assert not any("Trùng" in t for t in guess)
    assert shown(typed_form(qtbot, officer, "Trần Văn Tố", "Thôn Bản Khiển", "002090654321",
                            "Đề nghị sửa đường")) == []
    assigned = login(admin_session.store, "tiepdan", "matkhau-tiepdan")  # handles the case: may see it
    texts = shown(typed_form(qtbot, assigned, "Trần Văn Tố", "Thôn Bản Khiển", "", "Đề nghị sửa đường"))
    assert len(texts) == 1 and texts[0].startswith(f"Đơn số {secret} ") and "Trùng họ tên và địa chỉ" in texts[0]
