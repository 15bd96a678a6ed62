"""A report's documents: its header and narrative (ReportMeta), its self-assessment, and
the PDF and spreadsheet made from them. Every export is logged (who, which period, what)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..documents.figures_xlsx import write_figures_xlsx
from ..documents.report_docx import render_report_docx
from ..documents.report_pdf import render_report_pdf
from ..domain.report_document import ReportMeta, SelfAssessment, default_meta, split_unit_name
from ..domain.self_assessment import Rubric, assess, validate_scores
from ..domain.users import Permission
from ..errors import DataFolderError, ValidationError, os_reason
from . import reports as report_service
from .activities import activity_kinds
from .petitions import petition_fields
from .reports import ReportState
from .rules import active_rubrics, on_rules_change
from .session import Session, audit, writing

# Provinces whose own rubric ships with the app; the others start from the generic one.
PROVINCE_RUBRICS = {"44": "quang_binh_3140"}
GENERIC_RUBRIC = "chung_100_diem"


def labels() -> dict:
    from .report_topics import topics  # it reads the reports service, as this module does
    return {"activity_kinds": activity_kinds(), "petition_fields": petition_fields(),
            "topic_titles": {t.code: t.title for t in topics()},
            "topic_items": {f"{t.code}.{i.code}": i.label for t in topics() for i in t.items}}


@lru_cache(maxsize=1)
def rubrics() -> dict[str, Rubric]:
    """The bundled rubrics and those an administrator loaded (``<data>/rules/rubrics``)."""
    return active_rubrics()


on_rules_change(rubrics.cache_clear)


def rubric_for(session: Session, state: ReportState) -> Rubric:
    wanted = state.assessment.get("rubric") or PROVINCE_RUBRICS.get(report_service.province_of(session)[0] or "",
                                                                   GENERIC_RUBRIC)
    available = rubrics()
    if wanted not in available:
        raise ValidationError(f"Không có bộ tiêu chí tự đánh giá “{wanted}”; hãy nạp lại tệp bộ tiêu chí.")
    return available[wanted]


def meta_of(session: Session, state: ReportState, today: date | None = None) -> ReportMeta:
    """The stored header and narrative, or the commune's defaults for a new draft."""
    if state.meta:
        return ReportMeta.from_json(state.meta)
    unit = session.unit
    place = split_unit_name(unit.name)[1] if unit else ""
    return default_meta(unit.name if unit else "", place, state.period.label, today or date.today())


def assessment_of(session: Session, state: ReportState) -> SelfAssessment | None:
    """The self-assessment when every sub-criterion is scored, else None (a draft in progress)."""
    scores = state.assessment.get("scores") or {}
    if not scores:
        return None
    rubric = rubric_for(session, state)
    try:
        return assess(rubric, scores, state.assessment.get("notes") or {})
    except ValidationError:
        return None


def save_assessment(session: Session, period_id: str, rubric_id: str, scores: dict, notes: dict) -> None:
    """Keep the scores typed so far; each one must be within its criterion's maximum."""
    rubric = rubrics().get(rubric_id)
    if rubric is None:
        raise ValidationError(f"Không có bộ tiêu chí “{rubric_id}”.")
    given = {code: value for code, value in scores.items() if value is not None}
    subs = rubric.sub_criteria()
    filled = {**{code: 0 for code in subs}, **given}
    validate_scores(rubric, filled, notes)  # range and codes checked as if complete
    report_service.save_draft(session, period_id, assessment={"rubric": rubric_id, "scores": given, "notes": notes})


def document_meta(session: Session, period_id: str, today: date | None = None) -> ReportMeta:
    state = report_service.report(session, period_id)
    meta = meta_of(session, state, today)
    if state.period.kind == "ca_nam":  # the total and rating go into the annual report
        meta = replace(meta, self_assessment=assessment_of(session, state))
    return meta


def _written(write, target):
    """Run a writer; a file that cannot be written is a clear message, not a traceback."""
    try:
        return write()
    except OSError as exc:
        raise DataFolderError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from exc


def _log(session: Session, what: str, period_id: str, target) -> None:
    with writing(session.store):
        audit(session.store, session.user.username, f"report.{what}", "report", period_id,
              {"file": Path(target).name if isinstance(target, (str, Path)) else ""})


def render_pdf(session: Session, period_id: str, target, today: date | None = None) -> int:
    """Write the report as PDF (a path, atomically, or a binary file); returns the page count."""
    session.require(Permission.RECORD)
    figures = report_service.figures(session, period_id, today)
    meta = document_meta(session, period_id, today)
    draft = not report_service.report(session, period_id).locked
    pages = _written(lambda: render_report_pdf(figures, meta, labels(), target, draft=draft), target)
    _log(session, "pdf", period_id, target)
    return pages


def render_docx(session: Session, period_id: str, target, today: date | None = None) -> None:
    """Write the editable Word copy: the same document as the PDF (documents/report_docx.py)."""
    session.require(Permission.RECORD)
    figures = report_service.figures(session, period_id, today)
    meta = document_meta(session, period_id, today)
    draft = not report_service.report(session, period_id).locked
    _written(lambda: render_report_docx(figures, meta, labels(), target, draft=draft), target)
    _log(session, "docx", period_id, target)


def pdf_bytes(session: Session, period_id: str, today: date | None = None) -> bytes:
    out = io.BytesIO()
    render_pdf(session, period_id, out, today)
    return out.getvalue()


def write_xlsx(session: Session, period_id: str, target, today: date | None = None) -> None:
    session.require(Permission.RECORD)
    figures = report_service.figures(session, period_id, today)
    _written(lambda: write_figures_xlsx(figures, labels(), target), target)
    _log(session, "xlsx", period_id, target)
