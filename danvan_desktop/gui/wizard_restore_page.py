"""The first-run wizard's other road: "Khôi phục từ bản sao lưu" on a new PC.

The backup file (from a USB stick) and the recovery key printed at setup; where this PC
has no secure keyring, a passphrase to protect the data here. Finishing restores in the
background (``FirstRunWizard.restore``); the users are then those of the backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizard, QWizardPage,
)

from ..errors import Problems, ValidationError
from ..security.keys import validate_new_passphrase
from .record_form import FieldErrors
from .wizard_pages import typed_problems


class RestoreFromBackupPage(QWizardPage):
    def __init__(self, keyring_reason: str | None, parent=None):
        """``keyring_reason`` is None where the OS keyring will keep the key (no passphrase asked)."""
        super().__init__(parent)
        self.setTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.setSubTitle(self.tr("Chuyển dữ liệu sang máy mới: chọn tệp sao lưu (ví dụ trên USB) và nhập khóa "
                                 "khôi phục đã in khi cài đặt lần đầu."))
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Khôi phục và đăng nhập"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("chưa chọn tệp"))
        self.file_edit.setAccessibleName(self.tr("Tệp sao lưu"))
        self.choose_button = QPushButton(self.tr("&Chọn tệp sao lưu…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.asks_passphrase = keyring_reason is not None
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Tệp sao lưu:"), file_row)
        form.addRow(self.tr("&Khóa khôi phục:"), self.key_edit)
        if self.asks_passphrase:
            reason = QLabel(keyring_reason + " " + self.tr("Hãy đặt cụm mật khẩu để bảo vệ dữ liệu trên máy này."))
            reason.setWordWrap(True)
            form.addRow(reason)
            form.addRow(self.tr("Cụm &mật khẩu mới:"), self.passphrase_edit)
            form.addRow(self.tr("&Nhập lại:"), self.confirm_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        fields = {"backup": self.file_edit, "recovery_key": self.key_edit}
        if self.asks_passphrase:
            fields.update(passphrase=self.passphrase_edit, confirm=self.confirm_edit)
        self.field_errors = FieldErrors(form, fields, self.error_label)
        for edit in (self.key_edit, self.passphrase_edit, self.confirm_edit, self.file_edit):
            edit.textChanged.connect(self._recheck)

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), str(Path.home()),
                                                self.tr("Bản sao lưu (*.db)"))
        if chosen:
            self.file_edit.setText(chosen)

    def _recheck(self) -> None:
        self.field_errors.show(self.problems(), focus=False)  # the user is typing: the focus stays
        self.completeChanged.emit()

    def problems(self, strict: bool = False) -> tuple[ValidationError, ...]:
        """Every refusal at once; unless ``strict`` (Finish pressed anyway), empty fields are
        not reported yet."""
        problems = Problems()
        if strict and not self.file_edit.text():
            problems.add(self.tr("Chưa chọn tệp sao lưu."), "backup")
        if strict and not self.key_edit.text().strip():
            problems.add(self.tr("Chưa nhập khóa khôi phục đã in khi cài đặt."), "recovery_key")
        if self.asks_passphrase:
            problems.found.extend(typed_problems(
                [(self.passphrase_edit.text(), validate_new_passphrase)],
                (self.passphrase_edit.text(), self.confirm_edit.text(), "confirm",
                 self.tr("Hai lần nhập cụm mật khẩu không khớp nhau.")), strict))
        return tuple(problems.found)

    def isComplete(self) -> bool:
        return not self.problems(strict=True)

    def error_texts(self) -> list[str]:
        """Every message on the page: under the fields, then the page's own line."""
        return self.field_errors.texts()

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        refused = self.problems(strict=True)
        if refused:
            self.field_errors.show(refused)
            return False
        error = self.wizard().restore()
        self.error_label.setText(error)
        return not error

    def backup_path(self) -> Path:
        return Path(self.file_edit.text())

    def recovery_key(self) -> str:
        return self.key_edit.text()

    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() if self.asks_passphrase else None
