"""``danvan bundle`` and ``danvan province`` end to end through the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook

from danvan_desktop.cli.main import main
from danvan_desktop.domain.users import Role
from danvan_desktop.services import bundles, signing
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from tests.bundles.helpers import figures
from tests.conftest import ADMIN_PASSWORD


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sent(admin_session, tmp_path):
    """A commune that exported its key card and one bundle."""
    add_user(admin_session, "lanhdao", "Lê Văn Lãnh", Role.LEADER, "matkhau-lanhdao")
    leader = login(admin_session.store, "lanhdao", "matkhau-lanhdao")
    signing.rotate_signing_key(leader)
    card = signing.export_key_card(leader, tmp_path / "cards")
    (tmp_path / "inbox").mkdir()
    bundles.export_bundle(leader, period_id="2026-H1", figures=figures("02266"), pdf_bytes=b"%PDF-1.7\n%%EOF\n",
                          records=[], out_path=tmp_path / "inbox" / "02266.zip", today=date(2026, 6, 18))
    return tmp_path, card


def test_verify_with_key_cards(sent, capsys):
    folder, card = sent
    code, out, err = run(["bundle", "verify", str(folder / "inbox" / "02266.zip"), "--keys", str(folder / "cards")],
                         capsys)
    assert code == 0, err
    assert "Gói hợp lệ" in out and "02266" in out and card.card.key_id in out
    code, out, err = run(["bundle", "verify", str(folder / "inbox" / "02266.zip"), "--keys", str(folder / "cards"),
                          "--json"], capsys)
    assert json.loads(out)["valid"] is True


def test_commune_verifies_what_it_sent_with_its_own_keys(sent, capsys, db_path, monkeypatch):
    folder, _ = sent
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-lanhdao")
    code, out, err = run(["--db", str(db_path), "--user", "lanhdao", "bundle", "verify",
                          str(folder / "inbox" / "02266.zip")], capsys)
    assert code == 0 and "Gói hợp lệ" in out, err


def test_verify_failure_is_one_line_and_exit_1(sent, capsys, tmp_path):
    folder, _ = sent
    data = bytearray((folder / "inbox" / "02266.zip").read_bytes())
    data[len(data) // 2] ^= 0x20
    (tmp_path / "bad.zip").write_bytes(bytes(data))
    code, out, err = run(["bundle", "verify", str(tmp_path / "bad.zip"), "--keys", str(folder / "cards")], capsys)
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1 and "Traceback" not in err
    code, out, err = run(["bundle", "verify", str(folder / "inbox" / "02266.zip"), "--keys", str(tmp_path / "none")],
                         capsys)
    assert code == 1 and err.startswith("Lỗi:")


def test_key_commands(sent, capsys, db_path, monkeypatch):
    folder, card = sent
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-lanhdao")
    env = ["--db", str(db_path), "--user", "lanhdao"]
    code, out, err = run([*env, "bundle", "key", "export", "--out", str(folder / "out")], capsys)
    assert code == 0, err
    assert card.card.fingerprint in out and (folder / "out" / f"{card.card.file_stem()}.pub").exists()
    code, out, err = run([*env, "bundle", "key", "rotate"], capsys)
    assert code == 0 and "khóa ký mới" in out
    code, out, err = run([*env, "bundle", "key", "list"], capsys)
    assert out.count("\n") == 2 and "đã thay" in out and "đang dùng" in out
    code, out, err = run([*env, "bundle", "key", "revoke", card.card.key_id], capsys)
    assert code == 0
    code, out, err = run([*env, "bundle", "key", "revoke", card.card.key_id], capsys)
    assert code == 1 and "đã bị thu hồi" in err


def test_province_console(sent, capsys, tmp_path, monkeypatch):
    folder, card = sent
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    env = ["--db", str(tmp_path / "tinh" / "tinh.db"), "--user", "admin"]
    code, out, err = run([*env, "init", "--unit", "08", "--admin", "admin"], capsys)
    assert code == 0, err
    code, out, err = run([*env, "province", "keys", "import", str(card.json_path)], capsys)
    assert code == 0 and "đã đăng ký" in out and card.card.fingerprint in out
    code, out, err = run([*env, "province", "import", str(folder / "inbox"), "--quiet"], capsys)
    assert code == 0 and "Đã nhận 1 gói" in out
    code, out, err = run([*env, "province", "import", str(folder / "inbox" / "02266.zip"), "--quiet"], capsys)
    assert code == 0 and "1 gói đã có" in out
    (folder / "inbox" / "rac.zip").write_bytes(b"rac")
    code, out, err = run([*env, "province", "import", str(folder / "inbox"), "--quiet"], capsys)
    assert code == 1 and "Từ chối rac.zip" in err
    code, out, err = run([*env, "province", "status", "--period", "2026-H1", "--due", "2099-06-20", "--json"], capsys)
    status = json.loads(out)
    assert status["on_time"] == 1 and status["expected"] == 124 and status["missing"] == 123
    code, out, err = run([*env, "province", "status", "--period", "2026-H1", "--due", "2099-06-20"], capsys)
    assert "chưa gửi 123" in out
    xlsx = tmp_path / "tong-hop.xlsx"
    code, out, err = run([*env, "province", "report", "--period", "2026-H1", "--xlsx", str(xlsx), "--due",
                          "2099-06-20"], capsys)
    assert code == 0, err
    book = load_workbook(xlsx)
    rows = {r[0]: r[1] for r in book["Tổng hợp"].iter_rows(values_only=True) if r and r[0]}
    assert rows["petitions.received"] == 3 and rows["Số đơn vị đã gửi"] == 1
    assert book["Theo đơn vị"].cell(2, 1).value == "02266"
    code, out, err = run([*env, "province", "report", "--period", "2026-H1", "--json"], capsys)
    assert json.loads(out)["figures"]["receptions"]["visits"] == 5
    code, out, err = run([*env, "province", "unit", "--period", "2026-H1", "02266"], capsys)
    assert code == 0 and json.loads(out)["sequence"] == 1 and json.loads(out)["records"] == 0
    code, out, err = run([*env, "province", "unit", "--period", "2026-H1", "02269"], capsys)
    assert code == 1 and "Chưa nhận gói" in err
    code, out, err = run([*env, "province", "repeats", "--period", "2026-H1"], capsys)
    assert code == 0 and "Không có" in out


def test_pseudonym_key_from_province_to_commune(sent, capsys, db_path, monkeypatch, tmp_path):
    code, out, err = run(["province", "pseudonym-key", "--out", str(tmp_path / "bidanh.key")], capsys)
    assert code == 0 and len((tmp_path / "bidanh.key").read_text().strip()) == 64
    assert run(["province", "pseudonym-key", "--out", str(tmp_path / "bidanh.key")], capsys)[0] == 1
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-lanhdao")
    env = ["--db", str(db_path), "--user", "lanhdao"]
    code, out, err = run([*env, "bundle", "pseudonym-key", str(tmp_path / "bidanh.key")], capsys)
    assert code == 0, err
    (tmp_path / "bad.key").write_text("abc")
    code, out, err = run([*env, "bundle", "pseudonym-key", str(tmp_path / "bad.key")], capsys)
    assert code == 1 and "64 chữ số" in err
