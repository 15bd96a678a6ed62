"""Recording a legal step on a petition's timeline (thụ lý, gia hạn, giải quyết, chuyển đơn...)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from ..domain.petitions import EVENT_KINDS, RESULTS
from ..services import petitions as petition_service
from ..services.changes import PETITIONS, Changes
from ..services.session import Session
from .record_form import NO_CLAMP, RecordDialog
from .runner import Runner
from .widgets import combo, date_edit, save_cancel


class PetitionEventDialog(RecordDialog):
    def __init__(self, session: Session, petition_id: int, parent=None, today: date | None = None,
                 runner: Runner | None = None):
        super().__init__(runner, parent)
        self.session, self.petition_id = session, petition_id
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Ghi bước xử lý — đơn số {n}").format(n=petition_id))
        self.kind = combo(EVENT_KINDS)
        self.on = date_edit(self.today)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("ví dụ 12/QĐ-UBND"))
        self.body = QLineEdit()
        self.result_choice = combo({"": "—", **RESULTS})
        self.complex = QCheckBox(self.tr("Vụ việc &phức tạp (thời hạn giải quyết dài hơn)"))
        self.days = QSpinBox()  # 0: the legal maximum
        self.days.setRange(0, NO_CLAMP)  # the law's limit is the domain's to tell, not a silent cut
        self.days.setSpecialValueText(self.tr("tối đa theo luật"))
        self.days.setSuffix(self.tr(" ngày"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Bước:"), self.kind)
        form.addRow(self.tr("&Ngày:"), self.on)
        form.addRow(self.tr("Số &quyết định:"), self.decision)
        form.addRow(self.tr("Số ngày &gia hạn:"), self.days)
        form.addRow(self.tr("Cơ quan nhận, được đôn đốc:"), self.body)
        form.addRow(self.tr("&Kết quả (khiếu nại):"), self.result_choice)
        form.addRow("", self.complex)
        form.addRow(self.tr("Ghi chú:"), self.note)
        self.watch_fields(form, {"kind": self.kind, "date": self.on, "decision": self.decision, "days": self.days,
                                 "body": self.body, "result": self.result_choice, "complex": self.complex})
        buttons = save_cancel(self, self.save, self.tr("&Ghi"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.complex.setEnabled(kind == "accepted")
        self.result_choice.setEnabled(kind == "resolved")
        self.body.setEnabled(kind in ("forwarded", "urged", "guided"))
        self.days.setEnabled(kind == "extended")

    def save(self) -> None:
        kind = self.kind.currentData()
        self.write(
            petition_service.record_event, self.session, self.petition_id, kind, self.on.date().toPython(),
            decision=self.decision.text(), body=self.body.text(), note=self.note.text(),
            complex=self.complex.isChecked() if kind == "accepted" else None,
            result=self.result_choice.currentData() or None if kind == "resolved" else None, today=self.today,
            days=self.days.value() or None if kind == "extended" else None,
            changes=Changes(PETITIONS, (self.petition_id,)))
