"""What a report prints besides its figures: header, narrative, signer, self-assessment.

Layout and wording follow Nghị định 30/2020/NĐ-CP (docs/report-figures.md, "The report
document"). ``ReportMeta`` round-trips through a plain JSON object (format 1, dates ISO)
so the reports table can store it as text and a bundle can carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..errors import ValidationError
from ..text import clean, nfc

META_FORMAT = 1
SECTION_KEYS = ("ket_qua", "han_che", "phuong_huong", "kien_nghi")
SECTION_TITLES = {
    "ket_qua": "KẾT QUẢ THỰC HIỆN",
    "han_che": "HẠN CHẾ, NGUYÊN NHÂN",
    "phuong_huong": "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "kien_nghi": "KIẾN NGHỊ, ĐỀ XUẤT",
}
SIGNER_MODES = ("TM", "KT")
BLANK_NUMBER = "     /BC-UBND"
# "Xã Lâm Bình" -> place "Lâm Bình"; the unit kind also names the Party committee.
UNIT_KINDS = ("Đặc khu", "Phường", "Thị trấn", "Xã", "Thành phố", "Tỉnh")


class AssessmentRow(NamedTuple):
    code: str
    criterion: str
    maximum: float
    score: float
    note: str = ""


@dataclass(frozen=True)
class SelfAssessment:
    rubric_name: str
    rows: tuple[AssessmentRow, ...]
    total: float
    maximum: float
    rating: str

    def to_json(self) -> dict:
        return {"rubric_name": self.rubric_name, "rows": [list(r) for r in self.rows],
                "total": self.total, "maximum": self.maximum, "rating": self.rating}

    @classmethod
    def from_json(cls, raw: dict) -> SelfAssessment:
        try:
            rows = tuple(AssessmentRow(str(r[0]), str(r[1]), r[2], r[3], str(r[4]) if len(r) > 4 else "")
                         for r in raw["rows"])
            return cls(str(raw["rubric_name"]), rows, raw["total"], raw["maximum"], str(raw["rating"]))
        except (KeyError, IndexError, TypeError) as exc:
            raise ValidationError("Phần tự đánh giá, chấm điểm của báo cáo không đọc được.") from exc


@dataclass(frozen=True)
class Signer:
    mode: str = "TM"  # TM: signs for the committee; KT: a deputy signs for the chairman
    authority: str = "ỦY BAN NHÂN DÂN"
    position: str = "CHỦ TỊCH"
    deputy_position: str = "PHÓ CHỦ TỊCH"
    name: str = ""

    def __post_init__(self):
        if self.mode not in SIGNER_MODES:
            raise ValidationError(f"Hình thức ký “{self.mode}” không hợp lệ; chọn TM hoặc KT.")

    def title_lines(self) -> tuple[str, ...]:
        """The capitalised lines above the signature (ND30, Phụ lục I): a deputy signing a
        committee's document signs for the committee and in place of its head, as in
        "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; with no committee named, only
        "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"."""
        if self.mode == "KT":
            committee = (f"TM. {self.authority}",) if self.authority.strip() else ()
            return (*committee, f"KT. {self.position}", self.deputy_position)
        return f"TM. {self.authority}", self.position

    def to_json(self) -> dict:
        return {"mode": self.mode, "authority": self.authority, "position": self.position,
                "deputy_position": self.deputy_position, "name": self.name}

    @classmethod
    def from_json(cls, raw: dict) -> Signer:
        defaults = cls()
        return cls(**{k: str(raw.get(k, getattr(defaults, k))) for k in
                      ("mode", "authority", "position", "deputy_position", "name")})


@dataclass(frozen=True)
class ReportMeta:
    issuing_body: str
    parent_body: str
    place: str
    number: str
    signed_on: date
    title: str
    subtitle: str
    sections: dict = field(default_factory=dict)  # SECTION_KEYS -> text, paragraphs split by blank lines
    recipients: tuple[str, ...] = ()
    signer: Signer = field(default_factory=Signer)
    self_assessment: SelfAssessment | None = None

    def section(self, key: str) -> str:
        return self.sections.get(key, "") or ""

    def to_json(self) -> dict:
        return {
            "format": META_FORMAT, "issuing_body": self.issuing_body, "parent_body": self.parent_body,
            "place": self.place, "number": self.number, "signed_on": self.signed_on.isoformat(),
            "title": self.title, "subtitle": self.subtitle,
            "sections": {k: self.section(k) for k in SECTION_KEYS},
            "recipients": list(self.recipients), "signer": self.signer.to_json(),
            "self_assessment": self.self_assessment.to_json() if self.self_assessment else None,
        }

    @classmethod
    def from_json(cls, raw: dict) -> ReportMeta:
        if not isinstance(raw, dict) or raw.get("format") != META_FORMAT:
            raise ValidationError("Thông tin báo cáo không đúng định dạng (cần “format”: 1).")
        try:
            signed_on = date.fromisoformat(raw["signed_on"])
        except (KeyError, TypeError, ValueError):
            raise ValidationError(f"Ngày ký báo cáo “{raw.get('signed_on')}” không hợp lệ.") from None
        sections = raw.get("sections") or {}
        assessment = raw.get("self_assessment")
        return cls(
            issuing_body=str(raw.get("issuing_body", "")), parent_body=str(raw.get("parent_body", "")),
            place=str(raw.get("place", "")), number=str(raw.get("number", BLANK_NUMBER)), signed_on=signed_on,
            title=str(raw.get("title", "BÁO CÁO")), subtitle=str(raw.get("subtitle", "")),
            sections={k: str(sections.get(k, "")) for k in SECTION_KEYS},
            recipients=tuple(str(r) for r in raw.get("recipients", ())),
            signer=Signer.from_json(raw.get("signer") or {}),
            self_assessment=SelfAssessment.from_json(assessment) if assessment else None,
        )


def split_unit_name(unit_name: str) -> tuple[str, str]:
    """("Xã", "Lâm Bình") from "Xã Lâm Bình"; an unknown prefix gives ("Xã", the whole name)."""
    name = clean(unit_name)
    for kind in UNIT_KINDS:
        if name.casefold().startswith(kind.casefold() + " "):
            return kind, name[len(kind) + 1:].strip()
    return "Xã", name


def default_meta(unit_name: str, place: str, period_label: str, signed_on: date,
                 parent_body: str = "", signer_name: str = "") -> ReportMeta:
    """A draft header for a commune's dân vận chính quyền report (blank number, TM. signer)."""
    kind, bare_name = split_unit_name(unit_name)
    return ReportMeta(
        issuing_body=nfc(f"ỦY BAN NHÂN DÂN {kind} {bare_name}".upper()),
        parent_body=nfc(parent_body.upper()),
        place=clean(place) or bare_name,
        number=BLANK_NUMBER,
        signed_on=signed_on,
        title="BÁO CÁO",
        subtitle=clean(f"Kết quả công tác dân vận chính quyền {period_label}"),
        sections={k: "" for k in SECTION_KEYS},
        recipients=("UBND tỉnh (qua Sở Nội vụ);", f"Thường trực Đảng ủy {kind.lower()};",
                    f"Thường trực HĐND {kind.lower()};", "Lưu: VT."),
        signer=Signer(name=clean(signer_name)),
    )
