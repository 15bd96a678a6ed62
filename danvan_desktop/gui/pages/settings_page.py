"""Cài đặt: health checks, backups, and (for administrators) user accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget, QHeaderView,
)

from ...domain.users import Permission
from ...services.backup import backup_now
from ...services.doctor import run_doctor
from ...services.session import Session
from ...services.users import list_users
from ...storage.backups import list_backups
from ..add_user_dialog import AddUserDialog
from ..runner import Runner

KIND_LABELS = {"auto": "tự động", "manual": "thủ công", "pre-migration": "trước nâng cấp", "pre-restore": "trước khôi phục"}


class SettingsPage(QWidget):
    def __init__(self, session: Session, runner: Runner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(QLabel("<h2>" + self.tr("Cài đặt") + "</h2>"))

        health = QGroupBox(self.tr("Kiểm tra dữ liệu"))
        health_layout = QVBoxLayout(health)
        self.checks = QTableWidget(0, 3)
        self.checks.setHorizontalHeaderLabels([self.tr("Mục"), self.tr("Kết quả"), self.tr("Chi tiết")])
        self.checks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checks.verticalHeader().hide()
        self.checks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.check_button = QPushButton(self.tr("&Kiểm tra toàn bộ"))
        self.check_button.clicked.connect(lambda: self.run_checks(full=True))
        health_layout.addWidget(self.checks)
        health_layout.addWidget(self.check_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(health)

        backups = QGroupBox(self.tr("Sao lưu"))
        backup_layout = QVBoxLayout(backups)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Sao lưu ngay"))
        self.backup_button.clicked.connect(self.backup)
        self.backup_label = QLabel()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_label, 1)
        self.backup_list = QListWidget()
        backup_layout.addLayout(row)
        backup_layout.addWidget(self.backup_list)
        layout.addWidget(backups)

        self.users_box = QGroupBox(self.tr("Người dùng"))
        users_layout = QVBoxLayout(self.users_box)
        self.users = QListWidget()
        add = QPushButton(self.tr("&Thêm người dùng…"))
        add.clicked.connect(self.add_user)
        users_layout.addWidget(self.users)
        users_layout.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.users_box)
        self.users_box.setVisible(session.user.can(Permission.MANAGE_USERS))
        self._checked_once = False

    def refresh(self) -> None:
        if not self._checked_once:
            self._checked_once = True
            self.run_checks(full=False)
        self.fill_backups()
        if self.users_box.isVisible():
            self.fill_users()

    def run_checks(self, full: bool) -> None:
        self.check_button.setEnabled(False)
        self.runner.run(run_doctor, self.session.store, full=full, on_result=self.show_checks,
                        on_finished=lambda: self.check_button.setEnabled(True),
                        title=self.tr("Đang kiểm tra dữ liệu…"), parent=self, cancellable=False)

    def show_checks(self, report) -> None:
        self.checks.setRowCount(len(report.checks))
        for row, check in enumerate(report.checks):
            for column, text in enumerate((check.name, check.status, check.detail)):
                self.checks.setItem(row, column, QTableWidgetItem(text))
        self.checks.resizeColumnsToContents()

    def backup(self) -> None:
        self.backup_button.setEnabled(False)

        def done(path):
            self.backup_label.setText(self.tr("Đã sao lưu vào {path}").format(path=path))
            self.fill_backups()

        self.runner.run(backup_now, self.session, on_result=done,
                        on_finished=lambda: self.backup_button.setEnabled(True),
                        title=self.tr("Đang sao lưu…"), parent=self)

    def fill_backups(self) -> None:
        self.backup_list.clear()
        for info in list_backups(self.session.store.path):
            self.backup_list.addItem(f"{info.taken_at:%d/%m/%Y %H:%M}  —  {KIND_LABELS.get(info.kind, info.kind)}  —  "
                                     f"{info.size // 1024} KB  —  {info.path.name}")

    def fill_users(self) -> None:
        self.users.clear()
        for user in list_users(self.session):
            suffix = "" if user.active else self.tr(" (đã vô hiệu hóa)")
            self.users.addItem(f"{user.full_name}  —  {user.username}  —  {user.role.label}{suffix}")

    def add_user(self) -> None:
        dialog = AddUserDialog(self.session, self)
        if dialog.exec():
            self.fill_users()
