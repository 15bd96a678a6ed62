"""Opening reads only what is cheap; the full check runs after, and before the daily backup."""

import pytest

from danvan_desktop.cli.main import main
from danvan_desktop.errors import Cancelled
from danvan_desktop.services import backup as backup_service
from danvan_desktop.services.doctor import run_doctor
from danvan_desktop.storage import backups
from danvan_desktop.storage import integrity
from danvan_desktop.storage.database import open_database
from danvan_desktop.storage.integrity import IntegrityCheck
from tests.conftest import ADMIN_PASSWORD


def damage_a_middle_page(db_path):
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)  # a power cut or bad sector in the middle
    db_path.write_bytes(bytes(data))


@pytest.fixture
def damaged(setup_result, db_path):
    setup_result.session.store.close()
    damage_a_middle_page(db_path)
    return db_path


def test_opening_does_not_read_every_page(damaged):
    """The file's shape, the key and the first page are fine: it opens (in O(1)); the full
    check, run afterwards, finds the damaged page and tells where to restore from."""
    store = open_database(damaged)
    try:
        result = IntegrityCheck(store).run()
        assert not result.healthy and result.problems
        assert store.integrity is None  # nothing checked at open
        message = integrity.failure_message(store, result)
        assert "khôi phục" in message and str(backups.backups_dir_for(damaged)) in message
    finally:
        store.close()


def test_daily_backup_is_refused_when_the_check_fails(damaged):
    store = open_database(damaged)
    try:
        daily = backup_service.daily_backup(store)
        assert daily.path is None and not daily.check.healthy
        assert "Không tạo bản sao lưu tự động" in daily.warning
        assert backups.list_backups(damaged) == []
        assert store.integrity is daily.check
        check = run_doctor(store, full=False).checks[0]
        assert check.name == "Toàn vẹn dữ liệu" and check.status == "LỖI" and "danvan restore" in check.detail
    finally:
        store.close()


def test_daily_backup_after_a_clean_check(setup_result, db_path):
    store = setup_result.session.store
    daily = backup_service.daily_backup(store)
    assert daily.check.healthy and daily.path is not None and daily.path.exists() and not daily.warning
    again = backup_service.daily_backup(store)  # not due again today: no second check, no backup
    assert again.path is None and again.check is None


def test_doctor_reports_what_the_background_check_found(setup_result):
    store = setup_result.session.store
    pending = run_doctor(store, full=False).checks[0]
    assert pending.status == "CẢNH BÁO" and "trong nền" in pending.detail
    backup_service.check_integrity(store)
    done = run_doctor(store, full=False).checks[0]
    assert done.status == "OK" and "Không phát hiện lỗi" in done.detail


def test_a_cancelled_check_raises_and_keeps_no_result(setup_result):
    store = setup_result.session.store
    check = IntegrityCheck(store)
    check.cancel()
    with pytest.raises(Cancelled):
        backup_service.check_and_back_up(store, check=check)
    assert store.integrity is None and backups.list_backups(store.path) == []


def test_a_failure_seen_once_is_confirmed_before_it_is_told(setup_result, monkeypatch):
    """A page torn by another process's checkpoint reads well the second time: no alarm."""
    monkeypatch.setattr(integrity, "CONFIRM_AFTER_SECONDS", 0)
    passes = iter([["HMAC verification failed for page 7"], []])
    monkeypatch.setattr(IntegrityCheck, "_pass", lambda self, task: next(passes))
    assert IntegrityCheck(setup_result.session.store).run().healthy


def test_cli_warns_with_the_restore_path_and_makes_no_backup(damaged, monkeypatch, capsys):
    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)
    code = main(["--db", str(damaged), "--user", "admin", "user", "list"])
    out, err = capsys.readouterr()
    assert "Cảnh báo: Kiểm tra toàn vẹn phát hiện" in err and "danvan restore" in err
    assert "không xác thực được" in err or "hỏng cấu trúc" in err  # SQLCipher's own line stays in the log
    assert "HMAC" not in err and "verification" not in err
    assert backups.list_backups(damaged) == []
    code = main(["--db", str(damaged), "doctor"])
    out, err = capsys.readouterr()
    assert code == 1 and "LỖI" in out
