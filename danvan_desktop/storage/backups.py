"""Backups through SQLite's online backup API and their rotation (restore: ``storage.restore``).

A backup is a copy encrypted with the same key, plus a copy of the key file, so it
opens with the same passphrase, or with the recovery key on another PC.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from ..errors import DataFolderError, os_reason
from ..paths import backups_dir_for
from .atomic import private_copy
from .keyfile import keyfile_path

KINDS = ("auto", "manual", "pre-migration", "pre-restore")
KEEP = {"auto": 10, "pre-migration": 3, "pre-restore": 3}  # manual backups are never rotated
AUTO_INTERVAL = timedelta(hours=24)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime
    size: int


def _name(kind: str, now: datetime) -> str:
    return f"danvan-{now:%Y%m%d-%H%M%S-%f}-{kind}.db"


def _parse(path: Path) -> BackupInfo | None:
    parts = path.stem.split("-", 4)  # danvan, date, time, micro, kind
    if len(parts) != 5 or parts[0] != "danvan" or parts[4] not in KINDS:
        return None
    try:
        taken = datetime.strptime(f"{parts[1]}{parts[2]}{parts[3]}", "%Y%m%d%H%M%S%f")
    except ValueError:
        return None
    return BackupInfo(path, parts[4], taken, path.stat().st_size)


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    folder = folder or backups_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob("danvan-*.db") if (info := _parse(p))]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(store, kind: str = "manual", folder: Path | None = None, now: datetime | None = None,
                task=None) -> Path:
    """Copy the open database page by page into ``folder``; rotate old ones of that kind."""
    folder = folder or backups_dir_for(store.path)
    now = now or datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(f"Không tạo được thư mục sao lưu {folder}: {os_reason(exc)}.") from exc
    target = folder / _name(kind, now)
    partial = target.with_suffix(".partial")
    try:
        # Created empty and private first: SQLite would make it (and its journal) world-readable.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        dest = store.connect_copy(partial)
        try:
            with store.lock:
                def progress(status, remaining, total):
                    if task is not None:
                        task.step(total - remaining, total, "Đang sao lưu…")
                store.db.conn.backup(dest, pages=256, progress=progress)
        finally:
            dest.close()
        os.replace(partial, target)
        key = keyfile_path(store.path)
        if key.exists():
            private_copy(key, keyfile_path(target))
    except sqlcipher3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DataFolderError(f"Không sao lưu được vào {folder}: {exc}.") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DataFolderError(f"Không sao lưu được vào {folder}: {os_reason(exc)}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    rotate(store.path, folder)
    return target


def rotate(db_path: Path, folder: Path | None = None) -> list[Path]:
    removed = []
    by_kind: dict[str, list[BackupInfo]] = {}
    for info in list_backups(db_path, folder):
        by_kind.setdefault(info.kind, []).append(info)
    for kind, infos in by_kind.items():
        keep = KEEP.get(kind)
        if keep is None:
            continue
        for old in infos[keep:]:
            old.path.unlink(missing_ok=True)
            Path(f"{old.path}-wal").unlink(missing_ok=True)  # kept beside a damaged pre-restore copy
            Path(f"{old.path}.lock").unlink(missing_ok=True)  # left if the copy was ever opened
            keyfile_path(old.path).unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def auto_backup_due(db_path: Path, now: datetime | None = None, folder: Path | None = None) -> bool:
    now = now or datetime.now()
    autos = [b for b in list_backups(db_path, folder) if b.kind == "auto"]
    return not autos or now - autos[0].taken_at >= AUTO_INTERVAL


def maybe_auto_backup(store, now: datetime | None = None, folder: Path | None = None) -> Path | None:
    if auto_backup_due(store.path, now, folder):
        return make_backup(store, "auto", folder, now)
    return None
