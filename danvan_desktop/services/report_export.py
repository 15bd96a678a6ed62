"""Sending an approved report to the province: its frozen figures, its PDF, the period's
petitions de-identified, and the evidence the officer chose, as one signed bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..bundles.pseudonym import RECORD_FIELDS
from ..domain.users import Permission
from ..errors import ValidationError
from ..storage import attachments_repo, reports_repo
from . import attachments
from . import bundles as bundle_service
from . import report_documents
from . import reports as report_service
from .bundles import ExportedBundle
from .session import Session, writing


def export_report_bundle(session: Session, period_id: str, out_path: Path, evidence_ids: tuple[int, ...] = (),
                         passphrase: str | None = None, today: date | None = None) -> ExportedBundle:
    """Only a leader-approved report leaves the commune; exporting it again (after a
    correction, unlock and new approval) gives the next sequence, which supersedes."""
    session.require(Permission.EXPORT_BUNDLE)
    state = report_service.report(session, period_id)
    if not state.locked or state.figures is None:
        raise ValidationError(f"Báo cáo kỳ {state.period.id} chưa được lãnh đạo phê duyệt: chỉ xuất gói của báo "
                              "cáo đã phê duyệt.")
    pdf = report_documents.pdf_bytes(session, state.period.id, today)
    rows = reports_repo.scope_rows(session.db, state.period.start, state.period.end, RECORD_FIELDS)
    records = bundle_service.deidentified_records(session, rows)
    evidence = []
    for attachment_id in evidence_ids:
        info, data = attachments.read_attachment(session, attachment_id)
        evidence.append((info["file_name"], data))
    with writing(session.store):
        exported = bundle_service.export_bundle(
            session, period_id=state.period.id, figures=state.figures, pdf_bytes=pdf, records=records,
            evidence=evidence, out_path=Path(out_path), passphrase=passphrase, today=today)
        report_service.mark_exported(session, state.period.id)
    return exported


def evidence_candidates(session: Session, period_id: str) -> list[dict]:
    """Attachments the officer may send with the period's bundle: those of activities and
    grassroots-democracy records dated within the period (never a petition's)."""
    session.require(Permission.EXPORT_BUNDLE)
    p = report_service.period(session, period_id)
    return attachments_repo.evidence_in_period(session.db, p.start.isoformat(), p.end.isoformat())
