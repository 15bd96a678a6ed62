"""Horizontal bar charts for the report.

Long Vietnamese category names read best on the left of horizontal bars. They are drawn
straight on the canvas rather than with reportlab.graphics: its chart widgets expand into
hundreds of nodes at every draw (three charts cost as much as the rest of the report), and
even plain shapes pay for per-node state tracking. A chart with nothing to show is left out.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..text import nfc
from . import figure_tables as ft
from .figure_tables import format_count
from .pdf_fonts import BOLD, REGULAR, register_fonts

ROW_HEIGHT = 6.5 * mm
BAR_SHARE = 0.7  # of the row height
LABEL_WIDTH = 68 * mm
LABEL_SIZE = 10
VALUE_SIZE = 9
TITLE_SPACE = 9 * mm
FILL = colors.HexColor("#4a6f9c")


def _fit(label: str, width: float) -> str:
    """Shorten a label with an ellipsis until it fits ``width``."""
    label = nfc(label)
    if stringWidth(label, REGULAR, LABEL_SIZE) <= width:
        return label
    while label and stringWidth(label + "…", REGULAR, LABEL_SIZE) > width:
        label = label[:-1]
    return label.rstrip(" ,") + "…"


class BarChart(Flowable):
    """Bars drawn straight on the page canvas: the same picture as a reportlab.graphics
    drawing, without its per-shape state tracking, which cost a sixth of a report's time."""

    def __init__(self, title: str, items: list[tuple[str, int]], width: float):
        super().__init__()
        self.title = nfc(title)
        self.items = [(_fit(label, LABEL_WIDTH - 6), value) for label, value in items]
        self.width = width
        self.height = ROW_HEIGHT * len(items) + TITLE_SPACE

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        top = max(v for _, v in self.items)
        plot_width = self.width - LABEL_WIDTH - 14 * mm  # room for the longest value label
        plot_height = ROW_HEIGHT * len(self.items)
        canvas.saveState()
        canvas.setFont(BOLD, 11)
        canvas.drawCentredString(self.width / 2, plot_height + 3 * mm, self.title)
        canvas.setFillColor(FILL)
        for row, (_, value) in enumerate(self.items):
            length = plot_width * value / top
            if length > 0:
                y = plot_height - (row + 1) * ROW_HEIGHT + ROW_HEIGHT * (1 - BAR_SHARE) / 2
                canvas.rect(LABEL_WIDTH, y, length, ROW_HEIGHT * BAR_SHARE, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for row, (label, value) in enumerate(self.items):
            text_y = plot_height - (row + 1) * ROW_HEIGHT + ROW_HEIGHT / 2 - LABEL_SIZE * 0.35
            canvas.setFont(REGULAR, LABEL_SIZE)
            canvas.drawRightString(LABEL_WIDTH - 3, text_y, label)
            canvas.setFont(REGULAR, VALUE_SIZE)
            canvas.drawString(LABEL_WIDTH + plot_width * value / top + 3, text_y, format_count(value))
        canvas.setLineWidth(0.6)
        canvas.line(LABEL_WIDTH, 0, LABEL_WIDTH, plot_height)
        canvas.restoreState()


def bar_chart(title: str, items: list[tuple[str, int]], width: float) -> BarChart | None:
    """One bar per (label, value), top to bottom in the given order; ``None`` when all are 0."""
    if not items or not any(v for _, v in items):
        return None
    register_fonts()
    return BarChart(title, items, width)


def figure_charts(figures: dict, labels: ft.CodeLabels) -> dict[str, list[tuple[str, list[tuple[str, int]]]]]:
    """The charts of each figures subsection, as (title, [(label, value)]) under the key of the
    subsection they follow: the PDF draws them, the Word copy shows them as pictures."""
    p = figures.get("petitions", {})
    kinds = [(labels.label("petition_kinds", c), p.get("by_kind", {}).get(c, 0))
             for c in labels.ordered("petition_kinds", p.get("by_kind", {}))]
    fields = [(labels.label("petition_fields", c), v) for c, v in (p.get("by_field") or {}).items() if v]
    fields = sorted(fields, key=lambda item: -item[1])[:8]
    activities = [(name, count) for name, count, _ in ft.activity_rows(figures, labels)]
    return {"petitions": [("Đơn thư theo nội dung", kinds), ("Đơn thư theo lĩnh vực (nhiều nhất)", fields)],
            "activities": [("Số cuộc hoạt động dân vận theo loại", activities)]}
