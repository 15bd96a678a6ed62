"""The 6-month, annual and ad-hoc reports: periods, figures, drafts, approval and locks.

Figures are computed from the records while a report is a draft; a leader's approval
freezes them (what was signed is what is printed and exported) and locks the period's
records (services.locks). Unlocking is a leader's logged action and returns the report
to a draft.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timezone

from ..domain import report_figures
from ..domain.audit import canonical_details
from ..domain.report_figures import Codes, PeriodRecords, Resolution
from ..domain.report_periods import Period, ProvincePeriods, current_period, periods_around, resolve_period
from ..domain.report_timing import approval_blocker, reminder
from ..domain.units import Level
from ..domain.users import Permission
from ..errors import NotFound, ValidationError
from ..storage import processing_tallies, reports_repo, settings_repo, units_repo
from ..text import clean
from .activities import activity_kinds
from .petition_schedule import clock_of, unit_level
from .petitions import petition_fields
from .rules import active_calendar, active_period_rules, active_rule_sets
from .session import Session, audit, writing

STATUS_LABELS = {"draft": "Dự thảo", "approved": "Đã phê duyệt", "exported": "Đã xuất gói gửi tỉnh"}


@dataclass(frozen=True)
class ReportState:
    period: Period
    status: str
    meta: dict
    assessment: dict
    figures: dict | None  # frozen at approval; None while a draft
    approved_by: str | None = None
    approved_at: str | None = None
    exported_at: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def locked(self) -> bool:
        return self.status != "draft"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def province_of(session: Session) -> tuple[str | None, str]:
    """(code, name) of the province above the configured unit (walking up a legacy district)."""
    unit = session.unit
    list_id = settings_repo.get(session.db, "unit.list_id") or ""
    while unit is not None and unit.level != Level.PROVINCE and unit.parent_code:
        unit = units_repo.get_unit(session.db, list_id, unit.parent_code)
    return (unit.code, unit.name) if unit is not None and unit.level == Level.PROVINCE else (None, "")


def province_rules(session: Session) -> ProvincePeriods:
    """The periods of the directive in force for this unit: its province's, or its former
    province's for a commune of that former territory (by commune code), else the default."""
    unit = session.unit
    return active_period_rules().for_province(province_of(session)[0], unit.code if unit is not None else None)


def unit_due(session: Session, period_id: str, unit_code: str) -> date | None:
    """The due date of ``period_id`` for a unit under this province (the directive of its former
    province by commune code, else the default); None when the period does not exist for it."""
    rules = active_period_rules().for_province(province_of(session)[0], unit_code)
    try:
        return resolve_period(rules, period_id).due
    except ValidationError:
        return None


def period(session: Session, period_id: str) -> Period:
    return resolve_period(province_rules(session), period_id)


def current(session: Session, today: date | None = None) -> Period:
    return current_period(province_rules(session), today or date.today())


def periods(session: Session, today: date | None = None) -> list[Period]:
    return periods_around(province_rules(session), today or date.today())


def unit_info(session: Session) -> dict:
    unit = session.unit
    if unit is None:
        raise ValidationError("Chưa cấu hình đơn vị: chạy danvan init hoặc trình hướng dẫn lần đầu.")
    return {"code": unit.code, "name": unit.name, "province": province_of(session)[1]}


def codes() -> Codes:
    return Codes(tuple(petition_fields()), tuple(activity_kinds()))


# Đôn đốc (urging the body a petition was forwarded to) is reported as the steps of the
# period; for complaints and denunciations, withdrawal too. Processing and acceptance come
# from the tallies of migration 0011 (domain.petition_processing).
_HANDLING_STEPS = ("urged",)
_KN_TC_STEPS = ("withdrawn",)


