"""The report figures as labelled tables, shared by the PDF and the spreadsheet.

Each table is a list of column groups, the way the inspectorate's forms head their
columns (a group header over numbered columns). The PDF prints a group as a header row
over indented lines; the spreadsheet prints it across, one row for the unit. Codes get
their Vietnamese labels from the domain dictionaries and the caller's rule-data labels,
and fall back to the code itself, so a new code never breaks a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.activities import MODEL_FIELDS, MODEL_STATUSES
from ..domain.democracy import RECORD_KINDS
from ..domain.petitions import KINDS, RESULTS, SIGNATORIES
from ..domain.report_figures import DENUNCIATION_RESULTS, upgrade_figures
from ..text import nfc

DOMAIN_LABELS = {
    "petition_kinds": KINDS,
    "signatories": SIGNATORIES,
    "results": RESULTS,
    "denunciation_results": DENUNCIATION_RESULTS,
    "model_fields": MODEL_FIELDS,
    "model_statuses": MODEL_STATUSES,
    "democracy_kinds": RECORD_KINDS,
}


class CodeLabels:
    """Vietnamese labels for the codes in the figures; ``extra`` holds the rule-data ones
    (``activity_kinds``, ``petition_fields``) and may override a domain label."""

    def __init__(self, extra: dict | None = None):
        self._tables = {name: dict(table) for name, table in DOMAIN_LABELS.items()}
        for name, table in (extra or {}).items():
            self._tables.setdefault(name, {}).update(table or {})

    def label(self, table: str, code: str) -> str:
        return nfc(str(self._tables.get(table, {}).get(code, code)))

    def ordered(self, table: str, counts: dict) -> list[str]:
        """The codes of ``counts`` in the order of the label table, unknown codes after."""
        known = [c for c in self._tables.get(table, {}) if c in counts]
        return known + [c for c in counts if c not in known]


@dataclass(frozen=True)
class Column:
    label: str
    value: int


@dataclass(frozen=True)
class Group:
    label: str  # "" for a column standing alone
    columns: tuple[Column, ...]


FORM_HEADER = ("TT", "Nội dung", "Số lượng")


@dataclass(frozen=True)
class FigureTable:
    key: str
    title: str  # also the spreadsheet's sheet name (at most 31 characters)
    heading: str  # the heading in the report body
    groups: tuple[Group, ...]
    header: tuple[str, str, str] = FORM_HEADER  # the header row when printed down the page


def _n(section: dict, key: str) -> int:
    value = section.get(key, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _by(labels: CodeLabels, table: str, counts: dict) -> tuple[Column, ...]:
    counts = counts or {}
    return tuple(Column(labels.label(table, c), _n(counts, c)) for c in labels.ordered(table, counts))


def _group(label: str, *pairs: tuple[str, int]) -> Group:
    return Group(label, tuple(Column(name, value) for name, value in pairs))


def receptions_table(figures: dict) -> FigureTable:
    r = figures.get("receptions", {})
    return FigureTable("receptions", "Tiếp công dân", "Công tác tiếp công dân", (
        _group("Số buổi tiếp", ("Tổng số", _n(r, "sessions")), ("Tiếp thường xuyên", _n(r, "regular")),
               ("Người đứng đầu tiếp", _n(r, "by_head"))),
        _group("Số người được tiếp", ("Lượt", _n(r, "visits")), ("Người", _n(r, "people"))),
        _group("Vụ việc", ("Tổng số", _n(r, "cases")), ("Tiếp lần đầu", _n(r, "cases_new")),
               ("Tiếp nhiều lần", _n(r, "cases_repeat"))),
        _group("Đoàn đông người", ("Số đoàn", _n(r, "delegations")), ("Số người", _n(r, "delegation_people"))),
    ))


def _petitions(figures: dict) -> dict:
    return upgrade_figures(figures).get("petitions", {})


def petitions_table(figures: dict, labels: CodeLabels) -> FigureTable:
    p = _petitions(figures)
    return FigureTable("petitions", "Xử lý đơn", "Tiếp nhận, phân loại và xử lý đơn thư", (
        _group("Tiếp nhận", ("Kỳ trước chuyển sang", _n(p, "carried_over")), ("Tiếp nhận trong kỳ", _n(p, "received")),
               ("Tổng số đơn", _n(p, "total"))),
        Group("Theo người đứng đơn", _by(labels, "signatories", p.get("by_signatories"))),
        Group("Phân loại theo nội dung", _by(labels, "petition_kinds", p.get("by_kind"))),
        _group("Đã xử lý", ("Số đơn đã xử lý", _n(p, "processed")),
               ("Không đủ điều kiện xử lý", _n(p, "not_eligible")), ("Đủ điều kiện xử lý", _n(p, "eligible"))),
        _group("Đơn đủ điều kiện xử lý", ("Thuộc thẩm quyền", _n(p, "in_competence")),
               ("Không thuộc thẩm quyền", _n(p, "out_of_competence"))),
        _group("Đơn không thuộc thẩm quyền", ("Hướng dẫn", _n(p, "guided")), ("Chuyển đơn", _n(p, "forwarded")),
               ("Đôn đốc giải quyết", _n(p, "urged"))),
    ))


def petition_fields_table(figures: dict, labels: CodeLabels) -> FigureTable:
    p = _petitions(figures)
    return FigureTable("petition_fields", "Đơn theo lĩnh vực", "Đơn thư theo lĩnh vực",
                       (Group("Theo lĩnh vực", _by(labels, "petition_fields", p.get("by_field"))),))


def resolution_table(figures: dict, labels: CodeLabels) -> FigureTable:
    """Acceptance and resolution; the results of complaints and the conclusions on
    denunciations are tables of their own (``complaint_results_table``,
    ``denunciation_results_table``), as the Inspectorate's forms keep them apart."""
    p = _petitions(figures)
    results = (Group("Kết quả (chưa tách khiếu nại, tố cáo)", _by(labels, "results", p["results"])),) \
        if isinstance(p.get("results"), dict) else ()  # figures of format 1
    return FigureTable("resolution", "Giải quyết KN-TC", "Giải quyết khiếu nại, tố cáo", (
        _group("Thụ lý, giải quyết", ("Thụ lý", _n(p, "accepted")), ("Đã giải quyết", _n(p, "resolved")),
               ("Đúng hạn", _n(p, "resolved_on_time")), ("Quá hạn", _n(p, "resolved_late"))),
        *results,
        _group("Khác", ("Rút đơn", _n(p, "withdrawn")), ("Chưa giải quyết xong", _n(p, "pending")),
               ("Trong đó quá hạn", _n(p, "overdue"))),
    ))


