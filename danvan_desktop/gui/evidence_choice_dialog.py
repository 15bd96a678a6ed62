"""Before a bundle is signed: which evidence files (photos, minutes of the period's
activities and democracy records) go with the report. None is a valid choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ..domain.democracy import RECORD_KINDS
from ..services.activities import activity_kinds
from .screen_fit import resize_to_screen
from .widgets import dmy_hm


class EvidenceChoiceDialog(QDialog):
    def __init__(self, candidates: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chọn minh chứng gửi kèm"))
        resize_to_screen(self, 620, 420)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Đánh dấu các tệp minh chứng gửi kèm gói báo cáo (ảnh, biên bản hoạt động trong kỳ). "
                              "Không chọn tệp nào cũng được. Tệp đính kèm của đơn thư không bao giờ được gửi."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        kinds = {**activity_kinds(), **RECORD_KINDS}
        for row in candidates:
            what = kinds.get(row["kind"], row["kind"])
            item = QListWidgetItem(self.tr("{name} — {what}, ngày {on} ({size} KB)").format(
                name=row["file_name"], what=what, on=dmy_hm(row["on_date"]), size=max(1, row["size"] // 1024)))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        label = QLabel(self.tr("&Tệp minh chứng:"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Xuất gói"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)
