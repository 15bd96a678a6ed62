"""Cài đặt › Người dùng (administrators): the accounts with their state, and adding one,
resetting a password, lifting a lock, disabling or enabling an account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QTableWidgetItem, QVBoxLayout

from ..errors import DanVanError
from ..services.changes import USERS, Changes
from ..services.session import Session
from ..services.users import Account, accounts, set_active, unlock_user
from .add_user_dialog import AddUserDialog
from .messages import show_error, show_unexpected
from .password_dialog import PasswordDialog
from .runner import Runner
from .widgets import fit_columns, read_only_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersGroup", text)


def account_state(account: Account) -> str:
    """What the Trạng thái column says: a lock (local time) before anything else."""
    if account.locked:
        return _tr("bị khóa đến {time}").format(time=f"{account.locked_until.astimezone():%H:%M}")
    return _tr("đang dùng") if account.user.active else _tr("đã vô hiệu hóa")


class UsersGroup(QGroupBox):
    def __init__(self, session: Session, runner: Runner, parent=None):
        """Reads on the read-only connection; every change goes through ``runner`` and the
        table is read again from the ``Changes`` it announces."""
        super().__init__(parent)
        self.setTitle(self.tr("Người dùng"))
        self.session, self.runner = session, runner
        runner.changed.connect(self._changed)
        self.accounts: list[Account] = []
        self.table = read_only_table([self.tr("Họ và tên"), self.tr("Tên đăng nhập"), self.tr("Vai trò"),
                                      self.tr("Trạng thái")])
        self.table.setMinimumHeight(150)
        self.table.setAccessibleName(self.tr("Danh sách người dùng"))
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("&Thêm người dùng…"))
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩ&u…"))
        self.unlock_button = QPushButton(self.tr("&Mở khóa"))
        self.active_button = QPushButton(self.tr("&Vô hiệu hóa"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.unlock_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self._update_buttons()

    def refresh(self) -> None:
        chosen = self.selected()
        self.accounts = accounts(self.session.reading())
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            user = account.user
            for column, text in enumerate((user.full_name, user.username, user.role.label, account_state(account))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if account.locked or not user.active:
                self.table.item(row, 3).setForeground(Qt.GlobalColor.darkRed)
        fit_columns(self.table)
        if chosen is not None:
            self.select(chosen.user.username)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.accounts[rows.pop()] if len(rows) == 1 and self.accounts else None

    def select(self, username: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.user.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        me = account is not None and account.user.id == self.session.user.id
        self.reset_button.setEnabled(account is not None and not me)
        self.reset_button.setToolTip(self.tr("Đổi mật khẩu của chính mình: menu Tệp › Đổi mật khẩu.") if me else "")
        self.unlock_button.setEnabled(account is not None and account.locked)
        self.active_button.setEnabled(account is not None and not me)
        self.active_button.setToolTip(self.tr("Không thể tự vô hiệu hóa tài khoản đang đăng nhập.") if me else "")
        self.active_button.setText(self.tr("Kích hoạt &lại") if account is not None and not account.user.active
                                   else self.tr("&Vô hiệu hóa"))

    def add_user(self) -> None:
        dialog = AddUserDialog(self.session, self, self.runner)
        if dialog.exec():
            self.refresh()
            self.select(dialog.user.username)

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        if PasswordDialog(self.session, self, account.user.username, account.user.full_name, self.runner).exec():
            QMessageBox.information(self, self.tr("Đã đặt lại mật khẩu"), self.tr(
                "Đã đặt mật khẩu mới cho {name}; tài khoản cũng được mở khóa nếu đang bị khóa.").format(
                name=account.user.full_name))

    def unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._act(unlock_user, account.user.username)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.user.active:
            answer = QMessageBox.question(self, self.tr("Vô hiệu hóa tài khoản"), self.tr(
                "Vô hiệu hóa tài khoản {name} ({username})? Người này sẽ không đăng nhập được cho đến khi được "
                "kích hoạt lại; dữ liệu họ đã nhập vẫn giữ nguyên.").format(
                name=account.user.full_name, username=account.user.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._act(set_active, account.user.username, not account.user.active)

    def _act(self, action, *args) -> None:
        """Unlock, disable or enable on the runner; the table follows from ``runner.changed``."""
        self.unlock_button.setEnabled(False)
        self.active_button.setEnabled(False)
        self.runner.write(action, self.session, *args, changes=Changes(USERS), on_error=self._failed,
                          parent=self, quiet=True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DanVanError):
            show_error(self, error)
        else:
            show_unexpected(self, error)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(USERS) and self.isVisible():
            self.refresh()
