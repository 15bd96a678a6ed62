"""The login dialog: returns a Session, or nothing when cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..errors import AuthenticationFailed
from ..services.auth import login
from ..services.session import Session, configured_unit
from ..storage.database import Store
from .forms.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    def __init__(self, store: Store, parent=None, username: str = "", locked: bool = False):
        """``locked``: the screen locked while ``username`` was away; only they can unlock it, anyone
        else logs out (the Cancel button says so)."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.store = store
        self.session: Session | None = None
        unit = configured_unit(store)
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
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def try_login(self) -> None:
        try:
            self.session = login(self.store, self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        except AuthenticationFailed as failed:
            self.ui.errorLabel.setText(str(failed))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()
