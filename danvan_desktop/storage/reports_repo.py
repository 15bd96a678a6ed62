"""Reports (one per period) and the aggregates their figures are computed from.

Every aggregate leaves out linked duplicates (``duplicate_of IS NULL``) and reads the
period through indexes: receipts by ``received_on``, closures by ``closed_on``, legal
steps by ``petition_events (on_date, kind)``.
"""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from ..domain.report_figures import RESOLVED_KINDS, PetitionGroup

REPORT_COLUMNS = ("id", "period_id", "kind", "start_on", "end_on", "due_on", "status", "meta", "assessment", "figures",
                  "approved_by", "approved_at", "exported_at", "created_by", "created_at", "updated_at")
_GROUP_COLUMNS = "kind, signatories, field, eligibility, competence"
_KN_TC = "('" + "', '".join(RESOLVED_KINDS) + "')"


def _iso(day: date) -> str:
    return day.isoformat()


def petition_groups(db: Database, start: date, end: date) -> list[PetitionGroup]:
    """Petitions received in the period, and those received before it still open at its start."""
    s, e = _iso(start), _iso(end)
    closed = "(closed_on IS NOT NULL AND closed_on <= :e)"
    sql = f"""
        SELECT 1, {_GROUP_COLUMNS}, {closed}, count(*) FROM petitions
         WHERE received_on BETWEEN :s AND :e AND duplicate_of IS NULL GROUP BY 2, 3, 4, 5, 6, 7
        UNION ALL
        SELECT 0, {_GROUP_COLUMNS}, 0, count(*) FROM petitions
         WHERE status = 'open' AND received_on < :s AND duplicate_of IS NULL GROUP BY 2, 3, 4, 5, 6
        UNION ALL
        SELECT 0, {_GROUP_COLUMNS}, {closed}, count(*) FROM petitions
         WHERE closed_on >= :s AND received_on < :s AND duplicate_of IS NULL GROUP BY 2, 3, 4, 5, 6, 7
    """
    return [PetitionGroup(bool(r[0]), r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7])
            for r in db.execute(sql, {"s": s, "e": e})]


def event_counts(db: Database, start: date, end: date, kinds_only: tuple[str, ...] | None = None) -> dict[str, int]:
    """Per step kind, how many petitions had such a step dated in the period."""
    only = f"AND p.kind IN {_KN_TC}" if kinds_only else ""
    rows = db.execute(f"""
        SELECT e.kind, count(DISTINCT e.petition_id) FROM petition_events e JOIN petitions p ON p.id = e.petition_id
         WHERE e.on_date BETWEEN ? AND ? AND p.duplicate_of IS NULL {only} GROUP BY e.kind
    """, [_iso(start), _iso(end)])
    return {kind: n for kind, n in rows}


def resolved_in(db: Database, start: date, end: date) -> list[tuple[dict, list[dict], date]]:
    """Complaints and denunciations resolved in the period: (row, its events, resolution date)."""
    rows = db.execute(f"""
        SELECT p.id, p.kind, p.received_on, p.attempt, p.complex, p.remote_area, p.needs_verification, p.result,
               min(e.on_date)
          FROM petition_events e JOIN petitions p ON p.id = e.petition_id
         WHERE e.kind = 'resolved' AND e.on_date BETWEEN ? AND ? AND p.duplicate_of IS NULL AND p.kind IN {_KN_TC}
         GROUP BY p.id
    """, [_iso(start), _iso(end)]).fetchall()
    names = ("id", "kind", "received_on", "attempt", "complex", "remote_area", "needs_verification", "result")
    found = [(dict(zip(names, r[:-1])), date.fromisoformat(r[-1])) for r in rows]
    events = events_of(db, [row["id"] for row, _ in found])
    return [(row, events.get(row["id"], []), on) for row, on in found]


def pending_at(db: Database, end: date) -> list[tuple[dict, list[dict]]]:
    """Petitions in the period's scope still open at its end, with their events."""
    e = _iso(end)
    names = ("id", "kind", "received_on", "attempt", "complex", "remote_area", "needs_verification")
    rows = db.execute(f"""
        SELECT {', '.join(names)} FROM petitions
         WHERE received_on <= :e AND duplicate_of IS NULL AND status = 'open'
        UNION ALL
        SELECT {', '.join(names)} FROM petitions
         WHERE closed_on > :e AND received_on <= :e AND duplicate_of IS NULL
    """, {"e": e}).fetchall()
    found = [dict(zip(names, r)) for r in rows]
    events = events_of(db, [row["id"] for row in found])
    return [(row, events.get(row["id"], [])) for row in found]


def overdue_open(db: Database, today: date) -> int:
    """Open petitions past their earliest due date today (the stored schedule)."""
    return db.execute("SELECT count(*) FROM petitions WHERE status = 'open' AND next_due_on < ? "
                      "AND duplicate_of IS NULL", [_iso(today)]).fetchone()[0]


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
