"""Spreadsheets of the current view of the activities, "Dân vận khéo" models and
grassroots-democracy registers (openpyxl), Vietnamese headers, dd/mm/yyyy.

Built like the petition export: a write-only workbook, saved to a temporary file and
renamed so a failed export leaves no half file, and the export itself audited (who
exported how many rows, not what they hold).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..documents import xlsx_safety
from ..domain.activities import MODEL_FIELDS, MODEL_OWNERS, MODEL_STATUSES, RECOGNITION_FORMS, RECOGNITION_LEVELS
from ..domain.democracy import BOARDS, DECISION_METHODS, PUBLISH_FORMS, RECORD_KINDS
from ..domain.users import Permission
from ..errors import DataFolderError
from ..tasks import Task
from . import activities as activity_service
from . import democracy as democracy_service
from .petitions import petition_fields
from .session import Session, audit, writing

DATE_FORMAT = "DD/MM/YYYY"
TIME_FORMAT = "HH:MM"
PROGRESS_EVERY = 200

ACTIVITY_HEADERS = ("Ngày", "Bắt đầu", "Kết thúc", "Loại hoạt động", "Địa điểm", "Người chủ trì",
                    "Số người tham gia", "Phụ nữ", "Dân tộc thiểu số", "Tôn giáo", "Lĩnh vực", "Đối tượng",
                    "Nội dung", "Kết quả", "Việc tiếp theo")
ACTIVITY_WIDTHS = (12, 9, 9, 30, 22, 22, 10, 9, 10, 9, 20, 22, 50, 40, 30)
MODEL_HEADERS = ("Năm đăng ký", "Tên mô hình", "Lĩnh vực", "Chủ thể", "Tập thể / cá nhân", "Tình trạng",
                 "Cấp khen thưởng", "Hình thức khen thưởng", "Kết quả")
MODEL_WIDTHS = (10, 40, 24, 28, 12, 12, 14, 14, 50)
DEMOCRACY_HEADERS = ("Ngày", "Loại", "Nội dung", "Hình thức", "Số ngày niêm yết", "Số người (hộ) tham gia",
                     "Tỷ lệ tán thành (%)", "Số ý kiến", "Tiếp thu, giải trình", "Phát hiện qua giám sát",
                     "Kiến nghị")
DEMOCRACY_WIDTHS = (12, 26, 45, 26, 10, 12, 11, 10, 35, 35, 35)
_FORMS = {**PUBLISH_FORMS, **DECISION_METHODS, **BOARDS}


def export_activities(session: Session, target: Path, start: date, end: date, kind: str | None = None,
                      place: str | None = None, field: str | None = None, task: Task | None = None) -> int:
    rows = activity_service.list_activities(session, start, end, kind, place, field)
    kinds, fields = activity_service.activity_kinds(), petition_fields()

    def cells(row: dict) -> list:
        return [date.fromisoformat(row["held_on"]), _time(row["starts_at"]), _time(row["ends_at"]),
                kinds.get(row["kind"], row["kind"]), row["place"], row["led_by"], row["participants"], row["women"],
                row["ethnic_minority"], row["religious"], fields.get(row["field"], row["field"] or ""),
                row["target_group"], row["content"], row["outcome"], row["follow_up"]]

    return _export(session, target, "Hoạt động dân vận", ACTIVITY_HEADERS, ACTIVITY_WIDTHS, rows, cells,
                   "activity", "hoạt động", task)


def export_models(session: Session, target: Path, year: int | None = None, field: str | None = None,
                  status: str | None = None, task: Task | None = None) -> int:
    rows, _ = activity_service.list_models(session, year, field, status)

    def cells(row: dict) -> list:
        return [row["year_registered"], row["name"], MODEL_FIELDS.get(row["field"], row["field"]), row["owner"],
                MODEL_OWNERS.get(row["owner_kind"], row["owner_kind"]), MODEL_STATUSES.get(row["status"], row["status"]),
                RECOGNITION_LEVELS.get(row["recognition_level"] or "", ""),
                RECOGNITION_FORMS.get(row["recognition_form"] or "", ""), row["results"]]

    return _export(session, target, "Mô hình Dân vận khéo", MODEL_HEADERS, MODEL_WIDTHS, rows, cells,
                   "dvk_model", "mô hình", task)


def export_democracy(session: Session, target: Path, start: date, end: date, kind: str | None = None,
                     task: Task | None = None) -> int:
    rows = democracy_service.list_records(session, start, end, kind)

    def cells(row: dict) -> list:
        k = row["kind"]
        return [date.fromisoformat(row["on_date"]), RECORD_KINDS.get(k, k), row["matter"],
                _FORMS.get(row["form"], row["form"] or ""),
                row["posted_days"] if k == "cong_khai" else None,
                row["turnout"] if k == "ban_quyet_dinh" else None,
                row["in_favour_percent"] if k == "ban_quyet_dinh" else None,
                row["opinions"] if k == "lay_y_kien" else None,
                row["answer"], row["findings"], row["recommendations"]]

    return _export(session, target, "Dân chủ ở cơ sở", DEMOCRACY_HEADERS, DEMOCRACY_WIDTHS, rows, cells,
                   "democracy", "nội dung", task)


def _time(value: str | None) -> time | None:
    return datetime.strptime(value, "%H:%M").time() if value else None


def _export(session: Session, target: Path, title: str, headers: tuple[str, ...], widths: tuple[int, ...],
            rows: list[dict], cells: Callable[[dict], list], entity: str, noun: str, task: Task | None) -> int:
    session.require(Permission.RECORD)
    task = task or Task()
    target = Path(target)
    if not target.parent.is_dir():
        raise DataFolderError(f"Không ghi được tệp {target}: thư mục {target.parent} không tồn tại.")
    book = xlsx_safety.workbook(write_only=True)
    sheet = book.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(_header(sheet, headers))
    total = len(rows)
    for written, row in enumerate(rows, start=1):
        sheet.append(list(_styled(sheet, cells(row))))
        if written % PROGRESS_EVERY == 0 or written == total:
            task.step(written, total, f"Đang xuất {written}/{total} {noun}…")
    xlsx_safety.save(book, target)
    with writing(session.store):
        audit(session.store, session.user.username, f"{entity}.export_xlsx", entity, "",
              {"rows": total, "file": target.name})
    return total


def _header(sheet, headers: Iterable[str]) -> list:
    bold = Font(bold=True)
    out = []
    for text in headers:
        cell = xlsx_safety.cell(sheet, text)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        out.append(cell)
    return out


def _styled(sheet, values: list):
    for value in values:
        cell = xlsx_safety.cell(sheet, value)
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, time):
            cell.number_format = TIME_FORMAT
        elif isinstance(value, str) and len(value) > 40:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        yield cell
