"""Which column of an officer's own spreadsheet holds what: finding the header row and
proposing a column mapping from the header texts (``resources/rules/import_columns.json``).

Pure: the spec comes in as data, the rows as plain values. Header texts are compared
folded (no case, no accents, đ→d, spaces squeezed), so "NGÀY NHẬN ĐƠN", "Ngày nhận đơn"
and "ngay nhan don" are the same header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..text import clean, fold

HEADER_SEARCH_ROWS = 30  # a title block above the table is common; the header is near the top


@dataclass(frozen=True)
class Column:
    code: str
    label: str
    aliases: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class RegisterSpec:
    register: str  # petitions, receptions, activities
    label: str
    columns: tuple[Column, ...]
    value_aliases: dict  # target code -> {value code: [texts]}

    def column(self, code: str) -> Column:
        return next(c for c in self.columns if c.code == code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.columns)

    @cached_property
    def labels(self) -> dict[str, str]:
        """code -> the label an officer reads (asked once per cell in a row's reasons)."""
        return {c.code: c.label for c in self.columns}


def spec_from_rules(raw: dict, register: str) -> RegisterSpec:
    entry = raw["registers"][register]
    columns = tuple(Column(c["code"], c["label"], tuple(c["aliases"]), bool(c.get("required"))) for c in entry["columns"])
    return RegisterSpec(register, entry["label"], columns, raw.get("values", {}))


def header_key(text) -> str:
    """The folded form headers are compared in: "Ngày nhận\nđơn (*)" -> "ngay nhan don"."""
    if text is None:
        return ""
    return _header_key(str(text))


@lru_cache(maxsize=8192)
def _header_key(text: str) -> str:
    folded = fold(clean(str(text)))
    folded = re.sub(r"\(.*?\)|\*", " ", folded)  # "(dd/mm/yyyy)", "(*)" marks of required columns
    return " ".join(re.sub(r"[^0-9a-z/]+", " ", folded).split())


def _alias_index(spec: RegisterSpec) -> dict[str, str]:
    return _aliases_of(spec.columns)


@lru_cache(maxsize=8)
def _aliases_of(columns: tuple[Column, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for column in columns:
        for text in (column.label, *column.aliases):
            index.setdefault(header_key(text), column.code)
    return index


def exact_header(text, spec: RegisterSpec) -> str | None:
    """The target a header names exactly (by its label or one of its aliases)."""
    return _alias_index(spec).get(header_key(text))


def match_header(text, spec: RegisterSpec) -> str | None:
    """The target a header names: an exact alias first, then the longest alias it starts with."""
    key = header_key(text)
    if not key:
        return None
    index = _alias_index(spec)
    if key in index:
        return index[key]
    best = None
    for alias, code in index.items():
        if len(alias) >= 4 and (key.startswith(alias + " ") or key.startswith(alias + "/")):
            if best is None or len(alias) > len(best[0]):
                best = (alias, code)
    return best[1] if best else None


def find_header_row(rows: list[tuple[int, tuple]], spec: RegisterSpec) -> int | None:
    """Index (into ``rows``) of the row that names the most known columns, at least two."""
    best_index, best_score = None, 1
    for index, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = len({match_header(v, spec) for v in values} - {None})
        if score > best_score:
            best_index, best_score = index, score
    return best_index


def propose_mapping(headers: tuple, spec: RegisterSpec) -> dict[int, str]:
    """Column index -> target code; each target taken by the first column that names it."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, text in enumerate(headers):
        code = match_header(text, spec)
        if code and code not in taken:
            mapping[index] = code
            taken.add(code)
    return mapping


def missing_required(mapping: dict[int, str], spec: RegisterSpec) -> list[str]:
    """Labels of the required targets no column is mapped to."""
    mapped = set(mapping.values())
    return [c.label for c in spec.columns if c.required and c.code not in mapped]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
