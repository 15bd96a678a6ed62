"""Signing keys, exported bundles, the province's key registry and imported bundles."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlite_utils import Database


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- this unit's signing keys -------------------------------------------------------

_KEY_COLUMNS = "key_id, public_key, storage, keyring_id, wrapped, created_at, created_by, retired_at, revoked_at"


def add_signing_key(db: Database, row: dict) -> None:
    db.execute(f"INSERT INTO signing_keys ({_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
               [row["key_id"], row["public_key"], row["storage"], row.get("keyring_id", ""), row.get("wrapped", ""),
                row["created_at"], row["created_by"]])


def signing_keys(db: Database) -> list[dict]:
    cursor = db.execute(f"SELECT {_KEY_COLUMNS} FROM signing_keys ORDER BY created_at, key_id")
    return _dicts(cursor)


def current_signing_key(db: Database) -> dict | None:
    cursor = db.execute(f"SELECT {_KEY_COLUMNS} FROM signing_keys WHERE retired_at IS NULL AND revoked_at IS NULL "
                        "ORDER BY created_at DESC LIMIT 1")
    rows = _dicts(cursor)
    return rows[0] if rows else None


def retire_signing_keys(db: Database, at: str) -> None:
    db.execute("UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL", [at])


def revoke_signing_key(db: Database, key_id: str, at: str) -> bool:
    cursor = db.execute("UPDATE signing_keys SET revoked_at = ?, retired_at = COALESCE(retired_at, ?) "
                        "WHERE key_id = ? AND revoked_at IS NULL", [at, at, key_id])
    return cursor.rowcount > 0


# --- exported bundles ------------------------------------------------------------------

def last_export_sequence(db: Database, unit_code: str, period: str) -> int:
    row = db.execute("SELECT max(sequence) FROM bundle_exports WHERE unit_code = ? AND period = ?",
                     [unit_code, period]).fetchone()
    return row[0] or 0


def add_export(db: Database, row: dict) -> int:
    db.execute("UPDATE bundle_exports SET superseded = 1 WHERE unit_code = ? AND period = ?",
               [row["unit_code"], row["period"]])
    cursor = db.execute(
        "INSERT INTO bundle_exports (unit_code, period, sequence, sha256, path, key_id, exported_by, exported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row["unit_code"], row["period"], row["sequence"], row["sha256"], row["path"], row["key_id"],
         row["exported_by"], row["exported_at"]])
    return cursor.lastrowid


def exports(db: Database, period: str | None = None) -> list[dict]:
    where, params = ("WHERE period = ?", [period]) if period else ("", [])
    return _dicts(db.execute(
        "SELECT id, unit_code, period, sequence, sha256, path, key_id, exported_by, exported_at, superseded "
        f"FROM bundle_exports {where} ORDER BY period, sequence", params))


# --- the province's registry of unit keys -------------------------------------------------

def unit_keys(db: Database, unit_code: str) -> list[dict]:
    return _dicts(db.execute(
        "SELECT unit_code, key_id, unit_name, public_key, fingerprint, created_on, added_at, revoked_at "
        "FROM unit_keys WHERE unit_code = ? ORDER BY added_at", [unit_code]))


def all_unit_keys(db: Database) -> list[dict]:
    return _dicts(db.execute(
        "SELECT unit_code, key_id, unit_name, public_key, fingerprint, created_on, added_at, revoked_at "
        "FROM unit_keys ORDER BY unit_code, added_at"))


def add_unit_key(db: Database, row: dict) -> bool:
    """False when that unit already has that key (importing a card twice changes nothing)."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO unit_keys (unit_code, key_id, unit_name, public_key, fingerprint, created_on, "
        "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row["unit_code"], row["key_id"], row["unit_name"], row["public_key"], row["fingerprint"],
         row.get("created_on", ""), row["added_at"], row["added_by"]])
    return cursor.rowcount > 0


def revoke_unit_key(db: Database, unit_code: str, key_id: str, at: str) -> bool:
    cursor = db.execute("UPDATE unit_keys SET revoked_at = ? WHERE unit_code = ? AND key_id = ? AND revoked_at IS NULL",
                        [at, unit_code, key_id])
    return cursor.rowcount > 0


# --- imported bundles ----------------------------------------------------------------------

