"""Grassroots-democracy records."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from .rows import update_row

COLUMNS = ("id", "kind", "on_date", "matter", "form", "posted_days", "turnout", "in_favour_percent", "opinions",
           "answer", "findings", "recommendations", "created_by", "created_at")


def insert(db: Database, values: dict) -> int:
    cols = [c for c in COLUMNS if c != "id"]
    cursor = db.execute(f"INSERT INTO democracy_records ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [values.get(c) for c in cols])
    return cursor.lastrowid


def update(db: Database, record_id: int, changes: dict) -> None:
    update_row(db, "democracy_records", COLUMNS, record_id, changes)


def between(db: Database, start: date, end: date, kind: str | None = None) -> list[dict]:
    sql = f"SELECT {', '.join(COLUMNS)} FROM democracy_records WHERE on_date BETWEEN ? AND ?"
    args: list = [start.isoformat(), end.isoformat()]
    if kind:
        sql += " AND kind = ?"
        args.append(kind)
    rows = db.execute(sql + " ORDER BY on_date DESC, id DESC", args).fetchall()
    return [dict(zip(COLUMNS, r)) for r in rows]


def get(db: Database, record_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM democracy_records WHERE id = ?", [record_id]).fetchone()
    return dict(zip(COLUMNS, row)) if row else None


def page(db: Database, start: date, end: date, kind: str | None, after: tuple[str, int] | None,
         limit: int) -> list[dict]:
    """One keyset page, newest first: the rows after ``after`` = (on_date, id) of the last row seen."""
    sql = f"SELECT {', '.join(COLUMNS)} FROM democracy_records WHERE on_date BETWEEN ? AND ?"
    args: list = [start.isoformat(), end.isoformat()]
    if kind:
        sql += " AND kind = ?"
        args.append(kind)
    if after is not None:
        sql += " AND (on_date < ? OR (on_date = ? AND id < ?))"
        args += [after[0], after[0], after[1]]
    rows = db.execute(sql + " ORDER BY on_date DESC, id DESC LIMIT ?", [*args, limit]).fetchall()
    return [dict(zip(COLUMNS, r)) for r in rows]
