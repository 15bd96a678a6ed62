"""What ships: fonts cover Vietnamese, the frozen one-folder app passes its self-test."""

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from danvan_desktop.paths import resource
from danvan_desktop.selftest import run_core_self_test

ROOT = Path(__file__).resolve().parent.parent
BASES = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]  # huyền, sắc, ngã, hỏi, nặng


def vietnamese_letters() -> str:
    letters = {unicodedata.normalize("NFC", base + tone) for base in BASES for tone in TONES} | {"đ"}
    return "".join(sorted(letters | {c.upper() for c in letters}))


@pytest.mark.parametrize("font", sorted(p.name for p in resource("fonts").glob("*.ttf")))
def test_bundled_font_covers_every_vietnamese_letter(font, qapp):
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(resource("fonts", font)), 12)
    assert raw.isValid()
    letters = vietnamese_letters()
    assert len(letters) == 2 * (len(BASES) * len(TONES) + 1)  # 134 letters
    missing = [c for c in letters if not raw.supportsCharacter(ord(c))]
    assert not raw.supportsCharacter(0x4E2D)  # the check can fail: no CJK in these fonts
    assert missing == []


def test_core_self_test_passes():
    assert run_core_self_test() == []


@pytest.mark.slow
def test_frozen_app_self_test(tmp_path):
    """Build the one-folder app with build.spec and run its --self-test (about 20 s here)."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is missing: install the build extra (scripts/dev.sh test does)")
    built = subprocess.run(
        [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=1200, cwd=ROOT,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    exe = tmp_path / "dist" / "DanVanDesktop" / ("DanVanDesktop.exe" if os.name == "nt" else "DanVanDesktop")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                                            "DANVAN_DATA_DIR")}
    done = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=300, env=env,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Tự kiểm tra: ĐẠT" in done.stdout
