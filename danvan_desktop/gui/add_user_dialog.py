"""Adds a user account (administrators); the dialog validates through the services and
saves through the runner (hashing the password takes a moment), waiting for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..domain.users import Role, User
from ..errors import DanVanError
from ..services.changes import USERS, Changes
from ..services.session import Session
from ..services.users import add_user
from .forms.ui_add_user_dialog import Ui_AddUserDialog
from .runner import Runner


class AddUserDialog(QDialog):
    def __init__(self, session: Session, parent=None, runner: Runner | None = None):
        super().__init__(parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self.session = session
        self.runner = runner or Runner(self)
        self.user: User | None = None
        for role in (Role.OFFICER, Role.LEADER, Role.ADMIN):
            self.ui.roleCombo.addItem(role.label, role)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.confirmEdit.text():
            self.ui.errorLabel.setText(self.tr("Hai lần nhập mật khẩu không khớp nhau."))
            return
        try:
            self.user = self.runner.write_and_wait(
                add_user, self.session, self.ui.usernameEdit.text(), self.ui.fullNameEdit.text(),
                self.ui.roleCombo.currentData(), self.ui.passwordEdit.text(), changes=Changes(USERS, added=True),
                title=self.tr("Đang thêm người dùng…"), parent=self)
        except DanVanError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()
