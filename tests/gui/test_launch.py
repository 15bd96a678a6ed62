"""``danvan-desktop`` behaves like a program: --version, --help, wrong options, a splash at once."""

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from danvan_desktop import __version__
from danvan_desktop.gui import launch
from danvan_desktop.gui.splash import show_splash


def gui(*args, env_extra=None, timeout=60):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "danvan_desktop", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def test_version_prints_and_exits(tmp_path):
    done = gui("--version", env_extra={"DANVAN_DATA_DIR": str(tmp_path / "data")})
    assert (done.returncode, done.stdout, done.stderr) == (0, f"danvan-desktop {__version__}\n", "")
    assert not (tmp_path / "data").exists()  # nothing started, no database, no log


def test_help_prints_and_exits(tmp_path):
    done = gui("--help", env_extra={"DANVAN_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0, done.stderr
    for option in ("--db", "--self-test", "--version", "tự kiểm tra bản cài đặt rồi thoát"):
        assert option in done.stdout
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("args", [["--bogus"], ["--db"], ["-style", "fusion"], ["extra"]])
def test_unknown_options_are_refused(tmp_path, args):
    done = gui(*args, env_extra={"DANVAN_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 2
    assert done.stderr.startswith("Lỗi cú pháp:") and "danvan-desktop --help" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "data").exists()


def test_without_a_console_the_answer_is_a_message_box(qtbot, monkeypatch):
    """The windowed Windows build has no stdout: --version must still be seen."""
    shown = []
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.icon(), box.text())) or 0)
    with pytest.raises(SystemExit) as stopped:
        launch.main(["danvan-desktop", "--version"])
    assert stopped.value.code == 0
    assert shown == [(QMessageBox.Icon.Information, f"danvan-desktop {__version__}")]


SPLASH_PROBE = """
import sys, time
started = time.monotonic()
from danvan_desktop.gui import launch, splash

real = splash.show_splash
def probe(argv):
    shown = real(argv)
    heavy = sorted(m for m in ("danvan_desktop.gui.main_window", "danvan_desktop.services.reports",
                               "reportlab", "openpyxl", "danvan_desktop.gui.app") if m in sys.modules)
    print(f"{time.monotonic() - started:.3f} {shown.isVisible()} {','.join(heavy) or '-'}", flush=True)
    sys.exit(0)
splash.show_splash = probe
launch.main(["danvan-desktop", "--db", sys.argv[1]])
"""


def test_splash_is_shown_before_the_app_loads(tmp_path):
    """In a real process the splash is on screen before any heavy module is imported: within
    a second on an idle PC (the bound below allows for a loaded CI machine)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DANVAN_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", SPLASH_PROBE, str(tmp_path / "x.db")], env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    seconds, visible, heavy = done.stdout.split()
    print(f"splash after {seconds} s")
    assert visible == "True"
    assert heavy == "-"
    assert float(seconds) < 2


def test_splash_shows_the_app_name_and_a_message(qtbot):
    splash = show_splash(["danvan-desktop"])
    qtbot.addWidget(splash)
    assert splash.isVisible() and splash.accessibleName() == "Dân Vận Desktop: Đang khởi động…"
    image = splash.pixmap().toImage()
    assert (image.width(), image.height()) == (460, 220)
    # Something is drawn where the icon and the title go (the check fails on a blank pixmap).
    assert any(image.pixelColor(x, y).name() != "#ffffff" for x in range(28, 124, 4) for y in range(48, 144, 4))
    assert any(image.pixelColor(x, y).name() != "#ffffff" for x in range(144, 400, 2) for y in range(66, 86, 2))
