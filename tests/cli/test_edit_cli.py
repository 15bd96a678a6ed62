"""``danvan … edit ID --json``: the given keys replace the stored ones, checked like an add."""

import json

from tests.cli.test_petition_cli import COMPLAINT

ACTIVITY = {"held_on": "2026-11-05", "kind": "tuyen_truyen", "place": "Thôn Nà Lầu", "starts_at": "08:00",
            "ends_at": "10:30", "participants": 85, "women": 40, "content": "Tuyên truyền Luật Đất đai 2024"}


def add(cli, command, record) -> int:
    code, out, err = cli(command, "add", "--json", "-", stdin=json.dumps(record, ensure_ascii=False))
    assert code == 0, err
    made = json.loads(out)
    return made["ids"][0] if "ids" in made else made["id"]


def edit(cli, command, record_id, changes):
    return cli(command, "edit", str(record_id), "--json", "-", stdin=json.dumps(changes, ensure_ascii=False))


def test_each_record_kind_is_edited_by_the_keys_given(cli):
    activity_id = add(cli, "activity", ACTIVITY)
    code, out, err = edit(cli, "activity", activity_id, {"ends_at": "11:00", "outcome": "Nhân dân đồng thuận"})
    assert code == 0, err
    assert json.loads(out) == {"id": activity_id, "changed": ["ends_at", "outcome"]}
    rows = json.loads(cli("activity", "list", "--json", "--from", "2026-01-01")[1])
    assert (rows[0]["ends_at"], rows[0]["outcome"], rows[0]["participants"]) == ("11:00", "Nhân dân đồng thuận", 85)

    model_id = add(cli, "model", {"name": "Dân vận khéo trong giải phóng mặt bằng", "field": "nong_thon_moi",
                                  "owner_kind": "tap_the", "owner": "UBND xã Lâm Bình", "year_registered": 2025})
    assert json.loads(cli("model", "list", "--json")[1])["expectation"].startswith("Gợi ý: xây dựng 1–2 mô hình")
    code, out, err = edit(cli, "model", model_id, {"status": "hieu_qua", "recognition_level": "tinh",
                                                   "recognition_form": "bang_khen"})
    assert code == 0, err
    listed = json.loads(cli("model", "list", "--json")[1])
    assert listed["models"][0]["status"] == "hieu_qua" and listed["expectation"].startswith("Có 1 mô hình đang thực hiện")

    record_id = add(cli, "democracy", {"kind": "ban_quyet_dinh", "on": "2026-04-10", "form": "hop", "turnout": 112,
                                       "in_favour_percent": 87, "matter": "Mức đóng góp làm đường thôn Nà Lầu"})
    code, out, err = edit(cli, "democracy", record_id, {"on": "2026-04-11"})
    assert json.loads(out)["changed"] == ["on_date"]
    assert json.loads(cli("democracy", "list", "--json", "--from", "2026-01-01")[1])[0]["on_date"] == "2026-04-11"

    reception_id = add(cli, "reception", {"held_on": "2026-11-19", "kind": "dinh_ky", "receiver": "Ma Văn Thắng",
                                          "visits": 2, "people": 3})
    code, out, err = edit(cli, "reception", reception_id, {"people": 4, "note": "Có phiên dịch tiếng Tày"})
    assert json.loads(out)["changed"] == ["note", "people"]
    code, out, err = edit(cli, "reception", reception_id, {"people": 4, "note": "Có phiên dịch tiếng Tày"})
    assert json.loads(out)["changed"] == []  # the same values again: nothing changed

    petition_id = add(cli, "petition", COMPLAINT)
    code, out, err = edit(cli, "petition", petition_id, {"field": "xay_dung", "petitioners": [
        {"name": "Nguyễn Văn Ân", "address": "Thôn Nà Lầu", "cccd": "008085123456"}]})
    assert code == 0, err
    assert json.loads(out)["changed"] == ["field", "petitioners"]
    shown = json.loads(cli("petition", "show", str(petition_id), "--json")[1])
    assert shown["field"] == "xay_dung" and shown["petitioners"][0]["name"] == "Nguyễn Văn Ân"
    assert shown["content"] == COMPLAINT["content"]


def test_bad_edits_are_one_line_errors_and_change_nothing(cli):
    activity_id = add(cli, "activity", ACTIVITY)
    for changes, message in (({"women": 99}, "không được lớn hơn"), ({"colour": "đỏ"}, "trường không biết: colour"),
                             ({"starts_at": "8 giờ"}, "HH:MM"), ([1, 2], "một đối tượng JSON")):
        code, out, err = edit(cli, "activity", activity_id, changes)
        assert code == 1 and err.startswith("Lỗi:") and message in err and err.count("\n") == 1
    assert json.loads(cli("activity", "list", "--json", "--from", "2026-01-01")[1])[0]["women"] == 40
    code, out, err = edit(cli, "activity", 999, {"women": 1})
    assert code == 1 and "Không có hoạt động số 999" in err
    reception_id = add(cli, "reception", {"held_on": "2026-11-19", "kind": "dinh_ky", "receiver": "Ma Văn Thắng"})
    code, out, err = edit(cli, "reception", reception_id, {"cases": [COMPLAINT]})
    assert code == 1 and "petition edit" in err


def test_edits_by_others_and_inside_an_approved_period_are_refused(cli, monkeypatch):
    activity_id = add(cli, "activity", {**ACTIVITY, "held_on": "2026-03-05"})
    for username, role in (("canbo", "officer"), ("chutich", "leader")):
        monkeypatch.setenv("DANVAN_NEW_PASSWORD", f"matkhau-{username}")
        assert cli("user", "add", username, "--name", "Lý Thị Hoa", "--role", role)[0] == 0
    monkeypatch.setenv("DANVAN_USER", "canbo")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-canbo")
    code, out, err = edit(cli, "activity", activity_id, {"participants": 90})
    assert code == 1 and "người đã nhập (admin)" in err
    monkeypatch.setenv("DANVAN_USER", "chutich")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-chutich")
    assert cli("report", "approve", "--period", "2026-H1", "--today", "2026-11-22")[0] == 0
    code, out, err = edit(cli, "activity", activity_id, {"participants": 90})
    assert code == 1 and "đã khóa" in err and "05/03/2026" in err
