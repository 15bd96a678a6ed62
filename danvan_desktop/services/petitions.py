"""Use cases of the petition register: record, follow the timeline, find, link duplicates.

Every write checks the role, runs in one transaction, adds a timeline event and an
audit entry (without any personal data), and refreshes the petition's next deadline
so that "overdue" and "due soon" filters are plain indexed queries.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache

from ..domain import deadlines as deadline_rules
from ..domain.petition_processing import eligibility_sources as parse_eligibility_sources
from ..domain.petitions import (
    CLOSING_EVENTS,
    EVENT_KINDS,
    KINDS,
    RESULTS,
    Petitioner,
    PetitionInput,
    for_print,
    masked,
    may_see_identity,
    not_processed_reason,
    search_text,
    validate_petition,
)
from ..domain.users import Permission
from ..errors import NotFound, PermissionDenied, ValidationError
from ..paths import resource
from ..storage import attachments_repo, petitions_repo, users_repo
from ..storage.petition_order import SortOrder
from ..storage.petitions_repo import ListQuery
from ..collation import sort_key
from ..text import clean
from .rules import active_calendar, active_rule_sets
from .locks import require_unlocked
from .petition_schedule import (
    DUE_SOON_WORKING_DAYS,
    clock_of,
    deadlines_for,
    refresh_schedule,
    unit_level,
)
from .record_edits import refusal
from .session import Session, audit, writing



@lru_cache(maxsize=1)
def petition_fields() -> dict[str, str]:
    raw = json.loads(resource("rules", "petition_fields.json").read_text("utf-8"))
    return {f["code"]: f["label"] for f in raw["fields"]}


@lru_cache(maxsize=1)
def eligibility_sources() -> list[str]:
    """Where "name, address and signature or the petition is not eligible" comes from."""
    return parse_eligibility_sources(json.loads(resource("rules", "petition_eligibility.json").read_text("utf-8")))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


EDITABLE = {
    "received_on": "ngày nhận", "kind": "loại đơn", "channel": "nguồn đơn", "content": "nội dung", "field": "lĩnh vực",
    "signatories": "người đứng tên", "signer_count": "số người đứng tên", "accused": "người bị tố cáo",
    "eligibility": "điều kiện xử lý", "competence": "thẩm quyền", "attempt": "lần khiếu nại", "complex": "phức tạp",
    "remote_area": "vùng khó khăn", "needs_verification": "cần xác minh", "assigned_to": "người được giao",
    "source_body": "cơ quan chuyển đơn", "note": "ghi chú",
}
def petition_columns(data: PetitionInput) -> dict:
    """The petition's own columns (the ones an officer enters and may correct)."""
    values = {name: getattr(data, name) for name in EDITABLE}
    values["received_on"] = data.received_on.isoformat()
    for flag in ("complex", "remote_area", "needs_verification"):
        values[flag] = int(values[flag])
    return values


def add_petition(session: Session, data: PetitionInput, today: date | None = None,
                 duplicate_of: int | None = None) -> int:
    session.require(Permission.RECORD)
    today = today or date.today()
    data = validate_petition(data, petition_fields(), today)
    check_assignee(session, data.assigned_to)
    if duplicate_of is not None and petitions_repo.get(session.db, duplicate_of) is None:
        raise NotFound(f"Không có đơn số {duplicate_of} để liên kết.")
    now = _now()
    values = {
        **petition_columns(data), "reception_id": data.reception_id, "duplicate_of": _root(session.db, duplicate_of),
        "status": "open", "search_text": search_text(data, petition_fields()[data.field]),
        "created_by": session.user.username, "created_at": now, "updated_at": now,
    }
    with writing(session.store) as db:
        require_unlocked(db, data.received_on)  # checked inside the write transaction
        petition_id = petitions_repo.insert(db, values)
        petitions_repo.insert_petitioners(db, petition_id, [asdict(p) for p in data.petitioners])
        petitions_repo.insert_event(db, petition_id, "created", values["received_on"], session.user.username, now,
                                    note="Vào sổ đơn")
        if duplicate_of is not None:
            petitions_repo.insert_event(db, petition_id, "linked", values["received_on"], session.user.username, now,
                                        note=f"Trùng với đơn số {values['duplicate_of']}")
        refresh_schedule(db, petition_id, today)
        audit(session.store, session.user.username, "petition.add", "petition", petition_id,
              {"kind": data.kind, "received_on": values["received_on"], "duplicate_of": values["duplicate_of"]})
    return petition_id


# Never copied into the timeline: who accused whom stays out of what others can read.
_SECRET_FIELDS = frozenset({"accused"})


