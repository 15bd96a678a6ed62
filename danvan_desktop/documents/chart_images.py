"""The report's bar charts as PNG pictures, for the Word copy.

The picture is the PDF's own chart: the same ``report_charts.BarChart`` drawn on a page of
its size by reportlab, then rasterised by PDFium (pypdfium2), so the Word copy shows what the
PDF shows, drawn once. (reportlab's own bitmap renderer needs rlPyCairo; Qt is not for the
core.)
"""

from __future__ import annotations

import io

import pypdfium2
from reportlab.pdfgen.canvas import Canvas

from .figure_tables import format_count
from .report_charts import BarChart

DPI = 200  # sharp when printed, ~50 KB a chart
MARGIN = 2  # points around the drawing, so the value labels at the right are never cut


def chart_png(chart: BarChart, dpi: int = DPI) -> bytes:
    """The chart as a PNG picture, ``chart.width`` wide at ``dpi``."""
    page = io.BytesIO()
    canvas = Canvas(page, pagesize=(chart.width + 2 * MARGIN, chart.height + 2 * MARGIN))
    chart.drawOn(canvas, MARGIN, MARGIN)
    canvas.showPage()
    canvas.save()
    document = pypdfium2.PdfDocument(page.getvalue())
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()


def chart_description(chart: BarChart) -> str:
    """The alternative text of the picture: its title and every bar's label and value."""
    return f"{chart.title}: " + "; ".join(f"{label} {format_count(value)}" for label, value in chart.items)
