"""Cài đặt › Sao lưu ra USB và khôi phục, clicked as an administrator and as an officer."""

import os
import stat

from PySide6.QtWidgets import QFileDialog, QMessageBox

from danvan_desktop.domain.users import Role
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.restore_dialog import RestoreDialog
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from danvan_desktop.storage.database import open_database
from danvan_desktop.storage.keyfile import keyfile_path


def _open_settings(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    keys = [key for key, _, _ in window.sections]
    window.ui.navigation.setCurrentRow(keys.index("settings"))  # as a click on "Cài đặt" does
    return window, window.pages["settings"].backup_restore


def _backup_to_usb(qtbot, window, box, tmp_path, monkeypatch):
    """Click "Sao lưu ra thư mục khác (USB)…" and pick a folder standing for the stick."""
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    box.folder_button.click()
    qtbot.waitUntil(lambda: "Đã sao lưu" in box.result_label.text(), timeout=10000)
    window.runner.wait_idle()
    return usb


def _usernames(db_path):
    store = open_database(db_path)
    try:
        return [row[0] for row in store.db.execute("SELECT username FROM users ORDER BY username")]
    finally:
        store.close()


def test_backup_to_a_usb_folder_then_restore_it_from_settings(qtbot, admin_session, db_path, tmp_path, monkeypatch):
    window, box = _open_settings(qtbot, admin_session)
    usb = _backup_to_usb(qtbot, window, box, tmp_path, monkeypatch)
    [copy] = list(usb.glob("danvan-*.db"))
    assert str(copy) in box.result_label.text()
    for path in (copy, keyfile_path(copy)):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path  # personal data: owner only
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")  # after the backup

    seen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: seen.setdefault("message", text))

    def choose_the_usb_copy(dialog):
        seen["title"] = dialog.windowTitle()
        seen["admin_fields"] = dialog.ui.adminEdit.isVisible()
        dialog.ui.otherFileButton.click()
        assert dialog.chosen_backup() == copy
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_the_usb_copy)
    box.restore_button.click()
    assert seen["title"] == "Khôi phục từ bản sao lưu" and not seen["admin_fields"]
    assert "Đã khôi phục" in seen["message"] and "đăng nhập lại" in seen["message"]
    assert window.reopen_requested and not window.isVisible()
    assert _usernames(db_path) == ["admin"]  # the user added after the backup is gone
    [kept] = [p for p in (db_path.parent / "backups" / "danvan").glob("*-pre-restore.db")]
    assert kept.name in seen["message"] and "canbo" in _usernames(kept)


def test_restore_is_refused_in_the_dialog_while_another_window_has_the_data(qtbot, admin_session, db_path,
                                                                          tmp_path, monkeypatch):
    window, box = _open_settings(qtbot, admin_session)
    usb = _backup_to_usb(qtbot, window, box, tmp_path, monkeypatch)
    other_window = open_database(db_path)  # e.g. a danvan command left running
    before = db_path.read_bytes()
    errors = []

    def try_restore(dialog):
        dialog.ui.otherFileButton.click()
        dialog.restore_button.click()
        errors.append(dialog.ui.errorLabel.text())
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(usb.glob("*.db"))), ""))
    monkeypatch.setattr(RestoreDialog, "exec", try_restore)
    try:
        box.restore_button.click()
    finally:
        other_window.close()
    assert "đang mở ở một cửa sổ" in errors[0]
    assert not getattr(window, "reopen_requested", False) and window.isVisible()
    assert admin_session.store.db.execute("SELECT count(*) FROM users").fetchone()[0] == 1  # still working
    assert db_path.read_bytes() == before


def test_an_officer_may_back_up_but_not_restore(qtbot, admin_session):
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    window, box = _open_settings(qtbot, officer)
    assert box.folder_button.isEnabled()
    assert not box.restore_button.isEnabled() and "quản trị viên" in box.restore_button.toolTip()


def test_after_a_restore_the_app_opens_the_data_again_and_asks_to_log_in(qtbot, admin_session, db_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from danvan_desktop.gui import app as app_module

    sessions = iter([admin_session, None])  # then the login dialog is cancelled
    starts = []

    def start_session(path):
        starts.append(path)
        return next(sessions)

    from PySide6.QtCore import QObject, Signal

    class RestoredController(QObject):
        """Stands for the session of a main window whose restore just finished: its window
        asks to reopen, and the app loop ends."""

        finished = Signal()
        window_opened = Signal(object)

        def __init__(self, store):
            super().__init__()
            self.store, self.window = store, None

        def start(self, session):
            self.window = type("RestoredWindow", (), {"reopen_requested": True,
                                                      "start_background_check": lambda self: None})()
            QTimer.singleShot(0, QApplication.instance().quit)
            return self.window

    monkeypatch.setattr(app_module, "start_session", start_session)
    monkeypatch.setattr(app_module, "SessionController", RestoredController)
    monkeypatch.setattr(app_module, "create_application", lambda argv: QApplication.instance())
    assert app_module.main(["danvan-desktop", "--db", str(db_path)]) == 0
    assert starts == [db_path, db_path]
