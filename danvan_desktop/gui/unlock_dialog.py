"""Asks for the passphrase or the recovery key the database needs, and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from ..errors import SecretRequired
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
        if need.kind == "recovery_key":
            self.setWindowTitle(self.tr("Mở dữ liệu bằng khóa khôi phục"))
            self.ui.secretLabel.setText(self.tr("&Khóa khôi phục:"))
            self.ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.ui.secretEdit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mở"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        self.ui.buttons.accepted.connect(self._accept_if_filled)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.secretEdit.setFocus()

    def _accept_if_filled(self) -> None:
        if not self.ui.secretEdit.text().strip():
            self.ui.errorLabel.setText(self.tr("Chưa nhập."))
            return
        self.accept()

    def secret(self) -> str:
        return self.ui.secretEdit.text()
