"""One activity, "Dân vận khéo" model or grassroots-democracy record, read-only, with its
evidence. Opened from each register by double-click or Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
)

from ..domain.activities import (
    MODEL_FIELDS,
    MODEL_OWNERS,
    MODEL_STATUSES,
    RECOGNITION_FORMS,
    RECOGNITION_LEVELS,
)
from ..domain.democracy import BOARDS, DECISION_METHODS, PUBLISH_FORMS, RECORD_KINDS
from ..services import activities as activity_service
from ..services import democracy as democracy_service
from ..services.petitions import petition_fields
from ..services.record_edits import refusal
from ..services.session import Session
from .attachments_panel import AttachmentsPanel
from .screen_fit import resize_to_screen
from .widgets import dmy, tab_after

CONTEXT = "RecordDetailDialog"
TITLES = {
    "activity": QT_TRANSLATE_NOOP("RecordDetailDialog", "Hoạt động dân vận số {n}"),
    "dvk_model": QT_TRANSLATE_NOOP("RecordDetailDialog", "Mô hình “Dân vận khéo” số {n}"),
    "democracy": QT_TRANSLATE_NOOP("RecordDetailDialog", "Dân chủ ở cơ sở — nội dung số {n}"),
}
FORM_LABELS = {
    "cong_khai": QT_TRANSLATE_NOOP("RecordDetailDialog", "Hình thức công khai:"),
    "ban_quyet_dinh": QT_TRANSLATE_NOOP("RecordDetailDialog", "Cách thức bàn, quyết định:"),
    "giam_sat": QT_TRANSLATE_NOOP("RecordDetailDialog", "Ban giám sát:"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)



def activity_fields(row: dict) -> list[tuple[str, str]]:
    kinds = activity_service.activity_kinds()
    span = f"{row['starts_at']} – {row['ends_at']}" if row["starts_at"] and row["ends_at"] else row["starts_at"] or ""
    people = _tr("{p} người (phụ nữ {w}, dân tộc thiểu số {e}, tôn giáo {g})").format(
        p=row["participants"], w=row["women"], e=row["ethnic_minority"], g=row["religious"])
    return [
        (_tr("Ngày:"), dmy(row["held_on"])),
        (_tr("Thời gian:"), span),
        (_tr("Loại hoạt động:"), kinds.get(row["kind"], row["kind"])),
        (_tr("Địa điểm:"), row["place"]),
        (_tr("Người chủ trì:"), row["led_by"]),
        (_tr("Người tham gia:"), people),
        (_tr("Lĩnh vực:"), petition_fields().get(row["field"], row["field"] or "")),
        (_tr("Đối tượng:"), row["target_group"]),
        (_tr("Nội dung:"), row["content"]),
        (_tr("Kết quả:"), row["outcome"]),
        (_tr("Việc tiếp theo:"), row["follow_up"]),
        (_tr("Người ghi:"), f"{row['created_by']}, {dmy(row['created_at'])}"),
    ]


def model_fields(row: dict) -> list[tuple[str, str]]:
    recognition = (f"{RECOGNITION_FORMS[row['recognition_form']]} "
                   f"{RECOGNITION_LEVELS[row['recognition_level']].lower()}" if row["recognition_form"] else "")
    return [
        (_tr("Tên mô hình:"), row["name"]),
        (_tr("Lĩnh vực:"), MODEL_FIELDS.get(row["field"], row["field"])),
        (_tr("Chủ thể:"), row["owner"]),
        (_tr("Tập thể / cá nhân:"), MODEL_OWNERS.get(row["owner_kind"], row["owner_kind"])),
        (_tr("Năm đăng ký:"), str(row["year_registered"])),
        (_tr("Tình trạng:"), MODEL_STATUSES.get(row["status"], row["status"])),
        (_tr("Khen thưởng:"), recognition),
        (_tr("Kết quả:"), row["results"]),
        (_tr("Người ghi:"), f"{row['created_by']}, {dmy(row['created_at'])}"),
    ]


def democracy_fields(row: dict) -> list[tuple[str, str]]:
    kind = row["kind"]
    fields = [(_tr("Loại:"), RECORD_KINDS.get(kind, kind)), (_tr("Ngày:"), dmy(row["on_date"])),
              (_tr("Nội dung:"), row["matter"])]
    if kind in FORM_LABELS:
        forms = {**PUBLISH_FORMS, **DECISION_METHODS, **BOARDS}
        fields.append((_tr(FORM_LABELS[kind]), forms.get(row["form"], row["form"] or "")))
    if kind == "cong_khai":
        fields.append((_tr("Số ngày niêm yết:"), str(row["posted_days"])))
    if kind == "ban_quyet_dinh":
        fields.append((_tr("Số người (hộ) tham gia:"), str(row["turnout"])))
        fields.append((_tr("Tỷ lệ tán thành:"), f"{row['in_favour_percent']}%"))
    if kind == "lay_y_kien":
        fields.append((_tr("Số ý kiến:"), str(row["opinions"])))
        fields.append((_tr("Tiếp thu, giải trình:"), row["answer"]))
    if kind == "giam_sat":
        fields.append((_tr("Phát hiện qua giám sát:"), row["findings"]))
        fields.append((_tr("Kiến nghị:"), row["recommendations"]))
    fields.append((_tr("Người ghi:"), f"{row['created_by']}, {dmy(row['created_at'])}"))
    return fields


LOADERS = {
    "activity": (activity_service.get_activity, activity_fields),
    "dvk_model": (activity_service.get_model, model_fields),
    "democracy": (democracy_service.get_record, democracy_fields),
}


class RecordDetailDialog(QDialog):
    """``edit(record_id) -> bool`` (given by the register) opens the record's form to correct
    it; the "Sửa…" button is then shown, disabled with the reason for a user who may not."""

    def __init__(self, session: Session, owner: str, record_id: int, parent=None,
                 edit: Callable[[int], bool] | None = None):
        super().__init__(parent)
        self.session, self.owner, self.record_id, self.edit = session, owner, record_id, edit
        self.setWindowTitle(self.tr(TITLES[owner]).format(n=record_id))
        resize_to_screen(self, 980, 600)
        self.summary = QFormLayout()
        self.summary.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reload()
        box = QGroupBox(self.tr("Thông tin"))
        box.setLayout(self.summary)
        scroll = QScrollArea(self)  # parented now: Tab reaches it before the attachments beside it
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.attachments = AttachmentsPanel(session, owner, record_id, self)
        self.attachments.reload()
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(self.attachments, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đó&ng"))
        buttons.rejected.connect(self.reject)
        self.edit_button = None
        if edit is not None:
            self.edit_button = buttons.addButton(self.tr("&Sửa…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.edit_button.clicked.connect(self._edit)
            reason = refusal(session, self.row)
            self.edit_button.setEnabled(reason is None)
            self.edit_button.setToolTip(reason or self.tr("Sửa bản ghi này (mở lại biểu mẫu với các giá trị đã lưu)."))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        if self.edit_button is not None:  # Sửa… is shown before Đóng
            tab_after(self.edit_button, [buttons.button(QDialogButtonBox.StandardButton.Close)])

    def reload(self) -> None:
        load, describe = LOADERS[self.owner]
        self.row = load(self.session.reading(), self.record_id)
        while self.summary.rowCount():
            self.summary.removeRow(0)
        for label, value in describe(self.row):
            text = QLabel(value if value not in (None, "") else "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary.addRow(label, text)

    def _edit(self) -> None:
        if self.edit(self.record_id):
            self.reload()

    def value_of(self, label: str) -> str:
        """The text shown beside ``label``."""
        for row in range(self.summary.rowCount()):
            item = self.summary.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item and item.widget().text() == label:
                return self.summary.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text()
        raise KeyError(label)
