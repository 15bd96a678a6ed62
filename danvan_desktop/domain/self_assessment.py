"""Self-assessment of dân vận chính quyền: the province's rubric as data, scores, rating.

A rubric file (``resources/rules/rubrics/*.json``, format ``danvan-rubric`` version 1) lists
criteria, each with scored sub-criteria and their maximum points, and the rating thresholds
(Tốt / Khá / Trung bình / Yếu). Every mistake in a file is a Vietnamese
:class:`ValidationError`, so a bad rubric is refused before a unit scores against it.
Scoring is pure: scores per sub-criterion in, ``SelfAssessment`` out.
"""

from __future__ import annotations

import json
import math
from itertools import pairwise
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError
from ..text import clean
from .report_document import AssessmentRow, SelfAssessment

RUBRIC_FORMAT = "danvan-rubric"
RUBRIC_VERSION = 1


@dataclass(frozen=True)
class SubCriterion:
    code: str
    label: str
    maximum: float


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str
    items: tuple[SubCriterion, ...]

    @property
    def maximum(self) -> float:
        return _round(sum(i.maximum for i in self.items))


@dataclass(frozen=True)
class Rating:
    code: str
    label: str
    minimum: float


@dataclass(frozen=True)
class Rubric:
    id: str
    name: str
    source: str
    maximum: float
    ratings: tuple[Rating, ...]  # highest threshold first, the last one starts at 0
    criteria: tuple[Criterion, ...]

    def sub_criteria(self) -> dict[str, SubCriterion]:
        return {i.code: i for c in self.criteria for i in c.items}


# Points of a Vietnamese document are lettered in the Vietnamese alphabet without the
# letters that carry a mark other than đ (a, b, c, d, đ, e, g, h, i, k, ...): no f, j, w, z.
VIETNAMESE_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
                      "u", "v", "x", "y")


