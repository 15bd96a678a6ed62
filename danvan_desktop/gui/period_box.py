"""The report-period chooser shared by the Báo cáo, Gói báo cáo and province pages: the
province's periods labelled with their due dates, the current one selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from ..services import reports as report_service
from ..services.session import Session
from .choice_box import ChoiceBox


def period_box(layout: QHBoxLayout) -> ChoiceBox:
    """A combo box with its “&Kỳ báo cáo:” label, added to ``layout``."""
    box = ChoiceBox()
    box.setMinimumWidth(260)
    label = QLabel(QCoreApplication.translate("PeriodBox", "&Kỳ báo cáo:"))
    label.setBuddy(box)
    layout.addWidget(label)
    layout.addWidget(box)
    return box


def period_source(period) -> str:
    """Where the period comes from, with the quoted due clause: "Theo …: “…”"."""
    if not period.source:
        return ""
    return QCoreApplication.translate("PeriodBox", "Theo {source}. {clause}").format(
        source=period.source, clause=period.due_clause).strip()


def fill_periods(box: ChoiceBox, session: Session, today: date) -> None:
    """Fill ``box`` without emitting change signals; the caller then loads the selection."""
    current = report_service.current(session, today)
    box.blockSignals(True)
    box.clear()
    for p in report_service.periods(session, today):
        box.addItem(QCoreApplication.translate("PeriodBox", "{label} (hạn {due})").format(
            label=p.label, due=f"{p.due:%d/%m/%Y}"), p.id)
        box.setItemData(box.count() - 1, period_source(p), Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(0, box.findData(current.id)))
    box.blockSignals(False)
