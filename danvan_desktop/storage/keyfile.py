"""The small JSON file beside each database that says how its key is kept.

``<name>.db.key``: format version, where the key lives (``keyring`` under a random id, or
``passphrase``-wrapped inside the file), and a check value that tells a wrong key from
a damaged database. It holds no usable secret in keyring mode, and only a
scrypt/AES-GCM-wrapped one in passphrase mode.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorruptDatabase, NewerDatabase
from .atomic import atomic_write_bytes

FORMAT = "danvan-keyfile"
VERSION = 1
MODE_KEYRING = "keyring"
MODE_PASSPHRASE = "passphrase"


@dataclass
class KeyFile:
    mode: str
    check: str
    key_id: str = ""
    wrapped: dict | None = None

    @staticmethod
    def for_keyring(check: str) -> "KeyFile":
        return KeyFile(MODE_KEYRING, check, key_id=str(uuid.uuid4()))

    @staticmethod
    def for_passphrase(check: str, wrapped: dict) -> "KeyFile":
        return KeyFile(MODE_PASSPHRASE, check, wrapped=wrapped)


def keyfile_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".key")


def read_keyfile(db_path: Path) -> KeyFile | None:
    path = keyfile_path(db_path)
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text("utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError("format")
    except (ValueError, OSError) as exc:
        raise CorruptDatabase(
            f"Tệp khóa {path.name} bị hỏng. Hãy xóa nó và mở cơ sở dữ liệu bằng khóa khôi phục."
        ) from exc
    if raw.get("version", 0) > VERSION:
        raise NewerDatabase(f"Tệp khóa {path.name} do phiên bản mới hơn của ứng dụng tạo ra.")
    return KeyFile(raw["mode"], raw["check"], raw.get("key_id", ""), raw.get("wrapped"))


def write_keyfile(db_path: Path, keyfile: KeyFile) -> None:
    payload = {"format": FORMAT, "version": VERSION, "mode": keyfile.mode, "check": keyfile.check}
    if keyfile.key_id:
        payload["key_id"] = keyfile.key_id
    if keyfile.wrapped:
        payload["wrapped"] = keyfile.wrapped
    atomic_write_bytes(keyfile_path(db_path), json.dumps(payload, indent=2).encode("utf-8"))
