"""Asks for the passphrase or the recovery key the database needs, and says why.

Where the passphrase is asked, "Dùng khóa khôi phục" switches to the recovery key printed
at setup, with a new passphrase to protect the data from then on (the lost one is
replaced)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from ..errors import SecretRequired, ValidationError
from ..security.keys import validate_new_passphrase
from .forms.ui_unlock_dialog import Ui_UnlockDialog


class UnlockDialog(QDialog):
    def __init__(self, need: SecretRequired, parent=None, error: str = ""):
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.kind = need.kind
        self.ui.messageLabel.setText(str(need))
        self.ui.reasonLabel.setText(need.reason)
        self.ui.errorLabel.setText(error)
        self._show_new_passphrase(False)
        self.ui.recoveryButton.setVisible(need.kind == "passphrase")
        self.ui.layout.setAlignment(self.ui.recoveryButton, Qt.AlignmentFlag.AlignLeft)
        self.ui.recoveryButton.clicked.connect(self.use_recovery_key)
        if need.kind == "recovery_key":
            self._ask_recovery_key()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mở"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.ui.buttons.accepted.connect(self._accept_if_filled)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.secretEdit.setFocus()

    def _show_new_passphrase(self, visible: bool) -> None:
        for widget in (self.ui.newLabel, self.ui.newEdit, self.ui.confirmLabel, self.ui.confirmEdit):
            widget.setVisible(visible)

    def _ask_recovery_key(self) -> None:
        self.setWindowTitle(self.tr("Mở dữ liệu bằng khóa khôi phục"))
        self.ui.secretLabel.setText(self.tr("&Khóa khôi phục:"))
        self.ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.ui.secretEdit.setPlaceholderText("XXXX-XXXX-XXXX-…")

    def use_recovery_key(self) -> None:
        """The passphrase is lost: the recovery key opens, a new passphrase protects from now on."""
        self.kind = "recovery_key"
        self._ask_recovery_key()
        self.ui.secretEdit.clear()
        self.ui.messageLabel.setText(self.tr("Mở dữ liệu bằng khóa khôi phục đã in khi cài đặt, rồi đặt cụm mật khẩu mới."))
        self.ui.reasonLabel.setText(self.tr("Cụm mật khẩu cũ sẽ không dùng được nữa."))
        self.ui.errorLabel.clear()
        self.ui.recoveryButton.hide()
        self._show_new_passphrase(True)
        self.ui.secretEdit.setFocus()

    def _accept_if_filled(self) -> None:
        if not self.ui.secretEdit.text().strip():
            self.ui.errorLabel.setText(self.tr("Chưa nhập."))
            return
        if self.ui.newEdit.isVisibleTo(self):
            try:
                validate_new_passphrase(self.ui.newEdit.text())
            except ValidationError as refused:
                self.ui.errorLabel.setText(str(refused))
                return
            if self.ui.confirmEdit.text() != self.ui.newEdit.text():
                self.ui.errorLabel.setText(self.tr("Hai lần nhập cụm mật khẩu mới không khớp nhau."))
                return
        self.accept()

    def secret(self) -> str:
        return self.ui.secretEdit.text()

    def new_passphrase(self) -> str | None:
        """The passphrase to set after opening with the recovery key, if one was asked."""
        return self.ui.newEdit.text() if self.ui.newEdit.isVisibleTo(self) else None
