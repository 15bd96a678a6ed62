"""Migration 0011: the "xử lý đơn" figures as Thông tư 05/2021/TT-TTCP defines them, and
the per-period entries of the sections the directives ask for (``report_topics``).

Each petition keeps ``first_processed_on`` (its first processing step), ``accepted_on`` (its
first thụ lý) and ``processing`` (its class of ``domain.petition_processing``), kept by
triggers on its steps and on its classification; ``processing_tallies(day, dimension,
value, count)`` counts per day the petitions processed (dimension 'processed', value the
class) and the in-competence complaints and denunciations accepted (dimension 'accepted',
value the day the petition was processed, so "accepted in the period, processed before it"
is a range read). Linked duplicates are never tallied.

The SQL is written out here (a released migration never changes with the code); the domain
module holds the same definition in Python and the tests check both agree.
"""

from __future__ import annotations

from sqlite_utils import Database


_PROCESSING_STEPS = "('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn')"
# The steps that change a petition's facts (other steps, such as notified or extended, fire nothing).
_RELEVANT = "('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn', 'urged')"


_FILED, _SUBSTANTIVE = "('filed')", "('accepted', 'guided', 'forwarded', 'urged', 'resolved')"
_OUT, _FORWARDED, _GUIDED = "('guided', 'forwarded', 'urged')", "('forwarded')", "('guided')"
# The same step tests as columns of one pass over the steps (the upgrade of the rows already there).
_FLAGS = {_FILED: "filed", _SUBSTANTIVE: "substantive", _OUT: "out_step", _FORWARDED: "forwarded", _GUIDED: "guided"}


def _has(row_id: str, kinds: str) -> str:
    return f"EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = {row_id} AND e.kind IN {kinds})"


def _class(has) -> str:
    """The processing class of a petitions row (its columns unqualified); ``has(kinds)`` is the
    SQL test "the petition has a step of one of ``kinds``"."""
    return f"""CASE
        WHEN signatories = 'nac_danh' OR eligibility = 'khong_du_dieu_kien'
             OR (eligibility IS NULL AND {has(_FILED)} AND NOT {has(_SUBSTANTIVE)})
            THEN 'khong_du_dieu_kien'
        WHEN competence = 'khong_thuoc_tham_quyen' OR (competence IS NULL AND {has(_OUT)})
            THEN CASE WHEN {has(_FORWARDED)} THEN 'chuyen_don'
                      WHEN {has(_GUIDED)} THEN 'huong_dan'
                      ELSE 'khong_thuoc_khac' END
        ELSE 'thuoc_tham_quyen' END"""


def _backfill() -> str:
    """The facts of the petitions already there, from one pass over their steps."""
    flags = ", ".join(f"max(kind IN {kinds}) AS {name}" for kinds, name in _FLAGS.items())
    return f"""
        CREATE TEMP TABLE m0011_steps AS
            SELECT petition_id AS id, min(CASE WHEN kind IN {_PROCESSING_STEPS} THEN on_date END) AS first_on,
                   min(CASE WHEN kind = 'accepted' THEN on_date END) AS accepted_first, {flags}
              FROM petition_events WHERE kind IN {_RELEVANT} GROUP BY petition_id;
        UPDATE petitions SET first_processed_on = s.first_on, accepted_on = s.accepted_first,
                             processing = {_class(lambda kinds: "s." + _FLAGS[kinds])}
          FROM m0011_steps s WHERE s.id = petitions.id;
        DROP TABLE m0011_steps;"""


def _facts(where: str) -> str:
    first = ("(SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id "
             f"AND e.kind IN {_PROCESSING_STEPS})")
    accepted = "(SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id AND e.kind = 'accepted')"
    return (f"UPDATE petitions SET first_processed_on = {first}, accepted_on = {accepted}, "
            f"processing = {_class(lambda kinds: _has('petitions.id', kinds))} WHERE {where};")


def _processed_day(r: str) -> str:
    return (f"max({r}.received_on, CASE WHEN {r}.closed_on IS NOT NULL THEN min({r}.first_processed_on, {r}.closed_on) "
            f"ELSE {r}.first_processed_on END)")


