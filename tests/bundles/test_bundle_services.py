"""Export → verify → import → consolidate, across a commune database and a province database."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from danvan_desktop.bundles.consolidate import sum_figures
from danvan_desktop.bundles.errors import BundleRejected
from danvan_desktop.domain.users import Role
from danvan_desktop.errors import (
    Cancelled,
    PermissionDenied,
    SecretRequired,
    ValidationError,
    WrongSecret,
)
from danvan_desktop.services import bundles, province, signing
from danvan_desktop.services.auth import login
from danvan_desktop.services.setup import initialise
from danvan_desktop.services.users import add_user
from danvan_desktop.storage import audit_repo, settings_repo
from danvan_desktop.storage.database import Unlock
from danvan_desktop.tasks import Task
from tests.bundles.helpers import entries, figures, repack
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

UNITS = ("02266", "02269", "02302")
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n"


def leader(session, name="lanhdao"):
    add_user(session, name, "Lê Văn Lãnh", Role.LEADER, "matkhau-lanhdao")
    return login(session.store, name, "matkhau-lanhdao")


def use_unit(session, code):
    with session.store.transaction():
        settings_repo.put(session.db, "unit.code", code)


@pytest.fixture
def commune(admin_session):
    return leader(admin_session)


@pytest.fixture
def prov(tmp_path):
    result = initialise(tmp_path / "tinh" / "tinh.db", Unlock(), "08", "admin", ADMIN_PASSWORD, "Quản Trị Tỉnh")
    yield leader(result.session, "tinh")
    result.session.store.close()


def export(session, out, code, sequence_figures=None, records=None, period="2026-H1"):
    return bundles.export_bundle(
        session, period_id=period, figures=sequence_figures or figures(code, period, received=int(code[-2:])),
        pdf_bytes=PDF, records=records if records is not None else [], evidence=[("ảnh.jpg", b"\xff\xd8" * 10)],
        out_path=out, today=date(2026, 6, 18))


def test_round_trip_consolidated_figures_equal_the_sum_of_the_units(commune, prov, tmp_path):
    cards, outbox = tmp_path / "cards", tmp_path / "outbox"
    outbox.mkdir()
    sent = {}
    for code in UNITS:
        use_unit(commune, code)
        signing.rotate_signing_key(commune)
        signing.export_key_card(commune, cards)
        sent[code] = figures(code, received=int(code[-2:]))
        export(commune, outbox / f"{code}.zip", code, sent[code],
               records=[{"id": 1, "kind": "khieu_nai", "received_on": "2026-02-01", "petitioners": ["PSAME"]}])
    for card in sorted(cards.glob("*.json")):
        assert province.import_key_card(prov, card.read_bytes()).added
    progress = []
    summary = province.import_bundles(prov, [outbox], Task(lambda d, t, s: progress.append((d, t))),
                                      received_at=datetime(2026, 6, 19, 9, 0))
    assert summary.ok and sorted(summary.imported) == [f"{c}.zip" for c in UNITS]
    assert progress[-1] == (3, 3)

    total = province.consolidated_figures(prov, "2026-H1")
    assert total["units"] == 3
    assert total["figures"] == sum_figures(sent.values())
    assert total["figures"]["petitions"]["received"] == 66 + 69 + 2
    assert total["figures"]["petitions"]["by_kind"]["kien_nghi"] == sum(int(c[-2:]) - 1 for c in UNITS)
    assert total["figures"]["models"]["meets_expectation"] == 3

    status = province.period_status(prov, "2026-H1", due=date(2026, 6, 20))
    assert len(status.units) == 124  # every commune of Tỉnh Tuyên Quang is expected
    assert status.count(province.ON_TIME) == 3 and status.count(province.MISSING) == 121
    assert status.to_dict()["reporting_rate"] == round(3 / 124, 4)
    late = province.period_status(prov, "2026-H1", due=date(2026, 6, 18), expected={c: c for c in UNITS})
    assert late.count(province.LATE) == 3 and late.reporting_rate == 1.0 and late.on_time_rate == 0.0

    unit = province.unit_drilldown(prov, "2026-H1", "02269")
    received = dict(unit["figures"])
    assert received.pop("audit")["head"]["seq"] > 0  # the unit's audit chain head travels with its figures
    assert received == sent["02269"] and unit["sequence"] == 1
    repeats = province.repeat_petitioners(prov, "2026-H1")
    assert repeats == [{"pseudonym": "PSAME", "units": 3, "petitions": 3, "unit_codes": list(UNITS)}]

    again = province.import_bundles(prov, [outbox])
    assert again.unchanged and not again.imported and again.ok
    # The same bag in another zip (deflated here) is the same bundle: nothing changes either.
    rezipped = tmp_path / "rezipped.zip"
    rezipped.write_bytes(repack(entries((outbox / "02266.zip").read_bytes()), deflate=True))
    assert province.import_bundles(prov, [rezipped]).unchanged == ["rezipped.zip"]
    assert province.consolidated_figures(prov, "2026-H1") == total


def test_newer_sequence_supersedes_and_older_is_rejected(commune, prov, tmp_path):
    card = signing.export_key_card(commune, tmp_path / "cards") if signing.rotate_signing_key(commune) else None
    province.import_key_card(prov, card.json_path.read_bytes())
    first = export(commune, tmp_path / "b1.zip", "02266", figures("02266", received=1))
    second = export(commune, tmp_path / "b2.zip", "02266", figures("02266", received=2))
    assert (first.sequence, second.sequence) == (1, 2)
    rows = bundles.exported_bundles(commune, "2026-H1")
    assert [(r["sequence"], r["superseded"]) for r in rows] == [(1, 1), (2, 0)]

    assert province.import_bundles(prov, [tmp_path / "b1.zip"]).imported
    assert province.consolidated_figures(prov, "2026-H1")["figures"]["petitions"]["received"] == 1
    assert province.import_bundles(prov, [tmp_path / "b2.zip"]).imported
    assert province.consolidated_figures(prov, "2026-H1")["figures"]["petitions"]["received"] == 2
    replay = province.import_bundles(prov, [tmp_path / "b1.zip"])
    assert replay.rejected and "cũ hơn" in replay.rejected[0][1]
    with pytest.raises(BundleRejected):
        province.verify_file(prov, tmp_path / "b1.zip")
    # On time is judged by the first bundle of the period, not by the correction.
    status = province.period_status(prov, "2026-H1", date(2099, 1, 1), expected={"02266": "Xã Lâm Bình"})
    assert status.units[0].state == province.ON_TIME and status.units[0].sequence == 2


def test_other_bundle_with_a_used_sequence_is_rejected(commune, prov, tmp_path):
    signing.rotate_signing_key(commune)
    card = signing.export_key_card(commune, tmp_path)
    province.import_key_card(prov, card.json_path.read_bytes())
    export(commune, tmp_path / "a.zip", "02266", figures("02266", received=1))
    province.import_bundles(prov, [tmp_path / "a.zip"])
    # The same sequence signed again with other figures (e.g. the database restored from an old backup).
    with commune.store.transaction():
        commune.db.execute("DELETE FROM bundle_exports")
    export(commune, tmp_path / "b.zip", "02266", figures("02266", received=5))
    result = province.import_bundles(prov, [tmp_path / "b.zip"])
    assert result.rejected and "cùng số 1" in result.rejected[0][1]


def test_export_is_audited_and_leaves_no_temporary_file(commune, tmp_path):
    signing.rotate_signing_key(commune)
    done = export(commune, tmp_path / "out" / "goi.zip", "02266") if (tmp_path / "out").mkdir() is None else None
    assert done.path.exists() and done.size == done.path.stat().st_size
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["goi.zip"]
    entry = audit_repo.recent(commune.db, 1)[0]
    assert entry.action == "bundle.export" and entry.entity_id == "02266/2026-H1/1"
    assert done.sha256 in entry.details


def test_export_refuses_records_with_identities(commune, tmp_path):
    signing.rotate_signing_key(commune)
    for records in ([{"name": "Nguyễn Văn A"}], [{"petitioners": [{"cccd": "001203000123"}]}],
                    [{"ref": "gọi 0912345678"}]):
        with pytest.raises(ValidationError):
            export(commune, tmp_path / "x.zip", "02266", records=records)
    assert not (tmp_path / "x.zip").exists()


def test_export_refuses_figures_of_another_unit_or_period(commune, tmp_path):
    signing.rotate_signing_key(commune)
    with pytest.raises(ValidationError, match="đơn vị hoặc kỳ khác"):
        export(commune, tmp_path / "x.zip", "02266", figures("02269"))
    with pytest.raises(ValidationError, match="đơn vị hoặc kỳ khác"):
        export(commune, tmp_path / "x.zip", "02266", figures("02266", "2026"))


def test_conflicting_card_with_a_known_key_id_is_refused(commune, prov, tmp_path):
    signing.rotate_signing_key(commune)
    card = json.loads(signing.export_key_card(commune, tmp_path).json_path.read_text())
    province.import_key_card(prov, json.dumps(card).encode())
    assert not province.import_key_card(prov, json.dumps(card).encode()).added
    with prov.store.transaction():
        prov.db.execute("UPDATE unit_keys SET public_key = 'RWQAAAAAAAAAAAAA'")
    with pytest.raises(ValidationError, match="khác với thẻ đã đăng ký"):
        province.import_key_card(prov, json.dumps(card).encode())


def test_export_needs_a_key_and_the_right_role(admin_session, commune, tmp_path):
    with pytest.raises(PermissionDenied):
        export(admin_session, tmp_path / "x.zip", "02266")
    with pytest.raises(Exception, match="chưa có khóa ký"):
        export(commune, tmp_path / "x.zip", "02266")
    add_user(admin_session, "canbo", "Trần Thị Bình", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    with pytest.raises(PermissionDenied):
        signing.rotate_signing_key(officer)


def test_rotation_keeps_old_bundles_verifiable_and_revocation_stops_them(commune, prov, tmp_path):
    signing.rotate_signing_key(commune)
    old_card = signing.export_key_card(commune, tmp_path / "c")
    export(commune, tmp_path / "old.zip", "02266", figures("02266", received=1))
    signing.rotate_signing_key(commune)
    new_card = signing.export_key_card(commune, tmp_path / "c")
    assert old_card.card.key_id != new_card.card.key_id
    export(commune, tmp_path / "new.zip", "02266", figures("02266", received=2))
    for card in (old_card, new_card):
        province.import_key_card(prov, card.json_path.read_bytes())
    assert province.verify_file(prov, tmp_path / "old.zip").key_id == old_card.card.key_id
    # The commune revokes the old key (PC stolen); its card now says so and the province learns it.
    signing.revoke_signing_key(commune, old_card.card.key_id)
    revoked = signing.export_key_card(commune, tmp_path / "r", key_id=old_card.card.key_id)
    assert json.loads(revoked.json_path.read_text())["revoked_at"]
    assert province.import_key_card(prov, revoked.json_path.read_bytes()).revoked
    with pytest.raises(BundleRejected, match="thu hồi"):
        province.verify_file(prov, tmp_path / "old.zip")
    assert province.import_bundles(prov, [tmp_path / "new.zip"]).imported
    signing.revoke_signing_key(commune, new_card.card.key_id)
    with pytest.raises(Exception, match="chưa có khóa ký"):
        export(commune, tmp_path / "after.zip", "02266")


def test_tampered_key_card_is_refused(commune, prov, tmp_path):
    signing.rotate_signing_key(commune)
    card = json.loads(signing.export_key_card(commune, tmp_path).json_path.read_text())
    card["fingerprint"] = "AAAA-" + card["fingerprint"][5:]
    with pytest.raises(ValidationError, match="bị sửa"):
        province.import_key_card(prov, json.dumps(card).encode())
    with pytest.raises(ValidationError):
        province.import_key_card(prov, b"not json")


def test_import_can_be_cancelled_and_keeps_nothing(commune, prov, tmp_path):
    signing.rotate_signing_key(commune)
    province.import_key_card(prov, signing.export_key_card(commune, tmp_path).json_path.read_bytes())
    export(commune, tmp_path / "a.zip", "02266")
    task = Task(lambda done, total, text: task.cancel() if done == 1 else None)
    export(commune, tmp_path / "b.zip", "02266")
    with pytest.raises(Cancelled):
        province.import_bundles(prov, [tmp_path / "a.zip", tmp_path / "b.zip"], task)
    assert province.consolidated_figures(prov, "2026-H1")["units"] == 0


def test_rejected_files_are_listed_with_their_reason(prov, tmp_path):
    (tmp_path / "rac.zip").write_bytes(b"PK\x03\x04 not really")
    summary = province.import_bundles(prov, [tmp_path])
    assert summary.rejected == [("rac.zip", "Tệp không phải gói báo cáo (không phải tệp zip).")]


SIGNING_PASSPHRASE = "chi lanh dao biet cum nay"


def test_signing_key_protected_by_the_leaders_own_passphrase_without_keyring(tmp_path, fail_keyring):
    result = initialise(tmp_path / "x" / "xa.db", Unlock(passphrase=PASSPHRASE), "02266", "admin", ADMIN_PASSWORD)
    try:
        session = leader(result.session)
        with pytest.raises(SecretRequired):
            signing.rotate_signing_key(session)
        with pytest.raises(ValidationError, match="khác cụm mật khẩu của cơ sở dữ liệu"):
            signing.rotate_signing_key(session, PASSPHRASE)  # every officer knows the database passphrase
        with pytest.raises(ValidationError, match="ít nhất 10"):
            signing.rotate_signing_key(session, "ngan")
        assert signing.signing_key_rows(session) == []
        signing.rotate_signing_key(session, SIGNING_PASSPHRASE)
        row = signing.signing_key_rows(session)[0]
        assert row["storage"] == "passphrase" and row["keyring_id"] == "" and "sealed" in row["wrapped"]
        assert json.loads(row["wrapped"])["under"] == "signing_passphrase"
        with pytest.raises(SecretRequired):
            export(session, tmp_path / "x.zip", "02266")
        for wrong in ("sai cum mat khau nay", PASSPHRASE):
            with pytest.raises(WrongSecret, match="khóa ký không đúng"):
                bundles.export_bundle(session, period_id="2026-H1", figures=figures(), pdf_bytes=PDF, records=[],
                                      out_path=tmp_path / "x.zip", passphrase=wrong)
        done = bundles.export_bundle(session, period_id="2026-H1", figures=figures(), pdf_bytes=PDF, records=[],
                                     out_path=tmp_path / "x.zip", passphrase=SIGNING_PASSPHRASE)
        assert done.sequence == 1
    finally:
        result.session.store.close()


def test_a_key_wrapped_under_the_database_passphrase_no_longer_signs(tmp_path, fail_keyring):
    from danvan_desktop.bundles.minisign import SecretKey
    from danvan_desktop.security import keys, signing_keys

    result = initialise(tmp_path / "x" / "xa.db", Unlock(passphrase=PASSPHRASE), "02266", "admin", ADMIN_PASSWORD)
    try:
        session = leader(result.session)
        secret = SecretKey.generate()  # as versions before issue 14 kept it
        wrapped = keys.wrap_key(secret.seed + secret.key_id, PASSPHRASE, b"danvan-desktop bundle signing key")
        with session.store.transaction():
            session.db["signing_keys"].insert({
                "key_id": secret.public().key_id_hex, "public_key": signing_keys.public_line(secret.public()),
                "created_at": "2026-01-02T03:04:05+00:00", "created_by": "lanhdao", "storage": "passphrase",
                "keyring_id": "", "wrapped": json.dumps(wrapped)})
        with pytest.raises(ValidationError, match="đổi khóa ký"):
            bundles.export_bundle(session, period_id="2026-H1", figures=figures(), pdf_bytes=PDF, records=[],
                                  out_path=tmp_path / "x.zip", passphrase=PASSPHRASE)
        assert not (tmp_path / "x.zip").exists()
    finally:
        result.session.store.close()


def test_signing_is_a_leaders_act(admin_session, commune, tmp_path):
    signing.rotate_signing_key(commune)
    add_user(admin_session, "canbo", "Trần Thị Bình", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    with pytest.raises(PermissionDenied, match="lãnh đạo"):
        export(officer, tmp_path / "x.zip", "02266")
    with pytest.raises(PermissionDenied):
        signing.rotate_signing_key(admin_session)  # the administrator manages, but does not sign
    assert not (tmp_path / "x.zip").exists()


def test_keyring_holds_the_secret_not_the_database(commune, memory_keyring):
    row = signing.rotate_signing_key(commune)
    assert row["storage"] == "keyring" and row["wrapped"] == ""
    assert row["keyring_id"].startswith("signing-")


def test_deidentified_records_use_the_province_key(commune):
    rows = [{"id": 1, "kind": "khieu_nai", "received_on": "2026-01-02", "content": "x",
             "petitioners": [{"name": "Nguyễn Văn An", "address": "Thôn 1", "cccd": "", "phone": ""}]}]
    with pytest.raises(ValidationError, match="khóa bí danh"):
        bundles.deidentified_records(commune, rows)
    bundles.set_pseudonym_key(commune, bundles.new_pseudonym_key())
    records = bundles.deidentified_records(commune, rows)
    assert set(records[0]) == {"id", "kind", "received_on", "petitioners"}
    assert records[0]["petitioners"][0].startswith("P")


def _failing_commit(store, monkeypatch):
    """The export's transaction fails at its very end, as a full disk fails the COMMIT."""
    import sqlcipher3
    from contextlib import contextmanager

    real = store.transaction

    @contextmanager
    def transaction():
        with real() as db:
            yield db
            raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "transaction", transaction)


def test_a_failed_commit_leaves_no_signed_file(commune, tmp_path, monkeypatch):
    """Built in a temporary file, committed with its sequence, then moved into place: when the
    commit fails, no bundle file (and no temporary file) is left, and the sequence is unused."""
    folder = tmp_path / "gui-di"
    folder.mkdir()
    signing.rotate_signing_key(commune)
    _failing_commit(commune.store, monkeypatch)
    with pytest.raises(Exception, match="đầy"):
        export(commune, folder / "02266-2026-H1.zip", "02266")
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    done = export(commune, folder / "02266-2026-H1.zip", "02266")
    assert done.sequence == 1 and [p.name for p in folder.iterdir()] == ["02266-2026-H1.zip"]
    assert [e["sequence"] for e in bundles.exported_bundles(commune, "2026-H1")] == [1]
