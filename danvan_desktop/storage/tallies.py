"""The running tallies behind a period's petition figures (made by migration
0008_report_tallies, whose tables and triggers are frozen there as literal SQL).

``petition_tallies`` counts, per day and per value of each of ``TALLY_COLUMNS``, the
petitions received and closed that day; ``resolution_tallies`` the first resolutions per
day by kind, result and timeliness (-1: not judged yet); ``petition_events.repeated`` marks
the steps of a kind a petition has more than once. Triggers keep them with every write;
``drift`` compares them with a count made now from the records and ``rebuild`` makes them
again (the full database check repairs with it, like Anki's "Check Database").
Linked duplicates (``duplicate_of`` set) are never tallied.
"""

from __future__ import annotations

from collections import Counter

from sqlite_utils import Database

# What the triggers of the newest tallies migration count; changing them needs a new migration.
from ..domain.report_figures import COUNTED_COLUMNS as TALLY_COLUMNS

def count_records(db: Database) -> tuple[Counter, Counter]:
    """The tallies as the records say now, in one pass over the petitions (one pass and
    Python counters: ten GROUP BYs over an encrypted million-row table take minutes):
    ``{(day, dimension, value, "received" | "closed"): n}`` and
    ``{(day, kind, result, on_time): n}``."""
    petitions: Counter = Counter()
    resolutions: Counter = Counter()
    for received_on, closed_on, resolved_on, kind, result, on_time, *values in db.execute(
            "SELECT received_on, closed_on, resolved_on, kind, result, resolved_on_time, "
            f"{', '.join(TALLY_COLUMNS)} FROM petitions WHERE duplicate_of IS NULL"):
        closing = None if closed_on is None else max(closed_on, received_on)
        for column, value in zip(TALLY_COLUMNS, values):
            petitions[received_on, column, value or "", "received"] += 1
            if closing is not None:
                petitions[closing, column, value or "", "closed"] += 1
        if resolved_on is not None:
            resolutions[resolved_on, kind, result or "", -1 if on_time is None else on_time] += 1
    return petitions, resolutions


def _stored(db: Database) -> tuple[Counter, Counter]:
    petitions: Counter = Counter()
    for day, dimension, value, received, closed in db.execute(
            "SELECT day, dimension, value, received, closed FROM petition_tallies"):
        petitions[day, dimension, value, "received"] += received
        petitions[day, dimension, value, "closed"] += closed
    resolutions = Counter({(day, kind, result, on_time): count for day, kind, result, on_time, count in db.execute(
        "SELECT day, kind, result, on_time, count FROM resolution_tallies")})
    return petitions, resolutions


MARK_REPEATED = """
    UPDATE petition_events SET repeated = 1 WHERE repeated IS NULL AND (petition_id, kind) IN
        (SELECT petition_id, kind FROM petition_events GROUP BY 1, 2 HAVING count(*) > 1);"""
_UNMARKED = """
    SELECT count(*) FROM (SELECT petition_id, kind FROM petition_events GROUP BY 1, 2
                          HAVING count(*) > 1 AND count(repeated) < count(*))"""


def drift(db: Database) -> int:
    """How many tally entries (and unmarked repeated steps) differ from a count made now."""
    differing = 0
    for fresh, kept in zip(count_records(db), _stored(db)):
        differing += sum(1 for key in fresh.keys() | kept.keys() if fresh[key] != kept[key])
    return differing + db.execute(_UNMARKED).fetchone()[0]


def rebuild(db: Database) -> None:
    """Make the tallies and marks again from the records (inside the caller's transaction)."""
    petitions, resolutions = count_records(db)
    rows: dict[tuple, list[int]] = {}
    for (day, dimension, value, what), n in petitions.items():
        rows.setdefault((day, dimension, value), [0, 0])[what == "closed"] += n
    db.execute("DELETE FROM petition_tallies")
    db.execute("DELETE FROM resolution_tallies")
    db.conn.executemany("INSERT INTO petition_tallies (day, dimension, value, received, closed) VALUES (?, ?, ?, ?, ?)",
                        [(*key, received, closed) for key, (received, closed) in rows.items()])
    db.conn.executemany("INSERT INTO resolution_tallies (day, kind, result, on_time, count) VALUES (?, ?, ?, ?, ?)",
                        [(*key, n) for key, n in resolutions.items()])
    db.execute(MARK_REPEATED)
