"""What each row of an imported spreadsheet becomes, or why it is refused.

A row's cells arrive as ``{target code: raw value}`` (the mapping already applied). Values
are read as officers type them: dates as 25/10/2026, 25-10-2026, 25102026, 2026-10-25, a
date cell or an Excel serial number; choices by their Vietnamese label with or without
accents ("Khiếu nại", "khieu nai", "KN"). Every problem of a row is one reason; the
record is then validated by the same domain function as the form, so an import accepts
exactly what the form accepts. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from ..errors import ValidationError
from ..text import clean
from .activities import ActivityInput, validate_activity
from .import_mapping import RegisterSpec, header_key
from .petitions import CHANNELS, KINDS, MASKED_IDENTITY, RESULTS, Petitioner, PetitionInput, validate_petition
from .receptions import RECEPTION_KINDS, ReceptionInput, validate_reception

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1/1/1900 with Excel's 1900 leap-year quirk
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
CLOSING_LABELS = {"resolved": "đã giải quyết", "guided": "đã hướng dẫn", "forwarded": "đã chuyển đơn",
                  "filed": "đã lưu đơn", "returned": "đã trả lại đơn", "withdrawn": "đã rút đơn"}
MAX_TEXT = 20_000  # characters in one cell; a longer one is not a register entry


@dataclass(frozen=True)
class RowOutcome:
    row: int  # the Excel (or CSV) row number the officer sees
    record: object | None  # the validated input, None when refused
    reasons: tuple[str, ...]
    summary: str  # what the row becomes, in Vietnamese
    fingerprint: str
    steps: tuple[tuple[str, date, str], ...] = ()  # petitions: (step kind, date, complaint result)
    source_number: str = ""

    @property
    def ok(self) -> bool:
        return self.record is not None


class _Problems:
    def __init__(self):
        self.reasons: list[str] = []

    def take(self, what: str, fn, *args):
        try:
            return fn(*args)
        except ValueError as exc:
            self.reasons.append(f"{what}: {exc}")
            return None


def parse_date(value) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"“{value}” không phải là ngày")
    if isinstance(value, (int, float)):
        if value == int(value) and 10_000_000 <= value <= 99_999_999:
            return parse_date(str(int(value)))  # 25102026 typed into a number cell
        if value == int(value) and 1 <= value < 2_958_466:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"“{value}” không phải là ngày")
    return _date_of_text(clean(str(value)))


@lru_cache(maxsize=4096)
def _date_of_text(text: str) -> date:
    """Dates typed as text repeat a great deal in a register: each is read once."""
    try:
        if m := _DMY.match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _YMD.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if re.fullmatch(r"\d{8}", text):
            return date(int(text[4:]), int(text[2:4]), int(text[:2]))
        if re.fullmatch(r"\d{1,7}", text):
            return parse_date(int(text))
    except ValueError:
        raise ValueError(f"“{text}” không phải là ngày có thật") from None
    raise ValueError(f"“{text}” không đọc được thành ngày (nhập dạng ngày/tháng/năm, ví dụ 25/10/2026)")


_TIME = re.compile(r"^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{0,2})(?:\s*(?:phút|p))?$")


def parse_time(value) -> time | None:
    """08:00, 8h00, 8h, 8 giờ 30, or a time cell; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:  # a time typed into a number cell: a fraction of a day
        minutes = round(value * 24 * 60)
        return time(minutes // 60, minutes % 60)
    text = clean(str(value)).lower()
    m = _TIME.match(text)
    if m and int(m[1]) < 24 and (not m[2] or int(m[2]) < 60):
        return time(int(m[1]), int(m[2] or 0))
    raise ValueError(f"“{clean(str(value))}” không đọc được thành giờ (ví dụ 08:00 hoặc 8h30)")


def parse_count(value) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise ValueError(f"“{value}” không phải là số")
    if isinstance(value, float) and value == int(value):
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{value} là số âm")
        return value
    text = clean(str(value)).replace(".", "").replace(",", "")
    if not text.isdigit():
        raise ValueError(f"“{clean(str(value))}” không phải là số nguyên")
    return int(text)


def parse_choice(value, choices: dict[str, str], extra: dict[str, list[str]] | None = None) -> str | None:
    """The code whose code, label or alias the value names; None when the cell is empty."""
    key = header_key(value)
    if not key:
        return None
    index = _index_of(choices, extra)
    if key in index:
        return index[key]
    shown = ", ".join(choices.values()) or ", ".join(texts[0] for code, texts in (extra or {}).items() if code)
    raise ValueError(f"“{clean(str(value))}” không khớp giá trị nào ({shown})")


_NO_LABELS: dict[str, str] = {}  # a choice known by its aliases alone (the outcome)
# The index of each (choices, extra) pair a row is read against, by identity: the same few
# dicts come with every row of a sheet. The entry keeps them, so their ids stay theirs.
_INDEXES: dict[tuple[int, int], tuple[dict, dict | None, dict[str, str]]] = {}


def _index_of(choices: dict[str, str], extra: dict[str, list[str]] | None) -> dict[str, str]:
    found = _INDEXES.get((id(choices), id(extra)))
    if found is None or found[0] is not choices or found[1] is not extra:
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        index = _choice_index(tuple(choices.items()),
                              tuple((code, tuple(texts)) for code, texts in (extra or {}).items()))
        found = _INDEXES[id(choices), id(extra)] = (choices, extra, index)
    return found[2]


@lru_cache(maxsize=64)
def _choice_index(choices: tuple, extra: tuple) -> dict[str, str]:
    index: dict[str, str] = {}
    for code, label in choices:
        index.setdefault(header_key(code), code)
        index.setdefault(header_key(label), code)
    for code, texts in extra:
        for text in texts:
            index.setdefault(header_key(text), code)
    return index


def text_of(value) -> str:
    if value is None:
        return ""
    if type(value) is str and len(value) <= MAX_TEXT:
        return clean(value).replace("\x00", "")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value == int(value):
        value = int(value)
    text = clean(str(value)).replace("\x00", "")
    if len(text) > MAX_TEXT:
        raise ValueError(f"ô dài {len(text)} ký tự, quá {MAX_TEXT} ký tự")
    return text


def fingerprint(register: str, cells: dict) -> str:
    """The same source row gives the same fingerprint whatever the file's name or column
    order, so importing a file twice adds nothing twice."""
    parts = [register]
    for key in sorted(cells):
        value = cells[key]
        if type(value) is str:  # most cells
            value = value.strip()
        elif value is None:
            continue
        elif isinstance(value, datetime):
            value = value.date().isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, float) and value == int(value):
            value = str(int(value))
        else:
            value = str(value).strip()
        if value:
            parts.append(f"{key}={value}")
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _split(text: str) -> list[str]:
    if ";" not in text and "\n" not in text:
        return [text] if text else []
    return [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]


