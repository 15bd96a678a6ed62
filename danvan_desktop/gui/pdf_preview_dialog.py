"""Preview of a generated PDF inside the app, with printing through Qt's print dialog and
saving a copy. Pages are rendered by PDFium (pypdfium2): QtPdf would need PySide6-Addons."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget,
)

from ..errors import os_reason
from ..storage.atomic import atomic_write_bytes
from .screen_fit import resize_to_screen

SCREEN_DPI = 96
PRINT_DPI_MAX = 300


def render_page(document: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as an image at ``dpi`` (a copy, so the PDFium buffer can be freed)."""
    bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888)
    return image.copy()


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent=None):
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.document = pypdfium2.PdfDocument(pdf)
        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr("{n} trang").format(n=len(self.document)))
        layout.addWidget(self.info)
        scroll = QScrollArea()
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for index in range(len(self.document)):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(render_page(self.document, index, SCREEN_DPI)))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            pages_layout.addWidget(label, alignment=Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&In…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Lưu PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        layout.addWidget(buttons)
        resize_to_screen(self, 900, 760)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page on ``printer`` (A4 portrait, no extra margins: the PDF has them)."""
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          printer.pageLayout().margins(), QPageLayout.Unit.Millimeter))
        printer.setFullPage(True)
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for index in range(len(self.document)):
                if index:
                    printer.newPage()
                image = render_page(self.document, index, dpi)
                target = QRectF(painter.viewport())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(self.document)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In báo cáo"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def save_copy(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF"), self.suggested_name, self.tr("PDF (*.pdf)"))
        if not chosen:
            return
        try:
            atomic_write_bytes(Path(chosen), self.pdf, mode=0o644)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Không lưu được"),
                                self.tr("Không ghi được tệp {path}: {reason}").format(path=chosen,
                                                                                       reason=os_reason(error)))
            return
        self.info.setText(self.tr("Đã lưu {path}").format(path=chosen))

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
