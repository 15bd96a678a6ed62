"""The province's consolidated report: the summed figures of the units' latest bundles,
printed in the same official layout, with who reported on time in its opening paragraph."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date

from ..documents.report_pdf import render_report_pdf
from ..domain.report_document import default_meta, split_unit_name
from ..domain.report_periods import Period
from ..domain.units import Unit
from ..domain.users import Permission
from ..errors import DataFolderError, ValidationError, os_reason
from . import province
from . import reports as report_service
from .report_documents import labels
from .session import Session, audit, writing


def period_of(session: Session, period_id: str) -> Period:
    """The period with the province's own due date (its report-period rules)."""
    return report_service.period(session, period_id)


def titled_name(unit: Unit) -> str:
    """"Tỉnh Tuyên Quang" from the official list's "Tuyên Quang" (cities already say "Thành phố")."""
    kind = "Thành phố" if unit.division_type.casefold().startswith("thành phố") else "Tỉnh"
    return unit.name if unit.name.casefold().startswith(kind.casefold() + " ") else f"{kind} {unit.name}"


def status(session: Session, period_id: str) -> province.PeriodStatus:
    return province.period_status(session, period_id, period_of(session, period_id).due,
                                  due_of=lambda code: report_service.unit_due(session, period_id, code))


def consolidated_document(session: Session, period_id: str, today: date | None = None) -> tuple[dict, object]:
    session.require(Permission.CONSOLIDATE)
    period = period_of(session, period_id)
    consolidated = province.consolidated_figures(session, period.id)
    if not consolidated["units"]:
        raise ValidationError(f"Chưa nhận gói báo cáo nào của kỳ {period.id}: chưa có số liệu để tổng hợp.")
    unit = session.unit
    name = titled_name(unit)
    figures = {**consolidated["figures"], "unit": {"code": unit.code, "name": name, "province": name},
               "period": period.to_json()}
    state = status(session, period.id)
    data = state.to_dict()
    opening = (f"Tổng hợp từ báo cáo của {consolidated['units']}/{data['expected']} đơn vị cấp xã "
               f"(đúng hạn {data['on_time']}, trễ hạn {data['late']}, chưa gửi {data['missing']}; tỉ lệ gửi báo cáo "
               f"{state.reporting_rate:.0%}, đúng hạn {state.on_time_rate:.0%}).")
    meta = default_meta(name, split_unit_name(name)[1], period.label, today or date.today())
    meta = replace(meta, subtitle=f"Tổng hợp kết quả công tác dân vận chính quyền {period.label}",
                   sections={**meta.sections, "ket_qua": opening},
                   recipients=("Bộ Nội vụ;", "Thường trực Tỉnh ủy;", "Lưu: VT."))
    return figures, meta


def render_consolidated_pdf(session: Session, period_id: str, target, today: date | None = None) -> int:
    figures, meta = consolidated_document(session, period_id, today)
    try:
        pages = render_report_pdf(figures, meta, labels(), target)
    except OSError as exc:
        raise DataFolderError(f"Không ghi được tệp {target}: {os_reason(exc)}.") from exc
    with writing(session.store):
        audit(session.store, session.user.username, "province.report_pdf", "province", period_id, {})
    return pages


@dataclass(frozen=True)
class PeriodView:
    """What the province console shows for one period."""

    status: province.PeriodStatus
    consolidated: dict
    repeats: list[dict]
    keys: list[dict]


def load_period(session: Session, period_id: str) -> PeriodView:
    """Everything the console shows for one period (in the background: thousands of bundles)."""
    return PeriodView(status(session, period_id), province.consolidated_figures(session, period_id),
                      province.repeat_petitioners(session, period_id), province.unit_keys(session))


def consolidated_pdf(session: Session, period_id: str, today: date | None = None) -> bytes:
    """The consolidated report as PDF bytes, for the console's preview."""
    out = io.BytesIO()
    render_consolidated_pdf(session, period_id, out, today)
    return out.getvalue()
