"""The "xử lý đơn" figures (TT 05/2021/TT-TTCP) over random registers: the identities of the
Inspectorate's form always hold, and the tallies the triggers of migrations 0011 and 0018 keep
equal the domain's definition applied to every petition, through inserts, corrections, new and
deleted steps, petitioners without name, address or signature and corrections of them."""

import sqlite3
from datetime import date, timedelta

import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan_desktop.domain.petition_processing import processing_class
from danvan_desktop.domain.petitions import Petitioner, missing_particulars
from danvan_desktop.domain.report_figures import Codes, PeriodRecords, petition_figures
from danvan_desktop.storage import migrations, processing_tallies, reports_repo

BASE = date(2025, 6, 1)
STEP_KINDS = ("accepted", "notified", "extended", "resolved", "guided", "forwarded", "urged", "filed", "returned",
              "withdrawn")
CLOSING = {"resolved", "filed", "returned", "withdrawn", "guided", "forwarded"}

petition_strategy = st.fixed_dictionaries({
    "received": st.integers(0, 500),
    "kind": st.sampled_from(("khieu_nai", "to_cao", "kien_nghi", "phan_anh", "nhieu_noi_dung")),
    "signatories": st.sampled_from(("mot_nguoi", "nhieu_nguoi", "nac_danh")),
    "eligibility": st.sampled_from((None, "du_dieu_kien", "khong_du_dieu_kien")),
    "competence": st.sampled_from((None, "thuoc_tham_quyen", "khong_thuoc_tham_quyen")),
    "steps": st.lists(st.tuples(st.sampled_from(STEP_KINDS), st.integers(-5, 200)), max_size=4),
    "duplicate": st.booleans(),
    # (name, address, signed) of each petitioner; entered before or after the steps
    "people": st.lists(st.tuples(st.sampled_from(("", "Nguyễn Văn An")), st.sampled_from(("", "Thôn Nà Lầu")),
                                 st.booleans()), max_size=3),
    "people_after_steps": st.booleans(),
})
edit_strategy = st.lists(st.tuples(
    st.sampled_from(("reclassify", "delete_step", "add_step", "move_receipt", "delete", "sign", "unsign",
                     "clear_address", "delete_petitioner")),
    st.integers(0, 10_000), st.sampled_from(STEP_KINDS), st.integers(-30, 200)), max_size=6)
period_strategy = st.tuples(st.integers(0, 600), st.integers(0, 400))


def _db():
    db = sqlite_utils.Database(sqlite3.connect(":memory:"))
    db.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(db)
    return db


def _day(n: int) -> str:
    return (BASE + timedelta(days=n)).isoformat()


def _insert(db, register):
    ids = []
    for n, p in enumerate(register):
        steps = sorted((kind, p["received"] + max(offset, 0)) for kind, offset in p["steps"])
        closing = [on for kind, on in steps if kind in CLOSING]
        duplicate_of = ids[0] if p["duplicate"] and ids else None
        cursor = db.execute(
            "INSERT INTO petitions (received_on, kind, channel, signatories, content, field, eligibility, competence, "
            "duplicate_of, status, closed_on, created_by, created_at, updated_at) "
            "VALUES (?, ?, 'truc_tiep', ?, 'Nội dung', 'dat_dai', ?, ?, ?, ?, ?, 't', 't', 't')",
            [_day(p["received"]), p["kind"], p["signatories"], p["eligibility"], p["competence"], duplicate_of,
             "closed" if closing else "open", _day(min(closing)) if closing else None])
        pid = cursor.lastrowid
        db.execute("INSERT INTO petitions_fts (rowid, search_text) VALUES (?, '')", [pid])  # as the repository does
        ids.append(pid)
        if not p.get("people_after_steps"):
            _insert_people(db, pid, p.get("people", ()))
        for kind, on in steps:
            db.execute("INSERT INTO petition_events (petition_id, kind, on_date, by_user, at, petition_kind) "
                       "VALUES (?, ?, ?, 't', 't', ?)", [pid, kind, _day(on), p["kind"]])
        if p.get("people_after_steps"):
            _insert_people(db, pid, p.get("people", ()))
    return ids


def _insert_people(db, pid, people):
    db.conn.executemany("INSERT INTO petitioners (petition_id, position, name, address, signed) VALUES (?, ?, ?, ?, ?)",
                        [(pid, i, name, address, int(signed)) for i, (name, address, signed) in enumerate(people)])


