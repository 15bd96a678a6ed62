"""Reports (one per period) and the aggregates their figures are computed from.

Every aggregate leaves out linked duplicates (``duplicate_of IS NULL``). Receipts,
closings and resolutions come from the running tallies of migration 0008; open petitions
(by their stored earliest due date) and legal steps (``petition_events (kind,
petition_kind, on_date)``) through partial covering indexes.
"""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from ..domain.petitions import KINDS
from ..domain.report_figures import RESOLVED_KINDS, PetitionCount
from .petitions_repo import CLOCK_COLUMNS

REPORT_COLUMNS = ("id", "period_id", "kind", "start_on", "end_on", "due_on", "status", "meta", "assessment", "figures",
                  "approved_by", "approved_at", "exported_at", "created_by", "created_at", "updated_at")
_KN_TC = "('" + "', '".join(RESOLVED_KINDS) + "')"


def _iso(day: date) -> str:
    return day.isoformat()


def petition_counts(db: Database, start: date, end: date) -> list[PetitionCount]:
    """Per value of each tallied column: the petitions received in the period, those carried
    over (received before it, not closed before its start) and how many of both were closed
    by its end, as differences of the running totals of migration 0008 (one pass over the
    tally rows up to the period's end, whatever the number of petitions)."""
    rows = db.execute("""
        SELECT dimension, value,
               sum(CASE WHEN day >= :s THEN received ELSE 0 END),
               sum(CASE WHEN day < :s THEN received - closed ELSE 0 END),
               sum(CASE WHEN day >= :s THEN closed ELSE 0 END)
          FROM petition_tallies WHERE day <= :e GROUP BY dimension, value
    """, {"s": _iso(start), "e": _iso(end)})
    return [PetitionCount(column, value or None, received, carried, closed)
            for column, value, received, carried, closed in rows if received or carried]


def event_counts(db: Database, start: date, end: date, kinds: tuple[str, ...],
                 petition_kinds: tuple[str, ...] = tuple(KINDS)) -> dict[str, int]:
    """Per step kind, how many petitions (of ``petition_kinds``) had such a step dated in the period.

    Counts entries of ``petition_events (kind, petition_kind, on_date, ...)`` (the
    petition's kind is stored on its steps), then corrects for the few petitions where a
    step is not one petition: those with several steps of a kind (marked ``repeated``,
    counted once) and linked duplicates (not counted)."""
    window = [_iso(start), _iso(end)]
    step_marks, kind_marks = ", ".join("?" * len(kinds)), ", ".join("?" * len(petition_kinds))
    counts = {kind: n for kind, n in db.execute(f"""
        SELECT kind, count(*) FROM petition_events
         WHERE kind IN ({step_marks}) AND petition_kind IN ({kind_marks}) AND on_date BETWEEN ? AND ?
         GROUP BY kind
    """, [*kinds, *petition_kinds, *window])}
    for kind, steps, duplicate in db.execute(f"""
        WITH special (id) AS (SELECT petition_id FROM petition_events WHERE repeated = 1
                              UNION SELECT id FROM petitions WHERE duplicate_of IS NOT NULL)
        SELECT e.kind, count(*), p.duplicate_of IS NOT NULL
          FROM special s CROSS JOIN petition_events e ON e.petition_id = s.id CROSS JOIN petitions p ON p.id = s.id
         WHERE e.kind IN ({step_marks}) AND e.petition_kind IN ({kind_marks}) AND e.on_date BETWEEN ? AND ?
         GROUP BY e.kind, e.petition_id
    """, [*kinds, *petition_kinds, *window]):
        counts[kind] -= steps - (0 if duplicate else 1)
    return counts


_CLOCK_COLUMNS = CLOCK_COLUMNS  # what the time-limit engine reads


def resolution_groups(db: Database, start: date, end: date) -> list[tuple[str, str | None, bool | None, int]]:
    """Complaints and denunciations resolved in the period, counted by (kind, result, on time)
    from the daily resolution tallies of migration 0008; on time is None for rows whose
    stored judgement is missing (see ``unjudged_resolved``)."""
    rows = db.execute(f"""
        SELECT kind, result, on_time, sum(count) FROM resolution_tallies
         WHERE day BETWEEN ? AND ? AND kind IN {_KN_TC} GROUP BY 1, 2, 3 HAVING sum(count) != 0
    """, [_iso(start), _iso(end)])
    return [(kind, result or None, None if on_time < 0 else bool(on_time), n) for kind, result, on_time, n in rows]


