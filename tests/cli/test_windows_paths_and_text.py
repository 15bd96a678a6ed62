"""What a Windows PC throws at the app: awkward characters in the database path, output
redirected in a legacy code page, a crash with Vietnamese text in it."""

import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from danvan_desktop.storage.database import sqlite_uri
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

# "?" cannot be in a Windows file name; elsewhere it must survive the URI too.
QUESTION = "" if os.name == "nt" else " ?"
AWKWARD_FOLDER = f"Dữ liệu #1 100%{QUESTION}x"
AWKWARD_NAME = f"sổ đơn thư #2 %41{QUESTION}.db"


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def cli_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DANVAN_PASSPHRASE": PASSPHRASE,
        "DANVAN_PASSWORD": ADMIN_PASSWORD,
        "DANVAN_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        # What a redirected stream gets on a Vietnamese Windows PC (the ANSI code page).
        "PYTHONIOENCODING": "cp1258",
    }


def test_uri_keeps_every_character_of_the_path():
    uri = sqlite_uri(Path("/d/Dữ liệu #1 100% ?x/a b.db"))
    assert uri == "file:///d/D%E1%BB%AF%20li%E1%BB%87u%20%231%20100%25%20%3Fx/a%20b.db"
    assert sqlite_uri(Path("/d/x.db"), readonly=True) == "file:///d/x.db?mode=ro"


@pytest.mark.parametrize(("windows_path", "uri"), [
    (r"C:\Users\Cán bộ\x #1.db", "file:///C:/Users/C%C3%A1n%20b%E1%BB%99/x%20%231.db"),
    # A shared folder: SQLite refuses any authority but an empty one (or localhost).
    (r"\\may-chu\chia se\x.db", "file:////may-chu/chia%20se/x.db"),
])
def test_uri_for_windows_paths(monkeypatch, windows_path, uri):
    monkeypatch.setattr(Path, "absolute", lambda self: PureWindowsPath(windows_path))
    assert sqlite_uri(Path("x.db")) == uri


def test_database_in_an_awkward_path_in_a_real_process(tmp_path):
    """init, doctor and a listing through the CLI, output redirected in cp1258: UTF-8 out,
    the database exactly where asked, and no stray file beside it."""
    folder = tmp_path / "work" / AWKWARD_FOLDER
    folder.mkdir(parents=True)
    db = folder / AWKWARD_NAME
    cli = [sys.executable, "-m", "danvan_desktop.cli.main", "--db", str(db)]
    env = cli_env(tmp_path)
    out = tmp_path / "out.txt"
    for args in (["init", "--unit", "02266", "--admin", "admin"], ["doctor"], ["--user", "admin", "report", "periods"]):
        with out.open("wb") as redirected:
            done = subprocess.run([*cli, *args], env=env, stdin=subprocess.DEVNULL, stdout=redirected,
                                  stderr=subprocess.PIPE, timeout=120)
        stderr = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 0, stderr
        assert "UnicodeEncodeError" not in stderr
        text = out.read_bytes().decode("utf-8")  # raises if it is not UTF-8
    assert "Năm" in text or "năm" in text
    assert db.is_file() and db.read_bytes()[:16] != b"SQLite format 3\x00"
    # Only the database and what belongs beside it (its key file, its backups folder).
    stray = {name for name in files_under(tmp_path / "work")
             if not name.startswith(str(Path(AWKWARD_FOLDER) / AWKWARD_NAME.removesuffix(".db")))
             and not name.startswith(str(Path(AWKWARD_FOLDER) / "backups"))}
    assert stray == set()
    # The doctor's verdict, in Vietnamese, read back as UTF-8 from the redirected file.
    with out.open("wb") as redirected:
        subprocess.run([*cli, "doctor"], env=env, stdin=subprocess.DEVNULL, stdout=redirected, timeout=120,
                       check=True)
    assert "khỏe mạnh" in out.read_bytes().decode("utf-8")


def test_help_redirected_in_cp1258_is_utf8(tmp_path):
    out = tmp_path / "help.txt"
    with out.open("wb") as redirected:
        done = subprocess.run([sys.executable, "-m", "danvan_desktop.cli.main", "--help"], env=cli_env(tmp_path),
                              stdin=subprocess.DEVNULL, stdout=redirected, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Dân Vận Desktop trên dòng lệnh" in out.read_bytes().decode("utf-8")


CRASH = "hỏng ở bước ghi sổ đơn thư"
# ASCII only: the command line itself must survive the ASCII locale.
CRASHING_CLI = f"""
import sys
from danvan_desktop.cli import context, main

def broken(self, use):
    raise RuntimeError({ascii(CRASH)})

context.CliContext.with_session = broken
sys.exit(main.main(sys.argv[1:]))
"""


def test_crash_log_is_utf8_whatever_the_locale(tmp_path):
    """A bug's traceback carries Vietnamese text; the log is UTF-8 even in an ASCII locale
    (C locale without Python's UTF-8 mode or locale coercion, like a legacy code page)."""
    env = {**cli_env(tmp_path), "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    env.pop("PYTHONIOENCODING")
    done = subprocess.run([sys.executable, "-c", CRASHING_CLI, "--db", str(tmp_path / "x.db"), "report", "periods"],
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60, cwd=Path.cwd())
    assert done.returncode == 70, done.stderr.decode("utf-8", "replace")
    assert CRASH in done.stderr.decode("utf-8")  # stderr redirected: UTF-8 too
    log = (tmp_path / "data" / "logs" / "danvan-cli.log").read_bytes().decode("utf-8")
    assert f"RuntimeError: {CRASH}" in log and "Traceback" in log
