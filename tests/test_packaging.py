"""What ships: the bundled fonts cover Vietnamese, the system-package script installs only
what is missing, and the frozen one-folder app passes its self-test."""

import os
import shutil
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from danvan_desktop.paths import resource
from danvan_desktop.selftest import FONT_FILES
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
BASES = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]  # none, huyền, sắc, ngã, hỏi, nặng


def vietnamese_letters() -> str:
    lower = {unicodedata.normalize("NFC", base + tone) for base in BASES for tone in TONES} | {"đ"}
    return "".join(sorted(lower | {c.upper() for c in lower}))


def test_vietnamese_letters_are_all_there():
    letters = vietnamese_letters()
    assert len(letters) == 2 * (len(BASES) * len(TONES) + 1) == 146
    assert all(len(c) == 1 for c in letters)  # NFC: one code point each
    assert {"ặ", "Ặ", "ữ", "Ữ", "ỷ", "Ỷ", "đ", "Đ", "ơ", "Ư"} <= set(letters)


def test_bundled_fonts_are_the_expected_ones():
    assert sorted(p.name for p in resource("fonts").glob("*.ttf")) == sorted(FONT_FILES)
    licence = resource("fonts", "LICENSE-Liberation-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence.upper() and "Version 1.1" in licence


@pytest.mark.parametrize("font", FONT_FILES)
def test_bundled_font_has_a_glyph_for_every_vietnamese_letter(font):
    with TTFont(resource("fonts", font)) as ttf:
        family = ttf["name"].getDebugName(1)
        assert family in ("Liberation Sans", "Liberation Serif")
        cmap = ttf.getBestCmap()
        glyf = ttf["glyf"]
        missing = [c for c in vietnamese_letters() if ord(c) not in cmap]
        assert missing == [], f"{font} has no glyph for {''.join(missing)}"
        # A mapped glyph that draws nothing would be as bad as none.
        empty = [c for c in vietnamese_letters() if glyf[cmap[ord(c)]].numberOfContours == 0]
        assert empty == [], f"{font} maps {''.join(empty)} to empty glyphs"
        assert 0x4E2D not in cmap  # the check can fail: these fonts have no CJK


# --- scripts/install-system-deps.sh, with dpkg-query, apt-get, id and sudo replaced ------

FAKE_TOOLS = {
    "dpkg-query": """#!/bin/bash
[ "$1" = -S ] && [ -n "$FAKE_UNOWNED" ] && exit 1
pkg=${@: -1}
case " $FAKE_MISSING " in *" $pkg "*) exit 1 ;; esac
printf installed
""",
    "apt-get": """#!/bin/bash
echo "apt-get $*" >> "$FAKE_LOG"
""",
    "id": """#!/bin/bash
echo "$FAKE_UID"
""",
}


def run_deps_script(tmp_path, *args, missing="", uid=0, sudo=False, python=None, unowned=False):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    tools = dict(FAKE_TOOLS)
    if sudo:
        tools["sudo"] = '#!/bin/bash\necho "sudo $*" >> "$FAKE_LOG"\n[ "$1" = -n ] && shift\nexec "$@"\n'
    for name, text in tools.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    for tool in ("env", "mktemp", "rm", "tail", "cat", "readlink"):  # the real ones, and nothing else
        if not (bin_dir / tool).exists():
            (bin_dir / tool).symlink_to(shutil.which(tool))
    log = tmp_path / "log"
    log.write_text("")
    env = {"PATH": str(bin_dir), "FAKE_MISSING": missing, "FAKE_UID": str(uid), "FAKE_LOG": str(log),
           "FAKE_UNOWNED": "1" if unowned else ""}
    if python:
        env["DANVAN_PYTHON"] = python
    done = subprocess.run(["/bin/bash", str(ROOT / "scripts" / "install-system-deps.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    return done, log.read_text().splitlines()


needs_bash = pytest.mark.skipif(not Path("/bin/bash").exists() or os.name == "nt", reason="needs bash")


@needs_bash
def test_system_deps_nothing_to_do_when_all_installed(tmp_path):
    done, log = run_deps_script(tmp_path, "test")
    assert done.returncode == 0, done.stderr
    assert log == []  # not even apt-get update


@needs_bash
def test_system_deps_installs_only_the_missing_packages(tmp_path):
    done, log = run_deps_script(tmp_path, "test", missing="libxcb-cursor0 xvfb")
    assert done.returncode == 0, done.stderr
    assert log == ["apt-get update -qq", "apt-get install -y -qq --no-install-recommends libxcb-cursor0 xvfb"]


@needs_bash
def test_system_deps_dry_run_changes_nothing(tmp_path):
    done, log = run_deps_script(tmp_path, "--dry-run", "app", missing="libegl1")
    assert done.returncode == 0, done.stderr
    assert log == []
    assert "would run:" in done.stderr and "libegl1" in done.stderr


@needs_bash
def test_system_deps_use_sudo_without_a_password_prompt_when_not_root(tmp_path):
    done, log = run_deps_script(tmp_path, "app", missing="libegl1", uid=1000, sudo=True)
    assert done.returncode == 0, done.stderr
    assert log[0].startswith("sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update")
    assert log[-1] == "apt-get install -y -qq --no-install-recommends libegl1"


@needs_bash
def test_system_deps_explain_when_they_cannot_install(tmp_path):
    done, log = run_deps_script(tmp_path, "app", missing="libegl1 libgl1", uid=1000)
    assert done.returncode == 1
    assert log == []
    assert "apt-get install -y libegl1 libgl1" in done.stderr


@needs_bash
def test_system_deps_sets(tmp_path):
    app = run_deps_script(tmp_path, "--list", "app")[0].stdout.split()
    test = run_deps_script(tmp_path, "--list", "test")[0].stdout.split()
    offscreen = {"libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0"}
    window = {"libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"}
    assert offscreen | window <= set(app)
    assert set(app) < set(test)
    assert {"xvfb", "poppler-utils", "minisign", "fonts-liberation2", "binutils"} <= set(test) - set(app)


@needs_bash
def test_system_deps_add_libpython_for_debian_python(tmp_path):
    """PyInstaller needs libpython3.X, a separate package for Debian's own interpreter."""
    wanted = f"libpython{sys.version_info[0]}.{sys.version_info[1]}"
    owned = run_deps_script(tmp_path, "--list", "test", python=sys.executable)[0].stdout.split()
    assert wanted in owned
    not_debian = run_deps_script(tmp_path, "--list", "test", python=sys.executable, unowned=True)[0].stdout.split()
    assert wanted not in not_debian
    assert wanted not in run_deps_script(tmp_path, "--list", "app", python=sys.executable)[0].stdout.split()


# --- the frozen app ------------------------------------------------------------------------

@pytest.mark.slow
def test_frozen_app_self_test(tmp_path):
    """Build the one-folder app with build.spec and run its --self-test (about 20 s here)."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller.exe" if os.name == "nt" else "pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is missing: install the build extra (scripts/dev.sh test does)")
    started = time.monotonic()
    built = subprocess.run(
        [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=1800, cwd=ROOT, stdin=subprocess.DEVNULL,
    )
    assert built.returncode == 0, built.stderr[-5000:]
    print(f"PyInstaller build: {time.monotonic() - started:.0f} s")
    exe = tmp_path / "dist" / "DanVanDesktop" / ("DanVanDesktop.exe" if os.name == "nt" else "DanVanDesktop")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DANVAN_DATA_DIR", "PYTHONPATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Run from elsewhere, so nothing can come from the source tree.
    done = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=300, env=env,
                          cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Tự kiểm tra: ĐẠT" in done.stdout


# --- the wheel, installed the ordinary way (not editable) ------------------------------

def source_modules() -> set[str]:
    return {str(p.relative_to(ROOT).as_posix()) for p in (ROOT / "danvan_desktop").rglob("*.py")}


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs(tmp_path):
    """Build the wheel, install it with its dependencies into a new venv (no -e, nothing from
    the source tree), then set up a database, check it and run the self-test from there."""
    started = time.monotonic()
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(ROOT)],
                           capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)
    assert built.returncode == 0, built.stderr[-5000:]
    (wheel,) = wheels.glob("danvan_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert source_modules() <= names, source_modules() - names  # every module, forms included
    shipped = {f"danvan_desktop/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".qm"}
    assert shipped <= names, shipped - names
    print(f"wheel: {time.monotonic() - started:.0f} s")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300, stdin=subprocess.DEVNULL)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    installed = subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[gui]"],
                               capture_output=True, text=True, timeout=1800, stdin=subprocess.DEVNULL)
    assert installed.returncode == 0, installed.stderr[-5000:]
    print(f"wheel + venv + dependencies: {time.monotonic() - started:.0f} s")

    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(HOME=str(home), DANVAN_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               DANVAN_PASSPHRASE=PASSPHRASE, DANVAN_PASSWORD=ADMIN_PASSWORD,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    def run(*command):  # from elsewhere than the source tree, so nothing can come from it
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=home,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
        return done.stdout

    where = run(str(python), "-c", "import danvan_desktop.paths as p; print(p.__file__); print(p.resources_dir())")
    module_file, resources = where.splitlines()
    assert Path(module_file).is_relative_to(venv) and Path(resources).is_relative_to(venv)
    db = tmp_path / "data" / "danvan.db"
    run(str(bin_dir / "danvan"), "--db", str(db), "init", "--unit", "02266", "--admin", "admin")
    assert "khỏe mạnh" in run(str(bin_dir / "danvan"), "--db", str(db), "doctor")
    assert "Tự kiểm tra: ĐẠT" in run(str(bin_dir / "danvan-desktop"), "--self-test")
    print(f"total: {time.monotonic() - started:.0f} s")
