"""The account forms as users meet them: Thêm người dùng, Đổi mật khẩu, the login dialog and the
first-run wizard's pages show every refusal at once under its field and write nothing; Esc or
Hủy with typed text asks “Bỏ các thay đổi chưa lưu?” (not at the login, which saves nothing)."""

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWizard

from danvan_desktop.gui.add_user_dialog import AddUserDialog
from danvan_desktop.gui.password_dialog import PasswordDialog
from danvan_desktop.gui.session_control import SessionController
from danvan_desktop.gui.wizard import FirstRunWizard
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import list_users
from danvan_desktop.storage import settings_repo
from tests.conftest import ADMIN_PASSWORD
from tests.gui.helpers import press_save, type_text, when_modal
from tests.gui.test_users_gui import menu_action, settings_of
from tests.gui.test_wizard import choose_lam_binh, close_quietly, next_button


def shown_under(field_errors, field, widget):
    """The red line under ``field`` as shown, checked to sit right below ``widget``'s row."""
    label = field_errors.row_label[field]
    if not label.isVisible():
        return ""
    assert widget.geometry().bottom() <= label.geometry().top(), f"{field}: the message is not under its field"
    assert "#b00020" in label.styleSheet()
    return label.text()


def shot(widget, name):
    """With ENTRY_SHOTS=folder, the window as PNG (to look at under Xvfb at 1366×768)."""
    folder = os.environ.get("ENTRY_SHOTS")
    if folder:
        widget.grab().save(f"{folder}/{name}.png")


