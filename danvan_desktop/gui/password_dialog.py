"""A new password for a user: an administrator resetting another's, or one's own (which
asks for the current password first). Validation is the domain's and the services'; every
refused field shows its message under it at once, and Esc or Hủy with typed text asks first
(``RecordDialog``)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..domain.users import validate_password
from ..errors import AuthenticationFailed, Problems, ValidationError
from ..services.changes import USERS, Changes
from ..services.session import Session
from ..services.users import change_own_password, reset_password
from .record_form import RecordDialog
from .runner import Runner
from .widgets import save_cancel


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, username: str | None = None, full_name: str = "",
                 runner: Runner | None = None):
        """``username`` names another user to reset; without it the user changes their own. The
        new password is saved through ``runner`` (hashing takes a moment)."""
        super().__init__(runner, parent)
        self.session = session
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
        self.buttons = save_cancel(self, self.save, self.tr("&Đổi mật khẩu"))
        fields = {"current": self.current} if self.own else {}
        self.watch_fields(form, {**fields, "password": self.password, "confirm": self.confirm})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        problems = Problems()
        if self.own and not self.current.text():
            problems.add(self.tr("Chưa nhập mật khẩu hiện tại."), "current")
        problems.check(validate_password, self.password.text())
        if self.password.text() != self.confirm.text():
            problems.add(self.tr("Hai lần nhập mật khẩu mới không khớp nhau."), "confirm")
        try:
            problems.raise_any()
        except ValidationError as refused:
            self.refuse(refused)
            return
        if self.own:
            self.write(change_own_password, self.session, self.current.text(), self.password.text(),
                       changes=Changes(USERS))
        else:
            self.write(reset_password, self.session, self.username, self.password.text(), changes=Changes(USERS))

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, AuthenticationFailed) and self.own:  # the current password is wrong
            error = ValidationError(str(error), "current")
        super()._refused(error)
