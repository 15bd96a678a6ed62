"""The province trusts a bundle's content only after checking it, even when it is correctly
signed (issue 14, item 5): a strict schema, a bounded sequence step, a sequence reset with a
new key card, and a console that never crashes on what it stored."""

from __future__ import annotations

import copy
import json
from datetime import datetime

import pytest

from danvan_desktop.bundles.minisign import SecretKey
from danvan_desktop.cli.main import main
from danvan_desktop.security.signing_keys import KeyCard
from danvan_desktop.services import province
from danvan_desktop.storage import audit_repo
from tests.bundles.helpers import figures, make_bundle
from tests.bundles.test_bundle_services import prov  # noqa: F401 - the province database fixture

GOOD_RECORD = {"id": 1, "kind": "khieu_nai", "received_on": "2026-01-05", "petitioners": ["PAAAABBBBCCCCDDDDEEEEFFFF"]}
FULL = {**figures(), "petitions": {"received": 3, "carried_over": 1, "total": 4, "resolved": 2, "resolved_on_time": 1,
                                   "resolved_late": 1, "by_kind": {"khieu_nai": 2, "kien_nghi": 2}},
        "receptions": {"sessions": 2, "regular": 1, "by_head": 1, "cases": 3, "cases_new": 2, "cases_repeat": 1}}


def changed(path: str, value):
    result = copy.deepcopy(FULL)
    *parents, last = path.split(".")
    target = result
    for part in parents:
        target = target[part]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return result


CRAFTED_FIGURES = {
    "negative count": changed("petitions.received", -1),
    "count as text": changed("petitions.received", "3"),
    "count as float": changed("petitions.received", 2.5),
    "count as boolean": changed("receptions.visits", True),
    "huge count": changed("receptions.visits", 10**40),
    "list where an object is": changed("petitions.by_kind", [1, 2]),
    "other unit": changed("unit.code", "02269"),
    "other period": changed("period.id", "2026"),
    "no unit": changed("unit", KeyError),
    "unknown format": changed("format", 3),
    "total not received + carried over": changed("petitions.total", 5),
    "by kind not the total": changed("petitions.by_kind", {"khieu_nai": 9}),
    "resolved not on time + late": changed("petitions.resolved", 7),
    "cases not new + repeat": changed("receptions.cases", 4),
    "bad key": changed("petitions.by_kind", {"khiếu nại; DROP": 4}),
    "deep nesting": changed("activities", {"a": {"b": {"c": {"d": {"e": 1}}}}}),
    "bad period date": changed("period.start", "15/12/2025"),
    "name in the unit": changed("unit.name", "x" * 5000),
}
CRAFTED_RECORDS = {
    "a name": [{**GOOD_RECORD, "name": "Nguyễn Văn An"}],
    "a name as petitioner": [{**GOOD_RECORD, "petitioners": ["Nguyễn Văn An"]}],
    "a CCCD as petitioner": [{**GOOD_RECORD, "petitioners": ["008085123456"]}],
    "a phone in a code": [{**GOOD_RECORD, "field": "0912345678"}],
    "free text": [{**GOOD_RECORD, "content": "Khiếu nại"}],
    "an id as text": [{**GOOD_RECORD, "id": "1"}],
    "a bad date": [{**GOOD_RECORD, "received_on": "05/01/2026"}],
    "not an object": [[1, 2]],
}


def register(prov, key: SecretKey, unit="02266", reset=False):
    card = KeyCard(unit, f"Xã {unit}", key.public(), "2026-06-01")
    return province.import_key_card(prov, card.to_json().encode(), **({"reset_sequence": True} if reset else {}))


def drop(folder, name, blob):
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(blob)
    return folder / name


@pytest.fixture
def key(prov):
    secret = SecretKey.generate()
    register(prov, secret)
    return secret


def test_a_full_and_correct_bundle_is_accepted(prov, key, tmp_path):
    path = drop(tmp_path / "in", "ok.zip", make_bundle(key, fig=FULL, records=[GOOD_RECORD]))
    assert province.import_bundles(prov, [path]).imported == ["ok.zip"]


@pytest.mark.parametrize("name", sorted(CRAFTED_FIGURES))
def test_signed_but_crafted_figures_are_refused_in_one_line(prov, key, tmp_path, name):
    path = drop(tmp_path / "in", "x.zip", make_bundle(key, fig=CRAFTED_FIGURES[name], records=[GOOD_RECORD]))
    summary = province.import_bundles(prov, [path])
    assert summary.imported == [] and len(summary.rejected) == 1, name
    reason = summary.rejected[0][1]
    assert "\n" not in reason and len(reason) < 300, reason


@pytest.mark.parametrize("name", sorted(CRAFTED_RECORDS))
def test_records_must_be_deidentified_as_the_export_makes_them(prov, key, tmp_path, name):
    path = drop(tmp_path / "in", "x.zip", make_bundle(key, fig=FULL, records=CRAFTED_RECORDS[name]))
    summary = province.import_bundles(prov, [path])
    assert summary.imported == [] and "\n" not in summary.rejected[0][1], name


