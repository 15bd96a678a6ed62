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
from .petitions import CLOSING_EVENTS, EVENT_KINDS, KINDS, not_processed_reason
from .rules_data import STEPS, UNVERIFIED_MARK, Rule, RuleSet, rule_set_in_force
from .workcalendar import WorkCalendar

STATE_LABELS = {
    "done": "Đã xong",
    "done_late": "Xong nhưng trễ hạn",
    "on_time": "Trong hạn",
    "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn",
    "not_applicable": "Không áp dụng",
    "suspended": "Tạm đình chỉ",
}
PROVISIONAL_MARK = "tạm tính"
OPEN_STATES = ("overdue", "due_soon", "on_time")  # worst first
# Outcomes after which the commune no longer runs the petition's other clocks: the
# closing events, and "urged" (đôn đốc: another body is the one to accept and resolve).
ENDING_EVENTS = CLOSING_EVENTS | {"urged"}
# How each event is named in "Ngày ... (dd/mm/yyyy)" messages.
EVENT_DATE_NAMES = {
    "accepted": "thụ lý", "notified": "thông báo thụ lý", "extended": "gia hạn", "resolved": "giải quyết",
    "guided": "hướng dẫn", "forwarded": "chuyển đơn", "urged": "đôn đốc", "filed": "lưu đơn",
    "returned": "trả lại đơn", "withdrawn": "rút đơn", "withdrawal_continued": "rút tố cáo",
    "suspended": "tạm đình chỉ", "resumed": "tiếp tục giải quyết",
}
# Complaints and denunciations are resolved only after a formal acceptance (thụ lý).
_ACCEPTED_KINDS = ("khieu_nai", "to_cao")


@dataclass(frozen=True)
class ClockEvent:
    kind: str
    on: date
    decision: str = ""
    days: int | None = None  # for "extended": the days the decision grants (None: the legal maximum)


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
    competence: str | None = None  # COMPETENCE code; None: not classified yet (handled as within)
    signatories: str | None = None  # SIGNATORIES code; "nac_danh" stops every clock of a tố cáo
    level: str | None = None  # the unit's level (domain.units.Level value); None: any

    def __post_init__(self):
        if self.handled_as is not None and (self.kind != "nhieu_noi_dung" or self.handled_as not in KINDS
                                            or self.handled_as == "nhieu_noi_dung"):
            raise ValidationError("Chỉ đơn nhiều nội dung mới được xử lý theo một loại đơn khác.", "handled_as")

    @property
    def rule_kind(self) -> str:
        return self.handled_as or self.kind

    def ordered(self) -> list[ClockEvent]:
        return sorted(self.events, key=lambda e: e.on)

    def as_of(self, day: date) -> PetitionClock:
        """The clock as it stood on ``day``: the steps taken by then. (A copy with fewer
        events, made without ``dataclasses.replace``, which costs five times more and
        would only check again what was checked when this clock was made.)"""
        events = tuple(e for e in self.events if e.on <= day)
        if len(events) == len(self.events):
            return self
        clock = object.__new__(PetitionClock)
        clock.__dict__.update(self.__dict__, events=events)
        return clock

    def first(self, kind: str) -> ClockEvent | None:
        return next((e for e in self.ordered() if e.kind == kind), None)

    def closing(self) -> ClockEvent | None:
        return next((e for e in self.ordered() if e.kind in CLOSING_EVENTS), None)

    def open_suspension(self) -> ClockEvent | None:
        """The ``suspended`` event not yet followed by ``resumed``, if any."""
        current = None
        for e in self.ordered():
            if e.kind == "suspended":
                current = e
            elif e.kind == "resumed":
                current = None
        return current

    @property
    def not_processed(self) -> str | None:
        return not_processed_reason(self.kind, self.signatories, self.handled_as)


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
    basis: str = ""
    verified: bool = True  # False: the rule is not confirmed from the text of the law
    provisional: bool = False  # due in a year without an official days-off arrangement
    suspended_days: int = 0  # days the clock stood still (suspended ... resumed)
    extension_days: int = 0  # days added by the extensions

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def left_label(self) -> str:
        """"còn 6 ngày làm việc" or "còn 6 ngày": the unit of the step's own clock."""
        if self.days_left is None:
            return ""
        unit = "ngày làm việc" if self.clock == "working" else "ngày"
        if self.days_left >= 0:
            return f"còn {self.days_left} {unit}"
        return f"quá {-self.days_left} {unit}"

    @property
    def marks(self) -> list[str]:
        """What the officer must know about the due date itself."""
        return [m for m, on in ((UNVERIFIED_MARK, not self.verified), (PROVISIONAL_MARK, self.provisional)) if on]