def petition_row(row: int, cells: dict, spec: RegisterSpec, fields: dict[str, str], today: date) -> RowOutcome:
    p = _Problems()
    aliases = spec.value_aliases
    received = p.take("Ngày nhận", parse_date, cells.get("received_on"))
    kind = p.take("Loại đơn", parse_choice, cells.get("kind"), KINDS, aliases.get("kind"))
    field = p.take("Lĩnh vực", parse_choice, cells.get("field"), fields)
    channel = p.take("Nguồn đơn", parse_choice, cells.get("channel"), CHANNELS) or "truc_tiep"
    # The columns of a closed petition, empty on most rows of a register.
    outcome, result, closed_on, accepted_on = (cells.get(code) for code in ("outcome", "result", "closed_on",
                                                                             "accepted_on"))
    if outcome is not None:
        outcome = p.take("Kết quả xử lý", parse_choice, outcome, _NO_LABELS, aliases.get("outcome"))
    if result is not None:
        result = p.take("Khiếu nại đúng/sai", parse_choice, result, RESULTS, aliases.get("result"))
    if closed_on is not None:
        closed_on = p.take("Ngày kết thúc", parse_date, closed_on)
    if accepted_on is not None:
        accepted_on = p.take("Ngày thụ lý", parse_date, accepted_on)
    labels = spec.labels
    texts = {}
    for code in ("content", "name", "address", "cccd", "phone", "accused", "source_body", "note", "source_number"):
        value = cells.get(code)
        texts[code] = "" if value is None else (p.take(labels[code], text_of, value) or "")
    if received is None and not any("Ngày nhận" in r for r in p.reasons):
        p.reasons.append("Thiếu ngày nhận đơn")
    if kind is None and cells.get("kind") in (None, ""):
        p.reasons.append("Thiếu loại đơn")
    if field is None and cells.get("field") in (None, ""):
        p.reasons.append("Thiếu lĩnh vực")
    if not texts["content"]:
        p.reasons.append("Thiếu nội dung đơn")
    if MASKED_IDENTITY in texts["name"]:
        p.reasons.append("Người đứng tên bị che (đơn tố cáo): cần bản xuất của người được xem danh tính")
    steps: list[tuple[str, date, str]] = []
    if accepted_on:
        steps.append(("accepted", accepted_on, ""))
    if outcome:
        if closed_on is None:
            p.reasons.append(f"Kết quả “{CLOSING_LABELS[outcome]}” cần ngày kết thúc")
        elif outcome == "resolved" and kind == "khieu_nai" and not result:
            p.reasons.append("Khiếu nại đã giải quyết cần kết luận đúng, sai hoặc đúng một phần")
        else:
            steps.append((outcome, closed_on, result or ""))
    elif closed_on is not None:
        p.reasons.append("Có ngày kết thúc nhưng chưa ghi kết quả xử lý")
    for step, on, _ in steps:
        if received and on < received:
            p.reasons.append(f"Ngày {'thụ lý' if step == 'accepted' else 'kết thúc'} ({on:%d/%m/%Y}) trước ngày nhận "
                             f"đơn ({received:%d/%m/%Y})")
        if on > today:
            p.reasons.append(f"Ngày {on:%d/%m/%Y} sau hôm nay")
    if len(steps) == 2 and steps[1][1] < steps[0][1]:
        p.reasons.append("Ngày kết thúc trước ngày thụ lý")
    names, addresses = _split(texts["name"]), _split(texts["address"])
    cccds, phones = _split(texts["cccd"]), _split(texts["phone"])
    people = tuple(
        Petitioner(name=name, address=addresses[i] if i < len(addresses) else (addresses[0] if addresses else ""),
                   cccd=cccds[i] if i < len(cccds) else "", phone=phones[i] if i < len(phones) else "")
        for i, name in enumerate(names))
    signatories = "nac_danh" if not people else ("mot_nguoi" if len(people) == 1 else "nhieu_nguoi")
    record = None
    if not p.reasons:
        try:
            record = validate_petition(PetitionInput(
                received_on=received, kind=kind, channel=channel, content=texts["content"], field=field,
                signatories=signatories, signer_count=len(people), petitioners=people, accused=texts["accused"],
                source_body=texts["source_body"], note=texts["note"]), fields, today)
        except ValidationError as exc:
            p.reasons.append(str(exc))
    summary = ""
    if record is not None:
        summary = f"{KINDS[kind]} · {fields[field]} · nhận {received:%d/%m/%Y}"
        if outcome:
            summary += f" · {CLOSING_LABELS[outcome]} {closed_on:%d/%m/%Y}"
        elif accepted_on:
            summary += f" · đã thụ lý {accepted_on:%d/%m/%Y}"
    return RowOutcome(row, record, tuple(p.reasons), summary, fingerprint(spec.register, cells), tuple(steps),
                      texts["source_number"])


