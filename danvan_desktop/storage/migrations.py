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


@migrations(name="0002_petitions")
def m0002_petitions(db: Database) -> None:
    # search_text is a folded shadow of the searchable text (đ -> d, no marks), so FTS5
    # finds "đất đai" from "dat dai"; a denouncer's identity never goes into it.
    db.executescript(
        """
        CREATE TABLE receptions (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            receiver TEXT NOT NULL,
            visits INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
            people INTEGER NOT NULL DEFAULT 0 CHECK (people >= 0),
            cases_new INTEGER NOT NULL DEFAULT 0 CHECK (cases_new >= 0),
            cases_repeat INTEGER NOT NULL DEFAULT 0 CHECK (cases_repeat >= 0),
            delegations INTEGER NOT NULL DEFAULT 0 CHECK (delegations >= 0),
            delegation_people INTEGER NOT NULL DEFAULT 0 CHECK (delegation_people >= 0),
            note TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX receptions_held_on ON receptions (held_on);
        CREATE TABLE petitions (
            id INTEGER PRIMARY KEY,
            received_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            signatories TEXT NOT NULL,
            signer_count INTEGER NOT NULL DEFAULT 1 CHECK (signer_count >= 0),
            content TEXT NOT NULL,
            field TEXT NOT NULL,
            accused TEXT NOT NULL DEFAULT '',
            eligibility TEXT,
            competence TEXT,
            attempt INTEGER NOT NULL DEFAULT 1,
            complex INTEGER NOT NULL DEFAULT 0,
            remote_area INTEGER NOT NULL DEFAULT 0,
            needs_verification INTEGER NOT NULL DEFAULT 0,
            assigned_to TEXT,
            reception_id INTEGER REFERENCES receptions(id),
            source_body TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            duplicate_of INTEGER REFERENCES petitions(id),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            outcome TEXT,
            closed_on TEXT,
            result TEXT,
            next_due_on TEXT,
            next_due_step TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX petitions_received ON petitions (received_on DESC, id DESC);
        CREATE INDEX petitions_kind ON petitions (kind, received_on DESC, id DESC);
        CREATE INDEX petitions_field ON petitions (field, received_on DESC, id DESC);
        CREATE INDEX petitions_due ON petitions (next_due_on) WHERE status = 'open';
        -- Open petitions newest first, covering the keys: overdue / due-soon pages need no sort.
        CREATE INDEX petitions_open_received ON petitions (received_on DESC, id DESC, next_due_on)
            WHERE status = 'open';
        CREATE INDEX petitions_duplicate ON petitions (duplicate_of) WHERE duplicate_of IS NOT NULL;
        CREATE INDEX petitions_reception ON petitions (reception_id) WHERE reception_id IS NOT NULL;
        CREATE TABLE petitioners (
            id INTEGER PRIMARY KEY,
            petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            cccd TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            identity_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX petitioners_petition ON petitioners (petition_id);
        CREATE INDEX petitioners_cccd ON petitioners (cccd) WHERE cccd != '';
        CREATE INDEX petitioners_identity ON petitioners (identity_key) WHERE identity_key != '';
        CREATE TABLE petition_events (
            id INTEGER PRIMARY KEY,
            petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            decision TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            by_user TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX petition_events_petition ON petition_events (petition_id, id);
        -- Evidence and scans for any record (owner = 'petition', later 'activity', ...),
        -- inside the encrypted database so they are protected like the records.
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            owner TEXT NOT NULL,
            owner_id INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX attachments_owner ON attachments (owner, owner_id);
        CREATE VIRTUAL TABLE petitions_fts USING fts5(
            search_text, content='petitions', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        -- New rows are indexed by the repository (one statement per batch); changes and
        -- deletions by triggers.
        CREATE TRIGGER petitions_fts_delete AFTER DELETE ON petitions BEGIN
            INSERT INTO petitions_fts (petitions_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        END;
        CREATE TRIGGER petitions_fts_update AFTER UPDATE OF search_text ON petitions BEGIN
            INSERT INTO petitions_fts (petitions_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
            INSERT INTO petitions_fts (rowid, search_text) VALUES (new.id, new.search_text);
        END;
        """
    )


@migrations(name="0003_activities_models")
def m0003_activities_models(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            starts_at TEXT,
            ends_at TEXT,
            kind TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            led_by TEXT NOT NULL DEFAULT '',
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0 AND women <= participants),
            ethnic_minority INTEGER NOT NULL DEFAULT 0 CHECK (ethnic_minority >= 0 AND ethnic_minority <= participants),
            religious INTEGER NOT NULL DEFAULT 0 CHECK (religious >= 0 AND religious <= participants),
            field TEXT NOT NULL DEFAULT '',
            target_group TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX activities_held_on ON activities (held_on DESC, id DESC);
        CREATE INDEX activities_kind ON activities (kind, held_on);
        CREATE TABLE dvk_models (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            field TEXT NOT NULL,
            owner_kind TEXT NOT NULL CHECK (owner_kind IN ('tap_the', 'ca_nhan')),
            owner TEXT NOT NULL,
            year_registered INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('dang_ky', 'trien_khai', 'hieu_qua')),
            recognition_level TEXT,
            recognition_form TEXT,
            results TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX dvk_models_year ON dvk_models (year_registered);
        """
    )


@migrations(name="0004_democracy")
def m0004_democracy(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE democracy_records (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('cong_khai', 'ban_quyet_dinh', 'lay_y_kien', 'giam_sat')),
            on_date TEXT NOT NULL,
            matter TEXT NOT NULL,
            form TEXT NOT NULL DEFAULT '',
            posted_days INTEGER NOT NULL DEFAULT 0 CHECK (posted_days >= 0),
            turnout INTEGER NOT NULL DEFAULT 0 CHECK (turnout >= 0),
            in_favour_percent INTEGER NOT NULL DEFAULT 0 CHECK (in_favour_percent BETWEEN 0 AND 100),
            opinions INTEGER NOT NULL DEFAULT 0 CHECK (opinions >= 0),
            answer TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '',
            recommendations TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX democracy_records_kind ON democracy_records (kind, on_date);
        """
    )


@migrations(name="0005_reports")
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


@migrations(name="0006_bundles")
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


@migrations(name="0007_report_facts")
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
