#!/usr/bin/env bash
# One entry point for developers and CI:
#   scripts/dev.sh app  [ARGS]   install what is needed, start the app (default database)
#   scripts/dev.sh test [ARGS]   install what is needed, run the whole test suite
#   scripts/dev.sh cli  [ARGS]   install what is needed, run the `danvan` command line
# Idempotent: system packages are installed only when missing, pip only when
# pyproject.toml changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV="$ROOT/.venv"
PYTHON=${PYTHON:-python3}

# Qt's offscreen platform (tests) and the xcb platform (a real window) need these
# shared libraries; fonts-liberation2 gives every Vietnamese letter to Qt and reportlab;
# poppler-utils, xvfb and minisign are the independent checkers the tests use.
QT_RUNTIME_DEBS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libfreetype6"
QT_WINDOW_DEBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxkbcommon-x11-0 libx11-xcb1"
TEST_DEBS="fonts-liberation2 poppler-utils xvfb xauth minisign"

missing_debs() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$pkg"
    done
}

install_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: the user installs Qt's libraries
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "Thiếu gói hệ thống: $missing — hãy cài bằng quyền root (apt-get install $missing)." >&2
            return 1
        fi
    fi
    echo "Cài gói hệ thống: $missing" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
}

install_python() {
    local extras=$1
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed-$extras"
    local digest
    digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[$extras]" >&2
        echo "$digest" > "$stamp"
    fi
}

command=${1:-app}
[ $# -gt 0 ] && shift
case "$command" in
    app)
        # shellcheck disable=SC2086
        install_debs $QT_RUNTIME_DEBS $QT_WINDOW_DEBS fonts-liberation2
        install_python gui
        exec "$VENV/bin/danvan-desktop" "$@"
        ;;
    cli)
        install_python gui
        exec "$VENV/bin/danvan" "$@"
        ;;
    test)
        # shellcheck disable=SC2086
        install_debs $QT_RUNTIME_DEBS $QT_WINDOW_DEBS $TEST_DEBS
        install_python gui,test,build
        export QT_QPA_PLATFORM=offscreen
        # Never the developer's real keyring in a subprocess started by a test.
        export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "Cách dùng: scripts/dev.sh app|test|cli [tham số]" >&2
        exit 2
        ;;
esac
