"""JSON shapes of petitions and receptions for the CLI and importers (docs/cli-json.md).

Unknown keys are rejected so a typo such as "recieved_on" is an error, not silently
ignored data. Every field is read with its type (``strict_json``): a list where a code is
expected, ``null`` in a required text or a number past its range is one ``ValidationError``.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, time

from ..errors import ValidationError
from . import strict_json as sj
from .petitions import Petitioner, PetitionInput
from .activities import ActivityInput, ModelInput
from .democracy import DemocracyInput
from .receptions import ReceptionInput

_PETITION_KEYS = {f.name for f in fields(PetitionInput)} | {"duplicate_of"}
_PETITIONER_KEYS = {f.name for f in fields(Petitioner)}
_RECEPTION_KEYS = {f.name for f in fields(ReceptionInput)} | {"cases"}


def parse_date(value, name: str) -> date:
    return sj.day(value, name)


def _check_keys(data, allowed: set, what: str) -> None:
    if not isinstance(data, dict):
        raise ValidationError(f"Mỗi {what} phải là một đối tượng JSON.")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValidationError(f"{what.capitalize()} có trường không biết: {', '.join(unknown)}.")


def _int(data: dict, name: str, default, low: int = 0, high: int = sj.INT_MAX):
    return sj.integer(data, name, default, low, high)


_MAX_COUNT = 10_000_000  # people, visits, participants: far above any commune's figure


def petition_from_dict(data: dict) -> tuple[PetitionInput, int | None]:
    """The petition and the id of the petition it duplicates (if given)."""
    _check_keys(data, _PETITION_KEYS, "đơn")
    petitioners = []
    for person in sj.items(data.get("petitioners"), "petitioners", 1000):
        _check_keys(person, _PETITIONER_KEYS, "người đứng tên")
        petitioners.append(Petitioner(**{k: sj.text(person, k) for k in _PETITIONER_KEYS - {"signed"}},
                                      signed=sj.boolean(person, "signed", True)))
    petition = PetitionInput(
        received_on=parse_date(data.get("received_on"), "received_on"),
        kind=sj.code(data, "kind", required=True), channel=sj.code(data, "channel", required=True),
        content=sj.text(data, "content", None, sj.LONG_TEXT), field=sj.code(data, "field", required=True),
        signatories=sj.code(data, "signatories", "mot_nguoi"),
        signer_count=_int(data, "signer_count", 1, sj.INT_MIN, _MAX_COUNT),
        petitioners=tuple(petitioners),
        accused=sj.text(data, "accused"),
        eligibility=sj.code(data, "eligibility"), competence=sj.code(data, "competence"),
        attempt=_int(data, "attempt", 1, 1, 2),
        complex=sj.boolean(data, "complex"), remote_area=sj.boolean(data, "remote_area"),
        needs_verification=sj.boolean(data, "needs_verification"),
        assigned_to=sj.code(data, "assigned_to"), reception_id=_int(data, "reception_id", None, 1),
        source_body=sj.text(data, "source_body"), note=sj.text(data, "note", "", sj.LONG_TEXT),
    )
    return petition, _int(data, "duplicate_of", None, 1)


def reception_from_dict(data: dict) -> tuple[ReceptionInput, list[dict]]:
    _check_keys(data, _RECEPTION_KEYS, "buổi tiếp công dân")
    counts = {n: _int(data, n, 0, sj.INT_MIN, _MAX_COUNT) for n in ("visits", "people", "cases_new", "cases_repeat",
                                                           "delegations", "delegation_people")}
    cases = sj.items(data.get("cases"), "cases", 1000)
    reception = ReceptionInput(held_on=parse_date(data.get("held_on"), "held_on"),
                               kind=sj.code(data, "kind", required=True), receiver=sj.text(data, "receiver", None),
                               note=sj.text(data, "note", "", sj.LONG_TEXT),
                               form=sj.code(data, "form", "truc_tiep"), delegated=sj.boolean(data, "delegated"),
                               **counts)
    return reception, cases


_ACTIVITY_KEYS = {f.name for f in fields(ActivityInput)}
_MODEL_KEYS = {f.name for f in fields(ModelInput)}


def _time(data: dict, name: str):
    value = sj.code(data, name)
    if value is None:
        return None
    try:
        if len(value) != 5:
            raise ValueError(value)
        return time.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"Giờ “{name}” = “{value}” không đúng dạng HH:MM.", name) from None


def activity_from_dict(data: dict) -> ActivityInput:
    _check_keys(data, _ACTIVITY_KEYS, "hoạt động")
    counts = {n: _int(data, n, 0, sj.INT_MIN, _MAX_COUNT)
              for n in ("participants", "women", "ethnic_minority", "religious")}
    texts = {n: sj.text(data, n) for n in ("place", "led_by", "target_group")}
    texts.update({n: sj.text(data, n, "", sj.LONG_TEXT) for n in ("outcome", "follow_up")})
    return ActivityInput(held_on=parse_date(data.get("held_on"), "held_on"), kind=sj.code(data, "kind", required=True),
                         content=sj.text(data, "content", None, sj.LONG_TEXT), starts_at=_time(data, "starts_at"),
                         ends_at=_time(data, "ends_at"), field=sj.code(data, "field", ""), **counts, **texts)


def model_from_dict(data: dict) -> ModelInput:
    _check_keys(data, _MODEL_KEYS, "mô hình")
    if data.get("year_registered") is None:
        raise ValidationError("Mô hình thiếu trường bắt buộc “year_registered”.", "year_registered")
    return ModelInput(name=sj.text(data, "name", None), field=sj.code(data, "field", required=True),
                      owner_kind=sj.code(data, "owner_kind", required=True), owner=sj.text(data, "owner", None),
                      year_registered=_int(data, "year_registered", None, 1900, 2999),
                      status=sj.code(data, "status", "dang_ky"), recognition_level=sj.code(data, "recognition_level"),
                      recognition_form=sj.code(data, "recognition_form"),
                      results=sj.text(data, "results", "", sj.LONG_TEXT))


_DEMOCRACY_KEYS = {f.name for f in fields(DemocracyInput)}


def democracy_from_dict(data: dict) -> DemocracyInput:
    _check_keys(data, _DEMOCRACY_KEYS, "nội dung dân chủ ở cơ sở")
    counts = {n: _int(data, n, 0, sj.INT_MIN, _MAX_COUNT) for n in ("posted_days", "turnout", "opinions")}
    counts["in_favour_percent"] = _int(data, "in_favour_percent", 0, 0, 100)
    texts = {n: sj.text(data, n, "", sj.LONG_TEXT) for n in ("answer", "findings", "recommendations")}
    return DemocracyInput(kind=sj.code(data, "kind", required=True), on=parse_date(data.get("on"), "on"),
                          matter=sj.text(data, "matter", None, sj.LONG_TEXT), form=sj.code(data, "form", ""),
                          **counts, **texts)
