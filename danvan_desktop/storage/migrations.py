"""Schema migrations, in order, append-only.

Each migration runs in its own transaction and is recorded in ``_sqlite_migrations``
(sqlite-utils ``Migrations``). Never edit or reorder a released migration: add a new one.
A database that has applied a migration this version does not know was written by a
newer version and is refused before anything is written.
"""

from __future__ import annotations

from sqlite_utils import Database

from ..errors import NewerDatabase
from . import schema_records, schema_reports  # noqa: F401 - register the steps, in this order
from . import schema_petition_law  # noqa: F401, I001 - 0010, after the steps above
from . import schema_processing  # noqa: F401, I001 - 0011, after the steps above
from . import schema_imports  # noqa: F401, I001 - 0014, after the steps above
from .migration_set import MIGRATION_SET, migrations  # noqa: F401 - MIGRATION_SET names the set in tests


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
