"""Helpers shared by the GUI tests."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text):
    """Vietnamese typed key by key (qtbot.keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
