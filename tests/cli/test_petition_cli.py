"""``danvan petition`` and ``danvan reception`` round trips with JSON."""

import json

COMPLAINT = {
    "received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai",
    "content": "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
    "petitioners": [{"name": "Nguyễn Văn An", "address": "Thôn Nà Lầu", "cccd": "008085123456"}],
}


def test_add_event_show_round_trip(cli, tmp_path):
    source = tmp_path / "don.json"
    source.write_text(json.dumps([COMPLAINT, {**COMPLAINT, "kind": "kien_nghi", "content": "Kiến nghị làm đường"}],
                                 ensure_ascii=False), "utf-8")
    code, out, err = cli("petition", "add", "--json", str(source))
    assert code == 0, err
    ids = json.loads(out)["ids"]
    assert len(ids) == 2
    code, out, err = cli("petition", "event", str(ids[0]), "--kind", "accepted", "--date", "2026-11-10",
                         "--complex", "--decision", "12/QĐ-UBND")
    assert code == 0, err
    code, out, err = cli("petition", "show", str(ids[0]), "--json")
    shown = json.loads(out)
    assert shown["received_on"] == "2026-11-02" and shown["complex"] == 1
    assert shown["petitioners"][0]["name"] == "Nguyễn Văn An"
    steps = {d["step"]: d for d in shown["deadlines"]}
    assert steps["resolve"]["due_on"] == "2026-12-25"
    assert steps["accept"]["state"] == "done"
    assert [e["kind"] for e in shown["events"]] == ["created", "accepted"]


def test_batch_is_all_or_nothing_and_errors_are_one_line(cli):
    bad = [COMPLAINT, {**COMPLAINT, "petitioners": [{"name": "A", "address": "B", "cccd": "12345"}]}]
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps(bad))
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1 and "12 chữ số" in err
    code, out, err = cli("petition", "list", "--json")
    assert json.loads(out) == []
    for broken, message in (({**COMPLAINT, "recieved_on": "x"}, "không biết"),
                            ({**COMPLAINT, "kind": "la_lung"}, "Loại đơn"),
                            ({**COMPLAINT, "received_on": "02/11/2026"}, "YYYY-MM-DD")):
        code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps(broken))
        assert code == 1 and message in err, err
    code, out, err = cli("petition", "add", "--json", "-", stdin="{not json")
    assert code == 1 and "JSON không hợp lệ" in err
    code, out, err = cli("petition", "event", "999", "--kind", "accepted", "--date", "2026-11-10")
    assert code == 1 and "Không có đơn số 999" in err


def test_list_filters_and_search(cli):
    cli("petition", "add", "--json", "-", stdin=json.dumps(COMPLAINT))
    cli("petition", "add", "--json", "-", stdin=json.dumps({**COMPLAINT, "kind": "phan_anh", "field": "moi_truong",
                                                            "content": "Phản ánh ô nhiễm nguồn nước"}))
    code, out, _ = cli("petition", "list", "--json", "--search", "o nhiem")
    assert [r["kind"] for r in json.loads(out)] == ["phan_anh"]
    code, out, _ = cli("petition", "list", "--json", "--kind", "khieu_nai")
    assert len(json.loads(out)) == 1
    code, out, _ = cli("petition", "list", "--json", "--overdue")
    assert len(json.loads(out)) == 2  # both received 2/11, neither processed by today
    code, out, _ = cli("petition", "list")
    assert "Khiếu nại" in out and code == 0


def test_reception_add_with_cases(cli):
    reception = {"held_on": "2026-11-19", "kind": "dinh_ky", "receiver": "Ma Văn Thắng", "visits": 2, "people": 3,
                 "cases_new": 1, "cases": [COMPLAINT]}
    code, out, err = cli("reception", "add", "--json", "-", stdin=json.dumps(reception, ensure_ascii=False))
    assert code == 0, err
    made = json.loads(out)
    assert made["id"] == 1 and len(made["petition_ids"]) == 1
    code, out, err = cli("reception", "add", "--json", "-", stdin=json.dumps({**reception, "people": -1}))
    assert code == 1 and "không được âm" in err


def test_demo_petitions(cli):
    code, out, err = cli("demo", "--petitions", "300", "--work")
    assert code == 0, err
    code, out, _ = cli("petition", "list", "--json", "--limit", "1000")
    rows = json.loads(out)
    assert len(rows) == 300
    assert {r["kind"] for r in rows} >= {"khieu_nai", "kien_nghi", "phan_anh"}
    code, out, _ = cli("activity", "list", "--json", "--from", "2000-01-01")
    assert len(json.loads(out)) > 20
    code, out, _ = cli("model", "list", "--json")
    assert len(json.loads(out)["models"]) == 2


