"""Import of the registers an office already keeps in Excel: petitions, reception sessions
and activities.

``plan_import`` reads the sheet, finds its header row, proposes (or takes) a column
mapping and says, row by row, what each row becomes or why it is refused; it writes
nothing. ``run_import`` writes the chosen valid rows all-or-nothing in one transaction,
with each row's fingerprint and source (file, row) so the same file imported twice adds
nothing twice; a petition's timeline says which file and row it came from.
"""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

from ..documents.import_template import write_template as write_template_book
from ..documents.sheet_reader import Sheet, filled_rows, merged_rows, read_sheet
from ..domain.import_mapping import (
    RegisterSpec,
    column_letter,
    exact_header,
    find_header_row,
    missing_required,
    propose_mapping,
    spec_from_rules,
)
from ..domain.import_rows import RowOutcome, activity_row, petition_row, reception_row
from ..domain.petition_processing import PROCESSING_STEPS, processing_class
from ..domain.petitions import CHANNELS, CLOSING_EVENTS, KINDS, RESULTS, PetitionInput, search_text
from ..domain.receptions import RECEPTION_KINDS
from ..domain.users import Permission
from ..errors import DataFolderError, ValidationError, os_reason
from ..paths import resource
from ..storage import imports_repo, reports_repo
from ..tasks import Task
from . import petitions as petition_service
from .activities import activity_kinds
from .petition_schedule import clock_of_steps, clock_schedule, deadline_memo, unit_level
from .session import Session, audit, writing

REGISTERS = ("petitions", "receptions", "activities")
BATCH = 5000
MEMO_LIMIT = 50_000  # distinct clocks (and deadlines) kept during an import (100,000 rows: +11 MB at the peak)


@lru_cache(maxsize=1)
def _rules() -> dict:
    return json.loads(resource("rules", "import_columns.json").read_text("utf-8"))


def register_spec(register: str) -> RegisterSpec:
    if register not in REGISTERS:
        raise ValidationError(f"Không có sổ “{register}” để nhập; chọn một trong: {', '.join(REGISTERS)}.")
    return spec_from_rules(_rules(), register)


def template_choices(register: str) -> dict[str, list[str]]:
    """The accepted labels of each choice column, for the template's drop-down lists."""
    fields = list(petition_service.petition_fields().values())
    if register == "receptions":
        return {"kind": list(RECEPTION_KINDS.values())}
    if register == "activities":
        return {"kind": list(activity_kinds().values()), "field": fields}
    outcomes = [texts[0] for code, texts in _rules()["values"]["outcome"].items()]
    return {"kind": list(KINDS.values()), "field": fields, "channel": list(CHANNELS.values()),
            "outcome": outcomes, "result": list(RESULTS.values())}


def write_template(register: str, target: Path) -> None:
    """"Tải mẫu Excel": the expected columns with examples, written atomically."""
    try:
        write_template_book(register_spec(register), template_choices(register), Path(target))
    except OSError as exc:
        raise DataFolderError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from exc