def _one_per_row(columns: tuple[Column, ...]) -> tuple[Group, ...]:
    return tuple(Group("", (c,)) for c in columns)


def complaint_results_table(figures: dict, labels: CodeLabels) -> FigureTable:
    """Complaints resolved in the period by result: đúng, sai, đúng một phần (vụ việc)."""
    p = _petitions(figures)
    columns = tuple(Column(f"Khiếu nại {c.label[:1].lower()}{c.label[1:]}", c.value)
                    for c in _by(labels, "results", p.get("complaint_results")))
    return FigureTable("complaint_results", "Kết quả GQ khiếu nại", "Kết quả giải quyết khiếu nại",
                       _one_per_row(columns), ("TT", "Kết quả giải quyết khiếu nại", "Số vụ việc"))


def denunciation_results_table(figures: dict, labels: CodeLabels) -> FigureTable:
    """Denunciations concluded in the period: đúng, sai, có đúng có sai (vụ việc)."""
    p = _petitions(figures)
    return FigureTable("denunciation_results", "Kết luận nội dung tố cáo", "Kết luận nội dung tố cáo",
                       _one_per_row(_by(labels, "denunciation_results", p.get("denunciation_results"))),
                       ("TT", "Kết luận nội dung tố cáo", "Số vụ việc"))


RESULT_TABLES = ("complaint_results", "denunciation_results")  # printed under "Giải quyết khiếu nại, tố cáo"


def activity_rows(figures: dict, labels: CodeLabels) -> list[tuple[str, int, int]]:
    """(kind label, count, participants) per activity kind."""
    by_kind = figures.get("activities", {}).get("by_kind", {}) or {}
    return [(labels.label("activity_kinds", code), _n(by_kind[code], "count"), _n(by_kind[code], "participants"))
            for code in labels.ordered("activity_kinds", by_kind)]


def activities_table(figures: dict, labels: CodeLabels) -> FigureTable:
    a = figures.get("activities", {})
    per_kind = tuple(_group(name, ("Số cuộc", count), ("Người tham dự", people))
                     for name, count, people in activity_rows(figures, labels))
    return FigureTable("activities", "Hoạt động", "Hoạt động dân vận", (
        _group("Tổng số", ("Số cuộc", _n(a, "count")), ("Người tham dự", _n(a, "participants")),
               ("Nữ", _n(a, "women")), ("Dân tộc thiểu số", _n(a, "ethnic_minority")),
               ("Tôn giáo", _n(a, "religious"))),
        *per_kind,
    ))


