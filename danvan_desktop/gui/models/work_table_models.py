"""The activities, "Dân vận khéo" models and grassroots-democracy registers as lazy table models: rows arrive in
keyset pages, newest first, as the view scrolls (canFetchMore/fetchMore).

Their rows are short, so a model keeps the rows themselves (no separate id list);
opening a register reads one page whatever the size of the table, and the page's
totals and calendar marks come from their own queries, not from the rows loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from ...domain.activities import (
    MODEL_FIELDS,
    MODEL_OWNERS,
    MODEL_STATUSES,
    RECOGNITION_FORMS,
    RECOGNITION_LEVELS,
)
from ...domain.democracy import BOARDS, DECISION_METHODS, PUBLISH_FORMS, RECORD_KINDS
from ...services import activities as activity_service
from ...services import democracy as democracy_service
from ...services.petitions import petition_fields
from ...services.session import Session
from ..widgets import dmy

PAGE = 200


class KeysetTableModel(QAbstractTableModel):
    """A register read page by page; subclasses say how to fetch a page and show a cell."""

    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()
    DATE_KEY = ""  # the column ordering the pages, with id as tie-break
    NUMBER_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, session: Session, query, parent=None):
        super().__init__(parent)
        self.session, self.query = session, query
        self._rows: list[dict] = []
        self._exhausted = False
        self._rows.extend(self._next_page())

    def fetch_page(self, after: tuple[str, int] | None, limit: int) -> list[dict]:
        raise NotImplementedError

    def cell(self, row: dict, column: int, role) -> str | None:
        raise NotImplementedError

    def set_query(self, query) -> None:
        self.beginResetModel()
        self.query = query
        self._rows, self._exhausted = [], False
        self._rows.extend(self._next_page())
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def _next_page(self) -> list[dict]:
        after = (self._rows[-1][self.DATE_KEY], self._rows[-1]["id"]) if self._rows else None
        rows = self.fetch_page(after, PAGE)
        self._exhausted = len(rows) < PAGE
        return rows

    def record_id(self, row: int) -> int:
        return self._rows[row]["id"]

    def row_of_day(self, day: date) -> int | None:
        """The first row of ``day``, fetching further pages until the list passes that day."""
        wanted = day.isoformat()
        while True:
            for r, row in enumerate(self._rows):
                if row[self.DATE_KEY] == wanted:
                    return r
            if self._exhausted or (self._rows and self._rows[-1][self.DATE_KEY] < wanted):
                return None
            self.fetchMore()

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows = self._next_page()
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cell(row, index.column(), role)



@dataclass(frozen=True)
class ActivityFilter:
    start: date
    end: date
    kind: str | None = None
    place: str | None = None
    field: str | None = None

    def args(self) -> tuple:
        return self.start, self.end, self.kind, self.place, self.field


class ActivityTableModel(KeysetTableModel):
    CONTEXT = "ActivitiesPage"
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
    DATE_KEY = "held_on"
    COUNTS = {4: "participants", 5: "women", 6: "ethnic_minority", 7: "religious"}
    NUMBER_COLUMNS = frozenset(COUNTS)

    def __init__(self, session: Session, query: ActivityFilter, parent=None):
        self.kinds = activity_service.activity_kinds()
        self.fields = petition_fields()
        super().__init__(session, query, parent)

    def fetch_page(self, after, limit):
        return activity_service.activity_page(self.session, *self.query.args(), after=after, limit=limit)

    def cell(self, row: dict, column: int, role):
        if column == 0:
            return dmy(row["held_on"])
        if column == 1:
            return self.kinds.get(row["kind"], row["kind"])
        if column == 2:
            return row["place"]
        if column == 3:
            return row["led_by"]
        if column in self.COUNTS:
            return str(row[self.COUNTS[column]])
        return row["content"] if role == Qt.ItemDataRole.ToolTipRole else row["content"][:200]


@dataclass(frozen=True)
class DemocracyFilter:
    start: date
    end: date
    kind: str | None = None

    def args(self) -> tuple:
        return self.start, self.end, self.kind


class DemocracyTableModel(KeysetTableModel):
    CONTEXT = "DemocracyPage"
    COLUMNS = (
        QT_TRANSLATE_NOOP("DemocracyPage", "Ngày"),
        QT_TRANSLATE_NOOP("DemocracyPage", "Loại"),
        QT_TRANSLATE_NOOP("DemocracyPage", "Nội dung"),
        QT_TRANSLATE_NOOP("DemocracyPage", "Hình thức"),
        QT_TRANSLATE_NOOP("DemocracyPage", "Số liệu"),
        QT_TRANSLATE_NOOP("DemocracyPage", "Kết quả, kiến nghị"),
    )
    DATE_KEY = "on_date"
    FORMS = {**PUBLISH_FORMS, **DECISION_METHODS, **BOARDS}

    def fetch_page(self, after, limit):
        return democracy_service.page_records(self.session, *self.query.args(), after=after, limit=limit)

    @staticmethod
    def figures(row: dict) -> str:
        tr = QCoreApplication.translate
        if row["kind"] == "cong_khai" and row["posted_days"]:
            return tr("DemocracyPage", "niêm yết {n} ngày").format(n=row["posted_days"])
        if row["kind"] == "ban_quyet_dinh":
            return tr("DemocracyPage", "{n} người, {p}% tán thành").format(n=row["turnout"],
                                                                          p=row["in_favour_percent"])
        if row["kind"] == "lay_y_kien":
            return tr("DemocracyPage", "{n} ý kiến").format(n=row["opinions"])
        return ""

    def cell(self, row: dict, column: int, role):
        if column == 0:
            return dmy(row["on_date"])
        if column == 1:
            return RECORD_KINDS.get(row["kind"], row["kind"])
        if column == 2:
            return row["matter"]
        if column == 3:
            return self.FORMS.get(row["form"], "")
        if column == 4:
            return self.figures(row)
        return " — ".join(x for x in (row["answer"], row["findings"], row["recommendations"]) if x)


@dataclass(frozen=True)
class ModelFilter:
    year: int | None = None
    field: str | None = None
    status: str | None = None

    def args(self) -> tuple:
        return self.year, self.field, self.status


class ModelTableModel(KeysetTableModel):
    CONTEXT = "ModelsPage"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ModelsPage", "Năm"),
        QT_TRANSLATE_NOOP("ModelsPage", "Tên mô hình"),
        QT_TRANSLATE_NOOP("ModelsPage", "Lĩnh vực"),
        QT_TRANSLATE_NOOP("ModelsPage", "Chủ thể"),
        QT_TRANSLATE_NOOP("ModelsPage", "Tập thể / cá nhân"),
        QT_TRANSLATE_NOOP("ModelsPage", "Tình trạng"),
        QT_TRANSLATE_NOOP("ModelsPage", "Khen thưởng"),
        QT_TRANSLATE_NOOP("ModelsPage", "Kết quả"),
    )
    DATE_KEY = "year_registered"
    NUMBER_COLUMNS = frozenset({0})

    def fetch_page(self, after, limit):
        return activity_service.model_page(self.session, *self.query.args(), after=after, limit=limit)

    def cell(self, row: dict, column: int, role):
        if column == 6:
            if not row["recognition_form"]:
                return ""
            level = RECOGNITION_LEVELS.get(row["recognition_level"], "")
            return f"{RECOGNITION_FORMS[row['recognition_form']]} {level.lower()}".strip()
        value = (row["year_registered"], row["name"], MODEL_FIELDS.get(row["field"], row["field"]), row["owner"],
                 MODEL_OWNERS.get(row["owner_kind"], ""), MODEL_STATUSES.get(row["status"], ""), "",
                 row["results"])[column]
        return str(value)
