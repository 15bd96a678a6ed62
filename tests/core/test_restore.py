"""Restore loses nothing and needs the database's own secret (issue 14, items 1 and 2)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from danvan_desktop.errors import AuthenticationFailed, DatabaseInUse, SecretRequired, ValidationError, WrongSecret
from danvan_desktop.services.backup import backup_now
from danvan_desktop.services.restore import restore_damaged, restore_from_session, restore_on_new_pc
from danvan_desktop.services.setup import initialise
from danvan_desktop.storage import settings_repo
from danvan_desktop.storage.database import Unlock, open_database
from danvan_desktop.storage.db_lock import hold_exclusively
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from danvan_desktop.storage.database import Unlock, open_database

    store = open_database(Path(sys.argv[1]), Unlock(passphrase=sys.argv[2]))
    print("ready", flush=True)
    for line in sys.stdin:
        with store.transaction() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, 'x')", ["test." + line.strip()])
        print("ack " + line.strip(), flush=True)
    store.close()
""")


def _setting(path: Path, key: str, unlock: Unlock) -> str | None:
    store = open_database(path, unlock)
    try:
        return settings_repo.get(store.db, key)
    finally:
        store.close()


@pytest.fixture
def passphrase_setup(fail_keyring, db_path):
    result = initialise(db_path, Unlock(passphrase=PASSPHRASE), "02266", "admin", ADMIN_PASSWORD)
    yield result
    result.session.store.close()