def _rules_started(clock: PetitionClock, in_force: RuleSet | None,
                   events: list[ClockEvent]) -> list[tuple[str, Rule, date]]:
    """``(step, rule, day its clock started)`` of each step, in legal order, whose rule in
    ``in_force`` (the set in force on the day the petition was received: a petition keeps the
    rules it was received under; None for a petition not processed) applies and whose clock
    has started. ``events``: the clock's events in date order."""
    if in_force is None:
        return []
    facts = (clock.rule_kind, clock.attempt, clock.competence, clock.signatories, clock.level)
    found = []
    for step in STEPS:
        rule = in_force.rule_for(step, *facts)
        if rule is None:
            continue
        if rule.start_event == "received":
            started = clock.received_on
        else:
            started = next((e.on for e in events if e.kind == rule.start_event), None)
        if started is not None:
            found.append((step, rule, started))
    return found


def applicable_rule(clock: PetitionClock, rule_sets: Sequence[RuleSet], step: str) -> Rule | None:
    """The rule of ``step`` that governs this petition, whether or not its clock has started."""
    in_force = None if clock.not_processed else rule_set_in_force(rule_sets, clock.received_on)
    if in_force is None:
        return None
    return in_force.rule_for(step, clock.rule_kind, clock.attempt, clock.competence, clock.signatories, clock.level)


def due_marks(clock: PetitionClock, rule_sets: Sequence[RuleSet], calendar: WorkCalendar, step: str | None,
              due_on: date | None) -> list[str]:
    """The marks of a stored next due date (the register's column): "chưa đối chiếu văn bản"
    when its rule is not confirmed from the text of the law, "tạm tính" when it falls in a
    year without an official days-off arrangement."""
    if step is None or due_on is None:
        return []
    rule = applicable_rule(clock, rule_sets, step)
    return [m for m, on in ((UNVERIFIED_MARK, rule is not None and not rule.verified),
                            (PROVISIONAL_MARK, calendar.is_provisional(due_on))) if on]


def _shift(rule: Rule, calendar: WorkCalendar, due: date, days: int) -> date:
    if rule.clock == "working":
        return calendar.add_working_days(due, days)
    return calendar.add_calendar_days(due, days)


def _stretch(rule: Rule, calendar: WorkCalendar, start: date, end: date) -> int:
    """How long the clock stood still between two dates, in the rule's own unit."""
    return calendar.working_days_between(start, end) if rule.clock == "working" else (end - start).days


def _days_left(rule: Rule, today: date, due: date, working_left: int) -> int:
    """Left in the step's own unit (``working_left``: working days from today to the due
    date); at least -1 once overdue, even over a weekend."""
    left = working_left if rule.clock == "working" else (due - today).days
    return min(left, -1) if today > due else left


