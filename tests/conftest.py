"""Shared fixtures. Every test runs with an in-memory keyring and its own data folder,
so no test ever touches the user's real keyring or home directory."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from danvan_desktop.security.memory_keyring import MemoryKeyring


PASSPHRASE = "cum mat khau thu nghiem"
ADMIN_PASSWORD = "matkhau-quantri"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Own data folder and HOME; no DANVAN_* leaking in from the developer's shell."""
    for name in ("DANVAN_PASSPHRASE", "DANVAN_RECOVERY_KEY", "DANVAN_USER", "DANVAN_PASSWORD", "DANVAN_DB",
                 "DANVAN_SIGNING_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("DANVAN_DATA_DIR", str(tmp_path / "data"))
    from danvan_desktop.services import rules

    from danvan_desktop.services import report_documents

    rules.clear_caches()  # rule files loaded by one test stay in its data folder
    report_documents.rubrics.cache_clear()
    yield


@pytest.fixture(autouse=True)
def memory_keyring():
    """Installed for every test; tests that need no secure keyring use ``fail_keyring``."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring(memory_keyring):
    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def null_keyring(memory_keyring):
    keyring.set_keyring(null.Keyring())
    yield


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "danvan.db"


@pytest.fixture
def setup_result(db_path):
    """A freshly initialised database for Xã Lâm Bình (02266) with an administrator."""
    from danvan_desktop.services.setup import initialise
    from danvan_desktop.storage.database import Unlock

    result = initialise(db_path, Unlock(), "02266", "admin", ADMIN_PASSWORD, "Nguyễn Văn Quản")
    yield result
    runner = sys.modules.get("danvan_desktop.gui.runner")
    if runner is not None:  # a GUI test's page may still be reading in the background
        runner.wait_for_all()
    result.session.store.close()


@pytest.fixture
def admin_session(setup_result):
    return setup_result.session
