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
    """A new rule set loaded as data applies to petitions received from its effective date."""
    from danvan_desktop.paths import resource

    code, out, _ = cli("rules")
    assert code == 0 and "Xử lý đơn: 10 ngày làm việc" in out
    rules = json.loads(resource("rules", "time_limits.json").read_text("utf-8"))
    newer = json.loads(json.dumps(rules["rule_sets"][-1]))
    newer.update(id="thu-2026-10", effective_from="2026-10-01", source="Bộ quy tắc thử")
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


def _add(cli, **changes):
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps({**COMPLAINT, **changes}))
    assert code == 0, err
    return str(json.loads(out)["ids"][0])


def _deadlines(cli, pid):
    code, out, err = cli("petition", "show", pid, "--json")
    assert code == 0, err
    shown = json.loads(out)
    return shown, {d["step"]: d for d in shown["deadlines"]}


def test_competence_and_signatories_at_add_decide_the_steps(cli):
    """TT 05/2021 (outside competence: processing only), LTC 2018 Art. 25(1) (anonymous
    denunciation: no clock), LTC 2018 Art. 24(2) (forward and notify in 5 working days)."""
    outside = _add(cli, competence="khong_thuoc_tham_quyen")
    assert list(_deadlines(cli, outside)[1]) == ["process"]
    anonymous = _add(cli, kind="to_cao", signatories="nac_danh", petitioners=[], accused="Ông B, cán bộ địa chính")
    shown, found = _deadlines(cli, anonymous)
    assert found == {} and "Điều 25 khoản 1" in shown["not_processed"]
    code, out, _ = cli("petition", "show", anonymous)
    assert "không xử lý theo Luật Tố cáo" in out
    forwarded = _add(cli, kind="to_cao", competence="khong_thuoc_tham_quyen", accused="Ông C")
    step = _deadlines(cli, forwarded)[1]["process"]
    assert step["due_on"] == "2026-11-09" and step["label"].startswith("Chuyển đơn tố cáo")
    # A step that no longer applies keeps its state and loses its due date.
    cli("petition", "event", outside, "--kind", "guided", "--date", "2026-11-05")
    inside = _add(cli)
    cli("petition", "event", inside, "--kind", "guided", "--date", "2026-11-05")
    accept = _deadlines(cli, inside)[1]["accept"]
    assert accept["state"] == "not_applicable" and "due_on" not in accept


def test_extension_days_and_suspension_from_the_command_line(cli):
    """LTC 2018 Art. 30: `--days N` at most 30, counted from the previous due date;
    Luật 136/2025: suspended/resumed stop and restart the clock."""
    pid = _add(cli, kind="to_cao", accused="Ông D", received_on="2026-09-01")
    cli("petition", "event", pid, "--kind", "accepted", "--date", "2026-09-02", "--decision", "1/QĐ")
    # 30 days after Wed 2/9 -> Fri 2/10/2026.
    assert _deadlines(cli, pid)[1]["resolve"]["due_on"] == "2026-10-02"
    code, _, err = cli("petition", "event", pid, "--kind", "extended", "--date", "2026-09-30", "--decision", "2/QĐ",
                       "--days", "45")
    assert code == 1 and "từ 1 đến 30 ngày" in err
    code, _, err = cli("petition", "event", pid, "--kind", "extended", "--date", "2026-09-30", "--decision", "2/QĐ",
                       "--days", "12")
    assert code == 0, err
    # 12 days after 2/10 -> Wed 14/10.
    assert _deadlines(cli, pid)[1]["resolve"]["due_on"] == "2026-10-14"
    code, _, err = cli("petition", "event", pid, "--kind", "suspended", "--date", "2026-10-05", "--decision", "3/QĐ")
    assert code == 0, err
    resolve = _deadlines(cli, pid)[1]["resolve"]
    assert resolve["state"] == "suspended" and resolve["days_left"] is None
    code, _, err = cli("petition", "event", pid, "--kind", "resumed", "--date", "2026-10-15")
    assert code == 0, err
    # 10 days stood still: 14/10 + 10 -> Sat 24/10 -> Mon 26/10; received after 1/7/2026, so unverified.
    resolve = _deadlines(cli, pid)[1]["resolve"]
    assert resolve["due_on"] == "2026-10-26" and resolve["suspended_days"] == 10
    assert "chưa đối chiếu văn bản" in resolve["marks"]
    code, out, _ = cli("petition", "show", pid)
    assert "chưa đối chiếu văn bản" in out and "ngày" in out


def test_a_petition_without_signature_is_recorded_shown_and_counted_not_eligible(cli):
    unsigned = {**COMPLAINT, "petitioners": [{**COMPLAINT["petitioners"][0], "signed": False}]}
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps({**unsigned, "eligibility": "du_dieu_kien"}))
    assert code == 1 and "chữ ký hoặc điểm chỉ" in err  # cannot be ticked eligible
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps({**unsigned, "signed": "no"}))
    assert code == 1 and "không biết" in err  # "signed" belongs to the petitioner
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps(
        {**COMPLAINT, "petitioners": [{**COMPLAINT["petitioners"][0], "signed": "khong"}]}))
    assert code == 1 and "true hoặc false" in err
    code, out, err = cli("petition", "add", "--json", "-", stdin=json.dumps(unsigned))
    assert code == 0, err
    pid = json.loads(out)["ids"][0]
    assert cli("petition", "event", str(pid), "--kind", "accepted", "--date", "2026-11-10")[0] == 0
    code, out, _ = cli("petition", "show", str(pid), "--json")
    assert json.loads(out)["petitioners"][0]["signed"] is False
    code, out, _ = cli("petition", "show", str(pid))
    assert "Nguyễn Văn An Thôn Nà Lầu (đơn không có chữ ký hoặc điểm chỉ)" in out
    code, out, err = cli("report", "--period", "2026", "--json")
    assert code == 0, err
    figures = json.loads(out)["petitions"]
    assert (figures["processed"], figures["not_eligible"], figures["eligible"], figures["accepted"]) == (1, 1, 0, 0)
