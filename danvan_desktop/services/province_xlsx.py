"""The consolidated figures of a period as a spreadsheet: totals, then one row per unit."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from ..bundles.consolidate import NOT_SUMMED, leaves
from ..documents import xlsx_safety
from ..domain.users import Permission
from . import province
from .session import Session, audit, writing


def export_consolidated_xlsx(session: Session, period: str, target: Path, due=None) -> int:
    """Write the workbook atomically; returns the number of units summed."""
    session.require(Permission.CONSOLIDATE)
    consolidated = province.consolidated_figures(session, period)
    per_unit = province.unit_figures(session, period)
    book = xlsx_safety.workbook()
    bold = Font(bold=True)
    total = book.active
    total.title = "Tổng hợp"
    total.append(xlsx_safety.cells(total, ["Kỳ báo cáo", period]))
    total.append(xlsx_safety.cells(total, ["Số đơn vị đã gửi", consolidated["units"]]))
    total.append([])
    total.append(xlsx_safety.cells(total, ["Chỉ tiêu", "Tổng"]))
    for cell in total[4]:
        cell.font = bold
    rows = leaves(consolidated["figures"])
    for path, value in rows:
        total.append(xlsx_safety.cells(total, [path, value]))
    total.column_dimensions["A"].width = 48
    units = book.create_sheet("Theo đơn vị")
    paths = [p for p, _ in rows]
    units.append(xlsx_safety.cells(units, ["Mã đơn vị", *paths]))
    for cell in units[1]:
        cell.font = bold
    for code, figures in per_unit:
        values = dict(leaves({k: v for k, v in figures.items() if k not in NOT_SUMMED}))
        units.append(xlsx_safety.cells(units, [code, *(values.get(p, 0) for p in paths)]))
    if due is not None:
        status = province.period_status(session, period, due)
        sheet = book.create_sheet("Tình hình gửi")
        sheet.append(xlsx_safety.cells(sheet, ["Mã đơn vị", "Tên đơn vị", "Tình trạng", "Số gói", "Ngày nhận"]))
        for unit in status.units:
            sheet.append(xlsx_safety.cells(sheet, [unit.unit_code, unit.unit_name, province.STATE_LABELS[unit.state], unit.sequence,
                          unit.received_on]))
    target = Path(target)
    xlsx_safety.save(book, target)
    with writing(session.store):
        audit(session.store, session.user.username, "province.export_xlsx", "bundle", period,
              {"units": consolidated["units"], "file": target.name})
    return consolidated["units"]