def check_assignee(session: Session, username: str | None) -> None:
    """The officer a petition is assigned to (who may see a denouncer) must be a user here."""
    if username and users_repo.by_username(session.db, username) is None:
        raise ValidationError(f"Không có người dùng “{username}” để giao đơn.", "assigned_to")


def update_petition(session: Session, petition_id: int, data: PetitionInput, today: date | None = None) -> list[str]:
    """Correct a petition. The change is a timeline event naming what changed, with the
    previous values (identities excepted), so nothing an officer typed is lost."""
    session.require(Permission.RECORD)
    today = today or date.today()
    row = _existing(session, petition_id)
    reason = _edit_refusal(session, row)
    if reason:
        raise PermissionDenied(reason)
    data = validate_petition(data, petition_fields(), today)
    check_assignee(session, data.assigned_to)
    events = [e for e in petitions_repo.events(session.db, petition_id) if e["kind"] in EVENT_KINDS]
    first = min((date.fromisoformat(e["on_date"]) for e in events), default=None)
    if first is not None and data.received_on > first:
        raise ValidationError(f"Ngày nhận đơn ({data.received_on:%d/%m/%Y}) không được sau bước xử lý đầu tiên "
                              f"({first:%d/%m/%Y}).", "received_on")
    changed = {k: v for k, v in petition_columns(data).items() if row[k] != v}
    old_people = petitions_repo.petitioners(session.db, petition_id)
    new_people = [asdict(p) for p in data.petitioners]
    people_changed = old_people != new_people
    if not changed and not people_changed:
        return []
    labels = [EDITABLE[k] for k in changed] + (["người đứng tên đơn"] if people_changed else [])
    previous = {k: row[k] for k in changed if k not in _SECRET_FIELDS}
    now = _now()
    with writing(session.store) as db:
        require_unlocked(db, date.fromisoformat(row["received_on"]), data.received_on)
        petitions_repo.update(db, petition_id, {
            **changed, "updated_at": now, "search_text": search_text(data, petition_fields()[data.field])})
        if people_changed:
            petitions_repo.replace_petitioners(db, petition_id, new_people)
        petitions_repo.insert_event(db, petition_id, "edited", today.isoformat(), session.user.username, now,
                                    body=json.dumps(previous, ensure_ascii=False),
                                    note="Sửa: " + ", ".join(labels))
        refresh_schedule(db, petition_id, today)
        details = {"fields": sorted(changed) + (["petitioners"] if people_changed else [])}
        if "kind" in changed:  # a kind change moves the petition between figures (and secrecy rules)
            details["kind"] = {"from": row["kind"], "to": changed["kind"]}
        audit(session.store, session.user.username, "petition.edit", "petition", petition_id, details)
    return labels


def _edit_refusal(session: Session, row: dict) -> str | None:
    if not may_see_identity(session.user, row["kind"], row["assigned_to"]):
        return "Chỉ người được giao giải quyết và lãnh đạo được sửa đơn tố cáo."
    return refusal(session, row, row["assigned_to"])


def edit_refusal(session: Session, petition_id: int) -> str | None:
    """Why the session's user may not correct the petition (None: they may): the officer who
    entered it, the one assigned to it, or a leader may; a denunciation only the latter two."""
    session.require(Permission.RECORD)
    return _edit_refusal(session, _existing(session, petition_id))


def input_of(session: Session, petition_id: int) -> PetitionInput:
    """The petition as the form shows it for correction (only for users who may see it whole)."""
    detail = show_petition(session, petition_id)
    if not detail.identity_visible:
        raise PermissionDenied("Chỉ người được giao giải quyết và lãnh đạo được sửa đơn tố cáo.")
    row = detail.row
    return PetitionInput(
        received_on=date.fromisoformat(row["received_on"]), kind=row["kind"], channel=row["channel"],
        content=row["content"], field=row["field"], signatories=row["signatories"], signer_count=row["signer_count"],
        petitioners=tuple(detail.petitioners), accused=row["accused"], eligibility=row["eligibility"],
        competence=row["competence"], attempt=row["attempt"], complex=bool(row["complex"]),
        remote_area=bool(row["remote_area"]), needs_verification=bool(row["needs_verification"]),
        assigned_to=row["assigned_to"], reception_id=row["reception_id"], source_body=row["source_body"],
        note=row["note"])


def _root(db, petition_id: int | None) -> int | None:
    """Duplicates point at the first petition of their group, so each group counts once."""
    seen = set()
    while petition_id is not None and petition_id not in seen:
        seen.add(petition_id)
        row = petitions_repo.get(db, petition_id)
        if row is None or row["duplicate_of"] is None:
            return petition_id
        petition_id = row["duplicate_of"]
    return petition_id


