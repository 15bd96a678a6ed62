"""Giới thiệu: the version, where the data are, and what the app runs on, copyable for a
support call."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from .. import APP_NAME, __version__
from ..services.about import installation
from ..services.session import Session
from .screen_fit import resize_to_screen


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu {app}").format(app=APP_NAME))
        resize_to_screen(self, 620, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h3>{app} {version}</h3><p>Phần mềm công tác dân vận chính quyền cho xã, phường, "
                                 "đặc khu.</p><p>Giấy phép GPL-3.0-or-later. Phông chữ Liberation (SIL OFL 1.1).</p>")
                         .format(app=APP_NAME, version=__version__))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        lines = [*installation(session.reading()), ("Qt", qVersion()), ("PySide6", pyside_version)]
        self.details = QPlainTextEdit("\n".join(f"{label}: {value}" for label, value in lines))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Thông tin phiên bản"))
        label = QLabel(self.tr("Thông tin &cài đặt (gửi kèm khi cần hỗ trợ):"))
        label.setBuddy(self.details)
        layout.addWidget(label)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(self.tr("&Sao chép"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Đã sao chép"))
