"""Dân vận activities and "Dân vận khéo" models."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from .rows import update_row

ACTIVITY_COLUMNS = ("id", "held_on", "starts_at", "ends_at", "kind", "place", "led_by", "participants", "women",
                    "ethnic_minority", "religious", "field", "target_group", "content", "outcome", "follow_up",
                    "created_by", "created_at")
MODEL_COLUMNS = ("id", "name", "field", "owner_kind", "owner", "year_registered", "status", "recognition_level",
                 "recognition_form", "results", "created_by", "created_at")


def _insert(db: Database, table: str, columns: tuple[str, ...], values: dict) -> int:
    cols = [c for c in columns if c != "id"]
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [values.get(c) for c in cols])
    return cursor.lastrowid


def insert_activity(db: Database, values: dict) -> int:
    return _insert(db, "activities", ACTIVITY_COLUMNS, values)


def insert_model(db: Database, values: dict) -> int:
    return _insert(db, "dvk_models", MODEL_COLUMNS, values)


def update_activity(db: Database, activity_id: int, changes: dict) -> None:
    update_row(db, "activities", ACTIVITY_COLUMNS, activity_id, changes)


def update_model(db: Database, model_id: int, changes: dict) -> None:
    update_row(db, "dvk_models", MODEL_COLUMNS, model_id, changes)


def _where(start: date, end: date, kind: str | None, place: str | None, field: str | None) -> tuple[str, list]:
    sql = " WHERE held_on BETWEEN ? AND ?"
    args: list = [start.isoformat(), end.isoformat()]
    for column, value in (("kind", kind), ("place", place), ("field", field)):
        if value:
            sql += f" AND {column} = ?"
            args.append(value)
    return sql, args


def activities(db: Database, start: date, end: date, kind: str | None = None, place: str | None = None,
               field: str | None = None) -> list[dict]:
    where, args = _where(start, end, kind, place, field)
    rows = db.execute(f"SELECT {', '.join(ACTIVITY_COLUMNS)} FROM activities{where} ORDER BY held_on DESC, id DESC",
                      args).fetchall()
    return [dict(zip(ACTIVITY_COLUMNS, r)) for r in rows]


def activity_page(db: Database, start: date, end: date, kind: str | None, place: str | None, field: str | None,
                  after: tuple[str, int] | None, limit: int) -> list[dict]:
    """One keyset page, newest first: the rows after ``after`` = (held_on, id) of the last row seen."""
    where, args = _where(start, end, kind, place, field)
    if after is not None:
        where += " AND (held_on < ? OR (held_on = ? AND id < ?))"
        args += [after[0], after[0], after[1]]
    rows = db.execute(f"SELECT {', '.join(ACTIVITY_COLUMNS)} FROM activities{where} "
                      "ORDER BY held_on DESC, id DESC LIMIT ?", [*args, limit]).fetchall()
    return [dict(zip(ACTIVITY_COLUMNS, r)) for r in rows]


def activity_summary(db: Database, start: date, end: date, kind: str | None = None, place: str | None = None,
                     field: str | None = None) -> dict:
    where, args = _where(start, end, kind, place, field)
    names = ("count", "participants", "women", "ethnic_minority", "religious")
    row = db.execute("SELECT COUNT(*), TOTAL(participants), TOTAL(women), TOTAL(ethnic_minority), TOTAL(religious) "
                     f"FROM activities{where}", args).fetchone()
    return {name: int(value) for name, value in zip(names, row)}


def activity_days(db: Database, start: date, end: date, kind: str | None = None, place: str | None = None,
                  field: str | None = None) -> list[str]:
    where, args = _where(start, end, kind, place, field)
    return [r[0] for r in db.execute(f"SELECT DISTINCT held_on FROM activities{where} ORDER BY held_on", args)]


def places(db: Database) -> list[str]:
    """The places (thôn, tổ dân phố) activities were held in, for the filter's suggestions."""
    rows = db.execute("SELECT DISTINCT place FROM activities WHERE place <> '' ORDER BY place").fetchall()
    return [r[0] for r in rows]


def models(db: Database, year: int | None = None) -> list[dict]:
    sql = f"SELECT {', '.join(MODEL_COLUMNS)} FROM dvk_models"
    args: list = []
    if year is not None:
        sql += " WHERE year_registered <= ?"
        args.append(year)
    rows = db.execute(sql + " ORDER BY year_registered DESC, id DESC", args).fetchall()
    return [dict(zip(MODEL_COLUMNS, r)) for r in rows]


def model_page(db: Database, year: int | None, field: str | None, status: str | None,
               after: tuple[int, int] | None, limit: int) -> list[dict]:
    """One keyset page of the models, newest registration first, after (year_registered, id)."""
    clauses, args = [], []
    for column, value in (("year_registered <=", year), ("field =", field), ("status =", status)):
        if value is not None:
            clauses.append(f"{column} ?")
            args.append(value)
    if after is not None:
        clauses.append("(year_registered < ? OR (year_registered = ? AND id < ?))")
        args += [after[0], after[0], after[1]]
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute(f"SELECT {', '.join(MODEL_COLUMNS)} FROM dvk_models{where} "
                      "ORDER BY year_registered DESC, id DESC LIMIT ?", [*args, limit]).fetchall()
    return [dict(zip(MODEL_COLUMNS, r)) for r in rows]


def model_count(db: Database, year: int | None, statuses: tuple[str, ...]) -> int:
    """Models in ``statuses`` registered up to ``year`` (the 1–2 expectation counts the working ones)."""
    sql = f"SELECT count(*) FROM dvk_models WHERE status IN ({', '.join('?' * len(statuses))})"
    args = list(statuses)
    if year is not None:
        sql += " AND year_registered <= ?"
        args.append(year)
    return db.execute(sql, args).fetchone()[0]


def get_activity(db: Database, activity_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(ACTIVITY_COLUMNS)} FROM activities WHERE id = ?", [activity_id]).fetchone()
    return dict(zip(ACTIVITY_COLUMNS, row)) if row else None


def get_model(db: Database, model_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(MODEL_COLUMNS)} FROM dvk_models WHERE id = ?", [model_id]).fetchone()
    return dict(zip(MODEL_COLUMNS, row)) if row else None
