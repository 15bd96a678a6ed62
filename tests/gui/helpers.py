"""Helpers shared by the GUI tests."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text):
    """Vietnamese typed key by key (qtbot.keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def when_modal(handle, kind=None, timeout_ms=10000):
    """Run ``handle(dialog)`` once the next modal dialog (of ``kind``) is up: the way to click the
    buttons of a dialog opened with ``exec()`` (the test is blocked inside it meanwhile).
    Returns a list that holds the dialog once handled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    kind = kind or QDialog
    seen, waited = [], [0]

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            handle(widget)
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_yes(box):
    from PySide6.QtWidgets import QMessageBox

    box.button(QMessageBox.StandardButton.Yes).click()


def click_ok(box):
    from PySide6.QtWidgets import QMessageBox

    box.button(QMessageBox.StandardButton.Ok).click()
