"""The official unit lists: the bundled one, loading a newer file, looking units up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..domain.rule_changes import Change, compare, unit_entries
from ..domain.units import Level, Unit, UnitList, parse_unit_list_csv, parse_unit_list_json, search_units
from ..domain.users import Permission
from ..domain import strict_json
from ..errors import NotFound, ValidationError
from ..paths import resource
from ..storage import units_repo
from ..text import fold
from .session import Session, audit, writing

BUNDLED_LIST_FILE = "vn-units-2025-07-01.json"


@lru_cache(maxsize=1)
def bundled_unit_list() -> UnitList:
    """The official list since 1/7/2025 (34 provinces, 3,321 communes), shipped with the app."""
    return parse_unit_list_json(resource("units", BUNDLED_LIST_FILE).read_text("utf-8"))


def find_in_bundled(code: str) -> Unit:
    """A province (1–2 digits) or a commune (3–5 digits) of the bundled list by its code."""
    text = code.strip()
    if text.isdigit() and len(text) <= 5:
        wanted = text.zfill(2) if len(text) <= 2 else text.zfill(5)
        level = Level.PROVINCE if len(text) <= 2 else Level.COMMUNE
        for unit in bundled_unit_list().units:
            if unit.code == wanted and unit.level is level:
                return unit
    raise NotFound(f"Không có đơn vị mã “{code}” trong danh mục đơn vị hành chính.")


def read_unit_list_file(path: Path, *, list_id: str | None = None, name: str | None = None,
                        effective_from: str | None = None, effective_to: str | None = None) -> UnitList:
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Không đọc được tệp {path} (cần văn bản UTF-8).") from exc
    try:
        if Path(path).suffix.lower() == ".csv":
            if not (list_id and name and effective_from):
                raise ValidationError("Danh mục CSV cần mã danh mục, tên và ngày hiệu lực.")
            return parse_unit_list_csv(text, list_id=list_id, name=name, effective_from=effective_from,
                                       effective_to=effective_to)
        strict_json.parse_document(text, strict_json.FILE_DEPTH)  # depth, size, characters: one line, not a crash
        return parse_unit_list_json(text)
    except (AttributeError, TypeError, KeyError) as exc:  # a shape the parser did not foresee
        raise ValidationError(f"Tệp {Path(path).name} không đúng cấu trúc danh mục đơn vị hành chính.") from exc


def install_unit_list(session: Session, unit_list: UnitList) -> dict[str, int]:
    """Load (or replace) an official list; admin only."""
    session.require(Permission.MANAGE_UNITS)
    with writing(session.store) as db:
        units_repo.save_list(db, unit_list)
        counts = units_repo.count_units(db, unit_list.list_id)
        audit(session.store, session.user.username, "unit_list.load", "unit_list", unit_list.list_id,
              {"name": unit_list.name, "counts": counts})
    return counts


@dataclass(frozen=True)
class UnitListPreview:
    """A checked unit list and how it differs from the stored list it replaces (or, for a
    new list, from the list in force today); nothing is written yet."""

    unit_list: UnitList
    compared_with: str
    changes: list[Change]


def preview_unit_list(session: Session, unit_list: UnitList, today: date | None = None) -> UnitListPreview:
    session.require(Permission.MANAGE_UNITS)
    stored = units_repo.units_of_list(session.db, unit_list.list_id)
    if stored:
        compared_with = f"Thay danh mục {unit_list.list_id} đã nạp."
    else:
        current = units_repo.current_list_id(session.db, today or date.today())
        stored = units_repo.units_of_list(session.db, current) if current else []
        compared_with = (f"Danh mục mới {unit_list.list_id}, so với danh mục đang có hiệu lực {current}."
                         if current else f"Danh mục mới {unit_list.list_id}.")
    return UnitListPreview(unit_list, compared_with, compare(unit_entries(stored), unit_entries(unit_list.units)))


def ensure_bundled_list(store) -> None:
    """Used at setup, before any user exists: the bundled list is part of the install."""
    unit_list = bundled_unit_list()
    if not any(row["id"] == unit_list.list_id for row in units_repo.lists(store.db)):
        units_repo.save_list(store.db, unit_list)


def search(store, query: str, level: Level | None = None, list_id: str | None = None) -> list[Unit]:
    list_id = list_id or bundled_unit_list().list_id
    return units_repo.search(store.db, list_id, fold(query), level)


def unit_lists(store) -> list[dict]:
    return units_repo.lists(store.db)


__all__ = ["bundled_unit_list", "find_in_bundled", "search_units", "install_unit_list", "read_unit_list_file"]