def record_event(session: Session, petition_id: int, kind: str, on: date, decision: str = "", body: str = "",
                 note: str = "", complex: bool | None = None, result: str | None = None,
                 today: date | None = None, days: int | None = None) -> None:
    """Add a legal step (thụ lý, gia hạn, giải quyết, chuyển đơn, tạm đình chỉ, ...) to the
    timeline. ``days`` is what an extension decision grants (default: the legal maximum)."""
    session.require(Permission.RECORD)
    today = today or date.today()
    row = _existing(session, petition_id)
    events = petitions_repo.events(session.db, petition_id)
    decision, body = clean(decision), clean(body)
    changes: dict = {}
    if complex is not None and kind == "accepted":
        changes["complex"] = int(complex)
    if days is not None and kind != "extended":
        raise ValidationError("Chỉ bước gia hạn giải quyết mới có số ngày gia hạn.", "days")
    clock = clock_of({**row, **changes}, events, unit_level(session.db))
    deadline_rules.validate_event(clock, deadline_rules.ClockEvent(kind, on, decision, days), today,
                                  active_rule_sets())
    if kind == "extended" and not decision:
        raise ValidationError("Gia hạn giải quyết cần số quyết định gia hạn.", "decision")
    if kind == "suspended" and not decision:
        raise ValidationError("Tạm đình chỉ giải quyết cần số quyết định tạm đình chỉ.", "decision")
    if kind == "withdrawn" and clock.rule_kind == "to_cao" and not decision:
        raise ValidationError("Rút toàn bộ tố cáo: ghi số quyết định đình chỉ việc giải quyết tố cáo (Luật Tố cáo "
                              "2018, Điều 33). Nếu việc giải quyết vẫn phải tiếp tục (rút một phần, nhiều người "
                              "tố cáo, có dấu hiệu vi phạm, bị đe dọa, mua chuộc), ghi bước “Rút tố cáo – vẫn "
                              "tiếp tục giải quyết”.", "decision")
    if kind == "forwarded" and not body:
        raise ValidationError("Chuyển đơn cần ghi cơ quan nhận đơn.", "body")
    if kind == "resolved" and row["kind"] == "khieu_nai":
        if result not in RESULTS:
            raise ValidationError("Giải quyết khiếu nại cần chọn kết quả: Đúng, Sai hoặc Đúng một phần.",
                                  "result")
        changes["result"] = result
    elif result is not None:
        if result not in RESULTS:
            raise ValidationError(f"Kết quả “{result}” không hợp lệ.", "result")
        changes["result"] = result
    if kind in ("accepted", "guided", "forwarded", "urged", "filed", "returned"):
        changes.setdefault("outcome", kind)
    if kind in CLOSING_EVENTS:
        changes.update(status="closed", closed_on=on.isoformat())
    changes["updated_at"] = _now()
    with writing(session.store) as db:
        require_unlocked(db, on)  # checked inside the write transaction
        petitions_repo.insert_event(db, petition_id, kind, on.isoformat(), session.user.username, changes["updated_at"],
                                    decision=decision, body=body, note=clean(note), days=days)
        petitions_repo.update(db, petition_id, changes)
        refresh_schedule(db, petition_id, today)
        audit(session.store, session.user.username, f"petition.{kind}", "petition", petition_id,
              {"on": on.isoformat(), "decision": decision})


def _existing(session: Session, petition_id: int) -> dict:
    row = petitions_repo.get(session.db, petition_id)
    if row is None:
        raise NotFound(f"Không có đơn số {petition_id}.")
    return row


@dataclass
class PetitionDetail:
    row: dict
    petitioners: list[Petitioner]
    identity_visible: bool
    events: list[dict]
    deadlines: list
    attachments: list[dict]
    duplicates: list[int] = field(default_factory=list)
    not_processed: str | None = None  # why no legal clock runs at all (anonymous denunciation)


def show_petition(session: Session, petition_id: int, today: date | None = None,
                  for_printing: bool = False) -> PetitionDetail:
    session.require(Permission.RECORD)
    today = today or date.today()
    row = _existing(session, petition_id)
    visible = may_see_identity(session.user, row["kind"], row["assigned_to"])
    people = [Petitioner(**p) for p in petitions_repo.petitioners(session.db, petition_id)]
    if not visible:
        people = [masked(p) for p in people]
    elif for_printing:
        people = [for_print(p) for p in people]
    events = petitions_repo.events(session.db, petition_id)
    row = {k: v for k, v in row.items() if k != "search_text"}
    return PetitionDetail(
        row=row,
        petitioners=people,
        identity_visible=visible,
        events=events,
        deadlines=deadlines_for(row, events, today, unit_level(session.db)),
        not_processed=not_processed_reason(row["kind"], row["signatories"]),
        attachments=attachments_repo.listing(session.db, "petition", petition_id) if visible else [],
        duplicates=petitions_repo.duplicate_ids(session.db, petition_id),
    )