@contextmanager
def _no_collector_pauses():
    """A sheet read or written makes hundreds of thousands of small objects without cycles
    (cells, records, rows) and keeps most of them to the end: the cyclic collector would walk
    them again and again as they pile up, with nothing to free. It rests meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class ImportPlan:
    register: str
    source: Path
    sheet: str
    header_row: int  # the row number the officer sees, 0 when none was found
    headers: tuple  # the header texts, one per column
    mapping: dict[int, str]  # column index -> target code
    outcomes: list[RowOutcome]
    notices: list[str] = field(default_factory=list)  # about the whole file, in Vietnamese

    @property
    def valid(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def refused(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def missing(self) -> list[str]:
        return missing_required(self.mapping, register_spec(self.register))


def _headers(rows: dict[int, list], numbers: list[int], at: int, spec: RegisterSpec,
             merged: set[int]) -> tuple[tuple, int]:
    """The header texts and the last header row. Under a header with merged cells (e.g.
    "Người gửi" over "Họ tên" | "Địa chỉ") a row whose every text is a known header names
    the columns it covers."""
    headers = list(rows[numbers[at]])
    if numbers[at] not in merged or at + 1 >= len(numbers):
        return tuple(headers), at
    below = rows[numbers[at + 1]]
    texts = [(index, value) for index, value in enumerate(below) if value not in (None, "")]
    if not texts or any(not isinstance(v, str) or exact_header(v, spec) is None for _, v in texts):
        return tuple(headers), at
    for index, value in texts:
        headers.extend([None] * (index + 1 - len(headers)))
        headers[index] = value
    return tuple(headers), at + 1


def plan_import(session: Session, register: str, path: Path, sheet_name: str | None = None,
                mapping: dict[int, str] | None = None, today: date | None = None, task: Task | None = None,
                sheet: Sheet | None = None) -> ImportPlan:
    session.require(Permission.RECORD)
    spec = register_spec(register)
    today = today or date.today()
    task = task or Task()
    path = Path(path)
    sheet = sheet or read_sheet(path, sheet_name, task)
    rows = filled_rows(sheet)
    numbers = sorted(rows)
    merged = merged_rows(sheet.merged)
    notices: list[str] = []
    at = find_header_row([(n, tuple(rows[n])) for n in numbers], spec)
    if at is None:
        if mapping is None:
            notices.append("Không tìm thấy dòng tiêu đề cột; hãy chọn cột tương ứng trong bảng ghép cột.")
        at = 0
        headers, last = tuple(rows[numbers[0]]), 0
    else:
        headers, last = _headers(rows, numbers, at, spec, merged)
    header_row = numbers[at]
    if any(n in merged for n in numbers[at:last + 1]):
        notices.append(f"Dòng tiêu đề (dòng {header_row}) có ô gộp: tiêu đề được đọc theo ô gộp; hãy kiểm tra "
                       "cách ghép cột.")
    if mapping is None:
        mapping = propose_mapping(headers, spec)
    else:
        unknown = sorted(set(mapping.values()) - set(spec.codes))
        if unknown:
            raise ValidationError(f"Cách ghép cột có trường không biết: {', '.join(unknown)}.")
        if len(set(mapping.values())) != len(mapping):
            raise ValidationError("Cách ghép cột có hai cột cùng ghép vào một trường.")
    data_numbers = numbers[last + 1:]
    if any(n in merged for n in data_numbers):
        notices.append("Có ô gộp trong vùng dữ liệu: giá trị của ô gộp được dùng cho mọi dòng mà ô đó phủ.")
    hidden = [n for n in data_numbers if n in sheet.hidden_rows]
    if hidden:
        notices.append(f"{len(hidden)} dòng bị ẩn trong Excel không được nhập (hiện các dòng đó rồi nhập lại nếu cần).")
    with _no_collector_pauses():
        outcomes = _outcomes(session, spec, sheet, rows, data_numbers, mapping, today, task)
    return ImportPlan(register, path, sheet.name, header_row, headers, dict(mapping), outcomes, notices)


def _outcomes(session: Session, spec: RegisterSpec, sheet: Sheet, rows: dict[int, list], numbers: list[int],
              mapping: dict[int, str], today: date, task: Task) -> list[RowOutcome]:
    fields = petition_service.petition_fields()
    kinds = activity_kinds() if spec.register == "activities" else {}
    windows = reports_repo.locked_windows(session.db)
    outcomes: list[RowOutcome] = []
    first_seen: dict[str, int] = {}
    columns = sorted(mapping)
    for count, number in enumerate(numbers, start=1):
        values = rows[number]
        cells = {code: values[index] if index < len(values) else None for index, code in mapping.items()}
        if all(v in (None, "") for v in cells.values()):
            continue
        if spec.register == "petitions":
            outcome = petition_row(number, cells, spec, fields, today)
        elif spec.register == "receptions":
            outcome = reception_row(number, cells, spec, today)
        else:
            outcome = activity_row(number, cells, spec, kinds, fields, today)
        extra = []
        if number in sheet.hidden_rows:
            extra.append("Dòng bị ẩn trong Excel")
        unvalued = [column_letter(i) + str(number) for i in columns
                    if (number, i + 1) in sheet.unvalued_formulas] if sheet.unvalued_formulas else None
        if unvalued:
            extra.append(f"Ô {', '.join(unvalued)} là công thức chưa có kết quả lưu sẵn: mở tệp bằng Excel, lưu lại "
                         "rồi nhập lại")
        if outcome.fingerprint in first_seen:
            extra.append(f"Trùng hệt dòng {first_seen[outcome.fingerprint]} trong tệp")
        else:
            first_seen[outcome.fingerprint] = number
        if outcome.ok and windows:
            extra += _locked(outcome, windows)
        if extra:
            outcome = replace(outcome, record=None, reasons=outcome.reasons + tuple(extra))
        outcomes.append(outcome)
        if count % 2000 == 0:
            task.step(count, len(numbers), f"Đang kiểm tra {count:,}/{len(numbers):,} dòng…".replace(",", "."))
    known = imports_repo.known_fingerprints(session.db, spec.register, [o.fingerprint for o in outcomes if o.ok])
    return [replace(o, record=None, reasons=o.reasons + (
        f"Đã nhập trước đây (tệp {known[o.fingerprint][1]}, dòng {known[o.fingerprint][2]})",))
            if o.fingerprint in known else o for o in outcomes]


def _dates(outcome: RowOutcome) -> list[date]:
    record = outcome.record
    first = getattr(record, "received_on", None) or getattr(record, "held_on")
    return [first, *(on for _, on, _ in outcome.steps)]


def _locked(outcome: RowOutcome, windows: list[tuple[str, str, str, str]]) -> list[str]:
    """The first of the row's dates inside an approved report's period, as a reason."""
    for day in _dates(outcome):
        iso = day.isoformat()
        for period_id, _, start, end in windows:
            if start <= iso <= end:
                return [f"Ngày {day:%d/%m/%Y} thuộc kỳ báo cáo {period_id} đã phê duyệt (số liệu đã khóa)"]
    return []


@dataclass(frozen=True)
class ImportResult:
    register: str
    added: int
    first_id: int | None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def run_import(session: Session, plan: ImportPlan, rows: set[int] | None = None, today: date | None = None,
               task: Task | None = None) -> ImportResult:
    """Write the plan's valid rows (or only those of ``rows``, Excel row numbers), all or
    nothing: a refused row among the chosen ones, a row imported meanwhile, a cancel or any
    failure leaves the database as it was."""
    session.require(Permission.RECORD)
    today = today or date.today()
    task = task or Task()
    chosen = [o for o in plan.outcomes if rows is None or o.row in rows]
    bad = [o.row for o in chosen if not o.ok]
    if rows is not None and bad:
        raise ValidationError(f"Các dòng {', '.join(map(str, bad[:10]))} không nhập được; bỏ chọn các dòng đó.")
    chosen = [o for o in chosen if o.ok]
    if not chosen:
        raise ValidationError("Không có dòng hợp lệ nào để nhập.")
    now, user, name = _now(), session.user.username, plan.source.name
    with _no_collector_pauses(), writing(session.store) as db:
        again = imports_repo.known_fingerprints(db, plan.register, [o.fingerprint for o in chosen])
        if again:
            raise ValidationError(f"{len(again)} dòng vừa được nhập ở nơi khác; hãy xem trước lại tệp.")
        write = _petition_writer(db, user, now, name, today) if plan.register == "petitions" else None
        first_id = None
        for start in range(0, len(chosen), BATCH):
            task.step(start, len(chosen), f"Đang ghi {start:,}/{len(chosen):,} dòng…".replace(",", "."))
            batch = chosen[start:start + BATCH]
            first = write(batch) if write else _write_records(db, plan.register, batch, user, now)
            first_id = first_id or first
            imports_repo.record_sources(db, [(o.fingerprint, plan.register, first + i, name, o.row, user, now)
                                             for i, o in enumerate(batch)])
        task.step(len(chosen), len(chosen), "Đang hoàn tất…")
        audit(session.store, user, f"{plan.register}.import", plan.register, "",
              {"rows": len(chosen), "file": name})
    return ImportResult(plan.register, len(chosen), first_id)


def _write_records(db, register: str, batch: list[RowOutcome], user: str, now: str) -> int:
    if register == "receptions":
        return imports_repo.bulk_receptions(db, [
            {**asdict(o.record), "held_on": o.record.held_on.isoformat(), "created_by": user, "created_at": now}
            for o in batch])
    return imports_repo.bulk_activities(db, [
        {**asdict(o.record), "held_on": o.record.held_on.isoformat(),
         "starts_at": o.record.starts_at.strftime("%H:%M") if o.record.starts_at else None,
         "ends_at": o.record.ends_at.strftime("%H:%M") if o.record.ends_at else None,
         "created_by": user, "created_at": now} for o in batch])


def _petition_writer(db, user: str, now: str, file_name: str, today: date):
    """Writes batches of petitions. What a row's steps make of it (status, outcome, processing
    facts, schedule, the steps' timeline rows) is worked out once per distinct clock over the
    whole import: an old register repeats the same kind, day and steps many times."""
    fields = petition_service.petition_fields()
    level = unit_level(db)
    derived: dict[tuple, tuple[dict, list, list]] = {}
    deadlines = deadline_memo(MEMO_LIMIT)

    def write(batch: list[RowOutcome]) -> int:
        rows, people, events, spans = [], [], [], []
        for i, o in enumerate(batch):
            data, steps = o.record, o.steps
            row = petition_service.petition_columns(data)
            row.update(reception_id=None, duplicate_of=None, search_text=search_text(data, fields[data.field]),
                       created_by=user, created_at=now, updated_at=now)
            clock = (data.kind, data.received_on, data.attempt, data.complex, data.remote_area,
                     data.needs_verification, data.signatories, data.eligibility, data.competence, steps)
            known = derived.get(clock)
            if known is None:
                if len(derived) >= MEMO_LIMIT:
                    derived.clear()
                known = derived[clock] = _derived(data, steps, today, level, deadlines)
            facts, overdue, step_events = known
            row.update(facts)
            rows.append(row)
            people.append([vars(p) for p in data.petitioners])  # name, address, cccd, phone
            spans += [(i, a, b) for a, b in overdue]
            note = f"Nhập từ tệp {file_name}, dòng {o.row}" + (f" (số đơn trong tệp: {o.source_number})"
                                                              if o.source_number else "")
            events.append((i, "created", row["received_on"], "", note, user, now, data.kind))
            events += [(i, step, on, "", "Nhập từ sổ cũ", user, now, data.kind) for step, on in step_events]
        return imports_repo.write_petitions(db, rows, people, events, spans)

    return write


def _derived(data: PetitionInput, steps: tuple[tuple[str, date, str], ...], today: date, level: str,
             deadlines) -> tuple[dict, list[tuple[str, str]], list[tuple[str, str]]]:
    """What a petition's steps make of it: its status, outcome, result and closing day, its
    processing facts and stored schedule; the past overdue stretches; (step, day) of the steps."""
    facts = {"status": "open"}
    for step, on, result in steps:
        if step in ("accepted", "guided", "forwarded", "urged", "filed", "returned"):
            facts["outcome"] = step
        if result:
            facts["result"] = result
        if step in CLOSING_EVENTS:
            facts.update(status="closed", closed_on=on.isoformat())
    facts.update(_processing_facts(data, steps))
    clock = clock_of_steps(data, [(step, on) for step, on, _ in steps], level)
    # closed: every step done or moot, nothing due
    schedule, overdue = clock_schedule(clock, today, closed=facts["status"] == "closed", deadlines=deadlines)
    facts.update(schedule)
    return facts, overdue, [(step, on.isoformat()) for step, on, _ in steps]


def _processing_facts(data: PetitionInput, steps: tuple[tuple[str, date, str], ...]) -> dict:
    """What the processing triggers of migration 0011 keep from the steps (their first
    processing step, first acceptance and the class), written with the petition so that its
    steps need no update of it."""
    kinds = [step for step, _, _ in steps if step in PROCESSING_STEPS or step == "urged"]
    if not kinds:
        return {"first_processed_on": None, "accepted_on": None, "processing": None}
    first = min((on for step, on, _ in steps if step in PROCESSING_STEPS), default=None)
    accepted = min((on for step, on, _ in steps if step == "accepted"), default=None)
    return {"first_processed_on": first and first.isoformat(), "accepted_on": accepted and accepted.isoformat(),
            "processing": processing_class(data.signatories, data.eligibility, data.competence, kinds)}
