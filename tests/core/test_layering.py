"""The core must run without Qt: every module outside gui/ imports without PySide6."""

import subprocess
import sys

SCRIPT = r"""
import importlib, pkgutil, sys
import danvan_desktop
names = [m.name for m in pkgutil.walk_packages(danvan_desktop.__path__, "danvan_desktop.")
         if ".gui" not in m.name and not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(len(names), "modules;", "Qt loaded:" if qt else "no Qt", " ".join(qt[:3]))
sys.exit(1 if qt else 0)
"""


def test_core_imports_without_pyside6():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no Qt" in done.stdout
    assert int(done.stdout.split()[0]) >= 20  # it really walked the package


def test_no_sql_outside_storage():
    """SQL lives in storage/ only (services and windows call functions, not queries)."""
    import pathlib
    import re

    import danvan_desktop

    root = pathlib.Path(danvan_desktop.__file__).parent
    pattern = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "storage" not in path.parts and pattern.search(path.read_text("utf-8"))
    ]
    assert offenders == []
