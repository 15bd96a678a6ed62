"""The first-run wizard, driven like a user: unit, administrator, passphrase, recovery key."""

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from danvan_desktop.errors import SecretRequired
from danvan_desktop.gui.wizard import FirstRunWizard
from danvan_desktop.gui.wizard_pages import mismatch
from danvan_desktop.services.auth import login
from danvan_desktop.storage.database import Unlock, open_database
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE
from tests.gui.helpers import type_text


def next_button(wizard):
    page = wizard.currentPage()
    return wizard.button(QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton)


def close_quietly(wizard):
    """At the end of a test: closed as unsaved, never with the discard question left hanging."""
    wizard.done(QDialog.DialogCode.Rejected)


def choose_lam_binh(qtbot, wizard):
    qtbot.addWidget(wizard, before_close_func=close_quietly)
    wizard.show()
    wizard.next()
    unit = wizard.unit_page.ui
    assert not next_button(wizard).isEnabled()  # nothing chosen yet
    type_text(unit.provinceSearch, "tuyen quang")  # typed without accents
    assert unit.provinceList.currentItem().text().startswith("Tuyên Quang")
    type_text(unit.communeSearch, "lam binh")
    assert unit.communeList.count() == 1 and unit.communeList.currentItem().text().startswith("Xã Lâm Bình")
    assert next_button(wizard).isEnabled()
    wizard.next()


def fill_admin(wizard):
    admin = wizard.admin_page.ui
    type_text(admin.fullNameEdit, "Nguyễn Văn Quản")
    admin.usernameEdit.setText("admin")
    admin.passwordEdit.setText(ADMIN_PASSWORD)
    admin.confirmEdit.setText(ADMIN_PASSWORD)
    return admin


def test_admin_page_checks_as_the_user_types(qtbot, db_path):
    wizard = FirstRunWizard(db_path)
    choose_lam_binh(qtbot, wizard)
    admin = wizard.admin_page.ui
    assert wizard.currentPage() is wizard.admin_page and not next_button(wizard).isEnabled()
    type_text(admin.fullNameEdit, "Nguyễn Văn Quản")
    admin.usernameEdit.setText("quản trị")  # the domain allows no accents or spaces
    page = wizard.admin_page
    assert "Tên đăng nhập" in page.error_texts()[0] and not next_button(wizard).isEnabled()
    admin.usernameEdit.setText("admin")
    admin.passwordEdit.setText("ngan")
    assert page.error_texts() == ["Mật khẩu cần ít nhất 8 ký tự."]
    admin.passwordEdit.setText(ADMIN_PASSWORD)
    assert page.error_texts() == []
    admin.confirmEdit.setText(ADMIN_PASSWORD[:4])  # still typing: no complaint yet
    assert page.error_texts() == [] and not next_button(wizard).isEnabled()
    admin.confirmEdit.setText(ADMIN_PASSWORD + "x")
    assert page.error_texts() == ["Hai lần nhập mật khẩu không khớp nhau."] and not next_button(wizard).isEnabled()
    wizard.next()  # even when forced, nothing is created from an invalid page
    assert wizard.currentPage() is wizard.admin_page and not db_path.exists()
    admin.confirmEdit.setText(ADMIN_PASSWORD)
    assert next_button(wizard).isEnabled() and next_button(wizard).text() == "&Tạo dữ liệu"
    wizard.done(QDialog.DialogCode.Rejected)  # not reject(): the typed page would ask whether to discard


def test_wizard_creates_database_and_shows_recovery_key(qtbot, db_path):
    wizard = FirstRunWizard(db_path)
    choose_lam_binh(qtbot, wizard)
    assert wizard.passphrase_page is None  # the in-memory keyring is secure
    fill_admin(wizard)
    wizard.next()  # creates the database on the background runner
    assert db_path.exists() and wizard.currentPage() is wizard.recovery_page
    result = wizard.result_of_setup
    assert result.unit.name == "Xã Lâm Bình" and result.session.user.full_name == "Nguyễn Văn Quản"
    shown = wizard.recovery_page.ui.keyLabel.text().replace("\n", "-")
    assert shown == result.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # closing now would lose the only copy of the key
    assert wizard.isVisible()
    wizard.recovery_page.ui.confirmCheck.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted):
        finish.click()
    result.session.store.close()
    store = open_database(db_path)
    assert login(store, "admin", ADMIN_PASSWORD).user.role.value == "admin"
    store.close()


