"""Official unit lists and their units."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlite_utils import Database

from ..domain.units import Level, Unit, UnitList


def save_list(db: Database, unit_list: UnitList) -> None:
    """Insert or replace a whole list (one transaction is the caller's)."""
    db.execute("DELETE FROM units WHERE list_id = ?", [unit_list.list_id])
    db.execute("DELETE FROM unit_lists WHERE id = ?", [unit_list.list_id])
    db.execute(
        "INSERT INTO unit_lists (id, name, effective_from, effective_to, source, loaded_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            unit_list.list_id,
            unit_list.name,
            unit_list.effective_from.isoformat(),
            unit_list.effective_to.isoformat() if unit_list.effective_to else None,
            unit_list.source,
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        ],
    )
    db.conn.executemany(
        "INSERT INTO units (list_id, code, name, division_type, level, parent_code, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (unit_list.list_id, u.code, u.name, u.division_type, u.level.value, u.parent_code, u.search_key)
            for u in unit_list.units
        ],
    )


def lists(db: Database) -> list[dict]:
    rows = db.execute(
        "SELECT l.id, l.name, l.effective_from, l.effective_to, l.source, l.loaded_at, count(u.code) "
        "FROM unit_lists l LEFT JOIN units u ON u.list_id = l.id GROUP BY l.id ORDER BY l.effective_from DESC"
    ).fetchall()
    keys = ["id", "name", "effective_from", "effective_to", "source", "loaded_at", "unit_count"]
    return [dict(zip(keys, r)) for r in rows]


def current_list_id(db: Database, on: date) -> str | None:
    row = db.execute(
        "SELECT id FROM unit_lists WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?) "
        "ORDER BY effective_from DESC LIMIT 1",
        [on.isoformat(), on.isoformat()],
    ).fetchone()
    return row[0] if row else None


def _unit(row) -> Unit:
    return Unit(code=row[0], name=row[1], division_type=row[2], level=Level(row[3]), parent_code=row[4])


_COLUMNS = "code, name, division_type, level, parent_code"


def get_unit(db: Database, list_id: str, code: str) -> Unit | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM units WHERE list_id = ? AND code = ?", [list_id, code]).fetchone()
    return _unit(row) if row else None


def find_unit_any_list(db: Database, code: str) -> tuple[str, Unit] | None:
    row = db.execute(
        f"SELECT l.id, {', '.join('u.' + c.strip() for c in _COLUMNS.split(','))} FROM units u "
        "JOIN unit_lists l ON l.id = u.list_id WHERE u.code = ? ORDER BY l.effective_from DESC LIMIT 1",
        [code],
    ).fetchone()
    return (row[0], _unit(row[1:])) if row else None


def children(db: Database, list_id: str, parent_code: str | None, level: Level | None = None) -> list[Unit]:
    sql = f"SELECT {_COLUMNS} FROM units WHERE list_id = ? AND parent_code IS ?"
    args: list = [list_id, parent_code]
    if level is not None:
        sql += " AND level = ?"
        args.append(level.value)
    return [_unit(r) for r in db.execute(sql + " ORDER BY search_key", args).fetchall()]


def search(db: Database, list_id: str, folded_query: str, level: Level | None = None,
           parent_code: str | None = None, limit: int = 50) -> list[Unit]:
    sql = f"SELECT {_COLUMNS} FROM units WHERE list_id = ? AND search_key LIKE ?"
    args: list = [list_id, f"%{folded_query}%"]
    if level is not None:
        sql += " AND level = ?"
        args.append(level.value)
    if parent_code is not None:
        sql += " AND parent_code = ?"
        args.append(parent_code)
    sql += " ORDER BY search_key LIMIT ?"
    args.append(limit)
    return [_unit(r) for r in db.execute(sql, args).fetchall()]


def count_units(db: Database, list_id: str) -> dict[str, int]:
    rows = db.execute("SELECT level, count(*) FROM units WHERE list_id = ? GROUP BY level", [list_id]).fetchall()
    return dict(rows)


def units_of_list(db: Database, list_id: str) -> list[Unit]:
    return [_unit(r) for r in db.execute(f"SELECT {_COLUMNS} FROM units WHERE list_id = ? ORDER BY code",
                                         [list_id]).fetchall()]