def _edit(db, ids, edits):
    for action, pick, kind, days in edits:
        alive = [r[0] for r in db.execute("SELECT id FROM petitions ORDER BY id")]
        if not alive:
            return
        pid = alive[pick % len(alive)]
        if action == "reclassify":
            db.execute("UPDATE petitions SET eligibility = ?, competence = ?, signatories = ? WHERE id = ?",
                       [(None, "du_dieu_kien", "khong_du_dieu_kien")[pick % 3],
                        (None, "thuoc_tham_quyen", "khong_thuoc_tham_quyen")[days % 3],
                        ("mot_nguoi", "nac_danh")[pick % 2], pid])
        elif action == "delete_step":
            db.execute("DELETE FROM petition_events WHERE id = (SELECT min(id) FROM petition_events "
                       "WHERE petition_id = ?)", [pid])
        elif action == "add_step":
            received = db.execute("SELECT received_on FROM petitions WHERE id = ?", [pid]).fetchone()[0]
            on = (date.fromisoformat(received) + timedelta(days=abs(days))).isoformat()
            db.execute("INSERT INTO petition_events (petition_id, kind, on_date, by_user, at) VALUES (?, ?, ?, 't', 't')",
                       [pid, kind, on])
        elif action == "move_receipt":
            db.execute("UPDATE petitions SET received_on = ? WHERE id = ?", [_day(abs(days)), pid])
        elif action in ("sign", "unsign"):
            db.execute("UPDATE petitioners SET signed = ? WHERE id = (SELECT min(id) FROM petitioners "
                       "WHERE petition_id = ?)", [int(action == "sign"), pid])
        elif action == "clear_address":
            db.execute("UPDATE petitioners SET address = '' WHERE petition_id = ?", [pid])
        elif action == "delete_petitioner":
            db.execute("DELETE FROM petitioners WHERE id = (SELECT max(id) FROM petitioners WHERE petition_id = ?)",
                       [pid])
        else:
            db.execute("UPDATE petitions SET duplicate_of = NULL WHERE duplicate_of = ?", [pid])
            db.execute("DELETE FROM petitions WHERE id = ?", [pid])


