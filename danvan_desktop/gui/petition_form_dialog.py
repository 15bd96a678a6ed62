"""Entering a petition. The domain validates; a rejected form stays open with what was typed.

While the officer types the petitioner and the content, likely earlier petitions of the
same case are listed; ticking one links the new petition to it (counted once).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ..domain.petitions import CHANNELS, COMPETENCE, ELIGIBILITY, KINDS, SIGNATORIES, Petitioner, PetitionInput
from ..services import petition_duplicates
from ..services import petitions as petition_service
from ..services.changes import PETITIONS, Changes
from ..services.session import Session
from ..services.users import assignable_users
from .choice_box import ChoiceBox
from .record_form import NO_CLAMP, RecordDialog
from .runner import Runner
from .screen_fit import resize_to_screen, scrolling
from .widgets import combo, date_edit, save_cancel


class PetitionFormDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, today: date | None = None, reception_id: int | None = None,
                 received_on: date | None = None, editing: int | None = None, runner: Runner | None = None):
        super().__init__(runner, parent)
        self.session = session
        self.today = today or date.today()
        self.reception_id = reception_id
        self.editing = editing  # the id of the petition being corrected, if any
        self.petition_id: int | None = editing
        self.setWindowTitle(self.tr("Vào sổ đơn thư"))
        resize_to_screen(self, 980, 720)

        self.received = date_edit(self.today)
        self.kind = combo(KINDS)
        self.channel = combo(CHANNELS)
        self.source_body = QLineEdit()
        # No default: a petition filed under the first field by oversight skews the report's figures.
        self.field = combo({"": self.tr("(chọn lĩnh vực)"), **petition_service.petition_fields()})
        self.eligibility = combo({"": self.tr("(chưa phân loại)"), **ELIGIBILITY})
        self.competence = combo({"": self.tr("(chưa phân loại)"), **COMPETENCE})
        self.signatories = combo(SIGNATORIES)
        self.signer_count = QSpinBox()
        self.signer_count.setRange(0, NO_CLAMP)
        self.signer_count.setValue(1)
        self.signatories.setAccessibleName(self.tr("Người đứng tên"))
        self.signer_count.setAccessibleName(self.tr("Số người đứng tên"))
        self.name, self.address, self.cccd, self.phone = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.cccd.setPlaceholderText(self.tr("12 chữ số"))
        # TT 05/2021 / Luật Khiếu nại Đ.8 k.2: without a signature the petition is not eligible.
        self.signed = QCheckBox(self.tr("Đơn có chữ &ký hoặc điểm chỉ của người viết đơn"))
        self.signed.setChecked(True)
        self.signed.setToolTip(self.tr("Đơn thiếu họ tên, địa chỉ hoặc chữ ký (điểm chỉ) của người viết đơn "
                                       "không đủ điều kiện xử lý. Căn cứ:") + "\n" +
                               "\n".join(petition_service.eligibility_sources()))
        self.accused = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.attempt = ChoiceBox()
        self.attempt.addItem(self.tr("Lần đầu"), 1)
        self.attempt.addItem(self.tr("Lần hai"), 2)
        self.complex = QCheckBox(self.tr("Vụ việc &phức tạp"))
        self.remote = QCheckBox(self.tr("Vùng &sâu, vùng xa, khó khăn"))
        self.verify = QCheckBox(self.tr("Cần &xác minh trước khi thụ lý (tố cáo)"))
        self.assigned = ChoiceBox()
        self.assigned.addItem(self.tr("(chưa giao)"), None)
        for user in assignable_users(session.reading()):
            self.assigned.addItem(f"{user.full_name} ({user.username})", user.username)
        self.note = QLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("&Ngày nhận:"), self.received)
        form.addRow(self.tr("&Loại đơn:"), self.kind)
        form.addRow(self.tr("N&guồn đơn:"), self.channel)
        form.addRow(self.tr("Cơ quan chuyển đơn:"), self.source_body)
        form.addRow(self.tr("Lĩnh &vực:"), self.field)
        form.addRow(self.tr("Điều kiện xử lý:"), self.eligibility)
        form.addRow(self.tr("Thẩm quyền:"), self.competence)
        signers = QHBoxLayout()
        signers.addWidget(self.signatories, 1)
        signers.addWidget(QLabel(self.tr("Số người:")))
        signers.addWidget(self.signer_count)
        form.addRow(self.tr("Người đứng tên:"), signers)
        form.addRow(self.tr("&Họ và tên:"), self.name)
        form.addRow(self.tr("Đị&a chỉ:"), self.address)
        form.addRow(self.tr("Số &CCCD:"), self.cccd)
        form.addRow(self.tr("Điện thoại:"), self.phone)
        form.addRow("", self.signed)
        form.addRow(self.tr("Người, cơ quan bị tố cáo:"), self.accused)
        form.addRow(self.tr("Nội &dung:"), self.content)
        form.addRow(self.tr("Lần khiếu nại:"), self.attempt)
        form.addRow("", self.complex)
        form.addRow("", self.remote)
        form.addRow("", self.verify)
        form.addRow(self.tr("Giao cho:"), self.assigned)
        form.addRow(self.tr("Ghi chú:"), self.note)

        duplicates = QGroupBox(self.tr("Có thể trùng với đơn đã có"))
        dup_layout = QVBoxLayout(duplicates)
        self.duplicates = QListWidget()
        self.duplicates.setWordWrap(True)
        hint = QLabel(self.tr("Gợi ý khi trùng CCCD, trùng họ tên và địa chỉ, hoặc nội dung giống từ {n}% trở lên. "
                              "Tích vào đơn trùng để liên kết: đơn trùng chỉ được đếm một lần.").format(
            n=round(petition_duplicates.duplicate_rule().content_similarity_min * 100)))
        hint.setWordWrap(True)
        dup_layout.addWidget(hint)
        dup_layout.addWidget(self.duplicates)

        # On a small screen the fields scroll; the suggestions beside them and the buttons below stay.
        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addWidget(scrolling(fields), 3)
        columns.addWidget(duplicates, 2)
        self.watch_fields(form, {
            "received_on": self.received, "kind": self.kind, "channel": self.channel, "source_body": self.source_body,
            "field": self.field, "eligibility": self.eligibility, "competence": self.competence,
            "signatories": self.signatories, "signer_count": self.signer_count, "petitioners": self.name,
            "name": self.name, "cccd": self.cccd, "phone": self.phone, "accused": self.accused,
            "content": self.content, "attempt": self.attempt, "needs_verification": self.verify,
            "assigned_to": self.assigned})
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._suggest_timer = QTimer(self, singleShot=True, interval=400)
        self._suggest_timer.timeout.connect(self._suggest_if_open)
        for edit in (self.name, self.address, self.cccd):
            edit.textChanged.connect(self._suggest_timer.start)
        self.content.textChanged.connect(self._suggest_timer.start)
        for box in (self.kind, self.channel, self.signatories):
            box.currentIndexChanged.connect(self._update_visibility)
        if reception_id is not None:  # a case raised at a reception session
            self.channel.setCurrentIndex(self.channel.findData("tiep_cong_dan"))
            self.channel.setEnabled(False)
            self.received.setDate(QDate(received_on or self.today))
            self.setWindowTitle(self.tr("Vào sổ đơn từ buổi tiếp công dân số {n}").format(n=reception_id))
        if editing is not None:
            self.set_input(petition_service.input_of(session, editing))
            self.setWindowTitle(self.tr("Sửa đơn số {n}").format(n=editing))
        self._update_visibility()

    def set_input(self, data: PetitionInput) -> None:
        self.received.setDate(QDate(data.received_on))
        for box, value in ((self.kind, data.kind), (self.channel, data.channel), (self.field, data.field),
                           (self.eligibility, data.eligibility or ""), (self.competence, data.competence or ""),
                           (self.signatories, data.signatories), (self.attempt, data.attempt),
                           (self.assigned, data.assigned_to)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.signer_count.setValue(max(1, data.signer_count))
        person = data.petitioners[0] if data.petitioners else Petitioner()
        for edit, value in ((self.name, person.name), (self.address, person.address), (self.cccd, person.cccd),
                            (self.phone, person.phone), (self.accused, data.accused),
                            (self.source_body, data.source_body), (self.note, data.note)):
            edit.setText(value)
        self.signed.setChecked(person.signed)
        self.content.setPlainText(data.content)
        self.complex.setChecked(data.complex)
        self.remote.setChecked(data.remote_area)
        self.verify.setChecked(data.needs_verification)
        self.reception_id = data.reception_id

    def hideEvent(self, event) -> None:
        # A suggestion still pending must not query the database after the form is gone.
        self._suggest_timer.stop()
        super().hideEvent(event)

    def _update_visibility(self) -> None:
        kind, channel, signatories = self.kind.currentData(), self.channel.currentData(), self.signatories.currentData()
        self.accused.setEnabled(kind == "to_cao")
        self.verify.setEnabled(kind == "to_cao")
        self.attempt.setEnabled(kind == "khieu_nai")
        self.source_body.setEnabled(channel == "chuyen_den")
        anonymous = signatories == "nac_danh"
        for edit in (self.name, self.address, self.cccd, self.phone, self.signed):
            edit.setEnabled(not anonymous)
        self.signer_count.setEnabled(signatories == "nhieu_nguoi")

    def petition_input(self) -> PetitionInput:
        person = Petitioner(self.name.text(), self.address.text(), self.cccd.text(), self.phone.text(),
                            self.signed.isChecked())
        kind = self.kind.currentData()
        return PetitionInput(
            received_on=self.received.date().toPython(), kind=kind, channel=self.channel.currentData(),
            content=self.content.toPlainText(), field=self.field.currentData(),
            signatories=self.signatories.currentData(),
            signer_count=self.signer_count.value() if self.signatories.currentData() == "nhieu_nguoi" else 1,
            petitioners=() if self.signatories.currentData() == "nac_danh" else (person,),
            accused=self.accused.text() if kind == "to_cao" else "",
            eligibility=self.eligibility.currentData() or None, competence=self.competence.currentData() or None,
            attempt=self.attempt.currentData() if kind == "khieu_nai" else 1,
            complex=self.complex.isChecked(), remote_area=self.remote.isChecked(),
            needs_verification=self.verify.isChecked() and kind == "to_cao",
            assigned_to=self.assigned.currentData(),
            source_body=self.source_body.text() if self.channel.currentData() == "chuyen_den" else "",
            note=self.note.text(), reception_id=self.reception_id,
        )

    def _suggest_if_open(self) -> None:
        if self.isVisible():
            self.suggest_duplicates()

    def suggest_duplicates(self) -> None:
        self.duplicates.clear()
        if not (self.content.toPlainText().strip() or self.name.text().strip() or self.cccd.text().strip()):
            return
        # never the petition being corrected itself
        for found in petition_duplicates.find_duplicates(self.session.reading(), self.petition_input(),
                                                      exclude_id=self.editing):
            item = QListWidgetItem(
                self.tr("Đơn số {id}").format(id=found.petition_id)
                + f" — {date.fromisoformat(found.received_on):%d/%m/%Y} — {KINDS[found.kind]}\n"
                + f"{found.reason}: {found.content}")
            item.setToolTip(self.tr("Lý do gợi ý: {reason}").format(reason=found.reason))
            item.setData(Qt.ItemDataRole.UserRole, found.petition_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.duplicates.addItem(item)

    def linked_duplicate(self) -> int | None:
        for i in range(self.duplicates.count()):
            item = self.duplicates.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def save(self) -> None:
        if self.editing is not None:
            self.write(petition_service.update_petition, self.session, self.editing, self.petition_input(),
                       today=self.today, changes=Changes(PETITIONS, (self.editing,)))
        else:
            self.write(petition_service.add_petition, self.session, self.petition_input(), today=self.today,
                       duplicate_of=self.linked_duplicate(), changes=Changes(PETITIONS, added=True),
                       saved=self._added)

    def _added(self, petition_id: int) -> None:
        self.petition_id = petition_id
