"""Report figures at scale: one period's figures on a database of N petitions.

    .venv/bin/python benchmarks/bench_report_figures.py [--petitions 1000000] [--keep PATH | --reuse PATH]

Prints the median time to compute the figures (petitions, receptions, activities, models,
democracy; duplicates once; on-time judged by the time-limit engine) for the current year
and the first half, next to a baseline measured in the same run: a bare indexed
``count(*)`` of the petitions received in the same window. Goal: ≤ 300 ms on 1M.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from danvan_desktop.services import reports  # noqa: E402
from danvan_desktop.services.auth import login  # noqa: E402
from danvan_desktop.services.demo_petitions import load_demo_petitions  # noqa: E402
from danvan_desktop.services.setup import initialise  # noqa: E402
from danvan_desktop.storage.database import Unlock, open_database  # noqa: E402

TODAY = date(2026, 11, 22)
UNLOCK = Unlock(passphrase="benchmark passphrase")


def median_ms(work, repeats: int = 7) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--petitions", type=int, default=1_000_000)
    parser.add_argument("--keep", help="build the database at this path and keep it")
    parser.add_argument("--reuse", help="an existing benchmark database (from --keep)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-"))
    os.environ["DANVAN_DATA_DIR"] = str(folder)
    if args.reuse:
        session = login(open_database(Path(args.reuse), UNLOCK, check_integrity=False), "admin", "benchmark-password")
    else:
        path = Path(args.keep) if args.keep else folder / "bench.db"
        session = initialise(path, UNLOCK, "02266", "admin", "benchmark-password").session
        start = time.perf_counter()
        load_demo_petitions(session, args.petitions, today=TODAY)
        session.db.execute("ANALYZE")
        print(f"sample data: {args.petitions:,} petitions in {time.perf_counter() - start:.0f} s")
    total = session.db.execute("SELECT count(*) FROM petitions").fetchone()[0]
    for period_id in ("2026", "2026-H1"):
        period = reports.period(session, period_id)
        window = [period.start.isoformat(), period.end.isoformat()]
        baseline = median_ms(lambda: session.db.execute(
            "SELECT count(*) FROM petitions WHERE received_on BETWEEN ? AND ?", window).fetchone())
        figures = reports.live_figures(session, period, TODAY)
        ours = median_ms(lambda: reports.live_figures(session, period, TODAY))
        p = figures["petitions"]
        print(f"period {period_id:<8} ({p['total']:,} petitions in scope of {total:,}; {p['resolved']:,} resolved): "
              f"figures {ours:.0f} ms vs bare count of the window {baseline:.1f} ms "
              f"-> {ours / baseline:.1f}x (goal <= 300 ms on 1M)")
    session.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
