"""Grassroots democracy (Luật Thực hiện dân chủ ở cơ sở 2022): what the commune published,
what the people discussed and decided, what they were consulted on, and supervision by
the Ban Thanh tra nhân dân and the Ban giám sát đầu tư của cộng đồng."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..errors import Problems, ValidationError
from ..text import clean
from .counts import require_counts

RECORD_KINDS = {
    "cong_khai": "Công khai (dân biết)",
    "ban_quyet_dinh": "Nhân dân bàn và quyết định",
    "lay_y_kien": "Nhân dân tham gia ý kiến",
    "giam_sat": "Kiểm tra, giám sát",
}
PUBLISH_FORMS = {"bang_tin": "Bảng tin", "loa_truyen_thanh": "Loa truyền thanh",
                 "trang_thong_tin": "Trang thông tin điện tử"}
DECISION_METHODS = {"hop": "Hội nghị, cuộc họp", "phat_phieu": "Phát phiếu", "truc_tuyen": "Trực tuyến"}
BOARDS = {"ban_ttnd": "Ban Thanh tra nhân dân", "ban_gsdtcd": "Ban giám sát đầu tư của cộng đồng"}


@dataclass(frozen=True)
class DemocracyInput:
    kind: str
    on: date
    matter: str  # the item published, the matter decided or consulted on, the subject supervised
    form: str = ""  # publishing form, decision method, or supervising board
    posted_days: int = 0  # how long a notice stayed posted
    turnout: int = 0  # people or households taking part
    in_favour_percent: int = 0
    opinions: int = 0  # opinions received when consulted
    answer: str = ""  # how the opinions were answered
    findings: str = ""
    recommendations: str = ""


def validate_democracy(data: DemocracyInput, today: date) -> DemocracyInput:
    """The cleaned input, or one ValidationError holding every rejected field."""
    problems = Problems()
    if data.kind not in RECORD_KINDS:
        allowed = ", ".join(f"{k} ({v})" for k, v in RECORD_KINDS.items())
        raise ValidationError(f"Loại nội dung “{data.kind or ''}” không hợp lệ; chọn một trong: {allowed}.", "kind")
    if data.on is None or data.on > today:
        problems.add("Ngày thực hiện phải có và không được sau hôm nay.", "on")
    matter = clean(data.matter)
    if not matter:
        problems.add("Chưa nhập nội dung.", "matter")
    counted = problems.check(require_counts, data, {
        "posted_days": "Số ngày niêm yết", "turnout": "Số người tham gia",
        "in_favour_percent": "Tỷ lệ tán thành", "opinions": "Số ý kiến"})
    choices = {"cong_khai": (PUBLISH_FORMS, "Hình thức công khai"),
               "ban_quyet_dinh": (DECISION_METHODS, "Cách thức bàn, quyết định"),
               "giam_sat": (BOARDS, "Ban giám sát")}.get(data.kind)
    if choices and data.form not in choices[0]:
        allowed = ", ".join(f"{k} ({v})" for k, v in choices[0].items())
        problems.add(f"{choices[1]} “{data.form}” không hợp lệ; chọn một trong: {allowed}.", "form")
    if counted and data.kind == "ban_quyet_dinh":
        if not 0 <= data.in_favour_percent <= 100:
            problems.add(f"Tỷ lệ tán thành phải từ 0 đến 100% (đã nhập {data.in_favour_percent}%).",
                         "in_favour_percent")
        if data.turnout == 0:
            problems.add("Nhân dân bàn và quyết định cần số người (hộ) tham gia.", "turnout")
    if counted and data.kind == "cong_khai" and data.form == "bang_tin" and data.posted_days == 0:
        problems.add("Niêm yết trên bảng tin cần số ngày niêm yết.", "posted_days")
    if data.kind == "giam_sat" and not clean(data.findings):
        problems.add("Kết quả giám sát cần ghi điều phát hiện được.", "findings")
    problems.raise_any()
    return replace(data, matter=matter, answer=clean(data.answer), findings=clean(data.findings),
                   recommendations=clean(data.recommendations))
