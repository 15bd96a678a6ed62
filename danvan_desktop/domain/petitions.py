"""Petitions (đơn thư): what is recorded, how it is classified, what is valid.

Classification follows Thông tư 05/2021/TT-TTCP: content kind, eligibility,
competence and signatories. Validation lives here so the form, the CLI and any
importer reject the same input with the same Vietnamese message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..collation import LAST, name_sort_key
from ..errors import Problems, ValidationError
from ..text import clean, fold
from .citizens import mask_cccd, validate_cccd, validate_phone
from .users import Role, User

KINDS = {
    "khieu_nai": "Khiếu nại",
    "to_cao": "Tố cáo",
    "kien_nghi": "Kiến nghị",
    "phan_anh": "Phản ánh",
    "nhieu_noi_dung": "Nhiều nội dung",
}
CHANNELS = {
    "truc_tiep": "Trực tiếp",
    "buu_chinh": "Bưu chính",
    "chuyen_den": "Chuyển đến từ cơ quan khác",
    "hom_thu": "Hòm thư góp ý",
    "tiep_cong_dan": "Qua tiếp công dân",
    "truc_tuyen": "Trực tuyến",
}
SIGNATORIES = {
    "mot_nguoi": "Một người đứng tên",
    "nhieu_nguoi": "Nhiều người đứng tên",
    "nac_danh": "Không rõ họ tên, địa chỉ (nặc danh)",
}
ELIGIBILITY = {"du_dieu_kien": "Đủ điều kiện xử lý", "khong_du_dieu_kien": "Không đủ điều kiện xử lý"}
COMPETENCE = {"thuoc_tham_quyen": "Thuộc thẩm quyền", "khong_thuoc_tham_quyen": "Không thuộc thẩm quyền"}
RESULTS = {"dung": "Đúng", "sai": "Sai", "dung_mot_phan": "Đúng một phần"}
EVENT_KINDS = {
    "accepted": "Thụ lý",
    "notified": "Thông báo thụ lý",
    "extended": "Gia hạn giải quyết",
    "resolved": "Đã giải quyết",
    "guided": "Hướng dẫn",
    "forwarded": "Chuyển đơn",
    "urged": "Đôn đốc",
    "filed": "Lưu đơn",
    "returned": "Trả lại đơn",
    "withdrawn": "Rút đơn",
    "withdrawal_continued": "Rút tố cáo – vẫn tiếp tục giải quyết",
    "suspended": "Tạm đình chỉ giải quyết",
    "resumed": "Tiếp tục giải quyết",
}
# Outcome events that close a petition: nothing legal happens after them.
CLOSING_EVENTS = frozenset({"resolved", "filed", "returned", "withdrawn", "guided", "forwarded"})
MASKED_IDENTITY = "(Thông tin người tố cáo được giữ bí mật)"
ANONYMOUS = "nac_danh"
NOT_PROCESSED_ANONYMOUS = ("Tố cáo không rõ họ tên, địa chỉ người tố cáo: không xử lý theo Luật Tố cáo "
                           "(Luật Tố cáo 2018, Điều 25 khoản 1)")


def not_processed_reason(kind: str, signatories: str | None, handled_as: str | None = None) -> str | None:
    """Why a petition has no legal clock at all, or None. An anonymous or untraceable
    denunciation is not processed under the Law on Denunciations (LTC 2018 Art. 25(1))."""
    if (handled_as or kind) == "to_cao" and signatories == ANONYMOUS:
        return NOT_PROCESSED_ANONYMOUS
    return None


@dataclass(frozen=True)
class Petitioner:
    name: str = ""
    address: str = ""
    cccd: str = ""
    phone: str = ""
    signed: bool = True  # the petition bears this person's signature or fingerprint


# What a petition must give of the person who writes it to be processed (codes of
# resources/rules/petition_eligibility.json, which names the articles they come from).
PARTICULARS = {"name": "họ tên", "address": "địa chỉ", "signed": "chữ ký hoặc điểm chỉ"}


def missing_particulars(petitioners) -> list[str]:
    """The ``PARTICULARS`` codes some petitioner lacks (in their order). A petition with a
    gap is "không đủ điều kiện xử lý" in the figures, as an anonymous one is."""
    gaps = set()
    for p in petitioners:
        gaps |= {"name"} if not clean(p.name) else set()
        gaps |= {"address"} if not clean(p.address) else set()
        gaps |= {"signed"} if not p.signed else set()
    return [code for code in PARTICULARS if code in gaps]


@dataclass(frozen=True)
class PetitionInput:
    """What an officer enters; ``validate_petition`` returns a cleaned copy."""

    received_on: date
    kind: str
    channel: str
    content: str
    field: str
    signatories: str = "mot_nguoi"
    signer_count: int = 1
    petitioners: tuple[Petitioner, ...] = ()
    accused: str = ""  # for a tố cáo: the person or body denounced
    eligibility: str | None = None
    competence: str | None = None
    attempt: int = 1
    complex: bool = False
    remote_area: bool = False
    needs_verification: bool = False
    assigned_to: str | None = None
    reception_id: int | None = None
    source_body: str = ""  # the body that forwarded it, for channel chuyen_den
    note: str = ""


def _choice(value, choices: dict, what: str, name: str, required: bool = True):
    if value in (None, "") and not required:
        return None
    if value in (None, ""):
        raise ValidationError(f"{what} chưa được chọn.", name)
    if value not in choices:
        allowed = ", ".join(f"{k} ({v})" for k, v in choices.items())
        raise ValidationError(f"{what} “{value or ''}” không hợp lệ; chọn một trong: {allowed}.", name)
    return value


def validate_petition(data: PetitionInput, fields: dict[str, str], today: date) -> PetitionInput:
    """The cleaned input, or one ValidationError holding every rejected field."""
    problems = Problems()
    if data.received_on is None:
        problems.add("Chưa nhập ngày nhận đơn.", "received_on")
    elif data.received_on > today:
        problems.add(
            f"Ngày nhận đơn ({data.received_on:%d/%m/%Y}) không được sau hôm nay ({today:%d/%m/%Y}).", "received_on"
        )
    problems.check(_choice, data.kind, KINDS, "Loại đơn", "kind")
    problems.check(_choice, data.channel, CHANNELS, "Nguồn đơn", "channel")
    problems.check(_choice, data.signatories, SIGNATORIES, "Người đứng tên", "signatories")
    problems.check(_choice, data.field, fields, "Lĩnh vực", "field")
    problems.check(_choice, data.eligibility, ELIGIBILITY, "Điều kiện xử lý", "eligibility", required=False)
    problems.check(_choice, data.competence, COMPETENCE, "Thẩm quyền", "competence", required=False)
    content = clean(data.content)
    if not content:
        problems.add("Chưa nhập nội dung đơn.", "content")
    if data.attempt not in (1, 2):
        problems.add("Lần khiếu nại phải là 1 (lần đầu) hoặc 2 (lần hai).", "attempt")
    elif data.attempt == 2 and data.kind != "khieu_nai":
        problems.add("Chỉ khiếu nại mới có lần hai.", "attempt")
    if data.needs_verification and data.kind != "to_cao":
        problems.add("Chỉ đơn tố cáo mới cần xác minh trước khi thụ lý.", "needs_verification")

    cleaned = [problems.check(_clean_petitioner, p, today) for p in data.petitioners if not _blank(p)]
    petitioners = tuple(p for p in cleaned if p is not None)
    count = data.signer_count
    if not isinstance(count, int) or count < 0:
        problems.add("Số người đứng tên không được âm.", "signer_count")
        count = 0
    if data.signatories == ANONYMOUS:
        if petitioners:
            problems.add("Đơn nặc danh không có thông tin người đứng tên.", "petitioners")
        if data.eligibility == "du_dieu_kien":
            problems.add("Đơn không rõ họ tên, địa chỉ (nặc danh) không đủ điều kiện xử lý "
                         "(Thông tư 05/2021/TT-TTCP; với tố cáo: Luật Tố cáo 2018, Điều 25 khoản 1).", "eligibility")
        count = 0
    elif not cleaned:
        problems.add("Chưa nhập người đứng tên đơn (họ tên và địa chỉ).", "petitioners")
    else:
        if any(not p.name for p in petitioners):
            problems.add("Người đứng tên đơn phải có họ và tên.", "name")
        gaps = missing_particulars(petitioners)
        if gaps and data.eligibility == "du_dieu_kien":
            problems.add(
                f"Đơn thiếu {', '.join(PARTICULARS[g] for g in gaps)} của người viết đơn nên không đủ điều kiện "
                "xử lý (Luật Khiếu nại 2011, Điều 8 khoản 2; Thông tư 05/2021/TT-TTCP).", "eligibility")
        if data.signatories == "mot_nguoi":
            if len(cleaned) != 1:
                problems.add("Đơn một người đứng tên chỉ có một người.", "petitioners")
            count = 1
        else:
            count = max(count, len(cleaned))
            if count < 2:
                problems.add("Đơn nhiều người đứng tên cần ít nhất 2 người.", "signer_count")
    accused = clean(data.accused)
    if data.kind == "to_cao" and not accused:
        problems.add("Đơn tố cáo cần ghi người hoặc cơ quan bị tố cáo.", "accused")
    if data.channel == "chuyen_den" and not clean(data.source_body):
        problems.add("Đơn chuyển đến cần ghi cơ quan chuyển đơn.", "source_body")
    problems.raise_any()
    source_body, note, assigned_to = clean(data.source_body), clean(data.note), data.assigned_to or None
    if (content, petitioners, count, accused, source_body, note, assigned_to) == (
            data.content, data.petitioners, data.signer_count, data.accused, data.source_body, data.note,
            data.assigned_to):
        return data  # already clean (an import's rows are): no copy
    return replace(data, content=content, petitioners=petitioners, signer_count=count, accused=accused,
                   source_body=source_body, note=note, assigned_to=assigned_to)


def _blank(p: Petitioner) -> bool:
    return not any(clean(v) for v in (p.name, p.address, p.cccd, p.phone))


def _clean_petitioner(p: Petitioner, today: date) -> Petitioner:
    problems = Problems()
    cccd = problems.check(validate_cccd, p.cccd, today) if clean(p.cccd) else ""
    phone = problems.check(validate_phone, p.phone)
    problems.raise_any()
    return Petitioner(name=clean(p.name), address=clean(p.address), cccd=cccd, phone=phone, signed=bool(p.signed))


def identity_is_secret(kind: str) -> bool:
    """Luật Tố cáo: a denouncer's identity is secret. A petition with several contents may
    contain a denunciation, so it is protected too."""
    return kind in ("to_cao", "nhieu_noi_dung")


def may_see_identity(user: User, kind: str, assigned_to: str | None) -> bool:
    if not identity_is_secret(kind):
        return True
    return user.role is Role.LEADER or (assigned_to is not None and user.username == assigned_to)


def petitioner_sort_key(kind: str, name: str | None) -> str:
    """Where a petition goes when the register is sorted by petitioner: by the first
    petitioner's name in Vietnamese order; a secret identity sorts last for every user, with
    the anonymous ones, so the order itself never tells a denouncer's name."""
    return LAST if identity_is_secret(kind) else name_sort_key(name)


def masked(petitioner: Petitioner) -> Petitioner:
    return Petitioner(name=MASKED_IDENTITY)


def for_print(petitioner: Petitioner) -> Petitioner:
    """CCCD numbers are masked in every print, whoever prints."""
    return replace(petitioner, cccd=mask_cccd(petitioner.cccd))


def search_text(data: PetitionInput, field_label: str) -> str:
    """Folded text for the search index. A secret identity is never indexed, so a search
    by name cannot reveal who denounced whom."""
    parts = [data.content, data.accused, data.source_body, data.note, KINDS[data.kind], field_label]
    if not identity_is_secret(data.kind):
        for p in data.petitioners:
            parts += [p.name, p.address, p.cccd, p.phone]
    return fold(" ".join(x for x in parts if x))
