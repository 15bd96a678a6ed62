"""What loading a new rule file or unit list would change, in words an administrator reads.

Each kind of file is flattened into entries (a Vietnamese name → a Vietnamese value); two
versions are compared entry by entry: added, removed, changed. The preview is shown
before anything is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .petitions import KINDS
from .report_periods import KIND_LABELS, PeriodRules, ProvincePeriods
from .rules_data import DaysOff, Rule, RuleSet
from .self_assessment import Rubric
from .units import Unit

CHANGE_LABELS = {"added": "Thêm", "removed": "Bỏ", "changed": "Thay đổi"}
CLOCK_LABELS = {"working": "ngày làm việc", "calendar": "ngày"}
MODIFIER_LABELS = {"complex_days": "phức tạp", "remote_days": "vùng khó khăn",
                   "remote_complex_days": "vùng khó khăn, phức tạp", "verify_days": "cần xác minh"}


@dataclass(frozen=True)
class Change:
    kind: str  # added, removed, changed
    entry: str
    before: str = ""
    after: str = ""

    @property
    def label(self) -> str:
        return CHANGE_LABELS[self.kind]


def compare(old: dict[str, str], new: dict[str, str]) -> list[Change]:
    """Entries removed, changed, then added, each group in the order of its file."""
    removed = [Change("removed", k, before=v) for k, v in old.items() if k not in new]
    changed = [Change("changed", k, old[k], v) for k, v in new.items() if k in old and old[k] != v]
    added = [Change("added", k, after=v) for k, v in new.items() if k not in old]
    return removed + changed + added


def summary(changes: list[Change]) -> str:
    if not changes:
        return "Không có gì thay đổi so với đang dùng."
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in CHANGE_LABELS}
    words = {"added": "thêm", "removed": "bỏ", "changed": "thay đổi"}
    return ", ".join(f"{n} mục {words[kind]}" for kind, n in counts.items() if n).capitalize() + "."


def _dmy(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "nay"


def _rule_value(rule: Rule) -> str:
    parts = [f"{rule.days} {CLOCK_LABELS[rule.clock]}"]
    parts += [f"{label} {getattr(rule, name)}" for name, label in MODIFIER_LABELS.items() if getattr(rule, name)]
    if rule.max_extensions:
        parts.append(f"gia hạn {rule.max_extensions} lần × {rule.extension_days} ngày")
    return ", ".join(parts)


def time_limit_entries(rule_sets: list[RuleSet]) -> dict[str, str]:
    entries = {}
    for rule_set in rule_sets:
        name = f"Bộ quy tắc {rule_set.id}"
        entries[f"{name}: hiệu lực"] = (f"{_dmy(rule_set.effective_from)} – {_dmy(rule_set.effective_to)}"
                                        + (f" ({rule_set.source})" if rule_set.source else ""))
        for rule in rule_set.rules:
            kinds = ", ".join(KINDS.get(k, k).lower() for k in rule.kinds)
            attempt = f", lần {rule.attempt}" if rule.attempt else ""
            entries[f"{name}: {rule.label} ({kinds}{attempt})"] = _rule_value(rule)
    return entries


def days_off_entries(days: DaysOff) -> dict[str, str]:
    entries = {f"Ngày {day:%d/%m/%Y}": "ngày nghỉ" for day in sorted(days.days_off)}
    entries.update({f"Ngày {day:%d/%m/%Y}": "ngày làm việc (làm bù)" for day in sorted(days.working_days)})
    return dict(sorted(entries.items(), key=lambda item: item[0][-4:] + item[0][-7:-5] + item[0][-10:-8]))


def _province_entries(name: str, rules: ProvincePeriods) -> dict[str, str]:
    entries = {}
    for kind, rule in rules.rules.items():
        year = " năm trước" if rule.start_year == -1 else ""
        entries[f"{name}: kỳ {KIND_LABELS[kind]}"] = (
            f"số liệu từ {rule.start[1]:02d}/{rule.start[0]:02d}{year} đến {rule.end[1]:02d}/{rule.end[0]:02d}, "
            f"hạn nộp {rule.due[1]:02d}/{rule.due[0]:02d}")
    for period in rules.adhoc:
        entries[f"{name}: {period.label}"] = (f"số liệu từ {_dmy(period.start)} đến {_dmy(period.end)}, "
                                              f"hạn nộp {_dmy(period.due)}")
    return entries


def period_entries(rules: PeriodRules) -> dict[str, str]:
    entries = _province_entries("Mặc định", rules.default)
    for code, directives in rules.provinces.items():
        for province in directives:  # since the 2025 mergers: one directive per former province
            where = f" — xã mã {', '.join(f'{a}–{b}' for a, b in province.territory)}" if province.territory else ""
            entries.update(_province_entries(f"Tỉnh {code} ({province.name}{where})", province))
    return entries


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def rubric_entries(rubric: Rubric | None) -> dict[str, str]:
    if rubric is None:
        return {}
    entries = {"Tên bộ tiêu chí": rubric.name, "Tổng điểm tối đa": _points(rubric.maximum)}
    entries.update({f"Xếp loại {r.label}": f"từ {_points(r.minimum)} điểm" for r in rubric.ratings})
    for criterion in rubric.criteria:
        entries[f"Tiêu chí {criterion.code}"] = criterion.label
        entries.update({f"Tiêu chí {item.code}": f"{item.label} (tối đa {_points(item.maximum)} điểm)"
                        for item in criterion.items})
    return entries


def unit_entries(units: tuple[Unit, ...] | list[Unit]) -> dict[str, str]:
    names = {u.code: u.name for u in units}
    return {f"{u.level.label} {u.code}": u.name + (f" (thuộc {names.get(u.parent_code, u.parent_code)})"
                                                  if u.parent_code else "")
            for u in units}
