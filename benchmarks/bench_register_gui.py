"""Opening the petition register in the GUI: time to first rows and memory, on a big database.

    .venv/bin/python benchmarks/bench_petitions.py --petitions 1000000 --keep /tmp/bench1m.db
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_register_gui.py /tmp/bench1m.db

Baselines measured in the same run: the same register opened on an empty database
(time and resident memory), so the figures are the cost of the big table itself.
Goals: first rows within 150 ms, resident memory under 250 MB, with 1M petitions.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtWidgets import QApplication  # noqa: E402

from danvan_desktop.gui.pages.petitions_page import PetitionsPage  # noqa: E402
from danvan_desktop.gui.runner import Runner, wait_for_all  # noqa: E402
from danvan_desktop.services.auth import login  # noqa: E402
from danvan_desktop.services.setup import initialise  # noqa: E402
from danvan_desktop.storage.database import Unlock, open_database  # noqa: E402

PASSPHRASE, PASSWORD = "benchmark passphrase", "benchmark-password"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_register(app, session) -> tuple[float, "PetitionsPage"]:
    start = time.perf_counter()
    page = PetitionsPage(session, Runner())
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    first_row = page.model.data(page.model.index(0, 4)) if page.model.rowCount() else None
    return (time.perf_counter() - start) * 1000, page, first_row


def main() -> int:
    big = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench1m.db")
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="danvan-gui-bench-"))
    os.environ["DANVAN_DATA_DIR"] = str(folder)
    empty = initialise(folder / "empty.db", Unlock(passphrase=PASSPHRASE), "02266", "admin", PASSWORD).session
    base_ms, base_page, _ = open_register(app, empty)
    base_rss = rss_mb()
    base_page.close()

    store = open_database(big, Unlock(passphrase=PASSPHRASE))
    session = login(store, "admin", PASSWORD)
    ms, page, first_row = open_register(app, session)
    shown, more = page.model.known_count()
    total = page.count.text()
    print(f"empty database: register open in {base_ms:.0f} ms, resident memory {base_rss:.0f} MB")
    print(f"{total} ({shown:,}{'+' if more else ''} keys read): first rows in {ms:.0f} ms ({ms / base_ms:.1f}x empty; goal <= 150 ms); "
          f"first row: {first_row!r:.40}")
    view = page.table
    for _ in range(50):  # scroll through 10,000 rows
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        app.processEvents()
    print(f"after scrolling {page.model.rowCount():,} rows: resident memory {rss_mb():.0f} MB "
          f"({rss_mb() - base_rss:+.0f} MB over the empty database; goal < 250 MB)")
    start = time.perf_counter()
    page.search.setText("nguyen van")
    page.apply_filters()
    app.processEvents()
    print(f"search 'nguyen van' with count: {(time.perf_counter() - start) * 1000:.0f} ms ({page.count.text()})")
    for words in ("dat dai", "o nhiem", "khuoi"):
        times = []
        for _ in range(7):
            start = time.perf_counter()
            page.search.setText(words)
            page.apply_filters()  # the keys and the count in one walk, then the rows on screen
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        print(f"search {words!r} with its count, median of 7: {statistics.median(times):.0f} ms "
              f"({page.count.text()}; goal <= 50 ms)")
    wait_for_all()  # the exact counts still running in the background, before their database closes
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
