"""Legal time limits of a petition: which steps are due when, and in what state.

Pure functions over plain values: the petition's clock facts and its timeline events,
the rule sets (data) and the working-day calendar. Each step is judged by the rule set
in force on the day its own clock started (receipt, or acceptance).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError
from .petitions import CLOSING_EVENTS, EVENT_KINDS, KINDS
from .rules_data import STEPS, Rule, RuleSet, rule_set_for, rule_set_in_force
from .workcalendar import WorkCalendar

STATE_LABELS = {
    "done": "Đã xong",
    "done_late": "Xong nhưng trễ hạn",
    "on_time": "Trong hạn",
    "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn",
    "not_applicable": "Không áp dụng",
}
OPEN_STATES = ("overdue", "due_soon", "on_time")  # worst first
# Outcomes after which the commune no longer runs the petition's other clocks: the
# closing events, and "urged" (đôn đốc: another body is the one to accept and resolve).
ENDING_EVENTS = CLOSING_EVENTS | {"urged"}
# How each event is named in "Ngày ... (dd/mm/yyyy)" messages.
EVENT_DATE_NAMES = {
    "accepted": "thụ lý", "notified": "thông báo thụ lý", "extended": "gia hạn", "resolved": "giải quyết",
    "guided": "hướng dẫn", "forwarded": "chuyển đơn", "urged": "đôn đốc", "filed": "lưu đơn",
    "returned": "trả lại đơn", "withdrawn": "rút đơn",
}
# Complaints and denunciations are resolved only after a formal acceptance (thụ lý).
_ACCEPTED_KINDS = ("khieu_nai", "to_cao")


@dataclass(frozen=True)
class ClockEvent:
    kind: str
    on: date
    decision: str = ""


@dataclass(frozen=True)
class PetitionClock:
    """What the time limits depend on. ``handled_as`` applies to a petition with several
    contents (``nhieu_noi_dung``): it gets the processing step only, unless the caller
    names the kind whose later steps apply (for instance ``"khieu_nai"``)."""

    kind: str
    received_on: date
    attempt: int = 1
    complex: bool = False
    remote_area: bool = False
    needs_verification: bool = False
    events: Sequence[ClockEvent] = ()
    handled_as: str | None = None

    def __post_init__(self):
        if self.handled_as is not None and (self.kind != "nhieu_noi_dung" or self.handled_as not in KINDS
                                            or self.handled_as == "nhieu_noi_dung"):
            raise ValidationError("Chỉ đơn nhiều nội dung mới được xử lý theo một loại đơn khác.", "handled_as")

    @property
    def rule_kind(self) -> str:
        return self.handled_as or self.kind

    def ordered(self) -> list[ClockEvent]:
        return sorted(self.events, key=lambda e: e.on)

    def first(self, kind: str) -> ClockEvent | None:
        return next((e for e in self.ordered() if e.kind == kind), None)

    def closing(self) -> ClockEvent | None:
        return next((e for e in self.ordered() if e.kind in CLOSING_EVENTS), None)


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


def _start(clock: PetitionClock, start_event: str) -> date | None:
    if start_event == "received":
        return clock.received_on
    event = clock.first(start_event)
    return event.on if event else None


def _rule_for_step(clock: PetitionClock, rule_sets: Sequence[RuleSet], step: str) -> tuple[Rule, date] | None:
    """The rule of the set in force when this step's clock started, with that start."""
    kind, attempt = clock.rule_kind, clock.attempt
    start_events = {r.start_event for s in rule_sets for r in s.rules if r.step == step and r.applies_to(kind, attempt)}
    found = []
    for start_event in sorted(start_events):
        started = _start(clock, start_event)
        in_force = rule_set_in_force(rule_sets, started) if started else None
        rule = next((r for r in in_force.rules if r.step == step and r.start_event == start_event
                     and r.applies_to(kind, attempt)), None) if in_force else None
        if rule is not None:
            found.append((in_force.effective_from, rule, started))
    if not found:
        return None
    _, rule, started = max(found, key=lambda f: f[0])
    return rule, started


def _days_left(rule: Rule, calendar: WorkCalendar, today: date, due: date) -> int:
    """Left in the step's own unit; at least -1 once overdue, even over a weekend."""
    if rule.clock == "working":
        left = calendar.working_days_between(today, due)
    else:
        left = (due - today).days
    return min(left, -1) if today > due else left


