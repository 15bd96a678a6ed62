"""The recovery key, shown once at setup for printing; the wizard finishes only after the user confirms."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWizardPage

from .forms.ui_recovery_key_page import Ui_RecoveryKeyPage


def show_key(ui: Ui_RecoveryKeyPage, recovery_key: str, unit_name: str, parent) -> None:
    """Fill the shared form: the key in two lines, print and copy buttons."""
    groups = recovery_key.split("-")
    ui.keyLabel.setText("\n".join("-".join(groups[i:i + 7]) for i in range(0, len(groups), 7)))
    font = QFont("Liberation Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(16)
    font.setBold(True)
    ui.keyLabel.setFont(font)
    ui.keyLabel.setStyleSheet("background: #fff8e1; border: 1px solid #e0c060; padding: 12px;")
    ui.printButton.clicked.connect(lambda: print_recovery_key(parent, ui.keyLabel.text(), unit_name))
    ui.copyButton.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))


def recovery_key_document(key_lines: str, unit_name: str) -> QTextDocument:
    heading = QCoreApplication.translate("RecoveryKey", "KHÓA KHÔI PHỤC DỮ LIỆU DÂN VẬN DESKTOP")
    advice = QCoreApplication.translate(
        "RecoveryKey", "Cất giữ tờ giấy này ở nơi an toàn, tách khỏi máy tính. Ai có khóa này có thể mở dữ liệu.")
    doc = QTextDocument()
    doc.setHtml(
        f"<h2>{heading}</h2>"
        f"<p><b>{escape(unit_name)}</b></p>"
        f"<p style='font-family: monospace; font-size: 16pt'><b>{key_lines.replace(chr(10), '<br>')}</b></p>"
        f"<p>{advice}</p>"
    )
    return doc


def print_recovery_key(parent, key_lines: str, unit_name: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
        recovery_key_document(key_lines, unit_name).print_(printer)


class RecoveryKeyPage(QWizardPage):
    """The wizard's last page: the key, once. Finish is enabled only after confirming."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Khóa khôi phục"))
        self.setSubTitle(self.tr("Dữ liệu đã được tạo. Khóa khôi phục chỉ hiện một lần, ngay bây giờ."))
        self.ui.confirmCheck.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        result = self.wizard().result_of_setup
        show_key(self.ui, result.recovery_key, result.unit.name, self)

    def isComplete(self) -> bool:
        return self.ui.confirmCheck.isChecked()