def answer(text, asked):
    """Click ``text`` (Có or Không) on the question box, noting what it asked."""
    def click(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()
    return click


def escape_both_ways(qtbot, dialog, cancel_button):
    """Esc with typed text asks: Không keeps the dialog; Hủy, then Có, closes it unsaved."""
    asked = []
    when_modal(answer("Không", asked), QMessageBox)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Bỏ các thay đổi chưa lưu?"] and dialog.isVisible()
    when_modal(answer("Có", asked), QMessageBox)
    cancel_button.click()
    assert len(asked) == 2 and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_add_user_shows_every_error_under_its_field_and_asks_before_discarding(qtbot, admin_session):
    window, settings = settings_of(qtbot, admin_session)
    seen = {}

    def fill(dialog):
        ui = dialog.ui
        ui.fullNameEdit.setText("   ")
        type_text(ui.usernameEdit, "Quản Trị")
        ui.passwordEdit.setText("ngan")
        ui.confirmEdit.setText("khac")
        press_save(qtbot, dialog)  # Thêm
        errors = dialog.field_errors
        seen["messages"] = {
            "full_name": shown_under(errors, "full_name", ui.fullNameEdit),
            "username": shown_under(errors, "username", ui.usernameEdit),
            "password": shown_under(errors, "password", ui.passwordEdit),
            "confirm": shown_under(errors, "confirm", ui.confirmEdit)}
        seen["visible"] = dialog.isVisible()
        shot(dialog, "add-user-errors")
        ui.passwordEdit.setText("matkhau-canbo")  # editing a field clears its own line only
        seen["after_edit"] = (shown_under(errors, "password", ui.passwordEdit),
                              shown_under(errors, "confirm", ui.confirmEdit))
        escape_both_ways(qtbot, dialog, ui.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    handled = when_modal(fill, AddUserDialog)
    settings.users_box.add_button.click()
    assert handled and seen["visible"]
    assert seen["messages"] == {
        "full_name": "Họ và tên không được để trống.",
        "username": "Tên đăng nhập gồm 2–32 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
        "password": "Mật khẩu cần ít nhất 8 ký tự.",
        "confirm": "Hai lần nhập mật khẩu không khớp nhau."}
    assert seen["after_edit"] == ("", "Hai lần nhập mật khẩu không khớp nhau.")
    assert [u.username for u in list_users(admin_session)] == ["admin"]  # nothing written
    window.runner.wait_idle()


def test_change_password_shows_every_error_under_its_field(qtbot, admin_session):
    controller = SessionController(admin_session.store)
    window = controller.start(admin_session)
    qtbot.addWidget(window)
    seen = {}

    def change(dialog):
        dialog.password.setText("ngan")
        dialog.confirm.setText("khac")
        press_save(qtbot, dialog)  # Đổi mật khẩu, the current password left empty
        errors = dialog.field_errors
        seen["local"] = [shown_under(errors, "current", dialog.current),
                         shown_under(errors, "password", dialog.password),
                         shown_under(errors, "confirm", dialog.confirm)]
        shot(dialog, "password-errors")
        dialog.current.setText("khong-phai-mat-khau")
        dialog.password.setText("mat-khau-moi-cua-toi")
        dialog.confirm.setText("mat-khau-moi-cua-toi")
        press_save(qtbot, dialog)  # the service says the current one is wrong: under it
        seen["service"] = [shown_under(errors, "current", dialog.current), dialog.error.text()]
        escape_both_ways(qtbot, dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    handled = when_modal(change, PasswordDialog)
    menu_action(window, "Đổi mật khẩu…").trigger()
    assert handled
    assert seen["local"] == ["Chưa nhập mật khẩu hiện tại.", "Mật khẩu cần ít nhất 8 ký tự.",
                             "Hai lần nhập mật khẩu mới không khớp nhau."]
    assert seen["service"] == ["Mật khẩu hiện tại không đúng.", ""]
    assert login(admin_session.store, "admin", ADMIN_PASSWORD).user.username == "admin"  # unchanged
    window.runner.wait_idle()


def test_login_shows_errors_under_the_fields_and_leaves_without_asking(qtbot, admin_session):
    controller = SessionController(admin_session.store)
    first = controller.start(admin_session)
    menu_action(first, "Đăng xuất").trigger()
    dialog = controller.login_dialog
    ui = dialog.ui
    ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # Đăng nhập with both fields empty
    errors = dialog.field_errors
    assert shown_under(errors, "username", ui.usernameEdit) == "Chưa nhập tên đăng nhập."
    assert shown_under(errors, "password", ui.passwordEdit) == "Chưa nhập mật khẩu."
    assert ui.errorLabel.text() == ""
    assert settings_repo.get(admin_session.store.db, "auth.failures_in_row", "0") == "0"  # no attempt counted
    ui.usernameEdit.setText("admin")
    assert shown_under(errors, "username", ui.usernameEdit) == ""  # typing clears its own line
    ui.passwordEdit.setText("sai-mat-khau")
    ok.click()
    assert shown_under(errors, "password", ui.passwordEdit) == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert ui.passwordEdit.text() == "" and dialog.error_texts() == ["Tên đăng nhập hoặc mật khẩu không đúng."]
    shot(dialog, "login-errors")
    # Thoát with a name typed: a login saves nothing, so it leaves without a question.
    type_text(ui.passwordEdit, "dang-go")
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and controller.session is None


def test_wizard_admin_page_shows_every_error_and_asks_before_discarding(qtbot, db_path):
    wizard = FirstRunWizard(db_path)
    choose_lam_binh(qtbot, wizard)
    page = wizard.admin_page
    ui = page.ui
    ui.usernameEdit.clear()  # "admin" is offered
    type_text(ui.usernameEdit, "Quản Trị")
    ui.passwordEdit.setText("ngan")
    ui.confirmEdit.setText("khac")
    errors = page.field_errors
    expected = {"username": "Tên đăng nhập gồm 2–32 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
                "password": "Mật khẩu cần ít nhất 8 ký tự.", "confirm": "Hai lần nhập mật khẩu không khớp nhau."}
    edits = {"full_name": ui.fullNameEdit, "username": ui.usernameEdit, "password": ui.passwordEdit,
             "confirm": ui.confirmEdit}
    assert {f: shown_under(errors, f, edits[f]) for f in expected} == expected  # as typed, all at once
    assert shown_under(errors, "full_name", ui.fullNameEdit) == ""  # not typed yet: not red yet
    assert not next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    wizard.next()  # forced, as Enter would: the empty field is named too, nothing is created
    assert wizard.currentPage() is page and not db_path.exists()
    assert {f: shown_under(errors, f, e) for f, e in edits.items()} == {**expected,
                                                                      "full_name": "Họ và tên không được để trống."}
    shot(wizard, "wizard-admin-errors")
    asked = []
    when_modal(answer("Không", asked), QMessageBox)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == ["Bỏ các thay đổi chưa lưu?"] and wizard.isVisible() and ui.usernameEdit.text() == "Quản Trị"
    when_modal(answer("Có", asked), QMessageBox)
    wizard.button(QWizard.WizardButton.CancelButton).click()  # Hủy
    assert len(asked) == 2 and not wizard.isVisible() and not db_path.exists()


def test_wizard_closes_without_a_question_when_nothing_was_typed(qtbot, db_path):
    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard, before_close_func=close_quietly)
    wizard.show()
    wizard.welcome_page.restore_choice.click()  # the choice of road is not typed work
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_wizard_passphrase_and_restore_pages_show_every_error(qtbot, db_path, fail_keyring):
    from tests.gui.test_wizard import fill_admin

    wizard = FirstRunWizard(db_path)
    choose_lam_binh(qtbot, wizard)
    fill_admin(wizard)
    wizard.next()
    page = wizard.passphrase_page
    type_text(page.ui.passphraseEdit, "ngắn")
    page.ui.confirmEdit.setText("khác hẳn")
    assert shown_under(page.field_errors, "passphrase", page.ui.passphraseEdit) == "Cụm mật khẩu cần ít nhất 10 ký tự."
    assert shown_under(page.field_errors, "confirm", page.ui.confirmEdit) == "Hai lần nhập cụm mật khẩu không khớp nhau."
    wizard.next()
    assert wizard.currentPage() is page and not db_path.exists()
    shot(wizard, "wizard-passphrase-errors")
    wizard.done(QDialog.DialogCode.Rejected)  # not reject(): asked and answered in the admin page's test

    other = FirstRunWizard(db_path)
    qtbot.addWidget(other, before_close_func=close_quietly)
    other.show()
    other.welcome_page.restore_choice.click()
    other.next()
    restore = other.restore_page
    type_text(restore.passphrase_edit, "ngắn")
    other.next()  # Khôi phục pressed anyway (Enter): every missing and refused field named at once
    errors = restore.field_errors
    assert shown_under(errors, "backup", restore.file_edit) == "Chưa chọn tệp sao lưu."
    assert shown_under(errors, "recovery_key", restore.key_edit) == "Chưa nhập khóa khôi phục đã in khi cài đặt."
    assert shown_under(errors, "passphrase", restore.passphrase_edit) == "Cụm mật khẩu cần ít nhất 10 ký tự."
    assert not db_path.exists()
    shot(other, "wizard-restore-errors")
    other.done(QDialog.DialogCode.Rejected)
