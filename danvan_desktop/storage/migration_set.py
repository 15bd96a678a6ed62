"""The one set of schema migrations (sqlite-utils ``Migrations``); the steps register on it
in order from ``schema_records`` then ``schema_reports`` (imported by ``migrations``)."""

from sqlite_utils.migrations import Migrations

MIGRATION_SET = "danvan"
migrations = Migrations(MIGRATION_SET)
