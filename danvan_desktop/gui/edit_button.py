"""The "Sửa…" button of a register: it corrects the selected row, is enabled only when the
user may correct that record, and otherwise says why in its tooltip. The same action sits
in the table's right-click menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTableView


class EditButton(QPushButton):
    def __init__(self, table: QTableView, refusal: Callable[[int], str | None], edit: Callable[[int], None],
                 parent=None):
        super().__init__(self.tr("&Sửa…"), parent)
        self.table, self.refusal, self.edit = table, refusal, edit
        self.action = QAction(self.tr("Sửa…"), table)
        self.action.triggered.connect(self._edit_selected)
        table.addAction(self.action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.clicked.connect(self._edit_selected)
        table.selectionModel().selectionChanged.connect(self.update_state)
        table.model().modelReset.connect(self.update_state)
        self.update_state()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.model().index(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def update_state(self, *_) -> None:
        record_id = self.selected_id()
        reason = self.tr("Chọn một dòng trong danh sách để sửa.") if record_id is None else self.refusal(record_id)
        self.setEnabled(reason is None)
        self.action.setEnabled(reason is None)
        self.setToolTip(reason or self.tr("Sửa bản ghi đã chọn (mở lại biểu mẫu với các giá trị đã lưu)."))

    def _edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.isEnabled():
            self.edit(record_id)
