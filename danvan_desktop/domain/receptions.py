"""Citizen reception sessions (tiếp công dân) and the chairman's weekly duty.

The commune chairman must receive citizens in person at least one day a week
(Luật Tiếp công dân; from 1/7/2026 the duty can no longer be delegated).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..errors import Problems
from .counts import require_counts
from ..text import clean

RECEPTION_KINDS = {
    "thuong_xuyen": "Tiếp thường xuyên",
    "dinh_ky": "Chủ tịch tiếp định kỳ",
    "dot_xuat": "Chủ tịch tiếp đột xuất",
}
HEAD_KINDS = frozenset({"dinh_ky", "dot_xuat"})
# How citizens are received. Online reception exists from 1/7/2026: Luật Tiếp công dân 2013,
# Art. 3a, added by Luật 136/2025/QH15, Art. 1(1) (read in the text of the law).
RECEPTION_FORMS = {"truc_tiep": "Trực tiếp", "truc_tuyen": "Trực tuyến"}
ONLINE_RECEPTION_FROM = date(2026, 7, 1)
ONLINE_RECEPTION_BASIS = "Luật Tiếp công dân 2013, Điều 3a (bổ sung bởi Luật 136/2025/QH15, Điều 1 khoản 1)"
# From 1/7/2026 the commune chairman receives citizens in person: a session a deputy held
# on his behalf no longer counts for the weekly duty (Luật 136/2025/QH15 — chưa đối chiếu
# văn bản: the amended article was not read; see docs/time-limits.md).
IN_PERSON_DUTY_FROM = date(2026, 7, 1)
IN_PERSON_DUTY_BASIS = ("Luật Tiếp công dân 2013 sửa đổi bởi Luật 136/2025/QH15 (từ 01/7/2026): Chủ tịch UBND cấp "
                        "xã trực tiếp tiếp công dân định kỳ — chưa đối chiếu văn bản")
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
    form: str = "truc_tiep"  # RECEPTION_FORMS
    delegated: bool = False  # a chairman's session held by a deputy on his behalf (ủy quyền)


def counts_for_head_duty(kind: str, held_on: date, delegated: bool) -> bool:
    """Whether a session fulfils the chairman's weekly duty: his own, or before 1/7/2026
    one a deputy held on his behalf."""
    return kind in HEAD_KINDS and (not delegated or held_on < IN_PERSON_DUTY_FROM)


def validate_reception(data: ReceptionInput, today: date) -> ReceptionInput:
    """The cleaned input, or one ValidationError holding every rejected field."""
    problems = Problems()
    if data.held_on is None:
        problems.add("Chưa nhập ngày tiếp công dân.", "held_on")
    elif data.held_on > today:
        problems.add(f"Ngày tiếp ({data.held_on:%d/%m/%Y}) không được sau hôm nay ({today:%d/%m/%Y}).", "held_on")
    if data.kind not in RECEPTION_KINDS:
        allowed = ", ".join(f"{k} ({v})" for k, v in RECEPTION_KINDS.items())
        problems.add(f"Hình thức tiếp “{data.kind or ''}” không hợp lệ; chọn một trong: {allowed}.", "kind")
    if data.form not in RECEPTION_FORMS:
        allowed = ", ".join(f"{k} ({v})" for k, v in RECEPTION_FORMS.items())
        problems.add(f"Cách tiếp “{data.form or ''}” không hợp lệ; chọn một trong: {allowed}.", "form")
    elif data.form == "truc_tuyen" and data.held_on is not None and data.held_on < ONLINE_RECEPTION_FROM:
        problems.add(f"Tiếp công dân trực tuyến chỉ có từ ngày {ONLINE_RECEPTION_FROM:%d/%m/%Y} "
                     f"({ONLINE_RECEPTION_BASIS}).", "form")
    if data.delegated and data.kind not in HEAD_KINDS:
        problems.add("Chỉ buổi tiếp của Chủ tịch mới có thể do cấp phó tiếp thay.", "delegated")
    receiver = clean(data.receiver)
    if not receiver:
        problems.add("Chưa nhập người tiếp công dân.", "receiver")
    counts = {
        "visits": "Số lượt", "people": "Số người", "cases_new": "Số vụ việc lần đầu",
        "cases_repeat": "Số vụ việc tái diễn", "delegations": "Số đoàn đông người",
        "delegation_people": "Số người trong đoàn đông người",
    }
    if problems.check(require_counts, data, counts):
        if data.people < data.visits:
            problems.add("Số người không được ít hơn số lượt tiếp.", "people")
        if data.delegation_people > data.people:
            problems.add("Số người trong đoàn đông người không được lớn hơn tổng số người.", "delegation_people")
        elif data.delegations and data.delegation_people < DELEGATION_MIN_PEOPLE * data.delegations:
            problems.add(
                f"Mỗi đoàn đông người có từ {DELEGATION_MIN_PEOPLE} người trở lên: {data.delegations} đoàn cần ít nhất "
                f"{DELEGATION_MIN_PEOPLE * data.delegations} người.", "delegation_people")
        if data.delegation_people and not data.delegations:
            problems.add("Có người trong đoàn đông người nhưng số đoàn bằng 0.", "delegations")
    problems.raise_any()
    return replace(data, receiver=receiver, note=clean(data.note), delegated=bool(data.delegated))


def weeks_without_head_reception(head_days: list[date], start: date, end: date, today: date,
                                 is_working_day=None, first_day: date | None = None) -> list[date]:
    """Mondays of the weeks in [start, end] (up to last full week before today) with no
    reception by the chairman. A week without a single working day (the Tết week) is not
    missed, and nothing before ``first_day`` (the unit's first day of use) is counted.
    ``is_working_day`` is the work calendar's test; without it every weekday counts."""
    covered = {d - timedelta(days=d.weekday()) for d in head_days}
    if first_day is not None and first_day > start:
        start = first_day
    monday = start - timedelta(days=start.weekday())
    last = min(end, today - timedelta(days=today.weekday() + 1))  # the current week is not over yet
    working = is_working_day or (lambda d: d.weekday() < 5)
    missing = []
    while monday <= last:
        days = [monday + timedelta(days=n) for n in range(7)]
        if monday not in covered and any(working(d) for d in days if start <= d <= end):
            missing.append(monday)
        monday += timedelta(days=7)
    return missing
