"""Administrative units and the official lists they come from.

Since 1 July 2025 local government has two levels (province -> commune); before that it
had three (province -> district -> commune). Each official list is kept whole, with the
date it took effect, so records made under the legacy hierarchy stay meaningful.
Codes follow the official scheme: province 2 digits, district 3, commune 5.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from ..errors import ValidationError
from ..text import clean, fold

UNIT_LIST_FORMAT = "danvan-unit-list"
UNIT_LIST_FORMAT_VERSION = 1


class Level(str, Enum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def label(self) -> str:
        return {"province": "Tỉnh/thành phố", "district": "Huyện/quận", "commune": "Xã/phường"}[self.value]


CODE_LENGTH = {Level.PROVINCE: 2, Level.DISTRICT: 3, Level.COMMUNE: 5}

# Division types as written in the official lists, mapped to their level.
DIVISION_LEVEL = {
    "tỉnh": Level.PROVINCE,
    "thành phố trung ương": Level.PROVINCE,
    "huyện": Level.DISTRICT,
    "quận": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "thành phố thuộc tỉnh": Level.DISTRICT,
    "thành phố thuộc thành phố trung ương": Level.DISTRICT,
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "đặc khu": Level.COMMUNE,
}


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    division_type: str
    level: Level
    parent_code: str | None = None

    @property
    def search_key(self) -> str:
        return fold(f"{self.name} {self.code}")


@dataclass(frozen=True)
class UnitList:
    """One official list of units, e.g. QĐ 19/2025/QĐ-TTg effective 1/7/2025."""

    list_id: str
    name: str
    effective_from: date
    effective_to: date | None
    source: str
    units: tuple[Unit, ...] = field(repr=False)

    @property
    def levels(self) -> list[Level]:
        return sorted({u.level for u in self.units}, key=list(Level).index)


def normalise_code(code: str | int, level: Level) -> str:
    """Zero-pad a code read from a file or typed by the user ("2266" -> "02266")."""
    text = str(code).strip()
    if not text.isdigit():
        raise ValidationError(f"Mã đơn vị “{text}” phải gồm các chữ số.", "code")
    width = CODE_LENGTH[level]
    if len(text) > width:
        raise ValidationError(
            f"Mã {level.label.lower()} “{text}” dài quá {width} chữ số.", "code"
        )
    return text.zfill(width)


def _division_level(division_type: str) -> Level:
    level = DIVISION_LEVEL.get(clean(division_type).lower())
    if level is None:
        raise ValidationError(f"Loại đơn vị hành chính “{division_type}” không được hỗ trợ.")
    return level


def validate_unit_list(unit_list: UnitList) -> None:
    """Every code unique and well formed; every parent present and one level up."""
    if not unit_list.units:
        raise ValidationError("Danh mục đơn vị không có đơn vị nào.")
    by_code: dict[str, Unit] = {}
    for unit in unit_list.units:
        if unit.code in by_code:
            raise ValidationError(f"Mã đơn vị {unit.code} xuất hiện hai lần trong danh mục.")
        if not unit.name:
            raise ValidationError(f"Đơn vị mã {unit.code} không có tên.")
        by_code[unit.code] = unit
    three_level = Level.DISTRICT in {u.level for u in unit_list.units}
    for unit in unit_list.units:
        if unit.level is Level.PROVINCE:
            if unit.parent_code:
                raise ValidationError(f"Tỉnh {unit.name} không được có đơn vị cấp trên.")
            continue
        parent = by_code.get(unit.parent_code or "")
        if parent is None:
            raise ValidationError(
                f"Đơn vị {unit.name} ({unit.code}) trỏ tới đơn vị cấp trên {unit.parent_code} không có trong danh mục."
            )
        expected = {
            Level.DISTRICT: Level.PROVINCE,
            Level.COMMUNE: Level.DISTRICT if three_level else Level.PROVINCE,
        }[unit.level]
        if parent.level is not expected:
            raise ValidationError(
                f"Đơn vị {unit.name} ({unit.code}) phải thuộc một {expected.label.lower()}."
            )


def _parse_date(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"Ngày {what} “{value}” không đúng dạng YYYY-MM-DD.") from exc


def parse_unit_list_json(text: str) -> UnitList:
    """Read a list in this app's JSON format (see docs/unit-list-format.md)."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Tệp danh mục không phải JSON hợp lệ (dòng {exc.lineno}).") from exc
    if not isinstance(raw, dict) or raw.get("format") != UNIT_LIST_FORMAT:
        raise ValidationError("Tệp không phải danh mục đơn vị hành chính của Dân Vận Desktop.")
    if raw.get("version") != UNIT_LIST_FORMAT_VERSION:
        raise ValidationError(
            f"Danh mục có phiên bản định dạng {raw.get('version')}, ứng dụng này đọc phiên bản {UNIT_LIST_FORMAT_VERSION}."
        )
    units = []
    for item in raw.get("units", []):
        units.append(_unit_from_fields(item.get("code"), item.get("name"), item.get("type"), item.get("parent")))
    return _finish(raw.get("id"), raw.get("name"), raw.get("effective_from"), raw.get("effective_to"),
                   raw.get("source", ""), units)


