"""Choosing a backup to restore: the backups found beside the database, or any file (a
USB stick). Offered when the database is damaged (then an administrator of the backup
must sign the restore) and from Cài đặt (the administrator is logged in).

The dialog gathers the choice and the secrets; ``attempt(dialog)`` (given by the caller)
restores and returns an error message, shown in the dialog, or "" when done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem

from ..storage.backups import list_backups
from .backup_text import backup_line
from .forms.ui_restore_dialog import Ui_RestoreDialog


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, problem: str, parent=None, *, needs_admin: bool = True,
                 attempt: Callable[["RestoreDialog"], str] | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.attempt = attempt
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setVisible(bool(problem))
        if not problem:
            self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
            self.ui.adviceLabel.setText(self.tr(
                "Dữ liệu hiện tại sẽ được thay bằng bản sao lưu đã chọn. Dữ liệu hiện tại không bị xóa: nó được giữ "
                "lại trong thư mục sao lưu (loại “trước khôi phục”). Những gì nhập sau thời điểm sao lưu sẽ phải nhập "
                "lại. Các cửa sổ và lệnh khác đang mở dữ liệu này phải được đóng trước."))
        for widget in (self.ui.adminLabel, self.ui.adminEdit, self.ui.passwordLabel, self.ui.passwordEdit):
            widget.setVisible(needs_admin)
        self.needs_admin = needs_admin
        self.restore_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Khôi phục từ bản sao lưu đã chọn"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát") if problem
                                                                                else self.tr("Hủy"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.otherFileButton.clicked.connect(self.choose_other_file)
        self.ui.backupList.currentItemChanged.connect(self._update_button)
        self.ui.backupList.itemActivated.connect(lambda _: self.accept())
        for info in list_backups(self.db_path):
            self._add(backup_line(info), info.path)
        if self.ui.backupList.count():
            self.ui.backupList.setCurrentRow(0)  # the newest loses the least work
        else:
            empty = QListWidgetItem(self.tr("Không tìm thấy bản sao lưu tự động bên cạnh tệp dữ liệu. "
                                            "Hãy chọn một tệp sao lưu (ví dụ trên USB)."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.backupList.addItem(empty)
        self._update_button()

    def _add(self, text: str, path: Path, first: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        if first:
            self.ui.backupList.insertItem(0, item)
        else:
            self.ui.backupList.addItem(item)

    def choose_other_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), str(self.db_path.parent),
                                                self.tr("Bản sao lưu (*.db)"))
        if chosen:
            self._add(self.tr("Tệp đã chọn: {path}").format(path=chosen), Path(chosen), first=True)
            self.ui.backupList.setCurrentRow(0)

    def _update_button(self, *_) -> None:
        self.restore_button.setEnabled(self.chosen_backup() is not None)

    def chosen_backup(self) -> Path | None:
        item = self.ui.backupList.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return Path(value) if value else None

    def backup_recovery_key(self) -> str | None:
        return self.ui.backupKeyEdit.text().strip() or None

    def administrator(self) -> tuple[str, str]:
        return self.ui.adminEdit.text().strip(), self.ui.passwordEdit.text()

    def accept(self) -> None:
        if self.chosen_backup() is None:
            return
        if self.needs_admin and not all(self.administrator()):
            self.ui.errorLabel.setText(self.tr("Cần tên đăng nhập và mật khẩu của một quản trị viên."))
            return
        if self.attempt is not None:
            self.ui.errorLabel.clear()
            error = self.attempt(self)
            if error:
                self.ui.errorLabel.setText(error)
                return
        super().accept()
