"""Who is at the keyboard: logging out and in again without a restart (menu Tệp → Đăng xuất),
changing one's own password, and locking the screen after an idle time set in Cài đặt.

The controller owns the main window of the open database. Logging out closes it and shows
the login dialog; a new login opens a new window for that user. A lock keeps the window and
every open dialog as they are (text typed and not yet saved included) under a curtain,
and asks the same user's password again; "Đăng xuất" there closes everything instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from ..errors import DanVanError
from ..services.auth import idle_lock_minutes, logout
from ..services.changes import USERS, Changes
from ..services.session import Session
from ..storage.database import Store
from .login_dialog import LoginDialog
from .password_dialog import PasswordDialog

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                           QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class Curtain(QWidget):
    """Covers a window while the screen is locked, so nothing behind can be read."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the whole window, margins too
        self.setStyleSheet("background: #37474f; color: white;")
        label = QLabel(self.tr("Màn hình đã khóa — Dân Vận Desktop"))
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet("font-size: 18pt; padding-top: 60px;")
        QVBoxLayout(self).addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    """Fires ``idle`` after ``minutes`` without a key press, click or mouse movement anywhere in the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart: input resets the idle time
        return False


class SessionController(QObject):
    """One open database, one user at a time in one main window."""

    finished = Signal()  # the last user left without anyone logging in: the app may end
    window_opened = Signal(object)  # the new main window

    def __init__(self, store: Store, make_window: Callable[[Session], QWidget] | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.make_window = make_window or _main_window
        self.window = None
        self.session: Session | None = None
        self.login_dialog: LoginDialog | None = None
        self.idle_lock: IdleLock | None = None
        self.curtains: list[Curtain] = []

    # -- a user's window -----------------------------------------------------------------

    def start(self, session: Session):
        self.session = session
        window = self.make_window(session)
        self.window = window
        self._add_menu_actions(window)
        self.idle_lock = IdleLock(idle_lock_minutes(session.reading().store), self)
        self.idle_lock.idle.connect(self.lock)
        session_box = getattr(getattr(window, "pages", {}).get("settings"), "session_box", None)
        if session_box is not None:
            session_box.idle_minutes_changed.connect(self.idle_lock.set_minutes)
        window.show()
        self.window_opened.emit(window)
        return window

    def _add_menu_actions(self, window) -> None:
        menu = window.ui.fileMenu
        first = menu.actions()[0] if menu.actions() else None
        self.password_action = QAction(self.tr("Đổi &mật khẩu…"), window)
        self.password_action.triggered.connect(self.change_password)
        self.logout_action = QAction(self.tr("Đăng &xuất"), window)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.logout_action.triggered.connect(self.log_out)
        self.lock_action = QAction(self.tr("&Khóa màn hình"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        for action in (self.password_action, self.lock_action, self.logout_action):
            menu.insertAction(first, action)
        menu.insertSeparator(first)

    def change_password(self) -> None:
        PasswordDialog(self.session, self.window, runner=self._runner()).exec()

    def _runner(self):
        """The window's runner: the one way to the writer connection while a user works."""
        return getattr(self.window, "runner", None)

    # -- leaving -------------------------------------------------------------------------

    def log_out(self) -> None:
        """Close the user's window and ask who is next (the login dialog, no restart)."""
        if self.session is None:
            return
        self._end_lock()
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None
        try:
            runner = self._runner()
            if runner is None:
                logout(self.session)
            else:
                runner.write_and_wait(logout, self.session, changes=Changes(USERS), parent=self.window)
        except DanVanError as error:  # the audit line is not worth keeping a user in
            log.warning("logout not logged: %s", error)
        username = self.session.user.username
        self.session = None
        self._ask_login(LoginDialog(self.store))
        window, self.window = self.window, None
        for dialog in window.findChildren(QDialog):  # left open under a lock: closed, unsaved
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)  # not reject(): a form would ask whether to discard
        window.close()
        window.deleteLater()
        log.info("user %s logged out", username)

    def _ask_login(self, dialog: LoginDialog) -> None:
        self.login_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(lambda: self._logged_in(dialog))
        dialog.rejected.connect(lambda: self._login_refused(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _logged_in(self, dialog: LoginDialog) -> None:
        self.login_dialog = None
        self.start(dialog.session)

    def _login_refused(self, dialog: LoginDialog) -> None:
        self.login_dialog = None
        self.finished.emit()

    # -- locking -------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return bool(self.curtains)

    def lock(self) -> None:
        """Cover every window and ask the same user's password; nothing typed is lost."""
        if self.session is None or self.locked:
            return
        self.idle_lock.pause()
        covered = [self.window, *(d for d in self.window.findChildren(QDialog) if d.isVisible())]
        self.curtains = [Curtain(w) for w in covered]
        dialog = LoginDialog(self.store, None, self.session.user.username, locked=True, runner=self._runner())
        self.login_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.log_out)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _unlocked(self) -> None:
        self.login_dialog = None
        self._end_lock()
        self.idle_lock.resume()

    def _end_lock(self) -> None:
        for curtain in self.curtains:
            curtain.parentWidget().removeEventFilter(curtain)
            curtain.deleteLater()
        self.curtains = []


def _main_window(session: Session):
    from .main_window import MainWindow

    return MainWindow(session)