def test_loading_new_rules_changes_deadlines(cli, tmp_path):
    """A new rule set loaded as data applies to clocks started after its effective date."""
    from danvan_desktop.paths import resource

    code, out, _ = cli("rules")
    assert code == 0 and "Xử lý đơn: 10 ngày làm việc" in out
    rules = json.loads(resource("rules", "time_limits.json").read_text("utf-8"))
    newer = json.loads(json.dumps(rules["rule_sets"][0]))
    newer.update(id="vn-2026-07", effective_from="2026-07-01", source="Luật 136/2025/QH15 (thử)")
    for rule in newer["rules"]:
        if rule["step"] == "process" and "kien_nghi" in rule["kinds"]:
            rule["days"] = 5
    rules["rule_sets"].append(newer)
    source = tmp_path / "time_limits.json"
    source.write_text(json.dumps(rules, ensure_ascii=False), "utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "danvan-time-limits", "version": 1, "rule_sets": [{"id": "x", "effective_from": '
                      '"2026-01-01", "rules": [{"step": "gì đó", "clock": "calendar", "days": 3, "label": "x"}]}]}')
    code, out, err = cli("rules", "load", str(broken))
    assert code == 1 and "không hợp lệ" in err
    code, out, err = cli("rules", "load", str(source))
    assert code == 0, err
    code, out, _ = cli("petition", "add", "--json", "-", stdin=json.dumps({**COMPLAINT, "kind": "kien_nghi",
                                                                            "received_on": "2026-11-02"}))
    pid = json.loads(out)["ids"][0]
    code, out, _ = cli("petition", "show", str(pid), "--json")
    # 5 working days from Tue 3/11/2026 under the new set -> Mon 9/11.
    assert {d["step"]: d["due_on"] for d in json.loads(out)["deadlines"]}["process"] == "2026-11-09"


def test_activity_and_model_round_trips(cli):
    activity = {"held_on": "2026-11-05", "kind": "tuyen_truyen", "place": "Thôn Nà Lầu", "starts_at": "08:00",
                "ends_at": "10:30", "participants": 85, "women": 40, "ethnic_minority": 70, "religious": 5,
                "content": "Tuyên truyền Luật Đất đai 2024"}
    code, out, err = cli("activity", "add", "--json", "-", stdin=json.dumps([activity, {**activity, "women": 99}]))
    assert code == 1 and "không được lớn hơn" in err
    code, out, err = cli("activity", "add", "--json", "-", stdin=json.dumps(activity, ensure_ascii=False))
    assert code == 0, err
    code, out, _ = cli("activity", "list", "--json", "--from", "2026-01-01", "--to", "2026-11-22")
    rows = json.loads(out)
    assert len(rows) == 1 and rows[0]["ethnic_minority"] == 70 and rows[0]["place"] == "Thôn Nà Lầu"
    code, out, err = cli("activity", "add", "--json", "-", stdin=json.dumps({**activity, "starts_at": "8 giờ"}))
    assert code == 1 and "HH:MM" in err
    model = {"name": "Dân vận khéo trong giải phóng mặt bằng", "field": "nong_thon_moi", "owner_kind": "tap_the",
             "owner": "UBND xã Lâm Bình", "year_registered": 2025, "status": "hieu_qua"}
    code, out, err = cli("model", "add", "--json", "-", stdin=json.dumps(model, ensure_ascii=False))
    assert code == 0, err
    code, out, _ = cli("model", "list", "--json")
    listed = json.loads(out)
    assert listed["models"][0]["name"] == model["name"] and listed["expectation"].startswith("Có 1 mô hình")


def test_democracy_round_trip(cli):
    record = {"kind": "ban_quyet_dinh", "on": "2026-04-10", "matter": "Mức đóng góp làm đường thôn Nà Lầu",
              "form": "hop", "turnout": 112, "in_favour_percent": 87}
    code, out, err = cli("democracy", "add", "--json", "-", stdin=json.dumps([record, {**record, "turnout": -3}]))
    assert code == 1 and "không được âm" in err
    code, out, err = cli("democracy", "add", "--json", "-", stdin=json.dumps(record, ensure_ascii=False))
    assert code == 0, err
    code, out, _ = cli("democracy", "list", "--json", "--from", "2026-01-01", "--to", "2026-11-22")
    assert json.loads(out)[0]["in_favour_percent"] == 87
