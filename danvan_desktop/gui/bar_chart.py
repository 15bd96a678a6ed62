"""A small horizontal bar chart painted with QPainter (no QtCharts, which needs the large
PySide6-Addons package): one bar per label, the value written at its end."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#b71c1c")
ROW_HEIGHT = 22


class BarChart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = list(items)
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self.items))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, ROW_HEIGHT * (len(self.items) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, self.width(), ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        label_width = max((metrics.horizontalAdvance(label) for label, _ in self.items), default=0) + 12
        value_width = metrics.horizontalAdvance("000000") + 8
        room = max(10, self.width() - label_width - value_width)
        top = max((value for _, value in self.items), default=0) or 1
        for row, (label, value) in enumerate(self.items):
            y = ROW_HEIGHT * (row + 1)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_width - 8, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            width = room * value / top
            painter.fillRect(QRectF(label_width, y + 4, width, ROW_HEIGHT - 8), BAR_COLOUR)
            painter.drawText(QRectF(label_width + width + 4, y, value_width, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, f"{value:,}".replace(",", "."))
        painter.end()
