"""Schema migrations: one explicit, ordered list, append-only.

Each migration is a function ``mNNNN_what(db)`` in a schema module whose SQL is literal text
(never built from code that can change later: editing the domain must not edit a released
migration). ``MIGRATIONS`` below lists them in order, one line each; sqlite-utils
``Migrations`` applies the pending ones, each in its own transaction, and records them in
``_sqlite_migrations`` under the name ``NNNN_what``.

To add a migration: write ``def mNNNN_what(db)`` (literal SQL, NNNN the number allotted,
so numbers rise but may skip) in a schema module, then add one line at the end of
``MIGRATIONS``. ``LAST_RELEASED`` names the newest migration a release has shipped: those up
to it are never edited, reordered or removed, and ``tests/fixtures/db-NNNN`` holds a database
of each of their schemas, upgraded in the tests. The ones after it may still change until the
next release, which moves ``LAST_RELEASED`` and writes their fixtures
(``scripts/make_schema_fixtures.py --only NNNN``).
A database that has applied a migration this version does not know was written by a newer
version and is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..errors import NewerDatabase
from . import schema_imports as imports
from . import schema_particulars as particulars
from . import schema_petition_law as petition_law
from . import schema_processing as processing
from . import schema_records as records
from . import schema_reports as reports
from . import schema_sorting as sorting

MIGRATION_SET = "danvan"
MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    records.m0001_foundation,
    records.m0002_petitions,
    records.m0003_activities_models,
    records.m0004_democracy,
    reports.m0005_reports,
    reports.m0006_bundles,
    reports.m0007_report_facts,
    reports.m0008_report_tallies,
    petition_law.m0010_petition_law,
    processing.m0011_report_figures_tt05,
    imports.m0014_imports,
    sorting.m0017_sort_keys,
    particulars.m0018_petitioner_particulars,
)
LAST_RELEASED = "0008_report_tallies"


def migration_name(step: Callable) -> str:
    """``m0008_report_tallies`` -> ``0008_report_tallies``, the name recorded in the database."""
    return step.__name__.removeprefix("m")


def build(steps: Iterable[Callable[[Database], None]] = MIGRATIONS) -> Migrations:
    built = Migrations(MIGRATION_SET)
    for step in steps:
        built(name=migration_name(step))(step)
    return built


migrations = build()


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def released_names() -> list[str]:
    """The migrations a release has shipped, in order (frozen: never edited)."""
    names = known_names()
    return names[:names.index(LAST_RELEASED) + 1]


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
    from .petitions_repo import fill_sort_keys

    pending = pending_migrations(db)
    migrations.apply(db)
    if "0017_sort_keys" in applied_names(db):
        with db.conn:  # what SQL cannot compute (Vietnamese order); an indexed no-op once done
            fill_sort_keys(db)
    return pending