def _figures(db, start: date, end: date) -> dict:
    classes, accepted, earlier = processing_tallies.processing_counts(db, start, end)
    records = PeriodRecords(petition_counts=reports_repo.petition_counts(db, start, end), processing=classes,
                            accepted_kn_tc=accepted, accepted_carried_over=earlier)
    return petition_figures(records, Codes(("dat_dai",), ()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(petition_strategy, max_size=25), edit_strategy, st.lists(period_strategy, min_size=1, max_size=3))
def test_identities_hold_and_tallies_follow_the_definition(register, edits, periods):
    db = _db()
    ids = _insert(db, register)
    _edit(db, ids, edits)
    assert processing_tallies.drift(db) == 0  # the triggers' SQL = the domain's definition
    assert not db.execute("SELECT * FROM processing_tallies WHERE count = 0").fetchall()  # nothing left at zero
    people: dict[int, list[Petitioner]] = {}
    for pid, name, address, signed in db.execute("SELECT petition_id, name, address, signed FROM petitioners"):
        people.setdefault(pid, []).append(Petitioner(name=name, address=address, signed=bool(signed)))
    for pid, flag, signatories, processing in db.execute(
            "SELECT id, petitioner_incomplete, signatories, processing FROM petitions"):
        assert bool(flag) == bool(missing_particulars(people.get(pid, ())))  # the flag the triggers keep
        if flag and processing is not None:
            assert processing == "khong_du_dieu_kien"
    for start_day, length in periods:
        start, end = BASE + timedelta(days=start_day), BASE + timedelta(days=start_day + length)
        p = _figures(db, start, end)
        assert p["processed"] == p["eligible"] + p["not_eligible"]
        assert p["eligible"] == p["in_competence"] + p["out_of_competence"]
        assert p["guided"] + p["forwarded"] <= p["out_of_competence"]
        assert p["accepted"] <= p["in_competence"] + p["accepted_carried_over"]
        assert p["accepted_carried_over"] <= p["accepted"]
        assert p["processed"] <= p["carried_over"] + p["received"]
        assert all(v >= 0 for v in p.values() if isinstance(v, int))


def test_rebuild_repairs_drifted_facts_and_tallies():
    db = _db()
    register = [{"received": 10 * i, "kind": "to_cao" if i % 2 else "khieu_nai", "signatories": "mot_nguoi",
                 "eligibility": None, "competence": None, "steps": [("accepted", 3)], "duplicate": False}
                for i in range(6)]
    _insert(db, register)
    expected = _figures(db, BASE, BASE + timedelta(days=100))
    assert expected["accepted"] == expected["in_competence"] == 6
    db.execute("UPDATE processing_tallies SET count = count + 2")
    db.execute("UPDATE petitions SET processing = 'khong_du_dieu_kien'")  # the trigger moves the tallies too
    assert processing_tallies.drift(db) > 0
    processing_tallies.rebuild(db)
    assert processing_tallies.drift(db) == 0
    assert _figures(db, BASE, BASE + timedelta(days=100)) == expected


def test_classes_follow_tt05():
    # Anonymous: never eligible, whatever was ticked.
    assert processing_class("nac_danh", "du_dieu_kien", "thuoc_tham_quyen", ["accepted"]) == "khong_du_dieu_kien"
    # Filed (lưu đơn) without any substantive step: not eligible.
    assert processing_class("mot_nguoi", None, None, ["filed"]) == "khong_du_dieu_kien"
    # Guidance and forwarding sit under "không thuộc thẩm quyền".
    assert processing_class("mot_nguoi", None, None, ["guided"]) == "huong_dan"
    assert processing_class("mot_nguoi", "du_dieu_kien", None, ["guided", "forwarded"]) == "chuyen_don"
    assert processing_class("mot_nguoi", None, "khong_thuoc_tham_quyen", ["returned"]) == "khong_thuoc_khac"
    # A petitioner without name, address or signature: not eligible, whatever was ticked (LKN Đ.8 k.2).
    assert processing_class("mot_nguoi", "du_dieu_kien", "thuoc_tham_quyen", ["accepted"],
                            petitioner_incomplete=True) == "khong_du_dieu_kien"
    assert missing_particulars([Petitioner("An", "Thôn 1"), Petitioner("Bình", "", signed=False)]) \
        == ["address", "signed"]
    assert missing_particulars([Petitioner("An", "Thôn 1")]) == []
    # A classification in competence wins over a guidance step.
    assert processing_class("nhieu_nguoi", None, "thuoc_tham_quyen", ["guided"]) == "thuoc_tham_quyen"
    assert processing_class("mot_nguoi", None, None, ["accepted", "resolved"]) == "thuoc_tham_quyen"


def test_a_classification_alone_does_not_make_a_petition_processed():
    db = _db()
    _insert(db, [{"received": 5, "kind": "kien_nghi", "signatories": "mot_nguoi", "eligibility": "du_dieu_kien",
                  "competence": "thuoc_tham_quyen", "steps": [], "duplicate": False},
                 {"received": 6, "kind": "khieu_nai", "signatories": "nac_danh", "eligibility": None,
                  "competence": None, "steps": [("filed", 2)], "duplicate": False}])
    p = _figures(db, BASE, BASE + timedelta(days=30))
    assert (p["total"], p["processed"], p["not_eligible"], p["eligible"]) == (2, 1, 1, 0)


def test_an_unsigned_petition_counts_as_not_eligible_until_the_signature_is_recorded():
    db = _db()
    _insert(db, [{"received": 5, "kind": "khieu_nai", "signatories": "mot_nguoi", "eligibility": None,
                  "competence": None, "steps": [("accepted", 2)], "duplicate": False,
                  "people": [("Nguyễn Văn An", "Thôn Nà Lầu", False)]}])
    p = _figures(db, BASE, BASE + timedelta(days=30))
    assert (p["processed"], p["not_eligible"], p["in_competence"], p["accepted"]) == (1, 1, 0, 0)
    db.execute("UPDATE petitioners SET signed = 1")
    p = _figures(db, BASE, BASE + timedelta(days=30))
    assert (p["processed"], p["not_eligible"], p["in_competence"], p["accepted"]) == (1, 0, 1, 1)
    assert processing_tallies.drift(db) == 0


# Before migration 0018 the register did not record signatures: the upgrade counts everyone as signed.
signed_petition = petition_strategy.map(lambda p: {**p, "people": [(n, a, True) for n, a, _ in p["people"]]})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(signed_petition, min_size=1, max_size=25))
def test_the_upgrade_gives_the_petitions_already_there_the_same_facts_and_tallies(register):
    db = _db()
    _insert(db, register)
    facts = ("SELECT id, first_processed_on, accepted_on, processing, petitioner_incomplete FROM petitions "
             "ORDER BY id")
    expected = db.execute(facts).fetchall(), sorted(db.execute("SELECT * FROM processing_tallies"))
    for name in ("processing_facts_step_insert", "processing_facts_step_delete", "processing_facts_step_update",
                 "processing_facts_classified", "processing_tallies_insert",
                 "processing_tallies_delete", "processing_tallies_update", "petitioner_particulars_insert",
                 "petitioner_particulars_delete", "petitioner_particulars_update"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE processing_tallies")
    db.execute("DROP TABLE report_topics")
    for column in ("first_processed_on", "accepted_on", "processing", "petitioner_incomplete"):
        db.execute(f"ALTER TABLE petitions DROP COLUMN {column}")
    db.execute("ALTER TABLE petitioners DROP COLUMN signed")
    db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0011_report_figures_tt05', "
               "'0018_petitioner_particulars')")
    assert migrations.migrate(db) == ["0011_report_figures_tt05", "0018_petitioner_particulars"]
    assert (db.execute(facts).fetchall(), sorted(db.execute("SELECT * FROM processing_tallies"))) \
        == expected
    assert processing_tallies.drift(db) == 0


def test_sample_data_name_why_a_petition_is_not_eligible(admin_session):
    from danvan_desktop.services.demo_petitions import load_demo_petitions

    load_demo_petitions(admin_session, 800, today=date(2026, 11, 22))
    db = admin_session.db
    flagged = db.execute("SELECT eligibility, count(*) FROM petitions WHERE petitioner_incomplete = 1 "
                         "GROUP BY eligibility").fetchall()
    assert flagged and {e for e, _ in flagged} == {"khong_du_dieu_kien"}  # a sample lacking an address
    missing = db.execute("SELECT count(*) FROM petitioners WHERE address = ''").fetchone()[0]
    assert missing >= sum(n for _, n in flagged)
    assert processing_tallies.drift(db) == 0
