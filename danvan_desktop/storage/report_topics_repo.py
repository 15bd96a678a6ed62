"""The per-period entries of the report's directive sections (migration 0011)."""

from __future__ import annotations

import json

from sqlite_utils import Database


def entries(db: Database, period_id: str) -> dict[str, dict]:
    rows = db.execute("SELECT topic, counts, text, source_note, entered_by, entered_at FROM report_topics "
                      "WHERE period_id = ?", [period_id])
    return {topic: {"counts": json.loads(counts), "text": text, "source_note": note, "entered_by": by,
                    "entered_at": at} for topic, counts, text, note, by, at in rows}


def put(db: Database, period_id: str, topic: str, counts: dict, text: str, source_note: str, by: str,
        at: str) -> None:
    db.execute("INSERT INTO report_topics (period_id, topic, counts, text, source_note, entered_by, entered_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period_id, topic) DO UPDATE SET counts = excluded.counts, "
               "text = excluded.text, source_note = excluded.source_note, entered_by = excluded.entered_by, "
               "entered_at = excluded.entered_at",
               [period_id, topic, json.dumps(counts, ensure_ascii=False), text, source_note, by, at])
