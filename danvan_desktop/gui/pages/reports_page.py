"""Báo cáo: choose a period, see its figures, write the narrative, approve, print, export.

Figures are computed in the background (a large register takes a moment). The draft is
saved when the officer asks and also before the period changes or the page is left, so
nothing typed is lost: through the runner, in one transaction; Lưu dự thảo waits for it (the
save is short), leaving the period or the page queues it (no event loop may run while Qt
hides the page). The page reads on the read-only connection. Once a leader approves, everything here is read-only until a
leader unlocks the period (with a reason, logged).
"""

from __future__ import annotations

import html

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.report_timing import approval_blocker
from ...domain.report_document import BLANK_NUMBER, SECTION_KEYS, ReportMeta
from ...domain.users import Permission
from ...errors import DanVanError
from ...services import report_documents, report_topics
from ...services import reports as report_service
from ...services.changes import REPORTS, Changes
from ...services.session import Session, writing
from ..figure_tree import figures_tree, fill_figures, tree_items
from ..messages import show_error, show_unexpected
from ..pdf_preview_dialog import PdfPreviewDialog
from ..period_box import fill_periods, period_box, period_source
from ..report_topics_widget import ReportTopicsWidget
from ..runner import Runner
from ..screen_fit import scrolling
from ..self_assessment_widget import SelfAssessmentWidget
from ..widgets import combo, date_edit, error_label

SECTIONS = {
    "ket_qua": "Kết quả thực hiện",
    "han_che": "Hạn chế, nguyên nhân",
    "phuong_huong": "Phương hướng, nhiệm vụ",
    "kien_nghi": "Kiến nghị, đề xuất",
}
SIGNER_MODES = {"TM": "TM. Ủy ban nhân dân — Chủ tịch ký", "KT": "TM. Ủy ban nhân dân, KT. Chủ tịch — Phó Chủ tịch ký"}


def _number(text: str) -> str:
    """The typed number, or the draft's blank one (its spaces kept for the hand-written number)."""
    text = text.strip()
    return BLANK_NUMBER if not text or text == BLANK_NUMBER.strip() else text


def save_report_draft(session: Session, period_id: str, assessment: tuple | None, topic_entries: dict,
                      meta: dict) -> None:
    """The draft as typed: self-assessment ``(rubric id, scores, notes)``, the directive sections
    and the narrative, all or nothing (on the runner)."""
    with writing(session.store):
        if assessment is not None:
            report_documents.save_assessment(session, period_id, *assessment)
        report_topics.save_entries(session, period_id, topic_entries)
        report_service.save_draft(session, period_id, meta=meta)


