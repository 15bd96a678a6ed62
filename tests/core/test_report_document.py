"""The report document's metadata: defaults, signer lines, JSON round trip."""

import json
from datetime import date

import pytest

from danvan_desktop.domain.report_document import (
    BLANK_NUMBER, SECTION_KEYS, AssessmentRow, ReportMeta, SelfAssessment, Signer, default_meta, split_unit_name)
from danvan_desktop.errors import ValidationError


def test_default_meta_gives_a_draft_header_in_capitals():
    meta = default_meta("Xã Lâm Bình", "", "6 tháng đầu năm 2026", date(2026, 6, 20))
    assert meta.issuing_body == "ỦY BAN NHÂN DÂN XÃ LÂM BÌNH"
    assert meta.place == "Lâm Bình" and meta.number == BLANK_NUMBER and meta.title == "BÁO CÁO"
    assert meta.subtitle == "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026"
    assert meta.recipients[0] == "UBND tỉnh (qua Sở Nội vụ);" and meta.recipients[-1].startswith("Lưu: VT")
    assert "Thường trực Đảng ủy xã;" in meta.recipients
    assert meta.signer.title_lines() == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert set(meta.sections) == set(SECTION_KEYS)


def test_ward_and_decomposed_input():
    decomposed = "Phường Ba\u0300 Ri\u0323a"
    meta = default_meta(decomposed, "", "năm 2026", date(2026, 11, 10))
    assert meta.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA"
    assert "Thường trực Đảng ủy phường;" in meta.recipients
    assert split_unit_name("Đặc khu Phú Quốc") == ("Đặc khu", "Phú Quốc")


def test_signer_modes():
    assert Signer(mode="KT", name="Lê Văn B").title_lines() == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert Signer(mode="KT", authority="").title_lines() == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    with pytest.raises(ValidationError, match="TM hoặc KT"):
        Signer(mode="XX")


def test_json_round_trip_through_text():
    meta = default_meta("Xã Lâm Bình", "Lâm Bình", "năm 2026", date(2026, 11, 20), signer_name="Nguyễn Văn A")
    assessment = SelfAssessment("Thang điểm", (AssessmentRow("A", "Tiêu chí A", 50, 45.5, "tốt"),
                                                AssessmentRow("B", "Tiêu chí B", 50, 40, "")), 85.5, 100, "Tốt")
    meta = ReportMeta(**{**meta.__dict__, "self_assessment": assessment,
                         "sections": {"ket_qua": "Đoạn 1.\n\nĐoạn 2."}})
    raw = json.loads(json.dumps(meta.to_json(), ensure_ascii=False))
    assert raw["signed_on"] == "2026-11-20"
    back = ReportMeta.from_json(raw)
    assert back.to_json() == meta.to_json()
    assert back.self_assessment == assessment and back.signer.name == "Nguyễn Văn A"


def test_from_json_rejects_other_formats_and_bad_dates():
    with pytest.raises(ValidationError, match="định dạng"):
        ReportMeta.from_json({"format": 2})
    raw = default_meta("Xã A", "", "năm 2026", date(2026, 1, 1)).to_json()
    raw["signed_on"] = "20/11/2026"
    with pytest.raises(ValidationError, match="Ngày ký"):
        ReportMeta.from_json(raw)
