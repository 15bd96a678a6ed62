"""Real windows driven with qtbot, offscreen."""

import threading
import time

from PySide6.QtCore import Qt

from danvan_desktop.errors import SecretRequired, ValidationError
from danvan_desktop.gui.login_dialog import LoginDialog
from danvan_desktop.gui.main_window import SECTIONS, MainWindow
from danvan_desktop.gui.runner import Runner, wait_for_all
from danvan_desktop.gui.unlock_dialog import UnlockDialog
from danvan_desktop.storage import backups
from tests.conftest import ADMIN_PASSWORD
from tests.gui.helpers import type_text


def test_login_dialog(qtbot, setup_result, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from danvan_desktop.services.settings import change_setting

    change_setting(setup_result.session, "security.max_attempts", "3")
    store = setup_result.session.store
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Xã Lâm Bình" in dialog.ui.unitLabel.text()
    dialog.ui.usernameEdit.setText("admin")
    for _ in range(3):
        dialog.ui.passwordEdit.setText("sai-mat-khau")
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
        assert dialog.error_texts() == ["Tên đăng nhập hoặc mật khẩu không đúng."] and dialog.session is None
    assert not dialog.unlock_button.isVisible()  # nothing told to someone without the password
    other = LoginDialog(store, username="admin")
    qtbot.addWidget(other)
    other.show()
    qtbot.wait(1100)  # the guessing delay after three wrong tries in a row
    other.ui.passwordEdit.setText(ADMIN_PASSWORD)
    other.try_login()
    assert "bị khóa" in other.ui.errorLabel.text()  # locked even with the right password
    assert other.unlock_button.isVisible()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (setup_result.recovery_key, True))
    other.unlock_button.click()
    assert "Đã mở khóa" in other.ui.errorLabel.text()
    assert "#b00020" not in other.ui.errorLabel.styleSheet()  # good news is not red
    other.ui.passwordEdit.setText(ADMIN_PASSWORD)
    other.try_login()
    assert other.session is not None and other.session.user.username == "admin"


def test_login_success_returns_session(qtbot, setup_result):
    dialog = LoginDialog(setup_result.session.store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.usernameEdit.setText("admin")
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.session.user.username == "admin"


def test_main_window_navigation_and_status(qtbot, admin_session):
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts act on the active window
    labels = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert labels == ["Tổng quan", "Hoạt động", "Tiếp công dân", "Đơn thư", "Mô hình “Dân vận khéo”",
                      "Dân chủ ở cơ sở", "Báo cáo", "Gói báo cáo", "Cài đặt"]
    assert len(SECTIONS) == 9
    assert "Xã Lâm Bình" in window.unit_label.text() and "Nguyễn Văn Quản" in window.user_label.text()
    assert window.windowTitle() == "Dân Vận Desktop — Xã Lâm Bình"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settings = window.pages["settings"]
    assert window.ui.pages.currentWidget() is settings
    qtbot.waitUntil(lambda: settings.checks.rowCount() > 0, timeout=10000)  # the checks ran in the background
    assert settings.users_box.table.rowCount() == 1 and settings.users_box.table.item(0, 1).text() == "admin"
    before = len(backups.list_backups(admin_session.store.path))
    settings.backup_button.click()
    qtbot.waitUntil(lambda: len(backups.list_backups(admin_session.store.path)) == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: "Đã sao lưu" in settings.backup_label.text(), timeout=5000)
    window.runner.wait_idle()
    # The full check reads every page and compares the report tallies with the records.
    settings.check_button.click()
    names = lambda: [settings.checks.item(r, 0).text() for r in range(settings.checks.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Số liệu báo cáo" in names(), timeout=20000)
    row = names().index("Số liệu báo cáo")
    assert settings.checks.item(row, 1).text() == "OK" and "khớp" in settings.checks.item(row, 2).text()
    window.runner.wait_idle()


def test_runner_result_error_and_cancel(qtbot):
    runner = Runner()
    results, errors = [], []

    def add(a, b):
        return a + b

    runner.run(add, 2, 3, on_result=results.append)  # callbacks are connected before the worker starts
    qtbot.waitUntil(lambda: results == [5], timeout=5000)

    def fails():
        raise ValidationError("Dữ liệu không hợp lệ.")

    runner.run(fails, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert str(errors[0]) == "Dữ liệu không hợp lệ."

    steps = []

    def long_work(task):
        for i in range(100000):
            task.step(i, 100000, "…")
            steps.append(i)
            if i == 5:
                task.cancel()
        return "không tới đây"

    cancelled = []
    runner.run(long_work, on_result=results.append, on_error=cancelled.append)
    qtbot.waitUntil(lambda: len(cancelled) == 1, timeout=5000)
    assert type(cancelled[0]).__name__ == "Cancelled" and len(steps) == 6 and results == [5]
    runner.wait_idle()


def test_every_runner_is_waited_for_before_a_database_closes(qtbot, admin_session):
    """A page's own runner still reading when its window goes: the database must not close
    under it (that crashed the process)."""
    page_runner, other = Runner(), Runner()
    started, finished = threading.Event(), []

    def slow_read():
        started.set()
        time.sleep(0.3)
        finished.append(admin_session.db.execute("SELECT count(*) FROM users").fetchone()[0])

    page_runner.run(slow_read, quiet=True)
    assert started.wait(5)
    wait_for_all()
    assert finished == [1] and other.pool.activeThreadCount() == 0


def test_unlock_dialog_returns_the_secret(qtbot):
    need = SecretRequired("Cần cụm mật khẩu để mở dữ liệu.", "Máy này không có kho khóa an toàn.")
    dialog = UnlockDialog(need)
    qtbot.addWidget(dialog)
    assert dialog.ui.reasonLabel.text() == "Máy này không có kho khóa an toàn."
    dialog.ui.buttons.accepted.emit()
    assert dialog.ui.errorLabel.text() == "Chưa nhập." and dialog.result() == 0
    type_text(dialog.ui.secretEdit, "cụm mật khẩu")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.buttons.accepted.emit()
    assert dialog.secret() == "cụm mật khẩu"
    recovery = UnlockDialog(SecretRequired("x", "y", kind="recovery_key"))
    qtbot.addWidget(recovery)
    assert "khôi phục" in recovery.ui.secretLabel.text()


def test_gui_entry_point_imports():
    from danvan_desktop.gui import app

    assert callable(app.main)
