"""Report figures read stored facts (resolution date and timeliness, the stored schedule,
the petition's kind on its steps); they must equal what the time-limit engine says when it
is run for every petition, and rows without the facts fall back to the engine."""

from datetime import date, timedelta

import pytest

from danvan_desktop.domain import report_figures
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.services import petition_schedule, petitions, reports
from danvan_desktop.services.doctor import run_doctor
from danvan_desktop.services.demo_petitions import load_demo_petitions
from danvan_desktop.services.petition_schedule import clock_of as _clock
from danvan_desktop.services.rules import active_calendar, active_rule_sets
from danvan_desktop.storage import migrations, reports_repo

TODAY = date(2026, 11, 22)
PERSON = (Petitioner("Hoàng Văn Dũng", "Thôn Nà Lầu", "008085123456"),)
PERIODS = ("2025-H1", "2025", "2026-H1", "2026")


def petition(received_on, kind, field="dat_dai", **extra):
    return PetitionInput(received_on=received_on, kind=kind, channel="truc_tiep", field=field,
                         content=f"Nội dung đơn nhận ngày {received_on:%d/%m/%Y}", petitioners=PERSON, **extra)


def _events(db, pid):
    return [{"kind": k, "on_date": on, "decision": d} for k, on, d in db.execute(
        "SELECT kind, on_date, decision FROM petition_events WHERE petition_id = ? ORDER BY id", [pid])]


def _row(db, pid):
    names = ("id", "kind", "received_on", "attempt", "complex", "remote_area", "needs_verification", "competence",
             "signatories", "result")
    return dict(zip(names, db.execute(f"SELECT {', '.join(names)} FROM petitions WHERE id = ?", [pid]).fetchone()))


def reference(db, p, today):
    """The figures that depend on timeliness and steps, computed the slow way: a join of every
    step to its petition, and the engine for every resolved and every pending petition."""
    rulesets, calendar = active_rule_sets(), active_calendar()
    s, e = p.start.isoformat(), p.end.isoformat()
    resolved = db.execute("""
        SELECT p.id, min(e.on_date) FROM petition_events e JOIN petitions p ON p.id = e.petition_id
         WHERE e.kind = 'resolved' AND e.on_date BETWEEN ? AND ? AND p.duplicate_of IS NULL
           AND p.kind IN ('khieu_nai', 'to_cao') GROUP BY p.id""", [s, e]).fetchall()
    on_time = sum(report_figures.resolution_on_time(_clock(_row(db, pid), _events(db, pid)), date.fromisoformat(on),
                                                    rulesets, calendar) for pid, on in resolved)
    if p.end >= today:
        overdue = db.execute("SELECT count(*) FROM petitions WHERE status = 'open' AND next_due_on < ? "
                             "AND duplicate_of IS NULL", [today.isoformat()]).fetchone()[0]
    else:
        pending = [r[0] for r in db.execute(
            "SELECT id FROM petitions WHERE received_on <= ? AND duplicate_of IS NULL "
            "AND (status = 'open' OR closed_on > ?)", [e, e])]
        overdue = sum(report_figures.overdue_at(_clock(_row(db, pid), _events(db, pid)), p.end, rulesets, calendar)
                      for pid in pending)
    steps = dict(db.execute("""
        SELECT e.kind, count(DISTINCT e.petition_id) FROM petition_events e JOIN petitions p ON p.id = e.petition_id
         WHERE e.on_date BETWEEN ? AND ? AND p.duplicate_of IS NULL GROUP BY e.kind""", [s, e]).fetchall())
    kn_tc = dict(db.execute("""
        SELECT e.kind, count(DISTINCT e.petition_id) FROM petition_events e JOIN petitions p ON p.id = e.petition_id
         WHERE e.on_date BETWEEN ? AND ? AND p.duplicate_of IS NULL AND p.kind IN ('khieu_nai', 'to_cao')
         GROUP BY e.kind""", [s, e]).fetchall())
    return {"resolved": len(resolved), "resolved_on_time": on_time, "resolved_late": len(resolved) - on_time,
            "overdue": overdue, "urged": steps.get("urged", 0), "withdrawn": kn_tc.get("withdrawn", 0)}


