"""Recording dân vận activities and "Dân vận khéo" models."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, time, timezone
from functools import lru_cache

from ..domain.activities import (
    WORKING_MODEL_STATUSES, ActivityInput, ModelInput, models_expectation, validate_activity, validate_model,
)
from ..domain.users import Permission
from ..errors import NotFound
from ..paths import resource
from ..storage import activities_repo
from .petitions import petition_fields
from .locks import require_unlocked
from .record_edits import require_editable, save_edit
from .session import Session, audit, writing


@lru_cache(maxsize=1)
def activity_kinds() -> dict[str, str]:
    raw = json.loads(resource("rules", "activity_kinds.json").read_text("utf-8"))
    return {k["code"]: k["label"] for k in raw["kinds"]}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def add_activity(session: Session, data: ActivityInput, today: date | None = None) -> int:
    session.require(Permission.RECORD)
    data = validate_activity(data, activity_kinds(), petition_fields(), today or date.today())
    values = {**_activity_columns(data), "created_by": session.user.username, "created_at": _now()}
    with writing(session.store) as db:
        require_unlocked(db, data.held_on)  # checked inside the write transaction
        activity_id = activities_repo.insert_activity(db, values)
        audit(session.store, session.user.username, "activity.add", "activity", activity_id,
              {"kind": data.kind, "held_on": values["held_on"], "participants": data.participants})
    return activity_id


def _activity_columns(data: ActivityInput) -> dict:
    return {**asdict(data), "held_on": data.held_on.isoformat(),
            "starts_at": data.starts_at.strftime("%H:%M") if data.starts_at else None,
            "ends_at": data.ends_at.strftime("%H:%M") if data.ends_at else None}


def update_activity(session: Session, activity_id: int, data: ActivityInput, today: date | None = None) -> list[str]:
    """Correct an activity (its author or a leader), validated like a new one; returns the
    names of the columns that changed. Both its old and its new day must be unlocked."""
    session.require(Permission.RECORD)
    row = get_activity(session, activity_id)
    require_editable(session, row)
    data = validate_activity(data, activity_kinds(), petition_fields(), today or date.today())
    require_unlocked(session.db, date.fromisoformat(row["held_on"]), data.held_on)
    return save_edit(session, "activity.edit", "activity", activity_id, row, _activity_columns(data),
                     activities_repo.update_activity)


def activity_input_of(session: Session, activity_id: int) -> ActivityInput:
    """The stored activity as the form and ``activity edit`` start from."""
    row = get_activity(session, activity_id)
    return ActivityInput(
        held_on=date.fromisoformat(row["held_on"]), kind=row["kind"], content=row["content"], place=row["place"],
        starts_at=time.fromisoformat(row["starts_at"]) if row["starts_at"] else None,
        ends_at=time.fromisoformat(row["ends_at"]) if row["ends_at"] else None, led_by=row["led_by"],
        participants=row["participants"], women=row["women"], ethnic_minority=row["ethnic_minority"],
        religious=row["religious"], field=row["field"] or "", target_group=row["target_group"],
        outcome=row["outcome"], follow_up=row["follow_up"])


def list_activities(session: Session, start: date, end: date, kind: str | None = None, place: str | None = None,
                    field: str | None = None) -> list[dict]:
    session.require(Permission.RECORD)
    return activities_repo.activities(session.db, start, end, kind, place, field)


def activity_page(session: Session, start: date, end: date, kind: str | None = None, place: str | None = None,
                  field: str | None = None, after: tuple[str, int] | None = None, limit: int = 200) -> list[dict]:
    """A page of the register, newest first, after the (held_on, id) key of the last row seen."""
    session.require(Permission.RECORD)
    return activities_repo.activity_page(session.db, start, end, kind, place, field, after, limit)


def activity_summary(session: Session, start: date, end: date, kind: str | None = None, place: str | None = None,
                     field: str | None = None) -> dict:
    """How many activities, and their participants with women, ethnic-minority and religious counted apart."""
    session.require(Permission.RECORD)
    return activities_repo.activity_summary(session.db, start, end, kind, place, field)


def activity_days(session: Session, start: date, end: date, kind: str | None = None, place: str | None = None,
                  field: str | None = None) -> list[date]:
    session.require(Permission.RECORD)
    return [date.fromisoformat(d) for d in activities_repo.activity_days(session.db, start, end, kind, place, field)]


def activity_places(session: Session) -> list[str]:
    session.require(Permission.RECORD)
    return activities_repo.places(session.db)


def get_activity(session: Session, activity_id: int) -> dict:
    session.require(Permission.RECORD)
    row = activities_repo.get_activity(session.db, activity_id)
    if row is None:
        raise NotFound(f"Không có hoạt động số {activity_id}.")
    return row


def add_model(session: Session, data: ModelInput, today: date | None = None) -> int:
    session.require(Permission.RECORD)
    data = validate_model(data, today or date.today())
    with writing(session.store) as db:
        model_id = activities_repo.insert_model(db, {**asdict(data), "created_by": session.user.username,
                                                     "created_at": _now()})
        audit(session.store, session.user.username, "model.add", "dvk_model", model_id,
              {"field": data.field, "status": data.status})
    return model_id


def update_model(session: Session, model_id: int, data: ModelInput, today: date | None = None) -> list[str]:
    """Correct a model: its status as it moves Đăng ký → Triển khai → Hiệu quả, its recognition,
    anything mistyped (its author or a leader); validated like a new one."""
    session.require(Permission.RECORD)
    row = get_model(session, model_id)
    require_editable(session, row)
    data = validate_model(data, today or date.today())
    return save_edit(session, "model.edit", "dvk_model", model_id, row, asdict(data), activities_repo.update_model)


def model_input_of(session: Session, model_id: int) -> ModelInput:
    row = get_model(session, model_id)
    return ModelInput(**{name: row[name] for name in ModelInput.__dataclass_fields__})


def list_models(session: Session, year: int | None = None, field: str | None = None,
                status: str | None = None) -> tuple[list[dict], str]:
    """The models registered up to ``year`` (of ``field`` and ``status`` when given), and whether
    the unit meets the 1–2 expectation, judged on all its models whatever the filter."""
    session.require(Permission.RECORD)
    rows = activities_repo.models(session.db, year)  # a unit has a handful of models: filtered here
    verdict = models_expectation(sum(1 for r in rows if r["status"] in WORKING_MODEL_STATUSES),
                                 _models_required(session))
    shown = [r for r in rows if (not field or r["field"] == field) and (not status or r["status"] == status)]
    return shown, verdict


def model_page(session: Session, year: int | None = None, field: str | None = None, status: str | None = None,
               after: tuple[int, int] | None = None, limit: int = 200) -> list[dict]:
    """A page of the models register, newest registration first, after (year_registered, id)."""
    session.require(Permission.RECORD)
    return activities_repo.model_page(session.db, year, field, status, after, limit)


def models_verdict(session: Session, year: int | None = None) -> str:
    """Whether the unit meets the 1–2 models expectation, judged on all its models."""
    session.require(Permission.RECORD)
    return models_expectation(activities_repo.model_count(session.db, year, WORKING_MODEL_STATUSES),
                              _models_required(session))


def _models_required(session: Session) -> int:
    """The minimum number of models the directive in force for this unit sets (0: none)."""
    from .reports import province_rules  # reports reads this module's activity kinds
    return province_rules(session).models_required


def get_model(session: Session, model_id: int) -> dict:
    session.require(Permission.RECORD)
    row = activities_repo.get_model(session.db, model_id)
    if row is None:
        raise NotFound(f"Không có mô hình số {model_id}.")
    return row
