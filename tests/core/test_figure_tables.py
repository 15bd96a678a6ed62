"""Figures to labelled tables: labels from the domain and rule data, codes as fallback."""

import re

from danvan_desktop.documents import figure_tables as ft
from danvan_desktop.documents.figure_summaries import data_window, models_summary, receptions_summary

from .report_samples import FIGURES, labels


def columns(table: ft.FigureTable) -> dict[str, int]:
    return {f"{g.label}|{c.label}": c.value for g in table.groups for c in g.columns}


def test_labels_come_from_domain_and_rule_data_and_fall_back_to_codes():
    names = ft.CodeLabels({"activity_kinds": {"tuyen_truyen": "Tuyên truyền"}})
    assert names.label("petition_kinds", "to_cao") == "Tố cáo"
    assert names.label("activity_kinds", "tuyen_truyen") == "Tuyên truyền"
    assert names.label("activity_kinds", "moi_them") == "moi_them"
    assert names.label("unknown_table", "x") == "x"
    # Domain order first, codes the app does not know yet after them.
    assert names.ordered("petition_kinds", {"zzz": 1, "to_cao": 2, "khieu_nai": 3}) == ["khieu_nai", "to_cao", "zzz"]


def test_tables_carry_every_figure():
    names = ft.CodeLabels(labels())
    petitions = columns(ft.petitions_table(FIGURES, names))
    assert petitions["Tiếp nhận|Tổng số đơn"] == 1243
    assert petitions["Phân loại theo nội dung|Tố cáo"] == 38
    assert petitions["Theo người đứng đơn|Không rõ họ tên, địa chỉ (nặc danh)"] == 12
    assert columns(ft.petition_fields_table(FIGURES, names))["Theo lĩnh vực|Đất đai"] == 611
    assert ft.activity_rows(FIGURES, names)[0] == ("Tuyên truyền, phổ biến, quán triệt", 58, 5120)
    assert [t.title for t in ft.all_tables(FIGURES, names)] == [
        "Tiếp công dân", "Xử lý đơn", "Giải quyết KN-TC", "Kết quả GQ khiếu nại", "Kết luận nội dung tố cáo",
        "Hoạt động", "Mô hình", "Dân chủ cơ sở"]


def test_complaint_results_and_denunciation_conclusions_are_tables_of_their_own():
    names = ft.CodeLabels(labels())
    resolution = columns(ft.resolution_table(FIGURES, names))
    assert not any("Kết quả" in key or "Kết luận" in key or "Tố cáo" in key for key in resolution)
    complaints = ft.complaint_results_table(FIGURES, names)
    rows, groups = ft.form_rows(complaints)
    assert rows == [["TT", "Kết quả giải quyết khiếu nại", "Số vụ việc"], [1, "Khiếu nại đúng", "21"],
                    [2, "Khiếu nại sai", "99"], [3, "Khiếu nại đúng một phần", "37"]] and groups == []
    rows, _ = ft.form_rows(ft.denunciation_results_table(FIGURES, names))
    assert rows == [["TT", "Kết luận nội dung tố cáo", "Số vụ việc"], [1, "Tố cáo đúng", "5"],
                    [2, "Tố cáo sai", "20"], [3, "Tố cáo có đúng, có sai", "3"]]
    # Figures of format 1 had one unsplit result: it stays with the resolution, the two tables are empty
    # (and left out of the documents).
    old = {"format": 1, "petitions": {"results": {"dung": 4, "sai": 1, "dung_mot_phan": 0}}}
    assert columns(ft.resolution_table(old, names))["Kết quả (chưa tách khiếu nại, tố cáo)|Đúng"] == 4
    assert ft.complaint_results_table(old, names).groups == ft.denunciation_results_table(old, names).groups == ()
    assert [t.key for t in ft.all_tables(old, names) if t.key in ft.RESULT_TABLES] == []


def test_missing_sections_and_non_integers_count_as_zero():
    table = ft.receptions_table({"receptions": {"sessions": True, "visits": "7"}})
    assert set(columns(table).values()) == {0}
    assert ft.petitions_table({}, ft.CodeLabels()).groups[1].columns == ()


def test_numbers_and_sentences():
    assert ft.format_count(1234567) == "1.234.567" and ft.format_count(0) == "0"
    assert data_window(FIGURES) == "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/06/2026)"
    assert data_window({}) == ""
    assert "tiếp 87 lượt với 112 người" in receptions_summary(FIGURES)
    assert "chưa đạt yêu cầu tối thiểu 1 mô hình" in models_summary(
        {"models": {"count": 0, "expected_min": 1, "meets_expectation": False}})


def test_sentences_leave_out_zero_clauses():
    from danvan_desktop.documents.figure_summaries import petitions_summary, resolution_summary
    quiet = {"receptions": {"sessions": 2, "visits": 3, "people": 3, "cases": 1, "cases_new": 1},
             "petitions": {"carried_over": 0, "received": 4, "total": 4, "processed": 3, "eligible": 3,
                           "in_competence": 3, "accepted": 2, "resolved": 1, "resolved_on_time": 1}}
    receptions, petitions, resolution = (receptions_summary(quiet), petitions_summary(quiet),
                                         resolution_summary(quiet))
    for sentence in (receptions, petitions, resolution):
        assert not re.search(r"(?<![\d.])0 (đơn|đoàn|người|vụ|lượt|buổi)", sentence), sentence
    assert "không có đoàn đông người" in receptions and "người đứng đầu" not in receptions
    assert "kỳ trước" not in petitions and "đã xử lý 3 đơn" in petitions and "không đủ điều kiện" not in petitions
    assert "rút" not in resolution and "quá hạn" not in resolution
    full = receptions_summary(FIGURES) + petitions_summary(FIGURES) + resolution_summary(FIGURES)
    assert "184 đơn không đủ điều kiện xử lý" in full and "hướng dẫn 201 đơn" in full
    assert "Kết luận nội dung tố cáo: 5 tố cáo đúng, 20 tố cáo sai, 3 tố cáo có đúng, có sai." in full
