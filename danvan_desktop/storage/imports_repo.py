"""Provenance of imported rows, and the fast writes of an import."""

from __future__ import annotations

from sqlite_utils import Database

from . import petitions_repo
from .activities_repo import ACTIVITY_COLUMNS
from .receptions_repo import COLUMNS as RECEPTION_COLUMNS


def known_fingerprints(db: Database, register: str, fingerprints: list[str]) -> dict[str, tuple[int, str, int]]:
    """Fingerprints already imported: fingerprint -> (record id, source file, source row)."""
    found: dict[str, tuple[int, str, int]] = {}
    for start in range(0, len(fingerprints), 500):
        chunk = fingerprints[start:start + 500]
        rows = db.execute(
            f"SELECT fingerprint, record_id, source_file, source_row FROM import_rows "
            f"WHERE register = ? AND fingerprint IN ({', '.join('?' * len(chunk))})", [register, *chunk]).fetchall()
        found.update({r[0]: (r[1], r[2], r[3]) for r in rows})
    return found


def record_sources(db: Database, rows: list[tuple[str, str, int, str, int, str, str]]) -> None:
    """(fingerprint, register, record id, file, row, by, at) for each imported row."""
    db.conn.executemany(
        "INSERT INTO import_rows (fingerprint, register, record_id, source_file, source_row, imported_by, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def source_of(db: Database, register: str, record_id: int) -> tuple[str, int] | None:
    row = db.execute("SELECT source_file, source_row FROM import_rows WHERE register = ? AND record_id = ?",
                     [register, record_id]).fetchone()
    return (row[0], row[1]) if row else None


def write_petitions(db: Database, petitions: list[dict], petitioners: list[list[dict]],
                    events: list[tuple[int, str, str, str, str, str, str, str]],
                    spans: list[tuple[int, str, str]]) -> int:
    """An import's petitions, their petitioners, timeline steps and overdue stretches, in the
    caller's transaction. ``events`` are (index of the petition in ``petitions``, step kind,
    on_date, decision, note, by_user, at, the petition's kind); ``spans`` (index, from, to).
    Returns the first petition's id; the others follow in order.

    The petitions come with their processing facts (``petitions_repo.PROCESSING_COLUMNS``)
    already worked out, so their steps go in first (foreign keys checked at commit): the
    trigger that keeps those facts from each new step then finds no petition to update,
    instead of rewriting the petition after five lookups per step. The tallies are kept by
    the petitions' own insert trigger, from the facts they arrive with."""
    first = petitions_repo.next_id(db)
    db.execute("PRAGMA defer_foreign_keys = ON")  # reset by the end of the transaction
    db.conn.executemany(
        "INSERT INTO petition_events (petition_id, kind, on_date, decision, note, by_user, at, petition_kind)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ((first + e[0], *e[1:]) for e in events))
    petitions_repo.bulk_insert(db, petitions, petitioners, first)
    petitions_repo.bulk_overdue_spans(db, [(first + i, a, b) for i, a, b in spans])
    return first


def _bulk(db: Database, table: str, columns: tuple[str, ...], rows: list[dict]) -> int:
    """Insert rows with one executemany; returns the first new id (ids are consecutive
    inside the caller's transaction: nothing else writes meanwhile)."""
    cols = [c for c in columns if c != "id"]
    first = (db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]) + 1
    db.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [[row.get(c) for c in cols] for row in rows])
    return first


def bulk_receptions(db: Database, rows: list[dict]) -> int:
    return _bulk(db, "receptions", RECEPTION_COLUMNS, rows)


def bulk_activities(db: Database, rows: list[dict]) -> int:
    return _bulk(db, "activities", ACTIVITY_COLUMNS, rows)
