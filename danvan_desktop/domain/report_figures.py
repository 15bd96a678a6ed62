"""The figures of a report (docs/report-figures.md), as pure functions.

The storage layer hands over small aggregates of one period (counts grouped by the
columns a figure depends on); these functions turn them into the report's JSON. Linked
duplicates are already left out by the storage queries (``duplicate_of IS NULL``).
The timeliness of a resolution is judged by the time-limit engine (``resolution_on_time``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .activities import MODEL_FIELDS, MODEL_STATUSES, MODELS_EXPECTED, meets_models_expectation, working_models
from .deadlines import PetitionClock, compute_deadlines
from .democracy import RECORD_KINDS
from .petition_processing import (
    FORWARDED,
    GUIDED,
    IN_COMPETENCE,
    NOT_ELIGIBLE,
    OUT_OF_COMPETENCE_CLASSES,
)
from .petitions import KINDS, RESULTS, SIGNATORIES
from .receptions import HEAD_KINDS
from .report_periods import Period
from .rules_data import RuleSet
from .workcalendar import WorkCalendar

# 2: the "xử lý đơn" figures of TT 05/2021 (processed by outcome, not_eligible, in/out of
# competence, accepted_carried_over) and complaint / denunciation results apart.
FORMAT = 2
# Conclusions on a denunciation (Luật Tố cáo 2018 Điều 35): the stored result codes map to them.
DENUNCIATION_RESULTS = {"dung": "Tố cáo đúng", "sai": "Tố cáo sai", "co_dung_co_sai": "Tố cáo có đúng, có sai"}
_DENUNCIATION_CODE = {"dung": "dung", "sai": "sai", "dung_mot_phan": "co_dung_co_sai", "co_dung_co_sai": "co_dung_co_sai"}
# The "giải quyết" part of the inspectorate's forms covers complaints and denunciations.
RESOLVED_KINDS = ("khieu_nai", "to_cao")


@dataclass(frozen=True)
class PetitionCount:
    """The petitions in the report's scope with one value of one column (``value`` None: not
    filled in). Every petition in the scope counts once under each of ``COUNTED_COLUMNS``."""

    column: str
    value: str | None
    received: int  # received inside the period
    carried_over: int  # received before it and not closed before its start
    closed_by_end: int  # of both, closed by the period's end

    @property
    def total(self) -> int:
        return self.received + self.carried_over


# Also the columns the storage keeps running tallies by (storage/tallies.py, migration 0008).
COUNTED_COLUMNS = ("kind", "signatories", "field", "eligibility", "competence")


@dataclass(frozen=True)
class Resolution:
    """Resolutions in the period sharing kind, result and timeliness (``count`` of them)."""

    kind: str
    result: str | None
    on_time: bool
    count: int = 1


@dataclass(frozen=True)
class PeriodRecords:
    petition_counts: Sequence[PetitionCount] = ()
    # event kind -> petitions (of the report's kinds) with such an event dated in the period
    petition_events: Mapping[str, int] = field(default_factory=dict)
    # processing class (domain.petition_processing) -> petitions processed in the period
    processing: Mapping[str, int] = field(default_factory=dict)
    accepted_kn_tc: int = 0  # in-competence complaints and denunciations accepted in the period
    accepted_carried_over: int = 0  # of those, processed (reported) in an earlier period
    withdrawn_kn_tc: int = 0
    resolutions: Sequence[Resolution] = ()
    overdue: int = 0
    receptions: Sequence[Mapping] = ()  # per kind: sessions, visits, people, cases_new, cases_repeat, delegations, ...
    activities: Sequence[Mapping] = ()  # per kind: count, participants, women, ethnic_minority, religious
    models: Sequence[Mapping] = ()  # per (field, status): count, recognised
    democracy: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Codes:
    """The codes every by_* object lists, from the rule data in force."""

    petition_fields: Sequence[str]
    activity_kinds: Sequence[str]


def _zeros(codes: Iterable[str]) -> dict[str, int]:
    return {code: 0 for code in codes}


def _add(counter: dict[str, int], key: str | None, n: int) -> None:
    if key is not None:
        counter[key] = counter.get(key, 0) + n


def reception_figures(rows: Sequence[Mapping]) -> dict:
    out = {"sessions": 0, "regular": 0, "by_head": 0, "visits": 0, "people": 0, "cases": 0, "cases_new": 0,
           "cases_repeat": 0, "delegations": 0, "delegation_people": 0}
    for row in rows:
        out["by_head" if row["kind"] in HEAD_KINDS else "regular"] += row["sessions"]
        for name in ("sessions", "visits", "people", "cases_new", "cases_repeat", "delegations", "delegation_people"):
            out[name] += row[name]
    out["cases"] = out["cases_new"] + out["cases_repeat"]
    return out


def petition_figures(records: PeriodRecords, codes: Codes) -> dict:
    by_signatories, by_kind, by_field = _zeros(SIGNATORIES), _zeros(KINDS), _zeros(codes.petition_fields)
    counts: dict[str, list[PetitionCount]] = {column: [] for column in COUNTED_COLUMNS}
    for count in records.petition_counts:
        counts[count.column].append(count)
    for column, counter in (("signatories", by_signatories), ("kind", by_kind), ("field", by_field)):
        for count in counts[column]:
            _add(counter, count.value, count.total)
    kinds = counts["kind"]  # every petition has a kind: the totals
    carried, received = sum(c.carried_over for c in kinds), sum(c.received for c in kinds)
    pending = sum(c.total - c.closed_by_end for c in kinds)
    classes = records.processing
    processed = sum(classes.values())
    not_eligible = classes.get(NOT_ELIGIBLE, 0)
    out_of_competence = sum(classes.get(c, 0) for c in OUT_OF_COMPETENCE_CLASSES)
    complaint_results, denunciation_results = _zeros(RESULTS), _zeros(DENUNCIATION_RESULTS)
    on_time = resolved = 0
    for resolution in records.resolutions:
        if resolution.kind == "khieu_nai" and resolution.result in RESULTS:
            _add(complaint_results, resolution.result, resolution.count)
        elif resolution.kind == "to_cao" and resolution.result in _DENUNCIATION_CODE:
            _add(denunciation_results, _DENUNCIATION_CODE[resolution.result], resolution.count)
        resolved += resolution.count
        on_time += resolution.count if resolution.on_time else 0
    return {
        "carried_over": carried, "received": received, "total": carried + received,
        "by_signatories": by_signatories, "by_kind": by_kind, "by_field": by_field,
        "processed": processed, "eligible": processed - not_eligible, "not_eligible": not_eligible,
        "in_competence": classes.get(IN_COMPETENCE, 0), "out_of_competence": out_of_competence,
        "guided": classes.get(GUIDED, 0), "forwarded": classes.get(FORWARDED, 0),
        "urged": records.petition_events.get("urged", 0),
        "accepted": records.accepted_kn_tc, "accepted_carried_over": records.accepted_carried_over,
        "resolved": resolved, "resolved_on_time": on_time, "resolved_late": resolved - on_time,
        "complaint_results": complaint_results, "denunciation_results": denunciation_results,
        "withdrawn": records.withdrawn_kn_tc, "pending": pending, "overdue": records.overdue,
    }


def upgrade_figures(figures: dict) -> dict:
    """Figures of format 1 (approved reports and bundles written before format 2) under the
    keys of format 2, so they print and sum with the rest. Format 1 did not split results by
    kind nor count the petitions not eligible: its ``results`` stay as they were (printed as
    results not split by kind) and ``not_eligible`` is what remains of ``processed``."""
    if not isinstance(figures, dict) or figures.get("format", 1) != 1 or not isinstance(figures.get("petitions"), dict):
        return figures
    p = dict(figures["petitions"])
    renames = {"within_competence": "in_competence", "outside_competence": "out_of_competence"}
    for old, new in renames.items():
        if old in p:
            p[new] = p.pop(old)
    processed, eligible = p.get("processed"), p.get("eligible")
    if isinstance(processed, int) and isinstance(eligible, int):
        p.setdefault("not_eligible", max(processed - eligible, 0))
    return {**figures, "petitions": p}


def activity_figures(rows: Sequence[Mapping], codes: Codes) -> dict:
    by_kind = {code: {"count": 0, "participants": 0} for code in codes.activity_kinds}
    totals = {"count": 0, "participants": 0, "women": 0, "ethnic_minority": 0, "religious": 0}
    for row in rows:
        entry = by_kind.setdefault(row["kind"], {"count": 0, "participants": 0})
        entry["count"] += row["count"]
        entry["participants"] += row["participants"]
        for name in totals:
            totals[name] += row[name]
    return {**totals, "by_kind": by_kind}


def model_figures(rows: Sequence[Mapping], required_min: int = 0) -> dict:
    """``required``: the directive in force sets the minimum (else 1 model is a suggestion)."""
    by_field, by_status = _zeros(MODEL_FIELDS), _zeros(MODEL_STATUSES)
    count = recognised = 0
    for row in rows:
        _add(by_field, row["field"], row["count"])
        _add(by_status, row["status"], row["count"])
        count += row["count"]
        recognised += row["recognised"]
    expected = required_min or MODELS_EXPECTED[0]
    return {"count": count, "by_field": by_field, "by_status": by_status, "recognised": recognised,
            "expected_min": expected, "required": bool(required_min),
            "meets_expectation": meets_models_expectation(working_models(by_status), required_min)}


def compute_figures(unit: Mapping[str, str], period: Period, records: PeriodRecords, codes: Codes,
                    models_required: int = 0) -> dict:
    """The report's figures for one unit and period (the JSON of docs/report-figures.md)."""
    democracy = _zeros(RECORD_KINDS)
    for kind, n in records.democracy.items():
        _add(democracy, kind, n)
    return {
        "format": FORMAT,
        "unit": dict(unit),
        "period": period.to_json(),
        "receptions": reception_figures(records.receptions),
        "petitions": petition_figures(records, codes),
        "activities": activity_figures(records.activities, codes),
        "models": model_figures(records.models, models_required),
        "democracy": {"by_kind": democracy},
    }


