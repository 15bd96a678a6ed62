"""One sentence per figures section, so the report states its numbers in words too
("phải có số liệu cụ thể để minh chứng"). Pure text; the PDF puts it above each table."""

from __future__ import annotations

from datetime import date

from .figure_tables import format_count as f


def vn_date(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%d/%m/%Y}"
    except (TypeError, ValueError):
        return str(iso or "")


def _counter(section: dict):
    """``g("visits")`` -> "87", formatted, 0 when missing."""
    return lambda key: f(section.get(key, 0))


def data_window(figures: dict) -> str:
    period = figures.get("period", {})
    if not period.get("start") or not period.get("end"):
        return ""
    return f"(Số liệu tính từ ngày {vn_date(period['start'])} đến ngày {vn_date(period['end'])})"


def receptions_summary(figures: dict) -> str:
    r = figures.get("receptions", {})
    g = _counter(r)
    return (f"Trong kỳ, đã tổ chức {g('sessions')} buổi tiếp công dân, trong đó người đứng đầu tiếp "
            f"{g('by_head')} buổi; tiếp {g('visits')} lượt với {g('people')} người, {g('cases')} vụ việc "
            f"({g('cases_new')} vụ việc tiếp lần đầu, {g('cases_repeat')} vụ việc tiếp nhiều lần); "
            f"{g('delegations')} đoàn đông người với {g('delegation_people')} người.")


def petitions_summary(figures: dict) -> str:
    p = figures.get("petitions", {})
    g = _counter(p)
    return (f"Tổng số đơn phải xử lý là {g('total')} đơn ({g('carried_over')} đơn kỳ trước chuyển sang, "
            f"{g('received')} đơn tiếp nhận trong kỳ); đã xử lý {g('processed')} đơn, trong đó {g('eligible')} "
            f"đơn đủ điều kiện xử lý, {g('within_competence')} đơn thuộc thẩm quyền, {g('outside_competence')} "
            f"đơn không thuộc thẩm quyền (hướng dẫn {g('guided')}, chuyển đơn {g('forwarded')}, "
            f"đôn đốc {g('urged')}).")


def resolution_summary(figures: dict) -> str:
    p = figures.get("petitions", {})
    g = _counter(p)
    text = (f"Đã thụ lý {g('accepted')} vụ việc, giải quyết {g('resolved')} vụ việc ({g('resolved_on_time')} "
            f"đúng hạn, {g('resolved_late')} quá hạn); {g('withdrawn')} đơn rút. Còn {g('pending')} đơn chưa "
            f"giải quyết xong")
    return text + (f", trong đó {g('overdue')} đơn quá hạn." if p.get("overdue") else ".")


def activities_summary(figures: dict) -> str:
    a = figures.get("activities", {})
    g = _counter(a)
    return (f"Đã tổ chức {g('count')} hoạt động dân vận với {g('participants')} lượt người tham dự, trong đó "
            f"{g('women')} lượt nữ, {g('ethnic_minority')} lượt đồng bào dân tộc thiểu số, "
            f"{g('religious')} lượt đồng bào có đạo.")


def models_summary(figures: dict) -> str:
    m = figures.get("models", {})
    text = (f"Có {f(m.get('count', 0))} mô hình “Dân vận khéo”, {f(m.get('recognised', 0))} mô hình được "
            "khen thưởng")
    if m.get("meets_expectation") is False:
        return text + f"; chưa đạt yêu cầu tối thiểu {f(m.get('expected_min', 1))} mô hình."
    return text + "."


def democracy_summary(figures: dict) -> str:
    return "Kết quả thực hiện phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”:"


SUMMARIES = {
    "receptions": receptions_summary,
    "petitions": petitions_summary,
    "resolution": resolution_summary,
    "activities": activities_summary,
    "models": models_summary,
    "democracy": democracy_summary,
}
