"""Which rule files are in force: the bundled ones, or newer ones an administrator loaded.

A loaded file lives in the data folder (``<data>/rules/``), so it survives an app update
and needs no new release when a law or the year's days off change. It is parsed and
checked before it replaces anything, and the change is logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..domain.report_periods import PeriodRules, parse_period_rules
from ..domain.rule_changes import (
    Change, compare, days_off_entries, period_entries, rubric_entries, time_limit_entries,
)
from ..domain.rules_data import RuleSet, parse_days_off, parse_rule_sets
from ..domain.self_assessment import RUBRIC_FORMAT, Rubric, parse_rubric
from ..domain.users import Permission
from ..domain.workcalendar import WorkCalendar
from ..domain import strict_json
from ..errors import ValidationError
from ..paths import data_dir, resource
from ..storage.atomic import atomic_write_bytes
from .session import Session, audit, writing

log = logging.getLogger(__name__)
FILES = {"danvan-time-limits": "time_limits.json", "danvan-days-off": "days_off.json",
         "danvan-report-periods": "report_periods.json"}


def _active_path(name: str) -> Path:
    loaded = data_dir() / "rules" / name
    return loaded if loaded.is_file() else resource("rules", name)


@lru_cache(maxsize=1)
def active_rule_sets() -> list[RuleSet]:
    return parse_rule_sets(_active_path("time_limits.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def active_calendar() -> WorkCalendar:
    path = _active_path("days_off.json")
    try:
        return WorkCalendar.default(parse_days_off(path.read_text("utf-8")))
    except ValidationError as problem:
        # A file loaded by an older version (no "source" per day) is refused now; the bundled
        # calendar is used and the administrator is told to load the file again.
        if path == resource("rules", "days_off.json"):
            raise
        log.warning("days_off.json loaded earlier is no longer valid (%s); using the bundled one", problem)
        return WorkCalendar.default(parse_days_off(resource("rules", "days_off.json").read_text("utf-8")))


@lru_cache(maxsize=1)
def active_period_rules() -> PeriodRules:
    return parse_period_rules(_active_path("report_periods.json").read_text("utf-8"))


def clear_caches() -> None:
    active_rule_sets.cache_clear()
    active_calendar.cache_clear()
    active_period_rules.cache_clear()
    active_rubrics.cache_clear()
    for listener in _LISTENERS:
        listener()


def rule_files() -> dict[str, str]:
    """Which file each kind of rule comes from, for ``danvan rules`` and the settings page."""
    return {name: str(_active_path(name)) for name in FILES.values()}


PARSERS = {"danvan-time-limits": parse_rule_sets, "danvan-days-off": parse_days_off,
           "danvan-report-periods": parse_period_rules, RUBRIC_FORMAT: parse_rubric}
TITLES = {"danvan-time-limits": "Thời hạn giải quyết đơn", "danvan-days-off": "Lịch ngày nghỉ, ngày làm bù",
          "danvan-report-periods": "Kỳ báo cáo", RUBRIC_FORMAT: "Bộ tiêu chí tự đánh giá"}
RUBRIC_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@lru_cache(maxsize=1)
def active_rubrics() -> dict[str, Rubric]:
    """The bundled rubrics and those an administrator loaded (``<data>/rules/rubrics``), by id."""
    found = {}
    for folder in (resource("rules", "rubrics"), data_dir() / "rules" / "rubrics"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                rubric = parse_rubric(path.read_text("utf-8"))
                found[rubric.id] = rubric
    return found


_LISTENERS: list[Callable[[], None]] = []


def on_rules_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` (a cache's clear) whenever a rule file is loaded."""
    _LISTENERS.append(listener)


@dataclass(frozen=True)
class RulePreview:
    """A checked rule file and what loading it would change; nothing is written yet."""

    format: str
    title: str
    target: str  # its name under <data>/rules
    source_name: str
    text: str
    changes: list[Change]


def _entries(kind: str, text: str) -> tuple[dict[str, str], dict[str, str], str]:
    """The entries of the new file and of the one in force, and where it goes."""
    new = PARSERS[kind](text)
    if kind == "danvan-time-limits":
        return time_limit_entries(new), time_limit_entries(active_rule_sets()), FILES[kind]
    if kind == "danvan-days-off":
        current = parse_days_off(_active_path(FILES[kind]).read_text("utf-8"))
        return days_off_entries(new), days_off_entries(current), FILES[kind]
    if kind == "danvan-report-periods":
        return period_entries(new), period_entries(active_period_rules()), FILES[kind]
    if not RUBRIC_ID.match(new.id):
        raise ValidationError(f"Mã bộ tiêu chí “{new.id}” chỉ gồm chữ thường không dấu, chữ số, “_” và “-”.")
    return rubric_entries(new), rubric_entries(active_rubrics().get(new.id)), f"rubrics/{new.id}.json"


def preview_rule_file(session: Session, source: Path) -> RulePreview:
    """Read and check a rule file (time limits, days off, report periods or a rubric) and
    compare it with the one in force. A file that does not pass changes nothing."""
    session.require(Permission.MANAGE_UNITS)
    source = Path(source)
    try:
        text = source.read_text("utf-8")
        kind = strict_json.parse_document(text, strict_json.FILE_DEPTH).get("format")  # depth, size, characters
    except ValidationError as exc:
        raise ValidationError(f"Không đọc được tệp quy tắc {source.name} (cần JSON UTF-8): {exc}") from exc
    except (OSError, UnicodeDecodeError, AttributeError) as exc:
        raise ValidationError(f"Không đọc được tệp quy tắc {source.name} (cần JSON UTF-8).") from exc
    if kind not in PARSERS:
        raise ValidationError("Tệp không phải bộ quy tắc thời hạn (danvan-time-limits), lịch ngày nghỉ "
                              "(danvan-days-off), danh mục kỳ báo cáo (danvan-report-periods) hay bộ tiêu chí "
                              "tự đánh giá (danvan-rubric).")
    try:
        new, current, target = _entries(kind, text)
    except ValidationError:
        raise
    except (AttributeError, TypeError, ValueError, KeyError) as exc:  # a shape the parser did not foresee
        raise ValidationError(f"Tệp {source.name} không đúng cấu trúc của tệp {TITLES[kind].lower()}; "
                              "không có gì thay đổi.") from exc
    return RulePreview(kind, TITLES[kind], target, source.name, text, compare(current, new))


def apply_rule_file(session: Session, preview: RulePreview) -> str:
    """Install the file the preview checked (its text as read then); returns where it went."""
    session.require(Permission.MANAGE_UNITS)
    PARSERS[preview.format](preview.text)  # refuse before writing
    target = data_dir() / "rules" / preview.target
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, preview.text.encode("utf-8"), mode=0o644)
    clear_caches()
    with writing(session.store):
        audit(session.store, session.user.username, "rules.install", "rules", preview.target,
              {"source": preview.source_name, "changes": len(preview.changes)})
    return preview.target


def install_rule_file(session: Session, source: Path) -> str:
    """Check and install a rule file; returns which one it replaced."""
    return apply_rule_file(session, preview_rule_file(session, source))
