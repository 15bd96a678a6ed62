"""Adds a user account (administrators). Every refused field shows its message under it at
once; the save runs on the runner (hashing the password takes a moment) and Esc or Hủy with
typed text asks first, as in every entry form (``RecordDialog``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from ..domain.users import Role, User, validate_account
from ..errors import Problems, ValidationError
from ..services.changes import USERS, Changes
from ..services.session import Session
from ..services.users import add_user
from .forms.ui_add_user_dialog import Ui_AddUserDialog
from .record_form import RecordDialog
from .runner import Runner


class AddUserDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, runner: Runner | None = None):
        super().__init__(runner, parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self.session = session
        self.user: User | None = None
        for role in (Role.OFFICER, Role.LEADER, Role.ADMIN):
            self.ui.roleCombo.addItem(role.label, role)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.watch_fields(self.ui.form, {"full_name": self.ui.fullNameEdit, "username": self.ui.usernameEdit,
                                         "role": self.ui.roleCombo, "password": self.ui.passwordEdit,
                                         "confirm": self.ui.confirmEdit}, general=self.ui.errorLabel)

    def save(self) -> None:
        username, full_name, password = self.ui.usernameEdit.text(), self.ui.fullNameEdit.text(), self.ui.passwordEdit.text()
        # The repeat is the form's alone: checked here with the domain's own checks, so every
        # message shows at once; a name already taken is known only to the service.
        problems = Problems()
        problems.check(validate_account, username, full_name, password)
        if password != self.ui.confirmEdit.text():
            problems.add(self.tr("Hai lần nhập mật khẩu không khớp nhau."), "confirm")
        try:
            problems.raise_any()
        except ValidationError as refused:
            self.refuse(refused)
            return
        self.write(add_user, self.session, username, full_name, self.ui.roleCombo.currentData(), password,
                   changes=Changes(USERS, added=True), saved=lambda user: setattr(self, "user", user))
