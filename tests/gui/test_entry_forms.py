"""The record entry dialogs as an officer meets them: no number silently cut to a range, every
error at once under its field, the wheel turning only the focused field, Esc asking before
typed text is lost, and no lĩnh vực chosen for the officer."""

import os
from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from danvan_desktop.gui.pages.democracy_page import DemocracyDialog
from danvan_desktop.gui.pages.models_page import ModelDialog
from danvan_desktop.gui.pages.receptions_page import ReceptionDialog
from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog
from danvan_desktop.services import activities, democracy, petitions
from tests.gui.helpers import press_save, type_text, when_modal
from tests.gui.test_journey import choose
from tests.gui.test_petition_register_gui import officer  # noqa: F401 - the fixture

TODAY = date(2026, 11, 22)


def set_number(qtbot, spin, text):
    """Select what the spin box shows and type ``text`` over it, as a user does."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def error_under(dialog, field):
    """The red line under ``field`` as shown ("" when hidden)."""
    label = dialog.field_errors.row_label[field]
    return label.text() if label.isVisible() else ""


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shot(dialog, name):
    """With ENTRY_SHOTS=folder, the dialog as PNG (to look at under Xvfb at 1366×768)."""
    folder = os.environ.get("ENTRY_SHOTS")
    if folder:
        dialog.grab().save(f"{folder}/{name}.png")


def test_the_petition_form_shows_every_error_under_its_field_and_keeps_the_text(qtbot, officer):
    form = opened(qtbot, PetitionFormDialog(officer, today=TODAY))
    assert form.field.currentText() == "(chọn lĩnh vực)"  # no default: the officer chooses
    choose(form.kind, "Tố cáo")
    type_text(form.name, "Hoàng Văn Đức")
    type_text(form.address, "Thôn Nà Lầu")
    form.cccd.setText("12345")
    form.phone.setText("12")
    press_save(qtbot, form)
    assert form.isVisible() and form.result() == 0
    assert error_under(form, "field") == "Lĩnh vực chưa được chọn."
    assert error_under(form, "content") == "Chưa nhập nội dung đơn."
    assert "12 chữ số" in error_under(form, "cccd")
    assert "Số điện thoại “12” không hợp lệ" in error_under(form, "phone")
    assert "bị tố cáo" in error_under(form, "accused")
    assert error_under(form, "name") == "" and form.error.text() == ""
    assert form.name.text() == "Hoàng Văn Đức" and form.cccd.text() == "12345"  # nothing typed is lost
    label = form.field_errors.row_label["content"]
    assert "#b00020" in label.styleSheet()
    # Under its field: the line sits between the content box and the next row.
    assert form.content.geometry().bottom() <= label.geometry().top() < form.attempt.geometry().top()
    shot(form, "petition-form-errors")
    assert petitions.count(officer, petitions.list_query(today=TODAY)) == 0

    type_text(form.content, "Tố cáo việc thu tiền sai quy định")  # editing a field clears its line only
    assert error_under(form, "content") == "" and error_under(form, "field") != ""
    choose(form.field, "Đất đai")
    form.cccd.setText("008085123456")
    form.phone.setText("0912345678")
    type_text(form.accused, "Trưởng thôn Nà Lầu")
    press_save(qtbot, form)
    assert form.result() == 1 and not form.isVisible()
    assert petitions.show_petition(officer, form.petition_id, today=TODAY).row["field"] == "dat_dai"


def test_150_percent_in_favour_is_refused_not_cut_to_100(qtbot, officer):
    dialog = opened(qtbot, DemocracyDialog(officer, today=TODAY))
    choose(dialog.kind, "Nhân dân bàn và quyết định")
    type_text(dialog.matter, "Đóng góp làm đường bê tông thôn Nà Lầu")
    set_number(qtbot, dialog.numbers["in_favour_percent"], "150")
    assert dialog.numbers["in_favour_percent"].value() == 150  # kept as typed
    press_save(qtbot, dialog)
    assert dialog.isVisible()
    assert error_under(dialog, "in_favour_percent") == "Tỷ lệ tán thành phải từ 0 đến 100% (đã nhập 150%)."
    assert error_under(dialog, "turnout") == "Nhân dân bàn và quyết định cần số người (hộ) tham gia."
    shot(dialog, "democracy-dialog-errors")
    set_number(qtbot, dialog.numbers["in_favour_percent"], "85")
    set_number(qtbot, dialog.numbers["turnout"], "120")
    assert error_under(dialog, "in_favour_percent") == ""
    press_save(qtbot, dialog)
    assert dialog.result() == 1
    assert democracy.record_input_of(officer, dialog.record_id).in_favour_percent == 85


def test_a_model_year_in_the_future_is_refused(qtbot, officer):
    dialog = opened(qtbot, ModelDialog(officer, today=TODAY))
    type_text(dialog.name, "Dân vận khéo trong dồn điền đổi thửa")
    type_text(dialog.owner, "Hội Nông dân xã")
    set_number(qtbot, dialog.year, "2030")
    assert dialog.year.value() == 2030
    press_save(qtbot, dialog)
    assert error_under(dialog, "year_registered") == "Năm đăng ký phải từ 2000 đến 2026 (năm nay), không phải 2030."
    assert dialog.isVisible()
    set_number(qtbot, dialog.year, "2025")
    press_save(qtbot, dialog)
    assert activities.model_input_of(officer, dialog.model_id).year_registered == 2025


def test_counts_are_never_cut_to_a_range(qtbot, officer):
    dialog = opened(qtbot, ReceptionDialog(officer, today=TODAY))
    type_text(dialog.receiver, "Ma Văn Thắng")
    set_number(qtbot, dialog.counts["visits"], "250000")
    assert dialog.counts["visits"].value() == 250000
    press_save(qtbot, dialog)
    assert error_under(dialog, "people") == "Số người không được ít hơn số lượt tiếp."


def wheel(widget, steps=1):
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_turns_only_the_focused_field(qtbot, officer):
    dialog = opened(qtbot, ReceptionDialog(officer, today=TODAY))
    visits, kind = dialog.counts["visits"], dialog.kind
    dialog.receiver.setFocus()
    event = wheel(visits)
    assert visits.value() == 0 and not event.isAccepted()  # passed on: the form scrolls instead
    before = kind.currentIndex()
    wheel(kind, -1)
    assert kind.currentIndex() == before
    assert visits.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it the focus
    dialog.activateWindow()
    visits.setFocus()
    qtbot.waitUntil(visits.hasFocus)
    wheel(visits)
    assert visits.value() == 1


def test_esc_asks_before_typed_text_is_thrown_away(qtbot, officer):
    untouched = opened(qtbot, ReceptionDialog(officer, today=TODAY))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()  # nothing typed: closed at once

    dialog = opened(qtbot, ReceptionDialog(officer, today=TODAY))
    type_text(dialog.receiver, "Ma Văn Thắng")
    asked = []

    def answer(text):
        def click(box):
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == text).click()
        return click

    when_modal(answer("Không"), QMessageBox)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Bỏ các thay đổi chưa lưu?"] and dialog.isVisible()
    assert dialog.receiver.text() == "Ma Văn Thắng"
    when_modal(answer("Có"), QMessageBox)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()  # Hủy
    assert len(asked) == 2 and not dialog.isVisible() and dialog.result() == 0


def test_a_score_above_its_maximum_is_named_not_cut(qtbot):
    from danvan_desktop.domain.self_assessment import Criterion, Rating, Rubric, SubCriterion
    from danvan_desktop.gui.self_assessment_widget import SelfAssessmentWidget

    rubric = Rubric(id="thu", name="Thử", source="Hướng dẫn", maximum=10, criteria=(
        Criterion(code="1", label="Tuyên truyền", items=(SubCriterion(code="1.a", label="Hội nghị", maximum=10),)),),
        ratings=(Rating(code="tot", label="Tốt", minimum=8), Rating(code="yeu", label="Yếu", minimum=0)))
    widget = SelfAssessmentWidget()
    qtbot.addWidget(widget)
    widget.set_rubric(rubric, {}, {}, annual=True)
    widget.show()
    spin = widget.spins["1.a"]
    set_number(qtbot, spin, "12" + spin.locale().decimalPoint() + "5")  # "12,5" in Vietnamese
    assert spin.value() == 12.5
    assert widget.over_label.isVisible()
    assert widget.over_label.text() == "Tiêu chí 1.a: điểm 12,5 vượt quá tối đa; điểm phải từ 0 đến 10."
    assert "tạm tính" in widget.total_label.text()  # no rating from an impossible total
    set_number(qtbot, spin, "9")
    assert not widget.over_label.isVisible() and "xếp loại <b>Tốt</b>" in widget.total_label.text()


def test_the_application_guards_the_wheel_on_every_page(qtbot, qapp, officer):
    """What ``create_application`` installs: over a page's unfocused filter, the wheel scrolls."""
    from danvan_desktop.gui.pages.models_page import ModelsPage
    from danvan_desktop.gui.wheel_guard import install_wheel_guard

    guard = install_wheel_guard(qapp)
    try:
        assert install_wheel_guard(qapp) is guard  # once
        page = ModelsPage(officer, today=TODAY)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        before = page.status.currentIndex()
        page.table.setFocus()
        event = wheel(page.status, -1)
        assert page.status.currentIndex() == before and not event.isAccepted()
        assert page.year.focusPolicy() == Qt.FocusPolicy.StrongFocus
    finally:
        qapp.removeEventFilter(guard)
        guard.deleteLater()


def test_an_idle_time_out_of_range_is_refused_with_the_range(qtbot, admin_session):
    from danvan_desktop.gui.runner import Runner
    from danvan_desktop.gui.session_group import IDLE_KEY, SessionGroup
    from danvan_desktop.services.settings import SETTINGS

    box = SessionGroup(admin_session, Runner())
    qtbot.addWidget(box)
    box.show()
    set_number(qtbot, box.minutes, "1000")
    assert box.minutes.value() == 1000  # as typed
    box.save_button.click()
    setting = SETTINGS[IDLE_KEY]
    assert box.error.isVisible()
    assert box.error.text() == f"{setting.label} phải từ {setting.low} đến {setting.high}."
