"""Cài đặt › Phiên làm việc: after how many idle minutes the screen locks (leaders and
administrators change it), and changing one's own password (everyone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from ..domain.users import Permission
from ..errors import DanVanError
from ..services.auth import idle_lock_minutes
from ..services.changes import SETTINGS as SETTINGS_CHANGED, Changes
from ..services.session import Session
from ..services.settings import SETTINGS, change_setting
from .password_dialog import PasswordDialog
from .runner import Runner
from .widgets import error_label

IDLE_KEY = "session.idle_lock_minutes"


class SessionGroup(QGroupBox):
    idle_minutes_changed = Signal(int)

    def __init__(self, session: Session, runner: Runner, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Phiên làm việc"))
        self.session, self.runner = session, runner
        setting = SETTINGS[IDLE_KEY]
        self.minutes = QSpinBox()
        # Any typed number stays as typed; out of range, the setting refuses it with its range.
        self.minutes.setRange(0, 99999)
        self.minutes.setToolTip(self.tr("Từ {low} đến {high} phút").format(low=setting.low, high=setting.high))
        self.minutes.setSuffix(self.tr(" phút"))
        self.minutes.setValue(idle_lock_minutes(session.reading().store))
        may_change = session.user.can(Permission.EDIT_SETTINGS)
        self.minutes.setEnabled(may_change)
        self.save_button = QPushButton(self.tr("Áp &dụng"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_minutes)
        self.minutes.valueChanged.connect(lambda _: self.save_button.setEnabled(may_change))
        label = QLabel(self.tr("Tự khóa màn hình sau khi không thao tác:"))
        label.setBuddy(self.minutes)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.note = QLabel(self.tr("Khi khóa, cửa sổ được che lại và những gì đang nhập dở được giữ nguyên; nhập lại "
                                   "mật khẩu để làm tiếp.") if may_change else
                           self.tr("Chỉ lãnh đạo hoặc quản trị viên thay đổi được thời gian tự khóa."))
        self.note.setWordWrap(True)
        self.error = error_label()
        self.error.hide()  # no blank line under the note until there is something to say
        self.password_button = QPushButton(self.tr("Đổi mật k&hẩu của tôi…"))
        self.password_button.clicked.connect(self.change_password)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addWidget(self.error)
        column.addWidget(self.password_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def save_minutes(self) -> None:
        try:
            minutes = self.runner.write_and_wait(change_setting, self.session, IDLE_KEY, str(self.minutes.value()),
                                                 changes=Changes(SETTINGS_CHANGED), parent=self)
        except DanVanError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.error.hide()
        self.save_button.setEnabled(False)
        self.note.setText(self.tr("Đã lưu: màn hình tự khóa sau {n} phút không thao tác.").format(n=minutes))
        self.idle_minutes_changed.emit(minutes)

    def change_password(self) -> None:
        if PasswordDialog(self.session, self, runner=self.runner).exec():
            self.note.setText(self.tr("Đã đổi mật khẩu của bạn; lần đăng nhập sau dùng mật khẩu mới."))
