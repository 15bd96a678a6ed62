"""Dân vận activities and "Dân vận khéo" models: what is recorded and what is valid.

The directives ask for "concrete figures as proof": participants are counted with
women, ethnic-minority and religious participants apart, so reports can show the work
reaching vùng đồng bào dân tộc thiểu số and vùng tôn giáo.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from ..errors import Problems, ValidationError
from .counts import require_counts
from ..text import clean

MODEL_FIELDS = {
    "kinh_te": "Kinh tế",
    "van_hoa_xa_hoi": "Văn hóa – xã hội",
    "quoc_phong_an_ninh": "Quốc phòng – an ninh",
    "xay_dung_he_thong_chinh_tri": "Xây dựng hệ thống chính trị",
    "nong_thon_moi": "Xây dựng nông thôn mới",
}
MODEL_STATUSES = {"dang_ky": "Đăng ký", "trien_khai": "Triển khai", "hieu_qua": "Hiệu quả"}
MODEL_OWNERS = {"tap_the": "Tập thể", "ca_nhan": "Cá nhân"}
RECOGNITION_FORMS = {"giay_khen": "Giấy khen", "bang_khen": "Bằng khen"}
RECOGNITION_LEVELS = {"xa": "Cấp xã", "tinh": "Cấp tỉnh", "trung_uong": "Trung ương"}
MODELS_EXPECTED = (1, 2)  # "mỗi cơ quan xây dựng 01 đến 02 mô hình"
# A model only registered is a plan; the expectation counts models being carried out or effective.
# The "Dân vận khéo" page and the report's "Đạt yêu cầu 1–2 mô hình" both use this rule.
WORKING_MODEL_STATUSES = ("trien_khai", "hieu_qua")


@dataclass(frozen=True)
class ActivityInput:
    held_on: date
    kind: str
    content: str
    place: str = ""  # thôn, tổ dân phố
    starts_at: time | None = None
    ends_at: time | None = None
    led_by: str = ""
    participants: int = 0
    women: int = 0
    ethnic_minority: int = 0
    religious: int = 0
    field: str = ""
    target_group: str = ""
    outcome: str = ""
    follow_up: str = ""


def validate_activity(data: ActivityInput, kinds: dict[str, str], fields: dict[str, str], today: date) -> ActivityInput:
    """The cleaned input, or one ValidationError holding every rejected field."""
    problems = Problems()
    if data.held_on is None:
        problems.add("Chưa nhập ngày tổ chức hoạt động.", "held_on")
    elif data.held_on > today:
        problems.add(
            f"Ngày tổ chức ({data.held_on:%d/%m/%Y}) không được sau hôm nay ({today:%d/%m/%Y}).", "held_on")
    if data.kind not in kinds:
        allowed = ", ".join(f"{k} ({v})" for k, v in kinds.items())
        problems.add(f"Loại hoạt động “{data.kind or ''}” không hợp lệ; chọn một trong: {allowed}.", "kind")
    if data.field and data.field not in fields:
        problems.add(f"Lĩnh vực “{data.field}” không hợp lệ.", "field")
    if data.starts_at and data.ends_at and data.ends_at <= data.starts_at:
        problems.add(
            f"Giờ kết thúc ({data.ends_at:%H:%M}) phải sau giờ bắt đầu ({data.starts_at:%H:%M}).", "ends_at")
    counts = {"participants": "Số người tham gia", "women": "Số phụ nữ",
              "ethnic_minority": "Số người dân tộc thiểu số", "religious": "Số người theo tôn giáo"}
    if problems.check(require_counts, data, counts):
        for name in ("women", "ethnic_minority", "religious"):
            if getattr(data, name) > data.participants:
                problems.add(
                    f"{counts[name]} ({getattr(data, name)}) không được lớn hơn tổng số người tham gia "
                    f"({data.participants}).", name)
    content = clean(data.content)
    if not content:
        problems.add("Chưa nhập nội dung hoạt động.", "content")
    problems.raise_any()
    return replace(data, content=content, place=clean(data.place), led_by=clean(data.led_by),
                   target_group=clean(data.target_group), outcome=clean(data.outcome),
                   follow_up=clean(data.follow_up))


FIRST_MODEL_YEAR = 2000  # the earliest year a model may be registered


@dataclass(frozen=True)
class ModelInput:
    name: str
    field: str
    owner_kind: str  # tap_the / ca_nhan
    owner: str
    year_registered: int
    status: str = "dang_ky"
    recognition_level: str | None = None
    recognition_form: str | None = None
    results: str = ""


def _pick(value, choices: dict, what: str, name: str):
    if value not in choices:
        allowed = ", ".join(f"{k} ({v})" for k, v in choices.items())
        raise ValidationError(f"{what} “{value or ''}” không hợp lệ; chọn một trong: {allowed}.", name)


def validate_model(data: ModelInput, today: date) -> ModelInput:
    """The cleaned input, or one ValidationError holding every rejected field."""
    problems = Problems()
    name, owner = clean(data.name), clean(data.owner)
    if not name:
        problems.add("Chưa nhập tên mô hình.", "name")
    if not owner:
        problems.add("Chưa nhập tập thể hoặc cá nhân xây dựng mô hình.", "owner")
    problems.check(_pick, data.field, MODEL_FIELDS, "Lĩnh vực mô hình", "field")
    problems.check(_pick, data.owner_kind, MODEL_OWNERS, "Chủ thể", "owner_kind")
    problems.check(_pick, data.status, MODEL_STATUSES, "Tình trạng", "status")
    if not isinstance(data.year_registered, int) or not FIRST_MODEL_YEAR <= data.year_registered <= today.year:
        problems.add(f"Năm đăng ký phải từ {FIRST_MODEL_YEAR} đến {today.year} (năm nay)"
                     + (f", không phải {data.year_registered}." if isinstance(data.year_registered, int) else "."),
                     "year_registered")
    if (data.recognition_level is None) != (data.recognition_form is None):
        problems.add("Khen thưởng cần ghi cả cấp khen và hình thức (Giấy khen, Bằng khen).", "recognition")
    elif data.recognition_level is not None:
        problems.check(_pick, data.recognition_level, RECOGNITION_LEVELS, "Cấp khen thưởng", "recognition_level")
        problems.check(_pick, data.recognition_form, RECOGNITION_FORMS, "Hình thức khen thưởng", "recognition_form")
    problems.raise_any()
    return replace(data, name=name, owner=owner, results=clean(data.results))


def working_models(count_by_status: dict[str, int]) -> int:
    """Models at work (Triển khai, Hiệu quả): a model only registered does not count."""
    return sum(count_by_status.get(status, 0) for status in WORKING_MODEL_STATUSES)


def meets_models_expectation(count_in_effect: int, required_min: int = 0) -> bool:
    """The one rule the "Dân vận khéo" page and the report share: at least the minimum the
    directive in force sets (``required_min``), else the suggested first of the 1–2 models."""
    return count_in_effect >= (required_min or MODELS_EXPECTED[0])


def models_expectation(count_in_effect: int, required_min: int = 0) -> str:
    """The verdict in words: a requirement where the directive in force sets one (e.g.
    Quảng Ngãi's Công văn 3053), elsewhere a suggestion."""
    low, high = MODELS_EXPECTED
    if not required_min:
        if not meets_models_expectation(count_in_effect):
            return (f"Gợi ý: xây dựng {low}–{high} mô hình “Dân vận khéo” (văn bản của tỉnh đang áp dụng "
                    "không đặt số mô hình tối thiểu).")
        return f"Có {count_in_effect} mô hình đang thực hiện (gợi ý {low}–{high} mô hình)."
    low = required_min
    if not meets_models_expectation(count_in_effect, required_min):
        return f"Chưa đạt: đơn vị cần xây dựng ít nhất {low} mô hình “Dân vận khéo”."
    if count_in_effect <= max(high, low):
        return f"Đạt: {count_in_effect} mô hình (yêu cầu {low}–{max(high, low)} mô hình)."
    return f"Vượt yêu cầu: {count_in_effect} mô hình (yêu cầu {low}–{max(high, low)} mô hình)."