def point_letter(index: int) -> str:
    """The letter of the ``index``-th point (0-based): a, b, c, d, đ, e, g, ...; past y, aa, ab..."""
    if index < len(VIETNAMESE_LETTERS):
        return VIETNAMESE_LETTERS[index]
    return point_letter(index // len(VIETNAMESE_LETTERS) - 1) + VIETNAMESE_LETTERS[index % len(VIETNAMESE_LETTERS)]


def _round(value: float) -> float:
    """Half and quarter points are common; two decimals avoid 89.99999 in a total."""
    rounded = round(float(value), 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _points(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise ValidationError(f"{where}: điểm “{value}” phải là một số.")
    return _round(value)


def _text(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not clean(value):
        raise ValidationError(f"{where} cần “{key}” (chuỗi không rỗng).")
    return clean(value)


def _parse_ratings(items, maximum: float) -> tuple[Rating, ...]:
    if not isinstance(items, list) or len(items) < 2:
        raise ValidationError("Thang xếp loại (“ratings”) cần ít nhất hai mức, ví dụ Tốt, Khá, Trung bình, Yếu.")
    ratings = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ValidationError(f"Mức xếp loại thứ {n} không hợp lệ (cần code, label, min).")
        where = f"Mức xếp loại thứ {n}"
        ratings.append(Rating(_text(item, "code", where), _text(item, "label", where),
                              _points(item.get("min"), f"{where} (“min”)")))
    for higher, lower in pairwise(ratings):
        if lower.minimum >= higher.minimum:
            raise ValidationError(f"Ngưỡng xếp loại phải giảm dần: “{lower.label}” ({lower.minimum} điểm) không thấp "
                                  f"hơn “{higher.label}” ({higher.minimum} điểm).")
    if ratings[0].minimum > maximum:
        raise ValidationError(f"Ngưỡng “{ratings[0].label}” ({ratings[0].minimum} điểm) vượt tổng điểm tối đa "
                              f"{maximum}.")
    if ratings[-1].minimum != 0:
        raise ValidationError(f"Mức thấp nhất “{ratings[-1].label}” phải bắt đầu từ 0 điểm để mọi tổng điểm "
                              "đều được xếp loại.")
    _no_duplicates([r.code for r in ratings], "mức xếp loại")
    return tuple(ratings)


def _parse_criteria(items) -> tuple[Criterion, ...]:
    if not isinstance(items, list) or not items:
        raise ValidationError("Bộ tiêu chí không có tiêu chí nào (“criteria” rỗng).")
    criteria = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ValidationError(f"Tiêu chí thứ {n} không hợp lệ (cần code, label, items).")
        code = _text(item, "code", f"Tiêu chí thứ {n}")
        where = f"Tiêu chí {code}"
        label = _text(item, "label", where)
        raw_items = item.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise ValidationError(f"{where} không có tiêu chí thành phần nào (“items” rỗng).")
        subs = []
        for m, sub in enumerate(raw_items, 1):
            if not isinstance(sub, dict):
                raise ValidationError(f"{where}, tiêu chí thành phần thứ {m} không hợp lệ.")
            sub_code = _text(sub, "code", f"{where}, tiêu chí thành phần thứ {m}")
            sub_where = f"Tiêu chí thành phần {sub_code}"
            maximum = _points(sub.get("max"), f"{sub_where} (“max”)")
            if maximum <= 0:
                raise ValidationError(f"{sub_where}: điểm tối đa phải lớn hơn 0.")
            subs.append(SubCriterion(sub_code, _text(sub, "label", sub_where), maximum))
        criterion = Criterion(code, label, tuple(subs))
        if "max" in item and _points(item["max"], f"{where} (“max”)") != criterion.maximum:
            raise ValidationError(f"{where}: điểm tối đa ghi {item['max']} nhưng tổng các tiêu chí thành phần là "
                                  f"{criterion.maximum}.")
        criteria.append(criterion)
    return tuple(criteria)


def _no_duplicates(codes: list[str], what: str) -> None:
    seen = set()
    for code in codes:
        if code in seen:
            raise ValidationError(f"Mã {what} “{code}” bị trùng.")
        seen.add(code)


def parse_rubric(text: str) -> Rubric:
    """The rubric of a ``danvan-rubric`` file; every error is a readable Vietnamese sentence."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Tệp tiêu chí chấm điểm không phải JSON hợp lệ (dòng {exc.lineno}, "
                              f"cột {exc.colno}).") from exc
    if not isinstance(raw, dict) or raw.get("format") != RUBRIC_FORMAT:
        raise ValidationError(f"Tệp không phải bộ tiêu chí chấm điểm (cần \"format\": \"{RUBRIC_FORMAT}\").")
    if raw.get("version") != RUBRIC_VERSION:
        raise ValidationError(f"Bộ tiêu chí phiên bản {raw.get('version')!r} không được hỗ trợ (cần phiên bản 1); "
                              "hãy cập nhật ứng dụng.")
    maximum = _points(raw.get("maximum"), "Bộ tiêu chí (“maximum”)")
    criteria = _parse_criteria(raw.get("criteria"))
    _no_duplicates([c.code for c in criteria] + [i.code for c in criteria for i in c.items], "tiêu chí")
    total = _round(sum(c.maximum for c in criteria))
    if total != maximum:
        raise ValidationError(f"Tổng điểm tối đa của các tiêu chí là {total}, không bằng thang điểm {maximum}.")
    return Rubric(_text(raw, "id", "Bộ tiêu chí"), _text(raw, "name", "Bộ tiêu chí"), clean(str(raw.get("source", ""))),
                  maximum, _parse_ratings(raw.get("ratings"), maximum), criteria)


def load_rubric(path: Path) -> Rubric:
    """Read and check one rubric file; an unreadable file is a ValidationError too."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Không đọc được tệp tiêu chí chấm điểm {path.name}.") from exc
    return parse_rubric(text)


def load_rubrics(folder: Path) -> list[Rubric]:
    """Every ``*.json`` rubric of a folder, by name; the first bad file stops with its name in the message."""
    rubrics = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            rubrics.append(load_rubric(path))
        except ValidationError as exc:
            raise ValidationError(f"{path.name}: {exc}") from exc
    _no_duplicates([r.id for r in rubrics], "bộ tiêu chí")
    return sorted(rubrics, key=lambda r: r.name)


def validate_scores(rubric: Rubric, scores: dict, notes: dict | None = None) -> dict[str, float]:
    """Cleaned scores: every sub-criterion scored, each within 0..its maximum; notes name known criteria."""
    subs = rubric.sub_criteria()
    unknown = sorted(set(scores) - set(subs))
    if unknown:
        raise ValidationError(f"Mã tiêu chí không có trong bộ tiêu chí: {', '.join(unknown)}.")
    missing = [code for code in subs if code not in scores]
    if missing:
        raise ValidationError(f"Chưa chấm điểm tiêu chí: {', '.join(missing)}.")
    cleaned = {}
    for code, sub in subs.items():
        value = _points(scores[code], f"Tiêu chí {code}")
        if not 0 <= value <= sub.maximum:
            raise ValidationError(f"Tiêu chí {code}: điểm {value} phải từ 0 đến {sub.maximum}.")
        cleaned[code] = value
    unknown_notes = sorted(set(notes or {}) - {c.code for c in rubric.criteria})
    if unknown_notes:
        raise ValidationError(f"Ghi chú cho tiêu chí không có trong bộ tiêu chí: {', '.join(unknown_notes)}.")
    return cleaned


def total_score(rubric: Rubric, scores: dict) -> float:
    return _round(sum(validate_scores(rubric, scores).values()))


def rating_for(rubric: Rubric, total: float) -> Rating:
    """The highest level whose threshold the total reaches (thresholds are inclusive)."""
    if not 0 <= total <= rubric.maximum:
        raise ValidationError(f"Tổng điểm {total} phải từ 0 đến {rubric.maximum}.")
    return next(r for r in rubric.ratings if total >= r.minimum)


def assess(rubric: Rubric, scores: dict, notes: dict | None = None) -> SelfAssessment:
    """One row per criterion (sum of its sub-criteria and the unit's note), the total and the rating."""
    notes = notes or {}
    cleaned = validate_scores(rubric, scores, notes)
    rows = tuple(
        AssessmentRow(c.code, c.label, c.maximum, _round(sum(cleaned[i.code] for i in c.items)),
                      clean(notes.get(c.code, "")))
        for c in rubric.criteria
    )
    total = _round(sum(r.score for r in rows))
    return SelfAssessment(rubric.name, rows, total, rubric.maximum, rating_for(rubric, total).label)
