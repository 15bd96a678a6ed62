"""What the database engine is: SQLite and SQLCipher versions (for Giới thiệu and support)."""

from __future__ import annotations

from sqlite_utils import Database


def engine_versions(db: Database) -> dict[str, str]:
    sqlite = db.execute("SELECT sqlite_version()").fetchone()[0]
    row = db.execute("PRAGMA cipher_version").fetchone()
    return {"SQLite": sqlite, "SQLCipher": row[0] if row else "?"}