def test_an_unknown_period_is_refused(prov, key, tmp_path):
    fig = changed("period.id", "2150-H1")
    path = drop(tmp_path / "in", "x.zip", make_bundle(key, period="2150-H1", fig=fig, records=[GOOD_RECORD]))
    assert "không có trong quy định" in province.import_bundles(prov, [path]).rejected[0][1]


def test_the_sequence_advances_by_at_most_a_thousand(prov, key, tmp_path):
    far = drop(tmp_path / "a", "far.zip", make_bundle(key, sequence=1002, fig=FULL, records=[GOOD_RECORD]))
    assert "vượt quá xa" in province.import_bundles(prov, [far]).rejected[0][1]
    first = drop(tmp_path / "b", "first.zip", make_bundle(key, sequence=2, fig=FULL, records=[GOOD_RECORD]))
    assert province.import_bundles(prov, [first]).imported == ["first.zip"]
    assert province.import_bundles(prov, [far]).imported == ["far.zip"]  # 2 + 1000 is allowed now


def test_a_new_key_card_can_reset_the_units_sequence(prov, key, tmp_path):
    old = drop(tmp_path / "a", "old.zip", make_bundle(key, sequence=40, fig=FULL, records=[GOOD_RECORD]))
    assert province.import_bundles(prov, [old]).imported == ["old.zip"]
    reinstalled = SecretKey.generate()  # the commune's PC was reinstalled: its bundles start again at 1
    again = drop(tmp_path / "b", "again.zip", make_bundle(reinstalled, sequence=1, fig=FULL, records=[GOOD_RECORD]))
    register(prov, reinstalled)
    assert "cũ hơn" in province.import_bundles(prov, [again]).rejected[0][1]
    with pytest.raises(Exception, match="thẻ khóa mới"):
        register(prov, reinstalled, reset=True)  # the same card again: not a new key
    newer = SecretKey.generate()
    register(prov, newer, reset=True)
    fresh = drop(tmp_path / "c", "fresh.zip", make_bundle(newer, sequence=1, fig=FULL, records=[GOOD_RECORD]))
    assert province.import_bundles(prov, [fresh]).imported == ["fresh.zip"]
    replay = drop(tmp_path / "d", "replay.zip", make_bundle(key, sequence=41, fig=FULL, records=[GOOD_RECORD]))
    assert "thu hồi" in province.import_bundles(prov, [replay]).rejected[0][1]  # the old keys were revoked
    entry = [e for e in audit_repo.entries(prov.db) if e.action == "unit_key.reset_sequence"]
    assert len(entry) == 1 and entry[0].entity_id == f"02266/{newer.public().key_id_hex}"


def test_report_and_status_never_crash_on_stored_data(prov, key, tmp_path, monkeypatch, capsys):
    inbox = tmp_path / "in"
    blobs = {f"{n}.zip": make_bundle(key, fig=f, records=[GOOD_RECORD]) for n, f in
             enumerate(CRAFTED_FIGURES.values())}
    blobs.update({f"r{n}.zip": make_bundle(key, fig=FULL, records=r) for n, r in enumerate(CRAFTED_RECORDS.values())})
    blobs["ok.zip"] = make_bundle(key, sequence=1, fig=FULL, records=[GOOD_RECORD])
    for name, blob in blobs.items():
        drop(inbox, name, blob)
    summary = province.import_bundles(prov, [inbox], received_at=datetime(2026, 6, 19, 9, 0))
    assert summary.imported == ["ok.zip"]
    # What an older version may have stored, before these checks existed.
    for number, stored in enumerate(('[1, 2]', '{"petitions": {"received": "ba"}}', "không phải JSON",
                                     '{"unit": {"code": "02269"}, "period": {"id": "2026-H1"}, "format": 1, '
                                     '"petitions": {"by_kind": [1]}}'), start=2):
        prov.db["bundle_imports"].insert({
            "unit_code": f"0227{number}", "unit_name": "", "period": "2026-H1", "sequence": 1, "key_id": "x",
            "digest": f"{number:064d}", "bagging_date": "2026-06-18", "received_at": "2026-06-19T09:00:00+07:00",
            "imported_by": "tinh", "file_name": "cu.zip", "figures": stored, "records": stored, "superseded": 0})
    monkeypatch.setenv("DANVAN_USER", "tinh")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau-lanhdao")
    base = ["--db", str(prov.store.path)]
    runs = (["province", "status", "--period", "2026-H1", "--json"],
            ["province", "status", "--period", "2026-H1"],
            ["province", "report", "--period", "2026-H1", "--json", "--xlsx", str(tmp_path / "th.xlsx"),
             "--pdf", str(tmp_path / "th.pdf")],
            ["province", "unit", "--period", "2026-H1", "02272"],
            ["province", "repeats", "--period", "2026-H1"])
    for args in runs:
        code = main([*base, *args])
        out, err = capsys.readouterr()
        assert code == 0, (args, err)
    code = main([*base, "province", "report", "--period", "2026-H1", "--json"])
    consolidated = json.loads(capsys.readouterr().out)
    assert code == 0 and consolidated["units"] == 1 and consolidated["unit_codes"] == ["02266"]
