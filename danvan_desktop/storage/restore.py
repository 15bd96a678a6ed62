"""Putting a backup in place of a database without losing a written record.

The database is held exclusively for the whole replacement (``storage.db_lock``): while
another window or ``danvan`` command has it open, a restore is refused. The current data,
including what still sits in its write-ahead log, is kept as a ``pre-restore`` backup
first; the backup then replaces the file atomically (temporary file, fsync, rename).

What the backup must prove before it is used (it opens with the database's own key or
with the recovery key given for it, it is intact, it belongs to this unit) is checked by
``inspect_backup``; who may restore is the services' concern.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlcipher3
import sqlite_utils

from ..errors import CorruptDatabase, DataFolderError, StorageError, WrongSecret, os_reason
from ..paths import backups_dir_for
from ..security import keys
from .atomic import atomic_copy, atomic_write_bytes, private_copy
from .backups import _name, make_backup, rotate
from .database import Store, _check_file_shape, _configure, _connect
from .integrity import in_words, integrity_problems
from .db_lock import hold_exclusively, hold_for_opening
from .keyfile import keyfile_path, read_keyfile
from .migrations import check_not_newer


def inspect_backup(backup: Path, key: bytes) -> str | None:
    """Open ``backup`` read-only with ``key``, check every page, and return the code of
    the unit it belongs to. Raises ``WrongSecret`` when the key does not open it,
    ``CorruptDatabase`` when it is damaged."""
    backup = Path(backup)
    _check_file_shape(backup)
    conn = _connect(backup, key, readonly=True)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongSecret(
                f"Bản sao lưu {backup.name} không mở được bằng khóa của cơ sở dữ liệu này: đó không phải bản sao lưu "
                "của dữ liệu này, hoặc cần khóa khôi phục của chính bản sao lưu."
            ) from exc
        try:
            problems = integrity_problems(conn, full=True)
            check_not_newer(sqlite_utils.Database(conn, execute_plugins=False))  # never put in what cannot open
            unit = conn.execute("SELECT value FROM settings WHERE key = 'unit.code'").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise CorruptDatabase(f"Bản sao lưu {backup.name} bị hỏng ({in_words(str(exc))}).") from exc
    finally:
        conn.close()
    if problems:
        raise CorruptDatabase(f"Bản sao lưu {backup.name} không toàn vẹn ({in_words(problems[0])}).")
    return unit[0] if unit else None


def read_backup(backup: Path, key: bytes, work):
    """Run ``work(db)`` on a read-only sqlite-utils handle of the backup (checking an
    administrator's password against it, for instance)."""
    conn = _connect(Path(backup), key, readonly=True)
    try:
        return work(sqlite_utils.Database(conn, execute_plugins=False))
    finally:
        conn.close()


def store_key(store: Store) -> bytes:
    return store._key


def key_opens(path: Path, key: bytes) -> bool:
    """True when ``key`` decrypts the first page of ``path`` (a damaged file may still do)."""
    try:
        conn = _connect(Path(path), key, readonly=True)
    except Exception:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def replace_open_database(store: Store, backup: Path, now: datetime | None = None) -> Path:
    """Replace the database ``store`` has open with ``backup``; returns the pre-restore copy.

    Refused with ``DatabaseInUse`` while any other process has the database open. The copy
    of the current data is taken through SQLite's backup API from the live connection, so
    what is still in the write-ahead log is in it. The store is closed once the
    replacement starts (a refusal before that leaves it open)."""
    target = store.path
    with store.file_lock.held_exclusively():  # refused here, the store still open and usable
        kept = make_backup(store, "pre-restore", now=now)
        # Folded into the main file before its log is removed: a crash from here on finds
        # the current data whole, in the file and in ``kept``.
        with store.lock:
            store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.db.conn.close()
        try:
            _put_in_place(Path(backup), target, kept)
        finally:
            store.close()
    return kept


def replace_closed_database(target: Path, backup: Path, key: bytes | None, now: datetime | None = None) -> Path | None:
    """Put ``backup`` at ``target`` where no connection is open (a damaged database, or a
    new PC where there is none yet); returns where the previous file was kept, if any.

    The previous file may be damaged: it is kept byte for byte together with its
    write-ahead log, after folding the log into it where the key still allows."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(f"Không tạo được thư mục dữ liệu {target.parent}: {os_reason(exc)}.") from exc
    lock = hold_exclusively(target)
    try:
        kept = _keep_closed(target, key, now or datetime.now()) if target.exists() else None
        _put_in_place(Path(backup), target, kept)
    finally:
        lock.release()
    return kept


def _keep_closed(target: Path, key: bytes | None, now: datetime) -> Path:
    if key is not None:
        try:
            conn = _connect(target, key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except Exception:  # damaged beyond a checkpoint: the log is copied beside it instead
            pass
    folder = backups_dir_for(target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        kept = folder / _name("pre-restore", now)
        private_copy(target, kept)
        wal = Path(f"{target}-wal")
        if wal.exists() and wal.stat().st_size:
            private_copy(wal, Path(f"{kept}-wal"))
        if keyfile_path(target).exists():
            private_copy(keyfile_path(target), keyfile_path(kept))
    except OSError as exc:
        raise DataFolderError(f"Không giữ lại được dữ liệu hiện tại trong {folder}: {os_reason(exc)}.") from exc
    rotate(target, folder)
    return kept


def _put_in_place(backup: Path, target: Path, kept: Path | None) -> None:
    try:
        # The log and index of the file being replaced: their content is in ``kept``.
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        atomic_copy(backup, target)
    except OSError as exc:
        where = f" Dữ liệu cũ vẫn ở {kept}." if kept else ""
        raise DataFolderError(f"Không ghi được {target}: {os_reason(exc)}.{where}") from exc


def open_restored(path: Path, key: bytes) -> Store:
    """The restored file, opened with the key it was checked with (no upgrade yet: the next
    ordinary open migrates it, with its pre-migration backup), to record the restore."""
    lock = hold_for_opening(path)
    try:
        conn = _connect(Path(path), key)
        store = Store(_configure(conn), Path(path), key)
    except BaseException:
        lock.release()
        raise
    store.file_lock = lock
    return store


def replace_keyfile(target: Path, backup: Path, key: bytes) -> None:
    """After restoring a backup made with another key: the backup's key file where it
    matches that key (its passphrase or keyring entry then works), otherwise none, so
    the key is adopted on this PC from the recovery key."""
    source = keyfile_path(backup)
    try:
        matches = source.exists() and read_keyfile(backup).check == keys.key_check(key)
    except StorageError:
        matches = False
    if matches:
        atomic_write_bytes(keyfile_path(target), source.read_bytes())
    else:
        forget_keyfile(target)


def forget_keyfile(target: Path) -> None:
    keyfile_path(target).unlink(missing_ok=True)
