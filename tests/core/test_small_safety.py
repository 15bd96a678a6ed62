"""Issue 14 item 9: private backups, no leftovers of interrupted writes, one-line errors
for a damaged page, another database's key file named as such."""

import os
import stat

import pytest
import sqlcipher3

from danvan_desktop.cli.main import main
from danvan_desktop.errors import WrongSecret
from danvan_desktop.services.backup import backup_now
from danvan_desktop.services.doctor import run_doctor
from danvan_desktop.services.restore import restore_from_session
from danvan_desktop.storage.database import Unlock, open_database
from danvan_desktop.storage.keyfile import keyfile_path


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_backups_and_their_key_files_are_readable_by_the_owner_only(admin_session, db_path):
    os.umask(0o022)
    made = backup_now(admin_session)
    kept = restore_from_session(admin_session, made)
    for path in (made, keyfile_path(made), kept, keyfile_path(kept), db_path, keyfile_path(db_path)):
        assert _mode(path) == 0o600, path


def test_leftovers_of_an_interrupted_write_are_removed_at_the_next_start(setup_result, db_path):
    backup = backup_now(setup_result.session)
    setup_result.session.store.close()
    partial = backup.with_name("danvan-20260101-080000-000000-manual.partial")
    partial.write_bytes(b"\0" * 4096)  # a power cut in the middle of a backup
    key_tmp = db_path.with_name(f".{db_path.name}.key.abc123.tmp")
    key_tmp.write_bytes(b"{}")  # ...or of a key file written atomically
    mine = db_path.with_name("ghi-chu.tmp")
    mine.write_text("not ours")
    first = open_database(db_path)
    second = open_database(db_path)  # a second opener does not sweep: the first could be writing
    assert not partial.exists() and not key_tmp.exists()
    assert mine.exists() and backup.exists()
    partial.write_bytes(b"\0")
    second.close()
    first.close()
    open_database(db_path).close()
    assert not partial.exists()


def test_while_another_has_it_open_nothing_is_swept(setup_result, db_path):
    backup = backup_now(setup_result.session)  # the session keeps the database open
    partial = backup.with_name("danvan-20260101-080000-000000-manual.partial")
    partial.write_bytes(b"\0" * 4096)  # e.g. a backup the other window is writing right now
    open_database(db_path).close()
    assert partial.exists()


def _damage_a_page(db_path):
    data = bytearray(db_path.read_bytes())
    page = 4096 * (len(data) // 4096 - 2)
    data[page + 100:page + 140] = bytes(40)
    db_path.write_bytes(bytes(data))


def test_a_damaged_page_met_by_the_doctor_is_one_line(setup_result, db_path):
    setup_result.session.store.close()
    _damage_a_page(db_path)
    store = open_database(db_path, migrate=False)
    try:
        report = run_doctor(store)
    finally:
        store.close()
    [integrity] = [c for c in report.checks if c.name == "Toàn vẹn dữ liệu"]
    assert not integrity.ok and "\n" not in integrity.detail and "page" in integrity.detail


def test_a_damaged_page_in_a_command_is_one_line_not_a_crash(setup_result, db_path, capsys, monkeypatch):
    setup_result.session.store.close()

    def damaged(*args, **kwargs):
        raise sqlcipher3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("danvan_desktop.cli.db_commands.run_doctor", damaged)
    code = main(["--db", str(db_path), "doctor"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Lỗi: Dữ liệu bị hỏng") and err.count("\n") == 1


def test_another_databases_key_file_is_named_as_such(setup_result, db_path, tmp_path):
    from danvan_desktop.services.setup import initialise

    setup_result.session.store.close()
    other = initialise(tmp_path / "other" / "danvan.db", Unlock(), "02266", "admin", "matkhau-khac-1")
    other.session.store.close()
    keyfile_path(db_path).write_bytes(keyfile_path(other.session.store.path).read_bytes())  # copied by mistake
    with pytest.raises(WrongSecret) as refused:
        open_database(db_path, Unlock(recovery_key=other.recovery_key))
    assert "bị hỏng" not in str(refused.value)
