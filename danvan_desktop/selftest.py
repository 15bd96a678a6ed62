"""Installation self-test without Qt: resources present, encrypted database round trip.

Used by ``danvan-desktop --self-test`` (after which the GUI part checks Qt) and by the
frozen build's test. Runs in a temporary folder with an in-memory keyring, so it never
touches the user's data or keyring.
"""

from __future__ import annotations

import importlib
import os
import secrets
import tempfile
from pathlib import Path

import keyring

from .paths import resource
from .security.memory_keyring import MemoryKeyring

REQUIRED_RESOURCES = (
    ("units", "vn-units-2025-07-01.json"),
    ("rules", "time_limits.json"),
    ("rules", "days_off.json"),
    ("rules", "petition_fields.json"),
    ("fonts", "LiberationSerif-Regular.ttf"),
    ("fonts", "LiberationSans-Regular.ttf"),
    ("icons", "app.svg"),
)
# keyring finds its platform backends by import; a frozen build must carry them all.
KEYRING_BACKENDS = ("keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
                    "keyring.backends.kwallet", "keyring.backends.fail", "keyring.backends.null")


def run_core_self_test() -> list[str]:
    problems = [f"thiếu tệp tài nguyên {'/'.join(parts)}" for parts in REQUIRED_RESOURCES if not resource(*parts).is_file()]
    for module in KEYRING_BACKENDS:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            problems.append(f"không nạp được {module}: {exc}")
    previous_keyring = keyring.get_keyring()
    previous_dir = os.environ.get("DANVAN_DATA_DIR")
    keyring.set_keyring(MemoryKeyring())
    try:
        with tempfile.TemporaryDirectory(prefix="danvan-selftest-") as folder:
            os.environ["DANVAN_DATA_DIR"] = folder
            problems += _database_round_trip(Path(folder) / "selftest.db")
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_dir is None:
            os.environ.pop("DANVAN_DATA_DIR", None)
        else:
            os.environ["DANVAN_DATA_DIR"] = previous_dir
    return problems


def _database_round_trip(path: Path) -> list[str]:
    from .errors import DanVanError
    from .services.auth import login
    from .services.doctor import run_doctor
    from .services.setup import initialise
    from .storage.database import Unlock, open_database

    password = secrets.token_urlsafe(12)
    try:
        result = initialise(path, Unlock(), "02266", "selftest", password, "Tự kiểm tra")
        result.session.store.close()
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            return ["cơ sở dữ liệu không được mã hóa"]
        store = open_database(path)
        try:
            login(store, "selftest", password)
            report = run_doctor(store)
        finally:
            store.close()
    except DanVanError as error:
        return [f"cơ sở dữ liệu: {error}"]
    return [f"{c.name}: {c.detail}" for c in report.checks if not c.ok]
