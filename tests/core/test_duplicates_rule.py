"""The duplicate rule: a measured threshold kept as rule data, a similarity that ignores accents."""

import pytest

from danvan_desktop.domain.duplicates import content_similarity, parse_rule, reason_text
from danvan_desktop.services.petition_duplicates import duplicate_rule


def test_the_threshold_is_rule_data_with_its_measurement():
    rule = duplicate_rule()
    assert 0 < rule.content_similarity_min <= 1
    assert "benchmarks/duplicate_threshold.py" in rule.source
    with pytest.raises(ValueError):
        parse_rule('{"content_similarity_min": 1.5}')


def test_similarity_ignores_accents_case_and_punctuation():
    stored = "Phản ánh ô nhiễm nguồn nước suối thôn Nà Lầu."
    assert content_similarity("phan anh O NHIEM nguon nuoc suoi, thon na lau", stored) == 1.0
    assert 0.7 < content_similarity("Tiếp tục phản ánh ô nhiễm nguồn nước suối thôn Nà Lầu", stored) < 1.0
    assert content_similarity("Đề nghị sửa đường", stored) == 0.0
    assert content_similarity("", stored) == 0.0


def test_reasons_as_the_form_shows_them():
    assert reason_text("cccd") == "Trùng CCCD"
    assert reason_text("name_address") == "Trùng họ tên và địa chỉ"
    assert reason_text("content", 0.824) == "Nội dung giống 82%"