def unjudged_resolved(db: Database, start: date, end: date) -> list[tuple[dict, list[dict], date]]:
    """Resolved in the period without a stored on-time judgement (rows written before it was
    stored): (row, its events, resolution date) for the time-limit engine."""
    names = (*_CLOCK_COLUMNS, "result", "resolved_on")
    rows = db.execute(f"""
        SELECT {', '.join(names)} FROM petitions INDEXED BY petitions_report_resolved
         WHERE resolved_on BETWEEN ? AND ? AND duplicate_of IS NULL AND kind IN {_KN_TC} AND resolved_on_time IS NULL
    """, [_iso(start), _iso(end)]).fetchall()
    found = [dict(zip(names, r)) for r in rows]
    events = events_of(db, [row["id"] for row in found])
    return [(row, events.get(row["id"], []), date.fromisoformat(row["resolved_on"])) for row in found]


def overdue_at_end(db: Database, end: date) -> int:
    """Petitions (not linked duplicates) overdue at a past day ``end``, from stored facts:
    open today with no legal step after ``end`` and the stored earliest due date before it,
    or inside a stored overdue stretch (from its first overdue day to its next step)."""
    e = _iso(end)
    current = db.execute("""
        SELECT count(*) FROM petitions INDEXED BY petitions_report_due
         WHERE status = 'open' AND duplicate_of IS NULL AND next_due_on < :e AND received_on <= :e
           AND (last_step_on IS NULL OR last_step_on <= :e)""", {"e": e}).fetchone()[0]
    past = db.execute("SELECT count(*) FROM petition_overdue WHERE from_on <= :e AND to_on > :e",
                      {"e": e}).fetchone()[0]
    duplicates = db.execute("""
        SELECT count(*) FROM petitions p CROSS JOIN petition_overdue o
         WHERE p.duplicate_of IS NOT NULL AND o.petition_id = p.id AND o.from_on <= :e AND o.to_on > :e""",
                            {"e": e}).fetchone()[0]
    return current + past - duplicates


def moved_unknown(db: Database, end: date) -> list[tuple[dict, list[dict]]]:
    """Petitions in scope and open at ``end`` with a legal step after it whose overdue stretches
    are not stored yet (older rows): the engine judges them, with their events."""
    e = _iso(end)
    rows = db.execute(f"""
        SELECT {', '.join(_CLOCK_COLUMNS)} FROM petitions INDEXED BY petitions_overdue_unknown
         WHERE overdue_known IS NULL AND duplicate_of IS NULL AND last_step_on > :e AND received_on <= :e
           AND (status = 'open' OR closed_on > :e)""", {"e": e}).fetchall()
    found = [dict(zip(_CLOCK_COLUMNS, r)) for r in rows]
    events = events_of(db, [row["id"] for row in found])
    return [(row, events.get(row["id"], [])) for row in found]


def overdue_open(db: Database, today: date) -> int:
    """Open petitions past their earliest due date today (the stored schedule)."""
    # The report index: petitions_due would look up every row for duplicate_of.
    return db.execute("SELECT count(*) FROM petitions INDEXED BY petitions_report_due WHERE status = 'open' "
                      "AND next_due_on < ? AND duplicate_of IS NULL", [_iso(today)]).fetchone()[0]


