"""From a commune's approved report to the province's consolidated figures, by the CLI only."""

import json
import subprocess

from danvan_desktop.cli.main import main
from tests.conftest import ADMIN_PASSWORD

COMPLAINT = {
    "received_on": "2026-06-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai",
    "content": "Khiếu nại về bồi thường giải phóng mặt bằng",
    "petitioners": [{"name": "Nguyễn Văn An", "address": "Thôn Nà Lầu", "cccd": "008085123456",
                     "phone": "0912345678"}],
}


def test_commune_report_reaches_the_province(tmp_path, monkeypatch, capsys):
    def run(*args, stdin=None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", __import__("io").StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    commune = ["--db", str(tmp_path / "xa" / "xa.db")]
    tinh = ["--db", str(tmp_path / "tinh" / "tinh.db")]
    monkeypatch.setenv("DANVAN_USER", "admin")
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    assert run(*commune, "init", "--unit", "02266", "--admin", "admin")[0] == 0
    assert run(*tinh, "init", "--unit", "08", "--admin", "admin")[0] == 0
    key_file = tmp_path / "bidanh.key"
    assert run(*tinh, "province", "pseudonym-key", "--out", str(key_file))[0] == 0
    monkeypatch.setenv("DANVAN_NEW_PASSWORD", "matkhau-chutich")
    assert run(*commune, "user", "add", "chutich", "--name", "Ma Văn Thắng", "--role", "leader")[0] == 0
    code, out, err = run(*commune, "petition", "add", "--json", "-", stdin=json.dumps(COMPLAINT))
    assert code == 0, err

    monkeypatch.setenv("DANVAN_USER", "chutich")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-chutich")
    assert run(*commune, "bundle", "pseudonym-key", str(key_file))[0] == 0
    assert run(*commune, "bundle", "key", "rotate")[0] == 0
    cards = tmp_path / "the-khoa"
    assert run(*commune, "bundle", "key", "export", "--out", str(cards))[0] == 0
    bundle = tmp_path / "gui-tinh" / "02266-2026.zip"
    bundle.parent.mkdir()
    code, out, err = run(*commune, "bundle", "export", "--period", "2026", "--out", str(bundle))
    assert code == 1 and "chưa được lãnh đạo phê duyệt" in err and not bundle.exists()
    assert run(*commune, "report", "approve", "--period", "2026", "--today", "2026-11-22")[0] == 0
    monkeypatch.setenv("DANVAN_USER", "admin")  # signing is a leader's act, not an administrator's or officer's
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    code, out, err = run(*commune, "bundle", "export", "--period", "2026", "--out", str(bundle))
    assert code == 1 and err.count("\n") == 1 and "lãnh đạo" in err and not bundle.exists()
    monkeypatch.setenv("DANVAN_USER", "chutich")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-chutich")
    code, out, err = run(*commune, "bundle", "export", "--period", "2026", "--out", str(bundle))
    assert code == 0, err
    code, out, err = run(*commune, "report", "--period", "2026", "--json")
    assert json.loads(out)["status"] == "exported"
    assert run(*commune, "bundle", "verify", str(bundle), "--keys", str(cards))[0] == 0
    # Nothing that names the petitioner travels: not the name, the ID number nor the phone
    # (bundle entries are stored uncompressed, so the raw bytes are the files' bytes).
    raw = bundle.read_bytes()
    for secret in ("Nguyễn Văn An".encode(), b"008085123456", b"0912345678"):
        assert secret not in raw

    monkeypatch.setenv("DANVAN_USER", "admin")
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    card = next(cards.glob("*.json"))
    assert run(*tinh, "province", "keys", "import", str(card))[0] == 0
    code, out, err = run(*tinh, "province", "import", str(bundle.parent), "--quiet")
    assert code == 0 and "Đã nhận 1 gói" in out, err
    code, out, err = run(*tinh, "province", "status", "--period", "2026", "--json")
    assert code == 0, err
    # The merged province has no directive of its own in the rule data (CV 5273 of the former Tuyên
    # Quang covers the communes of that former territory): the default's due date, no --due needed.
    assert json.loads(out)["due"] == "2026-12-20"
    pdf = tmp_path / "tong-hop.pdf"
    code, out, err = run(*tinh, "province", "report", "--period", "2026", "--pdf", str(pdf), "--json")
    assert code == 0, err
    consolidated = json.loads(out)
    assert consolidated["units"] == 1 and consolidated["figures"]["petitions"]["by_kind"]["khieu_nai"] == 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "TỈNH TUYÊN QUANG" in text and "Tổng hợp kết quả công tác dân vận chính quyền năm 2026" in text
    assert "XÃ TỈNH" not in text  # the issuing body is the province's, not a commune's
    assert "1/" in text and "đơn vị cấp xã" in text
