"""Cài đặt: health checks, backups (to USB, restore), the working session, and (for
administrators) user accounts, rule files and unit lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from ...domain.users import Permission
from ...services.backup import backup_now
from ...services.doctor import run_doctor
from ...services.session import Session
from ...storage.backups import list_backups
from ..backup_restore_box import BackupRestoreBox
from ..backup_text import backup_cells
from ..rules_box import RulesBox
from ..runner import Runner
from ..session_group import SessionGroup
from ..users_group import UsersGroup
from ..widgets import fit_columns, read_only_table

STATUS_COLOURS = {"LỖI": "#b00020", "CẢNH BÁO": "#8a5a00"}  # the doctor's status words


def fill_table(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(str(text)))
    fit_columns(table)


def fit_height(table: QTableWidget, rows_at_least: int = 2) -> None:
    """Tall enough for every row (rows do not wrap), so a short table needs no scroll bar."""
    rows = max(table.rowCount(), rows_at_least)
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())


class SettingsPage(QWidget):
    def __init__(self, session: Session, runner: Runner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.manages_users = session.user.can(Permission.MANAGE_USERS)
        self._checked_once = False
        # The page scrolls as a whole: on a 1366×768 office screen the three groups do not fit.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(QLabel("<h2>" + self.tr("Cài đặt") + "</h2>"))
        layout.addWidget(self._health_group())
        layout.addWidget(self._backup_group())
        self.backup_restore = BackupRestoreBox(session, runner)
        self.backup_restore.backed_up.connect(lambda _: self.fill_backups())
        layout.addWidget(self.backup_restore)
        self.session_box = SessionGroup(session, runner)
        layout.addWidget(self.session_box)
        self.users_box = UsersGroup(session, runner)
        self.users_box.setVisible(self.manages_users)
        layout.addWidget(self.users_box)
        self.rules_box = RulesBox(session, self)
        self.rules_box.setVisible(session.user.can(Permission.MANAGE_UNITS))
        layout.addWidget(self.rules_box)
        layout.addStretch(1)

    def _health_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kiểm tra dữ liệu"))
        column = QVBoxLayout(box)
        self.checks = read_only_table([self.tr("Mục"), self.tr("Kết quả"), self.tr("Chi tiết")])
        self.checks.setWordWrap(False)
        self.checks.setAccessibleName(self.tr("Kết quả kiểm tra"))
        fit_height(self.checks, 6)
        self.check_button = QPushButton(self.tr("&Kiểm tra toàn bộ"))
        self.check_button.setToolTip(self.tr("Đọc lại từng trang dữ liệu; có thể mất vài giây với dữ liệu lớn."))
        self.check_button.clicked.connect(lambda: self.run_checks(full=True))
        column.addWidget(self.checks)
        column.addWidget(self.check_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return box

    def _backup_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sao lưu"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Sao lưu ngay"))
        self.backup_button.clicked.connect(self.backup)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.backup_button, alignment=Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.backup_label, 1)
        self.backups = read_only_table([self.tr("Thời điểm"), self.tr("Loại"), self.tr("Dung lượng"), self.tr("Tệp")])
        self.backups.setMinimumHeight(150)
        self.backups.setAccessibleName(self.tr("Các bản sao lưu"))
        self.no_backups = QLabel(self.tr("Chưa có bản sao lưu nào. Phần mềm tự sao lưu mỗi ngày khi mở; "
                                         "nên sao lưu thêm ra USB sau những buổi nhập nhiều."))
        self.no_backups.setWordWrap(True)
        column.addLayout(row)
        column.addWidget(self.no_backups)
        column.addWidget(self.backups)
        return box

    def refresh(self) -> None:
        if not self._checked_once:
            self._checked_once = True
            self.run_checks(full=False)
        self.fill_backups()
        if self.manages_users:
            self.users_box.refresh()
        if self.session.user.can(Permission.MANAGE_UNITS):
            self.rules_box.refresh()

    def integrity_checked(self, _daily=None) -> None:
        """The background check after start-up ended: show its result if the checks are shown."""
        if self._checked_once:
            self.run_checks(full=False)
            self.fill_backups()

    def run_checks(self, full: bool) -> None:
        self.check_button.setEnabled(False)
        self.runner.run(run_doctor, self.session.store, full=full, on_result=self.show_checks,
                        on_finished=lambda: self.check_button.setEnabled(True),
                        title=self.tr("Đang kiểm tra dữ liệu…"), parent=self, cancellable=False)

    def show_checks(self, report) -> None:
        fill_table(self.checks, [(c.name, c.status, c.detail) for c in report.checks])
        for row, check in enumerate(report.checks):
            if check.status in STATUS_COLOURS:
                self.checks.item(row, 1).setForeground(QBrush(QColor(STATUS_COLOURS[check.status])))
        fit_height(self.checks, 6)

    def backup(self) -> None:
        self.backup_button.setEnabled(False)

        def done(path):
            self.backup_label.setText(self.tr("Đã sao lưu vào {path}").format(path=path))
            self.fill_backups()

        self.runner.run(backup_now, self.session, on_result=done,
                        on_finished=lambda: self.backup_button.setEnabled(True),
                        title=self.tr("Đang sao lưu…"), parent=self)

    def fill_backups(self) -> None:
        found = list_backups(self.session.store.path)
        fill_table(self.backups, [backup_cells(info) for info in found])
        self.no_backups.setVisible(not found)
        self.backups.setVisible(bool(found))
