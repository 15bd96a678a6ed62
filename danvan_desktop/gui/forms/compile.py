"""Compile the Designer forms in ``ui/`` into this folder (``python -m danvan_desktop.gui.forms.compile``).

The compiled ``ui_*.py`` files are generated: never edit them by hand. A test fails when
one is older than its form.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "ui"
TARGET = Path(__file__).resolve().parent


def uic_command() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_form(form: Path, output: Path) -> None:
    subprocess.run([*uic_command(), "-g", "python", str(form), "-o", str(output)],
                   check=True)


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        output = TARGET / f"ui_{form.stem}.py"
        compile_form(form, output)
        print(f"{form.relative_to(ROOT)} -> {output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