class ReportsPage(QWidget):
    def __init__(self, session: Session, runner: Runner, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        runner.changed.connect(self._changed)
        self.today = today or date.today()
        self.state: report_service.ReportState | None = None
        self.figures: dict | None = None
        self._loading = False
        self.dirty = False
        self.saving = 0  # drafts queued on the runner and not yet written
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period_box = period_box(top)
        self.status_label = QLabel()
        top.addStretch(1)
        layout.addLayout(top)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.tabs = QTabWidget()
        self.table = figures_tree()
        self.tabs.addTab(self.table, self.tr("Số liệu"))
        self.tabs.addTab(scrolling(self._document_tab()), self.tr("Nội dung báo cáo"))
        self.assessment = SelfAssessmentWidget()
        self.assessment.changed.connect(self._mark_dirty)
        self.tabs.addTab(self.assessment, self.tr("Tự đánh giá"))
        self.topics = ReportTopicsWidget()
        self.topics.changed.connect(self._mark_dirty)
        self.tabs.addTab(self.topics, self.tr("Nội dung theo chỉ thị"))
        layout.addWidget(self.tabs, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.saved_label = QLabel()  # a short confirmation, not in the error colour
        self.saved_label.setStyleSheet("color: #1b5e20")
        layout.addWidget(self.saved_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Lưu dự thảo"))
        self.approve_button = QPushButton(self.tr("&Phê duyệt"))
        self.unlock_button = QPushButton(self.tr("&Mở khóa kỳ…"))
        for button in (self.save_button, self.approve_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.preview_button = QPushButton(self.tr("&Xem trước, in…"))
        self.xlsx_button = QPushButton(self.tr("Xuất &Excel…"))
        self.docx_button = QPushButton(self.tr("Xuất &Word…"))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.docx_button)
        self.preview_button.clicked.connect(self.preview)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.docx_button.clicked.connect(self.export_docx)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.preview)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.approve_button.clicked.connect(self.approve)
        self.unlock_button.clicked.connect(self.unlock)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.leader = session.user.can(Permission.APPROVE_REPORT)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self._fill_periods()

    # -- building ------------------------------------------------------------------------

    def _document_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Ví dụ: 15/BC-UBND (để trống khi chưa có số)"))
        form.addRow(self.tr("&Số văn bản:"), self.number_edit)
        self.signed_edit = date_edit(self.today)
        form.addRow(self.tr("&Ngày ký:"), self.signed_edit)
        self.section_edits = {}
        for key, label in SECTIONS.items():
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            self.section_edits[key] = edit
            form.addRow(self.tr(label) + ":", edit)
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setMaximumHeight(80)
        self.recipients_edit.setPlaceholderText(self.tr("Mỗi nơi nhận một dòng; ví dụ: UBND tỉnh (qua Sở Nội vụ);"))
        form.addRow(self.tr("Nơi &nhận:"), self.recipients_edit)
        self.signer_mode = combo({k: self.tr(v) for k, v in SIGNER_MODES.items()})
        form.addRow(self.tr("&Thẩm quyền ký:"), self.signer_mode)
        self.signer_name = QLineEdit()
        form.addRow(self.tr("&Người ký:"), self.signer_name)
        for edit in (self.number_edit, self.signer_name):
            edit.textChanged.connect(self._mark_dirty)
        for edit in (*self.section_edits.values(), self.recipients_edit):
            edit.textChanged.connect(self._mark_dirty)
        self.signed_edit.dateChanged.connect(self._mark_dirty)
        self.signer_mode.currentIndexChanged.connect(self._mark_dirty)
        return tab

    def _fill_periods(self) -> None:
        fill_periods(self.period_box, self.session.reading(), self.today)
        self._period_changed()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        # A draft still queued is shown again from the Changes its save announces.
        if self.state is not None and not self.dirty and not self.saving:
            self.load(self.state.period.id)

    def _changed(self, changes: Changes) -> None:
        """A report approved, unlocked or saved (here or elsewhere): shown again unless the
        officer is typing (a save announces before the page marks itself clean)."""
        if changes.touches(REPORTS) and self.state is not None and not self.dirty:
            self.load(self.state.period.id)

    def _period_changed(self, *_) -> None:
        if self._loading:
            return
        self.save_in_background()
        period_id = self.period_box.currentData()
        if period_id:
            self.load(period_id)

    def load(self, period_id: str) -> None:
        reading = self.session.reading()
        try:
            self.state = report_service.report(reading, period_id)
        except DanVanError as error:
            show_error(self, error)
            return
        self.meta = report_documents.meta_of(reading, self.state, self.today)
        self._show_meta(self.meta)
        self._show_assessment()
        self._loading = True
        self.topics.set_topics(report_topics.topics(), report_topics.entries(reading, period_id))
        self._loading = False
        self._show_status()
        self.figures = None
        self.runner.run(report_service.figures, self.session, period_id, self.today, on_result=self.show_figures,
                        title=self.tr("Đang tính số liệu báo cáo…"), parent=self, cancellable=False)

    def show_figures(self, figures: dict) -> None:
        self.figures = figures
        fill_figures(self.table, figures)

    def figure_items(self) -> list[tuple[str, str]]:
        """(label, value) of every figure row shown, for tests and copying."""
        return tree_items(self.table)

    def _show_status(self) -> None:
        state = self.state
        left = state.period.days_to_due(self.today)
        due = (self.tr("còn {n} ngày đến hạn nộp").format(n=left) if left >= 0
               else self.tr("đã quá hạn nộp {n} ngày").format(n=-left))
        text = self.tr("Số liệu từ {start} đến {end}; hạn nộp {due_on} ({due}). Trạng thái: <b>{status}</b>").format(
            start=f"{state.period.start:%d/%m/%Y}", end=f"{state.period.end:%d/%m/%Y}",
            due_on=f"{state.period.due:%d/%m/%Y}", due=due, status=self.tr(state.status_label))
        if state.locked:
            text += self.tr(" — số liệu kỳ đã khóa")
        blocker = None if state.locked else approval_blocker(state.period, self.today)
        if blocker:
            text += "<br>" + blocker
        source = period_source(state.period)
        if source:
            text += "<br/><i>" + html.escape(source) + "</i>"
        self.status_label.setText(text)
        editable = not state.locked
        for edit in (self.number_edit, self.signer_name):
            edit.setReadOnly(not editable)
        for edit in (*self.section_edits.values(), self.recipients_edit):
            edit.setReadOnly(not editable)
        self.signed_edit.setEnabled(editable)
        self.assessment.set_read_only(not editable)
        self.topics.set_read_only(not editable)
        self.signer_mode.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.approve_button.setEnabled(editable and self.leader and blocker is None)
        self.unlock_button.setEnabled(state.locked and self.leader)
        self.approve_button.setToolTip(self.tr("Chỉ lãnh đạo được phê duyệt báo cáo.") if not self.leader
                                       else blocker or "")

    def _show_meta(self, meta: ReportMeta) -> None:
        self._loading = True
        self.number_edit.setText(meta.number.strip())
        self.signed_edit.setDate(meta.signed_on)
        for key, edit in self.section_edits.items():
            edit.setPlainText(meta.section(key))
        self.recipients_edit.setPlainText("\n".join(meta.recipients))
        self.signer_mode.setCurrentIndex(max(0, self.signer_mode.findData(meta.signer.mode)))
        self.signer_name.setText(meta.signer.name)
        self._loading = False
        self.dirty = False

    def _show_assessment(self) -> None:
        self._loading = True
        try:
            rubric = report_documents.rubric_for(self.session.reading(), self.state)
        except DanVanError as error:
            self.error.setText(str(error))
        else:
            self.assessment.set_rubric(rubric, self.state.assessment.get("scores") or {},
                                       self.state.assessment.get("notes") or {}, self.state.period.kind == "ca_nam")
        self._loading = False

    def _mark_dirty(self, *_) -> None:
        if not self._loading:
            self.dirty = True

    # -- actions -------------------------------------------------------------------------

    def entered_meta(self) -> ReportMeta:
        """What the officer typed, over the stored meta (fields not shown here are kept)."""
        meta = self.meta
        mode = self.signer_mode.currentData()
        return replace(
            meta, number=_number(self.number_edit.text()),
            signed_on=self.signed_edit.date().toPython(),
            sections={key: self.section_edits[key].toPlainText().strip() for key in SECTION_KEYS},
            recipients=tuple(line.strip().lstrip("-").strip() for line in self.recipients_edit.toPlainText().splitlines()
                             if line.strip()),
            signer=replace(meta.signer, mode=mode, name=self.signer_name.text().strip()))

    def _typed_draft(self) -> tuple:
        """The arguments of ``save_report_draft`` as on screen now (read on the GUI thread)."""
        rubric = self.assessment.rubric
        assessment = None if rubric is None else (rubric.id, self.assessment.scores(), self.assessment.note_texts())
        return self.session, self.state.period.id, assessment, self.topics.entries(), self.entered_meta().to_json()

    def save(self) -> bool:
        if self.state is None or self.state.locked:
            return False
        try:
            self.runner.write_and_wait(save_report_draft, *self._typed_draft(), changes=Changes(REPORTS),
                                       title=self.tr("Đang lưu dự thảo…"), parent=self)
        except DanVanError as error:
            self.error.setText(str(error))
            self.saved_label.setText("")
            return False
        self.error.setText("")
        self.saved_label.setText(self.tr("Đã lưu dự thảo lúc {time}").format(time=datetime.now().strftime("%H:%M")))
        self.dirty = False
        reading = self.session.reading()
        self.state = report_service.report(reading, self.state.period.id)
        self.meta = report_documents.meta_of(reading, self.state, self.today)
        return True

    def save_in_background(self) -> None:
        """The page or its period is being left with unsaved typing: the draft as typed is
        queued on the runner, nothing waited for (the main window waits for the runner before
        it closes); a refusal is told in a message and the page stays unsaved."""
        if not self.dirty or self.state is None or self.state.locked:
            return
        self.dirty = False
        self.saving += 1

        def failed(error: BaseException) -> None:
            self.dirty = True
            text = str(error) if isinstance(error, DanVanError) else self.tr("Lỗi không mong đợi khi lưu dự thảo.")
            self.error.setText(text)
            QMessageBox.warning(self, self.tr("Chưa lưu được dự thảo"), text)

        def finished() -> None:
            self.saving -= 1

        self.runner.write(save_report_draft, *self._typed_draft(), changes=Changes(REPORTS), on_error=failed,
                          on_finished=finished, quiet=True)

    def _exported(self, path: str) -> None:
        self.error.clear()
        self.saved_label.setText(self.tr("Đã xuất {path}").format(path=path))  # good news: not red

    def approve(self) -> None:
        if self.dirty and not self.save():
            return
        period = self.state.period
        answer = QMessageBox.question(self, self.tr("Phê duyệt báo cáo"), self.tr(
            "Phê duyệt báo cáo {label}? Số liệu sẽ được chốt và các bản ghi từ {start} đến {end} bị khóa, không sửa "
            "được cho đến khi lãnh đạo mở khóa.").format(label=period.label, start=f"{period.start:%d/%m/%Y}",
                                                        end=f"{period.end:%d/%m/%Y}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Freezing the figures reads the whole period: in the background, through the runner.
        self.approve_button.setEnabled(False)
        self.runner.write(report_service.approve, self.session, period.id, self.today,
                          changes=Changes(REPORTS), on_error=lambda error: self._approve_failed(error),
                          title=self.tr("Đang phê duyệt và chốt số liệu…"), parent=self, cancellable=False)

    def _approve_failed(self, error: BaseException) -> None:
        self.approve_button.setEnabled(True)
        if isinstance(error, DanVanError):
            show_error(self, error)
        else:
            show_unexpected(self, error)

    def unlock(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Mở khóa kỳ báo cáo"),
                                          self.tr("Lý do mở khóa (được ghi vào nhật ký):"))
        if not ok:
            return
        self.unlock_button.setEnabled(False)
        self.runner.write(report_service.unlock, self.session, self.state.period.id, reason,
                          changes=Changes(REPORTS), on_error=self._unlock_failed,
                          title=self.tr("Đang mở khóa kỳ báo cáo…"), parent=self, cancellable=False)

    def _unlock_failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        if isinstance(error, DanVanError):
            show_error(self, error)
        else:
            show_unexpected(self, error)

    def _file_name(self, suffix: str) -> str:
        return f"bao-cao-dan-van-{self.state.period.id}.{suffix}"

    def preview(self) -> None:
        if self.state is None or (self.dirty and not self.save()):
            return
        self.runner.run(report_documents.pdf_bytes, self.session, self.state.period.id, self.today,
                        on_result=self._show_preview, title=self.tr("Đang tạo báo cáo PDF…"), parent=self,
                        cancellable=False)

    def _show_preview(self, pdf: bytes) -> None:
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Báo cáo {label}").format(label=self.state.period.label),
                                               str(Path.home() / self._file_name("pdf")), self)
        self.preview_dialog.open()

    def export_xlsx(self) -> None:
        self._export(self.tr("Xuất bảng số liệu"), "xlsx", self.tr("Excel (*.xlsx)"), report_documents.write_xlsx,
                     self.tr("Đang xuất bảng số liệu…"))

    def export_docx(self) -> None:
        self._export(self.tr("Xuất báo cáo ra Word"), "docx", self.tr("Word (*.docx)"), report_documents.render_docx,
                     self.tr("Đang xuất báo cáo ra Word…"))

    def _export(self, caption: str, extension: str, file_filter: str, write, busy: str) -> None:
        if self.state is None or (self.dirty and not self.save()):
            return
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / self._file_name(extension)),
                                                file_filter)
        if not chosen:
            return
        self.runner.run(write, self.session, self.state.period.id, Path(chosen), self.today,
                        on_result=lambda _: self._exported(chosen),
                        title=busy, parent=self, cancellable=False)

    def hideEvent(self, event) -> None:
        self.save_in_background()
        super().hideEvent(event)
