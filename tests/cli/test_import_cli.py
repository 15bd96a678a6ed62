"""``danvan petition|reception|activity import``: preview with --dry-run, --map, then write once."""

import json

from openpyxl import Workbook


def sheet(path, headers, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sổ đơn"
    ws.append(["SỔ THEO DÕI ĐƠN THƯ"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_dry_run_json_then_import_once(cli, tmp_path):
    path = sheet(tmp_path / "so-don.xlsx", ["Ngày nhận", "Người đứng tên", "Địa chỉ", "Loại đơn", "Lĩnh vực", "Nội dung"],
                 [["03/11/2026", "Nguyễn Văn An", "Thôn Nà Lầu", "Kiến nghị", "Xây dựng", "Kiến nghị sửa đường"],
                  ["04/11/2026", "Lê Thị Hoa", "Thôn Bản Bó", "Khieu nai", "Đất đai", "Khiếu nại thu hồi đất"],
                  ["32/11/2026", "Hà Văn Sơn", "Thôn Nà Mô", "Phản ánh", "Môi trường", "Phản ánh ô nhiễm"]])
    code, out, err = cli("petition", "import", str(path), "--dry-run", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["header_row"] == 2 and shown["sheet"] == "Sổ đơn" and shown["dry_run"] is True
    assert [m["field"] for m in shown["mapping"]] == ["received_on", "name", "address", "kind", "field", "content"]
    assert (shown["valid"], shown["refused"], shown["added"]) == (2, 1, 0)
    assert shown["rows"][2] == {"row": 5, "ok": False, "becomes": "",
                                "reasons": ["Ngày nhận: “32/11/2026” không phải là ngày có thật"]}
    assert shown["rows"][1]["becomes"] == "Khiếu nại · Đất đai · nhận 04/11/2026"
    code, out, _ = cli("petition", "list", "--json")
    assert json.loads(out) == []

    code, out, err = cli("petition", "import", str(path))
    assert code == 0, err
    assert "Dòng 5: không nhập — Ngày nhận: “32/11/2026” không phải là ngày có thật" in out
    assert "Đã nhập 2 dòng hợp lệ vào sổ đơn thư; 1 dòng không nhập được." in out
    code, out, _ = cli("petition", "import", str(path), "--json")
    assert code == 1 and json.loads(out)["added"] == 0  # nothing twice
    code, out, _ = cli("petition", "list", "--json")
    assert len(json.loads(out)) == 2


def test_map_corrects_the_proposal(cli, tmp_path):
    path = sheet(tmp_path / "la.xlsx", ["Ngày nhận", "Cột X", "Loại đơn", "Lĩnh vực", "Nội dung"],
                 [["03/11/2026", "Trần Văn Tú", "Phản ánh", "Môi trường", "Phản ánh khói bụi"]])
    (tmp_path / "map.json").write_text(json.dumps({"B": "name", "Nội dung": "content"}), "utf-8")
    code, out, err = cli("petition", "import", str(path), "--map", str(tmp_path / "map.json"), "--dry-run", "--json")
    assert code == 0, err
    assert json.loads(out)["mapping"][1]["field"] == "name"
    (tmp_path / "bad.json").write_text(json.dumps({"Z9": "name"}), "utf-8")
    code, _, err = cli("petition", "import", str(path), "--map", str(tmp_path / "bad.json"), "--dry-run")
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1
    (tmp_path / "drop.json").write_text(json.dumps({"A": None}), "utf-8")
    code, _, err = cli("petition", "import", str(path), "--map", str(tmp_path / "drop.json"), "--dry-run")
    assert code == 1 and "Chưa ghép cột cho: Ngày nhận" in err


def test_bad_file_is_one_line(cli, tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    code, out, err = cli("reception", "import", str(tmp_path / "x.xlsx"), "--dry-run")
    assert code == 1 and err.startswith("Lỗi: Tệp x.xlsx được đặt mật khẩu") and err.count("\n") == 1


def test_reception_and_activity_import(cli, tmp_path):
    (tmp_path / "tiep.csv").write_text("Ngày tiếp,Hình thức tiếp,Người tiếp,Số lượt,Số người\n"
                                       "05/11/2026,Tiếp thường xuyên,Lý Văn Đức,2,2\n", "utf-8")
    code, out, err = cli("reception", "import", str(tmp_path / "tiep.csv"), "--json")
    assert code == 0, err
    assert json.loads(out)["added"] == 1
    (tmp_path / "hd.csv").write_text("Ngày tổ chức;Loại hoạt động;Nội dung;Số người tham gia\n"
                                     "03/11/2026;Tập huấn, bồi dưỡng;Tập huấn kỹ năng dân vận;40\n", "utf-8")
    code, out, err = cli("activity", "import", str(tmp_path / "hd.csv"), "--json")
    assert code == 0, err
    assert json.loads(out)["added"] == 1
    code, out, _ = cli("activity", "list", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    assert json.loads(out)[0]["content"] == "Tập huấn kỹ năng dân vận"
