"""The full integrity check after start-up: status bar, Cancel, result in Cài đặt, then the
daily backup; a damaged file is told with the folder to restore from and is not backed up."""

from PySide6.QtWidgets import QMessageBox

from danvan_desktop.gui import app as app_module
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.services.auth import login
from danvan_desktop.storage import backups
from danvan_desktop.storage.integrity import IntegrityCheck
from tests.conftest import ADMIN_PASSWORD
from tests.core.test_integrity import damage_a_middle_page


def start_like_the_app(qtbot, db_path):
    """What ``danvan-desktop`` does: open, log in, show the window, start the check."""
    store = app_module.unlock_and_open(db_path)
    window = MainWindow(login(store, "admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    window.finished_checks = []
    window.integrity_watch.finished.connect(window.finished_checks.append)
    window.start_background_check()
    return window


def integrity_row(settings):
    for row in range(settings.checks.rowCount()):
        if settings.checks.item(row, 0).text() == "Toàn vẹn dữ liệu":
            return settings.checks.item(row, 1).text(), settings.checks.item(row, 2).text()
    return None


def open_settings(qtbot, window):
    window.ui.navigation.setCurrentRow(len(window.sections) - 1)  # the user clicks Cài đặt
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: integrity_row(settings) is not None, timeout=10000)
    return settings


def test_a_healthy_database_is_checked_then_backed_up(qtbot, setup_result, db_path):
    setup_result.session.store.close()
    window = start_like_the_app(qtbot, db_path)
    watch = window.integrity_watch
    assert watch.isVisible() and "kiểm tra" in watch.label.text().lower() and watch.cancel_button.isEnabled()
    settings = open_settings(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.finished_checks), timeout=20000)
    assert window.finished_checks[0].check.healthy and not watch.isVisible()
    assert [b.kind for b in backups.list_backups(db_path)] == ["auto"]
    qtbot.waitUntil(lambda: integrity_row(settings)[0] == "OK", timeout=10000)
    assert "Không phát hiện lỗi" in integrity_row(settings)[1]
    assert "sao lưu tự động" in window.statusBar().currentMessage()
    window.runner.wait_idle()
    window.close()


def test_a_damaged_page_is_told_with_the_restore_path_and_not_backed_up(qtbot, setup_result, db_path,
                                                                          monkeypatch):
    setup_result.session.store.close()
    damage_a_middle_page(db_path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append((title, text)))
    window = start_like_the_app(qtbot, db_path)  # opens: the damage is not on the open path
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)
    title, text = warned[0]
    assert title == "Dữ liệu có lỗi" and str(backups.backups_dir_for(db_path)) in text and "khôi phục" in text
    assert backups.list_backups(db_path) == []
    settings = open_settings(qtbot, window)
    assert integrity_row(settings)[0] == "LỖI"
    window.runner.wait_idle()
    window.close()


def test_cancel_in_the_status_bar_stops_the_check_and_makes_no_backup(qtbot, setup_result, db_path, monkeypatch):
    setup_result.session.store.close()
    real_pass = IntegrityCheck._pass

    def slow_pass(check, task):  # a large file: the user has time to press Cancel
        check._cancelled.wait(10)
        return real_pass(check, task)

    monkeypatch.setattr(IntegrityCheck, "_pass", slow_pass)
    window = start_like_the_app(qtbot, db_path)
    watch = window.integrity_watch
    with qtbot.waitSignal(watch.finished, timeout=10000) as done:
        watch.cancel_button.click()
    assert done.args[0] is None and not watch.isVisible()
    assert "Đã hủy kiểm tra" in window.statusBar().currentMessage()
    assert backups.list_backups(db_path) == []
    settings = open_settings(qtbot, window)
    assert integrity_row(settings)[0] == "CẢNH BÁO"
    window.close()