def gather(session: Session, p: Period, today: date) -> PeriodRecords:
    """Read the period's aggregates (storage). Timeliness comes from the facts stored with
    each petition's schedule; the time-limit engine runs only where they cannot answer."""
    db, rulesets, calendar = session.db, active_rule_sets(), active_calendar()
    groups = reports_repo.resolution_groups(db, p.start, p.end)
    resolutions = [Resolution(kind, result, on_time, n) for kind, result, on_time, n in groups if on_time is not None]
    if any(on_time is None for _, _, on_time, _ in groups):  # written before the facts were stored
        for row, events, on in reports_repo.unjudged_resolved(db, p.start, p.end):
            resolutions.append(Resolution(row["kind"], row["result"], report_figures.resolution_on_time(
                clock_of(row, events, unit_level(db)), on, rulesets, calendar)))
    if p.end >= today:  # the period is still running: the stored schedule says what is overdue today
        overdue = reports_repo.overdue_open(db, today)
    else:
        overdue = _overdue_at_end(db, p.end, rulesets, calendar)
    kn_tc = reports_repo.event_counts(db, p.start, p.end, _KN_TC_STEPS, report_figures.RESOLVED_KINDS)
    classes, accepted, accepted_earlier = processing_tallies.processing_counts(db, p.start, p.end)
    return PeriodRecords(
        petition_counts=reports_repo.petition_counts(db, p.start, p.end),
        petition_events=reports_repo.event_counts(db, p.start, p.end, _HANDLING_STEPS),
        processing=classes, accepted_kn_tc=accepted, accepted_carried_over=accepted_earlier,
        withdrawn_kn_tc=kn_tc.get("withdrawn", 0),
        resolutions=resolutions, overdue=overdue,
        receptions=reports_repo.reception_sums(db, p.start, p.end),
        activities=reports_repo.activity_sums(db, p.start, p.end),
        models=reports_repo.model_counts(db, p.end.year),
        democracy=reports_repo.democracy_counts(db, p.start, p.end),
    )


def _overdue_at_end(db, end: date, rulesets, calendar) -> int:
    """Petitions past a deadline at a past period end.

    Stored facts answer: a petition with no legal step after ``end`` has the same open steps
    as it had then (its stored earliest due date says whether it was overdue), and one with
    later steps was overdue at ``end`` iff a stored overdue stretch holds that day. Only rows
    written before the stretches were stored go through the engine."""
    unknown = reports_repo.moved_unknown(db, end)
    return reports_repo.overdue_at_end(db, end) + sum(
        report_figures.overdue_at(clock_of(row, events, unit_level(db)), end, rulesets, calendar)
        for row, events in unknown)


def live_figures(session: Session, p: Period, today: date | None = None) -> dict:
    """Figures computed now from the records (what a draft shows)."""
    session.require(Permission.RECORD)
    today = today or date.today()
    from .report_topics import with_topics  # the topics read this module's periods
    figures = report_figures.compute_figures(unit_info(session), p, gather(session, p, today), codes(),
                                             province_rules(session).models_required)
    return with_topics(session, p.id, figures)


def figures(session: Session, period_id: str, today: date | None = None) -> dict:
    """The report's figures: frozen ones once approved, else computed now."""
    state = report(session, period_id)
    if state.figures is not None:
        return report_figures.upgrade_figures(state.figures)
    return live_figures(session, state.period, today)


def report(session: Session, period_id: str) -> ReportState:
    session.require(Permission.RECORD)
    p = period(session, period_id)
    row = reports_repo.get(session.db, p.id)
    if row is None:
        return ReportState(p, "draft", {}, {}, None)
    return ReportState(p, row["status"], row["meta"], row["assessment"], row["figures"], row["approved_by"],
                       row["approved_at"], row["exported_at"])


def _ensure_row(session: Session, db, p: Period) -> dict:
    row = reports_repo.get(db, p.id)
    if row is None:
        now = _now()
        reports_repo.insert(db, {"period_id": p.id, "kind": p.kind, "start_on": p.start.isoformat(),
                                 "end_on": p.end.isoformat(), "due_on": p.due.isoformat(), "status": "draft",
                                 "created_by": session.user.username, "created_at": now, "updated_at": now})
        row = reports_repo.get(db, p.id)
    return row


