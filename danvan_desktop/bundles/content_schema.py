"""What a bundle's payload may hold, checked after its signature and before the province
stores a byte of it: a correctly signed bundle can still carry nonsense (a unit's PC is
not trusted beyond its key), and the province's reports must never crash on stored data.

The figures schema is data (``FIELD_RULES``, ``IDENTITIES``), so new figures (keys, sections)
need a line here, not new code:

- ``FIELD_RULES``: the typed fields (unit, period, format, flags); a required one must be there.
- every other leaf is a count: a non-negative integer at most ``MAX_COUNT`` (``true``/``false``
  only where ``FIELD_RULES`` says so), under keys that are codes, at most ``MAX_DEPTH`` deep.
- ``IDENTITIES``: sums the figures must satisfy, checked where all their terms are present
  (older bundles carry fewer figures: format 1 as first released stays readable).

Records must be de-identified exactly as the export makes them (``pseudonym``): only the
known record fields, codes, dates and counts, petitioners as pseudonyms, and no name, CCCD
or phone number anywhere (``pseudonym.check_deidentified``, the check run before signing).
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import ValidationError
from .errors import BundleRejected
from .pseudonym import RECORD_FIELDS, check_deidentified

MAX_COUNT = 10**12
MAX_DEPTH = 5
MAX_TEXT = 300
_CODE = re.compile(r"^[a-z0-9_]{1,64}$")
_PSEUDONYM = re.compile(r"^P[A-Z2-7]{1,52}$")  # base32 of an HMAC: never a name or a number
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_CHECKPOINTS = 100_000

# path -> (type, required). Types: "format", "unit_code", "period_id", "text", "code", "date", "bool".
FIELD_RULES: dict[tuple[str, ...], tuple[str, bool]] = {
    ("format",): ("format", True),
    ("unit", "code"): ("unit_code", True),
    ("unit", "name"): ("text", False),
    ("unit", "province"): ("text", False),
    ("period", "id"): ("period_id", True),
    ("period", "kind"): ("code", False),
    ("period", "label"): ("text", False),
    ("period", "start"): ("date", False),
    ("period", "end"): ("date", False),
    ("period", "due"): ("date", False),
    ("models", "meets_expectation"): ("bool", False),
    ("models", "required"): ("bool", False),  # format 2: the directive in force sets the minimum
    ("audit", "head", "seq"): ("count", False),  # bundles/audit_continuity.py
    ("audit", "head", "hash"): ("sha256", False),
    ("audit", "checkpoints"): ("checkpoints", False),
}
SUPPORTED_FORMATS = (1, 2)  # 2: the processing figures of TT 05/2021 and the directive sections
# Subtrees of free text, not counts: the officer's notes per directive section (format 2).
TEXT_SUBTREES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("topic_notes",): ("text", "source_note", "entered_by", "entered_at"),
}
MAX_NOTE = 20_000

# (left, right terms): left == the sum of the right terms. A term ending in ".*" is the sum of
# that object's counts; ".*.count" the sum of the "count" of each of its objects.
IDENTITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("petitions.total", ("petitions.received", "petitions.carried_over")),
    ("petitions.by_kind.*", ("petitions.received", "petitions.carried_over")),
    ("petitions.by_signatories.*", ("petitions.total",)),
    ("petitions.by_field.*", ("petitions.total",)),
    ("petitions.resolved", ("petitions.resolved_on_time", "petitions.resolved_late")),
    ("petitions.processed", ("petitions.eligible", "petitions.not_eligible")),
    ("petitions.eligible", ("petitions.in_competence", "petitions.out_of_competence")),
    ("receptions.cases", ("receptions.cases_new", "receptions.cases_repeat")),
    ("receptions.sessions", ("receptions.regular", "receptions.by_head")),
    ("activities.count", ("activities.by_kind.*.count",)),
    ("models.by_field.*", ("models.count",)),
    ("models.by_status.*", ("models.count",)),
)
# (smaller, larger): smaller <= larger
BOUNDS: tuple[tuple[str, str], ...] = (
    ("petitions.eligible", "petitions.processed"),
    ("petitions.guided", "petitions.out_of_competence"),
    ("petitions.forwarded", "petitions.out_of_competence"),
    ("petitions.processed", "petitions.total"),
    ("petitions.resolved_on_time", "petitions.resolved"),
    ("models.recognised", "models.count"),
)

RECORD_TYPES = {
    "id": "count", "received_on": "date", "kind": "code", "channel": "code", "field": "code",
    "signatories": "code", "signer_count": "count", "eligibility": "code", "competence": "code",
    "attempt": "count", "status": "code", "outcome": "code", "closed_on": "date", "result": "code",
    "duplicate_of": "count", "next_due_on": "date",
}
assert set(RECORD_TYPES) == set(RECORD_FIELDS)


def _refuse(reason: str) -> BundleRejected:
    return BundleRejected(f"Nội dung gói không đúng quy định: {reason}", "schema")


def check_content(figures, records, unit: str, period: str) -> None:
    """Raise ``BundleRejected`` (one line) unless the payload is what a unit's export makes."""
    check_figures(figures, unit, period)
    check_records(records)


def check_figures(figures, unit: str, period: str) -> None:
    if not isinstance(figures, dict):
        raise _refuse("figures.json phải là một đối tượng.")
    for path, (kind, required) in FIELD_RULES.items():
        found, value = _get(figures, path)
        if not found:
            if required:
                raise _refuse(f"figures.json thiếu “{'.'.join(path)}”.")
            continue
        _typed(value, kind, ".".join(path))
    if figures["unit"]["code"] != unit or figures["period"]["id"] != period:
        raise _refuse("số liệu trong figures.json thuộc đơn vị hoặc kỳ khác với chữ ký của gói.")
    typed = set(FIELD_RULES)
    for section, value in figures.items():
        if section in ("format",):
            continue
        _counts(value, (section,), typed)
    check_identities(figures)


