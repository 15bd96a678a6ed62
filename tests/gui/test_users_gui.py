"""Users and sessions in the GUI, driven like an administrator and the users would: add a
user, reset a password, unlock, disable and enable, change one's own password, log out and
in, and the screen lock after the idle time set in Cài đặt."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from danvan_desktop.errors import AuthenticationFailed
from danvan_desktop.gui.add_user_dialog import AddUserDialog
from danvan_desktop.gui.choice_box import ChoiceBox
from danvan_desktop.gui.login_dialog import LoginDialog
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.password_dialog import PasswordDialog
from danvan_desktop.gui.session_control import SessionController
from danvan_desktop.services.auth import login
from tests.conftest import ADMIN_PASSWORD
from tests.gui.helpers import click_ok, click_yes, press_save, type_text, when_modal


def settings_of(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_section(len(window.sections) - 1)
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: settings.checks.rowCount() > 0, timeout=10000)
    return window, settings


def statuses(users):
    table = users.table
    return {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}


def fill_add_user(dialog, full_name, username, role_label, password, confirm=None):
    type_text(dialog.ui.fullNameEdit, full_name)
    dialog.ui.usernameEdit.setFocus()
    for char in username:
        type_text(dialog.ui.usernameEdit, char)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText(role_label))
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.confirmEdit.setText(password if confirm is None else confirm)


def add_through_dialog(qtbot, users, full_name, username, role_label, password):
    def fill(dialog):
        fill_add_user(dialog, full_name, username, role_label, password)
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()

    handled = when_modal(fill, AddUserDialog)
    users.add_button.click()
    assert handled, "the Thêm người dùng dialog did not open"
    return handled[0]


def choose(users, username):
    users.select(username)
    assert users.selected().user.username == username


def test_role_combo_gives_back_the_role_enum(qtbot, admin_session):
    dialog = AddUserDialog(admin_session)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.ui.roleCombo, ChoiceBox)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Lãnh đạo"))
    assert dialog.ui.roleCombo.currentData().label == "Lãnh đạo"  # a Role, not the plain str "leader"


def test_add_user_through_the_dialog(qtbot, admin_session):
    window, settings = settings_of(qtbot, admin_session)
    users = settings.users_box
    assert users.isVisible() and statuses(users) == {"admin": ("Quản trị hệ thống", "đang dùng")}
    dialog = add_through_dialog(qtbot, users, "Ma Văn Thắng", "chutich", "Lãnh đạo", "matkhau-chutich")
    assert not dialog.isVisible() and dialog.ui.errorLabel.text() == ""
    assert statuses(users)["chutich"] == ("Lãnh đạo", "đang dùng")
    assert users.selected().user.username == "chutich"  # the new user is chosen for the next action
    assert login(admin_session.store, "chutich", "matkhau-chutich").user.full_name == "Ma Văn Thắng"
    window.runner.wait_idle()


def test_add_user_refuses_bad_input_and_stays_open(qtbot, admin_session):
    dialog = AddUserDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_add_user(dialog, "Lý Thị Hoa", "canbo", "Cán bộ, công chức", "matkhau-canbo", confirm="matkhau-khac")
    ok = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    assert ok.text() == "Thêm"
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_texts() == ["Hai lần nhập mật khẩu không khớp nhau."]
    dialog.ui.confirmEdit.setText("matkhau-canbo")
    dialog.ui.usernameEdit.setText("ADMIN")  # taken
    press_save(qtbot, dialog)
    assert dialog.isVisible() and "đã có người dùng" in dialog.error_texts()[0]
    dialog.ui.usernameEdit.setText("canbo")
    press_save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.user.role.value == "officer"


def test_reset_unlock_disable_and_enable(qtbot, admin_session, monkeypatch):
    window, settings = settings_of(qtbot, admin_session)
    users = settings.users_box
    add_through_dialog(qtbot, users, "Lý Thị Hoa", "canbo", "Cán bộ, công chức", "matkhau-canbo")
    choose(users, "admin")  # one's own account: neither reset here nor disabled
    assert not users.reset_button.isEnabled() and not users.active_button.isEnabled()
    assert "tự vô hiệu hóa" in users.active_button.toolTip()

    # Five wrong passwords at the login dialog lock the account (the delay between guesses
    # is tested in tests/core/test_small_safety.py; here it is waived); the lock is told only
    # to someone who then types the right password, and the table says until when.
    monkeypatch.setattr("danvan_desktop.services.auth.delay_after", lambda failures: 0)
    login_dialog = LoginDialog(admin_session.store)
    qtbot.addWidget(login_dialog)
    for _ in range(5):
        login_dialog.ui.usernameEdit.setText("canbo")
        login_dialog.ui.passwordEdit.setText("sai-mat-khau")
        login_dialog.ui.buttons.button(login_dialog.ui.buttons.StandardButton.Ok).click()
    assert login_dialog.error_texts() == ["Tên đăng nhập hoặc mật khẩu không đúng."]  # not "bị khóa"
    login_dialog.ui.passwordEdit.setText("matkhau-canbo")
    login_dialog.ui.buttons.button(login_dialog.ui.buttons.StandardButton.Ok).click()
    assert "bị khóa" in login_dialog.ui.errorLabel.text()
    users.refresh()
    until = (datetime.now() + timedelta(minutes=15)).strftime("%H:%M")
    before = (datetime.now() + timedelta(minutes=14)).strftime("%H:%M")
    assert statuses(users)["canbo"][1] in (f"bị khóa đến {until}", f"bị khóa đến {before}")
    choose(users, "canbo")
    assert users.unlock_button.isEnabled()
    users.unlock_button.click()  # on the runner; the table follows from what it announces
    qtbot.waitUntil(lambda: statuses(users)["canbo"][1] == "đang dùng", timeout=5000)
    assert not users.unlock_button.isEnabled()
    login(admin_session.store, "canbo", "matkhau-canbo")

    # Reset: the dialog checks the repeat, then sets the new password.
    def reset(dialog):
        assert any("Lý Thị Hoa" in label.text() for label in dialog.findChildren(QLabel))
        dialog.password.setText("matkhau-moi-canbo")
        dialog.confirm.setText("matkhau-moi-canb")
        press_save(qtbot, dialog)
        assert dialog.isVisible() and dialog.error_texts() == ["Hai lần nhập mật khẩu mới không khớp nhau."]
        dialog.confirm.setText("matkhau-moi-canbo")
        when_modal(click_ok, QMessageBox)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    handled = when_modal(reset, PasswordDialog)
    choose(users, "canbo")
    users.reset_button.click()
    assert handled and not handled[0].isVisible()
    with pytest.raises(AuthenticationFailed):
        login(admin_session.store, "canbo", "matkhau-canbo")
    login(admin_session.store, "canbo", "matkhau-moi-canbo")

    # Disable (confirmed), then enable again.
    choose(users, "canbo")
    assert users.active_button.text() == "&Vô hiệu hóa"
    when_modal(click_yes, QMessageBox)
    users.active_button.click()
    qtbot.waitUntil(lambda: statuses(users)["canbo"][1] == "đã vô hiệu hóa", timeout=5000)
    with pytest.raises(AuthenticationFailed, match="vô hiệu hóa"):
        login(admin_session.store, "canbo", "matkhau-moi-canbo")
    assert users.active_button.text() == "Kích hoạt &lại"
    users.active_button.click()
    qtbot.waitUntil(lambda: statuses(users)["canbo"][1] == "đang dùng", timeout=5000)
    login(admin_session.store, "canbo", "matkhau-moi-canbo")
    window.runner.wait_idle()


def test_change_own_password_from_settings(qtbot, admin_session):
    window, settings = settings_of(qtbot, admin_session)

    def change(dialog):
        assert dialog.windowTitle() == "Đổi mật khẩu của tôi"
        dialog.current.setText("khong-phai-mat-khau")
        dialog.password.setText("matkhau-quantri-moi")
        dialog.confirm.setText("matkhau-quantri-moi")
        press_save(qtbot, dialog)
        assert dialog.isVisible() and dialog.error_texts() == ["Mật khẩu hiện tại không đúng."]
        dialog.current.setText(ADMIN_PASSWORD)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    handled = when_modal(change, PasswordDialog)
    settings.session_box.password_button.click()
    assert handled and "Đã đổi mật khẩu" in settings.session_box.note.text()
    login(admin_session.store, "admin", "matkhau-quantri-moi")
    window.runner.wait_idle()


def menu_action(window, text):
    return next(a for a in window.ui.fileMenu.actions() if a.text().replace("&", "") == text)


def test_log_out_and_in_as_another_user_without_restart(qtbot, admin_session):
    controller = SessionController(admin_session.store)
    first = controller.start(admin_session)  # logging out deletes it (not left to qtbot)
    users = first.pages["settings"].users_box
    add_through_dialog(qtbot, users, "Lý Thị Hoa", "canbo", "Cán bộ, công chức", "matkhau-canbo")
    menu_action(first, "Đăng xuất").trigger()
    dialog = controller.login_dialog
    assert dialog is not None and dialog.isVisible() and not first.isVisible()
    assert dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Cancel).text() == "Thoát"
    dialog.ui.usernameEdit.setText("canbo")
    dialog.ui.passwordEdit.setText("matkhau-canbo")
    with qtbot.waitSignal(controller.window_opened) as opened:
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    second = opened.args[0]
    qtbot.addWidget(second)
    assert second is not first and second.isVisible()
    assert "Lý Thị Hoa" in second.user_label.text() and "Cán bộ" in second.user_label.text()
    assert not second.pages["settings"].users_box.isVisibleTo(second.pages["settings"])  # not an administrator
    # "Thoát" at the login dialog ends the app.
    menu_action(second, "Đăng xuất").trigger()
    with qtbot.waitSignal(controller.finished):
        controller.login_dialog.ui.buttons.button(controller.login_dialog.ui.buttons.StandardButton.Cancel).click()
    second.runner.wait_idle()


def test_idle_lock_keeps_unsaved_text(qtbot, admin_session):
    controller = SessionController(admin_session.store)
    window = controller.start(admin_session)
    qtbot.addWidget(window)
    assert controller.idle_lock.timer.interval() == 15 * 60_000  # the default
    window.show_section(len(window.sections) - 1)
    box = window.pages["settings"].session_box
    assert box.minutes.value() == 15
    box.minutes.setValue(5)
    box.save_button.click()
    assert controller.idle_lock.timer.interval() == 5 * 60_000 and "5 phút" in box.note.text()
    # An officer half way through a report narrative when the idle time runs out.
    window.show_section(6)
    reports = window.pages["reports"]
    type_text(reports.section_edits["ket_qua"], "Đã tổ chức 4 hội nghị")
    controller.idle_lock.timer.setInterval(50)  # five minutes pass
    controller.idle_lock.timer.start()
    qtbot.waitUntil(lambda: controller.locked, timeout=5000)
    dialog = controller.login_dialog
    assert dialog.isVisible() and dialog.ui.usernameEdit.text() == "admin" and dialog.ui.usernameEdit.isReadOnly()
    assert dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Cancel).text() == "Đăng xuất"
    assert all(c.isVisible() for c in controller.curtains) and any(c.parentWidget() is window
                                                                   for c in controller.curtains)
    dialog.ui.passwordEdit.setText("sai-mat-khau")
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    assert controller.locked and "không đúng" in " ".join(dialog.error_texts())
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    assert not controller.locked and controller.window is window
    assert reports.section_edits["ket_qua"].toPlainText() == "Đã tổ chức 4 hội nghị"
    assert controller.idle_lock.timer.isActive()
    controller.idle_lock.stop()  # its 50 ms would lock the screen over the next test's windows
    window.runner.wait_idle()


def test_lock_over_an_open_form_keeps_it(qtbot, admin_session):
    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog

    controller = SessionController(admin_session.store)
    window = controller.start(admin_session)
    qtbot.addWidget(window)
    window.show_section(3)
    seen = {}

    def in_form(form):
        type_text(form.content, "Kiến nghị đang nhập dở")
        menu_action(window, "Khóa màn hình").trigger()  # as the idle timer would
        assert controller.locked and any(c.parentWidget() is form for c in controller.curtains)
        dialog = controller.login_dialog
        dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        seen["after"] = (controller.locked, form.isVisible(), form.content.toPlainText())
        when_modal(click_yes, QMessageBox)  # "Bỏ các thay đổi chưa lưu?": Có
        form.reject()

    handled = when_modal(in_form, PetitionFormDialog)
    next(b for b in window.pages["petitions"].findChildren(QPushButton) if b.text() == "&Thêm đơn…").click()
    assert handled and seen["after"] == (False, True, "Kiến nghị đang nhập dở")
    window.runner.wait_idle()


def test_someone_else_at_the_locked_screen_logs_out(qtbot, admin_session):
    from danvan_desktop.gui.petition_form_dialog import PetitionFormDialog

    controller = SessionController(admin_session.store)
    window = controller.start(admin_session)
    window.show_section(3)
    seen = {}

    def in_form(form):
        type_text(form.content, "Nội dung chưa lưu")
        menu_action(window, "Khóa màn hình").trigger()
        dialog = controller.login_dialog
        logout = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Cancel)
        assert logout.text() == "Đăng xuất"
        logout.click()
        seen["after"] = (controller.locked, controller.window, form.isVisible())
        seen["login"] = controller.login_dialog

    handled = when_modal(in_form, PetitionFormDialog)
    next(b for b in window.pages["petitions"].findChildren(QPushButton) if b.text() == "&Thêm đơn…").click()
    assert handled and seen["after"] == (False, None, False)  # the form went with the window
    login_dialog = seen["login"]
    assert login_dialog.isVisible() and not login_dialog.ui.usernameEdit.isReadOnly()
    assert login_dialog.ui.usernameEdit.text() == ""
    with qtbot.waitSignal(controller.finished):
        login_dialog.ui.buttons.button(login_dialog.ui.buttons.StandardButton.Cancel).click()


def test_change_own_password_from_the_file_menu(qtbot, admin_session):
    controller = SessionController(admin_session.store)
    window = controller.start(admin_session)
    qtbot.addWidget(window)

    def change(dialog):
        dialog.current.setText(ADMIN_PASSWORD)
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.confirm.setText(ADMIN_PASSWORD)
        press_save(qtbot, dialog)
        assert dialog.isVisible() and "khác mật khẩu hiện tại" in " ".join(dialog.error_texts())
        dialog.password.setText("mat-khau-moi-cua-toi")
        dialog.confirm.setText("mat-khau-moi-cua-toi")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    handled = when_modal(change, PasswordDialog)
    menu_action(window, "Đổi mật khẩu…").trigger()
    assert handled and not handled[0].isVisible()
    login(admin_session.store, "admin", "mat-khau-moi-cua-toi")
    window.runner.wait_idle()
