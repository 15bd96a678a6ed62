"""Recording a dân vận activity; the domain validates, a rejected form keeps its text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTime
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTimeEdit, QVBoxLayout

from ..domain.activities import ActivityInput
from ..services import activities as activity_service
from ..services.changes import ACTIVITIES
from ..services.petitions import petition_fields
from ..services.session import Session
from .record_form import NO_CLAMP, RecordDialog
from .runner import Runner
from .widgets import combo, date_edit, save_cancel


COUNT_FIELDS = (
    ("participants", QT_TRANSLATE_NOOP("ActivityDialog", "Tổng số")),
    ("women", QT_TRANSLATE_NOOP("ActivityDialog", "Phụ nữ")),
    ("ethnic_minority", QT_TRANSLATE_NOOP("ActivityDialog", "Dân tộc thiểu số")),
    ("religious", QT_TRANSLATE_NOOP("ActivityDialog", "Tôn giáo")),
)


class ActivityDialog(RecordDialog):
    def __init__(self, session: Session, parent=None, today: date | None = None, editing: int | None = None,
                 runner: Runner | None = None):
        super().__init__(runner, parent)
        self.session, self.today = session, today or date.today()
        self.editing = editing  # the id of the activity being corrected, if any
        self.times_given = True
        self.activity_id: int | None = editing
        self.setWindowTitle(self.tr("Thêm hoạt động dân vận"))
        self.setMinimumWidth(620)
        self.held_on = date_edit(self.today)
        self.starts_at, self.ends_at = QTimeEdit(QTime(8, 0)), QTimeEdit(QTime(10, 0))
        for edit in (self.starts_at, self.ends_at):
            edit.setDisplayFormat("HH:mm")
        self.starts_at.setAccessibleName(self.tr("Giờ bắt đầu"))
        self.ends_at.setAccessibleName(self.tr("Giờ kết thúc"))
        self.kind = combo(activity_service.activity_kinds())
        self.field = combo({"": self.tr("(không ghi)"), **petition_fields()})
        self.place, self.led_by, self.target_group = QLineEdit(), QLineEdit(), QLineEdit()
        self.place.setPlaceholderText(self.tr("Thôn, tổ dân phố"))
        self.counts = {}
        counts_row = QHBoxLayout()
        for name, label in COUNT_FIELDS:
            spin = QSpinBox()
            spin.setRange(0, NO_CLAMP)
            self.counts[name] = spin
            caption = QLabel(self.tr(label) + ":")
            caption.setBuddy(spin)  # its name for a screen reader
            counts_row.addWidget(caption)
            counts_row.addWidget(spin)
        self.content, self.outcome, self.follow_up = QPlainTextEdit(), QPlainTextEdit(), QLineEdit()
        for text in (self.content, self.outcome):
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
        time_row = QHBoxLayout()
        time_row.addWidget(self.starts_at)
        time_row.addWidget(QLabel(self.tr("đến")))
        time_row.addWidget(self.ends_at)
        time_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Ngày:"), self.held_on)
        form.addRow(self.tr("Thời gian:"), time_row)
        form.addRow(self.tr("&Loại hoạt động:"), self.kind)
        form.addRow(self.tr("Địa &điểm:"), self.place)
        form.addRow(self.tr("Người &chủ trì:"), self.led_by)
        form.addRow(self.tr("Người tham gia:"), counts_row)
        form.addRow(self.tr("Lĩnh &vực:"), self.field)
        form.addRow(self.tr("Đối tượng:"), self.target_group)
        form.addRow(self.tr("Nội &dung:"), self.content)
        form.addRow(self.tr("&Kết quả:"), self.outcome)
        form.addRow(self.tr("Việc tiếp theo:"), self.follow_up)
        self.watch_fields(form, {"held_on": self.held_on, "starts_at": self.starts_at, "ends_at": self.ends_at,
                                 "kind": self.kind, "place": self.place, "led_by": self.led_by, **self.counts,
                                 "field": self.field, "content": self.content, "outcome": self.outcome})
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save))
        if editing is not None:
            self.set_input(activity_service.activity_input_of(session, editing))
            self.setWindowTitle(self.tr("Sửa hoạt động dân vận số {n}").format(n=editing))

    def set_input(self, data: ActivityInput) -> None:
        self.held_on.setDate(QDate(data.held_on))
        for edit, value in ((self.starts_at, data.starts_at), (self.ends_at, data.ends_at)):
            if value is not None:
                edit.setTime(QTime(value.hour, value.minute))
        for box, value in ((self.kind, data.kind), (self.field, data.field)):
            box.setCurrentIndex(max(0, box.findData(value)))
        for edit, value in ((self.place, data.place), (self.led_by, data.led_by),
                            (self.target_group, data.target_group), (self.follow_up, data.follow_up)):
            edit.setText(value)
        self.content.setPlainText(data.content)
        self.outcome.setPlainText(data.outcome)
        for name, spin in self.counts.items():
            spin.setValue(getattr(data, name))
        # A record entered without times (CLI, import) keeps none unless the officer sets them.
        self.times_given = data.starts_at is not None or data.ends_at is not None
        for edit in (self.starts_at, self.ends_at):
            edit.timeChanged.connect(self._times_set)

    def _times_set(self) -> None:
        self.times_given = True

    def activity_input(self) -> ActivityInput:
        return ActivityInput(
            held_on=self.held_on.date().toPython(), kind=self.kind.currentData(), content=self.content.toPlainText(),
            place=self.place.text(), starts_at=self.starts_at.time().toPython() if self.times_given else None,
            ends_at=self.ends_at.time().toPython() if self.times_given else None,
            led_by=self.led_by.text(), field=self.field.currentData() or "", target_group=self.target_group.text(),
            outcome=self.outcome.toPlainText(), follow_up=self.follow_up.text(),
            **{name: spin.value() for name, spin in self.counts.items()})

    def save(self) -> None:
        self.save_record(self.activity_input(), activity_service.add_activity, activity_service.update_activity,
                         ACTIVITIES, "activity_id")
