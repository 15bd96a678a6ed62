"""The report's figures as labelled rows for tables on screen (section, label, value)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.activities import MODEL_FIELDS, MODEL_STATUSES
from ..domain.democracy import RECORD_KINDS
from ..domain.petitions import KINDS, RESULTS, SIGNATORIES
from ..domain.report_figures import DENUNCIATION_RESULTS, upgrade_figures
from ..services import report_topics


def _tr(text: str) -> str:
    return QCoreApplication.translate("FigureRows", text)


def figure_rows(figures: dict, activity_kinds: dict[str, str], petition_fields: dict[str, str]
                ) -> list[tuple[str, str, str]]:
    figures = upgrade_figures(figures)  # an approved report or a bundle of format 1
    r, p, a, m = figures["receptions"], figures["petitions"], figures["activities"], figures["models"]
    rows: list[tuple[str, str, str]] = []

    def section(title: str, items) -> None:
        for label, value in items:
            rows.append((title, label, f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)))

    section(_tr("I. Tiếp công dân"), [
        (_tr("Số buổi tiếp"), r["sessions"]), (_tr("— tiếp thường xuyên"), r["regular"]),
        (_tr("— Chủ tịch tiếp định kỳ, đột xuất"), r["by_head"]), (_tr("Lượt tiếp"), r["visits"]),
        (_tr("Số người được tiếp"), r["people"]), (_tr("Vụ việc (lần đầu / tái diễn)"),
                                                  f"{r['cases']} ({r['cases_new']} / {r['cases_repeat']})"),
        (_tr("Đoàn đông người (số người)"), f"{r['delegations']} ({r['delegation_people']})")])
    section(_tr("II. Tiếp nhận, xử lý đơn"), [
        (_tr("Tổng số đơn"), p["total"]), (_tr("— kỳ trước chuyển sang"), p["carried_over"]),
        (_tr("— tiếp nhận trong kỳ"), p["received"]),
        *[(f"— {SIGNATORIES[k].lower()}", v) for k, v in p["by_signatories"].items()],
        *[(_tr("Đơn {kind}").format(kind=KINDS[k].lower()), v) for k, v in p["by_kind"].items()],
        *[(_tr("Lĩnh vực {field}").format(field=petition_fields.get(k, k).lower()), v)
          for k, v in p["by_field"].items() if v],
        (_tr("Đã xử lý"), p["processed"]), (_tr("— không đủ điều kiện xử lý"), p.get("not_eligible", 0)),
        (_tr("— đủ điều kiện xử lý"), p["eligible"]),
        (_tr("   thuộc thẩm quyền"), p.get("in_competence", 0)),
        (_tr("   không thuộc thẩm quyền"), p.get("out_of_competence", 0)),
        (_tr("      hướng dẫn"), p["guided"]), (_tr("      chuyển đơn"), p["forwarded"]),
        (_tr("Đôn đốc giải quyết đơn đã chuyển"), p["urged"])])
    section(_tr("III. Giải quyết khiếu nại, tố cáo"), [
        (_tr("Đã thụ lý"), p["accepted"]), (_tr("Đã giải quyết"), p["resolved"]),
        (_tr("— đúng hạn"), p["resolved_on_time"]), (_tr("— quá hạn"), p["resolved_late"]),
        *[(_tr("Khiếu nại: {result}").format(result=RESULTS[k].lower()), v)
          for k, v in p.get("complaint_results", {}).items()],
        *[(_tr("Kết luận: {result}").format(result=DENUNCIATION_RESULTS.get(k, k).lower()), v)
          for k, v in p.get("denunciation_results", {}).items()],
        *[(_tr("Kết quả (chưa tách khiếu nại, tố cáo): {result}").format(result=RESULTS.get(k, k).lower()), v)
          for k, v in p.get("results", {}).items()],
        (_tr("Rút đơn"), p["withdrawn"]), (_tr("Đang giải quyết cuối kỳ"), p["pending"]),
        (_tr("Quá hạn cuối kỳ"), p["overdue"])])
    section(_tr("IV. Hoạt động dân vận"), [
        (_tr("Số hoạt động"), a["count"]), (_tr("Lượt người tham gia"), a["participants"]),
        (_tr("— nữ"), a["women"]), (_tr("— dân tộc thiểu số"), a["ethnic_minority"]),
        (_tr("— có đạo"), a["religious"]),
        *[(activity_kinds.get(k, k), f"{v['count']} ({v['participants']})") for k, v in a["by_kind"].items()]])
    section(_tr("V. Mô hình “Dân vận khéo”"), [
        (_tr("Số mô hình"), m["count"]), (_tr("Được khen thưởng"), m["recognised"]),
        *[(MODEL_FIELDS[k], v) for k, v in m["by_field"].items()],
        *[(_tr("Tình trạng: {status}").format(status=MODEL_STATUSES[k].lower()), v) for k, v in m["by_status"].items()],
        (_tr("Đạt yêu cầu 1–2 mô hình") if m.get("required", True) else _tr("Có mô hình (gợi ý 1–2 mô hình)"),
         _tr("Đạt") if m["meets_expectation"] else _tr("Chưa đạt") if m.get("required", True) else _tr("Chưa có"))])
    section(_tr("VI. Dân chủ ở cơ sở"), [(RECORD_KINDS[k], v) for k, v in figures["democracy"]["by_kind"].items()])
    entered = figures.get("topics") if isinstance(figures.get("topics"), dict) else {}
    for n, topic in enumerate(report_topics.topics(), 1):
        counts = entered.get(topic.code) or {}
        section(_tr("VII.{n}. {title}").format(n=n, title=topic.title),
                [(item.label, counts.get(item.code, 0)) for item in topic.items if item.code in counts])
    return rows
