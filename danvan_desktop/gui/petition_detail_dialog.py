"""One petition: what it is, who sent it (masked when secret), its deadlines and timeline,
its scans. Recording a step or attaching a scan refreshes the view in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain.deadlines import STATE_LABELS
from ..domain.petitions import CHANNELS, EVENT_KINDS, KINDS, RESULTS, SIGNATORIES
from ..services import petitions as petition_service
from ..services.session import Session
from .attachments_panel import AttachmentsPanel
from .petition_event_dialog import PetitionEventDialog
from .runner import Runner
from .screen_fit import resize_to_screen
from .widgets import dmy, tab_after

STATE_COLOURS = {"overdue": "#fde7e9", "due_soon": "#fff4ce", "done_late": "#fde7e9", "done": "#e6f4ea",
                 "suspended": "#e8eaf6"}



class PetitionDetailDialog(QDialog):
    def __init__(self, session: Session, petition_id: int, parent=None, today: date | None = None,
                 runner: Runner | None = None):
        super().__init__(parent)
        self.session, self.petition_id = session, petition_id
        self.today = today or date.today()
        self.runner = runner or Runner(self)  # the forms opened from here save through it
        resize_to_screen(self, 1240, 720)
        self.summary = QFormLayout()
        summary_box = QGroupBox(self.tr("Thông tin đơn"))
        summary_box.setLayout(self.summary)
        self.deadlines = QTableWidget(0, 5)
        self.deadlines.setHorizontalHeaderLabels(
            [self.tr("Thời hạn"), self.tr("Bắt đầu"), self.tr("Hạn"), self.tr("Xong ngày"), self.tr("Tình trạng")])
        self.not_processed = QLabel()
        self.not_processed.setWordWrap(True)
        self.not_processed.setStyleSheet("color: #8a4b00;")
        self.deadlines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.deadlines.verticalHeader().hide()
        self.deadlines.setAccessibleName(self.tr("Thời hạn giải quyết"))
        self.deadlines.setTabKeyNavigation(False)  # Tab goes on to the steps and buttons
        self.deadlines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Các bước xử lý"))
        self.attachments = AttachmentsPanel(session, "petition", petition_id, self,
                                            title=self.tr("Bản quét, tài liệu (nhấn đúp hoặc Enter để mở)"))
        self.attachments.add_button.setText(self.tr("Đính &kèm bản quét…"))
        self.attachments.changed.connect(self.reload)
        edit = QPushButton(self.tr("&Sửa…"))
        edit.clicked.connect(self.edit)
        reason = petition_service.edit_refusal(session.reading(), petition_id)
        edit.setEnabled(reason is None)
        edit.setToolTip(reason or self.tr("Sửa thông tin đơn (mở lại biểu mẫu với các giá trị đã lưu)."))
        self.edit_button = edit
        add_step = QPushButton(self.tr("&Ghi bước xử lý…"))
        add_step.clicked.connect(self.record_step)
        close = QPushButton(self.tr("Đó&ng"))
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for button in (edit, add_step):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Thời hạn") + "</b>"))
        right.addWidget(self.not_processed)
        right.addWidget(self.deadlines)
        right.addWidget(QLabel("<b>" + self.tr("Dòng thời gian") + "</b>"))
        right.addWidget(self.timeline)
        right.addWidget(self.attachments)
        columns = QHBoxLayout()
        columns.addWidget(summary_box, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(actions)
        tab_after(self.timeline, [self.attachments])  # made first, shown below the timeline
        self.reload()

    def reload(self) -> None:
        detail = petition_service.show_petition(self.session.reading(), self.petition_id, today=self.today)
        row = detail.row
        self.setWindowTitle(self.tr("Đơn số {n} — {kind}").format(n=row["id"], kind=KINDS[row["kind"]]))
        while self.summary.rowCount():
            self.summary.removeRow(0)
        fields = petition_service.petition_fields()

        def add(label: str, value) -> None:
            text = QLabel(str(value) if value not in (None, "") else "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary.addRow(label, text)

        add(self.tr("Ngày nhận:"), dmy(row["received_on"]))
        add(self.tr("Loại đơn:"), KINDS[row["kind"]] + (self.tr(" (lần hai)") if row["attempt"] == 2 else ""))
        add(self.tr("Nguồn đơn:"), CHANNELS.get(row["channel"], row["channel"]) +
            (f" — {row['source_body']}" if row["source_body"] else ""))
        add(self.tr("Lĩnh vực:"), fields.get(row["field"], row["field"]))
        add(self.tr("Người đứng tên:"), SIGNATORIES[row["signatories"]] +
            (f" ({row['signer_count']})" if row["signatories"] == "nhieu_nguoi" else ""))
        for person in detail.petitioners:
            add("", "\n".join(x for x in (person.name, person.address, person.cccd and f"CCCD {person.cccd}",
                                          person.phone,
                                          "" if person.signed else self.tr("Đơn không có chữ ký hoặc điểm chỉ"))
                               if x))
        if row["accused"]:
            add(self.tr("Bị tố cáo:"), row["accused"])
        add(self.tr("Nội dung:"), row["content"])
        flags = [self.tr("phức tạp") if row["complex"] else "", self.tr("vùng khó khăn") if row["remote_area"] else ""]
        add(self.tr("Tính chất:"), ", ".join(f for f in flags if f))
        add(self.tr("Giao cho:"), row["assigned_to"])
        add(self.tr("Kết quả:"), RESULTS.get(row["result"] or "", ""))
        if row["duplicate_of"]:
            add(self.tr("Trùng với:"), self.tr("đơn số {n}").format(n=row["duplicate_of"]))
        if detail.duplicates:
            add(self.tr("Đơn trùng:"), ", ".join(str(d) for d in detail.duplicates))

        self.not_processed.setText(detail.not_processed or "")
        self.not_processed.setVisible(bool(detail.not_processed))
        self.deadlines.setRowCount(len(detail.deadlines))
        for r, d in enumerate(detail.deadlines):
            left = f" ({d.left_label})" if d.left_label else ""
            due = "" if d.state == "not_applicable" else f"{d.due_on:%d/%m/%Y}" + "".join(f" ({m})" for m in d.marks)
            cells = (d.label, f"{d.started_on:%d/%m/%Y}", due,
                     f"{d.done_on:%d/%m/%Y}" if d.done_on else "", STATE_LABELS[d.state] + left)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if d.state in STATE_COLOURS:
                    item.setBackground(QBrush(QColor(STATE_COLOURS[d.state])))
                if c == 0 and d.basis:
                    item.setToolTip(d.basis)
                self.deadlines.setItem(r, c, item)
        self.deadlines.resizeColumnsToContents()

        self.timeline.clear()
        for e in detail.events:
            label = EVENT_KINDS.get(e["kind"], {"created": self.tr("Vào sổ"), "linked": self.tr("Liên kết đơn trùng"),
                                                "edited": self.tr("Sửa thông tin")}.get(e["kind"], e["kind"]))
            if e["kind"] == "edited":
                e = {**e, "body": ""}  # previous values stay in the record, the line names the fields
            days = self.tr("{n} ngày").format(n=e["days"]) if e.get("days") else ""
            extra = " — ".join(x for x in (e["decision"], days, e["body"], e["note"]) if x)
            self.timeline.addItem(f"{dmy(e['on_date'])}  {label}" + (f" — {extra}" if extra else "") + f"   ({e['by_user']})")

        self.attachments.set_attachments(detail.attachments)

    def edit(self) -> None:
        from .petition_form_dialog import PetitionFormDialog

        if PetitionFormDialog(self.session, self, today=self.today, editing=self.petition_id,
                              runner=self.runner).exec():
            self.reload()  # the register heard of the change from the runner

    def record_step(self) -> None:
        if PetitionEventDialog(self.session, self.petition_id, self, today=self.today, runner=self.runner).exec():
            self.reload()
