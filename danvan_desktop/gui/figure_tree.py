"""A report's figures in a two-column tree (section → label, value), shared by the province
console and its drill-down dialog; the commune's own report page fills its tree the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
)

from ..bundles.consolidate import NOT_SUMMED, leaves
from ..services.activities import activity_kinds
from ..services.petitions import petition_fields
from .figure_rows import figure_rows


def _tr(text: str) -> str:
    return QCoreApplication.translate("FigureTree", text)


def figures_tree() -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels([_tr("Chỉ tiêu"), _tr("Số liệu")])
    tree.setAlternatingRowColors(True)
    tree.setRootIsDecorated(False)
    tree.setAccessibleName(_tr("Bảng số liệu"))
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def fill_figures(tree: QTreeWidget, figures: dict | None, summed_units: int | None = None) -> None:
    """Show ``figures``; with ``summed_units`` (a sum over units) the model target reads as
    how many units met it rather than yes/no."""
    tree.clear()
    if not figures or "receptions" not in figures:
        return
    met_labels = (QCoreApplication.translate("FigureRows", "Đạt yêu cầu 1–2 mô hình"),
                  QCoreApplication.translate("FigureRows", "Có mô hình (gợi ý 1–2 mô hình)"))
    parents: dict[str, QTreeWidgetItem] = {}
    try:
        rows = figure_rows(figures, activity_kinds(), petition_fields())
    except (KeyError, TypeError, AttributeError):  # a bundle of an earlier version carries fewer figures
        section = _tr("Số liệu trong gói (không đủ để trình bày theo mẫu)")
        rows = [(section, path, str(value)) for path, value in
                leaves({k: v for k, v in figures.items() if k not in NOT_SUMMED})]
    for section, label, value in rows:
        if summed_units is not None and label in met_labels:
            value = _tr("{n}/{total} đơn vị").format(n=int(figures["models"]["meets_expectation"]), total=summed_units)
        if section not in parents:
            parents[section] = QTreeWidgetItem(tree, [section])
            font = parents[section].font(0)
            font.setBold(True)
            parents[section].setFont(0, font)
            parents[section].setFirstColumnSpanned(True)
        item = QTreeWidgetItem(parents[section], [label, value])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    tree.expandAll()


def tree_items(tree: QTreeWidget) -> list[tuple[str, str]]:
    """(label, value) of every figure row shown, for tests and copying."""
    found, it = [], QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        if item.parent() is not None:
            found.append((item.text(0), item.text(1)))
        it += 1
    return found