def is_search(text: str) -> bool:
    """Whether the register's search box holds words to look for (not blanks or marks alone):
    a search lists newest entered first."""
    return bool(petitions_repo.fts_query(text))


SORT_COLUMNS = ("id", "received_on", "kind", "petitioner", "content", "field", "next_due_on", "state")


def list_query(kind=None, field=None, state=None, received_from=None, received_to=None, search="",
               include_duplicates=True, today: date | None = None, sort: str | None = None,
               descending: bool = False) -> ListQuery:
    """Turn the register's filter into dates: "due soon" means within the next working days.

    ``sort`` (one of ``SORT_COLUMNS``) orders the list by a column, kinds and fields by their
    Vietnamese labels; without one the overdue list opens on the most urgent (the earliest
    missed deadline, most days overdue, first) and the others on the newest received."""
    today = today or date.today()
    soon = active_calendar().add_working_days(today, DUE_SOON_WORKING_DAYS)
    if sort is None and state == "overdue":
        sort, descending = "next_due_on", False
    labels = {"kind": KINDS, "field": petition_fields()}.get(sort or "", {})
    order = SortOrder(sort or "", descending, tuple(sorted(labels, key=lambda code: sort_key(labels[code]))))
    return ListQuery(kind=kind, field=field, state=state, today=today, soon_until=soon,
                     received_from=received_from, received_to=received_to, search=search,
                     include_duplicates=include_duplicates, sort=order)


def page(session: Session, query: ListQuery, after=None, limit: int = 200) -> list[tuple[str, int]]:
    session.require(Permission.RECORD)
    return petitions_repo.page_ids(session.db, query, after, limit)


def count(session: Session, query: ListQuery, cap: int | None = None) -> int:
    session.require(Permission.RECORD)
    return petitions_repo.count(session.db, query, cap)


def list_rows(session: Session, ids: list[int]) -> list[dict]:
    """Rows for display, in the order of ``ids``, with secret identities masked for this user."""
    session.require(Permission.RECORD)
    rows = petitions_repo.rows_by_ids(session.db, ids)
    names = petitions_repo.first_petitioner_names(session.db, ids)
    rulesets, calendar, level = active_rule_sets(), active_calendar(), unit_level(session.db)
    out = []
    for petition_id in ids:
        row = rows.get(petition_id)
        if row is None:
            continue
        name, address = names.get(petition_id, ("", ""))
        if not may_see_identity(session.user, row["kind"], row["assigned_to"]):
            name, address, row = masked(Petitioner()).name, "", {**row, "accused": ""}
        clock = deadline_rules.PetitionClock(row["kind"], date.fromisoformat(row["received_on"]), row["attempt"],
                                             competence=row["competence"], signatories=row["signatories"],
                                             level=level)
        due = date.fromisoformat(row["next_due_on"]) if row["next_due_on"] else None
        out.append({**row, "petitioner": name, "address": address, "not_processed": clock.not_processed,
                    "due_marks": deadline_rules.due_marks(clock, rulesets, calendar, row["next_due_step"], due)})
    return out


def link_duplicate(session: Session, petition_id: int, original_id: int) -> None:
    session.require(Permission.RECORD)
    if petition_id == original_id:
        raise ValidationError("Không thể liên kết một đơn với chính nó.")
    row = _existing(session, petition_id)
    _existing(session, original_id)
    root = _root(session.db, original_id)
    if root == petition_id:
        raise ValidationError(f"Đơn số {original_id} đã trùng với đơn số {petition_id}; không thể liên kết vòng.")
    now = _now()
    with writing(session.store) as db:
        require_unlocked(db, date.fromisoformat(row["received_on"]))  # it leaves that period's figures
        petitions_repo.update(db, petition_id, {"duplicate_of": root, "updated_at": now})
        petitions_repo.reparent_duplicates(db, petition_id, root)
        petitions_repo.insert_event(db, petition_id, "linked", date.today().isoformat(), session.user.username, now,
                                    note=f"Trùng với đơn số {root}")
        audit(session.store, session.user.username, "petition.link", "petition", petition_id, {"duplicate_of": root})


def overdue_count(session: Session, today: date | None = None) -> int:
    return petitions_repo.count_overdue(session.db, today or date.today())


def add_many(session: Session, items: list[tuple[PetitionInput, int | None]], today: date | None = None) -> list[int]:
    """Add a batch all-or-nothing: one bad petition and none of them is saved."""
    with writing(session.store):
        return [add_petition(session, petition, today, duplicate_of) for petition, duplicate_of in items]