def parse_unit_list_csv(text: str, *, list_id: str, name: str, effective_from: str,
                        effective_to: str | None = None, source: str = "") -> UnitList:
    """Read a CSV with the columns ``code,name,type,parent`` (UTF-8, header row)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    required = {"code", "name", "type", "parent"}
    if reader.fieldnames is None or not required <= {f.strip() for f in reader.fieldnames}:
        raise ValidationError("Tệp CSV danh mục phải có các cột: code, name, type, parent.")
    units = [
        _unit_from_fields(row["code"], row["name"], row["type"], row.get("parent") or None)
        for row in reader
    ]
    return _finish(list_id, name, effective_from, effective_to, source, units)


def _unit_from_fields(code, name, division_type, parent) -> Unit:
    if code is None or name is None or division_type is None:
        raise ValidationError("Mỗi đơn vị trong danh mục cần có mã, tên và loại.")
    level = _division_level(str(division_type))
    parent_level = {Level.PROVINCE: None, Level.DISTRICT: Level.PROVINCE, Level.COMMUNE: None}[level]
    parent_code = None
    if parent not in (None, ""):
        text = str(parent).strip()
        # A commune's parent is a district (3 digits) in the legacy list, a province (2) after 2025.
        guess = parent_level or (Level.DISTRICT if len(text) == 3 else Level.PROVINCE)
        parent_code = normalise_code(text, guess)
    return Unit(
        code=normalise_code(code, level),
        name=clean(str(name)),
        division_type=clean(str(division_type)).lower(),
        level=level,
        parent_code=parent_code,
    )


def _finish(list_id, name, effective_from, effective_to, source, units) -> UnitList:
    if not list_id or not name:
        raise ValidationError("Danh mục cần có mã danh mục (id) và tên.")
    start = _parse_date(effective_from, "hiệu lực")
    if start is None:
        raise ValidationError("Danh mục cần có ngày bắt đầu hiệu lực (effective_from).")
    unit_list = UnitList(
        list_id=clean(str(list_id)),
        name=clean(str(name)),
        effective_from=start,
        effective_to=_parse_date(effective_to, "hết hiệu lực"),
        source=clean(str(source or "")),
        units=tuple(units),
    )
    validate_unit_list(unit_list)
    return unit_list


def unit_list_to_json(unit_list: UnitList) -> str:
    return json.dumps(
        {
            "format": UNIT_LIST_FORMAT,
            "version": UNIT_LIST_FORMAT_VERSION,
            "id": unit_list.list_id,
            "name": unit_list.name,
            "effective_from": unit_list.effective_from.isoformat(),
            "effective_to": unit_list.effective_to.isoformat() if unit_list.effective_to else None,
            "source": unit_list.source,
            "units": [
                {"code": u.code, "name": u.name, "type": u.division_type, "parent": u.parent_code}
                for u in unit_list.units
            ],
        },
        ensure_ascii=False,
        indent=0,
    )


def search_units(unit_list: UnitList, query: str, level: Level | None = None,
                 parent_code: str | None = None, limit: int = 100) -> list[Unit]:
    """Accent-insensitive search in a list held in memory (the setup wizard has no database yet)."""
    needle = fold(query.strip())
    found = []
    for unit in unit_list.units:
        if level is not None and unit.level is not level:
            continue
        if parent_code is not None and unit.parent_code != parent_code:
            continue
        if needle and needle not in unit.search_key:
            continue
        found.append(unit)
    found.sort(key=lambda u: u.search_key)
    return found[:limit]
