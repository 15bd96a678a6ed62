"""Citizen reception sessions (tiếp công dân) and the chairman's weekly duty.

The commune chairman must receive citizens in person at least one day a week
(Luật Tiếp công dân; from 1/7/2026 the duty can no longer be delegated).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..errors import ValidationError
from .counts import require_counts
from ..text import clean

RECEPTION_KINDS = {
    "thuong_xuyen": "Tiếp thường xuyên",
    "dinh_ky": "Chủ tịch tiếp định kỳ",
    "dot_xuat": "Chủ tịch tiếp đột xuất",
}
HEAD_KINDS = frozenset({"dinh_ky", "dot_xuat"})
DELEGATION_MIN_PEOPLE = 5  # "đoàn đông người": five people or more


@dataclass(frozen=True)
class ReceptionInput:
    held_on: date
    kind: str
    receiver: str  # who received the citizens (for dinh_ky/dot_xuat: the chairman)
    visits: int = 0  # lượt
    people: int = 0  # người
    cases_new: int = 0  # vụ việc lần đầu
    cases_repeat: int = 0  # vụ việc tái diễn
    delegations: int = 0  # đoàn đông người
    delegation_people: int = 0
    note: str = ""


def validate_reception(data: ReceptionInput, today: date) -> ReceptionInput:
    if data.held_on is None:
        raise ValidationError("Chưa nhập ngày tiếp công dân.", "held_on")
    if data.held_on > today:
        raise ValidationError(
            f"Ngày tiếp ({data.held_on:%d/%m/%Y}) không được sau hôm nay ({today:%d/%m/%Y}).", "held_on"
        )
    if data.kind not in RECEPTION_KINDS:
        allowed = ", ".join(f"{k} ({v})" for k, v in RECEPTION_KINDS.items())
        raise ValidationError(f"Hình thức tiếp “{data.kind or ''}” không hợp lệ; chọn một trong: {allowed}.", "kind")
    receiver = clean(data.receiver)
    if not receiver:
        raise ValidationError("Chưa nhập người tiếp công dân.", "receiver")
    counts = {
        "visits": "Số lượt", "people": "Số người", "cases_new": "Số vụ việc lần đầu",
        "cases_repeat": "Số vụ việc tái diễn", "delegations": "Số đoàn đông người",
        "delegation_people": "Số người trong đoàn đông người",
    }
    require_counts(data, counts)
    if data.people < data.visits:
        raise ValidationError("Số người không được ít hơn số lượt tiếp.", "people")
    if data.delegation_people > data.people:
        raise ValidationError("Số người trong đoàn đông người không được lớn hơn tổng số người.", "delegation_people")
    if data.delegations and data.delegation_people < DELEGATION_MIN_PEOPLE * data.delegations:
        raise ValidationError(
            f"Mỗi đoàn đông người có từ {DELEGATION_MIN_PEOPLE} người trở lên: {data.delegations} đoàn cần ít nhất "
            f"{DELEGATION_MIN_PEOPLE * data.delegations} người.", "delegation_people")
    if data.delegation_people and not data.delegations:
        raise ValidationError("Có người trong đoàn đông người nhưng số đoàn bằng 0.", "delegations")
    return replace(data, receiver=receiver, note=clean(data.note))


def weeks_without_head_reception(head_days: list[date], start: date, end: date, today: date) -> list[date]:
    """Mondays of the weeks in [start, end] (up to last full week before today) with no
    reception by the chairman."""
    covered = {d - timedelta(days=d.weekday()) for d in head_days}
    monday = start - timedelta(days=start.weekday())
    last = min(end, today - timedelta(days=today.weekday() + 1))  # the current week is not over yet
    missing = []
    while monday <= last:
        if monday not in covered:
            missing.append(monday)
        monday += timedelta(days=7)
    return missing
