"""Tamper evidence that reaches beyond the PC (issue 14, item 8): the audit chain covers
approvals with their frozen figures, role changes and kind changes of petitions, and each
bundle carries the chain head, so the province sees a history rewritten between two bundles
of the same unit."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from danvan_desktop.domain.audit import entry_hash, verify_chain
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.users import Role
from danvan_desktop.services import petitions, province, reports, signing
from danvan_desktop.services.users import add_user, change_role
from danvan_desktop.storage import audit_repo, settings_repo
from tests.bundles.helpers import figures
from tests.bundles.test_bundle_services import commune, export, prov  # noqa: F401 - fixtures

TODAY = date(2026, 11, 22)


def last(session, action):
    return [e for e in audit_repo.entries(session.db) if e.action == action][-1]


def first_bundle_received(commune, prov, tmp_path) -> None:
    signing.rotate_signing_key(commune)
    card = signing.export_key_card(commune, tmp_path / "card")
    province.import_key_card(prov, card.json_path.read_bytes())
    export(commune, tmp_path / "first.zip", "02266", figures("02266", "2026-H1"))
    assert province.import_bundles(prov, [tmp_path / "first.zip"]).imported == ["first.zip"]


def rewrite_history(session, seq: int) -> None:
    """What an insider with the database key can do: drop the guard, edit an old entry and
    recompute every later hash and the stored head, so the chain on the PC verifies again."""
    db = session.db
    with session.store.transaction():
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET details = ? WHERE seq = ?", ['{"rewritten":true}', seq])
        previous = db.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq - 1]).fetchone()[0]
        for entry in list(audit_repo.entries(db)):
            if entry.seq < seq:
                continue
            digest = entry_hash(entry.seq, entry.at, entry.username, entry.action, entry.entity, entry.entity_id,
                                entry.details, previous)
            db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [previous, digest, entry.seq])
            previous = digest
        settings_repo.put(db, audit_repo.HEAD_HASH, previous)
    assert verify_chain(audit_repo.entries(db), audit_repo.head(db)) == []  # the PC alone sees nothing


def test_the_province_detects_a_history_rewritten_between_two_bundles(commune, prov, tmp_path):
    first_bundle_received(commune, prov, tmp_path)
    sent_head = json.loads(last(commune, "bundle.export").details)["audit_head"]
    export(commune, tmp_path / "h1b.zip", "02266", figures("02266", "2026-H1", received=4))
    assert province.import_bundles(prov, [tmp_path / "h1b.zip"]).imported == ["h1b.zip"]  # an honest history

    rewrite_history(commune, sent_head - 1)  # an entry the province already holds the hash of
    export(commune, tmp_path / "h1c.zip", "02266", figures("02266", "2026-H1", received=5))
    summary = province.import_bundles(prov, [tmp_path / "h1c.zip"])
    assert summary.imported == [] and "viết lại" in summary.rejected[0][1] and "\n" not in summary.rejected[0][1]


def test_a_bundle_without_its_earlier_heads_is_refused(commune, prov, tmp_path):
    """Going back to an older copy of the database loses the entries the province knows."""
    first_bundle_received(commune, prov, tmp_path)
    with commune.store.transaction():  # the entries after the first export, gone
        commune.db.execute("DROP TRIGGER audit_log_no_delete")
        head = json.loads(last(commune, "bundle.export").details)["audit_head"]
        commune.db.execute("DELETE FROM audit_log WHERE seq > ?", [head - 2])
        seq, digest = commune.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        settings_repo.put(commune.db, audit_repo.HEAD_SEQ, str(seq))
        settings_repo.put(commune.db, audit_repo.HEAD_HASH, digest)
    export(commune, tmp_path / "b.zip", "02266", figures("02266", "2026-H1", received=4))
    assert "viết lại" in province.import_bundles(prov, [tmp_path / "b.zip"]).rejected[0][1]


def test_the_chain_covers_approvals_frozen_figures_roles_and_kind_changes(admin_session):
    add_user(admin_session, "chutich", "Ma Văn Thắng", Role.LEADER, "matkhau-chutich")
    add_user(admin_session, "canbo", "Lý Thị Hoa", Role.OFFICER, "matkhau-canbo")
    from danvan_desktop.services.auth import login

    leader = login(admin_session.store, "chutich", "matkhau-chutich")
    complaint = PetitionInput(received_on=date(2026, 3, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
                              content="Khiếu nại thu hồi đất", petitioners=(Petitioner("Hoàng Văn Dũng", "Thôn 1"),))
    pid = petitions.add_petition(leader, complaint, today=TODAY)
    petitions.update_petition(leader, pid, replace(complaint, kind="kien_nghi"), today=TODAY)
    assert json.loads(last(admin_session, "petition.edit").details)["kind"] == {"from": "khieu_nai",
                                                                                 "to": "kien_nghi"}
    frozen = reports.approve(leader, "2026", TODAY)
    approval = json.loads(last(admin_session, "report.approve").details)
    assert approval["figures_sha256"] == reports.figures_digest(frozen)
    assert reports.figures_digest(reports.report(leader, "2026").figures) == approval["figures_sha256"]
    change_role(admin_session, "canbo", Role.LEADER)
    entry = last(admin_session, "user.role")
    assert json.loads(entry.details) == {"from": "officer", "to": "leader"} and entry.username == "admin"