def last_import_sequence(db: Database, unit_code: str, period: str, after_id: int = 0) -> int:
    """The highest sequence received from the unit for the period (imports after ``after_id``:
    the unit's sequence was reset when its new key card was registered)."""
    row = db.execute("SELECT max(sequence) FROM bundle_imports WHERE unit_code = ? AND period = ? AND id > ?",
                     [unit_code, period, after_id]).fetchone()
    return row[0] or 0


def import_by_sequence(db: Database, unit_code: str, period: str, sequence: int, after_id: int = 0) -> dict | None:
    rows = _dicts(db.execute("SELECT id, digest, superseded FROM bundle_imports "
                             "WHERE unit_code = ? AND period = ? AND sequence = ? AND id > ?",
                             [unit_code, period, sequence, after_id]))
    return rows[0] if rows else None


def last_import_id(db: Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM bundle_imports").fetchone()[0]


def add_import(db: Database, row: dict, petitioners: list[tuple[str, str, str]]) -> int:
    """Insert a verified bundle as the current one of its unit and period."""
    db.execute("UPDATE bundle_imports SET superseded = 1 WHERE unit_code = ? AND period = ? AND superseded = 0",
               [row["unit_code"], row["period"]])
    cursor = db.execute(
        "INSERT INTO bundle_imports (unit_code, unit_name, period, sequence, key_id, digest, bagging_date, "
        "received_at, imported_by, file_name, figures, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row["unit_code"], row["unit_name"], row["period"], row["sequence"], row["key_id"], row["digest"],
         row["bagging_date"], row["received_at"], row["imported_by"], row["file_name"],
         json.dumps(row["figures"], ensure_ascii=False), json.dumps(row["records"], ensure_ascii=False)])
    import_id = cursor.lastrowid
    db.conn.executemany("INSERT INTO bundle_petitioners (import_id, pseudonym, kind, received_on) VALUES (?, ?, ?, ?)",
                        [(import_id, *p) for p in petitioners])
    return import_id


def unit_figures_since(db: Database, unit_code: str, after_id: int = 0) -> list[dict]:
    """The figures of every bundle received from the unit (all periods) after ``after_id``."""
    rows = db.execute("SELECT figures FROM bundle_imports WHERE unit_code = ? AND id > ? ORDER BY id",
                      [unit_code, after_id]).fetchall()
    return [_loads(r[0], {}) for r in rows]


def current_imports(db: Database, period: str) -> list[dict]:
    """The latest bundle of each unit for ``period``, with the date the first one arrived."""
    return _dicts(db.execute(
        "SELECT i.id, i.unit_code, i.unit_name, i.sequence, i.key_id, i.digest, i.bagging_date, i.received_at, "
        "(SELECT min(received_at) FROM bundle_imports f WHERE f.unit_code = i.unit_code AND f.period = i.period) "
        "AS first_received_at FROM bundle_imports i WHERE i.period = ? AND i.superseded = 0 ORDER BY i.unit_code",
        [period]))


def current_figures(db: Database, period: str) -> list[tuple[str, dict]]:
    rows = db.execute("SELECT unit_code, figures FROM bundle_imports WHERE period = ? AND superseded = 0 "
                      "ORDER BY unit_code", [period]).fetchall()
    return [(code, _loads(figures, {})) for code, figures in rows]


def current_import(db: Database, period: str, unit_code: str) -> dict | None:
    rows = _dicts(db.execute(
        "SELECT id, unit_code, unit_name, sequence, key_id, digest, bagging_date, received_at, figures, records "
        "FROM bundle_imports WHERE period = ? AND unit_code = ? AND superseded = 0", [period, unit_code]))
    if not rows:
        return None
    row = rows[0]
    row["figures"], row["records"] = _loads(row["figures"], {}), _loads(row["records"], [])
    return row


def _loads(text, default):
    """Stored JSON, read defensively: what an older version stored may not parse."""
    try:
        return json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return default


def repeat_petitioners(db: Database, period: str, min_units: int = 2) -> list[dict]:
    """Pseudonyms found in the current bundles of at least ``min_units`` units."""
    return _dicts(db.execute(
        "SELECT p.pseudonym, count(DISTINCT i.unit_code) AS units, count(*) AS petitions, "
        "group_concat(DISTINCT i.unit_code) AS unit_codes "
        "FROM bundle_petitioners p JOIN bundle_imports i ON i.id = p.import_id "
        "WHERE i.period = ? AND i.superseded = 0 GROUP BY p.pseudonym HAVING count(DISTINCT i.unit_code) >= ? "
        "ORDER BY units DESC, petitions DESC, p.pseudonym", [period, min_units]))


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
