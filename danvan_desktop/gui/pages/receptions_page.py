"""Tiếp công dân: the sessions of a year, the chairman's missed weeks, adding a session."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from ...domain.receptions import RECEPTION_FORMS, RECEPTION_KINDS, ReceptionInput
from ...services import receptions as reception_service
from ...services.changes import RECEPTIONS, Changes
from ...services.record_edits import refusal
from ...services.session import Session
from ..choice_box import ChoiceBox
from ..edit_button import EditButton
from ..petition_form_dialog import PetitionFormDialog
from ..record_form import NO_CLAMP, RecordDialog
from ..runner import Runner
from ..widgets import (
    combo, date_edit, fit_columns, id_item, open_rows_with, read_only_table, save_cancel, sort_item,
    sortable,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("ReceptionsPage", "Ngày"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Hình thức"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Cách tiếp"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Người tiếp"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Lượt"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Người"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Vụ việc mới"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Tái diễn"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Đoàn đông người"),
    QT_TRANSLATE_NOOP("ReceptionsPage", "Ghi chú"),
)

COUNT_FIELDS = (
    ("visits", QT_TRANSLATE_NOOP("ReceptionDialog", "Số lượt:")),
    ("people", QT_TRANSLATE_NOOP("ReceptionDialog", "Số người:")),
    ("cases_new", QT_TRANSLATE_NOOP("ReceptionDialog", "Vụ việc lần đầu:")),
    ("cases_repeat", QT_TRANSLATE_NOOP("ReceptionDialog", "Vụ việc tái diễn:")),
    ("delegations", QT_TRANSLATE_NOOP("ReceptionDialog", "Số đoàn đông người:")),
    ("delegation_people", QT_TRANSLATE_NOOP("ReceptionDialog", "Số người trong đoàn:")),
)


class ReceptionDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, today: date | None = None, editing: int | None = None,
                 runner: Runner | None = None):
        super().__init__(runner, parent)
        self.session, self.today = session, today or date.today()
        self.editing = editing  # the id of the session being corrected, if any
        self.reception_id: int | None = editing
        self.setWindowTitle(self.tr("Thêm buổi tiếp công dân"))
        self.setMinimumWidth(460)
        self.held_on = date_edit(self.today)
        self.kind = combo(RECEPTION_KINDS)
        self.form = combo(RECEPTION_FORMS)
        self.delegated = QCheckBox(self.tr("Cấp phó tiếp thay Chủ tịch (ủy quyền)"))
        self.receiver = QLineEdit()
        self.counts = {}
        form = QFormLayout()
        form.addRow(self.tr("&Ngày tiếp:"), self.held_on)
        form.addRow(self.tr("&Hình thức:"), self.kind)
        form.addRow(self.tr("&Cách tiếp:"), self.form)
        form.addRow("", self.delegated)
        form.addRow(self.tr("Người &tiếp:"), self.receiver)
        for name, label in COUNT_FIELDS:
            spin = QSpinBox()
            spin.setRange(0, NO_CLAMP)
            self.counts[name] = spin
            form.addRow(self.tr(label), spin)
        self.note = QLineEdit()
        form.addRow(self.tr("Ghi chú:"), self.note)
        self.watch_fields(form, {"held_on": self.held_on, "kind": self.kind, "form": self.form,
                                 "delegated": self.delegated, "receiver": self.receiver, **self.counts})
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if editing is not None:
            self.set_input(reception_service.reception_input_of(session, editing))
            self.setWindowTitle(self.tr("Sửa buổi tiếp công dân số {n}").format(n=editing))

    def set_input(self, data: ReceptionInput) -> None:
        self.held_on.setDate(QDate(data.held_on))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.form.setCurrentIndex(max(0, self.form.findData(data.form)))
        self.delegated.setChecked(data.delegated)
        self.receiver.setText(data.receiver)
        self.note.setText(data.note)
        for name, spin in self.counts.items():
            spin.setValue(getattr(data, name))

    def reception_input(self) -> ReceptionInput:
        return ReceptionInput(held_on=self.held_on.date().toPython(), kind=self.kind.currentData(),
                              receiver=self.receiver.text(), note=self.note.text(), form=self.form.currentData(),
                              delegated=self.delegated.isChecked(),
                              **{name: spin.value() for name, spin in self.counts.items()})

    def save(self) -> None:
        if self.editing is not None:
            self.write(reception_service.update_reception, self.session, self.editing, self.reception_input(),
                       today=self.today, changes=Changes(RECEPTIONS, (self.editing,)))
        else:
            self.write(reception_service.add_reception, self.session, self.reception_input(), [], today=self.today,
                       changes=Changes(RECEPTIONS, added=True), saved=self._added)

    def _added(self, added: tuple) -> None:
        self.reception_id = added[0]


class ReceptionsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent=None, today: date | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.session, self.today = session, today or date.today()
        self.runner = runner or Runner(self)
        self.year = ChoiceBox()
        for year in range(self.today.year, self.today.year - 6, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.refresh)
        self.year.setAccessibleName(self.tr("Năm"))
        self.missed = QLabel()
        self.missed.setWordWrap(True)
        self.table = read_only_table([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Sổ tiếp công dân"))
        sortable(self.table)  # a header click sorts: dates by date, counts by number, text in Vietnamese order
        add = QPushButton(self.tr("&Thêm buổi tiếp…"))
        add.clicked.connect(self.add_reception)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(add)
        self.edit_button = EditButton(self.table, self.edit_refusal, self.edit_reception, self)
        top.addWidget(self.edit_button)
        open_rows_with(self.table, self.open_reception)  # a session has no detail of its own: its form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Sổ tiếp công dân") + "</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.missed)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        year = self.year.currentData()
        start, end = date(year, 1, 1), min(date(year, 12, 31), self.today)
        rows = reception_service.list_receptions(self.session.reading(), start, end)
        self.table.setSortingEnabled(False)  # rows stay where they are put while the table fills
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            kind = RECEPTION_KINDS[row["kind"]] + (self.tr(" (cấp phó tiếp thay)") if row["delegated"] else "")
            cells = (f"{date.fromisoformat(row['held_on']):%d/%m/%Y}", kind, RECEPTION_FORMS[row["form"]],
                     row["receiver"],
                     row["visits"], row["people"], row["cases_new"], row["cases_repeat"],
                     self.tr("{n} ({people} người)").format(n=row["delegations"], people=row["delegation_people"])
                     if row["delegations"] else "",
                     row["note"])
            self.table.setItem(r, 0, id_item(cells[0], row["id"], sort_value=row["held_on"]))
            for c, value in enumerate(cells[1:], 1):
                self.table.setItem(r, c, sort_item(value, (row["delegations"], row["delegation_people"])
                                                   if c == 8 else None))
        self.table.setSortingEnabled(True)  # sorted again by the column the user chose
        fit_columns(self.table)
        self.edit_button.update_state()
        missed = reception_service.missed_head_weeks(self.session.reading(), start, end, today=self.today)
        if missed:
            weeks = ", ".join(f"{m:%d/%m}–{m + timedelta(days=6):%d/%m}" for m in missed[-12:])
            self.missed.setText("<span style='color:#b00020'>" + self.tr(
                "Chủ tịch chưa tiếp công dân trong {n} tuần: {weeks}").format(n=len(missed), weeks=weeks)
                + ("…" if len(missed) > 12 else "") + "</span>")
        else:
            self.missed.setText(self.tr("Tuần nào Chủ tịch cũng có tiếp công dân."))

    def edit_refusal(self, reception_id: int) -> str | None:
        return refusal(self.session, reception_service.get_reception(self.session.reading(), reception_id))

    def open_reception(self, reception_id: int) -> None:
        reason = self.edit_refusal(reception_id)
        if reason:
            QMessageBox.information(self, self.tr("Sửa buổi tiếp công dân"), reason)
        else:
            self.edit_reception(reception_id)

    def edit_reception(self, reception_id: int) -> bool:
        if not ReceptionDialog(self.session, self, today=self.today, editing=reception_id, runner=self.runner).exec():
            return False
        self.refresh()
        self.changed.emit()
        return True

    def add_reception(self) -> None:
        dialog = ReceptionDialog(self.session, self, today=self.today, runner=self.runner)
        if not dialog.exec():
            return
        self.refresh()
        data = dialog.reception_input()
        cases = data.cases_new + data.cases_repeat
        if cases and QMessageBox.question(
                self, self.tr("Vào sổ đơn"),
                self.tr("Buổi tiếp có {n} vụ việc. Vào sổ đơn cho các vụ việc này ngay?").format(n=cases)
        ) == QMessageBox.StandardButton.Yes:
            self.enter_cases(dialog.reception_id, data.held_on, cases)
            self.changed.emit()

    def enter_cases(self, reception_id: int, held_on, cases: int) -> int:
        """One petition form per case raised at the session, titled "Vụ việc 2/5"; closing a
        form asks before the remaining cases are left out. Returns how many were entered."""
        entered, number = 0, 1
        while number <= cases:
            form = PetitionFormDialog(self.session, self, today=self.today, reception_id=reception_id,
                                      received_on=held_on, runner=self.runner)
            form.setWindowTitle(self.tr("Vụ việc {n}/{total} của buổi tiếp — {title}").format(
                n=number, total=cases, title=form.windowTitle()))
            if form.exec():
                entered += 1
                number += 1
                continue
            left = cases - number + 1
            if QMessageBox.question(
                    self, self.tr("Bỏ các vụ việc còn lại?"),
                    self.tr("Còn {left} vụ việc của buổi tiếp chưa vào sổ đơn. Bỏ qua {left} vụ việc này? "
                            "(Có thể vào sổ sau bằng “Thêm đơn…” ở mục Đơn thư, nguồn “Qua tiếp công dân”.)")
                    .format(left=left)) == QMessageBox.StandardButton.Yes:
                break
        return entered
