"""Recording grassroots democracy: published, decided, consulted, supervised."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, timezone

from ..domain.democracy import DemocracyInput, validate_democracy
from ..domain.users import Permission
from ..errors import NotFound
from ..storage import democracy_repo
from .locks import require_unlocked
from .record_edits import require_editable, save_edit
from .session import Session, audit, writing


def add_record(session: Session, data: DemocracyInput, today: date | None = None) -> int:
    session.require(Permission.RECORD)
    data = validate_democracy(data, today or date.today())
    values = {**_columns(data), "created_by": session.user.username,
              "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    with writing(session.store) as db:
        require_unlocked(db, data.on)  # checked inside the write transaction
        record_id = democracy_repo.insert(db, values)
        audit(session.store, session.user.username, "democracy.add", "democracy", record_id,
              {"kind": data.kind, "on": values["on_date"]})
    return record_id


def _columns(data: DemocracyInput) -> dict:
    return {**{k: v for k, v in asdict(data).items() if k != "on"}, "on_date": data.on.isoformat()}


def update_record(session: Session, record_id: int, data: DemocracyInput, today: date | None = None) -> list[str]:
    """Correct a record (its author or a leader), validated like a new one; returns the columns that changed."""
    session.require(Permission.RECORD)
    row = get_record(session, record_id)
    require_editable(session, row)
    data = validate_democracy(data, today or date.today())
    require_unlocked(session.db, date.fromisoformat(row["on_date"]), data.on)
    return save_edit(session, "democracy.edit", "democracy", record_id, row, _columns(data), democracy_repo.update)


def record_input_of(session: Session, record_id: int) -> DemocracyInput:
    row = get_record(session, record_id)
    values = {name: row[name] for name in DemocracyInput.__dataclass_fields__ if name != "on"}
    return DemocracyInput(**values, on=date.fromisoformat(row["on_date"]))


def list_records(session: Session, start: date, end: date, kind: str | None = None) -> list[dict]:
    session.require(Permission.RECORD)
    return democracy_repo.between(session.db, start, end, kind)


def page_records(session: Session, start: date, end: date, kind: str | None = None,
                 after: tuple[str, int] | None = None, limit: int = 200) -> list[dict]:
    """A page of the register, newest first, after the (on_date, id) key of the last row seen."""
    session.require(Permission.RECORD)
    return democracy_repo.page(session.db, start, end, kind, after, limit)


def get_record(session: Session, record_id: int) -> dict:
    session.require(Permission.RECORD)
    row = democracy_repo.get(session.db, record_id)
    if row is None:
        raise NotFound(f"Không có nội dung dân chủ ở cơ sở số {record_id}.")
    return row
