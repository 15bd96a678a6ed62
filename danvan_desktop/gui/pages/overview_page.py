"""Tổng quan: who and where, the database's health, petitions that need attention."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..runner import Runner
from ...services.doctor import run_doctor
from ...services.petitions import overdue_count
from ...services.session import Session


class OverviewPage(QWidget):
    def __init__(self, session: Session, runner: Runner, parent=None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        unit = session.unit
        layout.addWidget(QLabel(f"<h2>{unit.name if unit else ''}</h2>"))
        who = QGroupBox(self.tr("Phiên làm việc"))
        form = QFormLayout(who)
        form.addRow(self.tr("Người dùng:"), QLabel(session.user.full_name))
        form.addRow(self.tr("Vai trò:"), QLabel(session.user.role.label))
        form.addRow(self.tr("Mã đơn vị:"), QLabel(unit.code if unit else "—"))
        path = QLabel(str(session.store.path))
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Tệp dữ liệu:"), path)
        layout.addWidget(who)
        attention = QGroupBox(self.tr("Cần chú ý"))
        attention_form = QFormLayout(attention)
        self.overdue_label = QLabel()
        attention_form.addRow(self.tr("Đơn thư quá hạn:"), self.overdue_label)
        layout.addWidget(attention)
        health = QGroupBox(self.tr("Tình trạng dữ liệu"))
        health_layout = QVBoxLayout(health)
        self.health_label = QLabel(self.tr("Đang kiểm tra…"))
        self.health_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Kiểm tra lại"))
        self.check_button.clicked.connect(lambda: self.check(full=True))
        health_layout.addWidget(self.health_label)
        health_layout.addWidget(self.check_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(health)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.overdue_label.setText(str(overdue_count(self.session)))
        self.check(full=False)

    def check(self, full: bool) -> None:
        self.check_button.setEnabled(False)
        self.runner.run(run_doctor, self.session.store, full=full, on_result=self.show_health,
                        on_finished=lambda: self.check_button.setEnabled(True),
                        title=self.tr("Đang kiểm tra dữ liệu…"), parent=self, cancellable=False)

    def show_health(self, report) -> None:
        lines = [f"<b>{c.status}</b> — {c.name}: {c.detail}" for c in report.checks]
        verdict = self.tr("Dữ liệu khỏe mạnh.") if report.healthy else self.tr("Có lỗi: xem Cài đặt › Sao lưu, khôi phục.")
        self.health_label.setText(f"<p><b>{verdict}</b></p>" + "<br>".join(lines))
