"""Dân chủ ở cơ sở: what the commune published, what the people decided and were consulted on,
and supervision by the Ban Thanh tra nhân dân and the Ban giám sát đầu tư của cộng đồng."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout,
    QWidget,
)

from ...domain.democracy import BOARDS, DECISION_METHODS, PUBLISH_FORMS, RECORD_KINDS, DemocracyInput
from ...services import democracy as democracy_service
from ...services.changes import DEMOCRACY
from ...services.record_edits import refusal
from ...services.session import Session
from ...services.work_export import export_democracy
from ..models.work_table_models import DemocracyFilter, DemocracyTableModel
from ..edit_button import EditButton
from ..record_detail_dialog import RecordDetailDialog
from ..record_form import NO_CLAMP, RecordDialog
from ..runner import Runner
from ..widgets import (
    ask_xlsx_path, combo, date_edit, fit_columns, open_rows_with, read_only_view, sortable, save_cancel,
)

FORMS_BY_KIND = {"cong_khai": PUBLISH_FORMS, "ban_quyet_dinh": DECISION_METHODS, "giam_sat": BOARDS, "lay_y_kien": {}}
# (field, label): typed numbers are never cut to a range; the domain refuses 150% with a message
NUMBER_FIELDS = (
    ("posted_days", QT_TRANSLATE_NOOP("DemocracyDialog", "Số ngày niêm yết:")),
    ("turnout", QT_TRANSLATE_NOOP("DemocracyDialog", "Số người (hộ) tham gia:")),
    ("in_favour_percent", QT_TRANSLATE_NOOP("DemocracyDialog", "Tỷ lệ tán thành (%):")),
    ("opinions", QT_TRANSLATE_NOOP("DemocracyDialog", "Số ý kiến:")),
)


class DemocracyDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, today: date | None = None, editing: int | None = None,
                 runner: Runner | None = None):
        super().__init__(runner, parent)
        self.session, self.today = session, today or date.today()
        self.editing = editing  # the id of the record being corrected, if any
        self.record_id: int | None = editing
        self.setWindowTitle(self.tr("Thêm nội dung dân chủ ở cơ sở"))
        self.setMinimumWidth(560)
        self.kind = combo(RECORD_KINDS)
        self.on = date_edit(self.today)
        self.matter = QLineEdit()
        self.form = combo({})
        self.numbers = {}
        form = QFormLayout()
        form.addRow(self.tr("&Loại:"), self.kind)
        form.addRow(self.tr("&Ngày:"), self.on)
        form.addRow(self.tr("Nội &dung:"), self.matter)
        form.addRow(self.tr("&Hình thức:"), self.form)
        for name, label in NUMBER_FIELDS:
            spin = QSpinBox()
            spin.setRange(0, NO_CLAMP)
            self.numbers[name] = spin
            form.addRow(self.tr(label), spin)
        self.answer, self.findings, self.recommendations = QLineEdit(), QLineEdit(), QLineEdit()
        form.addRow(self.tr("Tiếp thu, giải trình:"), self.answer)
        form.addRow(self.tr("Phát hiện qua giám sát:"), self.findings)
        form.addRow(self.tr("Kiến nghị:"), self.recommendations)
        self.watch_fields(form, {"kind": self.kind, "on": self.on, "matter": self.matter, "form": self.form,
                                 **self.numbers, "answer": self.answer, "findings": self.findings,
                                 "recommendations": self.recommendations})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if editing is not None:
            self.set_input(democracy_service.record_input_of(session, editing))
            self.setWindowTitle(self.tr("Sửa nội dung dân chủ ở cơ sở số {n}").format(n=editing))

    def set_input(self, data: DemocracyInput) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))  # refills the forms of that kind
        self.form.setCurrentIndex(max(0, self.form.findData(data.form)))
        self.on.setDate(QDate(data.on))
        self.matter.setText(data.matter)
        for name, spin in self.numbers.items():
            spin.setValue(getattr(data, name))
        for edit, value in ((self.answer, data.answer), (self.findings, data.findings),
                            (self.recommendations, data.recommendations)):
            edit.setText(value)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.form.clear()
        for key, label in FORMS_BY_KIND[kind].items():
            self.form.addItem(label, key)
        self.form.setEnabled(bool(FORMS_BY_KIND[kind]))
        enabled = {"cong_khai": {"posted_days"}, "ban_quyet_dinh": {"turnout", "in_favour_percent"},
                   "lay_y_kien": {"opinions"}, "giam_sat": set()}[kind]
        for name, spin in self.numbers.items():
            spin.setEnabled(name in enabled)
        self.answer.setEnabled(kind == "lay_y_kien")
        self.findings.setEnabled(kind == "giam_sat")
        self.recommendations.setEnabled(kind == "giam_sat")

    def record_input(self) -> DemocracyInput:
        return DemocracyInput(kind=self.kind.currentData(), on=self.on.date().toPython(), matter=self.matter.text(),
                              form=self.form.currentData() or "", answer=self.answer.text(),
                              findings=self.findings.text(), recommendations=self.recommendations.text(),
                              **{name: spin.value() if spin.isEnabled() else 0 for name, spin in self.numbers.items()})

    def save(self) -> None:
        self.save_record(self.record_input(), democracy_service.add_record, democracy_service.update_record,
                         DEMOCRACY, "record_id")


class DemocracyPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent=None, today: date | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.session, self.today = session, today or date.today()
        self.runner = runner or Runner(self)
        self.start = date_edit(date(self.today.year, 1, 1))
        self.end = date_edit(self.today)
        self.kind = combo({"": self.tr("Mọi loại"), **RECORD_KINDS})
        for widget, name in ((self.start, self.tr("Từ ngày")), (self.end, self.tr("Đến ngày")),
                             (self.kind, self.tr("Loại nội dung"))):
            widget.setAccessibleName(name)
        add = QPushButton(self.tr("&Thêm nội dung…"))
        add.clicked.connect(self.add_record)
        self.export_button = QPushButton(self.tr("&Xuất Excel…"))
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Từ")), self.start, QLabel(self.tr("đến")), self.end, self.kind):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(add)
        filters.addWidget(self.export_button)
        self.model = DemocracyTableModel(session, self._filters(), self)
        self.table = read_only_view(QTableView())
        self.table.setAccessibleName(self.tr("Danh sách nội dung dân chủ ở cơ sở"))
        self.table.setModel(self.model)
        sortable(self.table)
        self.table.setAlternatingRowColors(True)
        open_rows_with(self.table, self.open_record)
        self.edit_button = EditButton(self.table, lambda record_id: refusal(
            session, democracy_service.get_record(session.reading(), record_id)), self.edit_record, self)
        filters.insertWidget(filters.indexOf(add) + 1, self.edit_button)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Thực hiện dân chủ ở cơ sở") + "</h2>"))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.export_status)
        self.kind.currentIndexChanged.connect(self.refresh)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)

    def _filters(self) -> DemocracyFilter:
        return DemocracyFilter(self.start.date().toPython(), self.end.date().toPython(),
                               self.kind.currentData() or None)

    def refresh(self) -> None:
        self.model.set_query(self._filters())
        fit_columns(self.table)

    def add_record(self) -> None:
        if DemocracyDialog(self.session, self, today=self.today, runner=self.runner).exec():
            self.refresh()
            self.changed.emit()

    def edit_record(self, record_id: int) -> bool:
        if not DemocracyDialog(self.session, self, today=self.today, editing=record_id, runner=self.runner).exec():
            return False
        self.refresh()
        self.changed.emit()
        return True

    def open_record(self, record_id: int) -> None:
        RecordDetailDialog(self.session, "democracy", record_id, self, edit=self.edit_record).exec()

    def export(self) -> None:
        path = ask_xlsx_path(self, self.tr("Xuất danh sách dân chủ ở cơ sở"),
                             f"dan-chu-o-co-so-{self.today:%d-%m-%Y}.xlsx")
        if path:
            self.runner.run(export_democracy, self.session, path, *self._filters().args(), parent=self,
                            title=self.tr("Đang xuất danh sách dân chủ ở cơ sở…"),
                            on_result=lambda n: self.export_status.setText(
                                self.tr("Đã xuất {n} nội dung ra {path}").format(n=n, path=path)))