def figures_of(session, period_id):
    p = reports.period(session, period_id)
    figures = reports.live_figures(session, p, today=TODAY)["petitions"]
    return p, {k: figures[k] for k in ("resolved", "resolved_on_time", "resolved_late", "overdue", "urged",
                                       "withdrawn")}


@pytest.fixture
def sample(admin_session):
    load_demo_petitions(admin_session, 400, seed=7, today=TODAY)
    officer = admin_session
    add = lambda data, **kw: petitions.add_petition(officer, data, today=TODAY, **kw)  # noqa: E731
    event = lambda pid, kind, on, **kw: petitions.record_event(officer, pid, kind, on, today=TODAY, **kw)  # noqa: E731
    # A complaint overdue at the end of 2026-H1 (14/06/2026 for this unit's province, or earlier),
    # accepted and resolved only afterwards; its duplicate has steps that must not count.
    late = add(petition(date(2025, 12, 20), "khieu_nai"))
    event(late, "accepted", date(2026, 7, 1), decision="9/QĐ-UBND")
    event(late, "resolved", date(2026, 9, 1), decision="10/QĐ-UBND", result="sai")
    dup = add(petition(date(2026, 1, 5), "khieu_nai"), duplicate_of=late)
    event(dup, "accepted", date(2026, 1, 8), decision="11/QĐ-UBND")
    guided_dup = add(petition(date(2026, 2, 1), "kien_nghi"), duplicate_of=late)
    event(guided_dup, "guided", date(2026, 2, 3))
    # A recommendation corrected into a complaint: its steps follow the new kind.
    changed = add(petition(date(2026, 3, 2), "kien_nghi"))
    event(changed, "accepted", date(2026, 3, 4), decision="12/QĐ-UBND")
    petitions.update_petition(officer, changed, petition(date(2026, 3, 2), "khieu_nai"), today=TODAY)
    # Urged twice in one period: one petition urged.
    urged = add(petition(date(2026, 1, 12), "kien_nghi"))
    event(urged, "urged", date(2026, 2, 2), body="UBND huyện")
    event(urged, "urged", date(2026, 3, 2), body="UBND huyện")
    return admin_session


@pytest.mark.parametrize("period_id", PERIODS)
def test_stored_facts_give_the_engines_figures(sample, period_id):
    p, got = figures_of(sample, period_id)
    assert got == reference(sample.db, p, TODAY)


def test_the_figures_are_not_trivial(sample):
    _, got = figures_of(sample, "2026-H1")
    assert got["resolved"] > 10 and 0 < got["resolved_late"] < got["resolved"]
    assert got["overdue"] > 0


def test_rows_without_stored_facts_fall_back_to_the_engine(sample):
    expected = {period_id: figures_of(sample, period_id)[1] for period_id in PERIODS}
    p = reports.period(sample, "2026-H1")
    assert not reports_repo.moved_unknown(sample.db, p.end)
    sample.db.execute("UPDATE petitions SET resolved_on_time = NULL, overdue_known = NULL")
    sample.db.execute("DELETE FROM petition_overdue")
    assert reports_repo.unjudged_resolved(sample.db, p.start, p.end)
    assert reports_repo.moved_unknown(sample.db, p.end)
    assert {period_id: figures_of(sample, period_id)[1] for period_id in PERIODS} == expected
    # The one-off judgement (after migration 0007) stores them again, with the same result.
    assert petition_schedule.store_missing_report_facts(sample, batch=7) > 0
    assert not reports_repo.unjudged_resolved(sample.db, p.start, p.end)
    assert not reports_repo.moved_unknown(sample.db, p.end)
    assert sample.db.execute("SELECT count(*) FROM petition_overdue").fetchone()[0] > 0
    assert {period_id: figures_of(sample, period_id)[1] for period_id in PERIODS} == expected


