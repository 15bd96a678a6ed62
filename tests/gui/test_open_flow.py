"""Start-up: a damaged database is offered a restore; a passphrase is asked when needed."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from danvan_desktop.gui import app as app_module
from danvan_desktop.gui.restore_dialog import RestoreDialog
from danvan_desktop.services.backup import backup_now
from danvan_desktop.services.auth import login
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def test_damaged_database_is_restored_from_a_backup(qtbot, setup_result, db_path, monkeypatch):
    older = backup_now(setup_result.session)
    newest = backup_now(setup_result.session)
    setup_result.session.store.close()
    db_path.write_bytes(db_path.read_bytes()[:6000])  # truncated by a power cut
    shown = []

    def accept_newest(dialog):
        shown.append([dialog.ui.backupList.item(i).text() for i in range(dialog.ui.backupList.count())])
        assert "cắt cụt" in dialog.ui.problemLabel.text() and dialog.chosen_backup() == newest
        dialog.restore_button.click()  # without an administrator: refused in the dialog
        assert dialog.result() != QDialog.DialogCode.Accepted and "quản trị viên" in dialog.ui.errorLabel.text()
        dialog.ui.adminEdit.setText("admin")
        dialog.ui.passwordEdit.setText("sai-mat-khau")
        dialog.restore_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and "quản trị viên" in dialog.ui.errorLabel.text()
        assert db_path.stat().st_size == 6000  # nothing replaced yet
        dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", accept_newest)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    store = app_module.unlock_and_open(db_path)
    assert store is not None and len(shown[0]) == 2 and older.name in shown[0][1]
    assert login(store, "admin", ADMIN_PASSWORD).user.username == "admin"
    store.close()


def test_restore_dialog_without_backups_asks_for_a_file(qtbot, db_path, tmp_path, monkeypatch):
    dialog = RestoreDialog(db_path, "Tệp bị hỏng.")
    qtbot.addWidget(dialog)
    assert dialog.chosen_backup() is None and not dialog.restore_button.isEnabled()
    assert "Không tìm thấy" in dialog.ui.backupList.item(0).text()
    picked = tmp_path / "usb" / "danvan-copy.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked), ""))
    dialog.ui.otherFileButton.click()
    assert dialog.chosen_backup() == picked and dialog.restore_button.isEnabled()


def test_declining_the_restore_changes_nothing(qtbot, setup_result, db_path, monkeypatch):
    setup_result.session.store.close()
    db_path.write_bytes(db_path.read_bytes()[:6000])
    damaged = db_path.read_bytes()
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, error, title=None: shown.append(str(error)))
    assert app_module.unlock_and_open(db_path) is None
    assert db_path.read_bytes() == damaged and "cắt cụt" in shown[0]


def test_passphrase_is_asked_and_a_wrong_one_explained(qtbot, fail_keyring, db_path, monkeypatch):
    from danvan_desktop.storage.database import Unlock, create_database

    create_database(db_path, Unlock(passphrase=PASSPHRASE))[0].close()
    answers = iter(["sai hoàn toàn rồi", PASSPHRASE])
    errors = []

    class FakeUnlock:
        def __init__(self, need, parent=None, error=""):
            errors.append(error)
            self.kind = need.kind

        def exec(self):
            return QDialog.DialogCode.Accepted

        def secret(self):
            return next(answers)

    monkeypatch.setattr(app_module, "UnlockDialog", FakeUnlock)
    store = app_module.unlock_and_open(db_path)
    assert store is not None
    assert errors == ["", "Cụm mật khẩu không đúng."]
    store.close()


def test_lost_passphrase_opens_with_the_recovery_key_and_a_new_passphrase(qtbot, fail_keyring, db_path, monkeypatch):
    from danvan_desktop.errors import WrongSecret
    from danvan_desktop.gui.unlock_dialog import UnlockDialog
    from danvan_desktop.storage.database import Unlock, create_database, open_database

    store, recovery_key = create_database(db_path, Unlock(passphrase=PASSPHRASE))
    store.close()
    seen = []

    def forgot_the_passphrase(dialog):
        seen.append(dialog.ui.recoveryButton.text())
        assert not dialog.ui.newEdit.isVisibleTo(dialog)
        dialog.ui.recoveryButton.click()
        assert dialog.ui.secretLabel.text() == "&Khóa khôi phục:" and dialog.ui.newEdit.isVisibleTo(dialog)
        dialog.ui.secretEdit.setText(recovery_key)
        dialog.ui.newEdit.setText("cụm mật khẩu mới tinh")
        dialog.ui.confirmEdit.setText("cụm mật khẩu khác")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        assert "không khớp" in dialog.ui.errorLabel.text() and dialog.result() == 0
        dialog.ui.confirmEdit.setText("cụm mật khẩu mới tinh")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", forgot_the_passphrase)
    store = app_module.unlock_and_open(db_path)
    assert store is not None and "Dùng" in seen[0] and "khóa khôi phục" in seen[0]
    store.close()
    open_database(db_path, Unlock(passphrase="cụm mật khẩu mới tinh")).close()
    with pytest.raises(WrongSecret):  # the lost one no longer opens the data
        open_database(db_path, Unlock(passphrase=PASSPHRASE))
