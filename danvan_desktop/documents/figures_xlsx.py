"""The report figures as a workbook laid out like the inspectorate's forms.

    write_figures_xlsx(figures, labels, target)

One sheet per table of ``figure_tables``: a title block (form name, unit, period with
dd/mm/yyyy dates), column groups merged over their columns, the columns numbered (1), (2), …
and one row of figures for the unit, all with thin borders. ``target`` is a path (temporary
file, then renamed over it) or a binary file object.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ..storage.atomic import atomic_write_bytes
from . import figure_tables as ft
from . import xlsx_safety
from .figure_summaries import vn_date

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADER_ROW = 6  # group headers; column labels on 7, numbers on 8, figures on 9
FORM_TITLES = {
    "receptions": "BIỂU TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN",
    "petitions": "BIỂU TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
    "resolution": "BIỂU TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO",
    "complaint_results": "BIỂU TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI (VỤ VIỆC)",
    "denunciation_results": "BIỂU TỔNG HỢP KẾT LUẬN NỘI DUNG TỐ CÁO (VỤ VIỆC)",
    "activities": "BIỂU TỔNG HỢP HOẠT ĐỘNG DÂN VẬN",
    "models": "BIỂU TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO”",
    "democracy": "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ",
    "topics": "BIỂU TỔNG HỢP CÁC NỘI DUNG THEO CHỈ THỊ CỦA TỈNH",
}


def workbook_tables(figures: dict, labels: ft.CodeLabels) -> list[ft.FigureTable]:
    """The eight sheets (complaint results and denunciation conclusions each on its own) and the
    directive sections; the petitions sheet also carries the counts by
    field, as form 02 does."""
    tables = ft.all_tables(figures, labels)
    fields = ft.petition_fields_table(figures, labels).groups
    topics = ft.topics_sheet(figures, labels)
    return [ft.FigureTable(t.key, t.title, t.heading, t.groups + fields) if t.key == "petitions" else t
            for t in tables] + ([topics] if topics else [])


def _cell(sheet, row: int, column: int, value, bold: bool = False, size: int = 12, box: bool = True,
          align: Alignment = CENTRE):
    cell = xlsx_safety.put(sheet, row, column, value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = align
    if box:
        cell.border = BOX
    return cell


def _merged(sheet, first_row: int, first_column: int, last_row: int, last_column: int, value) -> None:
    """A bold header over a merged range, boxed on every edge."""
    for row in range(first_row, last_row + 1):
        for column in range(first_column, last_column + 1):
            _cell(sheet, row, column, None)
    _cell(sheet, first_row, first_column, value, bold=True)
    if (first_row, first_column) != (last_row, last_column):
        sheet.merge_cells(start_row=first_row, start_column=first_column, end_row=last_row, end_column=last_column)


def period_line(period: dict) -> str:
    """"Kỳ báo cáo: 6 tháng đầu năm 2026, từ ngày 15/12/2025 đến ngày 14/06/2026"."""
    line = f"Kỳ báo cáo: {period.get('label', '')}".strip()
    if period.get("start") and period.get("end"):
        line += f", từ ngày {vn_date(period['start'])} đến ngày {vn_date(period['end'])}"
    return line


def _title_block(sheet, table: ft.FigureTable, figures: dict, width: int) -> None:
    unit = figures.get("unit", {})
    period = figures.get("period", {})
    lines = [
        (f"{unit.get('name', '')}{', ' + unit['province'] if unit.get('province') else ''}".strip(", "), True, 12),
        (FORM_TITLES.get(table.key, table.title.upper()), True, 14),
        (period_line(period), False, 12),
    ]
    for row, (value, bold, size) in enumerate(lines, 1):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        align = Alignment(horizontal="left" if row == 1 else "center", vertical="center", wrap_text=True)
        _cell(sheet, row, 1, value, bold=bold, size=size, box=False, align=align)
    sheet.row_dimensions[3].height = 32


def _form(sheet, table: ft.FigureTable, unit_name: str) -> int:
    """Headers, numbers and the unit's row; returns the number of columns."""
    top, labels_row, numbers_row, data_row = HEADER_ROW, HEADER_ROW + 1, HEADER_ROW + 2, HEADER_ROW + 3
    _merged(sheet, top, 1, labels_row, 1, "Đơn vị")
    _cell(sheet, numbers_row, 1, "(1)", size=11)
    _cell(sheet, data_row, 1, unit_name, align=Alignment(vertical="center", wrap_text=True))
    column = 2
    for group in (g for g in table.groups if g.columns):
        first = column
        alone = not group.label or len(group.columns) == 1
        for item in group.columns:
            if alone:
                label = f"{group.label}: {item.label}" if group.label else item.label
                _merged(sheet, top, column, labels_row, column, label)
            else:
                _cell(sheet, labels_row, column, item.label, bold=True, size=11)
            _cell(sheet, numbers_row, column, f"({column})", size=11)
            _cell(sheet, data_row, column, item.value, align=Alignment(horizontal="right", vertical="center"))
            column += 1
        if not alone:
            _merged(sheet, top, first, top, column - 1, group.label)
    return column - 1


def _sheet(book: Workbook, table: ft.FigureTable, figures: dict) -> None:
    sheet = book.create_sheet(table.title[:31])
    unit_name = figures.get("unit", {}).get("name", "")
    width = _form(sheet, table, unit_name)
    _title_block(sheet, table, figures, max(width, 6))
    sheet.column_dimensions["A"].width = 22
    for column in range(2, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 13
    sheet.row_dimensions[HEADER_ROW].height = 36
    sheet.row_dimensions[HEADER_ROW + 1].height = 66
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 3, column=2)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed, never shrunk to one
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW + 2}"  # the column headings on every printed page
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5


def write_figures_xlsx(figures: dict, labels: dict | None, target) -> None:
    book = xlsx_safety.workbook()
    book.remove(book.active)
    for table in workbook_tables(figures, ft.CodeLabels(labels)):
        _sheet(book, table, figures)
    buffer = io.BytesIO()
    book.save(buffer)
    if hasattr(target, "write"):
        target.write(buffer.getvalue())
    else:
        atomic_write_bytes(Path(target), buffer.getvalue(), mode=0o644)