def test_the_schedule_stores_resolution_facts(admin_session):
    officer = admin_session
    pid = petitions.add_petition(officer, petition(date(2026, 1, 5), "to_cao", accused="Cán bộ địa chính"), today=TODAY)
    petitions.record_event(officer, pid, "accepted", date(2026, 1, 10), decision="1/QĐ-UBND", today=TODAY)
    facts = officer.db.execute("SELECT resolved_on, resolved_on_time FROM petitions WHERE id = ?", [pid]).fetchone()
    assert facts == (None, None)
    petitions.record_event(officer, pid, "resolved", date(2026, 9, 30), decision="2/KL-UBND", today=TODAY)
    facts = officer.db.execute("SELECT resolved_on, resolved_on_time FROM petitions WHERE id = ?", [pid]).fetchone()
    assert facts == ("2026-09-30", 0)  # far past the 30 (+30) days of a denunciation
    kinds = {k for (k,) in officer.db.execute("SELECT DISTINCT petition_kind FROM petition_events "
                                              "WHERE petition_id = ?", [pid])}
    assert kinds == {"to_cao"}


def test_overdue_spans_agree_with_the_engine_day_by_day(sample):
    rulesets, calendar = active_rule_sets(), active_calendar()
    ids = [r[0] for r in sample.db.execute("SELECT id FROM petitions WHERE last_step_on IS NOT NULL "
                                           "ORDER BY id LIMIT 60")]
    checked = overdue_days = 0
    for pid in ids:
        clock = _clock(_row(sample.db, pid), _events(sample.db, pid))
        spans = report_figures.overdue_spans(clock, rulesets, calendar)
        last = max(e.on for e in clock.events)
        day = clock.received_on
        while day < last:
            expected = report_figures.overdue_at(clock, day, rulesets, calendar)
            assert expected == any(a <= day < b for a, b in spans), (pid, day, spans)
            overdue_days += expected
            checked += 1
            day += timedelta(days=1)
    assert checked > 500 and overdue_days > 0


# -- running tallies (migration 0008) ------------------------------------------------------

_TALLIED = ("received_on", "closed_on", "status", "kind", "signatories", "field", "eligibility", "competence")


def scope_reference(db, p):
    """The scope figures counted petition by petition: received in the period, or received
    before it and open at its start (not closed, or closed on or after its first day)."""
    s, e = p.start.isoformat(), p.end.isoformat()
    out = {"carried_over": 0, "received": 0, "pending": 0, "by_kind": {}, "by_signatories": {}, "by_field": {}}
    for r, c, status, kind, signatories, field, eligibility, competence in db.execute(
            f"SELECT {', '.join(_TALLIED)} FROM petitions WHERE duplicate_of IS NULL"):
        if s <= r <= e:
            out["received"] += 1
        elif r < s and (status == "open" or (c is not None and c >= s)):
            out["carried_over"] += 1
        else:
            continue
        closed = c is not None and c <= e
        for name, value in (("by_kind", kind), ("by_signatories", signatories), ("by_field", field)):
            out[name][value] = out[name].get(value, 0) + 1
        out["pending"] += not closed
    out["total"] = out["received"] + out["carried_over"]
    return out


def scope_figures(session, period_id):
    p = reports.period(session, period_id)
    got = reports.live_figures(session, p, today=TODAY)["petitions"]
    got = {k: got[k] for k in ("carried_over", "received", "total", "pending", "by_kind", "by_signatories",
                               "by_field")}
    for name in ("by_kind", "by_signatories", "by_field"):
        got[name] = {k: n for k, n in got[name].items() if n}
    return p, got


