"""Files an interrupted write leaves behind: removed at the next start.

A backup is written as ``*.partial`` and renamed; key files, restores and exports go
through ``.<name>.*.tmp`` files (``storage.atomic``). A crash or a power cut in the middle
leaves these beside the database, holding encrypted pages or a wrapped key nobody will
finish. They are swept only while no other process has the database open (the caller
holds the database lock exclusively), so a write in progress elsewhere is never cut.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..paths import backups_dir_for

log = logging.getLogger(__name__)


def leftover_files(db_path: Path) -> list[Path]:
    db_path = Path(db_path)
    found = list(db_path.parent.glob(f".{db_path.name}*.tmp"))
    backups = backups_dir_for(db_path)
    if backups.is_dir():
        found += list(backups.glob("*.partial")) + list(backups.glob("*.partial-journal"))
        found += list(backups.glob(".danvan-*.tmp"))
    return [path for path in found if path.is_file()]


def remove_leftovers(db_path: Path) -> list[Path]:
    removed = []
    for path in leftover_files(db_path):
        try:
            path.unlink()
        except OSError as exc:  # in use by an external program, or read-only: try next time
            log.warning("could not remove leftover %s: %s", path, exc)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d file(s) left by an interrupted write: %s", len(removed), [p.name for p in removed])
    return removed
