"""The ``danvan`` command line, in process (fast) and once as a real subprocess."""

import json
import os
import subprocess
import sys

import pytest

from danvan_desktop.cli.main import build_parser, main
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def all_parsers(parser, prefix=()):
    yield prefix, parser
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield from all_parsers(sub, prefix + (name,))


def test_every_command_has_help_text(capsys):
    parsers = list(all_parsers(build_parser()))
    assert len(parsers) >= 15
    for path, parser in parsers:
        assert parser.description, f"danvan {' '.join(path)} has no description"
        with pytest.raises(SystemExit) as done:
            main([*path, "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert parser.description.split()[0] in out


@pytest.fixture
def env(monkeypatch, db_path):
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("DANVAN_USER", "admin")
    return ["--db", str(db_path)]


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_doctor_healthy(env, capsys, db_path):
    code, out, err = run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    assert code == 0, err
    assert "Xã Lâm Bình" in out and "KHÓA KHÔI PHỤC" in out
    code, out, err = run([*env, "doctor", "--json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["healthy"]
    assert {c["name"] for c in report["checks"]} >= {"Toàn vẹn dữ liệu", "Phiên bản lược đồ", "Nhật ký thao tác", "Sao lưu"}
    # BLLĐ 2019 Art. 112 and the yearly notice: with no official arrangement for the coming
    # year loaded (2027 today), doctor warns that later deadlines are only provisional.
    calendar = next(c for c in report["checks"] if c["name"] == "Lịch nghỉ")
    from datetime import date

    if date.today().year + 1 > 2026:  # the bundled file covers 2024–2026
        assert calendar["status"] == "CẢNH BÁO" and "tạm tính" in calendar["detail"]
        assert f"năm {max(date.today().year, 2027)}" in calendar["detail"]


def test_user_errors_are_one_line_with_nonzero_exit(env, capsys, db_path):
    assert run([*env, "doctor"], capsys)[0] == 1  # no database yet
    code, out, err = run([*env, "init", "--unit", "99999", "--admin", "admin"], capsys)
    assert code == 1 and err.count("\n") == 1 and err.startswith("Lỗi:")
    assert not db_path.exists()
    run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    code, out, err = run([*env, "user", "add", "x", "--name", "Tên", "--role", "vua"], capsys)
    assert code == 1 and "Vai trò" in err and "Traceback" not in err


def test_user_add_login_and_permissions(env, capsys, monkeypatch):
    run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    monkeypatch.setenv("DANVAN_NEW_PASSWORD", "matkhau-canbo")
    code, out, err = run([*env, "user", "add", "canbo", "--name", "Trần Thị Bình", "--role", "officer"], capsys)
    assert code == 0, err
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-canbo")
    code, out, err = run([*env, "--user", "canbo", "login"], capsys)
    assert code == 0 and "Trần Thị Bình" in out
    code, out, err = run([*env, "--user", "canbo", "user", "add", "x", "--name", "X Y"], capsys)
    assert code == 1 and "không có quyền" in err
    monkeypatch.setenv("DANVAN_PASSWORD", "sai-mat-khau")
    code, out, err = run([*env, "--user", "canbo", "login"], capsys)
    assert code == 1 and "không đúng" in err


def test_backup_restore_and_demo(env, capsys, db_path):
    run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    code, out, err = run([*env, "backup"], capsys)
    assert code == 0, err
    backup_file = out.strip().split()[-1]
    code, out, err = run([*env, "demo"], capsys)
    assert code == 0 and "chutich" in out
    code, out, err = run([*env, "demo"], capsys)
    assert "không thêm gì" in out
    code, out, err = run([*env, "restore", backup_file], capsys)
    assert code == 0, err
    code, out, err = run([*env, "user", "list"], capsys)
    assert "chutich" not in out  # the demo users came after the backup


def test_restore_repairs_a_damaged_database(env, capsys, db_path):
    run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    code, out, _ = run([*env, "backup"], capsys)
    backup_file = out.strip().split()[-1]
    db_path.write_bytes(db_path.read_bytes()[:5000])  # truncated by a power cut
    assert run([*env, "doctor"], capsys)[0] == 1
    code, out, err = run([*env, "restore", backup_file], capsys)
    assert code == 0, err
    assert run([*env, "doctor"], capsys)[0] == 0


def test_restore_with_a_wrong_passphrase_and_no_user_is_refused(fail_keyring, capsys, db_path, tmp_path, monkeypatch):
    """Issue 14: the damaged-database path once put an attacker's file in place of the live one."""
    monkeypatch.setenv("DANVAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    run(["--db", str(db_path), "init", "--unit", "02266", "--admin", "admin"], capsys)
    attacker = tmp_path / "attacker.db"
    monkeypatch.setenv("DANVAN_PASSPHRASE", "cum mat khau ke tan cong")
    run(["--db", str(attacker), "init", "--unit", "02266", "--admin", "admin"], capsys)
    before = db_path.read_bytes()
    code, out, err = run(["--db", str(db_path), "restore", str(attacker)], capsys)
    assert code == 1 and err.startswith("Lỗi:") and err.count("\n") == 1
    monkeypatch.setenv("DANVAN_PASSPHRASE", PASSPHRASE)  # the right passphrase, the attacker's file
    code, out, err = run(["--db", str(db_path), "--user", "admin", "restore", str(attacker)], capsys)
    assert code == 1 and "không mở được bằng khóa" in err
    db_path.write_bytes(before[:8192])  # damaged: still not without the key and an administrator
    damaged = db_path.read_bytes()
    monkeypatch.setenv("DANVAN_PASSPHRASE", "cum mat khau ke tan cong")
    code, out, err = run(["--db", str(db_path), "restore", str(attacker)], capsys)
    assert code == 1 and "Lỗi:" in err
    assert db_path.read_bytes() == damaged


def test_restore_on_a_new_pc_needs_the_backups_recovery_key(env, capsys, db_path, tmp_path, monkeypatch):
    code, out, _ = run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    recovery_key = out.split("KHÓA KHÔI PHỤC")[1].splitlines()[1].strip()
    code, out, _ = run([*env, "backup", "--to", str(tmp_path / "usb")], capsys)
    backup_file = out.strip().split()[-1]
    new_db = tmp_path / "new-pc" / "danvan.db"
    code, out, err = run(["--db", str(new_db), "restore", backup_file], capsys)
    assert code == 1 and "DANVAN_RECOVERY_KEY" in err and not new_db.exists()
    monkeypatch.setenv("DANVAN_RECOVERY_KEY", recovery_key)
    code, out, err = run(["--db", str(new_db), "restore", backup_file], capsys)
    assert code == 0, err
    monkeypatch.delenv("DANVAN_RECOVERY_KEY")
    code, out, err = run(["--db", str(new_db), "--user", "admin", "login"], capsys)  # the key was kept (keyring)
    assert code == 0, err


def test_unit_commands(env, capsys, tmp_path):
    code, out, _ = run(["unit", "search", "lam binh"], capsys)
    assert code == 0 and "02266\tXã Lâm Bình — Tuyên Quang" in out
    run([*env, "init", "--unit", "02266", "--admin", "admin"], capsys)
    code, out, _ = run([*env, "unit"], capsys)
    assert "Xã Lâm Bình (mã 02266" in out
    legacy = tmp_path / "legacy.csv"
    legacy.write_text("code,name,type,parent\n08,Tỉnh Tuyên Quang,tỉnh,\n070,Huyện Lâm Bình,huyện,08\n"
                      "02266,Xã Lăng Can,xã,070\n", "utf-8")
    code, out, err = run([*env, "unit", "load", str(legacy), "--id", "vn-legacy", "--name", "Cũ",
                          "--from", "2008-01-01", "--to", "2025-06-30"], capsys)
    assert code == 0, err
    code, out, _ = run([*env, "unit", "lists"], capsys)
    assert "vn-legacy" in out and "vn-2025-07-01" in out


def test_unattended_init_and_doctor_in_a_real_process(tmp_path):
    """The issue's example: with the environment set, no prompt, a healthy encrypted file."""
    db = tmp_path / "x.db"
    env = {
        **os.environ,
        "DANVAN_PASSPHRASE": PASSPHRASE,
        "DANVAN_PASSWORD": ADMIN_PASSWORD,
        # Never the developer's real keyring: the fail backend takes the passphrase path.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    cli = [sys.executable, "-m", "danvan_desktop.cli.main", "--db", str(db)]
    done = subprocess.run([*cli, "init", "--unit", "02266", "--admin", "admin"], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*cli, "doctor"], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "khỏe mạnh" in done.stdout
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for plaintext in ("Lâm Bình", "admin", "Quản trị"):
        assert plaintext.encode() not in raw
    # Without the passphrase and without a keyboard: one clear line, no prompt, no traceback.
    env.pop("DANVAN_PASSPHRASE")
    done = subprocess.run([*cli, "doctor"], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "DANVAN_PASSPHRASE" in done.stderr and "Traceback" not in done.stderr
    # Output cut short by a reader that stopped (`| head -1`): no traceback, exit 0. The
    # pipe's reading end is closed before the command writes, so its first write fails.
    # Buffered (Python's default for a pipe) the write only fails in the final flush, after
    # main() returned: that one must not end with exit status 120 either.
    env["DANVAN_PASSPHRASE"] = PASSPHRASE
    env["DANVAN_USER"] = "admin"
    for unbuffered in ("1", ""):
        env.pop("PYTHONUNBUFFERED", None)
        if unbuffered:
            env["PYTHONUNBUFFERED"] = unbuffered
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            done = subprocess.run([*cli, "report", "periods"], env=env, stdin=subprocess.DEVNULL,
                                  stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
        finally:
            os.close(write_end)
        assert (done.returncode, done.stderr) == (0, ""), f"PYTHONUNBUFFERED={unbuffered!r}"