def recount(db):
    """The tallies as migration 0008 would build them now from the petitions."""
    tallies = {}
    for row in db.execute(f"SELECT {', '.join(_TALLIED)} FROM petitions WHERE duplicate_of IS NULL"):
        r, c, _status, *values = row
        for column, value in zip(_TALLIED[3:], values):
            for day, slot in ((r, 0), (None if c is None else max(c, r), 1)):
                if day is not None:
                    counts = tallies.setdefault((day, column, value or ""), [0, 0])
                    counts[slot] += 1
    return {key: tuple(v) for key, v in tallies.items()}


def recount_resolutions(db):
    found = {}
    for day, kind, result, on_time in db.execute("SELECT resolved_on, kind, result, resolved_on_time FROM petitions "
                                                 "WHERE duplicate_of IS NULL AND resolved_on IS NOT NULL"):
        key = (day, kind, result or "", -1 if on_time is None else on_time)
        found[key] = found.get(key, 0) + 1
    return found


def stored_resolutions(db):
    return {(day, kind, result, on_time): n for day, kind, result, on_time, n in db.execute(
        "SELECT day, kind, result, on_time, count FROM resolution_tallies") if n}


def recount_repeated(db):
    """(petition, step kind) pairs with more than one step."""
    return set(db.execute("SELECT petition_id, kind FROM petition_events GROUP BY 1, 2 HAVING count(*) > 1").fetchall())


def repeated_steps(db):
    return set(db.execute("SELECT DISTINCT petition_id, kind FROM petition_events WHERE repeated = 1").fetchall())


def stored_tallies(db):
    return {(day, column, value): (received, closed) for day, column, value, received, closed in db.execute(
        "SELECT day, dimension, value, received, closed FROM petition_tallies") if received or closed}


@pytest.mark.parametrize("period_id", PERIODS)
def test_scope_figures_from_tallies_equal_a_count_of_every_petition(sample, period_id):
    p, got = scope_figures(sample, period_id)
    assert got == scope_reference(sample.db, p)
    if period_id.startswith("2026"):  # the sample data begin in 2025: nothing carried over before
        assert got["carried_over"] > 0 and got["received"] > 0 and 0 < got["pending"] < got["total"]


def test_tallies_follow_every_kind_of_write(sample):
    db, officer = sample.db, sample

    def assert_tallies():
        assert stored_tallies(db) == recount(db)
        assert stored_resolutions(db) == recount_resolutions(db)
        assert recount_repeated(db) <= repeated_steps(db)  # stale marks after a deletion do no harm

    assert_tallies()
    before = {period_id: scope_figures(sample, period_id)[1] for period_id in PERIODS}
    # A correction moving the receipt date and changing the kind, field and signatories.
    pid = petitions.add_petition(officer, petition(date(2026, 5, 20), "kien_nghi"), today=TODAY)
    petitions.update_petition(officer, pid, petition(date(2025, 12, 1), "phan_anh", field="moi_truong",
                                                     signatories="nhieu_nguoi", signer_count=3), today=TODAY)
    assert_tallies()
    # Closing it; a complaint accepted and resolved (its resolution tallied, then judged).
    petitions.record_event(officer, pid, "filed", date(2026, 6, 20), today=TODAY)
    assert_tallies()
    complaint = petitions.add_petition(officer, petition(date(2026, 4, 1), "khieu_nai"), today=TODAY)
    petitions.record_event(officer, complaint, "accepted", date(2026, 4, 3), decision="20/QĐ-UBND", today=TODAY)
    petitions.record_event(officer, complaint, "resolved", date(2026, 5, 4), decision="21/QĐ-UBND", result="dung",
                           today=TODAY)
    assert_tallies()
    db.execute("UPDATE petitions SET resolved_on_time = NULL WHERE id = ?", [complaint])
    assert_tallies()
    assert petition_schedule.store_missing_report_facts(sample) == 1
    assert_tallies()
    # Linked as a duplicate, and a group's first petition linked to another (its duplicates follow).
    root = db.execute("SELECT min(id) FROM petitions WHERE duplicate_of IS NULL AND id != ?", [pid]).fetchone()[0]
    dup = petitions.add_petition(officer, petition(date(2026, 2, 2), "khieu_nai"), today=TODAY, duplicate_of=pid)
    petitions.link_duplicate(officer, pid, root)
    assert db.execute("SELECT duplicate_of FROM petitions WHERE id = ?", [dup]).fetchone()[0] == root
    assert_tallies()
    # Writes from outside the app's forms: a deletion, a closing day before the receipt.
    with db.conn:
        db.execute("DELETE FROM petition_events WHERE petition_id = ?", [root])
        db.execute("DELETE FROM petitioners WHERE petition_id = ?", [root])
        db.execute("UPDATE petitions SET duplicate_of = NULL WHERE duplicate_of = ?", [root])
        db.execute("DELETE FROM petitions WHERE id = ?", [root])
        db.execute("UPDATE petitions SET closed_on = '2020-01-01' WHERE id = ?", [dup])
    assert_tallies()
    after = {period_id: scope_figures(sample, period_id)[1] for period_id in PERIODS}
    assert after != before
    for period_id in PERIODS:
        assert after[period_id] == scope_reference(db, reports.period(sample, period_id))