def check_identities(figures: dict) -> None:
    """The figures' sums (``IDENTITIES``) and bounds (``BOUNDS``), where all their terms exist."""
    for left, terms in IDENTITIES:
        values = [_term(figures, t) for t in (left, *terms)]
        if None in values:
            continue
        if values[0] != sum(values[1:]):
            raise _refuse(f"{left} = {values[0]} nhưng {' + '.join(terms)} = {sum(values[1:])}.")
    for smaller, larger in BOUNDS:
        low, high = _term(figures, smaller), _term(figures, larger)
        if low is not None and high is not None and low > high:
            raise _refuse(f"{smaller} = {low} lớn hơn {larger} = {high}.")


def check_records(records) -> None:
    if not isinstance(records, list):
        raise _refuse("records.json phải là một danh sách.")
    for index, record in enumerate(records, 1):
        if not isinstance(record, dict):
            raise _refuse(f"bản ghi {index} không phải một đối tượng.")
        unknown = sorted(set(record) - set(RECORD_TYPES) - {"petitioners"})
        if unknown:
            raise _refuse(f"bản ghi {index} có trường không được gửi “{unknown[0][:40]}”.")
        for name, kind in RECORD_TYPES.items():
            if record.get(name) is not None:
                _typed(record[name], kind, f"bản ghi {index}: {name}")
        people = record.get("petitioners", [])
        if not isinstance(people, list) or not all(isinstance(p, str) and _PSEUDONYM.match(p) for p in people):
            raise _refuse(f"bản ghi {index}: người đứng tên phải là bí danh, không phải tên hay số giấy tờ.")
    try:
        check_deidentified(records)
    except ValidationError as error:
        raise _refuse(str(error)) from None


def _get(data: dict, path: tuple[str, ...]):
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return False, None
        data = data[part]
    return True, data


def _typed(value, kind: str, where: str) -> None:
    ok = {
        "format": lambda v: type(v) is int and v in SUPPORTED_FORMATS,
        "unit_code": lambda v: isinstance(v, str) and v.isdigit() and len(v) in (2, 3, 5),
        "period_id": lambda v: isinstance(v, str) and 0 < len(v) <= 32 and re.fullmatch(r"[0-9A-Za-z_-]+", v),
        "text": lambda v: isinstance(v, str) and len(v) <= MAX_TEXT and "\x00" not in v,
        "code": lambda v: isinstance(v, str) and bool(_CODE.match(v)),
        "date": lambda v: isinstance(v, str) and bool(_ISO_DATE.match(v)) and _is_date(v),
        "bool": lambda v: isinstance(v, bool),
        "count": lambda v: type(v) is int and 0 <= v <= MAX_COUNT,
        "sha256": lambda v: isinstance(v, str) and (v == "" or bool(_SHA256.match(v))),
        "checkpoints": _checkpoints,
    }[kind](value)
    if not ok:
        raise _refuse(f"“{where}” có giá trị không hợp lệ ({str(value)[:40]}).")


def _checkpoints(value) -> bool:
    return isinstance(value, list) and len(value) <= MAX_CHECKPOINTS and all(
        isinstance(c, dict) and set(c) == {"seq", "hash"} and type(c["seq"]) is int and 0 < c["seq"] <= MAX_COUNT
        and isinstance(c["hash"], str) and (c["hash"] == "" or _SHA256.match(c["hash"])) for c in value)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _notes(value, where: str, fields: tuple[str, ...]) -> None:
    """``{section code: {field: text}}``: short known fields, plain text, no NUL."""
    if not isinstance(value, dict):
        raise _refuse(f"“{where}” phải là một đối tượng.")
    for key, note in value.items():
        if not isinstance(key, str) or not _CODE.match(key) or not isinstance(note, dict):
            raise _refuse(f"“{where}” có mục không hợp lệ “{str(key)[:40]}”.")
        for name, text in note.items():
            if name not in fields or not isinstance(text, str) or len(text) > MAX_NOTE or "\x00" in text:
                raise _refuse(f"“{where}.{key}.{str(name)[:40]}” có giá trị không hợp lệ.")


def _counts(value, path: tuple[str, ...], typed: set) -> None:
    where = ".".join(path)
    if path in typed:
        return
    if path in TEXT_SUBTREES:
        _notes(value, where, TEXT_SUBTREES[path])
        return
    if len(path) > MAX_DEPTH:
        raise _refuse(f"“{where[:80]}” lồng nhau quá sâu.")
    if isinstance(value, dict):
        for key, inner in value.items():
            if not isinstance(key, str) or not _CODE.match(key):
                raise _refuse(f"“{where}” có khóa không hợp lệ “{str(key)[:40]}”.")
            _counts(inner, (*path, key), typed)
        return
    _typed(value, "count", where)


def _term(figures: dict, term: str):
    parts = term.split(".")
    if "*" not in parts:
        found, value = _get(figures, tuple(parts))
        return value if found else None
    star = parts.index("*")
    found, container = _get(figures, tuple(parts[:star]))
    if not found or not isinstance(container, dict):
        return None
    rest = tuple(parts[star + 1:])
    total = 0
    for item in container.values():
        found, value = _get(item, rest) if rest else (True, item)
        if not found:
            return None
        total += value
    return total
