"""The installation self-test: passes on a sound install, names what is missing, leaves
the user's keyring and data folder alone, and its core needs no Qt."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import keyring

import danvan_desktop.selftest as core
from danvan_desktop.selftest import run_core_self_test

ROOT = Path(__file__).resolve().parent.parent


def test_core_self_test_passes():
    assert run_core_self_test() == []


def test_core_self_test_restores_keyring_and_data_folder(memory_keyring, tmp_path):
    before = os.environ["DANVAN_DATA_DIR"]
    assert run_core_self_test() == []
    assert keyring.get_keyring() is memory_keyring
    assert memory_keyring.secrets == {}  # the database key went to the self-test's own keyring
    assert os.environ["DANVAN_DATA_DIR"] == before
    assert not Path(before).exists()  # nothing written to the data folder


def test_core_self_test_names_missing_resources(monkeypatch, tmp_path):
    monkeypatch.setattr(core, "resource", lambda *parts: tmp_path.joinpath(*parts))
    problems = run_core_self_test()
    assert "thiếu tệp tài nguyên resources/fonts/LiberationSans-Regular.ttf" in problems
    assert "thiếu tệp tài nguyên resources/units/vn-units-2025-07-01.json" in problems


def test_core_self_test_names_missing_keyring_metadata(monkeypatch):
    monkeypatch.setattr(core.metadata, "entry_points", lambda group: [])
    problems = run_core_self_test()
    assert any("SecretService, Windows, macOS, KWallet" in p for p in problems)


def test_core_module_never_imports_qt():
    tree = ast.parse((ROOT / "danvan_desktop" / "selftest.py").read_text(encoding="utf-8"))
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    imported += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [name for name in imported if "PySide" in name or "Qt" in name]
    # ...nor through what it calls.
    probe = ("import sys; from danvan_desktop.selftest import run_core_self_test as r; p = r(); "
             "assert p == [], p; assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_app_self_test_command_passes(tmp_path):
    """``python -m danvan_desktop --self-test``: the GUI entry dispatches to the full self-test."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DANVAN_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DANVAN_DATA_DIR"] = str(tmp_path / "must-stay-empty")
    done = subprocess.run([sys.executable, "-m", "danvan_desktop", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "Tự kiểm tra: ĐẠT"
    assert not (tmp_path / "must-stay-empty").exists()


def test_app_self_test_fails_and_names_the_problem(tmp_path):
    """A damaged font and a missing icon in the bundled resources fail the self-test."""
    import shutil

    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy)
    (copy / "fonts" / "LiberationSerif-Italic.ttf").write_bytes(b"not a font")
    (copy / "icons" / "app.svg").unlink()
    script = ("import pathlib, sys, danvan_desktop.paths as paths\n"
              f"paths.resources_dir = lambda: pathlib.Path({str(copy)!r})\n"
              "from danvan_desktop.gui.selftest import main\n"
              "sys.exit(main())\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "LỖI: Qt không đọc được phông LiberationSerif-Italic.ttf" in done.stdout
    assert "LỖI: thiếu tệp tài nguyên resources/icons/app.svg" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "Tự kiểm tra: KHÔNG ĐẠT"