def test_wizard_asks_for_a_passphrase_without_secure_keyring(qtbot, db_path, fail_keyring):
    wizard = FirstRunWizard(db_path)
    choose_lam_binh(qtbot, wizard)
    fill_admin(wizard)
    assert not wizard.admin_page.isCommitPage()  # the database is created one page later
    wizard.next()
    page = wizard.passphrase_page
    assert wizard.currentPage() is page and "kho khóa" in page.ui.reasonLabel.text()
    assert not next_button(wizard).isEnabled()
    type_text(page.ui.passphraseEdit, "ngắn")
    assert page.error_texts() == ["Cụm mật khẩu cần ít nhất 10 ký tự."]
    page.ui.passphraseEdit.setText(PASSPHRASE)
    page.ui.confirmEdit.setText(PASSPHRASE)
    assert page.error_texts() == [] and next_button(wizard).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    wizard.result_of_setup.session.store.close()
    with pytest.raises(SecretRequired):
        open_database(db_path)
    open_database(db_path, Unlock(passphrase=PASSPHRASE)).close()


def test_a_refusal_from_the_service_lands_on_the_page(qtbot, db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")  # something is already there: the service refuses to overwrite it
    wizard = FirstRunWizard(db_path)
    choose_lam_binh(qtbot, wizard)
    fill_admin(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page and wizard.result_of_setup is None
    assert "đã tồn tại" in wizard.admin_page.ui.errorLabel.text() and db_path.read_bytes() == b""
    wizard.done(QDialog.DialogCode.Rejected)


def test_mismatch_waits_until_the_repeat_cannot_match():
    assert not mismatch("matkhau", "")
    assert not mismatch("matkhau", "matk")
    assert mismatch("matkhau", "matx")
    assert mismatch("matkhau", "matkhau1")
    assert not mismatch("matkhau", "matkhau")


def test_a_new_pc_restores_from_a_backup_with_its_recovery_key(qtbot, db_path, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QFileDialog

    from danvan_desktop.services.backup import backup_now
    from danvan_desktop.services.setup import initialise

    old = initialise(tmp_path / "old-pc" / "danvan.db", Unlock(), "02266", "admin", ADMIN_PASSWORD, "Nguyễn Văn Quản")
    usb = tmp_path / "usb"
    copy = backup_now(old.session, usb)
    old.session.store.close()
    keyring.set_keyring(fail.Keyring())  # the new PC: no secure keyring, so a passphrase is asked
    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome_page.restore_choice.click()
    wizard.next()
    page = wizard.restore_page
    assert wizard.currentPage() is page and page.asks_passphrase
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text() == "&Khôi phục và đăng nhập" and not finish.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    page.choose_button.click()
    other_key = initialise(tmp_path / "other.db", Unlock(passphrase=PASSPHRASE), "02266", "khac", "matkhau-khac-1")
    other_key.session.store.close()
    page.key_edit.setText(other_key.recovery_key)  # a recovery key, but not this backup's
    type_text(page.passphrase_edit, "cụm mật khẩu máy mới")
    type_text(page.confirm_edit, "cụm mật khẩu máy mới")
    assert finish.isEnabled()
    finish.click()
    assert "không mở được bản sao lưu" in " ".join(page.error_texts()) and not db_path.exists()
    page.key_edit.setText(old.recovery_key.lower())  # as copied from paper
    with qtbot.waitSignal(wizard.accepted):
        finish.click()
    store = wizard.restored_store
    assert login(store, "admin", ADMIN_PASSWORD).user.full_name == "Nguyễn Văn Quản"
    store.close()
    open_database(db_path, Unlock(passphrase="cụm mật khẩu máy mới")).close()
