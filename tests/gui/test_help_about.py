"""F1 opens the bundled Vietnamese guide; Giới thiệu shows copyable versions and paths."""

import re

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from danvan_desktop.gui.about_dialog import AboutDialog
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.gui.runner import Runner
from danvan_desktop.paths import resource


def test_guide_is_complete():
    html = resource("help", "huong-dan.html").read_text("utf-8")
    for image in re.findall(r'src="([^"]+)"', html):
        assert resource("help", image).is_file(), image
    anchors = set(re.findall(r'id="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert links <= anchors and len(anchors) >= 12
    for topic in ("Khóa khôi phục", "Sao lưu", "Phê duyệt", "Gói báo cáo", "quá hạn", "Nhập từ Excel", "máy mới"):
        assert topic.lower() in html.lower(), topic


def test_f1_opens_the_guide_and_about_copies_versions(qtbot, admin_session):
    window = MainWindow(admin_session, Runner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts act on the active window
    assert window.help_action.shortcut().toString() == "F1"
    assert "F1" not in window.ui.aboutAction.shortcut().toString()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    browser = window.help_dialog.browser
    assert "Hướng dẫn sử dụng Dân Vận Desktop" in browser.toPlainText()
    browser.setSource(QUrl("huong-dan.html#mau-sac"))
    assert window.help_dialog.back_button.isEnabled()
    qtbot.mouseClick(window.help_dialog.back_button, Qt.MouseButton.LeftButton)
    assert browser.source().fileName() == "huong-dan.html"

    seen = {}

    def press_copy():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AboutDialog):
            QTimer.singleShot(20, press_copy)
            return
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["text"] = QApplication.clipboard().text()
        seen["button"] = dialog.copy_button.text()
        dialog.reject()

    QTimer.singleShot(0, press_copy)
    window.ui.aboutAction.trigger()
    assert "Phiên bản:" in seen["text"] and str(admin_session.store.path) in seen["text"]
    assert re.search(r"SQLCipher: 4\.\d", seen["text"]) and "Qt: 6." in seen["text"]
    assert seen["button"] == "Đã sao chép"
