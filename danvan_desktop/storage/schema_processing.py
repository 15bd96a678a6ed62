"""Migration 0011: the "xử lý đơn" figures as Thông tư 05/2021/TT-TTCP defines them, and
the per-period entries of the sections the directives ask for (``report_topics``).

Each petition keeps ``first_processed_on`` (its first processing step), ``accepted_on`` (its
first thụ lý) and ``processing`` (its class of ``domain.petition_processing``), kept by
triggers on its steps and on its classification; ``processing_tallies(day, dimension,
value, count)`` counts per day the petitions processed (dimension 'processed', value the
class) and the in-competence complaints and denunciations accepted (dimension 'accepted',
value the day the petition was processed, so "accepted in the period, processed before it"
is a range read). Linked duplicates are never tallied; a count taken back to zero is deleted,
so the triggers leave the same rows as the upgrade of the petitions already there.

The SQL is literal text, ready to be released (a released migration never changes with the
code). The domain module holds the same definition in Python and
``tests/core/test_processing_figures.py`` checks both agree. In the SQL below:

- processing steps: ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved',
  'withdrawn'); steps that change a petition's facts: those and 'urged' (other steps, such
  as notified or extended, fire nothing);
- the class: not eligible ('khong_du_dieu_kien') when anonymous, classified so, or
  unclassified and only filed without a substantive step ('accepted', 'guided', 'forwarded',
  'urged', 'resolved'); else out of competence when classified so or, unclassified, guided,
  forwarded or urged ('chuyen_don' if forwarded, else 'huong_dan' if guided, else
  'khong_thuoc_khac'); else in competence ('thuoc_tham_quyen');
- the processed day: the first processing step, kept between the day of receipt and the
  closing day.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0011_report_figures_tt05(db: Database) -> None:
    db.executescript(
        """
        ALTER TABLE petitions ADD COLUMN first_processed_on TEXT;
        ALTER TABLE petitions ADD COLUMN accepted_on TEXT;
        ALTER TABLE petitions ADD COLUMN processing TEXT;
        -- The facts of the petitions already there, from one pass over their steps.
        CREATE TEMP TABLE m0011_steps AS
            SELECT petition_id AS id,
                   min(CASE WHEN kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved',
                                          'withdrawn') THEN on_date END) AS first_on,
                   min(CASE WHEN kind = 'accepted' THEN on_date END) AS accepted_first,
                   max(kind IN ('filed')) AS filed,
                   max(kind IN ('accepted', 'guided', 'forwarded', 'urged', 'resolved')) AS substantive,
                   max(kind IN ('guided', 'forwarded', 'urged')) AS out_step,
                   max(kind IN ('forwarded')) AS forwarded,
                   max(kind IN ('guided')) AS guided
              FROM petition_events
             WHERE kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn', 'urged')
             GROUP BY petition_id;
        UPDATE petitions SET first_processed_on = s.first_on, accepted_on = s.accepted_first,
            processing = CASE
                WHEN signatories = 'nac_danh' OR eligibility = 'khong_du_dieu_kien'
                     OR (eligibility IS NULL AND s.filed AND NOT s.substantive)
                    THEN 'khong_du_dieu_kien'
                WHEN competence = 'khong_thuoc_tham_quyen' OR (competence IS NULL AND s.out_step)
                    THEN CASE WHEN s.forwarded THEN 'chuyen_don'
                              WHEN s.guided THEN 'huong_dan'
                              ELSE 'khong_thuoc_khac' END
                ELSE 'thuoc_tham_quyen' END
          FROM m0011_steps s WHERE s.id = petitions.id;
        DROP TABLE m0011_steps;
        CREATE TABLE processing_tallies (
            day TEXT NOT NULL,
            dimension TEXT NOT NULL,
            value TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, dimension, value)
        ) WITHOUT ROWID;
        INSERT INTO processing_tallies (day, dimension, value, count)
            SELECT max(p.received_on, CASE WHEN p.closed_on IS NOT NULL THEN min(p.first_processed_on, p.closed_on)
                                           ELSE p.first_processed_on END),
                   'processed', p.processing, count(*)
              FROM petitions p
             WHERE p.duplicate_of IS NULL AND p.first_processed_on IS NOT NULL
             GROUP BY 1, 3;
        INSERT INTO processing_tallies (day, dimension, value, count)
            SELECT max(p.accepted_on, p.received_on), 'accepted',
                   max(p.received_on, CASE WHEN p.closed_on IS NOT NULL THEN min(p.first_processed_on, p.closed_on)
                                           ELSE p.first_processed_on END),
                   count(*)
              FROM petitions p
             WHERE p.duplicate_of IS NULL AND p.accepted_on IS NOT NULL AND p.first_processed_on IS NOT NULL
               AND p.kind IN ('khieu_nai', 'to_cao') AND p.processing = 'thuoc_tham_quyen'
             GROUP BY 1, 3;
        -- A new step moves the first dates forward without reading the other steps (the bulk
        -- sample path inserts steps one by one); a deleted or changed step recomputes.
        CREATE TRIGGER processing_facts_step_insert AFTER INSERT ON petition_events
            WHEN new.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn', 'urged')
        BEGIN
            UPDATE petitions SET
                first_processed_on = CASE
                    WHEN new.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn')
                    THEN min(coalesce(first_processed_on, new.on_date), new.on_date) ELSE first_processed_on END,
                accepted_on = CASE WHEN new.kind = 'accepted'
                    THEN min(coalesce(accepted_on, new.on_date), new.on_date) ELSE accepted_on END,
                processing = CASE
                    WHEN signatories = 'nac_danh' OR eligibility = 'khong_du_dieu_kien'
                         OR (eligibility IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.petition_id
                                            AND e.kind IN ('filed'))
                             AND NOT EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.petition_id
                                                AND e.kind IN ('accepted', 'guided', 'forwarded', 'urged', 'resolved')))
                        THEN 'khong_du_dieu_kien'
                    WHEN competence = 'khong_thuoc_tham_quyen'
                         OR (competence IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.petition_id
                                            AND e.kind IN ('guided', 'forwarded', 'urged')))
                        THEN CASE
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.petition_id
                                            AND e.kind IN ('forwarded')) THEN 'chuyen_don'
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.petition_id
                                            AND e.kind IN ('guided')) THEN 'huong_dan'
                            ELSE 'khong_thuoc_khac' END
                    ELSE 'thuoc_tham_quyen' END
             WHERE id = new.petition_id;
        END;
        CREATE TRIGGER processing_facts_step_delete AFTER DELETE ON petition_events
            WHEN old.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn', 'urged')
        BEGIN
            UPDATE petitions SET
                first_processed_on = (SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id
                    AND e.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn')),
                accepted_on = (SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id
                    AND e.kind = 'accepted'),
                processing = CASE
                    WHEN signatories = 'nac_danh' OR eligibility = 'khong_du_dieu_kien'
                         OR (eligibility IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('filed'))
                             AND NOT EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                                AND e.kind IN ('accepted', 'guided', 'forwarded', 'urged', 'resolved')))
                        THEN 'khong_du_dieu_kien'
                    WHEN competence = 'khong_thuoc_tham_quyen'
                         OR (competence IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('guided', 'forwarded', 'urged')))
                        THEN CASE
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('forwarded')) THEN 'chuyen_don'
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('guided')) THEN 'huong_dan'
                            ELSE 'khong_thuoc_khac' END
                    ELSE 'thuoc_tham_quyen' END
             WHERE id = old.petition_id;
        END;
        CREATE TRIGGER processing_facts_step_update AFTER UPDATE OF petition_id, kind, on_date ON petition_events
            WHEN old.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn', 'urged')
              OR new.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn', 'urged')
        BEGIN
            UPDATE petitions SET
                first_processed_on = (SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id
                    AND e.kind IN ('accepted', 'guided', 'forwarded', 'filed', 'returned', 'resolved', 'withdrawn')),
                accepted_on = (SELECT min(on_date) FROM petition_events e WHERE e.petition_id = petitions.id
                    AND e.kind = 'accepted'),
                processing = CASE
                    WHEN signatories = 'nac_danh' OR eligibility = 'khong_du_dieu_kien'
                         OR (eligibility IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('filed'))
                             AND NOT EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                                AND e.kind IN ('accepted', 'guided', 'forwarded', 'urged', 'resolved')))
                        THEN 'khong_du_dieu_kien'
                    WHEN competence = 'khong_thuoc_tham_quyen'
                         OR (competence IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('guided', 'forwarded', 'urged')))
                        THEN CASE
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('forwarded')) THEN 'chuyen_don'
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = petitions.id
                                            AND e.kind IN ('guided')) THEN 'huong_dan'
                            ELSE 'khong_thuoc_khac' END
                    ELSE 'thuoc_tham_quyen' END
             WHERE id IN (old.petition_id, new.petition_id);
        END;
        CREATE TRIGGER processing_facts_classified AFTER UPDATE OF signatories, eligibility, competence ON petitions
        BEGIN
            UPDATE petitions SET
                processing = CASE
                    WHEN signatories = 'nac_danh' OR eligibility = 'khong_du_dieu_kien'
                         OR (eligibility IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.id
                                            AND e.kind IN ('filed'))
                             AND NOT EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.id
                                                AND e.kind IN ('accepted', 'guided', 'forwarded', 'urged', 'resolved')))
                        THEN 'khong_du_dieu_kien'
                    WHEN competence = 'khong_thuoc_tham_quyen'
                         OR (competence IS NULL
                             AND EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.id
                                            AND e.kind IN ('guided', 'forwarded', 'urged')))
                        THEN CASE
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.id
                                            AND e.kind IN ('forwarded')) THEN 'chuyen_don'
                            WHEN EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = new.id
                                            AND e.kind IN ('guided')) THEN 'huong_dan'
                            ELSE 'khong_thuoc_khac' END
                    ELSE 'thuoc_tham_quyen' END
             WHERE id = new.id;
        END;
        -- The tallies follow each petition: its old counts taken back (and deleted at zero), its new ones added.
        CREATE TRIGGER processing_tallies_insert AFTER INSERT ON petitions WHEN new.first_processed_on IS NOT NULL
        BEGIN
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(new.received_on, CASE WHEN new.closed_on IS NOT NULL
                                                 THEN min(new.first_processed_on, new.closed_on)
                                                 ELSE new.first_processed_on END),
                       'processed', new.processing, 1
                 WHERE new.duplicate_of IS NULL AND new.first_processed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(new.accepted_on, new.received_on), 'accepted',
                       max(new.received_on, CASE WHEN new.closed_on IS NOT NULL
                                                 THEN min(new.first_processed_on, new.closed_on)
                                                 ELSE new.first_processed_on END),
                       1
                 WHERE new.duplicate_of IS NULL AND new.accepted_on IS NOT NULL AND new.first_processed_on IS NOT NULL
                   AND new.kind IN ('khieu_nai', 'to_cao') AND new.processing = 'thuoc_tham_quyen'
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
        END;
        CREATE TRIGGER processing_tallies_delete AFTER DELETE ON petitions WHEN old.first_processed_on IS NOT NULL
        BEGIN
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                 THEN min(old.first_processed_on, old.closed_on)
                                                 ELSE old.first_processed_on END),
                       'processed', old.processing, -1
                 WHERE old.duplicate_of IS NULL AND old.first_processed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(old.accepted_on, old.received_on), 'accepted',
                       max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                 THEN min(old.first_processed_on, old.closed_on)
                                                 ELSE old.first_processed_on END),
                       -1
                 WHERE old.duplicate_of IS NULL AND old.accepted_on IS NOT NULL AND old.first_processed_on IS NOT NULL
                   AND old.kind IN ('khieu_nai', 'to_cao') AND old.processing = 'thuoc_tham_quyen'
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            DELETE FROM processing_tallies
             WHERE day = max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                   THEN min(old.first_processed_on, old.closed_on)
                                                   ELSE old.first_processed_on END)
               AND dimension = 'processed' AND value = old.processing AND count = 0;
            DELETE FROM processing_tallies
             WHERE day = max(old.accepted_on, old.received_on) AND dimension = 'accepted'
               AND value = max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                     THEN min(old.first_processed_on, old.closed_on)
                                                     ELSE old.first_processed_on END)
               AND count = 0;
        END;
        CREATE TRIGGER processing_tallies_update
            AFTER UPDATE OF received_on, closed_on, duplicate_of, kind, first_processed_on, accepted_on, processing
            ON petitions
            WHEN old.received_on IS NOT new.received_on OR old.closed_on IS NOT new.closed_on
              OR old.duplicate_of IS NOT new.duplicate_of OR old.kind IS NOT new.kind
              OR old.first_processed_on IS NOT new.first_processed_on OR old.accepted_on IS NOT new.accepted_on
              OR old.processing IS NOT new.processing
        BEGIN
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                 THEN min(old.first_processed_on, old.closed_on)
                                                 ELSE old.first_processed_on END),
                       'processed', old.processing, -1
                 WHERE old.duplicate_of IS NULL AND old.first_processed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(old.accepted_on, old.received_on), 'accepted',
                       max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                 THEN min(old.first_processed_on, old.closed_on)
                                                 ELSE old.first_processed_on END),
                       -1
                 WHERE old.duplicate_of IS NULL AND old.accepted_on IS NOT NULL AND old.first_processed_on IS NOT NULL
                   AND old.kind IN ('khieu_nai', 'to_cao') AND old.processing = 'thuoc_tham_quyen'
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            DELETE FROM processing_tallies
             WHERE day = max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                   THEN min(old.first_processed_on, old.closed_on)
                                                   ELSE old.first_processed_on END)
               AND dimension = 'processed' AND value = old.processing AND count = 0;
            DELETE FROM processing_tallies
             WHERE day = max(old.accepted_on, old.received_on) AND dimension = 'accepted'
               AND value = max(old.received_on, CASE WHEN old.closed_on IS NOT NULL
                                                     THEN min(old.first_processed_on, old.closed_on)
                                                     ELSE old.first_processed_on END)
               AND count = 0;
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(new.received_on, CASE WHEN new.closed_on IS NOT NULL
                                                 THEN min(new.first_processed_on, new.closed_on)
                                                 ELSE new.first_processed_on END),
                       'processed', new.processing, 1
                 WHERE new.duplicate_of IS NULL AND new.first_processed_on IS NOT NULL
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
            INSERT INTO processing_tallies (day, dimension, value, count)
                SELECT max(new.accepted_on, new.received_on), 'accepted',
                       max(new.received_on, CASE WHEN new.closed_on IS NOT NULL
                                                 THEN min(new.first_processed_on, new.closed_on)
                                                 ELSE new.first_processed_on END),
                       1
                 WHERE new.duplicate_of IS NULL AND new.accepted_on IS NOT NULL AND new.first_processed_on IS NOT NULL
                   AND new.kind IN ('khieu_nai', 'to_cao') AND new.processing = 'thuoc_tham_quyen'
                ON CONFLICT DO UPDATE SET count = count + excluded.count;
        END;
        -- What an officer enters for a period's directive sections (domain.report_topics):
        -- counts as a JSON object of item counts, the narrative, where the counts come from, who and when.
        CREATE TABLE report_topics (
            period_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            text TEXT NOT NULL DEFAULT '',
            source_note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            PRIMARY KEY (period_id, topic)
        ) WITHOUT ROWID;
        """
    )
