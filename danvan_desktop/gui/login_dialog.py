"""The login dialog: returns a Session, or nothing when cancelled.

A login writes its bookkeeping (the failure count, a lock, the audit line) and hashes the
password, which takes a moment: it runs on the runner while the dialog waits (the window
painted, a second Enter held until the first is answered), like every write.

Refusals show under the field they are about (``FieldErrors``, as in the entry forms): an empty
field under itself, both at once; a wrong password under the password, typed again. Unlike the
entry forms, Thoát/Đăng xuất never asks "Bỏ các thay đổi chưa lưu?": a login saves nothing, so a
typed name and password are no work to lose, and the question would only stand between the user
and leaving (at the lock screen the open forms are kept under it, not in this dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QPushButton

from ..errors import AccountLocked, AuthenticationFailed, DanVanError, ValidationError
from ..services.auth import WRONG, login, unlock_with_recovery_key
from ..services.changes import USERS, Changes
from ..services.session import Session, configured_unit_of
from ..storage.database import Store
from .forms.ui_login_dialog import Ui_LoginDialog
from .record_form import FieldErrors
from .runner import Runner


class LoginDialog(QDialog):
    def __init__(self, store: Store, parent=None, username: str = "", locked: bool = False,
                 runner: Runner | None = None):
        """``locked``: the screen locked while ``username`` was away; only they can unlock it, anyone
        else logs out (the Cancel button says so). ``runner``: the main window's, when there is one."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.store = store
        self.runner = runner or Runner(self)
        self.session: Session | None = None
        unit = configured_unit_of(store.reader())
        self.ui.unitLabel.setText(f"<b>{unit.name}</b>" if unit else self.tr("Dân Vận Desktop"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng nhập"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Đăng xuất") if locked else self.tr("Thoát"))
        if locked:
            self.setWindowTitle(self.tr("Màn hình đã khóa — Dân Vận Desktop"))
            self.ui.unitLabel.setText(self.ui.unitLabel.text() + "<br>" + self.tr(
                "Màn hình đã khóa vì lâu không thao tác. Nhập lại mật khẩu để tiếp tục; những gì đang nhập dở "
                "vẫn được giữ nguyên."))
            self.ui.usernameEdit.setReadOnly(True)
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setText(username)
        self.field_errors = FieldErrors(self.ui.form, {"username": self.ui.usernameEdit,
                                                       "password": self.ui.passwordEdit}, self.ui.errorLabel)
        # Shown once a locked account is told (after its right password): the paper key unlocks it.
        self.unlock_button = QPushButton(self.tr("Mở khóa tài khoản bằng &khóa khôi phục…"))
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.unlock_with_recovery_key)
        self.unlock_button.hide()
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.buttons), self.unlock_button,
                                    alignment=Qt.AlignmentFlag.AlignLeft)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def try_login(self) -> None:
        empty = [ValidationError(message, field) for field, message, edit in (
            ("username", self.tr("Chưa nhập tên đăng nhập."), self.ui.usernameEdit),
            ("password", self.tr("Chưa nhập mật khẩu."), self.ui.passwordEdit)) if not edit.text().strip()]
        if empty:  # not a failed attempt: nothing is counted against the account
            self._tell("")
            self.field_errors.show(tuple(empty))
            return
        self.field_errors.clear()
        try:
            self.session = self.runner.write_and_wait(
                login, self.store, self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), changes=Changes(USERS),
                title=self.tr("Đang đăng nhập…"), parent=self)
        except AuthenticationFailed as failed:
            self.unlock_button.setVisible(isinstance(failed, AccountLocked))
            self.ui.passwordEdit.clear()  # before the message: typing clears the field's message
            if failed.args[0] == WRONG:  # about what was typed: under the password, to type again
                self._tell("")
                self.field_errors.show((ValidationError(str(failed), "password"),))
            else:  # a lock, a wait, a disabled account: about the account, not a field
                self._tell(str(failed))
            self.ui.passwordEdit.setFocus()
            return
        self.accept()

    def unlock_with_recovery_key(self) -> None:
        name = self.ui.usernameEdit.text()
        key, given = QInputDialog.getText(
            self, self.tr("Mở khóa tài khoản"),
            self.tr("Khóa khôi phục của dữ liệu (in khi cài đặt) để mở khóa tài khoản “{name}”:").format(name=name),
            QLineEdit.EchoMode.Normal)
        if not given or not key.strip():
            return
        try:
            self.runner.write_and_wait(unlock_with_recovery_key, self.store, name, key, changes=Changes(USERS),
                                       parent=self)
        except DanVanError as refused:
            self._tell(str(refused))
            return
        self.unlock_button.hide()
        self._tell(self.tr("Đã mở khóa tài khoản “{name}”; hãy đăng nhập.").format(name=name.strip().lower()),
                   good=True)
        self.ui.passwordEdit.setFocus()

    def _tell(self, text: str, good: bool = False) -> None:
        """A refusal in red; good news in a calm colour, never red."""
        self.ui.errorLabel.setStyleSheet("color: #1b5e20;" if good else "color: #b00020;")
        self.ui.errorLabel.setText(text)

    def error_texts(self) -> list[str]:
        """Every refusal on screen: under the fields, then the dialog's own line."""
        return self.field_errors.texts()
