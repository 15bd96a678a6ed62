"""Versioned migrations: fresh equals upgraded, backup before upgrading, newer refused.

``tests/fixtures/db-0001`` is a database written by schema 0001 (the first release's);
it stays in the repository so that every later migration is tested on a real old file.
"""

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from danvan_desktop.errors import NewerDatabase
from danvan_desktop.storage import backups, migrations
from danvan_desktop.storage.database import Unlock, create_database, open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_PASSPHRASE = "cum mat khau cua ban mau 0001"


def schema(db):
    rows = db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return [(t, n, tb, " ".join((s or "").split())) for t, n, tb, s in rows]


def test_upgraded_fixture_equals_fresh_database(tmp_path, fail_keyring):
    old = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "db-0001" / "danvan.db", old)
    shutil.copyfile(FIXTURES / "db-0001" / "danvan.db.key", tmp_path / "old.db.key")
    upgraded = open_database(old, Unlock(passphrase=FIXTURE_PASSPHRASE))
    fresh, _ = create_database(tmp_path / "fresh.db", Unlock(passphrase=FIXTURE_PASSPHRASE))
    assert schema(upgraded.db) == schema(fresh.db)
    assert migrations.applied_names(upgraded.db) == migrations.known_names()
    # The records written by the old version are still there.
    assert upgraded.db.execute("SELECT count(*) FROM users").fetchone()[0] >= 1
    upgraded.close()
    fresh.close()


def test_pending_migration_backs_up_first(setup_result, db_path, monkeypatch):
    setup_result.session.store.close()
    extra = Migrations(migrations.MIGRATION_SET)
    extra._migrations = list(migrations.migrations._migrations)

    @extra(name="9000_test_column")
    def add_column(db):
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT")

    monkeypatch.setattr(migrations, "migrations", extra)
    store = open_database(db_path)
    taken = [b for b in backups.list_backups(db_path) if b.kind == "pre-migration"]
    assert len(taken) == 1
    assert "note" in store.db["settings"].columns_dict
    store.close()
    # The backup is the database as it was before the upgrade.
    monkeypatch.setattr(migrations, "migrations", Migrations(migrations.MIGRATION_SET))
    migrations.migrations._migrations = extra._migrations[:-1]
    before = open_database(taken[0].path, migrate=False)
    assert "note" not in before.db["settings"].columns_dict
    before.close()


def test_database_from_newer_version_is_refused_untouched(setup_result, db_path):
    store = setup_result.session.store
    store.db["_sqlite_migrations"].insert(
        {"migration_set": migrations.MIGRATION_SET, "name": "9999_from_the_future", "applied_at": "2030-01-01"}
    )
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabase, match="phiên bản mới hơn"):
        open_database(db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
