"""Offered when the database is damaged: the problem, the backups found beside it, and a
way to pick another backup file. Returns the chosen file; the caller restores it while
the database is closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem

from ..storage.backups import list_backups
from .backup_text import backup_line
from .forms.ui_restore_dialog import Ui_RestoreDialog


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, problem: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.ui.problemLabel.setText(problem)
        self.restore_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Khôi phục từ bản sao lưu đã chọn"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
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

    def accept(self) -> None:
        if self.chosen_backup() is not None:
            super().accept()
