"""Crash-safe file writes: temporary file, fsync, rename over the target."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    StagedFile(path, data, mode).place()


class StagedFile:
    """A file written and fsynced beside its target but not yet in place: ``place()`` moves it
    there (after the database has committed what the file claims), ``discard()`` removes it.
    A crash in between leaves only a hidden ``.tmp`` file, never the target."""

    def __init__(self, path: Path, data: bytes, mode: int = 0o600):
        self.path = Path(path)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            self.discard()
            raise

    def place(self) -> None:
        try:
            os.replace(self.tmp, self.path)
            _fsync_dir(self.path.parent)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` over ``target`` so that ``target`` is either old or new, never half."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def private_copy(source: Path, target: Path) -> None:
    """A byte copy readable by its owner only, like the database (backups, key files)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if os.name == "posix":
        os.chmod(target, 0o600)  # an existing file keeps its mode through O_TRUNC


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
