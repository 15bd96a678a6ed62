"""Migration of the spreadsheet import (issue 17): where each imported row came from."""

from __future__ import annotations

from sqlite_utils import Database



def m0014_imports(db: Database) -> None:
    # One row per imported source row: its fingerprint (so a file imported twice adds
    # nothing twice), the record it became and the file and row it came from.
    db.executescript("""
        CREATE TABLE import_rows (
            fingerprint TEXT PRIMARY KEY,
            register TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            source_file TEXT NOT NULL,
            source_row INTEGER NOT NULL,
            imported_by TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX import_rows_record ON import_rows (register, record_id);
    """)
