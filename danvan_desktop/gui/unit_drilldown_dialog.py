"""Drill-down of the province console: the figures of one unit's latest bundle for a period."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .figure_tree import figures_tree, fill_figures, tree_items
from .screen_fit import resize_to_screen
from .widgets import dmy_hm


class UnitDrilldownDialog(QDialog):
    def __init__(self, row: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} ({code}) — kỳ {period}").format(
            name=row["unit_name"], code=row["unit_code"], period=row.get("period") or ""))
        resize_to_screen(self, 640, 640)
        layout = QVBoxLayout(self)
        info = QLabel(self.tr(
            "<b>{name}</b> ({code})<br>Gói số {sequence}, lập ngày {bagged}, nhận lúc {received}; ký bằng khóa "
            "{key_id}.<br>{records} đơn thư (đã khử định danh).").format(
            name=row["unit_name"], code=row["unit_code"], sequence=row["sequence"],
            bagged=dmy_hm(row["bagging_date"]), received=dmy_hm(row["received_at"]), key_id=row["key_id"],
            records=len(row.get("records") or [])))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.tree = figures_tree()
        fill_figures(self.tree, row.get("figures"))
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def figure_items(self) -> list[tuple[str, str]]:
        return tree_items(self.tree)
