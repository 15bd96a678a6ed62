"""After importing bundles: how many were taken, already there, and each refused file with
its reason (the province calls the unit about those)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem, QVBoxLayout

from ..services.province import ImportSummary
from .screen_fit import resize_to_screen
from .widgets import read_only_table


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: ImportSummary, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết quả nhận gói báo cáo"))
        resize_to_screen(self, 760, 360 if summary.rejected else 160)
        layout = QVBoxLayout(self)
        self.text = QLabel(self.tr("Đã nhận <b>{imported}</b> gói mới, <b>{unchanged}</b> gói đã có từ trước, "
                                   "<b>{rejected}</b> gói bị từ chối.").format(
            imported=len(summary.imported), unchanged=len(summary.unchanged), rejected=len(summary.rejected)))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.table = read_only_table([self.tr("Tệp"), self.tr("Lý do từ chối")])
        self.table.setWordWrap(True)
        self.table.setRowCount(len(summary.rejected))
        for row, (name, reason) in enumerate(summary.rejected):
            for column, value in enumerate((name, reason)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()
        if summary.rejected:
            heading = QLabel(self.tr("&Các gói bị từ chối (liên hệ đơn vị để gửi lại):"))
            heading.setBuddy(self.table)
            layout.addWidget(heading)
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rejected_rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
