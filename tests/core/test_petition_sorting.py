"""The register sorted in SQL on keyset pages: keys kept on every write path, filled at upgrade."""

from datetime import date

from danvan_desktop.collation import LAST, content_sort_key, name_sort_key
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.services import petitions, register_import
from danvan_desktop.services.demo_petitions import load_demo_petitions
from danvan_desktop.storage import petitions_repo
from danvan_desktop.storage.migrations import migrate
from tests.core.test_register_import import ROWS, book

TODAY = date(2026, 11, 22)


def petition(name, content="Kiến nghị sửa đường", kind="kien_nghi", received=date(2026, 10, 1)):
    return PetitionInput(received_on=received, kind=kind, channel="truc_tiep", field="dat_dai", content=content,
                         accused="Cán bộ xã" if kind == "to_cao" else "",
                         petitioners=(Petitioner(name, "Thôn Nà Lầu"),))


def keys_of(session, pid):
    row = petitions_repo.get(session.db, pid)
    return row["petitioner_sort"], row["content_sort"]


def walk(session, query, page=3):
    """Every key, a few at a time, as the register's pages read them."""
    keys, after = [], None
    while True:
        found = petitions.page(session, query, after, page)
        keys += found
        if len(found) < page:
            return keys
        after = found[-1]


def test_keys_on_add_edit_and_kind_change(admin_session):
    pid = petitions.add_petition(admin_session, petition("Trần Duy", "Đất đai"), today=TODAY)
    assert keys_of(admin_session, pid) == (name_sort_key("Trần Duy"), content_sort_key("Đất đai"))
    petitions.update_petition(admin_session, pid, petition("Lê Đông", "Ô nhiễm"), today=TODAY)
    assert keys_of(admin_session, pid) == (name_sort_key("Lê Đông"), content_sort_key("Ô nhiễm"))
    petitions.update_petition(admin_session, pid, petition("Lê Đông", "Ô nhiễm", kind="to_cao"), today=TODAY)
    assert keys_of(admin_session, pid)[0] == LAST  # now a secret identity


def test_keys_on_import_and_demo_and_filled_at_upgrade(admin_session, tmp_path):
    plan = register_import.plan_import(admin_session, "petitions", book(tmp_path / "so.xlsx", ROWS))
    register_import.run_import(admin_session, plan, today=TODAY)
    load_demo_petitions(admin_session, 50, today=TODAY)
    db = admin_session.db
    assert db.execute("SELECT count(*) FROM petitions WHERE petitioner_sort IS NULL OR content_sort IS NULL"
                      ).fetchone()[0] == 0
    an = db.execute("SELECT p.petitioner_sort FROM petitions p JOIN petitioners n ON n.petition_id = p.id "
                    "WHERE n.name = 'Nguyễn Văn An'").fetchone()[0]
    assert an == name_sort_key("Nguyễn Văn An")
    before = db.execute("SELECT id, petitioner_sort, content_sort FROM petitions ORDER BY id").fetchall()
    with db.conn:  # as a database written before migration 0017 has them
        db.execute("UPDATE petitions SET petitioner_sort = NULL, content_sort = NULL")
    migrate(db)
    assert db.execute("SELECT id, petitioner_sort, content_sort FROM petitions ORDER BY id").fetchall() == before


def test_sorted_pages_walk_every_row_once_in_order_with_filters(admin_session):
    load_demo_petitions(admin_session, 120, today=TODAY)
    everything = petitions.count(admin_session, petitions.list_query(today=TODAY))
    for column in petitions.SORT_COLUMNS:
        for descending in (False, True):
            query = petitions.list_query(today=TODAY, sort=column, descending=descending)
            keys = walk(admin_session, query, page=7)
            ids = [k[-1] for k in keys]
            assert len(ids) == len(set(ids)) == everything, column
            query = petitions.list_query(today=TODAY, sort=column, descending=descending, kind="khieu_nai",
                                         search="dat")
            ids = [k[-1] for k in walk(admin_session, query)]
            assert len(ids) == petitions.count(admin_session, query) > 0
            assert {r["kind"] for r in petitions.list_rows(admin_session, ids)} == {"khieu_nai"}
    rows = petitions.list_rows(admin_session, [k[-1] for k in walk(
        admin_session, petitions.list_query(today=TODAY, sort="received_on"))])
    assert [r["received_on"] for r in rows] == sorted(r["received_on"] for r in rows)


