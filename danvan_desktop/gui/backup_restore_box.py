"""Cài đặt › Sao lưu ra USB và khôi phục: a backup into a folder the user picks, and a
restore of any backup by an administrator (the data are then opened and logged in again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from ..domain.users import Permission
from ..errors import DanVanError
from ..services.backup import backup_now
from ..services.restore import restore_from_session
from ..services.session import Session
from .restore_dialog import RestoreDialog
from .runner import Runner


class BackupRestoreBox(QGroupBox):
    backed_up = Signal(object)  # the new backup's path
    restored = Signal(object)  # where the data before the restore were kept

    def __init__(self, session: Session, runner: Runner, parent=None):
        super().__init__(self.tr("Sao lưu ra USB và khôi phục"), parent)
        self.session, self.runner = session, runner
        column = QVBoxLayout(self)
        hint = QLabel(self.tr("Nên giữ một bản sao lưu ngoài máy (USB, ổ mạng). Bản sao lưu được mã hóa như dữ liệu; "
                              "trên máy khác, nó mở được bằng khóa khôi phục đã in khi cài đặt."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Sao lưu ra &thư mục khác (USB)…"))
        self.folder_button.clicked.connect(self.backup_to_folder)
        self.restore_button = QPushButton(self.tr("&Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self.restore)
        if not session.user.can(Permission.RESTORE):
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(self.tr("Chỉ quản trị viên được khôi phục dữ liệu."))
        row.addWidget(self.folder_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()  # until there is something to say
        column.addWidget(hint)
        column.addLayout(row)
        column.addWidget(self.result_label)

    def backup_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để sao lưu (ví dụ USB)"),
                                                  str(Path.home()))
        if not folder:
            return
        self.folder_button.setEnabled(False)

        def done(path):
            self.result_label.setText(self.tr("Đã sao lưu vào {path}").format(path=path))
            self.result_label.show()
            self.backed_up.emit(path)

        self.runner.run(backup_now, self.session, Path(folder), on_result=done,
                        on_finished=lambda: self.folder_button.setEnabled(True),
                        title=self.tr("Đang sao lưu…"), parent=self)

    def restore(self) -> None:
        kept: list = []

        def attempt(dialog: RestoreDialog) -> str:
            try:
                kept.append(self.runner.call(
                    restore_from_session, self.session, dialog.chosen_backup(), dialog.backup_recovery_key(),
                    parent=dialog, title=self.tr("Đang kiểm tra và khôi phục bản sao lưu…")))
            except DanVanError as failed:
                return str(failed)
            return ""

        dialog = RestoreDialog(self.session.store.path, "", self, needs_admin=False, attempt=attempt)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        QMessageBox.information(self, self.tr("Đã khôi phục"), self.tr(
            "Đã khôi phục dữ liệu từ bản sao lưu. Dữ liệu trước khi khôi phục được giữ tại {path}. "
            "Phần mềm sẽ mở lại dữ liệu; hãy đăng nhập lại.").format(path=kept[0]))
        self.restored.emit(kept[0])
        window = self.window()
        window.reopen_requested = True  # gui.app opens the restored data and asks to log in
        window.close()
