"""Schema migrations, in order, append-only.

Each migration runs in its own transaction and is recorded in ``_sqlite_migrations``
(sqlite-utils ``Migrations``). Never edit or reorder a released migration: add a new one.
A database that has applied a migration this version does not know was written by a
newer version and is refused before anything is written.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..errors import NewerDatabase

MIGRATION_SET = "danvan"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_foundation")
def m0001_foundation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE unit_lists (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            effective_to TEXT,
            source TEXT NOT NULL DEFAULT '',
            loaded_at TEXT NOT NULL
        );
        CREATE TABLE units (
            list_id TEXT NOT NULL REFERENCES unit_lists(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            division_type TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
            parent_code TEXT,
            search_key TEXT NOT NULL,
            PRIMARY KEY (list_id, code)
        );
        CREATE INDEX units_parent ON units (list_id, parent_code);
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('officer', 'leader', 'admin')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            last_login_at TEXT
        );
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        """
    )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def schema_version(db: Database) -> str:
    applied = applied_names(db)
    return applied[-1] if applied else "(trống)"


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def check_not_newer(db: Database) -> None:
    unknown = sorted(set(applied_names(db)) - set(known_names()))
    if unknown:
        raise NewerDatabase(
            "Cơ sở dữ liệu này do một phiên bản mới hơn của Dân Vận Desktop tạo ra "
            f"(có bước nâng cấp {unknown[-1]}). Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi."
        )


def migrate(db: Database) -> list[str]:
    pending = pending_migrations(db)
    migrations.apply(db)
    return pending
