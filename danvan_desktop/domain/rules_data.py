"""Reading the rule files in ``resources/rules``: legal time limits and days off.

The formats are versioned (``docs/time-limits.md``) so an administrator can load a new
rule set when a law changes, or the year's days off, without a new release. Parsing
takes text and returns values; every mistake in a file is a Vietnamese
:class:`ValidationError` naming what is wrong, so a bad file is refused before use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from ..errors import ValidationError
from .petitions import COMPETENCE, EVENT_KINDS, KINDS, SIGNATORIES

TIME_LIMITS_FORMAT = "danvan-time-limits"
DAYS_OFF_FORMAT = "danvan-days-off"
STEPS = ("process", "accept", "notify", "resolve")
CLOCKS = ("calendar", "working")
START_EVENTS = ("received", "accepted")
_MODIFIERS = ("complex_days", "remote_days", "remote_complex_days", "verify_days")
# Unit levels a rule can be limited to (domain.units.Level values).
LEVELS = ("commune", "district", "province")
# Conditions on the petition that decide whether a rule applies (absent: any value).
_CONDITIONS = ("competence", "signatories", "levels")
_RULE_KEYS = frozenset({"step", "label", "kinds", "attempt", "start_event", "done_events", "clock", "days",
                        "extension_days", "max_extensions", "basis", "verified", "suspendable",
                        *_MODIFIERS, *_CONDITIONS})
# Shown next to a deadline whose rule could not be checked against the text of the law.
UNVERIFIED_MARK = "chưa đối chiếu văn bản"
# A petition not yet classified by competence is handled as within competence.
WITHIN_COMPETENCE = "thuoc_tham_quyen"


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
    basis: str = ""
    competence: tuple[str, ...] | None = None
    signatories: tuple[str, ...] | None = None
    levels: tuple[str, ...] | None = None
    suspendable: bool = False
    verified: bool = True

    def applies_to(self, kind: str, attempt: int, competence: str | None = None, signatories: str | None = None,
                   level: str | None = None) -> bool:
        """Whether the rule covers a petition. ``None`` for a fact means "not known": a
        petition not yet classified counts as within competence; an unknown level or
        signatory does not exclude a rule."""
        return (kind in self.kinds and (self.attempt is None or self.attempt == attempt)
                and (self.competence is None or (competence or WITHIN_COMPETENCE) in self.competence)
                and (self.signatories is None or signatories is None or signatories in self.signatories)
                and (self.levels is None or level is None or level in self.levels))

    def length(self, complex_: bool, remote: bool, verify: bool) -> int:
        """The longest limit among those that apply (the law grants the longer one)."""
        options = [self.days]
        if complex_:
            options.append(self.complex_days)
        if remote:
            options.append(self.remote_days)
        if remote and complex_:
            options.append(self.remote_complex_days)
        if verify:
            options.append(self.verify_days)
        return max(n for n in options if n)


@dataclass(frozen=True)
class RuleSet:
    id: str
    effective_from: date
    effective_to: date | None
    source: str
    rules: tuple[Rule, ...]

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def rule_for(self, step: str, kind: str, attempt: int, competence: str | None = None,
                 signatories: str | None = None, level: str | None = None) -> Rule | None:
        """The first rule of ``step`` that applies to such a petition (see ``Rule.applies_to``);
        each answer is kept, the deadline engine asks the same few questions again and again."""
        key = (step, kind, attempt, competence, signatories, level)
        known = self._answers
        if key not in known:
            known[key] = next((r for r in self.rules if r.step == step
                               and r.applies_to(kind, attempt, competence, signatories, level)), None)
        return known[key]

    @cached_property
    def _answers(self) -> dict[tuple, Rule | None]:
        return {}


class DaysOff(NamedTuple):
    """The official arrangements of ``days_off.json``, all years together. ``years`` are
    the years whose arrangement is loaded: for them the file is the whole truth (a day
    the ``holidays`` package adds without an official source is not a day off)."""

    days_off: frozenset[date]
    working_days: frozenset[date]
    years: frozenset[int] = frozenset()
    sources: tuple[tuple[date, str], ...] = ()


def rule_set_in_force(rule_sets, day: date) -> RuleSet | None:
    """The set in force on ``day``; when ranges overlap, the one that took effect last."""
    candidates = [s for s in rule_sets if s.in_force(day)]
    return max(candidates, key=lambda s: s.effective_from) if candidates else None


def rule_set_for(rule_sets, day: date) -> RuleSet:
    """Like :func:`rule_set_in_force`, but no set at all is an error the user can read."""
    found = rule_set_in_force(rule_sets, day)
    if found is None:
        raise ValidationError(f"Không có bộ quy tắc thời hạn nào có hiệu lực ngày {day:%d/%m/%Y}.")
    return found


def _load_json(text: str, what: str, expected_format: str) -> dict:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Tệp {what} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}).") from exc
    if not isinstance(raw, dict) or raw.get("format") != expected_format:
        raise ValidationError(f"Tệp không phải {what} (cần \"format\": \"{expected_format}\").")
    if raw.get("version") != 1:
        raise ValidationError(f"Tệp {what} phiên bản {raw.get('version')!r} không được hỗ trợ (cần phiên bản 1); "
                              "hãy cập nhật ứng dụng.")
    return raw


def _iso_date(value, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{where}: ngày “{value}” không hợp lệ (cần dạng YYYY-MM-DD).") from None


def _positive(value, where: str, name: str, allow_zero: bool = False) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(f"{where}: “{name}” phải là số nguyên {'không âm' if allow_zero else 'dương'}.")
    return value


def _names(values, allowed, where: str, name: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not values:
        raise ValidationError(f"{where}: “{name}” phải là danh sách không rỗng.")
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValidationError(f"{where}: “{name}” có giá trị không hợp lệ: {', '.join(map(str, unknown))}; "
                              f"chọn trong: {', '.join(allowed)}.")
    return tuple(values)


def _parse_rule(r, where: str) -> Rule:
    if not isinstance(r, dict):
        raise ValidationError(f"{where} không hợp lệ (cần một đối tượng JSON).")
    label = r.get("label")
    if not isinstance(label, str) or not label.strip():
        raise ValidationError(f"{where} cần “label” (tên bước bằng tiếng Việt).")
    where = f"{where} “{label}”"
    unknown = sorted(set(r) - _RULE_KEYS)
    if unknown:  # a misspelt modifier would otherwise be ignored without a word
        raise ValidationError(f"{where}: khóa không hợp lệ: {', '.join(unknown)}.")
    if r.get("step") not in STEPS:
        raise ValidationError(f"{where}: bước “{r.get('step')}” không hợp lệ; chọn trong: {', '.join(STEPS)}.")
    if r.get("clock") not in CLOCKS:
        raise ValidationError(f"{where}: cách tính ngày “{r.get('clock')}” không hợp lệ; chọn calendar hoặc working.")
    if r.get("start_event") not in START_EVENTS:
        raise ValidationError(f"{where}: mốc bắt đầu “{r.get('start_event')}” không hợp lệ; "
                              f"chọn trong: {', '.join(START_EVENTS)}.")
    if r.get("attempt") not in (None, 1, 2):
        raise ValidationError(f"{where}: “attempt” chỉ có thể là 1 hoặc 2.")
    modifiers = {m: _positive(r[m], where, m) for m in _MODIFIERS if r.get(m) is not None}
    conditions = {}
    for name, allowed in (("competence", tuple(COMPETENCE)), ("signatories", tuple(SIGNATORIES)),
                          ("levels", LEVELS)):
        if r.get(name) is not None:
            conditions[name] = _names(r[name], allowed, where, name)
    for flag in ("verified", "suspendable"):
        if flag in r and not isinstance(r[flag], bool):
            raise ValidationError(f"{where}: “{flag}” phải là true hoặc false.")
    extension_days = _positive(r.get("extension_days", 0), where, "extension_days", allow_zero=True)
    max_extensions = _positive(r.get("max_extensions", 0), where, "max_extensions", allow_zero=True)
    if bool(extension_days) != bool(max_extensions):
        raise ValidationError(f"{where}: “extension_days” và “max_extensions” phải cùng có (hoặc cùng không có).")
    return Rule(
        step=r["step"], label=label.strip(), kinds=_names(r.get("kinds"), tuple(KINDS), where, "kinds"),
        start_event=r["start_event"], clock=r["clock"], days=_positive(r.get("days"), where, "days"),
        done_events=_names(r.get("done_events"), tuple(EVENT_KINDS), where, "done_events"),
        attempt=r.get("attempt"), extension_days=extension_days, max_extensions=max_extensions,
        basis=str(r.get("basis", "")), verified=r.get("verified", True), suspendable=r.get("suspendable", False),
        **modifiers, **conditions,
    )


def _check_no_overlap(rules: list[Rule], set_id: str) -> None:
    """Two rules for one step and one kind would make the limit depend on file order."""
    for i, a in enumerate(rules):
        for b in rules[i + 1:]:
            same_attempt = a.attempt is None or b.attempt is None or a.attempt == b.attempt
            shared = set(a.kinds) & set(b.kinds)
            same_case = all(x is None or y is None or set(x) & set(y)
                            for x, y in ((a.competence, b.competence), (a.signatories, b.signatories),
                                         (a.levels, b.levels)))
            if a.step == b.step and shared and same_attempt and same_case:
                raise ValidationError(f"Bộ quy tắc {set_id}: “{a.label}” và “{b.label}” cùng áp dụng cho bước "
                                      f"{a.step} của loại đơn {', '.join(sorted(shared))}.")


def parse_rule_sets(text: str) -> list[RuleSet]:
    """The rule sets of a ``danvan-time-limits`` file, oldest first."""
    raw = _load_json(text, "quy tắc thời hạn", TIME_LIMITS_FORMAT)
    items = raw.get("rule_sets")
    if not isinstance(items, list) or not items:
        raise ValidationError("Tệp thời hạn không có bộ quy tắc nào (“rule_sets” rỗng).")
    sets, seen = [], set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"].strip():
            raise ValidationError(f"Bộ quy tắc thứ {n} cần “id”.")
        set_id = item["id"].strip()
        if set_id in seen:
            raise ValidationError(f"Mã bộ quy tắc “{set_id}” bị trùng.")
        seen.add(set_id)
        where = f"Bộ quy tắc {set_id}"
        start = _iso_date(item.get("effective_from"), f"{where}, effective_from")
        end = _iso_date(item["effective_to"], f"{where}, effective_to") if item.get("effective_to") else None
        if end is not None and end < start:
            raise ValidationError(f"{where}: ngày hết hiệu lực {end:%d/%m/%Y} trước ngày có hiệu lực {start:%d/%m/%Y}.")
        raw_rules = item.get("rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            raise ValidationError(f"{where} không có quy tắc nào.")
        rules = [_parse_rule(r, f"{where}, quy tắc thứ {i}") for i, r in enumerate(raw_rules, 1)]
        _check_no_overlap(rules, set_id)
        sets.append(RuleSet(set_id, start, end, str(item.get("source", "")), tuple(rules)))
    return sorted(sets, key=lambda s: s.effective_from)


def parse_days_off(text: str) -> DaysOff:
    """The extra days off and worked days of a ``danvan-days-off`` file."""
    raw = _load_json(text, "lịch ngày nghỉ", DAYS_OFF_FORMAT)
    years = raw.get("years")
    if not isinstance(years, dict):
        raise ValidationError("Tệp lịch ngày nghỉ cần mục “years” (mỗi năm một mục).")
    off: set[date] = set()
    working: set[date] = set()
    sources: list[tuple[date, str]] = []
    for year, entry in years.items():
        if not (isinstance(year, str) and year.isdigit() and len(year) == 4) or not isinstance(entry, dict):
            raise ValidationError(f"Năm “{year}” trong lịch ngày nghỉ không hợp lệ.")
        for key, target in (("days_off", off), ("working_days", working)):
            items = entry.get(key, [])
            if not isinstance(items, list):
                raise ValidationError(f"Năm {year}: “{key}” phải là danh sách.")
            for item in items:
                if not isinstance(item, dict):
                    raise ValidationError(f"Năm {year}: mỗi mục của “{key}” cần “date”, “note” và “source”.")
                day = _iso_date(item.get("date"), f"Lịch ngày nghỉ năm {year}")
                if day.year != int(year):
                    raise ValidationError(f"Ngày {day:%d/%m/%Y} nằm trong mục năm {year}.")
                source = item.get("source")
                if not isinstance(source, str) or not source.strip():
                    raise ValidationError(f"Ngày {day:%d/%m/%Y}: cần “source” (số và ngày của văn bản quy định "
                                          f"ngày này, hoặc “{UNVERIFIED_MARK}”).")
                target.add(day)
                sources.append((day, source.strip()))
    clash = off & working
    if clash:
        raise ValidationError(f"Ngày {min(clash):%d/%m/%Y} vừa là ngày nghỉ vừa là ngày làm việc.")
    return DaysOff(frozenset(off), frozenset(working), frozenset(int(y) for y in years), tuple(sorted(sources)))


def load_rule_sets(path: Path) -> list[RuleSet]:
    return parse_rule_sets(Path(path).read_text("utf-8"))


def load_days_off(path: Path) -> DaysOff:
    return parse_days_off(Path(path).read_text("utf-8"))


@lru_cache(maxsize=1)
def load_default_rules() -> tuple[RuleSet, ...]:
    """The rule sets bundled with the app (an administrator's file is the services' concern)."""
    from ..paths import resource

    return tuple(load_rule_sets(resource("rules", "time_limits.json")))


@lru_cache(maxsize=1)
def load_default_days_off() -> DaysOff:
    from ..paths import resource

    return load_days_off(resource("rules", "days_off.json"))


def load_default_calendar():
    """The bundled calendar: ``holidays`` package plus ``days_off.json``."""
    from .workcalendar import WorkCalendar

    return WorkCalendar.default(load_default_days_off())
