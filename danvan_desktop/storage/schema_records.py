"""Migrations 0001–0004: the foundation (settings, units, users, audit log) and the
records (receptions, petitions and their timeline, attachments, activities, "Dân vận khéo"
models, grassroots democracy). Released: never edit, only add; listed in order in
``migrations.MIGRATIONS``."""

from __future__ import annotations

from sqlite_utils import Database



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
