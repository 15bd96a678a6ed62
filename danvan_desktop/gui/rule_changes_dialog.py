"""What loading a rule file or unit list would change: added, removed and changed entries,
shown before anything is replaced. "Áp dụng" accepts; the caller then loads the file."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem, QVBoxLayout

from ..domain.rule_changes import Change, summary
from .screen_fit import resize_to_screen
from .widgets import fit_columns, read_only_table

COLOURS = {"added": "#e6f4ea", "removed": "#fde7e9", "changed": "#fff4ce"}


class RuleChangesDialog(QDialog):
    def __init__(self, title: str, source: str, compared_with: str, changes: list[Change], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước thay đổi — {title}").format(title=title))
        resize_to_screen(self, 1000, 560)
        heading = QLabel("<b>" + self.tr("{title}: tệp {source}").format(title=title, source=source) + "</b><br>"
                         + compared_with)
        heading.setWordWrap(True)
        self.summary = QLabel(summary(changes))
        self.table = read_only_table([self.tr("Thay đổi"), self.tr("Mục"), self.tr("Đang dùng"), self.tr("Sau khi nạp")])
        self.table.setRowCount(len(changes))
        self.table.setAccessibleName(self.tr("Các thay đổi"))
        for row, change in enumerate(changes):
            for column, text in enumerate((change.label, change.entry, change.before, change.after)):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(COLOURS[change.kind])))
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        fit_columns(self.table, widest=380)
        self.table.setVisible(bool(changes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Á&p dụng"))
        self.apply_button.clicked.connect(self.accept)
        self.apply_button.setEnabled(bool(changes))
        self.apply_button.setToolTip(self.tr("Nạp tệp: thay cho quy tắc, danh mục đang dùng.") if changes else
                                     self.tr("Tệp giống hệt cái đang dùng: không có gì để nạp."))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        if not changes:  # only the sentence saying so: a small dialog, text at the top
            layout.addStretch(1)
            resize_to_screen(self, 620, 180)
        layout.addWidget(buttons)
