import pytest

from danvan_desktop.domain.audit import verify_chain
from danvan_desktop.services.doctor import run_doctor
from danvan_desktop.services.users import add_user
from danvan_desktop.domain.users import Role
from danvan_desktop.storage import audit_repo


def problems(db):
    return verify_chain(audit_repo.entries(db), audit_repo.head(db))


@pytest.fixture
def busy(admin_session):
    for i in range(4):
        add_user(admin_session, f"canbo{i}", f"Cán bộ số {i}", Role.OFFICER, "matkhau-canbo")
    return admin_session


def test_every_write_is_logged_and_chain_verifies(busy):
    actions = [e.action for e in audit_repo.entries(busy.db)]
    assert actions.count("user.add") == 5  # the administrator and four officers
    assert problems(busy.db) == []
    assert run_doctor(busy.store).healthy


def test_log_rejects_update_and_delete(busy):
    with pytest.raises(Exception, match="append-only"):
        busy.db.execute("UPDATE audit_log SET username = 'x' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        busy.db.execute("DELETE FROM audit_log WHERE seq = 2")


def _tamper(db, sql):
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.execute(sql)


def test_edited_entry_detected(busy):
    _tamper(busy.db, "UPDATE audit_log SET username = 'ke_gian' WHERE seq = 3")
    assert any("bị sửa" in p.message for p in problems(busy.db))
    assert not run_doctor(busy.store).healthy


def test_removed_entry_detected(busy):
    _tamper(busy.db, "DELETE FROM audit_log WHERE seq = 3")
    assert any("Thiếu mục" in p.message for p in problems(busy.db))


def test_removed_last_entry_detected(busy):
    last = audit_repo.head(busy.db)[0]
    _tamper(busy.db, f"DELETE FROM audit_log WHERE seq = {last}")
    assert any("cắt bớt" in p.message for p in problems(busy.db))


def test_light_doctor_skips_the_page_scan_but_still_checks_the_chain(busy):
    _tamper(busy.db, "UPDATE audit_log SET username = 'ke_gian' WHERE seq = 3")
    light = run_doctor(busy.store, full=False)
    assert "trong nền" in light.checks[0].detail  # the page scan is the background check's
    assert not light.healthy  # the audit chain is still verified
