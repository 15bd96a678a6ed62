"""Spreadsheet of the register's current view (openpyxl), Vietnamese headers, dd/mm/yyyy.

Written page by page with a write-only workbook so a large view stays small in memory;
saved to a temporary file and renamed, so a failed export leaves no half file. The
export itself is logged (who exported how many rows, not which people).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from ..documents import xlsx_safety
from ..domain.petitions import CHANNELS, CLOSING_EVENTS, EVENT_KINDS, KINDS, RESULTS
from ..domain.users import Permission
from ..storage import petitions_repo
from ..storage.petitions_repo import ListQuery
from ..tasks import Task
from . import petitions as petition_service
from .session import Session, audit, writing

HEADERS = ("Số đơn", "Ngày nhận", "Loại đơn", "Nguồn đơn", "Lĩnh vực", "Người đứng tên", "Địa chỉ", "Nội dung",
           "Tình trạng", "Hạn xử lý tiếp theo", "Trùng với đơn số", "Kết quả xử lý", "Ngày kết thúc",
           "Khiếu nại đúng/sai", "Cơ quan chuyển đơn", "Người bị tố cáo")
WIDTHS = (9, 12, 14, 22, 20, 26, 30, 60, 12, 14, 12, 16, 12, 14, 24, 24)
DATE_FORMAT = "DD/MM/YYYY"


def export_xlsx(session: Session, query: ListQuery, target: Path, task: Task | None = None,
                page_size: int = 2000) -> int:
    session.require(Permission.RECORD)
    task = task or Task()
    target = Path(target)
    total = petition_service.count(session, query)
    fields = petition_service.petition_fields()
    book = xlsx_safety.workbook(write_only=True)
    sheet = book.create_sheet("Sổ đơn thư")
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = xlsx_safety.cell(sheet, text)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    sheet.append(header)
    written, after = 0, None
    while True:
        keys = petition_service.page(session, query, after, page_size)
        if not keys:
            break
        after = keys[-1]
        ids = [k[-1] for k in keys]  # the id ends every key, sorted or not
        closing = petitions_repo.closing_steps(session.db, ids, CLOSING_EVENTS)
        for row in petition_service.list_rows(session, ids):
            sheet.append(_cells(sheet, {**row, "closing_step": closing.get(row["id"])}, fields))
            written += 1
        task.step(written, total, f"Đang xuất {written}/{total} đơn…")
    xlsx_safety.save(book, target)
    with writing(session.store):
        audit(session.store, session.user.username, "petition.export_xlsx", "petition", "",
              {"rows": written, "file": target.name})
    return written


def _cells(sheet, row: dict, fields: dict) -> list:
    received = WriteOnlyCell(sheet, value=date.fromisoformat(row["received_on"]))
    received.number_format = DATE_FORMAT
    due = WriteOnlyCell(sheet, value=date.fromisoformat(row["next_due_on"]) if row["next_due_on"] else None)
    due.number_format = DATE_FORMAT
    content = xlsx_safety.cell(sheet, row["content"])
    content.alignment = Alignment(wrap_text=True, vertical="top")
    closed = WriteOnlyCell(sheet, value=date.fromisoformat(row["closed_on"]) if row["closed_on"] else None)
    closed.number_format = DATE_FORMAT
    closing = row.get("closing_step") if row["status"] == "closed" else None
    return xlsx_safety.cells(sheet, [
        row["id"], received, KINDS[row["kind"]], CHANNELS.get(row["channel"], row["channel"]),
        fields.get(row["field"], row["field"]), row["petitioner"], row["address"], content,
        "Đang xử lý" if row["status"] == "open" else "Đã xong", due, row["duplicate_of"],
        EVENT_KINDS[closing] if closing else None, closed, RESULTS.get(row["result"]), row["source_body"] or None,
        row["accused"] or None,
    ])
