"""Nhập từ Excel, walked as an officer does: the menu item, the file, the mapping, the
preview, the confirmation and the import; a template; a file that cannot be read."""

from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from danvan_desktop.domain.users import Role
from danvan_desktop.gui import import_dialog as import_dialog_module
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.runner import Runner
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user

TODAY = date.today()


@pytest.fixture
def window(qtbot, admin_session):
    add_user(admin_session, "vanphong", "Nguyễn Thị Nhung", Role.OFFICER, "matkhau-vanphong")
    officer = login(admin_session.store, "vanphong", "matkhau-vanphong")
    win = MainWindow(officer, Runner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.runner.wait_idle()


def answer_message_box(button, seen: list) -> None:
    """Press ``button`` on the next message box once it is up, keeping its text."""
    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def menu_action(win, text):
    return next(a for a in win.ui.fileMenu.actions() if a.text().replace("&", "") == text)


def register_sheet(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["SỔ THEO DÕI ĐƠN THƯ NĂM 2026"])
    ws.append(["Ngày nhận đơn", "Tên", "Địa chỉ", "Phân loại", "Lĩnh vực", "Nội dung đơn"])
    ws.append([date(2026, 1, 5), "Nguyễn Văn An", "Thôn Nà Lầu", "Kiến nghị", "Xây dựng", "Kiến nghị sửa đường"])
    ws.append(["06/01/2026", "Lê Thị Hoa", "Thôn Bản Bó", "Phản ánh", "Môi trường", "Phản ánh khói bụi"])
    ws.append(["07/01/2026", "Hà Văn Sơn", "Thôn Nà Mô", "Góp ý", "Môi trường", "Góp ý chung"])
    wb.save(path)
    return path


def test_import_walked_through_the_dialog(qtbot, window, tmp_path, monkeypatch):
    path = register_sheet(tmp_path / "so-don-2026.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.show_section(3)  # Đơn thư
    action = menu_action(window, "Nhập từ Excel…")
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.register.currentData() == "petitions"
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.sheet.currentText() == "Sheet"
    assert dialog.mapping.item(1, 1).text() == "Tên"
    assert dialog.mapping.cellWidget(1, 2).currentData() == ""  # "Tên" alone is not proposed
    assert "2 dòng hợp lệ, 1 dòng không nhập được" in dialog.summary.text()
    model = dialog.preview_model
    assert model.data(model.index(2, 0)) == "5" and model.data(model.index(2, 1)) == "Không nhập"
    assert model.data(model.index(2, 2)).startswith("Loại đơn: “Góp ý” không khớp")

    # The officer tells the app that "Tên" is the petitioner's name; the rows are checked again.
    combo = dialog.mapping.cellWidget(1, 2)
    combo.setCurrentIndex(combo.findData("name"))
    qtbot.waitUntil(lambda: dialog.plan.mapping.get(1) == "name", timeout=10000)
    assert dialog.plan.valid[0].record.petitioners[0].name == "Nguyễn Văn An"
    dialog.only_refused.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    assert dialog.import_button.text().replace("&", "") == "Nhập 2 dòng hợp lệ"

    seen = []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_import.text() == "Đã nhập 2 dòng vào sổ đơn thư.", timeout=10000)
    assert "1 dòng không nhập được sẽ bị bỏ qua" in seen[0]
    page = window.pages["petitions"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert {page.model.data(page.model.index(r, 3)) for r in range(2)} == {"Nguyễn Văn An", "Lê Thị Hoa"}
    # Previewed again, the imported rows say so and the button is off: nothing twice.
    qtbot.waitUntil(lambda: not dialog.plan.valid, timeout=10000)
    assert not dialog.import_button.isEnabled()
    assert "Đã nhập trước đây (tệp so-don-2026.xlsx, dòng 3)" in dialog.plan.outcomes[0].reasons


def test_template_and_a_file_that_cannot_be_read(qtbot, window, tmp_path, monkeypatch):
    window.show_section(2)  # Tiếp công dân
    menu_action(window, "Nhập từ Excel…").trigger()
    dialog = window.import_dialog
    assert dialog.register.currentData() == "receptions"
    target = tmp_path / "mau.xlsx"
    monkeypatch.setattr(import_dialog_module, "ask_xlsx_path", lambda *a: str(target))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "Đã lưu tệp mẫu mau.xlsx" in dialog.summary.text()

    locked = tmp_path / "co-mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(locked), ""))
    seen = []
    answer_message_box(QMessageBox.StandardButton.Ok, seen)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "được đặt mật khẩu" in seen[0]
    assert dialog.file.text() == "" and not dialog.import_button.isEnabled()


def test_dang_closes_the_dialog(qtbot, window):
    """Đóng (reject, and so QDialog.done) closes the dialog; it once crashed the app."""
    menu_action(window, "Nhập từ Excel…").trigger()
    dialog = window.import_dialog
    close = next(b for b in dialog.buttons.buttons() if b.text() == "Đóng")
    with qtbot.waitSignal(dialog.rejected):
        close.click()
    assert not dialog.isVisible()
