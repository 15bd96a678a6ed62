"""Helpers shared by the GUI tests."""

from time import monotonic as time_now

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def type_text(widget, text):
    """Vietnamese typed key by key (qtbot.keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


class ModalScript:
    """Acts on modal dialogs as they open (each step: the dialog class expected, what to do
    with it), the way a user would, while ``exec()`` runs their event loops."""

    def __init__(self, *steps):
        self.steps, self.done = list(steps), []
        self.deadline = time_now() + 20
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and time_now() > self.deadline:  # a step went wrong: fail, do not hang
            dialog.reject()
            return
        if not self.steps or dialog is None or not isinstance(dialog, self.steps[0][0]):
            return
        _, act = self.steps.pop(0)
        self.done.append(dialog)
        # Acted on from its own single shot: an act that opens a further modal dialog blocks
        # there, and Qt does not fire a timer again while its slot runs.
        QTimer.singleShot(0, lambda: act(dialog))

    def finish(self) -> list:
        self.timer.stop()
        assert not self.steps, f"dialogs never opened: {[s[0].__name__ for s in self.steps]}"
        return self.done


def polling(step, interval_ms=20):
    """Run ``step()`` from the event loop, and again every ``interval_ms`` while it returns True.

    The next run is found through ``later``, emptied once polling ends: a poll that named itself
    would be a reference cycle holding the dialogs it handled until some garbage collection, which
    may come in the middle of a later dialog's event dispatch and delete a dialog (Python owns
    them) under Qt's feet, a segmentation fault. Emptied, the dialogs go with the caller's list."""
    from PySide6.QtCore import QTimer

    later = {}

    def run():
        if step():
            QTimer.singleShot(interval_ms, later["run"])
        else:
            later.clear()

    later["run"] = run
    QTimer.singleShot(0, run)


def when_modal(handle, kind=None, timeout_ms=10000):
    """Run ``handle(dialog)`` once the next modal dialog (of ``kind``) is up: the way to click the
    buttons of a dialog opened with ``exec()`` (the test is blocked inside it meanwhile).
    Returns a list that holds the dialog once handled."""
    from PySide6.QtWidgets import QApplication, QDialog

    kind = kind or QDialog
    seen, waited = [], [0]

    def poll() -> bool:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            handle(widget)
            return False
        waited[0] += 20
        return waited[0] <= timeout_ms

    polling(poll)
    return seen


def click_yes(box):
    from PySide6.QtWidgets import QMessageBox

    box.button(QMessageBox.StandardButton.Yes).click()


def click_ok(box):
    from PySide6.QtWidgets import QMessageBox

    box.button(QMessageBox.StandardButton.Ok).click()


def press_save(qtbot, dialog, timeout=10000):
    """Press Lưu (or the form's other accepting button: Thêm, Đổi mật khẩu) on a record dialog
    and wait for its write (on the runner) to end, saved or refused."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.save_finished, timeout=timeout):
        button.click()
