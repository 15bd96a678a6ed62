"""The lock every opener of a database respects: ``<db>.lock`` beside the database.

Each process that opens the database holds a shared OS lock on this small file for as
long as its connection lives; a restore takes it exclusively, so a database is never
replaced while another window or a ``danvan`` command still writes into it. The locks are
the operating system's (``flock`` / ``LockFileEx`` through portalocker): they vanish with
the process, so a crash or a power cut leaves nothing stale behind.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import portalocker

from ..errors import DataFolderError, DatabaseInUse, os_reason

log = logging.getLogger(__name__)
_SHARED = portalocker.LOCK_SH | portalocker.LOCK_NB
_EXCLUSIVE = portalocker.LOCK_EX | portalocker.LOCK_NB


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def in_use_message(db_path: Path) -> str:
    return (f"Cơ sở dữ liệu {Path(db_path).name} đang mở ở một cửa sổ Dân Vận Desktop hoặc một lệnh danvan khác; "
            "hãy đóng chúng rồi thử lại.")


def restoring_message(db_path: Path) -> str:
    return (f"Cơ sở dữ liệu {Path(db_path).name} đang được khôi phục từ bản sao lưu ở một cửa sổ khác; "
            "hãy chờ xong rồi mở lại.")


class DatabaseLock:
    """One process's hold on a database: shared while open, exclusive while replaced."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self.exclusive = False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DataFolderError(
                f"Không tạo được tệp khóa {self.path.name} trong {self.path.parent}: {os_reason(exc)}."
            ) from exc
        self._handle = os.fdopen(fd, "r+b")

    def _try(self, flags) -> bool:
        try:
            portalocker.lock(self._handle, flags)
        except portalocker.AlreadyLocked:
            return False
        except portalocker.LockException as exc:
            # A folder whose file system has no locks (some network shares): work on as
            # SQLite itself does there, and leave a trace for support.
            log.warning("no OS file lock on %s: %s", self.path, exc)
        return True

    def _unlock(self) -> None:
        try:
            portalocker.unlock(self._handle)
        except portalocker.LockException:
            pass

    def release(self) -> None:
        if self._handle is not None and not self._handle.closed:
            self._unlock()
            self._handle.close()

    @contextmanager
    def held_exclusively(self):
        """Turn this process's shared hold into the only one for the time of the block.

        Refused with ``DatabaseInUse`` (the shared hold kept) when anyone else has the
        database open. The conversion is not atomic on every OS, so it is release, then take."""
        self._unlock()
        if not self._try(_EXCLUSIVE):
            if not self._try(_SHARED):
                self.release()
                raise DatabaseInUse(restoring_message(self.db_path))
            raise DatabaseInUse(in_use_message(self.db_path))
        self.exclusive = True
        try:
            yield self
        finally:
            self.exclusive = False
            if not self._handle.closed:
                self._unlock()
                self._try(_SHARED)


def hold_for_opening(db_path: Path, when_alone: Callable[[Path], None] | None = None) -> DatabaseLock:
    """The shared hold an opener keeps while its connection lives.

    When no one else has the database open, ``when_alone(db_path)`` runs first under an
    exclusive hold: the place for work that must not race another opener, such as
    removing the leftovers of a write that a crash interrupted."""
    lock = DatabaseLock(db_path)
    try:
        if when_alone is not None and lock._try(_EXCLUSIVE):
            try:
                when_alone(Path(db_path))
            finally:
                lock._unlock()
        if not lock._try(_SHARED):
            raise DatabaseInUse(restoring_message(db_path))
    except BaseException:
        lock.release()
        raise
    return lock


def hold_exclusively(db_path: Path) -> DatabaseLock:
    """An exclusive hold on a database this process has not opened (a damaged one being
    replaced, a new PC's first restore). Refused with ``DatabaseInUse``."""
    lock = DatabaseLock(db_path)
    if not lock._try(_EXCLUSIVE):
        lock.release()
        raise DatabaseInUse(in_use_message(db_path))
    lock.exclusive = True
    return lock
