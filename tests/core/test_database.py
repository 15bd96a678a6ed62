"""Opening, creating and refusing databases."""

import hashlib
import sqlite3

import pytest

from danvan_desktop.errors import CorruptDatabase, DataFolderError, SecretRequired, StorageError, WrongSecret
from danvan_desktop.services.setup import initialise
from danvan_desktop.storage.database import Unlock, create_database, open_database
from danvan_desktop.storage.keyfile import keyfile_path, read_keyfile
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_secure_keyring_keeps_key_and_file_is_encrypted(db_path, memory_keyring):
    store, recovery = create_database(db_path, Unlock())
    store.db["probe"].insert({"name": "Nguyễn Thị Hoa"})
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "Nguyễn Thị Hoa".encode() not in raw
    keyfile = read_keyfile(db_path)
    assert keyfile.mode == "keyring" and keyfile.wrapped is None
    assert len(memory_keyring.secrets) == 1
    reopened = open_database(db_path)
    assert reopened.db.execute("SELECT name FROM probe").fetchone()[0] == "Nguyễn Thị Hoa"
    assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert reopened.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    reopened.close()


@pytest.mark.parametrize("fixture", ["fail_keyring", "null_keyring"])
def test_without_secure_keyring_a_passphrase_is_required(request, fixture, db_path):
    request.getfixturevalue(fixture)
    with pytest.raises(SecretRequired) as need:
        create_database(db_path, Unlock())
    assert need.value.kind == "new_passphrase"
    assert "kho khóa" in need.value.reason
    assert not db_path.exists()
    store, _ = create_database(db_path, Unlock(passphrase=PASSPHRASE))
    store.close()
    assert read_keyfile(db_path).mode == "passphrase"
    with pytest.raises(SecretRequired) as need:
        open_database(db_path, Unlock())
    assert need.value.kind == "passphrase"
    open_database(db_path, Unlock(passphrase=PASSPHRASE)).close()


def test_passphrase_from_environment(fail_keyring, db_path, monkeypatch):
    create_database(db_path, Unlock(passphrase=PASSPHRASE))[0].close()
    monkeypatch.setenv("DANVAN_PASSPHRASE", PASSPHRASE)
    open_database(db_path, Unlock.from_environment()).close()


def test_wrong_passphrase_is_refused_and_changes_nothing(fail_keyring, db_path):
    create_database(db_path, Unlock(passphrase=PASSPHRASE))[0].close()
    before = digest(db_path), digest(keyfile_path(db_path))
    with pytest.raises(WrongSecret, match="không đúng"):
        open_database(db_path, Unlock(passphrase="một cụm sai hoàn toàn"))
    assert (digest(db_path), digest(keyfile_path(db_path))) == before


def test_recovery_key_opens_on_another_pc(db_path, memory_keyring):
    store, recovery = create_database(db_path, Unlock())
    store.close()
    # Another PC: the file and nothing else (no key file, empty keyring).
    keyfile_path(db_path).unlink()
    memory_keyring.secrets.clear()
    with pytest.raises(SecretRequired) as need:
        open_database(db_path)
    assert need.value.kind == "recovery_key"
    open_database(db_path, Unlock(recovery_key=recovery)).close()
    # The key is now kept on this PC: the next open needs nothing.
    open_database(db_path).close()


def test_wrong_recovery_key_refused(db_path):
    create_database(db_path, Unlock())[0].close()
    from danvan_desktop.security.keys import format_recovery_key, generate_key

    with pytest.raises(WrongSecret):
        open_database(db_path, Unlock(recovery_key=format_recovery_key(generate_key())))


def test_truncated_file_is_reported_not_overwritten(db_path):
    create_database(db_path, Unlock())[0].close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2 + 100])
    before = digest(db_path)
    with pytest.raises(CorruptDatabase, match="cắt cụt"):
        open_database(db_path)
    assert digest(db_path) == before


def test_plain_sqlite_file_is_not_mistaken_for_ours(db_path, tmp_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    sqlite3.connect(db_path).execute("CREATE TABLE t(x)").connection.commit()
    keyfile_path(db_path).write_text('{"format": "danvan-keyfile", "version": 1, "mode": "keyring", "check": "x"}')
    with pytest.raises(CorruptDatabase, match="không mã hóa"):
        open_database(db_path)


def test_unwritable_data_folder_gives_clear_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DataFolderError, match="thư mục dữ liệu"):
        create_database(blocker / "danvan.db", Unlock())


def test_existing_database_is_never_overwritten_by_create(setup_result, db_path):
    setup_result.session.store.close()
    before = digest(db_path)
    with pytest.raises(StorageError, match="đã tồn tại"):
        initialise(db_path, Unlock(), "02266", "admin2", ADMIN_PASSWORD)
    assert digest(db_path) == before


def test_failed_setup_leaves_no_file(db_path):
    from danvan_desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        initialise(db_path, Unlock(), "02266", "admin", "ngắn")
    assert not db_path.exists() and not keyfile_path(db_path).exists()
