"""Cài đặt → "Quy tắc và danh mục": an administrator loads a rule file and a unit list after
a preview of what changes; a bad file is refused with its reason and nothing changes."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from danvan_desktop.domain.users import Role
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.pages.settings_page import SettingsPage
from danvan_desktop.gui.rule_changes_dialog import RuleChangesDialog
from danvan_desktop.gui.runner import Runner
from danvan_desktop.paths import resource
from danvan_desktop.services import units
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from tests.gui.helpers import ModalScript


def rows_of(dialog) -> list[tuple]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def open_settings(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settings = window.pages["settings"]
    assert window.ui.pages.currentWidget() is settings
    return window, settings.rules_box


def test_a_rule_file_is_previewed_then_loaded(qtbot, admin_session, tmp_path, monkeypatch):
    window, box = open_settings(qtbot, admin_session)
    assert box.isVisible() and "Thời hạn giải quyết đơn: time_limits.json (đi kèm ứng dụng)" in box.in_force.text()
    data = json.loads(resource("rules", "time_limits.json").read_text("utf-8"))
    rule = next(r for r in data["rule_sets"][0]["rules"] if r["step"] == "process" and "kien_nghi" in r["kinds"])
    rule["days"] = 7
    picked = tmp_path / "thoi-han-2027.json"
    picked.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked), ""))
    seen = {}

    def look_then_apply(dialog):
        seen["title"], seen["summary"], seen["rows"] = dialog.windowTitle(), dialog.summary.text(), rows_of(dialog)
        dialog.apply_button.click()

    script = ModalScript((RuleChangesDialog, look_then_apply))
    qtbot.mouseClick(box.rules_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert seen["title"] == "Xem trước thay đổi — Thời hạn giải quyết đơn"
    assert seen["summary"] == "1 mục thay đổi."
    [(kind, entry, before, after)] = seen["rows"]
    assert (kind, before, after) == ("Thay đổi", "10 ngày làm việc", "7 ngày làm việc") and "Xử lý đơn" in entry
    assert "Đã nạp thoi-han-2027.json" in box.status.text()
    assert "time_limits.json (đã nạp)" in box.in_force.text()
    window.runner.wait_idle()


def test_a_bad_file_is_refused_with_its_reason_and_a_cancelled_preview_changes_nothing(
        qtbot, admin_session, tmp_path, monkeypatch):
    window, box = open_settings(qtbot, admin_session)
    broken = tmp_path / "ky-bao-cao.json"
    broken.write_text('{"format": "danvan-report-periods", "default": {"periods": ['
                      '{"kind": "6_thang", "start": "15/12", "end": "06-14", "due": "06-20"}]}}', "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    seen = {}

    def read_and_close(message):
        seen["text"] = message.text()
        message.accept()

    script = ModalScript((QMessageBox, read_and_close))
    qtbot.mouseClick(box.rules_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert "MM-DD" in seen["text"] and "Không có gì thay đổi." in seen["text"]
    assert "Kỳ báo cáo: report_periods.json (đi kèm ứng dụng)" in box.in_force.text()

    data = json.loads(resource("units", units.BUNDLED_LIST_FILE).read_text("utf-8"))
    next(u for u in data["units"] if u["code"] == "02266")["name"] = "Xã Lâm Bình Mới"
    picked = tmp_path / "danh-muc.json"
    picked.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked), ""))

    def look_then_cancel(dialog):
        seen["rows"] = rows_of(dialog)
        dialog.reject()

    script = ModalScript((RuleChangesDialog, look_then_cancel))
    qtbot.mouseClick(box.units_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert seen["rows"] == [("Thay đổi", "Xã/phường 02266", "Xã Lâm Bình (thuộc Tuyên Quang)",
                             "Xã Lâm Bình Mới (thuộc Tuyên Quang)")]
    assert box.status.text() == "" and "Lâm Bình Mới" not in window.unit_label.text()

    script = ModalScript((RuleChangesDialog, lambda dialog: dialog.apply_button.click()))
    qtbot.mouseClick(box.units_button, Qt.MouseButton.LeftButton)
    script.finish()
    assert box.status.text() == "Đã nạp danh mục vn-2025-07-01 (Danh mục đơn vị hành chính từ 01/7/2025)."
    window.runner.wait_idle()


def test_the_section_is_for_administrators_only(qtbot, admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    page = SettingsPage(login(admin_session.store, "chutich", "matkhau-chutich"), Runner())
    qtbot.addWidget(page)
    assert not page.rules_box.isVisibleTo(page)
