"""What ships: the bundled fonts cover Vietnamese, the system-package script installs only
what is missing, and the frozen one-folder app passes its self-test."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from danvan_desktop import __version__
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
    assert {"xvfb", "poppler-utils", "minisign", "fonts-liberation2", "binutils", "nsis", "7zip",
            "wine64"} <= set(test) - set(app)


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

WINDOWED_REPORT = Path(tempfile.gettempdir()) / "danvan-desktop-selftest.txt"


def self_test_report(stdout: str) -> str:
    """What --self-test printed; a windowed program on Windows may have no console, and then
    the report is the file it leaves in the temp folder (removed before each run there)."""
    if "Tự kiểm tra:" in stdout or os.name != "nt":
        return stdout
    return WINDOWED_REPORT.read_text("utf-8")


@pytest.fixture(scope="module")
def frozen_build(tmp_path_factory) -> Path:
    """The one-folder app built once with build.spec (about 2 minutes here); its folder."""
    build_root = tmp_path_factory.mktemp("frozen")
    pyinstaller = Path(sys.executable).with_name("pyinstaller.exe" if os.name == "nt" else "pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is missing: install the build extra (scripts/dev.sh test does)")
    started = time.monotonic()
    built = subprocess.run(
        [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build_root / "dist"), "--workpath", str(build_root / "work")],
        capture_output=True, text=True, timeout=1800, cwd=ROOT, stdin=subprocess.DEVNULL,
    )
    assert built.returncode == 0, built.stderr[-5000:]
    print(f"PyInstaller build: {time.monotonic() - started:.0f} s")
    return build_root


@pytest.mark.slow
def test_frozen_app_self_test(frozen_build, tmp_path):
    """Both programs of the one-folder build run from elsewhere: the app's --self-test, the CLI."""
    exe = frozen_build / "dist" / "DanVanDesktop" / ("DanVanDesktop.exe" if os.name == "nt" else "DanVanDesktop")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DANVAN_DATA_DIR", "PYTHONPATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Run from elsewhere, so nothing can come from the source tree.
    WINDOWED_REPORT.unlink(missing_ok=True)
    done = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=300, env=env,
                          cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Tự kiểm tra: ĐẠT" in self_test_report(done.stdout)
    # The console program in the same folder: the same CLI, working on a real database.
    cli = exe.with_name("danvan.exe" if os.name == "nt" else "danvan")
    env.update(DANVAN_DATA_DIR=str(tmp_path / "data"), DANVAN_PASSPHRASE=PASSPHRASE, DANVAN_PASSWORD=ADMIN_PASSWORD,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for args, expected in ((["--version"], "danvan 0.1.0"),
                           (["init", "--unit", "02266", "--admin", "admin"], ""),
                           (["doctor"], "khỏe mạnh")):
        done = subprocess.run([str(cli), *args], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stdout + done.stderr
        assert expected in done.stdout
    # Made at build time: the compiled translations (shipped), the icon from the SVG.
    internal = exe.parent / "_internal"
    assert {p.name for p in (internal / "resources" / "translations").glob("*.qm")} == {
        f"{ts.stem}.qm" for ts in (ROOT / "resources" / "translations").glob("*.ts")}
    assert (frozen_build / "work" / "build" / "assets" / "DanVanDesktop.ico").read_bytes()[:4] == b"\0\0\1\0"


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
    WINDOWED_REPORT.unlink(missing_ok=True)
    assert "Tự kiểm tra: ĐẠT" in self_test_report(run(str(bin_dir / "danvan-desktop"), "--self-test"))
    print(f"total: {time.monotonic() - started:.0f} s")


# --- made at build time: icon, version resource, translations ---------------------------

sys.path.insert(0, str(ROOT / "packaging"))
import build_assets  # noqa: E402


def test_version_numbers_for_windows():
    assert build_assets.package_version(ROOT) == __version__
    assert build_assets.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert build_assets.version_tuple("2.10.3rc1") == (2, 10, 3, 0)
    with pytest.raises(ValueError):
        build_assets.version_tuple("dev")


def test_icon_rendered_from_the_svg_has_every_size(tmp_path):
    from PySide6.QtGui import QImageReader

    ico = build_assets.write_ico(resource("icons", "app.svg"), tmp_path / "app.ico")
    reader = QImageReader(str(ico))  # Qt's own ICO reader, independent of the writer
    assert reader.format() == b"ico" and reader.imageCount() == len(build_assets.ICON_SIZES)
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        sizes.append(image.width())
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        assert centre.alpha() == 255  # the drawing, not an empty transparent square
    assert sizes == list(build_assets.ICON_SIZES)


def test_version_resource_is_read_by_pyinstaller(tmp_path, monkeypatch):
    """PyInstaller's own parser (normally Windows-only: its imports are stubbed here) reads the
    generated file, and the binary resource carries the Vietnamese strings."""
    import types

    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", object(), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = build_assets.write_version_file("1.2.3", "DanVanDesktop", tmp_path / "version.txt")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (1 << 16) | 2 and info.ffi.fileVersionLS == 3 << 16
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["CompanyName"] == "Dân Vận Desktop" and strings["ProductName"] == "Dân Vận Desktop"
    assert strings["ProductVersion"] == "1.2.3" and strings["OriginalFilename"] == "DanVanDesktop.exe"
    assert strings["FileDescription"] == "Phần mềm công tác dân vận chính quyền cấp xã"
    raw = info.toRaw()
    assert "Dân Vận Desktop".encode("utf-16-le") in raw and "042A04B0".encode("utf-16-le") in raw


def test_translations_compile_to_qm_that_qt_loads(tmp_path):
    from PySide6.QtCore import QTranslator

    compiled = build_assets.compile_translations(ROOT / "resources" / "translations", tmp_path)
    assert [p.name for p in compiled] == ["danvan_en.qm", "qtbase_vi.qm"]
    for qm in compiled:
        translator = QTranslator()
        assert translator.load(str(qm)), qm
    qt = QTranslator()
    qt.load(str(compiled[1]))
    assert qt.translate("QPlatformTheme", "&Yes") == "&Có"  # Qt's own words in Vietnamese


# --- the Windows installer (NSIS) and the portable zip -----------------------------------

MAKE_ARTEFACTS = ROOT / "packaging" / "windows" / "make_artefacts.py"


def make_artefacts(dist: Path, out: Path, *extra: str):
    return subprocess.run([sys.executable, str(MAKE_ARTEFACTS), "--dist", str(dist), "--out", str(out), *extra],
                          capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)


def need_makensis():
    if not shutil.which("makensis"):
        pytest.fail("makensis is missing: scripts/install-system-deps.sh test installs Debian's nsis")


def test_a_broken_installer_script_fails_the_build(tmp_path, monkeypatch):
    """makensis errors are not swallowed: the same script with one bad line must fail."""
    need_makensis()
    sys.path.insert(0, str(MAKE_ARTEFACTS.parent))
    import make_artefacts as module

    broken = tmp_path / "windows"
    broken.mkdir()
    (broken / "installer.nsi").write_text(
        (MAKE_ARTEFACTS.parent / "installer.nsi").read_text(encoding="utf-8").replace(
            "SectionEnd", "NoSuchInstruction\nSectionEnd", 1), encoding="utf-8")
    monkeypatch.setattr(module, "HERE", broken)
    payload = tmp_path / "dist"
    payload.mkdir()
    (payload / "DanVanDesktop.exe").write_bytes(b"MZ")
    with pytest.raises(SystemExit, match="makensis"):
        module.build_installer(payload, tmp_path / "out", "0.1.0")


@pytest.mark.slow
def test_installer_and_portable_zip_around_the_one_folder_build(frozen_build, tmp_path):
    """CI cannot run a Windows installer, but makensis compiles the script around the Linux
    one-folder build as a stand-in payload; 7-Zip (which reads NSIS installers) lists it."""
    need_makensis()
    dist = frozen_build / "dist" / "DanVanDesktop"
    ico = frozen_build / "work" / "build" / "assets" / "DanVanDesktop.ico"
    # Uncompressed: the same script checked by makensis, without minutes of LZMA on 2 cores.
    done = make_artefacts(dist, tmp_path / "out", "--icon", str(ico), "--compressor", "none")
    assert done.returncode == 0, done.stdout + done.stderr
    setup, portable = (Path(line) for line in done.stdout.split())
    assert setup.name == f"DanVanDesktop-{__version__}-setup.exe" and setup.read_bytes()[:2] == b"MZ"
    assert portable.name == f"DanVanDesktop-{__version__}-portable.zip"
    payload = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file() and not p.is_symlink()}
    with zipfile.ZipFile(portable) as archive:
        assert archive.testzip() is None
        assert {name.removeprefix("DanVanDesktop/") for name in archive.namelist()} == payload
    if shutil.which("7zz"):
        listing = subprocess.run(["7zz", "l", "-slt", str(setup)], capture_output=True, text=True, timeout=300,
                                 stdin=subprocess.DEVNULL)
        assert listing.returncode == 0, listing.stdout + listing.stderr
        paths = {line.removeprefix("Path = ").replace("\\", "/") for line in listing.stdout.splitlines()
                 if line.startswith("Path = ")}
        assert {"DanVanDesktop", "danvan", "_internal/resources/units/vn-units-2025-07-01.json"} <= paths
        assert "Gỡ cài đặt.exe" in paths  # the uninstaller, named in Vietnamese


# --- the Windows workflow ------------------------------------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def actionlint(path: Path):
    tool = Path(sys.executable).with_name("actionlint.exe" if os.name == "nt" else "actionlint")
    if not tool.exists():
        pytest.fail("actionlint is missing: install the test extra (scripts/dev.sh test does)")
    return subprocess.run([str(tool), "-no-color", str(path)], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, cwd=ROOT)


def test_windows_workflow_passes_actionlint():
    done = actionlint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The check can fail: a misspelt key and an unknown action input are reported."""
    broken = tmp_path / ".github" / "workflows" / "windows.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on:", "runs_on:", 1).replace("python-version:", "python_version:", 1),
                      encoding="utf-8")
    done = actionlint(broken)
    assert done.returncode == 1
    assert "runs_on" in done.stdout and "python_version" in done.stdout


def wine_command() -> list[str]:
    for candidate in ("wine", "/usr/lib/wine/wine64"):
        found = shutil.which(candidate)
        if found:
            return [found]
    pytest.fail("wine is missing: scripts/install-system-deps.sh test installs Debian's wine")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="on Windows, .github/workflows/windows.yml runs the installer for real")
def test_installer_under_wine_installs_upgrades_and_uninstalls_keeping_the_data(tmp_path):
    """The real installer logic on Wine (64-bit), around a small stand-in payload: per-user
    folder, Vietnamese shortcuts, the uninstall entry; an upgrade in place drops stale files;
    the uninstaller removes the program, shortcuts and entry, and keeps the data folder."""
    need_makensis()
    payload = tmp_path / "payload"
    (payload / "_internal" / "resources").mkdir(parents=True)
    for name in ("DanVanDesktop.exe", "danvan.exe", "_internal/resources/a.json"):
        (payload / name).write_bytes(b"stand-in")
    done = make_artefacts(payload, tmp_path / "out", "--compressor", "zlib")
    assert done.returncode == 0, done.stdout + done.stderr
    setup = Path(done.stdout.split()[0])

    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(WINEPREFIX=str(tmp_path / "wine"), WINEDEBUG="-all", HOME=str(home), WINEDLLOVERRIDES="mscoree,mshtml=")
    wine = wine_command()

    def run(*args):
        finished = subprocess.run([*wine, *map(str, args)], env=env, capture_output=True, timeout=300,
                                  stdin=subprocess.DEVNULL)
        assert finished.returncode == 0, finished.stderr.decode("utf-8", "replace")[-3000:]

    run("wineboot", "--init")
    (user,) = (p for p in (tmp_path / "wine" / "drive_c" / "users").iterdir() if p.name != "Public")
    local = user / "AppData" / "Local"
    program = local / "Programs" / "DanVanDesktop"
    start_menu = user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Dân Vận Desktop"
    desktop_link = (user / "Desktop").resolve() / "Dân Vận Desktop.lnk"

    run(setup, "/S")
    assert {p.relative_to(program).as_posix() for p in program.rglob("*") if p.is_file()} == {
        "DanVanDesktop.exe", "danvan.exe", "_internal/resources/a.json", "Gỡ cài đặt.exe"}
    assert {p.name for p in start_menu.iterdir()} == {"Dân Vận Desktop.lnk", "Gỡ cài đặt Dân Vận Desktop.lnk"}
    assert desktop_link.is_file()
    registry = (tmp_path / "wine" / "user.reg").read_text(encoding="utf-8", errors="replace")
    assert "Uninstall\\\\DanVanDesktop" in registry and '"DisplayVersion"="0.1.0"' in registry

    data = local / "DanVanDesktop"
    data.mkdir()
    (data / "danvan.db").write_bytes(b"the commune's records")
    (program / "_internal" / "stale.pyd").write_bytes(b"from the previous version")
    run(setup, "/S")  # upgrade in place
    assert not (program / "_internal" / "stale.pyd").exists()
    assert (program / "_internal" / "resources" / "a.json").is_file()

    run(program / "Gỡ cài đặt.exe", "/S")
    # The uninstaller copies itself to TEMP and returns at once: wait for it to finish.
    wineserver = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
    subprocess.run([wineserver, "--wait"], env=env, timeout=300, check=True, stdin=subprocess.DEVNULL)
    assert not program.exists()
    assert not start_menu.exists() and not desktop_link.exists()
    registry = (tmp_path / "wine" / "user.reg").read_text(encoding="utf-8", errors="replace")
    assert "Uninstall\\\\DanVanDesktop" not in registry
    assert (data / "danvan.db").read_bytes() == b"the commune's records"