def reception_row(row: int, cells: dict, spec: RegisterSpec, today: date) -> RowOutcome:
    p = _Problems()
    held = p.take("Ngày tiếp", parse_date, cells.get("held_on"))
    kind = p.take("Hình thức tiếp", parse_choice, cells.get("kind"), RECEPTION_KINDS)
    labels = spec.labels
    counts = {code: p.take(labels[code], parse_count, cells.get(code))
              for code in ("visits", "people", "cases_new", "cases_repeat", "delegations", "delegation_people")}
    receiver = p.take("Người tiếp", text_of, cells.get("receiver")) or ""
    note = p.take("Ghi chú", text_of, cells.get("note")) or ""
    if held is None and cells.get("held_on") in (None, ""):
        p.reasons.append("Thiếu ngày tiếp")
    if kind is None and cells.get("kind") in (None, ""):
        p.reasons.append("Thiếu hình thức tiếp")
    if not receiver:
        p.reasons.append("Thiếu người tiếp")
    record = None
    if not p.reasons:
        try:
            record = validate_reception(ReceptionInput(held_on=held, kind=kind, receiver=receiver, note=note,
                                                       **counts), today)
        except ValidationError as exc:
            p.reasons.append(str(exc))
    summary = (f"{RECEPTION_KINDS[kind]} · {held:%d/%m/%Y} · {record.visits} lượt, {record.people} người"
               if record else "")
    return RowOutcome(row, record, tuple(p.reasons), summary, fingerprint(spec.register, cells))


def activity_row(row: int, cells: dict, spec: RegisterSpec, kinds: dict[str, str], fields: dict[str, str],
                 today: date) -> RowOutcome:
    p = _Problems()
    held = p.take("Ngày tổ chức", parse_date, cells.get("held_on"))
    kind = p.take("Loại hoạt động", parse_choice, cells.get("kind"), kinds)
    field = p.take("Lĩnh vực", parse_choice, cells.get("field"), fields) or ""
    labels = spec.labels
    counts = {code: p.take(labels[code], parse_count, cells.get(code))
              for code in ("participants", "women", "ethnic_minority", "religious")}
    hours = {code: p.take(labels[code], parse_time, cells.get(code)) for code in ("starts_at", "ends_at")}
    texts = {code: p.take(labels[code], text_of, cells.get(code)) or ""
             for code in ("content", "place", "led_by", "target_group", "outcome", "follow_up")}
    if held is None and cells.get("held_on") in (None, ""):
        p.reasons.append("Thiếu ngày tổ chức")
    if kind is None and cells.get("kind") in (None, ""):
        p.reasons.append("Thiếu loại hoạt động")
    if not texts["content"]:
        p.reasons.append("Thiếu nội dung hoạt động")
    record = None
    if not p.reasons:
        try:
            record = validate_activity(ActivityInput(held_on=held, kind=kind, field=field, **texts, **counts, **hours),
                                       kinds, fields, today)
        except ValidationError as exc:
            p.reasons.append(str(exc))
    summary = f"{kinds[kind]} · {held:%d/%m/%Y} · {record.participants} người tham gia" if record else ""
    return RowOutcome(row, record, tuple(p.reasons), summary, fingerprint(spec.register, cells))
