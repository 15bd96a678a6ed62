"""The activities, "Dân vận khéo" models and grassroots-democracy registers as lazy table models: rows arrive in
keyset pages, newest first, as the view scrolls (canFetchMore/fetchMore).

They are the shared keyset model (``keyset_model``) with whole rows per page: their rows are
short, so a model keeps them all; opening a register reads one page whatever the size of
the table, and the page's totals and calendar marks come from their own queries, not from
the rows loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

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
from .keyset_model import PAGE, KeysetTableModel  # noqa: F401 - PAGE: the tests' page size


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
        return activity_service.activity_page(self.session.reading(), *self.query.args(), after=after, limit=limit)

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
        return democracy_service.page_records(self.session.reading(), *self.query.args(), after=after, limit=limit)

    @staticmethod
    def figures(row: dict) -> str:
        if row["kind"] == "cong_khai" and row["posted_days"]:
            return QCoreApplication.translate("DemocracyPage", "niêm yết {n} ngày").format(n=row["posted_days"])
        if row["kind"] == "ban_quyet_dinh":
            return QCoreApplication.translate("DemocracyPage", "{n} người, {p}% tán thành").format(
                n=row["turnout"], p=row["in_favour_percent"])
        if row["kind"] == "lay_y_kien":
            return QCoreApplication.translate("DemocracyPage", "{n} ý kiến").format(n=row["opinions"])
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
        return activity_service.model_page(self.session.reading(), *self.query.args(), after=after, limit=limit)

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
