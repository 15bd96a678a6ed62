"""Rubrics as data: the bundled ones load, bad files are refused, totals and ratings."""

import json

import pytest

from danvan_desktop.domain.self_assessment import (
    assess, load_rubric, load_rubrics, parse_rubric, rating_for, total_score, validate_scores)
from danvan_desktop.errors import ValidationError
from danvan_desktop.paths import resource

RUBRICS = resource("rules", "rubrics")


def small_rubric(**changes) -> dict:
    raw = {
        "format": "danvan-rubric", "version": 1, "id": "t", "name": "Thử", "maximum": 100,
        "ratings": [{"code": "tot", "label": "Tốt", "min": 90}, {"code": "kha", "label": "Khá", "min": 70},
                    {"code": "tb", "label": "Trung bình", "min": 50}, {"code": "yeu", "label": "Yếu", "min": 0}],
        "criteria": [
            {"code": "1", "label": "Một", "items": [{"code": "1.1", "label": "a", "max": 30},
                                                    {"code": "1.2", "label": "b", "max": 20}]},
            {"code": "2", "label": "Hai", "items": [{"code": "2.1", "label": "c", "max": 50}]},
        ],
    }
    raw.update(changes)
    return raw


def parse(raw: dict):
    return parse_rubric(json.dumps(raw, ensure_ascii=False))


def test_bundled_rubrics_load_and_sum_to_100():
    rubrics = load_rubrics(RUBRICS)
    assert len(rubrics) >= 2
    for rubric in rubrics:
        assert rubric.maximum == 100 and 6 <= len(rubric.criteria) <= 10
        assert [r.label for r in rubric.ratings] == ["Tốt", "Khá", "Trung bình", "Yếu"]
        assert all(len(c.items) >= 1 for c in rubric.criteria)


@pytest.mark.parametrize("total, label", [(100, "Tốt"), (90, "Tốt"), (89.5, "Khá"), (70, "Khá"),
                                          (69.99, "Trung bình"), (50, "Trung bình"), (49, "Yếu"), (0, "Yếu")])
def test_rating_thresholds_are_inclusive(total, label):
    assert rating_for(parse(small_rubric()), total).label == label


def test_assess_sums_criteria_and_rates():
    rubric = parse(small_rubric())
    result = assess(rubric, {"1.1": 27.5, "1.2": 20, "2.1": 42}, {"2": "Còn 01 đơn quá hạn"})
    assert [(r.code, r.maximum, r.score, r.note) for r in result.rows] == [
        ("1", 50, 47.5, ""), ("2", 50, 42, "Còn 01 đơn quá hạn")]
    assert result.total == 89.5 and result.rating == "Khá" and result.maximum == 100
    assert total_score(rubric, {"1.1": 0.1, "1.2": 0.2, "2.1": 0}) == 0.3


@pytest.mark.parametrize("scores, message", [
    ({"1.1": 31, "1.2": 0, "2.1": 0}, "từ 0 đến 30"),
    ({"1.1": -1, "1.2": 0, "2.1": 0}, "từ 0 đến 30"),
    ({"1.1": 1, "2.1": 0}, "Chưa chấm điểm tiêu chí: 1.2"),
    ({"1.1": 1, "1.2": 0, "2.1": 0, "9.9": 1}, "không có trong bộ tiêu chí: 9.9"),
    ({"1.1": "x", "1.2": 0, "2.1": 0}, "phải là một số"),
])
def test_bad_scores_are_refused(scores, message):
    with pytest.raises(ValidationError, match=message):
        validate_scores(parse(small_rubric()), scores)


def test_note_for_unknown_criterion_is_refused():
    with pytest.raises(ValidationError, match="Ghi chú"):
        assess(parse(small_rubric()), {"1.1": 1, "1.2": 0, "2.1": 0}, {"7": "?"})


def bad(**changes):
    return small_rubric(**changes)


@pytest.mark.parametrize("raw, message", [
    (bad(maximum=90), "Tổng điểm tối đa của các tiêu chí là 100, không bằng thang điểm 90"),
    (bad(ratings=[{"code": "tot", "label": "Tốt", "min": 70}, {"code": "kha", "label": "Khá", "min": 80},
                  {"code": "yeu", "label": "Yếu", "min": 0}]), "giảm dần"),
    (bad(ratings=[{"code": "tot", "label": "Tốt", "min": 90}, {"code": "yeu", "label": "Yếu", "min": 10}]),
     "bắt đầu từ 0"),
    (bad(ratings=[{"code": "tot", "label": "Tốt", "min": 120}, {"code": "yeu", "label": "Yếu", "min": 0}]),
     "vượt tổng điểm"),
    (bad(ratings=[{"code": "tot", "label": "Tốt", "min": 90}]), "ít nhất hai mức"),
    (bad(criteria=[{"code": "1", "label": "Một", "items": [{"code": "1", "label": "a", "max": 100}]}]),
     "“1” bị trùng"),
    (bad(criteria=[{"code": "1", "label": "Một", "items": [{"code": "1.1", "label": "a", "max": 50}]},
                   {"code": "1", "label": "Hai", "items": [{"code": "2.1", "label": "b", "max": 50}]}]),
     "“1” bị trùng"),
    (bad(criteria=[{"code": "1", "label": "Một", "max": 60,
                    "items": [{"code": "1.1", "label": "a", "max": 100}]}]), "ghi 60"),
    (bad(criteria=[{"code": "1", "label": "Một", "items": []}]), "không có tiêu chí thành phần"),
    (bad(criteria=[{"code": "1", "label": "Một", "items": [{"code": "1.1", "label": "a", "max": 0}]}]),
     "lớn hơn 0"),
    (bad(criteria=[{"code": "1", "items": [{"code": "1.1", "label": "a", "max": 100}]}]), "cần “label”"),
    (bad(format="other"), "không phải bộ tiêu chí"),
    (bad(version=2), "phiên bản 2"),
])
def test_bad_rubrics_are_refused_with_a_message(raw, message):
    with pytest.raises(ValidationError, match=message):
        parse(raw)


def test_bad_files(tmp_path):
    broken = tmp_path / "hong.json"
    broken.write_text("{ not json", "utf-8")
    with pytest.raises(ValidationError, match="không phải JSON hợp lệ"):
        load_rubric(broken)
    with pytest.raises(ValidationError, match="hong.json"):
        load_rubrics(tmp_path)
    with pytest.raises(ValidationError, match="Không đọc được"):
        load_rubric(tmp_path / "missing.json")


def test_the_quang_binh_rubric_is_a_sample_until_an_official_one_is_loaded():
    from danvan_desktop.paths import data_dir
    from danvan_desktop.services import report_documents
    from danvan_desktop.services.rules import clear_caches
    clear_caches()
    try:
        sample = report_documents.rubrics()["quang_binh_3140"]
        assert sample.name.startswith("Bộ tiêu chí mẫu") and "không phải văn bản của Quyết định" in sample.name
        official = json.loads((RUBRICS / "quang_binh_3140.json").read_text("utf-8"))
        official["name"] = "Tiêu chí đánh giá công tác dân vận chính quyền (QĐ 3140/QĐ-UBND, bản chính thức)"
        folder = data_dir() / "rules" / "rubrics"
        folder.mkdir(parents=True)
        (folder / "quang_binh_3140.json").write_text(json.dumps(official, ensure_ascii=False), "utf-8")
        clear_caches()  # what loading a rule file from Cài đặt does
        assert report_documents.rubrics()["quang_binh_3140"].name == official["name"]
    finally:
        clear_caches()
