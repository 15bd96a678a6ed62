"""Opening a big database: a one-row ``danvan petition list`` and the app's start to a usable
main window, each as a ratio to the same on an empty database, in one run.

    .venv/bin/python benchmarks/bench_petitions.py --petitions 1000000 --keep /tmp/bench1m.db
    .venv/bin/python benchmarks/bench_open.py /tmp/bench1m.db

Each measure is a fresh process (interpreter, imports, opening, login, work), median of
``--repeats`` runs after one warm-up run (the warm-up takes the day's automatic backup
with its full check, which later runs do not repeat). Goals: petition list ≤ 2×, start to
a usable main window ≤ 1.5× the empty database. The GUI's full check runs in the background
after the window is up and is not part of "usable".
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE, USER, PASSWORD = "benchmark passphrase", "admin", "benchmark-password"
START_APP = """
import faulthandler, sys, time
faulthandler.dump_traceback_later(180, exit=True)  # a hung start says where, and the run fails
from PySide6.QtWidgets import QApplication
from danvan_desktop.gui.app import create_application, unlock_and_open
from danvan_desktop.gui.main_window import MainWindow
from danvan_desktop.services.auth import login
app = create_application(["bench"])
store = unlock_and_open(sys.argv[1])
window = MainWindow(login(store, sys.argv[2], sys.argv[3]))
window.show()
window.start_background_check()
QApplication.processEvents()  # painted, and the GUI thread free: usable
print(time.time())
window.close()
store.close()
"""


def environment(folder: Path) -> dict:
    env = dict(os.environ, DANVAN_PASSPHRASE=PASSPHRASE, DANVAN_PASSWORD=PASSWORD, DANVAN_USER=USER,
               DANVAN_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def timed(command: list[str], env: dict, until_printed: bool = False) -> tuple[float, float]:
    """Wall-clock seconds (to the printed time if ``until_printed``) and the child's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    end = time.time()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed:\n{done.stderr[-2000:]}")
    if until_printed:
        end = float(done.stdout.strip().splitlines()[-1])
    return end - start, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(name: str, commands: dict[str, list[str]], env: dict, repeats: int, goal: float,
            until_printed: bool = False) -> None:
    """Runs alternate between the two databases, so a busy machine weighs on both alike."""
    runs: dict[str, list[tuple[float, float]]] = {key: [] for key in commands}
    for _ in range(repeats):
        for key, command in commands.items():
            runs[key].append(timed(command, env, until_printed))
    wall = {key: statistics.median(r[0] for r in found) for key, found in runs.items()}
    cpu = {key: statistics.median(r[1] for r in found) for key, found in runs.items()}
    print(f"{name}: empty {wall['empty']:.2f} s, big {wall['big']:.2f} s -> ratio {wall['big'] / wall['empty']:.2f} "
          f"(goal <= {goal}); CPU {cpu['empty']:.2f} s vs {cpu['big']:.2f} s -> {cpu['big'] / cpu['empty']:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", help="the big database (made by bench_petitions.py --keep)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-open-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ["DANVAN_DATA_DIR"] = str(folder)
    empty = folder / "empty.db"
    initialise(empty, Unlock(passphrase=PASSPHRASE), "02266", USER, PASSWORD).session.store.close()
    big = Path(args.database)
    size = big.stat().st_size / 2 ** 20
    env = environment(folder)
    listing = {key: [sys.executable, "-m", "danvan_desktop.cli.main", "--db", str(db), "petition", "list",
                     "--limit", "1"] for key, db in (("empty", empty), ("big", big))}
    starting = {key: [sys.executable, "-c", START_APP, str(db), USER, PASSWORD]
                for key, db in (("empty", empty), ("big", big))}
    print(f"big database: {big} ({size:,.0f} MB)")
    for command in listing.values():  # warm-up: the day's automatic backup (and its full check), the OS cache
        timed(command, env)
    compare("danvan petition list --limit 1", listing, env, args.repeats, 2.0)
    compare("start to a usable main window ", starting, env, args.repeats, 1.5, until_printed=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
