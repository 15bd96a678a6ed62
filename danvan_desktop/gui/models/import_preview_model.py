"""The import preview: one line per source row, what it becomes or why it is refused
(a model, so a sheet of 100,000 rows shows at once)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.import_rows import RowOutcome

REFUSED = QColor("#b00020")


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RowOutcome] = []
        self.headers = [QCoreApplication.translate("ImportPreview", "Dòng"),
                        QCoreApplication.translate("ImportPreview", "Kết quả"),
                        QCoreApplication.translate("ImportPreview", "Thành bản ghi / lý do không nhập")]

    def set_rows(self, rows: list[RowOutcome]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        outcome = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return str(outcome.row)
            if index.column() == 1:
                return QCoreApplication.translate("ImportPreview", "Nhập" if outcome.ok else "Không nhập")
            return outcome.summary if outcome.ok else "; ".join(outcome.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and not outcome.ok and index.column() > 0:
            return QBrush(REFUSED)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
