"""``danvan rules load`` says what the loaded file changed; a rubric loads the same way."""

import json

from danvan_desktop.paths import resource


def test_rules_load_lists_what_changed(cli, tmp_path):
    data = json.loads(resource("rules", "report_periods.json").read_text("utf-8"))
    data["default"]["periods"][1]["due"] = "12-10"
    source = tmp_path / "ky-bao-cao.json"
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, out, err = cli("rules", "load", str(source))
    assert code == 0, err
    assert out.splitlines()[0] == "Đã nạp report_periods.json; áp dụng từ lần tính tiếp theo. 1 mục thay đổi."
    assert out.splitlines()[1].startswith("  Thay đổi: Mặc định: kỳ năm: ") and "hạn nộp 10/12" in out
    rubric = json.loads(resource("rules", "rubrics", "chung_100_diem.json").read_text("utf-8"))
    rubric.update(id="tinh_thu", name="Bộ tiêu chí thử")
    source = tmp_path / "tieu-chi.json"
    source.write_text(json.dumps(rubric, ensure_ascii=False), "utf-8")
    code, out, err = cli("rules", "load", str(source))
    assert code == 0 and out.startswith("Đã nạp rubrics/tinh_thu.json")
    code, out, err = cli("rules", "load", str(source))
    assert "Không có gì thay đổi so với đang dùng." in out
