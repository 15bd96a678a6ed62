"""An unexpected error anywhere in the GUI: a Vietnamese dialog with "Sao chép chi tiết",
the details in a rotating UTF-8 log that holds no personal digits."""

import logging
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from danvan_desktop import logs
from danvan_desktop.errors import ValidationError
from danvan_desktop.gui.crash_handler import CrashHandler


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup_logging(tmp_path / "logs", "danvan-desktop")
    yield path
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_danvan", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_scrub_masks_cccd_and_phones():
    assert logs.scrub("CCCD 008085123456, ĐT 0912 345 678, năm 2026, số 12/QĐ") == \
        "CCCD [số đã che], ĐT [số đã che], năm 2026, số 12/QĐ"


def test_log_rotates_and_starts_with_versions(log_file, monkeypatch):
    text = log_file.read_text("utf-8")
    assert "start danvan-desktop" in text and "Python 3." in text
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_danvan", False))
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS


def _handle_dialog(seen: list):
    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.windowTitle())
        seen.append(box.text())
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Sao chép chi tiết")
        copy.click()
        seen.append(box.isVisible())  # copying keeps the dialog open
        seen.append(QApplication.clipboard().text())
        box.button(QMessageBox.StandardButton.Close).click()
    QTimer.singleShot(0, poll)


def test_uncaught_error_in_a_slot_and_a_thread(qtbot, log_file):
    handler = CrashHandler()
    handler.install()
    try:
        seen = []
        _handle_dialog(seen)
        try:
            raise KeyError("hồ sơ của công dân CCCD 008085123456")
        except KeyError as error:
            handler.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: len(seen) == 4, timeout=5000)
        title, text, still_open, copied = seen
        assert title == "Đã xảy ra lỗi" and "Sao chép chi tiết" in text and still_open
        assert "KeyError" in copied and "Dân Vận Desktop" in copied and "008085123456" not in copied
        logged = log_file.read_text("utf-8")
        assert "KeyError" in logged and "008085123456" not in logged and "[số đã che]" in logged

        seen.clear()
        _handle_dialog(seen)
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(seen) == 4, timeout=5000)
        assert "ZeroDivisionError" in seen[3]
    finally:
        import sys
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__


def test_user_errors_are_messages_not_logged_bugs(qtbot, log_file):
    handler = CrashHandler()
    seen = []

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)
    handler.excepthook(ValidationError, ValidationError("Chưa nhập nội dung đơn."), None)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["Chưa nhập nội dung đơn."]
    assert "ValidationError" not in log_file.read_text("utf-8")
