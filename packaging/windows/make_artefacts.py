"""Make the two Windows artefacts from the one-folder build (dist/DanVanDesktop):

- ``DanVanDesktop-<version>-setup.exe``: the NSIS installer (installer.nsi);
- ``DanVanDesktop-<version>-portable.zip``: the same folder, to unzip and run anywhere.

    python packaging/windows/make_artefacts.py [--dist dist/DanVanDesktop] [--out dist]
                                               [--icon build/build/assets/DanVanDesktop.ico]
                                               [--compressor lzma|zlib|none]

makensis comes from NSIS (Windows: ``choco install nsis``; Debian: ``apt-get install nsis``;
the script compiles the same way on both). Prints the paths of what it made."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
import build_assets  # noqa: E402

WINDOWS_MAKENSIS = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "NSIS" / "makensis.exe"


def makensis() -> str:
    found = shutil.which("makensis") or (str(WINDOWS_MAKENSIS) if WINDOWS_MAKENSIS.exists() else None)
    if not found:
        raise SystemExit("Không tìm thấy makensis: hãy cài NSIS (Windows: choco install nsis; Debian: apt-get install nsis).")
    return found


def build_installer(dist: Path, out: Path, version: str, icon: Path | None = None, compressor: str = "lzma") -> Path:
    out.mkdir(parents=True, exist_ok=True)
    setup = out / f"DanVanDesktop-{version}-setup.exe"
    quad = ".".join(str(n) for n in build_assets.version_tuple(version))
    command = [makensis(), "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}", f"-DVERSION_QUAD={quad}",
               f"-DSOURCE_DIR={dist.resolve()}", f"-DOUTFILE={setup.resolve()}", f"-DCOMPRESSOR={compressor}"]
    if icon is not None:
        command.append(f"-DICON={icon.resolve()}")
    command.append(str(HERE / "installer.nsi"))
    done = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise SystemExit(f"makensis thất bại (mã {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return setup


def build_portable_zip(dist: Path, out: Path, version: str) -> Path:
    """The folder as ``DanVanDesktop/…`` in a zip; executables keep their mode bits."""
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"DanVanDesktop-{version}-portable.zip"
    partial = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        for path in sorted(dist.rglob("*")):
            if path.is_file() and not path.is_symlink():
                bundle.write(path, Path("DanVanDesktop") / path.relative_to(dist))
    partial.replace(archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bộ cài NSIS và bản zip di động từ bản đóng gói một thư mục.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "DanVanDesktop")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--icon", type=Path, default=None, help="tệp .ico (build.spec tạo trong build/build/assets)")
    parser.add_argument("--compressor", choices=("lzma", "zlib", "none"), default="lzma",
                        help="nén bộ cài (mặc định lzma, nhỏ nhất; none: nhanh, cho kiểm thử)")
    args = parser.parse_args(argv)
    if not args.dist.is_dir():
        raise SystemExit(f"Không có thư mục {args.dist}: hãy chạy “pyinstaller build.spec” trước.")
    version = build_assets.package_version(ROOT)
    print(build_installer(args.dist, args.out, version, args.icon, args.compressor))
    print(build_portable_zip(args.dist, args.out, version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
