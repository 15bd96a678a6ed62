"""The environment of a GUI probe run in its own process (tests/gui/window_sizes.py,
tests/gui/window_places.py): a throw-away home and data folder, an in-memory keyring, and,
on the offscreen platform, the screens it is asked for. Call ``prepare`` before anything
imports Qt: the platform and QT_SCALE_FACTOR are read when the application starts."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def screen(name: str, x: int, y: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": y, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
            "dpr": 1}


def prepare(screens: list[dict], prefix: str, data_dir: Path | None = None) -> Path:
    """A fresh work folder; the data folder (the GUI's settings file) is ``data_dir`` when one
    is given (a test's, kept from one run to the next), else in the work folder."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["DANVAN_DATA_DIR"] = str(data_dir or work / "data")
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_CONFIG_HOME"] = str(work / "home" / ".config")
    os.environ["XDG_DATA_HOME"] = str(work / "home" / ".local" / "share")
    for name in ("DANVAN_PASSPHRASE", "DANVAN_RECOVERY_KEY", "DANVAN_USER", "DANVAN_PASSWORD", "DANVAN_DB"):
        os.environ.pop(name, None)
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        (work / "screens.json").write_text(json.dumps({"screens": screens}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={work / 'screens.json'}"
    import keyring

    from danvan_desktop.security.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    return work


def run_probe(module: str, *args: str, **env: str) -> list[dict]:
    """Run a probe (``tests.gui.window_sizes``…) in a fresh process with ``env`` added; its
    JSON lines. A probe that fails fails the test, with its error output."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=root, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=600)
    stderr = "\n".join(line for line in done.stderr.splitlines() if "propagateSizeHints" not in line)
    assert done.returncode == 0, f"{module} ended with {done.returncode}:\n{stderr[-4000:]}"
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
