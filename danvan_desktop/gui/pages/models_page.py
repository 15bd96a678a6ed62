"""Mô hình "Dân vận khéo": the unit's models, whether it meets the 1–2 models expected, adding one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTableView,
    QVBoxLayout, QWidget,
)

from ...domain.activities import (
    FIRST_MODEL_YEAR, MODEL_FIELDS, MODEL_OWNERS, MODEL_STATUSES, RECOGNITION_FORMS, RECOGNITION_LEVELS, ModelInput,
)
from ...services import activities as activity_service
from ...services.changes import MODELS
from ...services.record_edits import refusal
from ...services.session import Session
from ...services.work_export import export_models
from ..models.work_table_models import ModelFilter, ModelTableModel
from ..edit_button import EditButton
from ..record_detail_dialog import RecordDetailDialog
from ..record_form import RecordDialog
from ..runner import Runner
from ..widgets import ask_xlsx_path, combo, fit_columns, open_rows_with, read_only_view, save_cancel, sortable

# Any four-digit year can be typed; the domain says which are allowed (none in the future).
YEARS_TYPED = (1000, 9999)


class ModelDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, today: date | None = None, editing: int | None = None,
                 runner: Runner | None = None):
        super().__init__(runner, parent)
        self.session, self.today = session, today or date.today()
        self.editing = editing  # the id of the model being corrected, if any
        self.model_id: int | None = editing
        self.setWindowTitle(self.tr("Thêm mô hình “Dân vận khéo”"))
        self.setMinimumWidth(560)
        self.name, self.owner = QLineEdit(), QLineEdit()
        self.field, self.owner_kind, self.status = combo(MODEL_FIELDS), combo(MODEL_OWNERS), combo(MODEL_STATUSES)
        self.year = QSpinBox()
        self.year.setRange(*YEARS_TYPED)
        self.year.setToolTip(self.tr("Từ {first} đến năm nay").format(first=FIRST_MODEL_YEAR))
        self.year.setValue(self.today.year)
        self.level = combo({"": self.tr("(chưa khen thưởng)"), **RECOGNITION_LEVELS})
        self.form = combo({"": "—", **RECOGNITION_FORMS})
        self.form.setAccessibleName(self.tr("Hình thức khen thưởng"))
        self.results = QPlainTextEdit()
        self.results.setTabChangesFocus(True)
        self.results.setMaximumHeight(100)
        recognition = QHBoxLayout()
        recognition.addWidget(self.level)
        recognition.addWidget(self.form)
        form = QFormLayout()
        form.addRow(self.tr("&Tên mô hình:"), self.name)
        form.addRow(self.tr("&Lĩnh vực:"), self.field)
        form.addRow(self.tr("&Chủ thể:"), self.owner)
        form.addRow(self.tr("Tập thể / cá nhân:"), self.owner_kind)
        form.addRow(self.tr("&Năm đăng ký:"), self.year)
        form.addRow(self.tr("Tình &trạng:"), self.status)
        recognition_label = QLabel(self.tr("&Khen thưởng:"))
        recognition_label.setBuddy(self.level)  # a row holding a layout has no buddy of its own: "&" showed as is
        form.addRow(recognition_label, recognition)
        form.addRow(self.tr("&Kết quả:"), self.results)
        self.watch_fields(form, {"name": self.name, "field": self.field, "owner": self.owner,
                                 "owner_kind": self.owner_kind, "year_registered": self.year, "status": self.status,
                                 "recognition": self.level, "recognition_level": self.level,
                                 "recognition_form": self.form, "results": self.results})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save))
        if editing is not None:
            self.set_input(activity_service.model_input_of(session, editing))
            self.setWindowTitle(self.tr("Sửa mô hình “Dân vận khéo” số {n}").format(n=editing))

    def set_input(self, data: ModelInput) -> None:
        self.name.setText(data.name)
        self.owner.setText(data.owner)
        self.year.setValue(data.year_registered)
        for box, value in ((self.field, data.field), (self.owner_kind, data.owner_kind), (self.status, data.status),
                           (self.level, data.recognition_level or ""), (self.form, data.recognition_form or "")):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.results.setPlainText(data.results)

    def model_input(self) -> ModelInput:
        return ModelInput(name=self.name.text(), field=self.field.currentData(), owner_kind=self.owner_kind.currentData(),
                          owner=self.owner.text(), year_registered=self.year.value(), status=self.status.currentData(),
                          recognition_level=self.level.currentData() or None,
                          recognition_form=self.form.currentData() or None, results=self.results.toPlainText())

    def save(self) -> None:
        self.save_record(self.model_input(), activity_service.add_model, activity_service.update_model, MODELS,
                         "model_id")


class ModelsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent=None, today: date | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.session, self.today = session, today or date.today()
        self.runner = runner or Runner(self)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.field = combo({"": self.tr("Mọi lĩnh vực"), **MODEL_FIELDS})
        self.status = combo({"": self.tr("Mọi tình trạng"), **MODEL_STATUSES})
        self.year = QSpinBox()
        self.year.setRange(1999, self.today.year)
        self.year.setSpecialValueText(self.tr("mọi năm"))  # shown at the minimum: no year filter
        self.year.setValue(1999)
        for widget, name in ((self.field, self.tr("Lĩnh vực")), (self.status, self.tr("Tình trạng")),
                             (self.year, self.tr("Đăng ký đến năm"))):
            widget.setAccessibleName(name)
        add = QPushButton(self.tr("&Thêm mô hình…"))
        add.clicked.connect(self.add_model)
        self.export_button = QPushButton(self.tr("&Xuất Excel…"))
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        for widget in (self.field, self.status, QLabel(self.tr("Đăng ký đến năm")), self.year):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(add)
        filters.addWidget(self.export_button)
        self.model = ModelTableModel(session, ModelFilter(*self._filters()), self)
        self.table = read_only_view(QTableView())
        self.table.setAccessibleName(self.tr("Danh sách mô hình"))
        self.table.setModel(self.model)
        sortable(self.table)
        self.table.setAlternatingRowColors(True)
        open_rows_with(self.table, self.open_record)
        self.edit_button = EditButton(self.table, lambda model_id: refusal(
            session, activity_service.get_model(session.reading(), model_id)), self.edit_model, self)
        filters.insertWidget(filters.indexOf(add) + 1, self.edit_button)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Mô hình “Dân vận khéo”") + "</h2>"))
        layout.addWidget(self.verdict)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.export_status)
        for box in (self.field, self.status):
            box.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)

    def _filters(self) -> tuple:
        year = self.year.value()
        return (None if year == self.year.minimum() else year, self.field.currentData() or None,
                self.status.currentData() or None)

    def refresh(self) -> None:
        year, field, status = self._filters()
        verdict = activity_service.models_verdict(self.session.reading(), year)
        colour = "#b00020" if verdict.startswith("Chưa đạt") else "#1b5e20"
        self.verdict.setText(f"<span style='color:{colour}'><b>{verdict}</b></span>")
        self.model.set_query(ModelFilter(year, field, status))
        fit_columns(self.table)

    def add_model(self) -> None:
        if ModelDialog(self.session, self, today=self.today, runner=self.runner).exec():
            self.refresh()
            self.changed.emit()

    def edit_model(self, model_id: int) -> bool:
        if not ModelDialog(self.session, self, today=self.today, editing=model_id, runner=self.runner).exec():
            return False
        self.refresh()
        self.changed.emit()
        return True

    def open_record(self, model_id: int) -> None:
        RecordDetailDialog(self.session, "dvk_model", model_id, self, edit=self.edit_model).exec()

    def export(self) -> None:
        path = ask_xlsx_path(self, self.tr("Xuất danh sách mô hình"), f"mo-hinh-dan-van-kheo-{self.today:%d-%m-%Y}.xlsx")
        if path:
            self.runner.run(export_models, self.session, path, *self._filters(), parent=self,
                            title=self.tr("Đang xuất danh sách mô hình…"),
                            on_result=lambda n: self.export_status.setText(
                                self.tr("Đã xuất {n} mô hình ra {path}").format(n=n, path=path)))
