"""Hướng dẫn sử dụng (F1): the Vietnamese user guide bundled in resources/help, shown in
the app, with its screenshots (made from the real windows by scripts/screenshots.py)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

from ..paths import resource
from .screen_fit import resize_to_screen

GUIDE = "huong-dan.html"


class HelpDialog(QDialog):
    def __init__(self, parent=None, anchor: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        resize_to_screen(self, 900, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(resource("help"))])
        self.browser.setAccessibleName(self.tr("Nội dung hướng dẫn"))
        self.browser.setSource(QUrl(GUIDE + (f"#{anchor}" if anchor else "")))
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Quay lại"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.contents_button = QPushButton(self.tr("&Mục lục"))
        self.contents_button.clicked.connect(lambda: self.browser.setSource(QUrl(GUIDE)))
        row.addWidget(self.back_button)
        row.addWidget(self.contents_button)
        row.addStretch(1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
