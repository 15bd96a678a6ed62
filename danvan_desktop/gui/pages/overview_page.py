"""Tổng quan: the current report period and its due date, its key figures and charts,
petitions that need attention, and the database's health."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.petitions import KINDS
from ...services import reports as report_service
from ...services.activities import activity_kinds
from ...services.doctor import run_doctor
from ...services.petitions import overdue_count
from ...services.session import Session
from ..bar_chart import BarChart
from ..runner import Runner


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class OverviewPage(QWidget):
    overdue_requested = Signal()  # the overdue count's link: the overdue petitions, most urgent first

    def __init__(self, session: Session, runner: Runner, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.today = today or date.today()
        self.figures: dict | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        unit = session.reading().unit
        layout.addWidget(QLabel(f"<h2>{unit.name if unit else ''}</h2>"))

        period_box = QGroupBox(self.tr("Kỳ báo cáo hiện tại"))
        period_layout = QVBoxLayout(period_box)
        self.reminder_label = QLabel()  # reports due or overdue: what must be done first
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setStyleSheet("color: #b00020; font-size: 12pt;")
        period_layout.addWidget(self.reminder_label)
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        period_layout.addWidget(self.period_label)
        self.key_figures = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate((
                ("received", self.tr("Đơn tiếp nhận")), ("resolved", self.tr("Đã giải quyết")),
                ("overdue", self.tr("Đơn quá hạn cuối kỳ")), ("sessions", self.tr("Buổi tiếp công dân")),
                ("activities", self.tr("Hoạt động dân vận")), ("models", self.tr("Mô hình “Dân vận khéo”")))):
            value = QLabel("…")
            value.setStyleSheet("font-size: 20pt; font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.key_figures.addWidget(value, 0, column)
            self.key_figures.addWidget(label, 1, column)
            self.figure_labels[key] = value
        period_layout.addLayout(self.key_figures)
        charts = QHBoxLayout()
        self.petition_chart = BarChart(self.tr("Đơn thư theo loại"))
        self.activity_chart = BarChart(self.tr("Hoạt động theo loại"))
        charts.addWidget(self.petition_chart)
        charts.addWidget(self.activity_chart)
        period_layout.addLayout(charts)
        layout.addWidget(period_box)

        lower = QHBoxLayout()
        who = QGroupBox(self.tr("Phiên làm việc"))
        form = QFormLayout(who)
        form.addRow(self.tr("Người dùng:"), QLabel(session.user.full_name))
        form.addRow(self.tr("Vai trò:"), QLabel(session.user.role.label))
        form.addRow(self.tr("Mã đơn vị:"), QLabel(unit.code if unit else "—"))
        path = QLabel(str(session.store.path))
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Tệp dữ liệu:"), path)
        self.overdue_label = QLabel()
        self.overdue_label.linkActivated.connect(lambda _: self.overdue_requested.emit())
        form.addRow(self.tr("Đơn thư quá hạn hôm nay:"), self.overdue_label)
        lower.addWidget(who, 1)
        health = QGroupBox(self.tr("Tình trạng dữ liệu"))
        health_layout = QVBoxLayout(health)
        self.health_label = QLabel(self.tr("Đang kiểm tra…"))
        self.health_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Kiểm tra lại"))
        self.check_button.clicked.connect(lambda: self.check(full=True))
        health_layout.addWidget(self.health_label)
        health_layout.addWidget(self.check_button, alignment=Qt.AlignmentFlag.AlignLeft)
        lower.addWidget(health, 1)
        layout.addLayout(lower)
        layout.addStretch(1)

    def _show_overdue(self, overdue: int) -> None:
        self.overdue_label.setText(
            self.tr("<a href='overdue'>{n} đơn — xem, quá hạn lâu nhất trước</a>").format(n=_number(overdue))
            if overdue else "0")

    def refresh(self) -> None:
        """Short reads on the read-only connection; the period's figures on the runner."""
        reading = self.session.reading()
        self._show_overdue(overdue_count(reading))
        reminders = report_service.reminders(reading, self.today)
        self.reminder_label.setText("<br>".join(f"<b>{text}</b>" for text in reminders))
        self.reminder_label.setVisible(bool(reminders))
        period = report_service.current(reading, self.today)
        state = report_service.report(reading, period.id)
        left = period.days_to_due(self.today)
        self.period_label.setText(self.tr(
            "<b>Báo cáo {label}</b>: số liệu từ {start} đến {end}, hạn nộp <b>{due}</b> — {left}. "
            "Trạng thái: {status}.").format(
            label=period.label, start=f"{period.start:%d/%m/%Y}", end=f"{period.end:%d/%m/%Y}",
            due=f"{period.due:%d/%m/%Y}", status=state.status_label,
            left=self.tr("còn {n} ngày").format(n=left) if left > 0 else self.tr("hạn nộp là hôm nay")))
        self.runner.run(report_service.figures, self.session, period.id, self.today, on_result=self.show_figures,
                        title=self.tr("Đang tính số liệu kỳ báo cáo…"), parent=self, cancellable=False)
        self.check(full=False)

    def show_figures(self, figures: dict) -> None:
        self.figures = figures
        p = figures["petitions"]
        values = {"received": p["total"], "resolved": p["resolved"], "overdue": p["overdue"],
                  "sessions": figures["receptions"]["sessions"], "activities": figures["activities"]["count"],
                  "models": figures["models"]["count"]}
        for key, value in values.items():
            self.figure_labels[key].setText(_number(value))
        self.figure_labels["overdue"].setStyleSheet(
            "font-size: 20pt; font-weight: bold;" + (" color: #b00020;" if p["overdue"] else ""))
        self.petition_chart.set_items([(KINDS[k], v) for k, v in p["by_kind"].items()])
        kinds = activity_kinds()
        self.activity_chart.set_items([(kinds.get(k, k), v["count"]) for k, v in figures["activities"]["by_kind"].items()
                                       if v["count"]])

    def check(self, full: bool) -> None:
        self.check_button.setEnabled(False)
        self.runner.run(run_doctor, self.session.store, full=full, on_result=self.show_health,
                        on_finished=lambda: self.check_button.setEnabled(True),
                        title=self.tr("Đang kiểm tra dữ liệu…"), parent=self, cancellable=False)

    def show_health(self, report) -> None:
        lines = [f"<b>{c.status}</b> — {c.name}: {c.detail}" for c in report.checks]
        verdict = self.tr("Dữ liệu khỏe mạnh.") if report.healthy else self.tr("Có lỗi: xem Cài đặt › Sao lưu, khôi phục.")
        self.health_label.setText(f"<p><b>{verdict}</b></p>" + "<br>".join(lines))
