"""Reading the rule files in ``resources/rules``: legal time limits and days off.

The formats are versioned (``docs/time-limits.md``) so an administrator can load a new
rule set when a law changes, without a new release.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError

STEPS = ("process", "accept", "notify", "resolve")
CLOCKS = ("calendar", "working")


@dataclass(frozen=True)
class Rule:
    step: str
    label: str
    kinds: tuple[str, ...]
    start_event: str
    clock: str
    days: int
    done_events: tuple[str, ...]
    attempt: int | None = None
    complex_days: int | None = None
    remote_days: int | None = None
    remote_complex_days: int | None = None
    verify_days: int | None = None
    extension_days: int = 0
    max_extensions: int = 0

    def applies_to(self, kind: str, attempt: int) -> bool:
        return kind in self.kinds and (self.attempt is None or self.attempt == attempt)

    def length(self, complex_: bool, remote: bool, verify: bool) -> int:
        if verify and self.verify_days:
            return self.verify_days
        if remote and complex_ and self.remote_complex_days:
            return self.remote_complex_days
        if remote and self.remote_days:
            return self.remote_days
        if complex_ and self.complex_days:
            return self.complex_days
        return self.days


@dataclass(frozen=True)
class RuleSet:
    id: str
    effective_from: date
    effective_to: date | None
    source: str
    rules: tuple[Rule, ...]

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


def parse_rule_sets(text: str) -> list[RuleSet]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Tệp thời hạn không phải JSON hợp lệ (dòng {exc.lineno}).") from exc
    if raw.get("format") != "danvan-time-limits" or raw.get("version") != 1:
        raise ValidationError("Tệp không phải bộ quy tắc thời hạn (danvan-time-limits, phiên bản 1).")
    sets = []
    for item in raw.get("rule_sets", []):
        rules = []
        for r in item.get("rules", []):
            if r.get("step") not in STEPS or r.get("clock") not in CLOCKS:
                raise ValidationError(f"Quy tắc “{r.get('label', '?')}” có bước hoặc cách tính ngày không hợp lệ.")
            if not isinstance(r.get("days"), int) or r["days"] <= 0:
                raise ValidationError(f"Quy tắc “{r.get('label', '?')}” cần số ngày dương.")
            rules.append(Rule(
                step=r["step"], label=r["label"], kinds=tuple(r["kinds"]), start_event=r["start_event"],
                clock=r["clock"], days=r["days"], done_events=tuple(r["done_events"]), attempt=r.get("attempt"),
                complex_days=r.get("complex_days"), remote_days=r.get("remote_days"),
                remote_complex_days=r.get("remote_complex_days"), verify_days=r.get("verify_days"),
                extension_days=r.get("extension_days", 0), max_extensions=r.get("max_extensions", 0),
            ))
        sets.append(RuleSet(
            id=item["id"], effective_from=date.fromisoformat(item["effective_from"]),
            effective_to=date.fromisoformat(item["effective_to"]) if item.get("effective_to") else None,
            source=item.get("source", ""), rules=tuple(rules),
        ))
    if not sets:
        raise ValidationError("Tệp thời hạn không có bộ quy tắc nào.")
    return sorted(sets, key=lambda s: s.effective_from)


def rule_set_for(rule_sets: list[RuleSet], day: date) -> RuleSet:
    """The set in force on ``day``: a clock is judged by the rules of the day it started."""
    candidates = [s for s in rule_sets if s.in_force(day)]
    if not candidates:
        raise ValidationError(f"Không có bộ quy tắc thời hạn nào có hiệu lực ngày {day:%d/%m/%Y}.")
    return candidates[-1]


def parse_days_off(text: str) -> tuple[set[date], set[date]]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Tệp lịch ngày nghỉ không phải JSON hợp lệ (dòng {exc.lineno}).") from exc
    if raw.get("format") != "danvan-days-off" or raw.get("version") != 1:
        raise ValidationError("Tệp không phải lịch ngày nghỉ (danvan-days-off, phiên bản 1).")
    off, working = set(), set()
    for year in raw.get("years", {}).values():
        off |= {date.fromisoformat(d["date"]) for d in year.get("days_off", [])}
        working |= {date.fromisoformat(d["date"]) for d in year.get("working_days", [])}
    if off & working:
        clash = min(off & working)
        raise ValidationError(f"Ngày {clash:%d/%m/%Y} vừa là ngày nghỉ vừa là ngày làm bù.")
    return off, working
