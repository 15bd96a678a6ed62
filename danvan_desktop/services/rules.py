"""Which rule files are in force: the bundled ones, or newer ones an administrator loaded.

A loaded file lives in the data folder (``<data>/rules/``), so it survives an app update
and needs no new release when a law or the year's days off change. It is parsed and
checked before it replaces anything, and the change is logged.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from ..domain.report_periods import PeriodRules, parse_period_rules
from ..domain.rules_data import RuleSet, parse_days_off, parse_rule_sets
from ..domain.users import Permission
from ..domain.workcalendar import WorkCalendar
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


def rule_files() -> dict[str, str]:
    """Which file each kind of rule comes from, for ``danvan rules`` and the settings page."""
    return {name: str(_active_path(name)) for name in FILES.values()}


PARSERS = {"danvan-time-limits": parse_rule_sets, "danvan-days-off": parse_days_off,
           "danvan-report-periods": parse_period_rules}


def install_rule_file(session: Session, source: Path) -> str:
    """Check and install a time-limit or days-off file; returns which one it replaced."""
    session.require(Permission.MANAGE_UNITS)
    try:
        text = Path(source).read_text("utf-8")
        kind = json.loads(text).get("format")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
        raise ValidationError(f"Không đọc được tệp quy tắc {source} (cần JSON UTF-8).") from exc
    name = FILES.get(kind)
    if name is None:
        raise ValidationError("Tệp không phải bộ quy tắc thời hạn (danvan-time-limits), lịch ngày nghỉ "
                              "(danvan-days-off) hay danh mục kỳ báo cáo (danvan-report-periods).")
    PARSERS[kind](text)  # refuse before writing
    folder = data_dir() / "rules"
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(folder / name, text.encode("utf-8"), mode=0o644)
    clear_caches()
    with writing(session.store):
        audit(session.store, session.user.username, "rules.install", "rules", name, {"source": Path(source).name})
    return name
