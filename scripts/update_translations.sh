#!/usr/bin/env bash
# Extract every translatable GUI string (self.tr, QCoreApplication.translate, the forms)
# into resources/translations/danvan_en.ts for translators (Qt Linguist), and compile
# the .ts files into the .qm files the app loads for the user's locale.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}  # another venv: BIN=/path/to/venv/bin scripts/update_translations.sh
mkdir -p resources/translations
"$BIN/pyside6-lupdate" $(find danvan_desktop/gui -name '*.py' -not -path '*/forms/*' | sort) ui/*.ui \
    -ts resources/translations/danvan_en.ts -source-language vi_VN -target-language en_GB
for ts in resources/translations/*.ts; do
    "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
