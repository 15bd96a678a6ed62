"""The mouse wheel turns a number, a time or a choice only in the field that has the focus.

Qt's default turns whatever spin box or combo box happens to be under the pointer while the
officer scrolls a long form, changing a figure nobody looked at. Guarded, the wheel over an
unfocused field scrolls the form instead (the event goes on to the parent), and a field no
longer takes the focus from the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched, event) -> bool:
        if not isinstance(watched, GUARDED):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish:
            guard_focus(watched)
        elif kind == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # handled here, not accepted: Qt passes it on to the parent, which scrolls
            return True
        return False


def guard_focus(widget: QWidget) -> None:
    """Focused by click or Tab only, not by the wheel."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install_wheel_guard(target: QObject) -> WheelGuard:
    """On the application (every window), or on one form: its spin and combo boxes. Once per target."""
    guard = target.findChild(WheelGuard)
    if guard is not None:
        return guard
    guard = WheelGuard(target)
    if isinstance(target, QWidget):
        for field in target.findChildren(QWidget):
            if isinstance(field, GUARDED):
                guard_focus(field)
                field.installEventFilter(guard)
    else:
        target.installEventFilter(guard)
    return guard
