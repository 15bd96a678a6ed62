"""Previewing a new rule file or unit list: what it adds, removes and changes, in Vietnamese,
before anything is replaced; bad files refused with nothing changed."""

import json

import pytest

from danvan_desktop.domain.rule_changes import compare, summary
from danvan_desktop.domain.users import Role
from danvan_desktop.errors import PermissionDenied, ValidationError
from danvan_desktop.paths import data_dir, resource
from danvan_desktop.services import report_documents, rules, units
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from danvan_desktop.storage import audit_repo


def bundled(name: str) -> dict:
    return json.loads(resource("rules", *name.split("/")).read_text("utf-8"))


def write(tmp_path, name, data) -> object:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data, "utf-8")
    return path


def test_compare_names_each_added_removed_and_changed_entry():
    changes = compare({"a": "1", "b": "2", "c": "3"}, {"a": "1", "b": "5", "d": "4"})
    assert [(c.label, c.entry, c.before, c.after) for c in changes] == [
        ("Bỏ", "c", "3", ""), ("Thay đổi", "b", "2", "5"), ("Thêm", "d", "", "4")]
    assert summary(changes) == "1 mục thêm, 1 mục bỏ, 1 mục thay đổi."
    assert summary([]) == "Không có gì thay đổi so với đang dùng."


def test_time_limit_file_preview_then_apply(admin_session, tmp_path):
    data = bundled("time_limits.json")
    rule = next(r for r in data["rule_sets"][0]["rules"] if r["step"] == "process" and "kien_nghi" in r["kinds"])
    rule["days"] = 7
    preview = rules.preview_rule_file(admin_session, write(tmp_path, "thoi-han.json", data))
    assert preview.title == "Thời hạn giải quyết đơn" and preview.target == "time_limits.json"
    [change] = preview.changes
    assert change.label == "Thay đổi" and change.entry.startswith("Bộ quy tắc vn-2019: Xử lý đơn (")
    assert "kiến nghị" in change.entry and (change.before, change.after) == ("10 ngày làm việc", "7 ngày làm việc")
    assert not (data_dir() / "rules" / "time_limits.json").exists()  # a preview writes nothing
    assert rules.apply_rule_file(admin_session, preview) == "time_limits.json"
    assert any(r.days == 7 for s in rules.active_rule_sets() for r in s.rules)
    entry = audit_repo.recent(admin_session.db, 1)[0]
    assert entry.action == "rules.install" and json.loads(entry.details)["changes"] == 1


def test_days_off_periods_and_rubric_previews(admin_session, tmp_path):
    days = bundled("days_off.json")
    year = days["years"].setdefault("2027", {"days_off": [], "working_days": []})
    year["days_off"].append({"date": "2027-09-03", "note": "Nghỉ bù Quốc khánh",
                             "source": "Bộ luật Lao động 2019 (Luật 45/2019/QH14 ngày 20/11/2019), Điều 112 khoản 3"})
    changes = rules.preview_rule_file(admin_session, write(tmp_path, "nghi.json", days)).changes
    assert [(c.label, c.entry, c.after) for c in changes] == [("Thêm", "Ngày 03/09/2027", "ngày nghỉ")]

    periods = bundled("report_periods.json")
    periods["default"]["periods"][1]["due"] = "12-10"
    [change] = rules.preview_rule_file(admin_session, write(tmp_path, "ky.json", periods)).changes
    assert change.entry == "Mặc định: kỳ năm" and change.after.endswith("hạn nộp 10/12")

    rubric = bundled("rubrics/chung_100_diem.json")
    rubric.update(id="tinh_moi", name="Tiêu chí của tỉnh")
    preview = rules.preview_rule_file(admin_session, write(tmp_path, "tieu-chi.json", rubric))
    assert preview.target == "rubrics/tinh_moi.json" and {c.label for c in preview.changes} == {"Thêm"}
    assert ("Tên bộ tiêu chí", "Tiêu chí của tỉnh") in [(c.entry, c.after) for c in preview.changes]
    report_documents.rubrics()  # cached before the load: the load must refresh it
    rules.apply_rule_file(admin_session, preview)
    assert report_documents.rubrics()["tinh_moi"].name == "Tiêu chí của tỉnh"


@pytest.mark.parametrize("content, message", [
    ("không phải json", "cần JSON UTF-8"),
    ({"format": "danvan-khac"}, "không phải bộ quy tắc thời hạn"),
    ({"format": "danvan-time-limits", "version": 1, "rule_sets": []}, "không có bộ quy tắc nào"),
    ({"format": "danvan-report-periods", "provinces": "08"}, "không đúng cấu trúc"),
    ({**bundled("rubrics/chung_100_diem.json"), "id": "../thoat"}, "Mã bộ tiêu chí"),
])
def test_bad_rule_files_are_refused_with_a_clear_message(admin_session, tmp_path, content, message):
    with pytest.raises(ValidationError, match=message):
        rules.preview_rule_file(admin_session, write(tmp_path, "sai.json", content))
    assert not (data_dir() / "rules").exists()


def test_unit_list_preview_against_the_stored_list(admin_session, tmp_path):
    data = json.loads(resource("units", units.BUNDLED_LIST_FILE).read_text("utf-8"))
    lam_binh = next(u for u in data["units"] if u["code"] == "02266")
    lam_binh["name"] = "Xã Lâm Bình Mới"
    data["units"] = [u for u in data["units"] if u["code"] != "00070"]
    data["units"].append({"code": "99999", "name": "Đặc khu Thử", "type": "đặc khu", "parent": "08"})
    unit_list = units.read_unit_list_file(write(tmp_path, "dm.json", data))
    preview = units.preview_unit_list(admin_session, unit_list)
    assert preview.compared_with == "Thay danh mục vn-2025-07-01 đã nạp."
    assert [(c.label, c.entry) for c in preview.changes] == [
        ("Bỏ", "Xã/phường 00070"), ("Thay đổi", "Xã/phường 02266"), ("Thêm", "Xã/phường 99999")]
    assert preview.changes[1].after == "Xã Lâm Bình Mới (thuộc Tuyên Quang)"
    with pytest.raises(ValidationError, match="không đúng cấu trúc"):
        units.read_unit_list_file(write(tmp_path, "hong.json", {**data, "units": ["02266"]}))


def test_only_an_administrator_previews(admin_session, tmp_path):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    leader = login(admin_session.store, "chutich", "matkhau-chutich")
    with pytest.raises(PermissionDenied):
        rules.preview_rule_file(leader, write(tmp_path, "t.json", bundled("time_limits.json")))
