"""Opening the encrypted database: the one ``open_database()`` every caller uses.

The file is SQLCipher-encrypted with a random key (see ``security.keys``). Opening
finds the key (recovery key, OS keyring, or passphrase-wrapped key file), checks what is
cheap and sufficient (the file's shape and header, the key check value, the first page
decrypting with that key), refuses a database from a newer app version, backs up before
any migration, then migrates. Nothing on disk is changed before all checks pass. Opening
costs the same on an empty file and on a million petitions: the full check reads every
page and runs later, off this path (``storage.integrity``).
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
import sqlite_utils

from ..errors import (
    CorruptDatabase,
    DatabaseBusy,
    DataFolderError,
    SecretRequired,
    StorageError,
    WrongSecret,
    os_reason,
)
from ..security import keys, keystore
from .db_lock import DatabaseLock, hold_for_opening
from .keyfile import MODE_KEYRING, MODE_PASSPHRASE, KeyFile, keyfile_path, read_keyfile, write_keyfile
from .leftovers import remove_leftovers

PLAINTEXT_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another one (a second window, the CLI)
PASSPHRASE_ENV = "DANVAN_PASSPHRASE"
RECOVERY_KEY_ENV = "DANVAN_RECOVERY_KEY"


@dataclass
class Unlock:
    """Secrets the caller could gather. Each may be None; the opener asks for what it lacks
    by raising ``SecretRequired``."""

    passphrase: str | None = None
    recovery_key: str | None = None

    @staticmethod
    def from_environment() -> "Unlock":
        return Unlock(
            passphrase=os.environ.get(PASSPHRASE_ENV) or None,
            recovery_key=os.environ.get(RECOVERY_KEY_ENV) or None,
        )


class Store:
    """An open database: the sqlite-utils handle plus what backups need.

    ``lock`` serialises writers when the GUI's worker thread and the main thread share
    the connection.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path, key: bytes):
        self.db = db
        self.path = Path(path)
        self._key = key
        self.lock = threading.RLock()
        self.file_lock: DatabaseLock | None = None  # the hold on ``<db>.lock`` (storage.db_lock)
        self.integrity = None  # the last full check's IntegrityResult, once one has run
        self._reader: sqlite_utils.Database | None = None

    def connect_readonly(self) -> sqlcipher3.Connection:
        """A second, read-only connection to this file: under WAL it reads a consistent
        snapshot while the writer connection goes on (the full check, long reads)."""
        conn = _connect(self.path, self._key, readonly=True)
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn

    def reader(self) -> sqlite_utils.Database:
        """The read-only connection for the GUI thread's short reads (a page of a register, a
        record): it sees only committed data, never a background task's rows in progress, and
        it cannot write. Every write goes through the writer connection, ``db``."""
        if self._reader is None:
            conn = self.connect_readonly()
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA cache_size = -16384")
            self._reader = sqlite_utils.Database(conn, execute_plugins=False)
        return self._reader

    def guard_thread(self, thread_id: int, on_use) -> None:
        """Call ``on_use(sql)`` for every statement the writer connection runs on ``thread_id``
        (the GUI thread: its reads go to ``reader()``, its writes to the background runner)."""
        def trace(sql: str) -> None:
            if threading.get_ident() == thread_id:
                on_use(sql)

        self.db.conn.set_trace_callback(trace)

    @contextmanager
    def transaction(self):
        """One write transaction, serialised against other threads; a full disk or a read-only
        folder becomes a clear ``DataFolderError`` and the transaction is rolled back.

        It begins IMMEDIATE: the write lock is taken first (waiting up to the busy timeout
        for another process's writer), so what the block reads is what it writes against (an
        approval's figures, a lock check) and a read-then-write never fails halfway with
        "database is locked" because another process wrote in between. A nested block is a
        savepoint of the outer one."""
        with self.lock:
            conn = self.db.conn
            if conn.in_transaction:
                try:
                    with self.db.atomic():
                        yield self.db
                except sqlcipher3.Error as exc:
                    raise _storage_error(exc, self.path) from exc
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise _storage_error(exc, self.path) from exc
            try:
                yield self.db
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.Error):
                    raise _storage_error(exc, self.path) from exc
                raise

    def connect_copy(self, path: Path) -> sqlcipher3.Connection:
        """A raw connection to another file encrypted with this database's key."""
        return _connect(Path(path), self._key)

    def close(self) -> None:
        for db in (self._reader, self.db):
            try:
                if db is not None:
                    db.conn.close()
            except sqlcipher3.Error:
                pass
        self._reader = None
        if self.file_lock is not None:
            self.file_lock.release()


