"""Attached files (scans, photos, PDFs) of any record, stored in the encrypted database."""

from __future__ import annotations

from sqlite_utils import Database

_META = ("id", "owner", "owner_id", "file_name", "mime", "size", "sha256", "added_by", "added_at")


def insert(db: Database, owner: str, owner_id: int, file_name: str, mime: str, data: bytes, sha256: str,
           added_by: str, added_at: str) -> int:
    cursor = db.execute(
        "INSERT INTO attachments (owner, owner_id, file_name, mime, size, sha256, data, added_by, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [owner, owner_id, file_name, mime, len(data), sha256, data, added_by, added_at],
    )
    return cursor.lastrowid


def listing(db: Database, owner: str, owner_id: int) -> list[dict]:
    rows = db.execute(
        f"SELECT {', '.join(_META)} FROM attachments WHERE owner = ? AND owner_id = ? ORDER BY id", [owner, owner_id]
    ).fetchall()
    return [dict(zip(_META, r)) for r in rows]


def meta(db: Database, attachment_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(_META)} FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return dict(zip(_META, row)) if row else None


def data(db: Database, attachment_id: int) -> bytes | None:
    row = db.execute("SELECT data FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return bytes(row[0]) if row else None
