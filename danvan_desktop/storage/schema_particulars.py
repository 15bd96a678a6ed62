"""Migration 0018: a petition whose petitioner gives no name, address or signature is "không
đủ điều kiện xử lý" in the "xử lý đơn" figures, as an anonymous one is (Luật Khiếu nại 2011
Điều 8 khoản 2; Thông tư 05/2021/TT-TTCP: resources/rules/petition_eligibility.json).

- ``petitioners.signed``: the petition bears this person's signature or fingerprint. The
  register did not record it before, so the petitioners already there count as signed.
- ``petitions.petitioner_incomplete``: some petitioner of the petition lacks a name, an
  address or a signature; kept by triggers on ``petitioners`` (an insert of a complete
  petitioner, the common case, fires nothing) and set here for the petitions already there.
- The four triggers of migration 0011 that give a petition its class are made again with
  ``petitioner_incomplete`` among the reasons for "không đủ điều kiện" (the text is 0011's
  otherwise), and the class follows a change of the flag. Setting the flag of the petitions
  already there moves their class and, through 0011's tally triggers, the tallies.

The domain holds the same definition (``domain.petitions.missing_particulars``,
``domain.petition_processing.processing_class``); ``tests/core/test_processing_figures.py``
checks both agree on random registers with such petitioners.
"""

from __future__ import annotations

from sqlite_utils import Database


def m0018_petitioner_particulars(db: Database) -> None:
    db.executescript(
        """
        ALTER TABLE petitioners ADD COLUMN signed INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE petitions ADD COLUMN petitioner_incomplete INTEGER NOT NULL DEFAULT 0;
        DROP TRIGGER processing_facts_step_insert;
        DROP TRIGGER processing_facts_step_delete;
        DROP TRIGGER processing_facts_step_update;
        DROP TRIGGER processing_facts_classified;
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
                    WHEN signatories = 'nac_danh' OR petitioner_incomplete OR eligibility = 'khong_du_dieu_kien'
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
                    WHEN signatories = 'nac_danh' OR petitioner_incomplete OR eligibility = 'khong_du_dieu_kien'
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
                    WHEN signatories = 'nac_danh' OR petitioner_incomplete OR eligibility = 'khong_du_dieu_kien'
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
        CREATE TRIGGER processing_facts_classified AFTER UPDATE OF signatories, eligibility, competence, petitioner_incomplete
            ON petitions
        BEGIN
            UPDATE petitions SET
                processing = CASE
                    WHEN signatories = 'nac_danh' OR petitioner_incomplete OR eligibility = 'khong_du_dieu_kien'
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
        CREATE TRIGGER petitioner_particulars_insert AFTER INSERT ON petitioners
            WHEN trim(new.name) = '' OR trim(new.address) = '' OR new.signed = 0
        BEGIN
            UPDATE petitions SET petitioner_incomplete = 1 WHERE id = new.petition_id AND petitioner_incomplete = 0;
        END;
        CREATE TRIGGER petitioner_particulars_delete AFTER DELETE ON petitioners
            WHEN trim(old.name) = '' OR trim(old.address) = '' OR old.signed = 0
        BEGIN
            UPDATE petitions SET petitioner_incomplete = EXISTS (
                    SELECT 1 FROM petitioners p WHERE p.petition_id = old.petition_id
                       AND (trim(p.name) = '' OR trim(p.address) = '' OR p.signed = 0))
             WHERE id = old.petition_id;
        END;
        CREATE TRIGGER petitioner_particulars_update AFTER UPDATE OF petition_id, name, address, signed ON petitioners
        BEGIN
            UPDATE petitions SET petitioner_incomplete = EXISTS (
                    SELECT 1 FROM petitioners p WHERE p.petition_id = petitions.id
                       AND (trim(p.name) = '' OR trim(p.address) = '' OR p.signed = 0))
             WHERE id IN (old.petition_id, new.petition_id);
        END;
        UPDATE petitions SET petitioner_incomplete = 1
         WHERE id IN (SELECT petition_id FROM petitioners WHERE trim(name) = '' OR trim(address) = '');
        """
    )
