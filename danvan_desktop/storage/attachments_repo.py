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


def evidence_in_period(db: Database, start: str, end: str) -> list[dict]:
    """Files attached to the activities and grassroots-democracy records dated within
    ``start``..``end`` (ISO dates): what an officer may send as evidence with a report.
    Petition attachments are never offered: they carry personal data."""
    rows = db.execute(
        "SELECT a.id, a.owner, a.owner_id, a.file_name, a.size, r.held_on AS on_date, r.kind FROM attachments a "
        "JOIN activities r ON a.owner = 'activity' AND r.id = a.owner_id WHERE r.held_on BETWEEN ? AND ? "
        "UNION ALL "
        "SELECT a.id, a.owner, a.owner_id, a.file_name, a.size, r.on_date, r.kind FROM attachments a "
        "JOIN democracy_records r ON a.owner = 'democracy' AND r.id = a.owner_id WHERE r.on_date BETWEEN ? AND ? "
        "ORDER BY 6, 1", [start, end, start, end]).fetchall()
    return [dict(zip(("id", "owner", "owner_id", "file_name", "size", "on_date", "kind"), r)) for r in rows]
