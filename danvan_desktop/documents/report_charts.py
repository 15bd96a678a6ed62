"""Horizontal bar charts for the report (reportlab.graphics): long Vietnamese category
names read best on the left of horizontal bars. A chart with nothing to show is left out."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..text import nfc
from .figure_tables import format_count
from .pdf_fonts import BOLD, REGULAR, register_fonts

BAR_HEIGHT = 6.5 * mm
LABEL_WIDTH = 68 * mm
FILL = colors.HexColor("#4a6f9c")


def _shorten(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip(" ,") + "…"


def bar_chart(title: str, items: list[tuple[str, int]], width: float) -> Drawing | None:
    """One bar per (label, value), in the given order from the top; ``None`` when all are 0."""
    if not items or not any(v for _, v in items):
        return None
    register_fonts()
    plot_height = BAR_HEIGHT * len(items)
    drawing = Drawing(width, plot_height + 16 * mm)
    # The renderer starts every drawing in Times-Roman, which would add an unembedded font.
    drawing.initialFontName = REGULAR
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 6 * mm
    chart.width, chart.height = width - LABEL_WIDTH - 14 * mm, plot_height
    # reportlab draws the first category at the bottom; reverse so the table's order reads top-down.
    ordered = list(reversed(items))
    chart.data = [[v for _, v in ordered]]
    chart.categoryAxis.categoryNames = [nfc(_shorten(label)) for label, _ in ordered]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 10
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.labelTextFormat = lambda v: format_count(int(v)) if v == int(v) else ""
    top = max(v for _, v in items)
    chart.valueAxis.valueMax = max(top * 1.15, 1)
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = FILL
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: format_count(int(v))
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(width / 2, plot_height + 10 * mm, nfc(title), fontName=BOLD, fontSize=11,
                       textAnchor="middle"))
    return drawing