def sqlite_uri(path: Path, readonly: bool = False) -> str:
    """A ``file:`` URI for SQLite naming exactly ``path``, whatever characters it holds.

    Everything but ``/`` and ``:`` is percent-encoded, so ``#``, ``?`` and ``%`` stay part
    of the name instead of starting a fragment, a query or an escape. The authority is
    always empty (``file:///``), which SQLite requires, also for a Windows share
    (``file:////server/share/...``), where ``Path.as_uri`` would name the server there."""
    absolute = path.absolute().as_posix()
    uri = "file://" + ("" if absolute.startswith("/") else "/") + quote(absolute, safe="/:")
    return uri + ("?mode=ro" if readonly else "")


def _connect(path: Path, key: bytes, readonly: bool = False) -> sqlcipher3.Connection:
    uri = sqlite_uri(path, readonly)
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.Error as exc:
        raise _storage_error(exc, path) from exc
    conn.execute(f"PRAGMA key = {keys.sqlcipher_key_pragma_value(key)}")
    # SQLCipher prints decryption failures on stderr; we report them ourselves.
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except sqlcipher3.Error:
        pass
    return conn


def _storage_error(exc: Exception, path: Path) -> StorageError:
    text = str(exc).lower()
    if "disk is full" in text or "disk full" in text:
        return DataFolderError(f"Ổ đĩa chứa {path.parent} đã đầy; hãy giải phóng dung lượng rồi thử lại.")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return DataFolderError(
            f"Không ghi được vào thư mục dữ liệu {path.parent}: thư mục chỉ đọc hoặc không có quyền ghi."
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy(
            f"Cơ sở dữ liệu {path.name} đang bận: một cửa sổ hoặc lệnh khác đang ghi và chưa xong sau "
            f"{BUSY_TIMEOUT_MS // 1000} giây chờ. Hãy thử lại sau.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabase(
            f"Tệp {path.name} bị hỏng. Hãy khôi phục từ một bản sao lưu (Cài đặt › Sao lưu, hoặc lệnh danvan restore)."
        )
    return StorageError(f"Lỗi cơ sở dữ liệu ({exc}).")


def _check_file_shape(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        raise StorageError(f"Không tìm thấy tệp cơ sở dữ liệu {path}.") from None
    except OSError as exc:
        raise DataFolderError(f"Không đọc được tệp {path}: {os_reason(exc)}.") from exc
    if header == PLAINTEXT_HEADER:
        raise CorruptDatabase(f"Tệp {path.name} là cơ sở dữ liệu SQLite không mã hóa, không phải dữ liệu của Dân Vận Desktop.")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise CorruptDatabase(
            f"Tệp {path.name} bị cắt cụt hoặc hỏng ({size} byte). Hãy khôi phục từ một bản sao lưu."
        )


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(f"Không tạo được thư mục dữ liệu {folder}: {os_reason(exc)}.") from exc
    if not os.access(folder, os.W_OK):
        raise DataFolderError(
            f"Không ghi được vào thư mục dữ liệu {folder}: thư mục chỉ đọc hoặc không có quyền ghi."
        )


def _configure(conn: sqlcipher3.Connection) -> sqlite_utils.Database:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    # SQLCipher decrypts every page it loads: a 64 MiB page cache (instead of 2 MiB) keeps
    # the report indexes of a large register decrypted between reads.
    conn.execute("PRAGMA cache_size = -65536")
    return sqlite_utils.Database(conn, execute_plugins=False)


def create_database(path: Path, unlock: Unlock) -> tuple[Store, str]:
    """Create a new encrypted database; returns it with the recovery key to show once."""
    from .migrations import migrate

    path = Path(path)
    _ensure_folder(path.parent)
    if path.exists():
        raise StorageError(f"Tệp {path} đã tồn tại; không ghi đè dữ liệu đang có.")
    key = keys.generate_key()
    check = keys.key_check(key)
    status = keystore.keyring_status()
    if status.secure:
        keyfile = KeyFile.for_keyring(check)
    else:
        if not unlock.passphrase:
            raise SecretRequired("Cần đặt một cụm mật khẩu để mã hóa dữ liệu.", status.reason, kind="new_passphrase")
        keys.validate_new_passphrase(unlock.passphrase)
        keyfile = KeyFile.for_passphrase(check, keys.wrap_key(key, unlock.passphrase))

    building = path.with_name(path.name + ".creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        conn = _connect(building, key)
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        db = _configure(conn)
        migrate(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        if keyfile.mode == MODE_KEYRING:
            keystore.store_key(keyfile.key_id, key)
        write_keyfile(path, keyfile)
        if os.name == "posix":
            os.chmod(building, 0o600)  # personal data: owner only
        os.replace(building, path)
    except sqlcipher3.Error as exc:
        building.unlink(missing_ok=True)
        raise _storage_error(exc, path) from exc
    except OSError as exc:
        building.unlink(missing_ok=True)
        raise DataFolderError(f"Không ghi được cơ sở dữ liệu vào {path.parent}: {os_reason(exc)}.") from exc
    store = open_database(path, unlock)
    return store, keys.format_recovery_key(key)


def resolve_key(path: Path, unlock: Unlock) -> tuple[bytes, KeyFile | None]:
    """Find the key for ``path`` without opening it. Raises ``SecretRequired`` or ``WrongSecret``."""
    keyfile = read_keyfile(path)
    if unlock.recovery_key:
        key = keys.parse_recovery_key(unlock.recovery_key)
        if keyfile is not None and keys.key_check(key) != keyfile.check:
            raise WrongSecret("Khóa khôi phục không khớp với cơ sở dữ liệu này.")
        return key, keyfile
    if keyfile is None:
        raise SecretRequired(
            f"Không thấy tệp khóa {keyfile_path(path).name} bên cạnh cơ sở dữ liệu.",
            "Dữ liệu được chép từ máy khác hoặc từ bản sao lưu: hãy nhập khóa khôi phục đã in khi cài đặt.",
            kind="recovery_key",
        )
    if keyfile.mode == MODE_KEYRING:
        status = keystore.keyring_status()
        key = keystore.load_key(keyfile.key_id) if status.secure else None
        if key is None:
            reason = status.reason or "Kho khóa của máy này không còn giữ khóa của cơ sở dữ liệu (có thể dữ liệu được chép từ máy khác)."
            raise SecretRequired("Không lấy được khóa giải mã từ kho khóa.", reason, kind="recovery_key")
        if keys.key_check(key) != keyfile.check:
            raise WrongSecret("Khóa trong kho khóa không khớp với cơ sở dữ liệu này; hãy nhập khóa khôi phục.")
        return key, keyfile
    if keyfile.mode == MODE_PASSPHRASE:
        if not unlock.passphrase:
            raise SecretRequired(
                "Cần cụm mật khẩu để mở dữ liệu.",
                keystore.keyring_status().reason or "Cơ sở dữ liệu này được bảo vệ bằng cụm mật khẩu.",
                kind="passphrase",
            )
        key = keys.unwrap_key(keyfile.wrapped or {}, unlock.passphrase)
        if keys.key_check(key) != keyfile.check:
            raise WrongSecret("Tệp khóa không khớp với cơ sở dữ liệu này; hãy mở bằng khóa khôi phục.")
        return key, keyfile
    raise CorruptDatabase(f"Tệp khóa ghi một chế độ không biết: {keyfile.mode}.")


def open_database(path: Path, unlock: Unlock | None = None, *, migrate: bool = True) -> Store:
    """Open (and, if needed, upgrade) an existing database, in a time that does not grow
    with the file.

    Raises a ``StorageError`` subclass with a Vietnamese message for every way this can
    fail; the file is not modified unless every check has passed.
    """
    path = Path(path)
    unlock = unlock or Unlock()
    _check_file_shape(path)
    if not os.access(path.parent, os.W_OK):  # WAL, backups and every save need a writable folder
        raise DataFolderError(
            f"Không ghi được vào thư mục dữ liệu {path.parent}: thư mục chỉ đọc hoặc không có quyền ghi."
        )
    # Held while the connection lives, so a restore never replaces the file under us;
    # leftovers of an interrupted write are removed when no one else has it open.
    file_lock = hold_for_opening(path, remove_leftovers)
    try:
        store = _open_locked(path, unlock, migrate)
    except BaseException:
        file_lock.release()
        raise
    store.file_lock = file_lock
    return store


def _open_locked(path: Path, unlock: Unlock, migrate: bool) -> Store:
    from . import backups
    from .migrations import check_not_newer, migrate as apply_migrations, pending_migrations

    key, keyfile = resolve_key(path, unlock)
    conn = _connect(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" not in str(exc) and "malformed" not in str(exc):
                raise _storage_error(exc, path) from exc  # a read-only folder, a locked file...
            if _key_fits_no_page(conn, path):  # not damaged: the key belongs to another database
                if keyfile is not None:
                    raise WrongSecret(
                        f"Tệp khóa {keyfile_path(path).name} là của một cơ sở dữ liệu khác, không phải của {path.name}. "
                        "Hãy đặt lại đúng tệp khóa, hoặc xóa nó rồi mở bằng khóa khôi phục của dữ liệu này."
                    ) from exc
                raise WrongSecret(f"Khóa khôi phục này là của một cơ sở dữ liệu khác, không phải của {path.name}.") from exc
            raise CorruptDatabase(
                f"Tệp {path.name} bị hỏng: khóa đúng nhưng không đọc được dữ liệu. Hãy khôi phục từ một bản sao lưu."
            ) from exc
        db = _configure(conn)
        check_not_newer(db)
        store = Store(db, path, key)
        if migrate:
            pending = pending_migrations(db)
            if pending and not _is_empty(db):
                # An upgrade rewrites the file: once per release, it is worth reading it all first.
                _refuse_if_damaged(store)
                backups.make_backup(store, kind="pre-migration")
            apply_migrations(db)
        if keyfile is None or unlock.recovery_key:
            _adopt_key(path, key, keyfile, unlock)
        return store
    except sqlcipher3.Error as exc:
        conn.close()
        raise _storage_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise


def _refuse_if_damaged(store: Store) -> None:
    from .integrity import IntegrityCheck, in_words, restore_hint

    store.integrity = IntegrityCheck(store).run()
    if not store.integrity.healthy:
        raise CorruptDatabase(f"Kiểm tra toàn vẹn trước khi nâng cấp phát hiện lỗi trong {store.path.name} "
                              f"({in_words(store.integrity.problems[0])}); chưa nâng cấp, dữ liệu không bị thay đổi. "
                              f"{restore_hint(store)}")


def _adopt_key(path: Path, key: bytes, keyfile: KeyFile | None, unlock: Unlock) -> None:
    """After opening with the recovery key, keep the key the way this PC can: in its
    keyring, or wrapped by the passphrase given. Keeps a working key file as it is."""
    if keyfile is not None:
        if keyfile.mode == MODE_KEYRING and keystore.keyring_status().secure:
            keystore.store_key(keyfile.key_id, key)
        return
    check = keys.key_check(key)
    if keystore.keyring_status().secure:
        new = KeyFile.for_keyring(check)
        keystore.store_key(new.key_id, key)
    elif unlock.passphrase:
        new = KeyFile.for_passphrase(check, keys.wrap_key(key, keys.validate_new_passphrase(unlock.passphrase)))
    else:
        return  # opened for this session only; the recovery key is needed again next time
    write_keyfile(path, new)


def _key_fits_no_page(conn, path: Path) -> bool:
    """True when the key authenticates no page at all: another database's key, not damage
    (a damaged file still has pages that the right key opens)."""
    try:
        failed = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except sqlcipher3.Error:
        return False
    return failed > 0 and failed >= path.stat().st_size // PAGE_SIZE


def _is_empty(db: sqlite_utils.Database) -> bool:
    return not db.table_names()


def change_passphrase(path: Path, unlock: Unlock, new_passphrase: str) -> None:
    """Re-wrap the key under a new passphrase (passphrase mode only)."""
    key, keyfile = resolve_key(path, unlock)
    keys.validate_new_passphrase(new_passphrase)
    write_keyfile(path, KeyFile.for_passphrase(keys.key_check(key), keys.wrap_key(key, new_passphrase)))
