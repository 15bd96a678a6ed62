"""A database of each released schema, upgraded and compared with a fresh one (Electrum's
``test_storage_upgrade``): same schema, same records, the same figures' tallies.

``tests/fixtures/db-NNNN`` holds a database at schema NNNN with the records of
``tests/fixtures/schema_dataset.py`` (``db-0001`` was written by the first release itself);
``scripts/make_schema_fixtures.py --only NNNN`` writes the fixture of a newly released schema.
"""

import ast
import inspect
import shutil
import textwrap
from pathlib import Path

import pytest

from danvan_desktop.storage import migrations, tallies
from danvan_desktop.storage.database import Unlock, create_database, open_database
from tests.core.test_migrations import schema
from tests.fixtures.schema_dataset import FIXTURE_PASSPHRASE, write_records

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELEASED = [name[:4] for name in migrations.released_names()[1:]]  # db-0001 is upgraded in test_migrations
NOT_COMPARED = ("_sqlite_migrations", "petitions_fts")  # applied_at times; FTS internals (searched instead)


def rows(db, table):
    return sorted(db.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)


def open_fixture(number, tmp_path):
    """The fixture's copy upgraded, and the tables it had before."""
    folder = FIXTURES / f"db-{number}"
    shutil.copyfile(folder / "danvan.db", tmp_path / "old.db")
    shutil.copyfile(folder / "danvan.db.key", tmp_path / "old.db.key")
    unlock = Unlock(passphrase=FIXTURE_PASSPHRASE)
    old = open_database(tmp_path / "old.db", unlock, migrate=False)
    tables = set(old.db.table_names())
    old.close()
    return open_database(tmp_path / "old.db", unlock), tables


@pytest.mark.parametrize("number", RELEASED)
def test_released_schema_upgrades_to_a_fresh_database(number, tmp_path, fail_keyring):
    upgraded, had = open_fixture(number, tmp_path)
    fresh, _ = create_database(tmp_path / "fresh.db", Unlock(passphrase=FIXTURE_PASSPHRASE))
    with fresh.transaction() as db:
        write_records(db, only=had)  # what the old schema could hold, written in the newest one
    try:
        assert migrations.applied_names(upgraded.db) == migrations.known_names()
        assert schema(upgraded.db) == schema(fresh.db)
        tables = [t for t in fresh.db.table_names() if not t.startswith(NOT_COMPARED)]
        assert {"petitions", "petition_events"} <= set(tables)
        for table in tables:
            assert rows(upgraded.db, table) == rows(fresh.db, table), f"{table} differs after upgrading {number}"
        search = "SELECT rowid FROM petitions_fts WHERE petitions_fts MATCH ? ORDER BY rowid"
        for words in ("dat", "khieu nai", "o nhiem"):
            found = upgraded.db.execute(search, [words]).fetchall()
            assert found and found == fresh.db.execute(search, [words]).fetchall()
        assert tallies.drift(upgraded.db) == 0  # the figures' tallies match the records
        assert rows(upgraded.db, "petition_tallies")  # ... and there are some
    finally:
        upgraded.close()
        fresh.close()


def test_a_fixture_exists_for_every_released_schema():
    numbers = [int(name[:4]) for name in migrations.known_names()]
    assert numbers == sorted(set(numbers)), "migrations are numbered in order (allotted numbers may skip)"
    released = [name[:4] for name in migrations.released_names()]
    assert released == [f"{n:04d}" for n in range(1, 9)]  # what the releases shipped: 0001 … 0008
    for number in released:
        assert (FIXTURES / f"db-{number}" / "danvan.db").exists()


def test_each_migration_is_literal_sql():
    """A released migration must not change when the domain does: its SQL is literal text,
    never built from names or values of live code. The ones not released yet are written
    the same way, so they are ready to ship."""
    for step in migrations.MIGRATIONS:
        tree = ast.parse(textwrap.dedent(inspect.getsource(step)))
        body = tree.body[0]
        for node in ast.walk(body):
            assert not isinstance(node, ast.JoinedStr), f"{step.__name__} formats its SQL"
            if isinstance(node, ast.Call):
                assert isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "db", f"{step.__name__} calls code outside the database"
                assert all(isinstance(a, ast.Constant) for a in node.args), f"{step.__name__} passes computed SQL"