def _tally(r: str, sign: str) -> str:
    # A count taken back to zero is deleted, so the tallies hold only what counts (the same
    # rows the upgrade of the petitions already there writes, whatever order things came in).
    untally = "" if sign == "+" else f"""
        DELETE FROM processing_tallies WHERE day = {_processed_day(r)} AND dimension = 'processed'
           AND value = {r}.processing AND count = 0;
        DELETE FROM processing_tallies WHERE day = max({r}.accepted_on, {r}.received_on) AND dimension = 'accepted'
           AND value = {_processed_day(r)} AND count = 0;"""
    return f"""
        INSERT INTO processing_tallies (day, dimension, value, count)
            SELECT {_processed_day(r)}, 'processed', {r}.processing, {sign}1
             WHERE {r}.duplicate_of IS NULL AND {r}.first_processed_on IS NOT NULL
            ON CONFLICT DO UPDATE SET count = count + excluded.count;
        INSERT INTO processing_tallies (day, dimension, value, count)
            SELECT max({r}.accepted_on, {r}.received_on), 'accepted', {_processed_day(r)}, {sign}1
             WHERE {r}.duplicate_of IS NULL AND {r}.accepted_on IS NOT NULL AND {r}.first_processed_on IS NOT NULL
               AND {r}.kind IN ('khieu_nai', 'to_cao') AND {r}.processing = 'thuoc_tham_quyen'
            ON CONFLICT DO UPDATE SET count = count + excluded.count;{untally}"""


TALLY_WATCHED = ("received_on", "closed_on", "duplicate_of", "kind", "first_processed_on", "accepted_on", "processing")


def m0011_report_figures_tt05(db: Database) -> None:
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in TALLY_WATCHED)
    db.executescript(
        f"""
        ALTER TABLE petitions ADD COLUMN first_processed_on TEXT;
        ALTER TABLE petitions ADD COLUMN accepted_on TEXT;
        ALTER TABLE petitions ADD COLUMN processing TEXT;
        {_backfill()}
        CREATE TABLE processing_tallies (
            day TEXT NOT NULL,
            dimension TEXT NOT NULL,
            value TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, dimension, value)
        ) WITHOUT ROWID;
        INSERT INTO processing_tallies (day, dimension, value, count)
            SELECT {_processed_day('p')}, 'processed', p.processing, count(*) FROM petitions p
             WHERE p.duplicate_of IS NULL AND p.first_processed_on IS NOT NULL GROUP BY 1, 3;
        INSERT INTO processing_tallies (day, dimension, value, count)
            SELECT max(p.accepted_on, p.received_on), 'accepted', {_processed_day('p')}, count(*) FROM petitions p
             WHERE p.duplicate_of IS NULL AND p.accepted_on IS NOT NULL AND p.first_processed_on IS NOT NULL
               AND p.kind IN ('khieu_nai', 'to_cao') AND p.processing = 'thuoc_tham_quyen' GROUP BY 1, 3;
        -- A new step moves the first dates forward without reading the other steps (the bulk
        -- sample path inserts steps one by one); a deleted or changed step recomputes.
        CREATE TRIGGER processing_facts_step_insert AFTER INSERT ON petition_events WHEN new.kind IN {_RELEVANT}
        BEGIN
            UPDATE petitions SET
                first_processed_on = CASE WHEN new.kind IN {_PROCESSING_STEPS}
                    THEN min(coalesce(first_processed_on, new.on_date), new.on_date) ELSE first_processed_on END,
                accepted_on = CASE WHEN new.kind = 'accepted'
                    THEN min(coalesce(accepted_on, new.on_date), new.on_date) ELSE accepted_on END,
                processing = {_class(lambda kinds: _has('new.petition_id', kinds))}
             WHERE id = new.petition_id;
        END;
        CREATE TRIGGER processing_facts_step_delete AFTER DELETE ON petition_events WHEN old.kind IN {_RELEVANT}
        BEGIN
            {_facts("id = old.petition_id")}
        END;
        CREATE TRIGGER processing_facts_step_update AFTER UPDATE OF petition_id, kind, on_date ON petition_events
            WHEN old.kind IN {_RELEVANT} OR new.kind IN {_RELEVANT} BEGIN
            {_facts("id IN (old.petition_id, new.petition_id)")}
        END;
        CREATE TRIGGER processing_facts_classified AFTER UPDATE OF signatories, eligibility, competence ON petitions
        BEGIN
            UPDATE petitions SET processing = {_class(lambda kinds: _has('new.id', kinds))} WHERE id = new.id;
        END;
        CREATE TRIGGER processing_tallies_insert AFTER INSERT ON petitions WHEN new.first_processed_on IS NOT NULL
        BEGIN {_tally('new', '+')}
        END;
        CREATE TRIGGER processing_tallies_delete AFTER DELETE ON petitions WHEN old.first_processed_on IS NOT NULL
        BEGIN {_tally('old', '-')}
        END;
        CREATE TRIGGER processing_tallies_update AFTER UPDATE OF {', '.join(TALLY_WATCHED)} ON petitions
            WHEN {changed} BEGIN {_tally('old', '-')} {_tally('new', '+')}
        END;
        -- What an officer enters for a period's directive sections (domain.report_topics):
        -- counts as a JSON object of item counts, the narrative, where the counts come from, who and when.
        CREATE TABLE report_topics (
            period_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{{}}',
            text TEXT NOT NULL DEFAULT '',
            source_note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            PRIMARY KEY (period_id, topic)
        ) WITHOUT ROWID;
        """
    )