def events_of(db: Database, ids: list[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        marks = ", ".join("?" * len(part))
        for pid, kind, on_date, decision in db.execute(
                f"SELECT petition_id, kind, on_date, decision FROM petition_events WHERE petition_id IN ({marks}) "
                "ORDER BY petition_id, id", part):
            found.setdefault(pid, []).append({"kind": kind, "on_date": on_date, "decision": decision})
    return found


def reception_sums(db: Database, start: date, end: date) -> list[dict]:
    names = ("kind", "sessions", "visits", "people", "cases_new", "cases_repeat", "delegations", "delegation_people")
    rows = db.execute("""
        SELECT kind, count(*), sum(visits), sum(people), sum(cases_new), sum(cases_repeat), sum(delegations),
               sum(delegation_people)
          FROM receptions WHERE held_on BETWEEN ? AND ? GROUP BY kind
    """, [_iso(start), _iso(end)])
    return [dict(zip(names, r)) for r in rows]


def activity_sums(db: Database, start: date, end: date) -> list[dict]:
    names = ("kind", "count", "participants", "women", "ethnic_minority", "religious")
    rows = db.execute("""
        SELECT kind, count(*), sum(participants), sum(women), sum(ethnic_minority), sum(religious)
          FROM activities WHERE held_on BETWEEN ? AND ? GROUP BY kind
    """, [_iso(start), _iso(end)])
    return [dict(zip(names, r)) for r in rows]


def model_counts(db: Database, up_to_year: int) -> list[dict]:
    rows = db.execute("""
        SELECT field, status, count(*), sum(recognition_form IS NOT NULL)
          FROM dvk_models WHERE year_registered <= ? GROUP BY field, status
    """, [up_to_year])
    return [dict(zip(("field", "status", "count", "recognised"), r)) for r in rows]


def democracy_counts(db: Database, start: date, end: date) -> dict[str, int]:
    rows = db.execute("SELECT kind, count(*) FROM democracy_records WHERE on_date BETWEEN ? AND ? GROUP BY kind",
                      [_iso(start), _iso(end)])
    return {kind: n for kind, n in rows}


# -- the reports themselves -------------------------------------------------------------

def _report(row) -> dict:
    report = dict(zip(REPORT_COLUMNS, row))
    report["meta"] = json.loads(report["meta"])
    report["assessment"] = json.loads(report["assessment"])
    report["figures"] = json.loads(report["figures"]) if report["figures"] else None
    return report


def get(db: Database, period_id: str) -> dict | None:
    row = db.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM reports WHERE period_id = ?", [period_id]).fetchone()
    return _report(row) if row else None


def all_reports(db: Database) -> list[dict]:
    return [_report(r) for r in db.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM reports ORDER BY due_on DESC")]


def insert(db: Database, values: dict) -> int:
    values = {**values, "meta": json.dumps(values.get("meta", {}), ensure_ascii=False),
              "assessment": json.dumps(values.get("assessment", {}), ensure_ascii=False)}
    columns = [c for c in REPORT_COLUMNS if c in values]
    cursor = db.execute(f"INSERT INTO reports ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        [values[c] for c in columns])
    return cursor.lastrowid


def update(db: Database, period_id: str, changes: dict) -> None:
    changes = dict(changes)
    for name in ("meta", "assessment", "figures"):
        if name in changes and changes[name] is not None:
            changes[name] = json.dumps(changes[name], ensure_ascii=False)
    sets = ", ".join(f"{name} = ?" for name in changes)
    db.execute(f"UPDATE reports SET {sets} WHERE period_id = ?", [*changes.values(), period_id])


def locking_report(db: Database, day: date) -> tuple[str, str] | None:
    """The approved report (period id, status) whose window holds ``day``, if any."""
    row = db.execute("SELECT period_id, status FROM reports WHERE status != 'draft' AND start_on <= ? AND end_on >= ? "
                     "ORDER BY start_on LIMIT 1", [_iso(day), _iso(day)]).fetchone()
    return (row[0], row[1]) if row else None


def scope_rows(db: Database, start: date, end: date, columns: tuple[str, ...]) -> list[dict]:
    """The petitions a period's figures count (received in it, or open at its start), with
    their petitioners, for the de-identified records of a bundle."""
    names = ", ".join(columns)
    rows = db.execute(f"""
        SELECT {names} FROM petitions WHERE received_on BETWEEN :s AND :e
        UNION
        SELECT {names} FROM petitions WHERE received_on < :s AND (status = 'open' OR closed_on >= :s)
        ORDER BY 1
    """, {"s": _iso(start), "e": _iso(end)}).fetchall()
    found = [dict(zip(columns, r)) for r in rows]
    people: dict[int, list[dict]] = {}
    ids = [row["id"] for row in found]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for pid, name, address, cccd, phone in db.execute(
                f"SELECT petition_id, name, address, cccd, phone FROM petitioners WHERE petition_id IN "
                f"({', '.join('?' * len(part))}) ORDER BY petition_id, position", part):
            people.setdefault(pid, []).append({"name": name, "address": address, "cccd": cccd, "phone": phone})
    for row in found:
        row["petitioners"] = people.get(row["id"], [])
    return found


def locked_windows(db: Database) -> list[tuple[str, str, str, str]]:
    """(period id, status, start, end) of every approved or sent report: the locked periods,
    for checking many dates at once (an import) without a query per date."""
    return [tuple(r) for r in db.execute(
        "SELECT period_id, status, start_on, end_on FROM reports WHERE status != 'draft' ORDER BY start_on")]
