#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Dân Vận Desktop needs, only those that are missing.
#
#   scripts/install-system-deps.sh app        what the app needs to open a window
#   scripts/install-system-deps.sh test       that, plus what the test suite needs
#   scripts/install-system-deps.sh venv       python3-venv, when `python3 -m venv` cannot work
#   scripts/install-system-deps.sh --dry-run test   print what would be run, change nothing
#   scripts/install-system-deps.sh --list test      print the package names, one per line
#
# Already-installed packages are found with dpkg-query; `apt-get update` runs only when
# something must be installed. As root apt-get runs directly, otherwise through sudo.
# DANVAN_SKIP_SYSTEM_DEPS=1 skips everything (another distribution, a locked-down PC).
# Exit status: 0 when everything is there afterwards, 1 when it could not be installed.
set -euo pipefail

# How the sets were found (PySide6-Essentials 6.12, Debian 12): `ldd` on QtCore, QtGui,
# QtWidgets, QtSvg, QtPrintSupport, libQt6Gui and the offscreen, SVG and image-format
# plugins, each library mapped to its package with `dpkg -S`; then
# `apt-cache depends --recurse` on the lists below covers every such package.
# (libdbus-1 is loaded by Qt at run time rather than linked, hence named explicitly.)
QT_OFFSCREEN="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
# A real window: the xcb platform plugin (libqxcb.so, libQt6XcbQpa) and its GLX
# integration, found the same way. Qt 6 no longer uses libxcb-xinerama0.
QT_WINDOW="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 libxkbcommon-x11-0"
# The tests: fonts for Qt's own font lookups and reportlab, pdftotext/pdftoppm to read
# the generated reports, Xvfb (+ xauth for xvfb-run) for the real-window end-to-end test,
# minisign to check signed bundles independently, binutils (objdump) for PyInstaller's
# build of the one-folder app (tests/test_packaging.py), LibreOffice Calc (headless) to
# open the generated spreadsheets and Word copies as an independent reader, NSIS (makensis) to
# compile the Windows installer around the Linux one-folder build, 7-Zip (7zz) to list what it
# holds, and 64-bit Wine to run it (install, upgrade, uninstall) on a stand-in payload.
TEST_ONLY="fonts-liberation2 poppler-utils xvfb xauth minisign binutils libreoffice-calc-nogui \
libreoffice-writer-nogui nsis 7zip wine wine64"

# PyInstaller needs the interpreter's shared library; Debian's own python3.X ships it
# in a separate package, libpython3.X (a pyenv or python.org build has it already).
# DANVAN_PYTHON is the interpreter the venv uses (scripts/dev.sh sets it).
debian_libpython() {
    local python=${DANVAN_PYTHON:-${PYTHON:-python3}} real version
    command -v dpkg-query >/dev/null 2>&1 && command -v "$python" >/dev/null 2>&1 || return 0
    real=$(readlink -f "$(command -v "$python")") || return 0
    version=$("$real" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || return 0
    dpkg-query -S "$real" >/dev/null 2>&1 && echo "libpython$version"
    return 0
}

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

dry_run=0
list_only=0
while [ $# -gt 0 ]; do
    case "$1" in
        --dry-run) dry_run=1 ;;
        --list) list_only=1 ;;
        -h|--help) usage ;;
        -*) usage ;;
        *) break ;;
    esac
    shift
done
[ $# -eq 1 ] || usage
case "$1" in
    app) wanted="$QT_OFFSCREEN $QT_WINDOW" ;;
    test) wanted="$QT_OFFSCREEN $QT_WINDOW $TEST_ONLY $(debian_libpython)" ;;
    venv) wanted="python3-venv" ;;
    *) usage ;;
esac

if [ "$list_only" -eq 1 ]; then
    printf '%s\n' $wanted
    exit 0
fi
if [ "${DANVAN_SKIP_SYSTEM_DEPS:-0}" = 1 ]; then
    exit 0
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-system-deps: không phải Debian/Ubuntu, bỏ qua. Hãy tự cài thư viện Qt 6 (xcb, EGL, fontconfig)" \
         "và các gói tương ứng với: $wanted" >&2
    exit 0
fi

missing=""
for pkg in $wanted; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing="$missing $pkg"
done
missing=${missing# }
[ -z "$missing" ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
        # No terminal (CI): sudo must not wait for a password nobody can type.
        [ -t 0 ] || as_root=(sudo -n)
    else
        echo "Thiếu gói hệ thống: $missing" >&2
        echo "Không có quyền root và không có sudo: hãy nhờ quản trị viên chạy" >&2
        echo "    apt-get update && apt-get install -y $missing" >&2
        exit 1
    fi
fi

run() {
    if [ "$dry_run" -eq 1 ]; then
        echo "would run: $*"
    else
        "$@"
    fi
}

echo "Cài gói hệ thống còn thiếu: $missing" >&2
log=$(mktemp "${TMPDIR:-/tmp}/danvan-apt.XXXXXX")
trap 'rm -f "$log"' EXIT
# shellcheck disable=SC2086
if ! run "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 ||
   ! run "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
       apt-get install -y -qq --no-install-recommends $missing >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "Không cài được: $missing" >&2
    echo "Hãy chạy với quyền root: apt-get update && apt-get install -y $missing" >&2
    exit 1
fi
[ "$dry_run" -eq 1 ] && cat "$log" >&2
exit 0