def models_table(figures: dict, labels: CodeLabels) -> FigureTable:
    m = figures.get("models", {})
    return FigureTable("models", "Mô hình", "Phong trào thi đua “Dân vận khéo”", (
        _group("Mô hình", ("Tổng số", _n(m, "count")), ("Được khen thưởng", _n(m, "recognised"))),
        Group("Theo lĩnh vực", _by(labels, "model_fields", m.get("by_field"))),
        Group("Theo tình trạng", _by(labels, "model_statuses", m.get("by_status"))),
    ))


def democracy_table(figures: dict, labels: CodeLabels) -> FigureTable:
    d = figures.get("democracy", {})
    return FigureTable("democracy", "Dân chủ cơ sở", "Thực hiện dân chủ ở cơ sở",
                       (Group("Số nội dung", _by(labels, "democracy_kinds", d.get("by_kind"))),))


def topic_tables(figures: dict, labels: CodeLabels) -> list[FigureTable]:
    """One table per directive section (``figures["topics"]``), titled from the rule data
    (labels ``topic_titles`` and ``topic_items`` keyed "topic.item"); none for figures without
    topics (format 1)."""
    topics = figures.get("topics") if isinstance(figures.get("topics"), dict) else {}
    tables = []
    for code in labels.ordered("topic_titles", topics):
        items = topics[code] if isinstance(topics[code], dict) else {}
        columns = tuple(Column(labels.label("topic_items", f"{code}.{item}"), _n(items, item)) for item in items)
        title = labels.label("topic_titles", code)
        # one numbered line per item: the section's title is already the heading above the table
        tables.append(FigureTable(f"topic:{code}", title, title, tuple(Group("", (c,)) for c in columns)))
    return tables


def topics_sheet(figures: dict, labels: CodeLabels) -> FigureTable | None:
    """The directive sections on one spreadsheet sheet, a column group per section."""
    tables = topic_tables(figures, labels)
    if not tables:
        return None
    return FigureTable("topics", "Nội dung theo chỉ thị", "Các nội dung theo chỉ thị của tỉnh",
                       tuple(Group(t.title, tuple(g.columns[0] for g in t.groups)) for t in tables))


def all_tables(figures: dict, labels: CodeLabels) -> list[FigureTable]:
    return [receptions_table(figures), petitions_table(figures, labels), resolution_table(figures, labels),
            *(t for t in (complaint_results_table(figures, labels), denunciation_results_table(figures, labels))
              if t.groups),  # figures of format 1 have no split results
            activities_table(figures, labels), models_table(figures, labels), democracy_table(figures, labels)]


def form_rows(table: FigureTable) -> tuple[list[list], list[int]]:
    """A figures table printed down the page (PDF and Word alike): rows of (TT, Nội dung,
    Số lượng) under the table's header row, each group a numbered header row over its "- "
    lines; returns the rows and the indexes of the group header rows."""
    rows: list[list] = [list(table.header)]
    group_rows = []
    for n, group in enumerate((g for g in table.groups if g.columns), 1):
        if len(group.columns) == 1 or not group.label:
            for column in group.columns:
                label = f"{group.label}: {column.label}" if group.label else column.label
                rows.append([n, label, format_count(column.value)])
            continue
        group_rows.append(len(rows))
        rows.append([n, group.label, ""])
        rows += [["", f"- {c.label}", format_count(c.value)] for c in group.columns]
    return rows, group_rows


def activity_matrix_rows(figures: dict, labels: CodeLabels) -> list[list]:
    """(TT, kind, count, participants) per activity kind under a header row, a total last."""
    rows: list[list] = [["TT", "Loại hoạt động", "Số cuộc", "Người tham dự"]]
    for n, (name, count, people) in enumerate(activity_rows(figures, labels), 1):
        rows.append([n, name, format_count(count), format_count(people)])
    a = figures.get("activities", {})
    rows.append(["", "Tổng cộng", format_count(_n(a, "count")), format_count(_n(a, "participants"))])
    return rows


def format_count(value: int) -> str:
    """Vietnamese thousands separator: 12.345."""
    return f"{value:,}".replace(",", ".")
