#!/usr/bin/env bash
# One entry point for developers and CI:
#   scripts/dev.sh app  [ARGS]   install what is needed, start the app (default database)
#   scripts/dev.sh test [ARGS]   install what is needed, run the whole test suite (pytest ARGS)
#   scripts/dev.sh cli  [ARGS]   install what is needed, run the `danvan` command line
#   scripts/dev.sh setup [app|test]   only install (system packages + .venv), start nothing
# Idempotent and quick when everything is there: system packages are installed only when
# missing (scripts/install-system-deps.sh), pip runs only when pyproject.toml or the set
# of extras changed since the last install (a stamp file in .venv/).
# PYTHON=python3.12 picks another interpreter for a new .venv (3.11 or newer).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV="$ROOT/.venv"
PYTHON=${PYTHON:-python3}

system_deps() {
    # The interpreter behind .venv, or the one that will create it.
    if [ -x "$VENV/bin/python" ]; then export DANVAN_PYTHON="$VENV/bin/python"; else export DANVAN_PYTHON="$PYTHON"; fi
    "$ROOT/scripts/install-system-deps.sh" "$1"
}

ensure_venv() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
        return 0
    fi
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        echo "Không tìm thấy $PYTHON: cần Python 3.11 trở lên." >&2
        exit 1
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "Cần Python 3.11 trở lên; $PYTHON là $("$PYTHON" -V 2>&1). Đặt PYTHON=python3.11 (hoặc mới hơn)." >&2
        exit 1
    fi
    # Debian's python3 has no ensurepip until python3-venv is installed.
    "$PYTHON" -c 'import ensurepip' 2>/dev/null || system_deps venv
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
}

covers() {  # covers "gui,test,build" "gui,test": is every wanted extra among those installed?
    local have=",$1," extra
    for extra in ${2//,/ }; do
        case "$have" in *",$extra,"*) ;; *) return 1 ;; esac
    done
}

install_python() {
    local extras=$1 stamp="$VENV/.danvan-installed" digest
    ensure_venv
    digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
    # Skip pip when pyproject.toml is unchanged since the last install, the extras asked
    # for were installed then, and the editable install is still in place.
    if [ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$digest" ] && covers "$(sed -n 2p "$stamp")" "$extras" \
            && [ -x "$VENV/bin/danvan-desktop" ] && "$VENV/bin/python" -I -c 'import danvan_desktop' 2>/dev/null; then
        LRELEASE="$VENV/bin/pyside6-lrelease" "$ROOT/scripts/compile_translations.sh"
        return 0
    fi
    echo "Cài gói Python vào .venv ($extras)…" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[$extras]" >&2
    printf '%s\n%s\n' "$digest" "$extras" > "$stamp"
    # Qt's own words in Vietnamese and any app translation: .ts compiled into the .qm the app loads.
    LRELEASE="$VENV/bin/pyside6-lrelease" "$ROOT/scripts/compile_translations.sh"
}

command=${1:-app}
[ $# -gt 0 ] && shift
case "$command" in
    app)
        system_deps app
        install_python gui
        exec "$VENV/bin/danvan-desktop" "$@"
        ;;
    cli)
        install_python gui
        exec "$VENV/bin/danvan" "$@"
        ;;
    test)
        system_deps test
        install_python gui,test,build
        export QT_QPA_PLATFORM=offscreen
        # Never the developer's real keyring in a subprocess started by a test.
        export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    setup)
        what=${1:-test}
        system_deps "$what"
        if [ "$what" = app ]; then install_python gui; else install_python gui,test,build; fi
        ;;
    *)
        echo "Cách dùng: scripts/dev.sh app|test|cli|setup [tham số]" >&2
        exit 2
        ;;
esac
