"""One sentence per figures section, so the report states its numbers in words too
("phải có số liệu cụ thể để minh chứng"). Pure text; the PDF puts it above each table."""

from __future__ import annotations

from datetime import date

from ..domain.petitions import RESULTS
from ..domain.report_figures import DENUNCIATION_RESULTS, upgrade_figures
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


def _clauses(parts: list[str]) -> str:
    return ", ".join(part for part in parts if part)


def _if(n: int, text: str) -> str:
    """A clause with a count, left out when the count is 0 ("0 đơn rút" is never printed)."""
    return text if n else ""


def receptions_summary(figures: dict) -> str:
    r = figures.get("receptions", {})
    g, n = _counter(r), lambda key: r.get(key, 0)
    if not n("sessions") and not n("visits"):
        return "Trong kỳ, không có công dân đến kiến nghị, phản ánh, khiếu nại, tố cáo."
    head = f", trong đó người đứng đầu tiếp {g('by_head')} buổi" if n("by_head") else ""
    cases = ""
    if n("cases"):
        detail = _clauses([_if(n("cases_new"), f"{g('cases_new')} vụ việc tiếp lần đầu"),
                           _if(n("cases_repeat"), f"{g('cases_repeat')} vụ việc tiếp nhiều lần")])
        cases = f", {g('cases')} vụ việc" + (f" ({detail})" if n("cases_new") and n("cases_repeat") else "")
    delegations = (f"; {g('delegations')} đoàn đông người với {g('delegation_people')} người"
                   if n("delegations") else "; không có đoàn đông người")
    return (f"Trong kỳ, đã tổ chức {g('sessions')} buổi tiếp công dân{head}; tiếp {g('visits')} lượt với "
            f"{g('people')} người{cases}{delegations}.")


def _petitions(figures: dict) -> dict:
    return upgrade_figures(figures).get("petitions", {})


def petitions_summary(figures: dict) -> str:
    p = _petitions(figures)
    g, n = _counter(p), lambda key: p.get(key, 0)
    if not n("total"):
        return "Trong kỳ, không tiếp nhận đơn thư và không có đơn kỳ trước chuyển sang."
    origin = _clauses([_if(n("carried_over"), f"{g('carried_over')} đơn kỳ trước chuyển sang"),
                       _if(n("received"), f"{g('received')} đơn tiếp nhận trong kỳ")])
    text = f"Tổng số đơn phải xử lý là {g('total')} đơn ({origin})"
    if not n("processed"):
        return text + "; trong kỳ chưa xử lý đơn nào."
    text += f"; đã xử lý {g('processed')} đơn"
    split = _clauses([_if(n("not_eligible"), f"{g('not_eligible')} đơn không đủ điều kiện xử lý"),
                      _if(n("eligible"), f"{g('eligible')} đơn đủ điều kiện xử lý")])
    text += f", gồm {split}" if split else ""
    if n("eligible"):
        out = _clauses([_if(n("guided"), f"hướng dẫn {g('guided')} đơn"),
                        _if(n("forwarded"), f"chuyển {g('forwarded')} đơn đến cơ quan có thẩm quyền")])
        competence = _clauses([
            _if(n("in_competence"), f"{g('in_competence')} đơn thuộc thẩm quyền"),
            _if(n("out_of_competence"), f"{g('out_of_competence')} đơn không thuộc thẩm quyền"
                + (f" ({out})" if out else ""))])
        text += f". Trong số đơn đủ điều kiện xử lý có {competence}" if competence else ""
    if n("urged"):
        text += f"; đã đôn đốc giải quyết {g('urged')} đơn đã chuyển"
    return text + "."


def _results(counts, labels: dict, noun: str) -> str:
    """"3 khiếu nại đúng, 1 khiếu nại sai" / "2 tố cáo sai": the non-zero results only."""
    counts = counts if isinstance(counts, dict) else {}
    parts = []
    for code, n in counts.items():
        if isinstance(n, int) and n:
            label = labels.get(code, code).lower()
            parts.append(f"{f(n)} {noun} {label}" if noun else f"{f(n)} {label}")
    return ", ".join(parts)


def resolution_summary(figures: dict) -> str:
    p = _petitions(figures)
    g, n = _counter(p), lambda key: p.get(key, 0)
    done = []
    if n("accepted"):
        done.append(f"đã thụ lý {g('accepted')} vụ việc")
    if n("resolved"):
        timing = _clauses([_if(n("resolved_on_time"), f"{g('resolved_on_time')} vụ việc đúng hạn"),
                           _if(n("resolved_late"), f"{g('resolved_late')} vụ việc quá hạn")])
        done.append(f"giải quyết {g('resolved')} vụ việc ({timing})")
    if n("withdrawn"):
        done.append(f"{g('withdrawn')} đơn được rút")
    if not done:
        text = "Trong kỳ, không có vụ việc khiếu nại, tố cáo được thụ lý, giải quyết."
    else:
        text = "Trong kỳ, " + ", ".join(done) + "."
    complaints = _results(p.get("complaint_results"), RESULTS, "khiếu nại")
    denunciations = _results(p.get("denunciation_results"), DENUNCIATION_RESULTS, "")
    if complaints:
        text += f" Kết quả giải quyết khiếu nại: {complaints}."
    if denunciations:
        text += f" Kết luận nội dung tố cáo: {denunciations}."
    if n("pending"):
        text += f" Còn {g('pending')} đơn chưa giải quyết xong"
        text += f", trong đó {g('overdue')} đơn quá hạn." if n("overdue") else "."
    return text


def activities_summary(figures: dict) -> str:
    a = figures.get("activities", {})
    g = _counter(a)
    if not a.get("count"):
        return "Trong kỳ, chưa ghi nhận hoạt động dân vận nào."
    among = _clauses([_if(a.get("women", 0), f"{g('women')} lượt nữ"),
                      _if(a.get("ethnic_minority", 0), f"{g('ethnic_minority')} lượt đồng bào dân tộc thiểu số"),
                      _if(a.get("religious", 0), f"{g('religious')} lượt đồng bào có đạo")])
    return (f"Đã tổ chức {g('count')} hoạt động dân vận với {g('participants')} lượt người tham dự"
            + (f", trong đó {among}." if among else "."))


def models_summary(figures: dict) -> str:
    m = figures.get("models", {})
    if not m.get("count"):
        text = "Chưa đăng ký mô hình “Dân vận khéo” nào"
    else:
        text = f"Có {f(m.get('count', 0))} mô hình “Dân vận khéo”" + (
            f", {f(m['recognised'])} mô hình được khen thưởng" if m.get("recognised") else "")
    if m.get("meets_expectation") is False and m.get("required", True):
        return text + f"; chưa đạt yêu cầu tối thiểu {f(m.get('expected_min', 1))} mô hình."
    if not m.get("count"):
        return text + " (gợi ý: mỗi cơ quan xây dựng 1–2 mô hình)."
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
