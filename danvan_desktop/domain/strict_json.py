"""Strict JSON input (docs/cli-json.md, "Limits"): a document is checked before any value
of it is used, and each field is read with its type.

``parse_document`` refuses what JSON allows but a record must not hold: nesting deeper than
``MAX_DEPTH``, numbers outside SQLite's 64-bit integers (and NaN, Infinity, floats where a
count is meant are refused by the field readers), lone surrogates, NUL and the other control
characters but tab, LF and CR, duplicate keys, and documents over ``MAX_DOCUMENT_CHARS``.
The field readers (``text``, ``code``, ``integer``, ``boolean``, ``day``) refuse a list or
an object where a code or a text is expected, ``null`` in a required text, text over its
size limit, and dates not written YYYY-MM-DD, each with one Vietnamese line, so nothing is
ever stored as "None" or "[]".
"""

from __future__ import annotations

import json
import re
from datetime import date

from ..errors import ValidationError
from ..text import nfc

MAX_DOCUMENT_CHARS = 20_000_000
MAX_DEPTH = 6  # a list of records > a record > its petitioners (or cases) > a petitioner > ...
FILE_DEPTH = 16  # rule files and unit lists
MAX_ITEMS = 50_000  # records in one document
SHORT_TEXT = 500  # names, addresses, places, decisions
LONG_TEXT = 20_000  # a petition's content, results, notes
CODE_TEXT = 64
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _refuse_constant(name: str):
    raise ValidationError(f"JSON có giá trị “{name}” không được phép (chỉ dùng số hữu hạn).")


def _int_in_range(text: str) -> int:
    if len(text.lstrip("-")) > 19:
        raise ValidationError(f"Số {text[:24]}… vượt quá giới hạn số nguyên 64 bit.")
    value = int(text)
    if not INT_MIN <= value <= INT_MAX:
        raise ValidationError(f"Số {value} vượt quá giới hạn số nguyên 64 bit.")
    return value


def _no_duplicates(pairs: list) -> dict:
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValidationError(f"JSON có khóa “{_shown(key)}” lặp lại trong cùng một đối tượng.")
        result[key] = value
    return result


def parse_document(text: str, max_depth: int = MAX_DEPTH):
    """The value of a JSON document, or ``ValidationError`` with one line saying why not.
    ``max_depth``: rule files and unit lists nest deeper than records."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise ValidationError(f"Tệp JSON quá lớn (tối đa {MAX_DOCUMENT_CHARS:,} ký tự).".replace(",", "."))
    try:
        value = json.loads(text, parse_int=_int_in_range, parse_constant=_refuse_constant,
                           object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"JSON không hợp lệ ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}.") from None
    except RecursionError:
        raise ValidationError(f"JSON lồng nhau quá sâu (tối đa {max_depth} tầng).") from None
    check_tree(value, max_depth)
    return value


def check_tree(value, max_depth: int = MAX_DEPTH) -> None:
    """Depth, item count and every string (keys included) of an already parsed value."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > max_depth:
                raise ValidationError(f"JSON lồng nhau quá sâu (tối đa {max_depth} tầng).")
            if len(item) > MAX_ITEMS:
                raise ValidationError(f"JSON có quá nhiều phần tử trong một danh sách (tối đa {MAX_ITEMS}).")
            if isinstance(item, dict):
                for key, inner in item.items():
                    _check_string(key)
                    stack.append((inner, depth + 1))
            else:
                stack.extend((inner, depth + 1) for inner in item)
        elif isinstance(item, str):
            _check_string(item)


def _check_string(value: str) -> None:
    if _SURROGATE.search(value):
        raise ValidationError("JSON có ký tự Unicode không hợp lệ (nửa cặp thay thế \\ud800–\\udfff).")
    if _CONTROL.search(value):
        raise ValidationError("JSON có ký tự điều khiển (NUL hoặc mã dưới 32) trong một chuỗi.")


def _shown(value: str) -> str:
    return _CONTROL.sub("?", _SURROGATE.sub("?", value))[:40]


def _type_name(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "một số"
    if isinstance(value, list):
        return "một danh sách"
    if isinstance(value, dict):
        return "một đối tượng"
    return "một chuỗi"


def text(data: dict, name: str, default: str | None = "", limit: int = SHORT_TEXT) -> str:
    """A text field; ``default=None`` makes it required. ``null`` counts as missing."""
    value = data.get(name)
    if value is None:
        if default is None:
            raise ValidationError(f"Thiếu trường bắt buộc “{name}” (một chuỗi).", name)
        return default
    if not isinstance(value, str):
        raise ValidationError(f"“{name}” phải là một chuỗi, không phải {_type_name(value)}.", name)
    _check_string(value)
    value = nfc(value)
    if len(value) > limit:
        raise ValidationError(f"“{name}” dài quá {limit} ký tự.", name)
    return value


def code(data: dict, name: str, default: str | None = None, required: bool = False) -> str | None:
    """A code (``khieu_nai``, ``dat_dai``): a short string, never a list or an object."""
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise ValidationError(f"Thiếu trường bắt buộc “{name}” (một mã).", name)
        return default
    if not isinstance(value, str):
        raise ValidationError(f"“{name}” phải là một mã (chuỗi), không phải {_type_name(value)}.", name)
    if len(value) > CODE_TEXT:
        raise ValidationError(f"Mã “{name}” dài quá {CODE_TEXT} ký tự.", name)
    _check_string(value)
    return value


def integer(data: dict, name: str, default: int | None, low: int = 0, high: int = INT_MAX) -> int | None:
    value = data.get(name, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"“{name}” phải là số nguyên, không phải {_type_name(value)}.", name)
    if not low <= value <= high:
        raise ValidationError(f"“{name}” = {value} nằm ngoài khoảng cho phép ({low}–{high}).", name)
    return value


def boolean(data: dict, name: str, default: bool = False) -> bool:
    value = data.get(name, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ValidationError(f"“{name}” phải là true hoặc false.", name)
    return value


def day(value, name: str) -> date:
    """A date written YYYY-MM-DD (exactly: no week dates, no time)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        raise ValidationError(f"Thiếu ngày “{name}” (dạng YYYY-MM-DD).", name)
    try:
        if not _ISO_DATE.match(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"Ngày “{name}” = “{_shown(value)}” không đúng dạng YYYY-MM-DD.", name) from None


def items(value, what: str, limit: int = MAX_ITEMS) -> list:
    """A list field (``petitioners``, ``cases``)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(f"“{what}” phải là một danh sách, không phải {_type_name(value)}.", what)
    if len(value) > limit:
        raise ValidationError(f"“{what}” có quá {limit} phần tử.", what)
    return value
