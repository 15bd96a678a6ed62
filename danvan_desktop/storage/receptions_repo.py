"""Citizen reception sessions."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from .rows import update_row

COLUMNS = ("id", "held_on", "kind", "receiver", "visits", "people", "cases_new", "cases_repeat", "delegations",
           "delegation_people", "note", "form", "delegated", "created_by", "created_at")


def insert(db: Database, values: dict) -> int:
    cols = [c for c in COLUMNS if c != "id"]
    cursor = db.execute(f"INSERT INTO receptions ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [values[c] for c in cols])
    return cursor.lastrowid


def update(db: Database, reception_id: int, changes: dict) -> None:
    update_row(db, "receptions", COLUMNS, reception_id, changes)


def get(db: Database, reception_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM receptions WHERE id = ?", [reception_id]).fetchone()
    return dict(zip(COLUMNS, row)) if row else None


def between(db: Database, start: date, end: date) -> list[dict]:
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM receptions WHERE held_on BETWEEN ? AND ? ORDER BY held_on DESC, id DESC",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    return [dict(zip(COLUMNS, r)) for r in rows]


def head_sessions(db: Database, kinds: list[str], start: date, end: date) -> list[tuple[str, date, bool]]:
    """``(kind, day, delegated)`` of the sessions of ``kinds`` in [start, end]."""
    marks = ", ".join("?" * len(kinds))
    rows = db.execute(
        f"SELECT kind, held_on, delegated FROM receptions WHERE kind IN ({marks}) AND held_on BETWEEN ? AND ?",
        [*kinds, start.isoformat(), end.isoformat()],
    ).fetchall()
    return [(kind, date.fromisoformat(on), bool(delegated)) for kind, on, delegated in rows]


def petition_ids(db: Database, reception_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM petitions WHERE reception_id = ? ORDER BY id", [reception_id])]