def test_sorted_pages_use_indexes(admin_session):
    query = petitions.list_query(today=TODAY, sort="petitioner")
    plan = " ".join(str(r) for r in admin_session.db.execute(
        "EXPLAIN QUERY PLAN SELECT petitioner_sort, id FROM petitions ORDER BY petitioner_sort, id LIMIT 5"))
    assert "petitions_petitioner_sort" in plan and "TEMP B-TREE" not in plan
    assert petitions.page(admin_session, query) == []


def test_a_sorted_search_walks_the_sort_index_when_many_match(admin_session, monkeypatch):
    """Many matches: the page walks the sort's index and looks each row up in the matches
    (stops after a page); few: the matches are fetched and sorted. Same pages either way."""
    load_demo_petitions(admin_session, 150, today=TODAY)
    plans = []
    real_execute = admin_session.db.execute

    def execute(sql, args=()):
        if sql.startswith("SELECT petitioner_sort, id FROM petitions"):
            plans.append(" ".join(str(r) for r in real_execute("EXPLAIN QUERY PLAN " + sql, args)))
        return real_execute(sql, args)

    monkeypatch.setattr(admin_session.db, "execute", execute)
    query = petitions.list_query(today=TODAY, sort="petitioner", search="xa")
    pages = {}
    for walk_from in (1, 10**9):
        monkeypatch.setattr(petitions_repo, "SORTED_SEARCH_WALK_FROM", walk_from)
        plans.clear()
        pages[walk_from] = walk(admin_session, query, page=11)
        assert plans and all(("TEMP B-TREE" in plan) == (walk_from > 1) for plan in plans), plans
    assert pages[1] == pages[10**9] and len(pages[1]) == petitions.count(admin_session, query) > 11
    keys = [k[1] for k in pages[1]]
    assert keys == sorted(keys)


def test_a_secret_kind_sorted_by_name_is_in_id_order_without_walking_the_names(admin_session, monkeypatch):
    """Every hidden name sorts the same (LAST), so the order is the ids'; walking the name
    index for them would read every other petition first (2.6 s on 1M)."""
    load_demo_petitions(admin_session, 150, today=TODAY)
    plans = []
    real_execute = admin_session.db.execute

    def execute(sql, args=()):
        if "ORDER BY" in sql:
            plans.append(" ".join(str(r) for r in real_execute("EXPLAIN QUERY PLAN " + sql, args)))
        return real_execute(sql, args)

    monkeypatch.setattr(admin_session.db, "execute", execute)
    for descending in (False, True):
        query = petitions.list_query(today=TODAY, sort="petitioner", descending=descending, kind="to_cao")
        ids = [k[-1] for k in walk(admin_session, query, page=2)]
        assert ids == sorted(ids, reverse=descending) and len(ids) == petitions.count(admin_session, query) > 2
    assert plans and not any("petitions_petitioner_sort" in plan for plan in plans)


def test_overdue_list_opens_on_the_most_days_overdue(admin_session):
    late = petitions.add_petition(admin_session, petition("Nguyễn An", received=date(2026, 10, 20)), today=TODAY)
    later = petitions.add_petition(admin_session, petition("Nguyễn Bình", received=date(2026, 9, 1)), today=TODAY)
    petitions.add_petition(admin_session, petition("Nguyễn Chi", received=date(2026, 11, 20)), today=TODAY)
    query = petitions.list_query(today=TODAY, state="overdue")
    assert [k[-1] for k in petitions.page(admin_session, query)] == [later, late]


def test_only_words_make_a_search():
    assert petitions.is_search("đất đai") and petitions.is_search("0919")
    assert not petitions.is_search("") and not petitions.is_search("  ") and not petitions.is_search("…, -")
