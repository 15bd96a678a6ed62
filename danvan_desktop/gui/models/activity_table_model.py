"""The activities register as a lazy table model: rows arrive in keyset pages as the view scrolls.

An activity row is short, so the model keeps the rows themselves (no separate id list);
opening the register reads one page whatever the size of the table, and the totals and
calendar marks come from their own queries, not from the rows loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...services import activities as activity_service
from ...services.petitions import petition_fields
from ...services.session import Session

PAGE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("ActivitiesPage", "Ngày"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Loại hoạt động"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Địa điểm"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Chủ trì"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Tham gia"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Phụ nữ"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "DTTS"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Tôn giáo"),
    QT_TRANSLATE_NOOP("ActivitiesPage", "Nội dung"),
)
NUMBER_COLUMNS = {4: "participants", 5: "women", 6: "ethnic_minority", 7: "religious"}


@dataclass(frozen=True)
class ActivityFilter:
    start: date
    end: date
    kind: str | None = None
    place: str | None = None
    field: str | None = None

    def args(self) -> tuple:
        return self.start, self.end, self.kind, self.place, self.field


class ActivityTableModel(QAbstractTableModel):
    def __init__(self, session: Session, query: ActivityFilter, parent=None):
        super().__init__(parent)
        self.session, self.query = session, query
        self.kinds = activity_service.activity_kinds()
        self.fields = petition_fields()
        self._rows: list[dict] = []
        self._exhausted = False
        self._append(self._next_page())

    def set_query(self, query: ActivityFilter) -> None:
        self.beginResetModel()
        self.query = query
        self._rows, self._exhausted = [], False
        self._append(self._next_page())
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def _next_page(self) -> list[dict]:
        after = (self._rows[-1]["held_on"], self._rows[-1]["id"]) if self._rows else None
        rows = activity_service.activity_page(self.session, *self.query.args(), after=after, limit=PAGE)
        self._exhausted = len(rows) < PAGE
        return rows

    def _append(self, rows: list[dict]) -> None:
        self._rows.extend(rows)

    def activity_id(self, row: int) -> int:
        return self._rows[row]["id"]

    def row_of_day(self, day: date) -> int | None:
        """The first row held on ``day``, fetching further pages until the list passes that day."""
        wanted = day.isoformat()
        while True:
            for r, row in enumerate(self._rows):
                if row["held_on"] == wanted:
                    return r
            if self._exhausted or (self._rows and self._rows[-1]["held_on"] < wanted):
                return None
            self.fetchMore()

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows = self._next_page()
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ActivitiesPage", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return f"{date.fromisoformat(row['held_on']):%d/%m/%Y}"
        if column == 1:
            return self.kinds.get(row["kind"], row["kind"])
        if column == 2:
            return row["place"]
        if column == 3:
            return row["led_by"]
        if column in NUMBER_COLUMNS:
            return str(row[NUMBER_COLUMNS[column]])
        return row["content"] if role == Qt.ItemDataRole.ToolTipRole else row["content"][:200]
