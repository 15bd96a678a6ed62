"""Key-value settings table."""

from __future__ import annotations

from sqlite_utils import Database


def get(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def all_settings(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings ORDER BY key").fetchall())
