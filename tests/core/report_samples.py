"""A hand-written report for the PDF and spreadsheet tests and the benchmark: the figures
of a busy commune for the first half of 2026 and a long Vietnamese narrative."""

from __future__ import annotations

import json
from datetime import date

from danvan_desktop.domain.report_document import AssessmentRow, ReportMeta, SelfAssessment, Signer, default_meta
from danvan_desktop.paths import resource

FIGURES = {
    "format": 2,
    "unit": {"code": "02266", "name": "Xã Lâm Bình", "province": "Tỉnh Tuyên Quang"},
    "period": {"id": "2026-H1", "kind": "6_thang", "label": "6 tháng đầu năm 2026",
               "start": "2025-12-15", "end": "2026-06-14", "due": "2026-06-20"},
    "receptions": {"sessions": 31, "regular": 6, "by_head": 25, "visits": 87, "people": 112,
                   "cases": 64, "cases_new": 51, "cases_repeat": 13, "delegations": 2, "delegation_people": 23},
    "petitions": {
        "carried_over": 9, "received": 1234, "total": 1243,
        "by_signatories": {"mot_nguoi": 1180, "nhieu_nguoi": 51, "nac_danh": 12},
        "by_kind": {"khieu_nai": 217, "to_cao": 38, "kien_nghi": 702, "phan_anh": 261, "nhieu_noi_dung": 25},
        "by_field": {"dat_dai": 611, "xay_dung": 140, "moi_truong": 96, "chinh_sach_xa_hoi": 120,
                     "tai_chinh_ngan_sach": 12, "thue": 7, "an_ninh_trat_tu": 85, "tu_phap_ho_tich": 40,
                     "y_te": 9, "giao_duc": 11, "nong_nghiep": 58, "can_bo_cong_chuc": 17,
                     "thu_tuc_hanh_chinh": 31, "khac": 6},
        "processed": 1201, "eligible": 1017, "not_eligible": 184,
        "in_competence": 640, "out_of_competence": 377, "guided": 201, "forwarded": 158, "urged": 18,
        "accepted": 233, "accepted_carried_over": 4, "resolved": 198, "resolved_on_time": 187, "resolved_late": 11,
        "complaint_results": {"dung": 21, "sai": 99, "dung_mot_phan": 37},
        "denunciation_results": {"dung": 5, "sai": 20, "co_dung_co_sai": 3},
        "withdrawn": 9, "pending": 42, "overdue": 3,
    },
    "activities": {"count": 146, "participants": 9874, "women": 4410, "ethnic_minority": 6120, "religious": 388,
                   "by_kind": {"tuyen_truyen": {"count": 58, "participants": 5120},
                               "doi_thoai": {"count": 6, "participants": 410},
                               "hoa_giai": {"count": 29, "participants": 174},
                               "tap_huan": {"count": 4, "participants": 236},
                               "kiem_tra_giam_sat": {"count": 11, "participants": 95},
                               "lay_y_kien": {"count": 19, "participants": 2830},
                               "tiep_xuc_cu_tri": {"count": 8, "participants": 960},
                               "khac": {"count": 11, "participants": 49}}},
    "models": {"count": 2, "by_field": {"kinh_te": 1, "van_hoa_xa_hoi": 0, "quoc_phong_an_ninh": 0,
                                        "xay_dung_he_thong_chinh_tri": 0, "nong_thon_moi": 1},
               "by_status": {"dang_ky": 0, "trien_khai": 1, "hieu_qua": 1},
               "recognised": 1, "expected_min": 1, "meets_expectation": True},
    "democracy": {"by_kind": {"cong_khai": 47, "ban_quyet_dinh": 6, "lay_y_kien": 12, "giam_sat": 9}},
}

_PARAGRAPH = (
    "Ủy ban nhân dân xã đã quán triệt, triển khai Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ "
    "về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp "
    "trong tình hình mới; gắn công tác dân vận với thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc "
    "phòng, an ninh ở địa phương. Đội ngũ cán bộ, công chức nâng cao tinh thần trách nhiệm, thái độ phục vụ "
    "Nhân dân; thủ tục hành chính được công khai, minh bạch; người đứng đầu trực tiếp đối thoại, lắng nghe và "
    "giải quyết kịp thời những kiến nghị chính đáng của Nhân dân, nhất là ở vùng đồng bào dân tộc thiểu số."
)

SECTIONS = {
    "ket_qua": "\n\n".join([_PARAGRAPH] * 3),
    "han_che": ("Một số vụ việc về đất đai có nguồn gốc phức tạp, hồ sơ lưu trữ không đầy đủ nên việc giải quyết "
                "còn kéo dài; 03 đơn quá hạn xử lý.\n\nNguyên nhân: cán bộ địa chính kiêm nhiệm nhiều việc; "
                "một bộ phận Nhân dân chưa hiểu đầy đủ quy định của pháp luật."),
    "phuong_huong": "\n\n".join(["Tiếp tục thực hiện nghiêm Chỉ thị số 33/CT-TTg; nâng cao chất lượng tiếp "
                                  "công dân định kỳ của Chủ tịch UBND xã; giải quyết dứt điểm các vụ việc tồn "
                                  "đọng, kéo dài; nhân rộng mô hình “Dân vận khéo” trong lĩnh vực kinh tế."] * 2),
    "kien_nghi": "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ công tác dân vận chính quyền cho cán bộ, "
                 "công chức cấp xã sau sắp xếp.",
}

ASSESSMENT = SelfAssessment(
    "Thang điểm chung 100 điểm công tác dân vận chính quyền cấp xã",
    (AssessmentRow("A", "Triển khai các chỉ thị, kế hoạch về công tác dân vận chính quyền", 15, 14, ""),
     AssessmentRow("B", "Tiếp công dân và xử lý đơn thư", 20, 16.5, "Còn 03 đơn quá hạn"),
     AssessmentRow("C", "Đối thoại, tiếp xúc trực tiếp với Nhân dân", 10, 9, ""),
     AssessmentRow("D", "Cải cách hành chính", 10, 9, ""),
     AssessmentRow("E", "Thực hiện dân chủ ở cơ sở", 15, 14, ""),
     AssessmentRow("G", "Phối hợp với Mặt trận và các đoàn thể", 10, 9, ""),
     AssessmentRow("H", "Phong trào thi đua “Dân vận khéo”", 10, 9, "01 mô hình được khen"),
     AssessmentRow("K", "Thông tin, báo cáo", 10, 10, "")),
    86.5, 100, "Tốt")


def labels() -> dict:
    kinds = json.loads(resource("rules", "activity_kinds.json").read_text("utf-8"))["kinds"]
    fields = json.loads(resource("rules", "petition_fields.json").read_text("utf-8"))["fields"]
    return {"activity_kinds": {k["code"]: k["label"] for k in kinds},
            "petition_fields": {f["code"]: f["label"] for f in fields}}


def sample_meta(**changes) -> ReportMeta:
    meta = default_meta("Xã Lâm Bình", "Lâm Bình", "6 tháng đầu năm 2026", date(2026, 6, 5),
                        parent_body="", signer_name="Nguyễn Văn Hùng")
    values = {**meta.__dict__, "number": "15/BC-UBND", "sections": SECTIONS, "self_assessment": ASSESSMENT,
              "signer": Signer(name="Nguyễn Văn Hùng")}
    values.update(changes)
    return ReportMeta(**values)
