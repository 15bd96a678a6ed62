"""Write the schema fixtures ``tests/fixtures/db-0002`` … ``db-0008`` (run once; kept unchanged).

    .venv/bin/python scripts/make_schema_fixtures.py [--only 0010]

Each is an encrypted database (passphrase mode, ``schema_dataset.FIXTURE_PASSPHRASE``) at a
released schema: the migrations applied up to it and stopped before the next one (sqlite-utils
``stop_before``), then the records of ``tests/fixtures/schema_dataset.py`` written in the
tables and columns that schema has. When a new migration is released
(``migrations.LAST_RELEASED`` moved to it), write its fixture with ``--only NNNN`` and never
regenerate the older ones.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from danvan_desktop.security import keys  # noqa: E402
from danvan_desktop.storage import database  # noqa: E402
from danvan_desktop.storage.keyfile import KeyFile, write_keyfile  # noqa: E402
from danvan_desktop.storage.migrations import MIGRATIONS, migration_name, migrations, released_names  # noqa: E402
from tests.fixtures.schema_dataset import FIXTURE_PASSPHRASE, write_records  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def write_fixture(number: str) -> Path:
    names = [migration_name(step) for step in MIGRATIONS]
    index = next(i for i, name in enumerate(names) if name.startswith(number + "_"))
    folder = FIXTURES / f"db-{number}"
    folder.mkdir(exist_ok=True)
    path = folder / "danvan.db"
    if path.exists():
        raise SystemExit(f"{path} exists: released fixtures are never regenerated.")
    key = keys.generate_key()
    conn = database._connect(path, key)
    conn.execute(f"PRAGMA cipher_page_size = {database.PAGE_SIZE}")
    db = database._configure(conn)
    migrations.apply(db, stop_before=names[index + 1] if index + 1 < len(names) else None)
    with db.conn:
        write_records(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    write_keyfile(path, KeyFile.for_passphrase(keys.key_check(key), keys.wrap_key(key, FIXTURE_PASSPHRASE)))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="one schema number, e.g. 0010")
    args = parser.parse_args()
    for number in [args.only] if args.only else [name[:4] for name in released_names()[1:]]:
        print(write_fixture(number))
    return 0


if __name__ == "__main__":
    sys.exit(main())
