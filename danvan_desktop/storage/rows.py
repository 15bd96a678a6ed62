"""Writing the corrected columns of one record."""

from __future__ import annotations

from sqlite_utils import Database


def update_row(db: Database, table: str, columns: tuple[str, ...], record_id: int, changes: dict) -> None:
    """Set ``changes`` on the row ``record_id`` of ``table``; only names in ``columns`` are accepted."""
    unknown = set(changes) - set(columns) | ({"id"} & set(changes))
    if unknown:
        raise KeyError(f"not columns of {table}: {sorted(unknown)}")
    if changes:
        sets = ", ".join(f"{c} = ?" for c in changes)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), record_id])
