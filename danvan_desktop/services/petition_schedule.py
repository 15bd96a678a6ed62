"""A petition's schedule: its legal clock, the deadlines the engine computes from it, and the
facts stored with the petition so that "overdue", "due soon" and the report figures are
plain indexed queries (next due date, resolution judged on time or not, overdue stretches).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ..domain import deadlines as deadline_rules
from ..domain.petitions import EVENT_KINDS, PetitionInput
from ..domain.report_figures import overdue_spans, resolution_facts
from ..domain.units import Level
from ..domain.users import Permission
from ..storage import petitions_repo
from ..tasks import Task
from .rules import active_calendar, active_rule_sets
from .session import Session, configured_unit_of, writing

DUE_SOON_WORKING_DAYS = 3
# Stored as ``next_due_step`` when nothing is due because the resolution is suspended.
SUSPENDED = "suspended"


def unit_level(db) -> str:
    """The level of the unit keeping the register (``commune`` unless a legacy district or
    a province is configured): second complaints are resolved only above the commune."""
    unit = configured_unit_of(db)
    return unit.level.value if unit is not None else Level.COMMUNE.value


def clock_of(row: dict, events: list[dict], level: str = Level.COMMUNE.value) -> deadline_rules.PetitionClock:
    return deadline_rules.PetitionClock(
        kind=row["kind"],
        received_on=date.fromisoformat(row["received_on"]),
        attempt=row["attempt"],
        complex=bool(row["complex"]),
        remote_area=bool(row["remote_area"]),
        needs_verification=bool(row["needs_verification"]),
        events=tuple(
            deadline_rules.ClockEvent(e["kind"], date.fromisoformat(e["on_date"]), e["decision"], e.get("days"))
            for e in events if e["kind"] in EVENT_KINDS
        ),
        competence=row.get("competence"),
        signatories=row.get("signatories"),
        level=level,
    )


def clock_of_steps(data: PetitionInput, steps: Iterable[tuple[str, date]],
                   level: str = Level.COMMUNE.value) -> deadline_rules.PetitionClock:
    """The clock of a petition about to be written with these ``(step, day)`` steps (an
    import of an old register), made from the checked input without a round trip through
    stored rows."""
    return deadline_rules.PetitionClock(
        kind=data.kind, received_on=data.received_on, attempt=data.attempt, complex=bool(data.complex),
        remote_area=bool(data.remote_area), needs_verification=bool(data.needs_verification),
        events=tuple(deadline_rules.ClockEvent(kind, on) for kind, on in steps if kind in EVENT_KINDS),
        competence=data.competence, signatories=data.signatories, level=level)


def deadlines_for(row: dict, events: list[dict], today: date, level: str = Level.COMMUNE.value) -> list:
    return deadline_rules.compute_deadlines(clock_of(row, events, level), active_rule_sets(), active_calendar(),
                                            today, due_soon_days=DUE_SOON_WORKING_DAYS)


def deadline_memo(limit: int = 50_000) -> Callable:
    """``compute_deadlines`` remembering its answers, for working out many schedules at once
    (an import): petitions of the same kind received the same day share the deadlines of
    their first days, whatever came after. Only for the current rules and calendar; at most
    ``limit`` answers are kept."""
    memo: dict[tuple, list] = {}

    def deadlines(clock, rulesets, calendar, today, due_soon_days=3):
        key = (clock, today, due_soon_days)
        found = memo.get(key)
        if found is None:
            if len(memo) >= limit:
                memo.clear()
            found = memo[key] = deadline_rules.compute_deadlines(clock, rulesets, calendar, today, due_soon_days)
        return found
    return deadlines


def schedule_facts(row: dict, events: list[dict], today: date, level: str = Level.COMMUNE.value,
                   closed: bool = False, deadlines: Callable = deadline_rules.compute_deadlines
                   ) -> tuple[dict, list[tuple[str, str]]]:
    """The stored schedule of a petition: its earliest open due date (what the overdue /
    due-soon filters read), its resolution facts and latest step, and the past stretches
    during which it was overdue (what the report figures read). A suspended step has no
    open due date until it resumes; for a petition ``closed`` (every step done or no longer
    applying, as an import of old records says) nothing is due and no deadline is worked out.
    ``deadlines``: ``compute_deadlines`` or a ``deadline_memo()``."""
    return clock_schedule(clock_of(row, events, level), today, closed, deadlines)


def clock_schedule(clock: deadline_rules.PetitionClock, today: date, closed: bool = False,
                   deadlines: Callable = deadline_rules.compute_deadlines) -> tuple[dict, list[tuple[str, str]]]:
    """``schedule_facts`` of a clock already made."""
    rulesets, calendar = active_rule_sets(), active_calendar()
    steps = [] if closed else deadlines(clock, rulesets, calendar, today, DUE_SOON_WORKING_DAYS)
    open_steps = [d for d in steps if d.done_on is None and d.state not in ("not_applicable", "suspended")]
    first = min(open_steps, key=lambda d: d.due_on, default=None)
    paused = first is None and any(d.state == "suspended" for d in steps)
    resolved_on, on_time = resolution_facts(clock, rulesets, calendar, deadlines)
    last_step = max((e.on for e in clock.events), default=None)
    facts = {
        "next_due_on": first.due_on.isoformat() if first else None,
        "next_due_step": first.step if first else SUSPENDED if paused else None,
        "resolved_on": resolved_on.isoformat() if resolved_on else None,
        "resolved_on_time": None if on_time is None else int(on_time),
        "last_step_on": last_step.isoformat() if last_step else None,
        "overdue_known": 1,
    }
    return facts, [(a.isoformat(), b.isoformat()) for a, b in overdue_spans(clock, rulesets, calendar, deadlines)]


def store_missing_report_facts(session: Session, batch: int = 5000, task: Task | None = None) -> int:
    """Store the report facts the engine must compute for petitions written before they were
    stored (migration 0007 fills ``resolved_on`` and ``last_step_on`` in SQL): the on-time
    judgement of a resolution and the past overdue stretches. Until then the reports run the
    engine for those rows. Returns how many petitions were completed."""
    session.require(Permission.RECORD)
    task = task or Task()
    rulesets, calendar, done = active_rule_sets(), active_calendar(), 0
    level = unit_level(session.db)
    while True:
        task.step(done, 0, f"Đang chuẩn bị số liệu báo cáo cho dữ liệu cũ: {done} đơn…")  # each batch is kept
        rows = petitions_repo.unjudged_resolutions(session.db, batch)
        if not rows:
            break
        events = petitions_repo.events_by_petition(session.db, [r["id"] for r in rows])
        facts = []
        for row in rows:
            on, on_time = resolution_facts(clock_of(row, events.get(row["id"], []), level), rulesets, calendar)
            # No 'resolved' step any more (cannot happen through the app): judged on time, as the engine says.
            facts.append((on.isoformat() if on else None, 1 if on_time is None else int(on_time), row["id"]))
        with writing(session.store) as db:
            petitions_repo.set_resolution_facts(db, facts)
        done += len(rows)
    last_id = 0
    while True:
        task.step(done, 0, f"Đang chuẩn bị số liệu báo cáo cho dữ liệu cũ: {done} đơn…")
        rows = petitions_repo.without_overdue_spans(session.db, last_id, batch)
        if not rows:
            return done
        events = petitions_repo.events_by_petition(session.db, [r["id"] for r in rows])
        spans = [(row["id"], a.isoformat(), b.isoformat()) for row in rows
                 for a, b in overdue_spans(clock_of(row, events.get(row["id"], []), level), rulesets, calendar)]
        with writing(session.store) as db:
            petitions_repo.bulk_overdue_spans(db, spans)
            petitions_repo.mark_overdue_known(db, [row["id"] for row in rows])
        done += len(rows)
        last_id = rows[-1]["id"]


def refresh_schedule(db, petition_id: int, today: date) -> None:
    row = petitions_repo.get(db, petition_id)
    facts, spans = schedule_facts(row, petitions_repo.events(db, petition_id), today, unit_level(db))
    petitions_repo.update(db, petition_id, facts)
    petitions_repo.replace_overdue_spans(db, petition_id, spans)