def test_acknowledged_writes_of_another_process_survive_a_restore_attempt(passphrase_setup, db_path):
    session = passphrase_setup.session
    backup = backup_now(session)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), PASSPHRASE], cwd=ROOT, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        writer.stdin.write("before\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "ack before"
        with pytest.raises(DatabaseInUse, match="đang mở ở một cửa sổ"):
            restore_from_session(session, backup)
        writer.stdin.write("after\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "ack after"
    finally:
        writer.stdin.close()
        assert writer.wait(30) == 0
    session.store.db.execute("SELECT 1")  # the refused restore left this window working too
    for key in ("test.before", "test.after"):
        assert _setting(db_path, key, Unlock(passphrase=PASSPHRASE)) == "x", key


def test_no_one_opens_the_database_while_it_is_being_replaced(setup_result, db_path):
    setup_result.session.store.close()
    lock = hold_exclusively(db_path)
    try:
        with pytest.raises(DatabaseInUse, match="đang được khôi phục"):
            open_database(db_path)
    finally:
        lock.release()
    open_database(db_path).close()


def test_what_is_still_in_the_log_is_kept_in_the_pre_restore_copy(setup_result, db_path, tmp_path):
    store = setup_result.session.store
    backup = backup_now(setup_result.session)
    with store.transaction() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('test.unsaved', 'x')")
    # A crash now: the main file and its write-ahead log as they are on disk.
    crashed = tmp_path / "crashed" / "danvan.db"
    crashed.parent.mkdir()
    for suffix in ("", "-wal", ".key"):
        crashed.with_name("danvan.db" + suffix).write_bytes(Path(f"{db_path}{suffix}").read_bytes())
    assert crashed.with_name("danvan.db-wal").stat().st_size > 0
    store.close()
    kept = restore_damaged(crashed, backup, Unlock(), "admin", ADMIN_PASSWORD)
    assert _setting(crashed, "test.unsaved", Unlock()) is None  # the backup is in place
    assert _setting(kept, "test.unsaved", Unlock()) == "x"  # and nothing written before it is lost


def test_a_wrong_passphrase_never_restores_an_attackers_file(passphrase_setup, db_path, tmp_path):
    passphrase_setup.session.store.close()
    db_path.write_bytes(db_path.read_bytes()[:8192])  # damaged
    before = db_path.read_bytes()
    attacker_db = tmp_path / "attacker" / "danvan.db"
    attacker = initialise(attacker_db, Unlock(passphrase="cum mat khau ke tan cong"), "02266", "admin", "matkhau-ke-gian")
    attacker.session.store.close()
    with pytest.raises(WrongSecret):  # the attacker's passphrase is not this database's
        restore_damaged(db_path, attacker_db, Unlock(passphrase="cum mat khau ke tan cong"), "admin", "matkhau-ke-gian")
    with pytest.raises(SecretRequired):  # nor is no secret at all
        restore_damaged(db_path, attacker_db, Unlock(), "admin", "matkhau-ke-gian")
    # Even with this database's passphrase the attacker's file does not open with its key.
    with pytest.raises(WrongSecret, match="không mở được bằng khóa"):
        restore_damaged(db_path, attacker_db, Unlock(passphrase=PASSPHRASE), "admin", "matkhau-ke-gian")
    assert db_path.read_bytes() == before


def test_a_damaged_database_needs_an_administrator_of_the_backup(setup_result, db_path):
    backup = backup_now(setup_result.session)
    setup_result.session.store.close()
    db_path.write_bytes(db_path.read_bytes()[:8192])
    before = db_path.read_bytes()
    with pytest.raises(AuthenticationFailed, match="quản trị viên"):
        restore_damaged(db_path, backup, Unlock(), "admin", "sai-mat-khau")
    assert db_path.read_bytes() == before
    restore_damaged(db_path, backup, Unlock(), "admin", ADMIN_PASSWORD)
    assert _setting(db_path, "unit.code", Unlock()) == "02266"


def test_lost_passphrase_restore_with_the_recovery_key(passphrase_setup, db_path):
    backup = backup_now(passphrase_setup.session)
    passphrase_setup.session.store.close()
    db_path.write_bytes(db_path.read_bytes()[:8192])
    with pytest.raises(WrongSecret):
        restore_damaged(db_path, backup, Unlock(passphrase="quen mat roi khong nho"), "admin", ADMIN_PASSWORD)
    restore_damaged(db_path, backup, Unlock(recovery_key=passphrase_setup.recovery_key), "admin", ADMIN_PASSWORD)
    assert _setting(db_path, "unit.code", Unlock(passphrase=PASSPHRASE)) == "02266"


def test_a_backup_of_another_unit_is_refused_even_with_its_recovery_key(setup_result, db_path, tmp_path):
    other_db = tmp_path / "other" / "danvan.db"
    other = initialise(other_db, Unlock(), "02269", "admin", "matkhau-khac-1")
    other_backup = backup_now(other.session)
    other.session.store.close()
    with pytest.raises(WrongSecret):  # without its recovery key it does not even open
        restore_from_session(setup_result.session, other_backup)
    with pytest.raises(ValidationError, match="đơn vị mã 02269"):
        restore_from_session(setup_result.session, other_backup, other.recovery_key)
    assert settings_repo.get(setup_result.session.db, "unit.code") == "02266"


def test_a_backup_made_with_another_key_of_this_unit_restores_with_its_recovery_key(setup_result, db_path, tmp_path):
    old_db = tmp_path / "old-pc" / "danvan.db"
    old = initialise(old_db, Unlock(), "02266", "admin", "matkhau-may-cu")
    with old.session.store.transaction() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('test.old', 'x')")
    old_backup = backup_now(old.session)
    old.session.store.close()
    restore_from_session(setup_result.session, old_backup, old.recovery_key)
    assert _setting(db_path, "test.old", Unlock()) == "x"  # opens on its own: the key was adopted


def test_a_new_pc_restores_with_the_backups_recovery_key(setup_result, tmp_path, fail_keyring):
    backup = backup_now(setup_result.session)
    setup_result.session.store.close()
    new_db = tmp_path / "new-pc" / "danvan.db"
    with pytest.raises(WrongSecret):
        restore_on_new_pc(new_db, backup, initialise(tmp_path / "x.db", Unlock(passphrase=PASSPHRASE), "02266", "a1",
                                                     "matkhau-a1-x").recovery_key, PASSPHRASE)
    assert not new_db.exists()
    store = restore_on_new_pc(new_db, backup, setup_result.recovery_key, PASSPHRASE)
    store.close()
    assert _setting(new_db, "unit.code", Unlock(passphrase=PASSPHRASE)) == "02266"  # the new PC's passphrase


def test_a_restore_killed_at_any_moment_leaves_whole_data(passphrase_setup, db_path):
    """kill -9 during `danvan restore`: the database opens healthy, as before or as the backup."""
    import random
    import time

    from danvan_desktop.services.doctor import run_doctor
    from danvan_desktop.storage.leftovers import leftover_files

    session = passphrase_setup.session
    with session.store.transaction() as db:
        settings_repo.put(db, "test.state", "backup")
    backup = backup_now(session)
    with session.store.transaction() as db:
        settings_repo.put(db, "test.state", "current")
    session.store.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONPATH": str(ROOT),
           "DANVAN_PASSPHRASE": PASSPHRASE, "DANVAN_PASSWORD": ADMIN_PASSWORD, "DANVAN_USER": "admin"}
    chance = random.Random(14)
    seen = set()
    for _ in range(6):
        restoring = subprocess.Popen([sys.executable, "-m", "danvan_desktop.cli.main", "--db", str(db_path),
                                      "restore", str(backup)], cwd=ROOT, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.3, 2.5))
        restoring.kill()
        restoring.wait(30)
        store = open_database(db_path, Unlock(passphrase=PASSPHRASE))
        try:
            assert not leftover_files(db_path)  # swept by this open
            state = settings_repo.get(store.db, "test.state")
            assert state in ("backup", "current")
            seen.add(state)
            assert run_doctor(store).healthy
            with store.transaction() as db:
                settings_repo.put(db, "test.state", "current")
        finally:
            store.close()
    assert seen  # (which state a kill meets depends on the machine's speed; each one was whole)
    finished = subprocess.run([sys.executable, "-m", "danvan_desktop.cli.main", "--db", str(db_path), "restore",
                               str(backup)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr  # and left alone, the same restore completes
    assert _setting(db_path, "test.state", Unlock(passphrase=PASSPHRASE)) == "backup"


def test_a_backup_from_a_newer_app_is_refused_before_anything_changes(setup_result, db_path):
    from danvan_desktop.errors import NewerDatabase
    from danvan_desktop.storage import migrations

    store = setup_result.session.store
    with store.transaction() as db:
        db["_sqlite_migrations"].insert(
            {"migration_set": migrations.MIGRATION_SET, "name": "9999_from_the_future", "applied_at": "2030-01-01"})
    future = backup_now(setup_result.session)
    with store.transaction() as db:
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '9999_from_the_future'")
    with pytest.raises(NewerDatabase, match="phiên bản mới hơn"):
        restore_from_session(setup_result.session, future)
    assert settings_repo.get(store.db, "unit.code") == "02266"  # still open and working