def save_draft(session: Session, period_id: str, meta: dict | None = None, assessment: dict | None = None) -> None:
    """Keep the narrative, header fields and self-assessment of a draft report."""
    session.require(Permission.RECORD)
    p = period(session, period_id)
    with writing(session.store) as db:
        row = _ensure_row(session, db, p)
        if row["status"] != "draft":
            raise ValidationError(f"Báo cáo kỳ {p.id} đã được phê duyệt, không sửa được. "
                                  "Lãnh đạo mở khóa kỳ báo cáo nếu cần sửa.")
        changes = {"updated_at": _now()}
        if meta is not None:
            changes["meta"] = meta
        if assessment is not None:
            changes["assessment"] = assessment
        reports_repo.update(db, p.id, changes)
        audit(session.store, session.user.username, "report.save", "report", p.id,
              {"meta": meta is not None, "assessment": assessment is not None})


def approve(session: Session, period_id: str, today: date | None = None) -> dict:
    """A leader approves: the figures are frozen and the period's records are locked.

    Figures, the lock check and the approval row are one write transaction (it holds the
    write lock from its start), so no petition can be written into the period between the
    counting and the lock: the frozen figures are those of the records stored."""
    session.require(Permission.APPROVE_REPORT)
    p = period(session, period_id)
    today = today or date.today()
    blocker = approval_blocker(p, today)
    if blocker:
        raise ValidationError(blocker, "period")
    with writing(session.store) as db:
        row = _ensure_row(session, db, p)
        if row["status"] != "draft":
            raise ValidationError(f"Báo cáo kỳ {p.id} đã được phê duyệt trước đó.")
        frozen = live_figures(session, p, today)
        now = _now()
        reports_repo.update(db, p.id, {"status": "approved", "figures": frozen, "approved_by": session.user.username,
                                       "approved_at": now, "updated_at": now})
        audit(session.store, session.user.username, "report.approve", "report", p.id,
              {"start": p.start.isoformat(), "end": p.end.isoformat(), "figures_sha256": figures_digest(frozen)})
    return frozen


def reminders(session: Session, today: date | None = None) -> list[str]:
    """Reports due or overdue and not yet sent, oldest due date first (Tổng quan)."""
    session.require(Permission.RECORD)
    today = today or date.today()
    found = []
    for p in periods(session, today):
        row = reports_repo.get(session.db, p.id)
        text = reminder(p, row["status"] if row else "draft", today)
        if text:
            found.append(text)
    return found


def figures_digest(figures: dict) -> str:
    """SHA-256 of the figures' canonical JSON: the audit chain holds what was frozen."""
    return hashlib.sha256(canonical_details(figures).encode("utf-8")).hexdigest()


def unlock(session: Session, period_id: str, reason: str) -> None:
    """A leader reopens an approved report (and its period's records); the reason is logged."""
    session.require(Permission.APPROVE_REPORT)
    reason = clean(reason)
    if len(reason) < 5:
        raise ValidationError("Cần ghi lý do mở khóa kỳ báo cáo (ít nhất 5 ký tự).", "reason")
    p = period(session, period_id)
    with writing(session.store) as db:
        row = reports_repo.get(db, p.id)
        if row is None or row["status"] == "draft":
            raise NotFound(f"Báo cáo kỳ {p.id} chưa được phê duyệt nên không cần mở khóa.")
        reports_repo.update(db, p.id, {"status": "draft", "figures": None, "approved_by": None, "approved_at": None,
                                       "updated_at": _now()})
        audit(session.store, session.user.username, "report.unlock", "report", p.id, {"reason": reason})


def mark_exported(session: Session, period_id: str) -> None:
    session.require(Permission.EXPORT_BUNDLE)
    p = period(session, period_id)
    with writing(session.store) as db:
        row = reports_repo.get(db, p.id)
        if row is None or row["status"] == "draft":
            raise ValidationError(f"Chỉ xuất được báo cáo đã được lãnh đạo phê duyệt (kỳ {p.id} còn là dự thảo).")
        now = _now()
        reports_repo.update(db, p.id, {"status": "exported", "exported_at": now, "updated_at": now})
        audit(session.store, session.user.username, "report.export", "report", p.id)
