"""A new password for a user: an administrator resetting another's, or one's own (which
asks for the current password first). Validation is the services'."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..errors import DanVanError
from ..services.changes import USERS, Changes
from ..services.session import Session
from ..services.users import change_own_password, reset_password
from .runner import Runner
from .widgets import error_label, save_cancel


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    def __init__(self, session: Session, parent=None, username: str | None = None, full_name: str = "",
                 runner: Runner | None = None):
        """``username`` names another user to reset; without it the user changes their own. The
        new password is saved through ``runner`` (hashing takes a moment), the dialog waiting."""
        super().__init__(parent)
        self.session = session
        self.runner = runner or Runner(self)
        self.username = username
        self.own = username is None or username == session.user.username
        self.setWindowTitle(self.tr("Đổi mật khẩu của tôi") if self.own else self.tr("Đặt lại mật khẩu"))
        self.setMinimumWidth(420)
        self.current, self.password, self.confirm = _password_edit(), _password_edit(), _password_edit()
        form = QFormLayout()
        if self.own:
            form.addRow(self.tr("Mật khẩu &hiện tại:"), self.current)
        else:
            who = QLabel(self.tr("Đặt mật khẩu mới cho <b>{name}</b> ({username}). Hãy báo mật khẩu này cho người "
                                 "dùng và đề nghị họ tự đổi sau khi đăng nhập.").format(name=full_name or username,
                                                                                       username=username))
            who.setWordWrap(True)
            form.addRow(who)
        form.addRow(self.tr("Mật khẩu &mới:"), self.password)
        form.addRow(self.tr("&Nhập lại:"), self.confirm)
        self.error = error_label()
        self.buttons = save_cancel(self, self.save, self.tr("&Đổi mật khẩu"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu mới không khớp nhau."))
            return
        try:
            if self.own:
                self.runner.write_and_wait(change_own_password, self.session, self.current.text(),
                                           self.password.text(), changes=Changes(USERS), parent=self)
            else:
                self.runner.write_and_wait(reset_password, self.session, self.username, self.password.text(),
                                           changes=Changes(USERS), parent=self)
        except DanVanError as error:
            self.error.setText(str(error))
            return
        self.accept()
