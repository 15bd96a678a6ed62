"""The "Tải mẫu Excel" workbook: the columns an import expects, two example rows, and the
accepted values of each choice column as drop-down lists (openpyxl; no Qt, no SQL)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..domain.import_mapping import RegisterSpec
from . import xlsx_safety

EXAMPLES = {
    "petitions": [
        {"received_on": "12/03/2025", "kind": "Khiếu nại", "content": "Khiếu nại quyết định thu hồi đất làm đường "
         "liên thôn", "field": "Đất đai", "channel": "Trực tiếp", "name": "Nguyễn Văn An", "address": "Thôn Nà Lầu",
         "cccd": "008085123456", "outcome": "Đã giải quyết", "accepted_on": "20/03/2025", "closed_on": "30/04/2025",
         "result": "Đúng một phần", "source_number": "1"},
        {"received_on": "06/05/2025", "kind": "Kiến nghị", "content": "Kiến nghị sửa chữa nhà văn hóa thôn Bản Bó",
         "field": "Xây dựng", "channel": "Bưu chính", "name": "Hoàng Thị Mai; Lý Văn Đức",
         "address": "Thôn Bản Bó", "source_number": "2"},
    ],
    "receptions": [
        {"held_on": "06/03/2025", "kind": "Chủ tịch tiếp định kỳ", "receiver": "Ma Văn Thắng", "visits": 3,
         "people": 4, "cases_new": 2, "cases_repeat": 1, "note": "Tiếp tại trụ sở UBND xã"},
        {"held_on": "10/03/2025", "kind": "Tiếp thường xuyên", "receiver": "Lý Văn Đức", "visits": 2, "people": 2,
         "cases_new": 2},
    ],
    "activities": [
        {"held_on": "15/03/2025", "starts_at": "08:00", "ends_at": "11:00",
         "content": "Hội nghị đối thoại với Nhân dân về giải phóng mặt bằng",
         "place": "Thôn Nà Lầu", "led_by": "Ma Văn Thắng", "participants": 60, "women": 25, "ethnic_minority": 40},
        {"held_on": "22/03/2025", "content": "Tập huấn kỹ năng dân vận cho trưởng thôn", "place": "Hội trường xã",
         "participants": 24, "women": 8},
    ],
}


def write_template(spec: RegisterSpec, choices: dict[str, list[str]], target: Path) -> None:
    """``choices``: for each choice column (target code), its accepted labels in order."""
    book = xlsx_safety.workbook()
    sheet = book.active
    sheet.title = spec.label[:31]
    values = book.create_sheet("Giá trị hợp lệ")
    bold = Font(bold=True)
    required = PatternFill("solid", fgColor="FFF2CC")
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.label + (" (*)" if column.required else ""))
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if column.required:
            cell.fill = required
        sheet.column_dimensions[get_column_letter(index)].width = 40 if column.code in ("content", "note") else 18
    examples = EXAMPLES[spec.register]
    for row, example in enumerate(examples, start=2):
        for index, column in enumerate(spec.columns, start=1):
            value = example.get(column.code)
            if value is None and column.code == "kind":
                value = choices["kind"][0]
            sheet.cell(row=row, column=index, value=value).number_format = "@" if isinstance(value, str) else "0"
    for position, (code, labels) in enumerate(choices.items(), start=1):
        letter = get_column_letter(position)
        values.cell(row=1, column=position, value=spec.column(code).label).font = bold
        for row, label in enumerate(labels, start=2):
            values.cell(row=row, column=position, value=label)
        values.column_dimensions[letter].width = 36
        check = DataValidation(type="list", formula1=f"='Giá trị hợp lệ'!${letter}$2:${letter}${len(labels) + 1}",
                               allow_blank=True, showErrorMessage=False)
        target_letter = get_column_letter(spec.codes.index(code) + 1)
        check.add(f"{target_letter}2:{target_letter}5000")
        sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    xlsx_safety.save(book, Path(target))
