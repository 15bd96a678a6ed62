"""Citizen reception sessions and the chairman's weekly reception duty."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime, timezone

from ..domain.petitions import PetitionInput
from ..domain.receptions import (
    HEAD_KINDS, ReceptionInput, counts_for_head_duty, validate_reception, weeks_without_head_reception,
)
from ..domain.users import Permission
from ..errors import NotFound
from ..storage import audit_repo, receptions_repo
from . import petitions as petition_service
from .locks import require_unlocked
from .record_edits import require_editable, save_edit
from .rules import active_calendar
from .session import Session, audit, writing


def add_reception(session: Session, data: ReceptionInput, cases: list[PetitionInput] = (),
                  today: date | None = None) -> tuple[int, list[int]]:
    """Record a session; each case raised becomes a petition linked to it (one transaction)."""
    session.require(Permission.RECORD)
    today = today or date.today()
    data = validate_reception(data, today)
    values = {**asdict(data), "held_on": data.held_on.isoformat(), "delegated": int(data.delegated),
              "created_by": session.user.username,
              "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    petition_ids = []
    with writing(session.store) as db:
        require_unlocked(db, data.held_on)  # checked inside the write transaction
        reception_id = receptions_repo.insert(db, values)
        audit(session.store, session.user.username, "reception.add", "reception", reception_id,
              {"held_on": values["held_on"], "kind": data.kind, "visits": data.visits})
        for case in cases:
            case = replace(case, reception_id=reception_id, channel="tiep_cong_dan")
            petition_ids.append(petition_service.add_petition(session, case, today))
    return reception_id, petition_ids


def get_reception(session: Session, reception_id: int) -> dict:
    session.require(Permission.RECORD)
    row = receptions_repo.get(session.db, reception_id)
    if row is None:
        raise NotFound(f"Không có buổi tiếp công dân số {reception_id}.")
    return {**row, "petition_ids": receptions_repo.petition_ids(session.db, reception_id)}


def update_reception(session: Session, reception_id: int, data: ReceptionInput,
                     today: date | None = None) -> list[str]:
    """Correct a session's figures (its author or a leader), validated like a new one; the
    petitions raised there are corrected on their own. Returns the columns that changed."""
    session.require(Permission.RECORD)
    row = get_reception(session, reception_id)
    require_editable(session, row)
    data = validate_reception(data, today or date.today())
    require_unlocked(session.db, date.fromisoformat(row["held_on"]), data.held_on)
    return save_edit(session, "reception.edit", "reception", reception_id, row,
                     {**asdict(data), "held_on": data.held_on.isoformat(), "delegated": int(data.delegated)},
                     receptions_repo.update)


def reception_input_of(session: Session, reception_id: int) -> ReceptionInput:
    row = get_reception(session, reception_id)
    return ReceptionInput(**{**{name: row[name] for name in ReceptionInput.__dataclass_fields__},
                             "held_on": date.fromisoformat(row["held_on"]),
                             "delegated": bool(row["delegated"])})  # stored as 0/1


def list_receptions(session: Session, start: date, end: date) -> list[dict]:
    session.require(Permission.RECORD)
    return receptions_repo.between(session.db, start, end)


def first_day_of_use(session: Session) -> date | None:
    """The day the unit started using the app (its first audited action)."""
    first = audit_repo.first_at(session.db)
    return date.fromisoformat(first[:10]) if first else None


def missed_head_weeks(session: Session, start: date, end: date, today: date | None = None) -> list[date]:
    """Mondays of the weeks with a working day in which the chairman received no citizens,
    from the unit's first day of use on."""
    session.require(Permission.RECORD)
    days = [on for kind, on, delegated in receptions_repo.head_sessions(session.db, sorted(HEAD_KINDS), start, end)
            if counts_for_head_duty(kind, on, delegated)]
    return weeks_without_head_reception(days, start, end, today or date.today(), active_calendar().is_working_day,
                                        first_day_of_use(session))