def compute_deadlines(clock: PetitionClock, rulesets: Sequence[RuleSet], calendar: WorkCalendar, today: date,
                      due_soon_days: int = 3) -> list[Deadline]:
    """One deadline per step whose clock has started, in legal order.

    Extensions and suspensions move the due date in the order they happened: an
    extension of N days counts from the due date before it; a suspension adds the time
    the clock stood still (``suspended`` to ``resumed``). While suspended, the step is in
    state ``suspended`` with no days left. "Due soon" means ``due_soon_days`` working days
    or fewer before the due date, for every clock, as the register's filter counts it."""
    events = clock.ordered()
    result = []
    in_force = None if clock.not_processed else rule_set_in_force(rulesets, clock.received_on)
    for step, rule, started in _rules_started(clock, in_force, events):
        due = _shift(rule, calendar, started, rule.length(clock.complex, clock.remote_area, clock.needs_verification))
        extensions = extension_days = suspended_days = 0
        paused: date | None = None
        for e in events:
            if e.on < started:
                continue
            if e.kind == "extended" and rule.max_extensions and extensions < rule.max_extensions:
                granted = min(e.days or rule.extension_days, rule.extension_days)
                due = _shift(rule, calendar, due, granted)
                extensions += 1
                extension_days += granted
            elif e.kind == "suspended" and rule.suspendable and paused is None:
                paused = e.on
            elif e.kind == "resumed" and paused is not None:
                stood = _stretch(rule, calendar, paused, e.on)
                due = _shift(rule, calendar, due, stood)
                suspended_days += stood
                paused = None
        done = next((e.on for e in events if e.kind in rule.done_events and e.on >= started), None)
        ended = next((e for e in events if e.kind in ENDING_EVENTS and e.on >= started), None)
        left = None
        if done is not None:
            state = "done" if done <= due else "done_late"
        elif ended is not None:
            state = "not_applicable"  # closed another way: guided, forwarded, filed, withdrawn...
        elif paused is not None:
            state = "suspended"
        else:
            working_left = calendar.working_days_between(today, due)
            left = _days_left(rule, today, due, working_left)
            if today > due:
                state = "overdue"
            elif working_left <= due_soon_days:
                state = "due_soon"
            else:
                state = "on_time"
        result.append(Deadline(step, rule.label, rule.clock, started, due, done, extensions, left, state,
                               basis=rule.basis, verified=rule.verified, provisional=calendar.is_provisional(due),
                               suspended_days=suspended_days, extension_days=extension_days))
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

    ``rulesets`` default to the bundled ones; they decide whether a step is possible at
    all (acceptance of a complaint outside competence, a suspension), and how often and
    for how long a resolution may be extended."""
    if rulesets is None:
        from .rules_data import load_default_rules

        rulesets = load_default_rules()
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
    if event.kind == "withdrawal_continued" and clock.rule_kind != "to_cao":
        raise ValidationError("Bước “rút tố cáo – vẫn tiếp tục giải quyết” chỉ áp dụng cho đơn tố cáo "
                              "(Luật Tố cáo 2018, Điều 33).")
    paused = clock.open_suspension()
    if paused is not None:
        if event.kind in ("extended", "resolved", "notified", "suspended"):
            raise ValidationError(f"Việc giải quyết đang tạm đình chỉ từ ngày {paused.on:%d/%m/%Y}; "
                                  "hãy ghi bước “Tiếp tục giải quyết” trước.")
        if event.on < paused.on:
            raise ValidationError(f"{when} không được trước ngày tạm đình chỉ ({paused.on:%d/%m/%Y}).", "date")
    elif event.kind == "resumed":
        raise ValidationError("Việc giải quyết không bị tạm đình chỉ nên không có bước “Tiếp tục giải quyết”.")
    accepted = clock.first("accepted")
    if event.kind == "accepted":
        if accepted is not None:
            raise ValidationError(f"Đơn đã được thụ lý ngày {accepted.on:%d/%m/%Y}; không thụ lý lần nữa.")
        _check_acceptance(clock, rulesets)
    needs_acceptance = {"extended", "notified", "suspended"} | (
        {"resolved"} if clock.rule_kind in _ACCEPTED_KINDS else set())
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
        _check_extension(clock, event, rulesets)
    if event.kind == "suspended":
        rule = applicable_rule(clock, rulesets, "resolve")
        if rule is None or not rule.suspendable:
            raise ValidationError("Theo quy định áp dụng cho đơn này (theo ngày nhận đơn), việc giải quyết không "
                                  "được tạm đình chỉ trên sổ; tạm đình chỉ áp dụng cho đơn nhận từ ngày 01/07/2026 "
                                  "(Luật 136/2025/QH15).")


def _check_acceptance(clock: PetitionClock, rulesets: Sequence[RuleSet]) -> None:
    """Only a petition this unit resolves is accepted (thụ lý): not one outside its
    competence, not a second complaint at a commune (LKN 2011 Art. 17), not an
    anonymous denunciation (LTC 2018 Art. 25(1))."""
    if clock.rule_kind not in _ACCEPTED_KINDS:
        return
    if clock.not_processed:
        raise ValidationError(clock.not_processed + "; không thụ lý.")
    if applicable_rule(clock, rulesets, "resolve") is not None:
        return
    if clock.competence == "khong_thuoc_tham_quyen":
        raise ValidationError("Đơn không thuộc thẩm quyền: không thụ lý; hãy hướng dẫn hoặc chuyển đơn đến cơ quan "
                              "có thẩm quyền.")
    if clock.rule_kind == "khieu_nai" and clock.attempt == 2:
        raise ValidationError("Chủ tịch UBND cấp xã chỉ giải quyết khiếu nại lần đầu (Luật Khiếu nại 2011, Điều 17): "
                              "khiếu nại lần hai được hướng dẫn hoặc chuyển đến người có thẩm quyền, không thụ lý.")
    raise ValidationError("Theo quy định áp dụng cho đơn này, đơn vị không thụ lý giải quyết loại đơn này.")


def _check_extension(clock: PetitionClock, event: ClockEvent, rulesets: Sequence[RuleSet]) -> None:
    rule = applicable_rule(clock, rulesets, "resolve")
    if rule is None or rule.max_extensions == 0:
        raise ValidationError(f"{KINDS.get(clock.rule_kind, clock.rule_kind)}: loại đơn này không được gia hạn "
                              "thời hạn giải quyết.")
    done = sum(1 for e in clock.events if e.kind == "extended")
    if done >= rule.max_extensions:
        raise ValidationError(f"Đã gia hạn giải quyết {done} lần; luật chỉ cho gia hạn tối đa "
                              f"{rule.max_extensions} lần (mỗi lần không quá {rule.extension_days} ngày).")
    if event.days is not None and not 1 <= event.days <= rule.extension_days:
        raise ValidationError(f"Số ngày gia hạn phải từ 1 đến {rule.extension_days} ngày ({rule.basis}).", "days")
