"""The in-app PDF preview renders every page and prints them through a QPrinter."""

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from danvan_desktop.gui.pdf_preview_dialog import PdfPreviewDialog


def two_pages() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number in (1, 2):
        page.drawString(100, 700, f"Trang {number}")
        page.showPage()
    page.save()
    return out.getvalue()


def test_preview_shows_and_prints_every_page(qtbot, tmp_path):
    dialog = PdfPreviewDialog(two_pages(), "Xem trước", "bao-cao.pdf")
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 2 and "2 trang" in dialog.info.text()
    pixmap = dialog.page_labels[0].pixmap()
    assert abs(pixmap.width() / pixmap.height() - 210 / 297) < 0.01  # A4 portrait
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
