"""Migration 0010: what the petition law needs recorded beyond the first schema.

- ``petition_events.days``: the days an extension decision grants (``extended --days N``;
  NULL means the legal maximum), so the due date counts exactly what was decided.
- ``receptions.form``: how citizens were received, in person (``truc_tiep``) or online
  (``truc_tuyen``, Luật Tiếp công dân Art. 3a added by Luật 136/2025/QH15 from 1/7/2026).
- ``receptions.delegated``: a chairman's session held by a deputy on his behalf; from
  1/7/2026 it no longer fulfils the chairman's weekly duty.
"""

from __future__ import annotations

from sqlite_utils import Database



def m0010_petition_law(db: Database) -> None:
    db.executescript(
        """
        ALTER TABLE petition_events ADD COLUMN days INTEGER;
        ALTER TABLE receptions ADD COLUMN form TEXT NOT NULL DEFAULT 'truc_tiep';
        ALTER TABLE receptions ADD COLUMN delegated INTEGER NOT NULL DEFAULT 0;
        """
    )
