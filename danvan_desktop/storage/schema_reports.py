"""Migrations 0005–0008: reports and their locks, report bundles and the province's
registry, and the stored facts that make a period's figures index reads. Released: never
edit, only add; listed in order in ``migrations.MIGRATIONS``."""

from __future__ import annotations

from sqlite_utils import Database



def m0005_reports(db: Database) -> None:
    # One report per period. Approval freezes the figures (what the leader signed is what
    # is printed and exported) and locks the period's records until a leader unlocks it.
    db.executescript(
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            period_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            start_on TEXT NOT NULL,
            end_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'exported')),
            meta TEXT NOT NULL DEFAULT '{}',
            assessment TEXT NOT NULL DEFAULT '{}',
            figures TEXT,
            approved_by TEXT,
            approved_at TEXT,
            exported_at TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX reports_locked ON reports (start_on, end_on) WHERE status != 'draft';
        -- Figures of a period: petitions closed inside it, and the steps dated inside it.
        CREATE INDEX petitions_closed ON petitions (closed_on) WHERE closed_on IS NOT NULL;
        CREATE INDEX petition_events_on ON petition_events (on_date, kind, petition_id);
        CREATE INDEX activities_held_kind ON activities (held_on, kind);
        CREATE INDEX democracy_records_on ON democracy_records (on_date, kind);
        """
    )


def m0006_bundles(db: Database) -> None:
    # Self-contained: touches no table of earlier migrations except through settings keys.
    db.executescript(
        """
        -- This unit's Ed25519 signing keys. The secret is in the OS keyring (keyring_id) or,
        -- without a secure keyring, scrypt/AES-GCM-wrapped by the passphrase (wrapped).
        CREATE TABLE signing_keys (
            key_id TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            storage TEXT NOT NULL CHECK (storage IN ('keyring', 'passphrase')),
            keyring_id TEXT NOT NULL DEFAULT '',
            wrapped TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            retired_at TEXT,
            revoked_at TEXT
        );
        CREATE TABLE bundle_exports (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            period TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            sha256 TEXT NOT NULL,
            path TEXT NOT NULL,
            key_id TEXT NOT NULL,
            exported_by TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            superseded INTEGER NOT NULL DEFAULT 0,
            UNIQUE (unit_code, period, sequence)
        );
        -- The province's registry of its units' public keys (from their key cards).
        CREATE TABLE unit_keys (
            unit_code TEXT NOT NULL,
            key_id TEXT NOT NULL,
            unit_name TEXT NOT NULL DEFAULT '',
            public_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            created_on TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,
            revoked_at TEXT,
            PRIMARY KEY (unit_code, key_id)
        );
        CREATE TABLE bundle_imports (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL,
            unit_name TEXT NOT NULL,
            period TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            key_id TEXT NOT NULL,
            digest TEXT NOT NULL,  -- SHA-256 of the signed tag manifest: the bag's content
            bagging_date TEXT NOT NULL,
            received_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            figures TEXT NOT NULL,
            records TEXT NOT NULL,
            superseded INTEGER NOT NULL DEFAULT 0,
            UNIQUE (unit_code, period, sequence)
        );
        CREATE INDEX bundle_imports_current ON bundle_imports (period, unit_code) WHERE superseded = 0;
        -- Pseudonymous petitioners of the imported records, for repeat petitioners across units.
        CREATE TABLE bundle_petitioners (
            import_id INTEGER NOT NULL REFERENCES bundle_imports(id) ON DELETE CASCADE,
            pseudonym TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            received_on TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX bundle_petitioners_pseudonym ON bundle_petitioners (pseudonym, import_id);
        CREATE INDEX bundle_petitioners_import ON bundle_petitioners (import_id);
        """
    )


def m0007_report_facts(db: Database) -> None:
    # Numbered 0007: 0006 is taken by 0006_bundles on main; databases that already applied
    # 0005_reports (benchmark and test databases) still get these facts on upgrade.
    # Stored facts so a period's figures are index reads even on a million petitions:
    # - petitions.resolved_on: the first 'resolved' step; resolved_on_time: judged by the
    #   time-limit engine when the schedule is refreshed (NULL: not judged yet, the report
    #   falls back to the engine for that row);
    # - petition_events.petition_kind: the petition's kind, so step counts need no join;
    # - petitions.last_step_on (its latest legal step) and petition_overdue: the past
    #   stretches during which it was overdue (stored with the schedule; overdue_known NULL:
    #   not stored yet, the report falls back to the engine), so "overdue at a past period
    #   end" is a count, not the engine run for every petition pending then.
    # Partial covering indexes leave linked duplicates out of every range they read.
    db.executescript(
        """
        ALTER TABLE petitions ADD COLUMN resolved_on TEXT;
        ALTER TABLE petitions ADD COLUMN resolved_on_time INTEGER;
        ALTER TABLE petition_events ADD COLUMN petition_kind TEXT;
        ALTER TABLE petitions ADD COLUMN last_step_on TEXT;
        ALTER TABLE petitions ADD COLUMN overdue_known INTEGER;
        CREATE TABLE petition_overdue (
            petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
            from_on TEXT NOT NULL,
            to_on TEXT NOT NULL
        );
        CREATE INDEX petition_overdue_petition ON petition_overdue (petition_id);
        CREATE INDEX petition_overdue_on ON petition_overdue (from_on, to_on, petition_id);
        UPDATE petitions SET last_step_on = (
            SELECT max(on_date) FROM petition_events e WHERE e.petition_id = petitions.id AND e.kind IN
            ('accepted', 'notified', 'extended', 'resolved', 'guided', 'forwarded', 'urged', 'filed', 'returned',
             'withdrawn'));
        UPDATE petitions SET resolved_on = (
            SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id AND e.kind = 'resolved');
        UPDATE petition_events SET petition_kind = (SELECT kind FROM petitions p WHERE p.id = petition_events.petition_id);
        CREATE TRIGGER petitions_kind_to_events AFTER UPDATE OF kind ON petitions BEGIN
            UPDATE petition_events SET petition_kind = new.kind WHERE petition_id = new.id;
        END;
        CREATE INDEX petitions_report_received ON petitions
            (received_on, kind, signatories, field, eligibility, competence, closed_on) WHERE duplicate_of IS NULL;
        CREATE INDEX petitions_report_open ON petitions
            (received_on, kind, signatories, field, eligibility, competence, next_due_on, last_step_on)
            WHERE duplicate_of IS NULL AND status = 'open';
        CREATE INDEX petitions_overdue_unknown ON petitions (last_step_on)
            WHERE overdue_known IS NULL AND duplicate_of IS NULL;
        CREATE INDEX petitions_report_closed ON petitions
            (closed_on, received_on, kind, signatories, field, eligibility, competence)
            WHERE duplicate_of IS NULL AND closed_on IS NOT NULL;
        CREATE INDEX petitions_report_resolved ON petitions (resolved_on, kind, result, resolved_on_time)
            WHERE duplicate_of IS NULL AND resolved_on IS NOT NULL;
        CREATE INDEX petition_events_report ON petition_events (kind, petition_kind, on_date, petition_id);
        """
    )


def m0008_report_tallies(db: Database) -> None:
    # A period's petition figures as differences of running totals (storage/tallies.py):
    # received in [s, e] = R(e) - R(s-1); carried over = R(s-1) - C(s-1); closed by the end
    # = C(e) - C(s-1), with R(d), C(d) the petitions received and closed up to day d.
    # Triggers keep the tallies with every write (the app's forms, the bulk sample path, any
    # tool); steps of a kind a petition has more than once are marked, so a period's step
    # count is a count of index entries corrected for the few marked petitions.
    # Frozen as released: the tallied columns are those of 0008 (kind, signatories, field,
    # eligibility, competence), written out, never read from the domain; changing what is
    # tallied takes a new migration. "+kind": look a petition's few steps up by petition_id;
    # the (kind, ...) index would walk every step of that kind on each insert.
    db.executescript(
        """
        CREATE TABLE petition_tallies (
            day TEXT NOT NULL,
            dimension TEXT NOT NULL,
            value TEXT NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            closed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, dimension, value)
        ) WITHOUT ROWID;
        CREATE TABLE resolution_tallies (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            result TEXT NOT NULL,
            on_time INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, kind, result, on_time)
        ) WITHOUT ROWID;
        CREATE TRIGGER petition_tallies_insert AFTER INSERT ON petitions BEGIN
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT new.received_on, dimension, value, +1, 0
                  FROM (SELECT 'kind' AS dimension, coalesce(new.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(new.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(new.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(new.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(new.competence, '') AS value)
                 WHERE new.duplicate_of IS NULL
                ON CONFLICT DO UPDATE SET received = received + excluded.received;
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT max(new.closed_on, new.received_on), dimension, value, 0, +1
                  FROM (SELECT 'kind' AS dimension, coalesce(new.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(new.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(new.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(new.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(new.competence, '') AS value)
                 WHERE new.duplicate_of IS NULL AND new.closed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET closed = closed + excluded.closed;
            INSERT INTO resolution_tallies (day, kind, result, on_time, count)
                SELECT new.resolved_on, new.kind, coalesce(new.result, ''), coalesce(new.resolved_on_time, -1),
                       +1
                 WHERE new.duplicate_of IS NULL AND new.resolved_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
        END;
        CREATE TRIGGER petition_tallies_delete AFTER DELETE ON petitions BEGIN
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT old.received_on, dimension, value, -1, 0
                  FROM (SELECT 'kind' AS dimension, coalesce(old.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(old.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(old.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(old.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(old.competence, '') AS value)
                 WHERE old.duplicate_of IS NULL
                ON CONFLICT DO UPDATE SET received = received + excluded.received;
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT max(old.closed_on, old.received_on), dimension, value, 0, -1
                  FROM (SELECT 'kind' AS dimension, coalesce(old.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(old.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(old.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(old.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(old.competence, '') AS value)
                 WHERE old.duplicate_of IS NULL AND old.closed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET closed = closed + excluded.closed;
            INSERT INTO resolution_tallies (day, kind, result, on_time, count)
                SELECT old.resolved_on, old.kind, coalesce(old.result, ''), coalesce(old.resolved_on_time, -1),
                       -1
                 WHERE old.duplicate_of IS NULL AND old.resolved_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
        END;
        CREATE TRIGGER petition_tallies_update AFTER UPDATE OF received_on, closed_on, duplicate_of, resolved_on,
                resolved_on_time, result, kind, signatories, field, eligibility, competence ON petitions
            WHEN old.received_on IS NOT new.received_on OR old.closed_on IS NOT new.closed_on
              OR old.duplicate_of IS NOT new.duplicate_of OR old.resolved_on IS NOT new.resolved_on
              OR old.resolved_on_time IS NOT new.resolved_on_time OR old.result IS NOT new.result
              OR old.kind IS NOT new.kind OR old.signatories IS NOT new.signatories OR old.field IS NOT new.field
              OR old.eligibility IS NOT new.eligibility OR old.competence IS NOT new.competence
        BEGIN
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT old.received_on, dimension, value, -1, 0
                  FROM (SELECT 'kind' AS dimension, coalesce(old.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(old.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(old.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(old.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(old.competence, '') AS value)
                 WHERE old.duplicate_of IS NULL
                ON CONFLICT DO UPDATE SET received = received + excluded.received;
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT max(old.closed_on, old.received_on), dimension, value, 0, -1
                  FROM (SELECT 'kind' AS dimension, coalesce(old.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(old.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(old.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(old.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(old.competence, '') AS value)
                 WHERE old.duplicate_of IS NULL AND old.closed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET closed = closed + excluded.closed;
            INSERT INTO resolution_tallies (day, kind, result, on_time, count)
                SELECT old.resolved_on, old.kind, coalesce(old.result, ''), coalesce(old.resolved_on_time, -1),
                       -1
                 WHERE old.duplicate_of IS NULL AND old.resolved_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT new.received_on, dimension, value, +1, 0
                  FROM (SELECT 'kind' AS dimension, coalesce(new.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(new.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(new.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(new.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(new.competence, '') AS value)
                 WHERE new.duplicate_of IS NULL
                ON CONFLICT DO UPDATE SET received = received + excluded.received;
            INSERT INTO petition_tallies (day, dimension, value, received, closed)
                SELECT max(new.closed_on, new.received_on), dimension, value, 0, +1
                  FROM (SELECT 'kind' AS dimension, coalesce(new.kind, '') AS value
                    UNION ALL SELECT 'signatories' AS dimension, coalesce(new.signatories, '') AS value
                    UNION ALL SELECT 'field' AS dimension, coalesce(new.field, '') AS value
                    UNION ALL SELECT 'eligibility' AS dimension, coalesce(new.eligibility, '') AS value
                    UNION ALL SELECT 'competence' AS dimension, coalesce(new.competence, '') AS value)
                 WHERE new.duplicate_of IS NULL AND new.closed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET closed = closed + excluded.closed;
            INSERT INTO resolution_tallies (day, kind, result, on_time, count)
                SELECT new.resolved_on, new.kind, coalesce(new.result, ''), coalesce(new.resolved_on_time, -1),
                       +1
                 WHERE new.duplicate_of IS NULL AND new.resolved_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
        END;
        ALTER TABLE petition_events ADD COLUMN repeated INTEGER;
        CREATE TRIGGER petition_events_repeated_insert AFTER INSERT ON petition_events
            WHEN EXISTS (SELECT 1 FROM petition_events o WHERE o.petition_id = new.petition_id AND +o.kind = new.kind
                         AND o.id != new.id)
        BEGIN
            UPDATE petition_events SET repeated = 1 WHERE petition_id = new.petition_id AND +kind = new.kind
               AND repeated IS NULL;
        END;
        CREATE TRIGGER petition_events_repeated_update AFTER UPDATE OF petition_id, kind ON petition_events
            WHEN EXISTS (SELECT 1 FROM petition_events o WHERE o.petition_id = new.petition_id AND +o.kind = new.kind
                         AND o.id != new.id)
        BEGIN
            UPDATE petition_events SET repeated = 1 WHERE petition_id = new.petition_id AND +kind = new.kind
               AND repeated IS NULL;
        END;
        CREATE INDEX petition_events_repeated ON petition_events (petition_id) WHERE repeated = 1;
        -- Overdue petitions (today, or at a past period end) by their stored earliest due date.
        CREATE INDEX petitions_report_due ON petitions (next_due_on, received_on, last_step_on)
            WHERE duplicate_of IS NULL AND status = 'open';
        -- The wide covering indexes the figures used to scan are no longer read.
        DROP INDEX petitions_report_received;
        DROP INDEX petitions_report_closed;
        DROP INDEX petitions_report_open;
        -- The records already there: their tallies and repeated steps, as the triggers would keep them.
        INSERT INTO petition_tallies (day, dimension, value, received, closed)
            SELECT day, dimension, value, sum(received), sum(closed) FROM (
                SELECT p.received_on AS day, d.column1 AS dimension, coalesce(CASE d.column1
                           WHEN 'kind' THEN p.kind WHEN 'signatories' THEN p.signatories WHEN 'field' THEN p.field
                           WHEN 'eligibility' THEN p.eligibility ELSE p.competence END, '') AS value,
                       1 AS received, 0 AS closed
                  FROM petitions p,
                       (VALUES ('kind'), ('signatories'), ('field'), ('eligibility'), ('competence')) d
                 WHERE p.duplicate_of IS NULL
                UNION ALL
                SELECT max(p.closed_on, p.received_on), d.column1, coalesce(CASE d.column1
                           WHEN 'kind' THEN p.kind WHEN 'signatories' THEN p.signatories WHEN 'field' THEN p.field
                           WHEN 'eligibility' THEN p.eligibility ELSE p.competence END, ''),
                       0, 1
                  FROM petitions p,
                       (VALUES ('kind'), ('signatories'), ('field'), ('eligibility'), ('competence')) d
                 WHERE p.duplicate_of IS NULL AND p.closed_on IS NOT NULL)
             GROUP BY day, dimension, value;
        INSERT INTO resolution_tallies (day, kind, result, on_time, count)
            SELECT resolved_on, kind, coalesce(result, ''), coalesce(resolved_on_time, -1), count(*)
              FROM petitions WHERE duplicate_of IS NULL AND resolved_on IS NOT NULL
             GROUP BY 1, 2, 3, 4;
        UPDATE petition_events SET repeated = 1 WHERE repeated IS NULL AND (petition_id, kind) IN
            (SELECT petition_id, kind FROM petition_events GROUP BY 1, 2 HAVING count(*) > 1);
        """
    )
