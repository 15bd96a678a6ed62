"""The running tallies of the "xử lý đơn" figures (migration 0011_report_figures_tt05).

``processing_counts`` reads a period's processed petitions per class and its acceptances
from ``processing_tallies`` (one range read, whatever the number of petitions); ``drift``
compares the tallies with a count made now from the records by the domain's definition
(``domain.petition_processing``), ``rebuild`` makes the stored facts and tallies again.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlite_utils import Database

from ..domain.petition_processing import PROCESSING_STEPS, processing_facts
from ..domain.petitions import Petitioner, missing_particulars
from ..domain.report_figures import RESOLVED_KINDS


def processing_counts(db: Database, start: date, end: date) -> tuple[dict[str, int], int, int]:
    """({class: petitions processed in the period}, accepted in the period, of those the ones
    processed before the period's start)."""
    s, e = start.isoformat(), end.isoformat()
    classes = {value: n for value, n in db.execute(
        "SELECT value, sum(count) FROM processing_tallies WHERE dimension = 'processed' AND day BETWEEN ? AND ? "
        "GROUP BY value", [s, e]) if n}
    accepted, earlier = db.execute(
        "SELECT coalesce(sum(count), 0), coalesce(sum(CASE WHEN value < ? THEN count ELSE 0 END), 0) "
        "FROM processing_tallies WHERE dimension = 'accepted' AND day BETWEEN ? AND ?", [s, s, e]).fetchone()
    return classes, accepted, earlier


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _steps(db: Database) -> dict[int, list[tuple[str, date]]]:
    steps: dict[int, list[tuple[str, date]]] = {}
    for pid, kind, on in db.execute("SELECT petition_id, kind, on_date FROM petition_events"):
        steps.setdefault(pid, []).append((kind, date.fromisoformat(on)))
    return steps


def _incomplete(db: Database) -> set[int]:
    """The petitions with a petitioner lacking a name, an address or a signature, by the
    domain's definition (not the flag the triggers keep, so a drift of the flag shows)."""
    people: dict[int, list[Petitioner]] = {}
    for pid, name, address, signed in db.execute("SELECT petition_id, name, address, signed FROM petitioners"):
        people.setdefault(pid, []).append(Petitioner(name=name, address=address, signed=bool(signed)))
    return {pid for pid, group in people.items() if missing_particulars(group)}


def count_records(db: Database) -> Counter:
    """``{(day, dimension, value): n}`` as the records say now (petitions, their petitioners and steps)."""
    steps = _steps(db)
    incomplete = _incomplete(db)
    counts: Counter = Counter()
    for pid, kind, signatories, eligibility, competence, received, closed in db.execute(
            "SELECT id, kind, signatories, eligibility, competence, received_on, closed_on FROM petitions "
            "WHERE duplicate_of IS NULL"):
        facts = processing_facts(kind, signatories, eligibility, competence, date.fromisoformat(received),
                                 _day(closed), steps.get(pid, ()), RESOLVED_KINDS, pid in incomplete)
        if facts.processed_day is None:
            continue
        counts[facts.processed_day.isoformat(), "processed", facts.klass] += 1
        if facts.accepted_day is not None:
            counts[facts.accepted_day.isoformat(), "accepted", facts.processed_day.isoformat()] += 1
    return counts


def _stored(db: Database) -> Counter:
    return Counter({(day, dimension, value): n for day, dimension, value, n in db.execute(
        "SELECT day, dimension, value, count FROM processing_tallies") if n})


def drift(db: Database) -> int:
    """How many tally entries differ from a count made now from the records."""
    fresh, kept = count_records(db), _stored(db)
    return sum(1 for key in fresh.keys() | kept.keys() if fresh[key] != kept[key])


def rebuild(db: Database) -> None:
    """Make the tallies again from the records (inside the caller's transaction), with the
    per-petition facts the triggers keep recomputed by the same definition."""
    steps = _steps(db)
    incomplete = _incomplete(db)
    facts = []
    for pid, kind, signatories, eligibility, competence, received, closed in db.execute(
            "SELECT id, kind, signatories, eligibility, competence, received_on, closed_on FROM petitions").fetchall():
        own = steps.get(pid, [])
        f = processing_facts(kind, signatories, eligibility, competence, date.fromisoformat(received), _day(closed),
                             own, RESOLVED_KINDS, pid in incomplete)
        first = min((on for k, on in own if k in PROCESSING_STEPS), default=None)
        accepted = min((on for k, on in own if k == "accepted"), default=None)
        facts.append((int(pid in incomplete), first and first.isoformat(), accepted and accepted.isoformat(),
                      f.klass, pid))
    db.conn.executemany("UPDATE petitions SET petitioner_incomplete = ?, first_processed_on = ?, accepted_on = ?, "
                        "processing = ? WHERE id = ?", facts)
    db.execute("DELETE FROM processing_tallies")
    db.conn.executemany("INSERT INTO processing_tallies (day, dimension, value, count) VALUES (?, ?, ?, ?)",
                        [(*key, n) for key, n in count_records(db).items()])

