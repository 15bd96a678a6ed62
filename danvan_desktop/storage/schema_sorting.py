"""Migration of the register's column sorting (issue 11): Vietnamese sort keys kept in the rows.

The register is read in keyset pages sorted in SQL, so a sort by name or content needs a key
SQLite can compare byte by byte (``danvan_desktop.collation``). The keys are Python's, not
SQL's: the migration adds the columns (NULL: not computed yet) and their indexes, and
``petitions_repo.fill_sort_keys`` computes the missing ones right after the migrations run.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0017_sort_keys(db: Database) -> None:
    # petitioner_sort: the first petitioner's name in Vietnamese list order (given name first);
    # a secret identity (denunciation) or no name at all sorts last, for everyone.
    # content_sort: the content's beginning in Vietnamese dictionary order.
    db.executescript("""
        ALTER TABLE petitions ADD COLUMN petitioner_sort TEXT;
        ALTER TABLE petitions ADD COLUMN content_sort TEXT;
        CREATE INDEX petitions_petitioner_sort ON petitions (petitioner_sort, id);
        CREATE INDEX petitions_content_sort ON petitions (content_sort, id);
    """)
