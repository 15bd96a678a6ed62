"""Report periods as data: which window of records a report covers and when it is due.

Each province sets its own windows and due dates (DOMAIN.md §3); the rule file
``resources/rules/report_periods.json`` holds a default (the data windows of Nghị định
09/2019/NĐ-CP Điều 12) and the provinces' directives, each period with the document it comes
from and the quoted due clause ("trước ngày 15/11" is due on 14/11). A directive lists only
the periods it asks for; the others are the default's, shown with the default's source.
Since the 2025 mergers a former province's directive applies to the communes of its former
territory, told by their commune codes (the statistics office's codes run in one range per
former province and were kept by the mergers). A period id names the report: ``2026-H1``
(6 months), ``2026`` (the year), or an ad-hoc id of the province's list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError

KIND_LABELS = {"6_thang": "6 tháng", "ca_nam": "năm", "dot_xuat": "đột xuất"}
_ID = re.compile(r"^(?P<year>\d{4})(?P<half>-H1)?$")
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Period:
    id: str
    kind: str
    label: str
    start: date
    end: date
    due: date
    source: str = ""  # the document the period comes from
    due_clause: str = ""  # its words on the due date (quoted)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def days_to_due(self, today: date) -> int:
        return (self.due - today).days

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "label": self.label, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "due": self.due.isoformat()}


@dataclass(frozen=True)
class PeriodRule:
    kind: str
    start: tuple[int, int]
    start_year: int
    end: tuple[int, int]
    due: tuple[int, int]
    source: str = ""
    due_clause: str = ""


@dataclass(frozen=True)
class ProvincePeriods:
    name: str
    rules: dict[str, PeriodRule]
    adhoc: tuple[Period, ...] = ()
    source: str = ""
    # (first, last) commune codes of the former province whose directive this is; () = all
    territory: tuple[tuple[str, str], ...] = ()
    models_required: int = 0  # a directive's minimum of "Dân vận khéo" models (0: a suggestion only)
    models_clause: str = ""

    def covers(self, commune_code: str | None) -> bool:
        return not self.territory or any(first <= (commune_code or "") <= last for first, last in self.territory)


@dataclass(frozen=True)
class PeriodRules:
    default: ProvincePeriods
    provinces: dict[str, tuple[ProvincePeriods, ...]]

    def for_province(self, code: str | None, commune_code: str | None = None) -> ProvincePeriods:
        """The directive in force for a unit: the entry of its province whose former territory
        holds the commune's code (or that has none), with the periods it does not set taken
        from the default; the default elsewhere."""
        for entry in self.provinces.get(code or "", ()):
            if entry.territory and not (commune_code and entry.covers(commune_code)):
                continue
            return ProvincePeriods(entry.name, {**self.default.rules, **entry.rules}, entry.adhoc, entry.source,
                                   entry.territory, entry.models_required, entry.models_clause)
        return self.default


def _month_day(value, where: str) -> tuple[int, int]:
    match = _MONTH_DAY.match(str(value))
    if not match:
        raise ValidationError(f"Tệp kỳ báo cáo: {where} phải có dạng MM-DD, không phải “{value}”.")
    month, day = int(match[1]), int(match[2])
    try:
        date(2024, month, day)  # a leap year: 02-29 is allowed, it is clamped later
    except ValueError:
        raise ValidationError(f"Tệp kỳ báo cáo: {where} “{value}” không phải ngày có thật.") from None
    return month, day


def _iso(value, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"Tệp kỳ báo cáo: {where} “{value}” không phải ngày YYYY-MM-DD.") from None


def _province(raw: dict, where: str, complete: bool = False) -> ProvincePeriods:
    rules = {}
    source = str(raw.get("source", ""))
    for item in raw.get("periods", []):
        kind = item.get("kind")
        if kind not in ("6_thang", "ca_nam") or kind in rules:
            raise ValidationError(f"Tệp kỳ báo cáo: {where} có loại kỳ “{kind}” không hợp lệ hoặc bị lặp "
                                  "(6_thang, ca_nam).")
        rules[kind] = PeriodRule(kind, _month_day(item.get("start"), f"{where} {kind} start"),
                                 int(item.get("start_year", 0)), _month_day(item.get("end"), f"{where} {kind} end"),
                                 _month_day(item.get("due"), f"{where} {kind} due"), source,
                                 str(item.get("due_clause", "")))
    if complete and set(rules) != {"6_thang", "ca_nam"}:
        raise ValidationError(f"Tệp kỳ báo cáo: {where} phải có cả kỳ 6 tháng và kỳ năm.")
    territory = []
    for pair in (raw.get("former_territory") or {}).get("commune_codes", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(c, str) and c.isdigit() for c in pair)
                and pair[0] <= pair[1]):
            raise ValidationError(f"Tệp kỳ báo cáo: {where} có dải mã xã “{pair}” không hợp lệ "
                                  "(cần [\"mã đầu\", \"mã cuối\"]).")
        territory.append((pair[0], pair[1]))
    models = raw.get("models_required") or {}
    adhoc = []
    for item in raw.get("adhoc", []):
        period = Period(str(item.get("id", "")), "dot_xuat", f"{item.get('label', '')}".strip(),
                        _iso(item.get("start"), f"{where} đột xuất start"),
                        _iso(item.get("end"), f"{where} đột xuất end"), _iso(item.get("due"), f"{where} đột xuất due"))
        if not period.id or not period.label or period.end < period.start or period.due < period.end:
            raise ValidationError(f"Tệp kỳ báo cáo: kỳ đột xuất “{period.id}” của {where} thiếu mã, tên, "
                                  "hoặc có ngày kết thúc trước ngày bắt đầu, hạn nộp trước ngày kết thúc.")
        adhoc.append(period)
    return ProvincePeriods(str(raw.get("name", where)), rules, tuple(adhoc), source, tuple(territory),
                           int(models.get("min", 0)), str(models.get("clause", "")))


def parse_period_rules(text: str) -> PeriodRules:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Tệp kỳ báo cáo không phải JSON hợp lệ: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("format") != "danvan-report-periods":
        raise ValidationError("Tệp không phải danh mục kỳ báo cáo (danvan-report-periods).")
    provinces: dict[str, tuple[ProvincePeriods, ...]] = {}
    for item in raw.get("provinces", []):
        code = str(item.get("code", ""))
        entry = _province(item, f"tỉnh {item.get('name', code)}")
        whole = [e for e in provinces.get(code, ()) if not e.territory]
        if not code or (not entry.territory and whole):
            raise ValidationError(f"Tệp kỳ báo cáo: mã tỉnh “{code}” trống hoặc bị lặp.")
        provinces[code] = (*provinces.get(code, ()), entry)
    return PeriodRules(_province(raw.get("default", {}), "mặc định", complete=True), provinces)


def _on(year: int, month_day: tuple[int, int]) -> date:
    month, day = month_day
    try:
        return date(year, month, day)
    except ValueError:  # 29/02 in a common year
        return date(year, month, day - 1)


def _window(rule: PeriodRule, year: int) -> tuple[date, date, date]:
    end = _on(year, rule.end)
    due = _on(year, rule.due)
    if due < end:  # a due date early in the next year
        due = _on(year + 1, rule.due)
    return _on(year + rule.start_year, rule.start), end, due


def period_label(kind: str, year: int) -> str:
    return f"6 tháng đầu năm {year}" if kind == "6_thang" else f"năm {year}"


def resolve_period(rules: ProvincePeriods, period_id: str) -> Period:
    """The period named by ``2026-H1``, ``2026`` or an ad-hoc id of the province."""
    period_id = (period_id or "").strip().upper()
    for period in rules.adhoc:
        if period.id.upper() == period_id:
            return period
    match = _ID.match(period_id)
    if not match or not 2000 <= int(match["year"]) <= 2100:
        known = ", ".join(p.id for p in rules.adhoc)
        raise ValidationError(f"Kỳ báo cáo “{period_id}” không hợp lệ: dùng dạng 2026-H1 (6 tháng) hoặc 2026 (năm)"
                              + (f", hoặc kỳ đột xuất {known}." if known else "."), "period")
    year = int(match["year"])
    kind = "6_thang" if match["half"] else "ca_nam"
    rule = rules.rules[kind]
    start, end, due = _window(rule, year)
    return Period(f"{year}-H1" if kind == "6_thang" else str(year), kind, period_label(kind, year), start, end, due,
                  rule.source, rule.due_clause)


def periods_around(rules: ProvincePeriods, today: date) -> list[Period]:
    """The regular periods of last year, this year and next year, and the ad-hoc ones, in time order."""
    found = [resolve_period(rules, pid) for year in (today.year - 1, today.year, today.year + 1)
             for pid in (f"{year}-H1", str(year))]
    return sorted(found + list(rules.adhoc), key=lambda p: (p.due, p.end))


def current_period(rules: ProvincePeriods, today: date) -> Period:
    """The period whose report is due next: the first regular period not yet past its due date."""
    regular = [p for p in periods_around(rules, today) if p.kind != "dot_xuat"]
    return next(p for p in regular if p.due >= today)
