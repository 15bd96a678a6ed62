"""Legal time limits of a petition: which steps are due when, and in what state.

Pure functions over plain values: the petition's clock facts and its timeline events,
the rule sets (data) and the working-day calendar. A step is judged by the rule set in
force on the day its clock started.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError
from .petitions import CLOSING_EVENTS, EVENT_KINDS
from .rules_data import Rule, RuleSet, rule_set_for
from .workcalendar import WorkCalendar

STATE_LABELS = {
    "done": "Đã xong",
    "done_late": "Xong nhưng trễ hạn",
    "on_time": "Trong hạn",
    "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn",
    "not_applicable": "Không áp dụng",
}
_OPEN_SEVERITY = {"overdue": 3, "due_soon": 2, "on_time": 1}


@dataclass(frozen=True)
class ClockEvent:
    kind: str
    on: date
    decision: str = ""


@dataclass(frozen=True)
class PetitionClock:
    kind: str
    received_on: date
    attempt: int = 1
    complex: bool = False
    remote_area: bool = False
    needs_verification: bool = False
    events: tuple[ClockEvent, ...] = ()

    def first(self, kind: str) -> ClockEvent | None:
        return next((e for e in sorted(self.events, key=lambda e: e.on) if e.kind == kind), None)

    def closing(self) -> ClockEvent | None:
        closing = [e for e in self.events if e.kind in CLOSING_EVENTS]
        return min(closing, key=lambda e: e.on) if closing else None


@dataclass(frozen=True)
class Deadline:
    step: str
    label: str
    clock: str
    started_on: date
    due_on: date
    done_on: date | None
    extensions: int
    days_left: int | None
    state: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


def _start(clock: PetitionClock, rule: Rule) -> date | None:
    if rule.start_event == "received":
        return clock.received_on
    event = clock.first(rule.start_event)
    return event.on if event else None


def _rules_for(clock: PetitionClock, rule_sets: list[RuleSet]):
    """Each step once, from the rule set in force when that step's clock started."""
    for step in ("process", "accept", "notify", "resolve"):
        for probe in rule_set_for(rule_sets, clock.received_on).rules:
            if probe.step != step or not probe.applies_to(clock.kind, clock.attempt):
                continue
            started = _start(clock, probe)
            if started is None:
                break
            in_force = rule_set_for(rule_sets, started)
            rule = next((r for r in in_force.rules if r.step == step and r.applies_to(clock.kind, clock.attempt)),
                        None)
            if rule is not None:
                yield rule, started
            break


def compute_deadlines(clock: PetitionClock, rule_sets: list[RuleSet], calendar: WorkCalendar, today: date,
                      due_soon_days: int = 3) -> list[Deadline]:
    result = []
    closing = clock.closing()
    for rule, started in _rules_for(clock, rule_sets):
        extensions = min(sum(1 for e in clock.events if e.kind == "extended" and e.on >= started),
                         rule.max_extensions)
        length = rule.length(clock.complex, clock.remote_area, clock.needs_verification)
        length += extensions * rule.extension_days
        if rule.clock == "working":
            due = calendar.add_working_days(started, length)
        else:
            due = calendar.add_calendar_days(started, length)
        done = next((e.on for e in sorted(clock.events, key=lambda e: e.on)
                     if e.kind in rule.done_events and e.on >= started), None)
        if done is not None:
            state, left = ("done" if done <= due else "done_late"), None
        elif closing is not None:
            # Closed another way (guided, forwarded, filed...): this step no longer runs.
            state, left = "not_applicable", None
        else:
            left = calendar.working_days_between(today, due) if rule.clock == "working" else (due - today).days
            state = "overdue" if left < 0 else "due_soon" if left <= due_soon_days else "on_time"
        result.append(Deadline(rule.step, rule.label, rule.clock, started, due, done, extensions, left, state))
    return result


def overall_state(deadlines: list[Deadline]) -> str | None:
    """The worst open state, for the register's badge; None when nothing is open."""
    open_states = [d.state for d in deadlines if d.state in _OPEN_SEVERITY]
    return max(open_states, key=_OPEN_SEVERITY.__getitem__) if open_states else None


def validate_event(clock: PetitionClock, event: ClockEvent, today: date, rule_sets: list[RuleSet]) -> None:
    """Refuse a step that cannot happen, with a message that says why."""
    label = EVENT_KINDS.get(event.kind)
    if label is None:
        allowed = ", ".join(f"{k} ({v})" for k, v in EVENT_KINDS.items())
        raise ValidationError(f"Loại bước xử lý “{event.kind}” không hợp lệ; chọn một trong: {allowed}.", "kind")
    if event.on < clock.received_on:
        raise ValidationError(
            f"Ngày {label.lower()} ({event.on:%d/%m/%Y}) không được trước ngày nhận đơn ({clock.received_on:%d/%m/%Y}).",
            "date")
    if event.on > today:
        raise ValidationError(f"Ngày {label.lower()} ({event.on:%d/%m/%Y}) không được sau hôm nay ({today:%d/%m/%Y}).",
                              "date")
    closing = clock.closing()
    if closing is not None:
        raise ValidationError(
            f"Đơn đã kết thúc bằng bước “{EVENT_KINDS[closing.kind]}” ngày {closing.on:%d/%m/%Y}; không ghi thêm bước.")
    accepted = clock.first("accepted")
    if event.kind == "accepted" and accepted is not None:
        raise ValidationError(f"Đơn đã được thụ lý ngày {accepted.on:%d/%m/%Y}.")
    needs_acceptance = {"extended", "notified"} | ({"resolved"} if clock.kind in ("khieu_nai", "to_cao") else set())
    if event.kind in needs_acceptance:
        if accepted is None:
            raise ValidationError(f"Chưa thụ lý đơn nên chưa thể ghi bước “{label}”.")
        if event.on < accepted.on:
            raise ValidationError(
                f"Ngày {label.lower()} ({event.on:%d/%m/%Y}) không được trước ngày thụ lý ({accepted.on:%d/%m/%Y}).",
                "date")
    if event.kind == "notified":
        if clock.kind != "to_cao":
            raise ValidationError("Bước thông báo thụ lý chỉ áp dụng cho đơn tố cáo.")
        if clock.first("notified") is not None:
            raise ValidationError("Đã thông báo thụ lý tố cáo rồi.")
    if event.kind == "extended":
        rule = next((r for r in rule_set_for(rule_sets, accepted.on).rules
                     if r.step == "resolve" and r.applies_to(clock.kind, clock.attempt)), None)
        if rule is None or rule.max_extensions == 0:
            raise ValidationError("Loại đơn này không được gia hạn thời hạn giải quyết.")
        done = sum(1 for e in clock.events if e.kind == "extended")
        if done >= rule.max_extensions:
            raise ValidationError(f"Đã gia hạn {done} lần, tối đa {rule.max_extensions} lần theo luật.")
