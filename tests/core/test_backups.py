from datetime import datetime, timedelta

import pytest

from danvan_desktop.errors import CorruptDatabase, PermissionDenied
from danvan_desktop.services import backup as backup_service
from danvan_desktop.services.users import add_user
from danvan_desktop.domain.users import Role
from danvan_desktop.services.auth import login
from danvan_desktop.services.restore import restore_from_session
from danvan_desktop.storage import backups
from danvan_desktop.storage.database import open_database
from danvan_desktop.storage.keyfile import keyfile_path


def test_backup_and_restore_round_trip(admin_session, db_path):
    path = backup_service.backup_now(admin_session)
    assert path.exists() and keyfile_path(path).exists()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    kept = restore_from_session(admin_session, path)
    assert kept is not None and kept.exists()
    restored = open_database(db_path)
    names = [r[0] for r in restored.db.execute("SELECT username FROM users")]
    assert names == ["admin"]  # the user added after the backup is gone
    restored.close()
    # ...but the database before the restore was kept and still holds it.
    previous = open_database(kept)
    assert "canbo" in [r[0] for r in previous.db.execute("SELECT username FROM users")]
    previous.close()


def test_restore_refuses_a_damaged_backup_and_keeps_current(admin_session, db_path):
    path = backup_service.backup_now(admin_session)
    data = bytearray(path.read_bytes())
    data[8192:8192 + 32] = bytes(32)
    path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabase):
        restore_from_session(admin_session, path)
    assert db_path.read_bytes() == before


def test_automatic_backups_rotate(admin_session, db_path):
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(14):
        assert backups.maybe_auto_backup(admin_session.store, now=start + timedelta(days=day)) is not None
        assert backups.maybe_auto_backup(admin_session.store, now=start + timedelta(days=day, hours=2)) is None
    autos = [b for b in backups.list_backups(db_path) if b.kind == "auto"]
    assert len(autos) == backups.KEEP["auto"]
    assert autos[0].taken_at == start + timedelta(days=13)


def test_officer_cannot_restore(admin_session, db_path):
    add_user(admin_session, "canbo", "Trần Văn Bình", Role.OFFICER, "matkhau-canbo")
    officer = login(admin_session.store, "canbo", "matkhau-canbo")
    path = backup_service.backup_now(officer)  # every role may back up
    with pytest.raises(PermissionDenied):
        restore_from_session(officer, path)