def resolution_on_time(clock: PetitionClock, resolved_on: date, rulesets: Sequence[RuleSet],
                       calendar: WorkCalendar, deadlines=compute_deadlines) -> bool:
    """Was the petition resolved within its time limit (extensions included)? ``deadlines``
    is ``compute_deadlines`` or a memo of it."""
    for deadline in deadlines(clock, rulesets, calendar, resolved_on):
        if deadline.done_on == resolved_on and deadline.state in ("done", "done_late"):
            return deadline.state == "done"
    return True  # no clock ran for it (for example an old petition entered already resolved)


def resolution_facts(clock: PetitionClock, rulesets: Sequence[RuleSet],
                     calendar: WorkCalendar, deadlines=compute_deadlines) -> tuple[date | None, bool | None]:
    """What the petition stores for the reports: its first resolution date and whether that
    resolution was on time (``(None, None)`` while unresolved)."""
    resolved = [e.on for e in clock.events if e.kind == "resolved"]
    if not resolved:
        return None, None
    on = min(resolved)
    return on, resolution_on_time(clock, on, rulesets, calendar, deadlines)


def overdue_spans(clock: PetitionClock, rulesets: Sequence[RuleSet],
                  calendar: WorkCalendar, deadlines=compute_deadlines) -> list[tuple[date, date]]:
    """The past stretches during which the petition was overdue, as ``(first day, day of
    the next step)`` pairs (end excluded), so that ``overdue_at(clock, day)`` for a day
    before its last step is "some span holds the day". From the last step on, the stored
    schedule (the earliest open due date) answers instead.

    Between two step dates the steps known on a day, hence the open steps and their due
    dates, do not change: the petition is overdue on the days after the earliest of them."""
    dates = sorted({e.on for e in clock.events})
    spans = []
    for first, next_step in zip([clock.received_on, *dates], dates):
        if first >= next_step:
            continue
        seen = clock.as_of(first)
        due = min((d.due_on for d in deadlines(seen, rulesets, calendar, first)
                   if d.done_on is None and d.state != "not_applicable"), default=None)
        if due is not None and max(first, due + timedelta(days=1)) < next_step:
            spans.append((max(first, due + timedelta(days=1)), next_step))
    return spans


def overdue_at(clock: PetitionClock, day: date, rulesets: Sequence[RuleSet], calendar: WorkCalendar) -> bool:
    """Was any step of the petition past its due date on ``day``? (events after ``day`` ignored)"""
    seen = clock.as_of(day)
    return any(d.state == "overdue" for d in compute_deadlines(seen, rulesets, calendar, day))
