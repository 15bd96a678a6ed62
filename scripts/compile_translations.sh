#!/usr/bin/env bash
# Compile resources/translations/*.ts into the .qm files the app loads (the .qm files are
# build products, not kept in git): run by scripts/dev.sh before the app or the tests start,
# and by build.spec before a frozen build collects resources/. Quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
LRELEASE=${LRELEASE:-.venv/bin/pyside6-lrelease}
for ts in resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$LRELEASE" -silent "$ts" -qm "$qm"
    fi
done