def compute_deadlines(clock: PetitionClock, rulesets: Sequence[RuleSet], calendar: WorkCalendar, today: date,
                      due_soon_days: int = 3) -> list[Deadline]:
    """One deadline per step whose clock has started, in legal order.

    "Due soon" means ``due_soon_days`` working days or fewer before the due date, for
    every clock, as the register's filter counts it."""
    events = clock.ordered()
    result = []
    for step in STEPS:
        picked = _rule_for_step(clock, rulesets, step)
        if picked is None:
            continue
        rule, started = picked
        extensions = 0
        if rule.max_extensions:
            extensions = min(sum(1 for e in events if e.kind == "extended" and e.on >= started), rule.max_extensions)
        length = rule.length(clock.complex, clock.remote_area, clock.needs_verification)
        length += extensions * rule.extension_days
        if rule.clock == "working":
            due = calendar.add_working_days(started, length)
        else:
            due = calendar.add_calendar_days(started, length)
        done = next((e.on for e in events if e.kind in rule.done_events and e.on >= started), None)
        ended = next((e for e in events if e.kind in ENDING_EVENTS and e.on >= started), None)
        left = None
        if done is not None:
            state = "done" if done <= due else "done_late"
        elif ended is not None:
            state = "not_applicable"  # closed another way: guided, forwarded, filed, withdrawn...
        else:
            left = _days_left(rule, calendar, today, due)
            if today > due:
                state = "overdue"
            elif calendar.working_days_between(today, due) <= due_soon_days:
                state = "due_soon"
            else:
                state = "on_time"
        result.append(Deadline(step, rule.label, rule.clock, started, due, done, extensions, left, state))
    return result


def overall_state(deadlines: Sequence[Deadline]) -> str | None:
    """The worst open state (overdue, due soon, on time); None when nothing is open."""
    states = {d.state for d in deadlines}
    return next((s for s in OPEN_STATES if s in states), None)


def _event_date(kind: str) -> str:
    return f"Ngày {EVENT_DATE_NAMES.get(kind, kind)}"


def validate_event(clock: PetitionClock, event: ClockEvent, today: date,
                   rulesets: Sequence[RuleSet] | None = None) -> None:
    """Refuse a step that cannot happen, with a message that says why.

    ``rulesets`` default to the bundled ones; they decide whether and how often a
    resolution may be extended."""
    label = EVENT_KINDS.get(event.kind)
    if label is None:
        allowed = ", ".join(f"{k} ({v})" for k, v in EVENT_KINDS.items())
        raise ValidationError(f"Loại bước xử lý “{event.kind}” không hợp lệ; chọn một trong: {allowed}.", "kind")
    when = f"{_event_date(event.kind)} ({event.on:%d/%m/%Y})"
    if event.on < clock.received_on:
        raise ValidationError(f"{when} không được trước ngày nhận đơn ({clock.received_on:%d/%m/%Y}).", "date")
    if event.on > today:
        raise ValidationError(f"{when} không được sau hôm nay ({today:%d/%m/%Y}).", "date")
    closing = clock.closing()
    if closing is not None:
        raise ValidationError(f"Đơn đã kết thúc bằng bước “{EVENT_KINDS[closing.kind]}” ngày {closing.on:%d/%m/%Y}; "
                              "không ghi thêm bước nào.")
    accepted = clock.first("accepted")
    if event.kind == "accepted" and accepted is not None:
        raise ValidationError(f"Đơn đã được thụ lý ngày {accepted.on:%d/%m/%Y}; không thụ lý lần nữa.")
    needs_acceptance = {"extended", "notified"} | ({"resolved"} if clock.rule_kind in _ACCEPTED_KINDS else set())
    if event.kind in needs_acceptance:
        if accepted is None:
            raise ValidationError(f"Chưa thụ lý đơn nên chưa thể ghi bước “{label}”.")
        if event.on < accepted.on:
            raise ValidationError(f"{when} không được trước ngày thụ lý ({accepted.on:%d/%m/%Y}).", "date")
    if event.kind == "notified":
        if clock.rule_kind != "to_cao":
            raise ValidationError("Bước thông báo thụ lý chỉ áp dụng cho đơn tố cáo.")
        notified = clock.first("notified")
        if notified is not None:
            raise ValidationError(f"Đã thông báo thụ lý tố cáo ngày {notified.on:%d/%m/%Y}.")
    if event.kind == "extended":
        _check_extension(clock, accepted.on, rulesets)


def _check_extension(clock: PetitionClock, accepted_on: date, rulesets: Sequence[RuleSet] | None) -> None:
    if rulesets is None:
        from .rules_data import load_default_rules

        rulesets = load_default_rules()
    rules = rule_set_for(rulesets, accepted_on).rules
    rule = next((r for r in rules if r.step == "resolve" and r.applies_to(clock.rule_kind, clock.attempt)), None)
    if rule is None or rule.max_extensions == 0:
        raise ValidationError(f"{KINDS.get(clock.rule_kind, clock.rule_kind)}: loại đơn này không được gia hạn "
                              "thời hạn giải quyết.")
    done = sum(1 for e in clock.events if e.kind == "extended")
    if done >= rule.max_extensions:
        raise ValidationError(f"Đã gia hạn giải quyết {done} lần; luật chỉ cho gia hạn tối đa "
                              f"{rule.max_extensions} lần (mỗi lần {rule.extension_days} ngày).")
