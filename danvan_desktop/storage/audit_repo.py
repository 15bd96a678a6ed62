"""The append-only audit log. Triggers forbid UPDATE and DELETE; the hash chain and the
stored head catch edits made around them (see domain.audit)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

from sqlite_utils import Database

from ..domain.audit import GENESIS_HASH, AuditEntry, canonical_details, entry_hash
from . import settings_repo

HEAD_SEQ = "audit.head_seq"
HEAD_HASH = "audit.head_hash"
_COLUMNS = "seq, at, username, action, entity, entity_id, details, prev_hash, hash"


def append(db: Database, username: str, action: str, entity: str, entity_id: str | int = "",
           details: dict | None = None) -> AuditEntry:
    """Add one entry; call inside the transaction of the write it describes."""
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    body = canonical_details(details)
    digest = entry_hash(seq, at, username, action, entity, str(entity_id), body, prev)
    db.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, username, action, entity, str(entity_id), body, prev, digest],
    )
    settings_repo.put(db, HEAD_SEQ, str(seq))
    settings_repo.put(db, HEAD_HASH, digest)
    return AuditEntry(seq, at, username, action, entity, str(entity_id), body, prev, digest)


def entries(db: Database) -> Iterator[AuditEntry]:
    for row in db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
        yield AuditEntry(*row)


def recent(db: Database, limit: int = 100) -> list[AuditEntry]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT ?", [limit]).fetchall()
    return [AuditEntry(*r) for r in rows]


def head(db: Database) -> tuple[int, str] | None:
    seq = settings_repo.get(db, HEAD_SEQ)
    digest = settings_repo.get(db, HEAD_HASH)
    if seq is None or digest is None:
        return None
    return int(seq), digest


def hashes_at(db: Database, seqs: list[int]) -> dict[int, str]:
    """The hash of each entry of ``seqs`` (an entry that no longer exists: "")."""
    found = {s: "" for s in seqs}
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for seq, digest in db.execute(f"SELECT seq, hash FROM audit_log WHERE seq IN ({marks})", chunk):
            found[seq] = digest
    return found


def details_of(db: Database, action: str) -> list[str]:
    """The details (canonical JSON) of every entry of ``action``, oldest first."""
    return [r[0] for r in db.execute("SELECT details FROM audit_log WHERE action = ? ORDER BY seq", [action])]


def first_at(db: Database) -> str | None:
    """When the first entry was written (the database's first day of use), ISO UTC."""
    row = db.execute("SELECT at FROM audit_log ORDER BY seq LIMIT 1").fetchone()
    return row[0] if row else None


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
