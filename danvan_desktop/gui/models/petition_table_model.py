"""The petition register on the shared keyset model: keys in keyset pages, rows in a page cache.

Opening the register reads up to 1,001 keys (the list and its count in one walk of the
index, full-text search included) and one page of rows, whatever the size of the table;
more keys arrive as the view scrolls and rows are read a page at a time for the part on
screen, on the read-only connection. Memory stays bounded by the keys seen so far plus
``MAX_CACHED_PAGES`` pages of rows. A saved petition is marked stale, not reset.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.petitions import KINDS
from ...services import petitions as petition_service
from ...services.session import Session
from ...storage.petitions_repo import ListQuery
from .keyset_model import MAX_CACHED_PAGES, PAGE, KeysetTableModel  # noqa: F401 - the tests' sizes
COLUMNS = (
    QT_TRANSLATE_NOOP("PetitionTable", "Số"),
    QT_TRANSLATE_NOOP("PetitionTable", "Ngày nhận"),
    QT_TRANSLATE_NOOP("PetitionTable", "Loại đơn"),
    QT_TRANSLATE_NOOP("PetitionTable", "Người đứng tên"),
    QT_TRANSLATE_NOOP("PetitionTable", "Nội dung"),
    QT_TRANSLATE_NOOP("PetitionTable", "Lĩnh vực"),
    QT_TRANSLATE_NOOP("PetitionTable", "Hạn tiếp theo"),
    QT_TRANSLATE_NOOP("PetitionTable", "Tình trạng"),
)
OVERDUE = QColor("#fde7e9")
DUE_SOON = QColor("#fff4ce")


def state_of(row: dict, query: ListQuery) -> str:
    if row["status"] == "closed":
        return "closed"
    if row.get("not_processed"):
        return "not_processed"
    if row["next_due_step"] == "suspended":
        return "suspended"
    if not row["next_due_on"]:
        return "on_time"
    due = date.fromisoformat(row["next_due_on"])
    if due < query.today:
        return "overdue"
    return "due_soon" if due <= query.soon_until else "on_time"


STATE_TEXT = {
    "closed": QT_TRANSLATE_NOOP("PetitionTable", "Đã xong"),
    "overdue": QT_TRANSLATE_NOOP("PetitionTable", "Quá hạn"),
    "due_soon": QT_TRANSLATE_NOOP("PetitionTable", "Sắp đến hạn"),
    "on_time": QT_TRANSLATE_NOOP("PetitionTable", "Trong hạn"),
    "suspended": QT_TRANSLATE_NOOP("PetitionTable", "Tạm đình chỉ giải quyết"),
    "not_processed": QT_TRANSLATE_NOOP("PetitionTable", "Không xử lý (nặc danh)"),
}


class PetitionTableModel(KeysetTableModel):
    CONTEXT = "PetitionTable"
    COLUMNS = COLUMNS
    DATE_KEY = "received_on"
    FIRST_KEYS = 1001  # "Hơn 1.000 đơn": counting further would only make a broad search wait

    def __init__(self, session: Session, query: ListQuery, parent=None):
        self.fields = petition_service.petition_fields()
        self.reading = session.reading()  # the GUI thread reads on the read-only connection
        super().__init__(session, query, parent)

    def fetch_keys(self, after, limit):
        return petition_service.page(self.reading, self.query, after, limit)

    def fetch_rows(self, ids):
        return petition_service.list_rows(self.reading, ids)

    def petition_id(self, row: int) -> int:
        return self.record_id(row)

    def background(self, row: dict):
        state = state_of(row, self.query)
        return QBrush(OVERDUE) if state == "overdue" else QBrush(DUE_SOON) if state == "due_soon" else None

    def cell(self, row: dict, column: int, role):
        state = state_of(row, self.query)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 7 and row.get("not_processed"):
                return row["not_processed"]
            return row["content"] if column == 4 else None
        if column == 0:
            return str(row["id"]) + (" ↺" if row["duplicate_of"] else "")
        if column == 1:
            return f"{date.fromisoformat(row['received_on']):%d/%m/%Y}"
        if column == 2:
            return KINDS[row["kind"]]
        if column == 3:
            return row["petitioner"] or QCoreApplication.translate("PetitionTable", "(nặc danh)")
        if column == 4:
            return row["content"][:160]
        if column == 5:
            return self.fields.get(row["field"], row["field"])
        if column == 6:
            if not row["next_due_on"] or row["status"] != "open":
                return ""
            marks = "".join(f" ({m})" for m in row.get("due_marks", ()))
            return f"{date.fromisoformat(row['next_due_on']):%d/%m/%Y}{marks}"
        return QCoreApplication.translate("PetitionTable", STATE_TEXT[state])