def test_the_upgrade_tallies_the_petitions_already_there(sample):
    db = sample.db
    expected = stored_tallies(db), stored_resolutions(db), repeated_steps(db)
    assert expected == (recount(db), recount_resolutions(db), recount_repeated(db))
    with db.conn:  # back to the schema before 0008, with the records of the sample
        for name in ("petition_tallies_insert", "petition_tallies_delete", "petition_tallies_update",
                     "petition_events_repeated_insert", "petition_events_repeated_update"):
            db.execute(f"DROP TRIGGER {name}")
        for name in ("petition_events_repeated", "petitions_report_due"):
            db.execute(f"DROP INDEX {name}")
        db.execute("DROP TABLE petition_tallies")
        db.execute("DROP TABLE resolution_tallies")
        db.execute("ALTER TABLE petition_events DROP COLUMN repeated")
        db.execute("CREATE INDEX petitions_report_received ON petitions (received_on) WHERE duplicate_of IS NULL")
        db.execute("CREATE INDEX petitions_report_closed ON petitions (closed_on) WHERE duplicate_of IS NULL")
        db.execute("CREATE INDEX petitions_report_open ON petitions (received_on) WHERE duplicate_of IS NULL")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_report_tallies'")
    assert migrations.migrate(db) == ["0008_report_tallies"]
    assert (stored_tallies(db), stored_resolutions(db), repeated_steps(db)) == expected
    assert len(expected[0]) > 100 and len(expected[1]) > 10 and expected[2]


def test_the_full_check_finds_and_repairs_drifted_tallies(sample):
    db = sample.db

    def tally_check():
        return next(c for c in run_doctor(sample.store).checks if c.name == "Số liệu báo cáo")

    assert tally_check().status == "OK"
    expected = {period_id: scope_figures(sample, period_id)[1] for period_id in PERIODS}
    with db.conn:  # another tool edits the file: tallies off, a repeated step unmarked
        db.execute("UPDATE petition_tallies SET received = received + 3 WHERE day = "
                   "(SELECT min(day) FROM petition_tallies WHERE day >= '2026-01-01')")
        db.execute("UPDATE resolution_tallies SET count = count + 1 WHERE day = (SELECT max(day) FROM resolution_tallies)")
        db.execute("UPDATE petition_events SET repeated = NULL WHERE kind = 'urged'")
    assert {period_id: scope_figures(sample, period_id)[1] for period_id in PERIODS} != expected
    check = tally_check()
    assert check.ok and check.warning and "đã tính lại" in check.detail
    assert (stored_tallies(db), stored_resolutions(db)) == (recount(db), recount_resolutions(db))
    assert recount_repeated(db) <= repeated_steps(db)
    assert {period_id: scope_figures(sample, period_id)[1] for period_id in PERIODS} == expected
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'reports.retally'").fetchone()[0] == 1
    assert tally_check().status == "OK"
