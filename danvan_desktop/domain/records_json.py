"""JSON shapes of petitions and receptions for the CLI and importers (docs/cli-json.md).

Unknown keys are rejected so a typo such as "recieved_on" is an error, not silently
ignored data.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, time

from ..errors import ValidationError
from .petitions import Petitioner, PetitionInput
from .activities import ActivityInput, ModelInput
from .democracy import DemocracyInput
from .receptions import ReceptionInput

_PETITION_KEYS = {f.name for f in fields(PetitionInput)} | {"duplicate_of"}
_PETITIONER_KEYS = {f.name for f in fields(Petitioner)}
_RECEPTION_KEYS = {f.name for f in fields(ReceptionInput)} | {"cases"}
_BOOLS = ("complex", "remote_area", "needs_verification")
_INTS = ("signer_count", "attempt", "reception_id", "duplicate_of")


def parse_date(value, name: str) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        raise ValidationError(f"Thiếu ngày “{name}” (dạng YYYY-MM-DD).", name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"Ngày “{name}” = “{value}” không đúng dạng YYYY-MM-DD.", name) from None


def _check_keys(data, allowed: set, what: str) -> None:
    if not isinstance(data, dict):
        raise ValidationError(f"Mỗi {what} phải là một đối tượng JSON.")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValidationError(f"{what.capitalize()} có trường không biết: {', '.join(unknown)}.")


def _int(data: dict, name: str, default):
    value = data.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"“{name}” phải là số nguyên.", name)
    return value


def petition_from_dict(data: dict) -> tuple[PetitionInput, int | None]:
    """The petition and the id of the petition it duplicates (if given)."""
    _check_keys(data, _PETITION_KEYS, "đơn")
    for name in ("kind", "channel", "content", "field"):
        if name not in data:
            raise ValidationError(f"Đơn thiếu trường bắt buộc “{name}”.", name)
    people = data.get("petitioners", [])
    if not isinstance(people, list):
        raise ValidationError("“petitioners” phải là một danh sách.", "petitioners")
    petitioners = []
    for person in people:
        _check_keys(person, _PETITIONER_KEYS, "người đứng tên")
        petitioners.append(Petitioner(**{k: str(v or "") for k, v in person.items()}))
    for name in _BOOLS:
        if name in data and not isinstance(data[name], bool):
            raise ValidationError(f"“{name}” phải là true hoặc false.", name)
    petition = PetitionInput(
        received_on=parse_date(data.get("received_on"), "received_on"),
        kind=data["kind"], channel=data["channel"], content=str(data["content"]), field=data["field"],
        signatories=data.get("signatories", "mot_nguoi"),
        signer_count=_int(data, "signer_count", 1),
        petitioners=tuple(petitioners),
        accused=str(data.get("accused", "")),
        eligibility=data.get("eligibility"), competence=data.get("competence"),
        attempt=_int(data, "attempt", 1),
        complex=data.get("complex", False), remote_area=data.get("remote_area", False),
        needs_verification=data.get("needs_verification", False),
        assigned_to=data.get("assigned_to"), reception_id=_int(data, "reception_id", None),
        source_body=str(data.get("source_body", "")), note=str(data.get("note", "")),
    )
    return petition, _int(data, "duplicate_of", None)


def reception_from_dict(data: dict) -> tuple[ReceptionInput, list[dict]]:
    _check_keys(data, _RECEPTION_KEYS, "buổi tiếp công dân")
    for name in ("kind", "receiver"):
        if name not in data:
            raise ValidationError(f"Buổi tiếp công dân thiếu trường bắt buộc “{name}”.", name)
    counts = {n: _int(data, n, 0) for n in ("visits", "people", "cases_new", "cases_repeat", "delegations",
                                            "delegation_people")}
    cases = data.get("cases", [])
    if not isinstance(cases, list):
        raise ValidationError("“cases” phải là một danh sách đơn.", "cases")
    delegated = data.get("delegated", False)
    if not isinstance(delegated, bool):
        raise ValidationError("“delegated” phải là true hoặc false.", "delegated")
    reception = ReceptionInput(held_on=parse_date(data.get("held_on"), "held_on"), kind=data["kind"],
                               receiver=str(data["receiver"]), note=str(data.get("note", "")),
                               form=str(data.get("form", "truc_tiep")), delegated=delegated, **counts)
    return reception, cases


_ACTIVITY_KEYS = {f.name for f in fields(ActivityInput)}
_MODEL_KEYS = {f.name for f in fields(ModelInput)}


def _time(value, name: str):
    if value in (None, ""):
        return None
    try:
        return time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Giờ “{name}” = “{value}” không đúng dạng HH:MM.", name) from None


def activity_from_dict(data: dict) -> ActivityInput:
    _check_keys(data, _ACTIVITY_KEYS, "hoạt động")
    for name in ("kind", "content"):
        if name not in data:
            raise ValidationError(f"Hoạt động thiếu trường bắt buộc “{name}”.", name)
    counts = {n: _int(data, n, 0) for n in ("participants", "women", "ethnic_minority", "religious")}
    texts = {n: str(data.get(n, "")) for n in ("place", "led_by", "field", "target_group", "outcome", "follow_up")}
    return ActivityInput(held_on=parse_date(data.get("held_on"), "held_on"), kind=data["kind"],
                         content=str(data["content"]), starts_at=_time(data.get("starts_at"), "starts_at"),
                         ends_at=_time(data.get("ends_at"), "ends_at"), **counts, **texts)


def model_from_dict(data: dict) -> ModelInput:
    _check_keys(data, _MODEL_KEYS, "mô hình")
    for name in ("name", "field", "owner_kind", "owner", "year_registered"):
        if name not in data:
            raise ValidationError(f"Mô hình thiếu trường bắt buộc “{name}”.", name)
    return ModelInput(name=str(data["name"]), field=data["field"], owner_kind=data["owner_kind"],
                      owner=str(data["owner"]), year_registered=_int(data, "year_registered", None),
                      status=data.get("status", "dang_ky"), recognition_level=data.get("recognition_level"),
                      recognition_form=data.get("recognition_form"), results=str(data.get("results", "")))


_DEMOCRACY_KEYS = {f.name for f in fields(DemocracyInput)}


def democracy_from_dict(data: dict) -> DemocracyInput:
    _check_keys(data, _DEMOCRACY_KEYS, "nội dung dân chủ ở cơ sở")
    for name in ("kind", "matter"):
        if name not in data:
            raise ValidationError(f"Thiếu trường bắt buộc “{name}”.", name)
    counts = {n: _int(data, n, 0) for n in ("posted_days", "turnout", "in_favour_percent", "opinions")}
    texts = {n: str(data.get(n, "")) for n in ("form", "answer", "findings", "recommendations")}
    return DemocracyInput(kind=data["kind"], on=parse_date(data.get("on"), "on"), matter=str(data["matter"]),
                          **counts, **texts)
