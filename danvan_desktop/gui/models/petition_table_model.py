"""The petition register as a lazy table model: ids in keyset pages, rows in a page cache.

Opening the register fetches one page of keys and one page of rows, whatever the size
of the table; more keys arrive as the view scrolls (canFetchMore/fetchMore) and rows
are fetched a page at a time for the part on screen. Memory stays bounded by the keys
seen so far plus ``MAX_CACHED_PAGES`` pages of rows.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.petitions import KINDS
from ...services import petitions as petition_service
from ...services.session import Session
from ...storage.petitions_repo import ListQuery

PAGE = 200
MAX_CACHED_PAGES = 30
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


class PetitionTableModel(QAbstractTableModel):
    def __init__(self, session: Session, query: ListQuery, parent=None):
        super().__init__(parent)
        self.session = session
        self.query = query
        self.fields = petition_service.petition_fields()
        self._ids: list[int] = []
        self._after: tuple[str, int] | None = None
        self._exhausted = False
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._fetch_keys()

    # -- the data behind the view -------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._ids, self._after, self._exhausted = [], None, False
        self._pages.clear()
        self._fetch_keys()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def total(self, cap: int | None = None) -> int:
        return petition_service.count(self.session, self.query, cap)

    def _next_keys(self) -> list[tuple[str, int]]:
        keys = petition_service.page(self.session, self.query, self._after, PAGE)
        self._exhausted = len(keys) < PAGE
        return keys

    def _append(self, keys: list[tuple[str, int]]) -> None:
        if keys:
            self._after = keys[-1]
            self._ids.extend(k[1] for k in keys)

    def _fetch_keys(self) -> None:
        self._append(self._next_keys())

    def _row(self, row: int) -> dict | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            rows = petition_service.list_rows(self.session, ids)
            self._pages[page] = rows
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def petition_id(self, row: int) -> int:
        return self._ids[row]

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        keys = self._next_keys()
        if not keys:
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(keys) - 1)
        self._append(keys)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("PetitionTable", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        state = state_of(row, self.query)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE) if state == "overdue" else QBrush(DUE_SOON) if state == "due_soon" else None
        column = index.column()
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
