"""A read-only or full data folder: a clear message, nothing half-written.

These mount a small tmpfs (root only, as on the CI machine); elsewhere they are skipped
with the reason, since a non-root user cannot make a folder read-only for root-like
processes or fill a disk safely.
"""

import subprocess
from pathlib import Path

import pytest

from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.errors import DataFolderError
from danvan_desktop.services import petitions
from danvan_desktop.services.setup import initialise
from danvan_desktop.storage.database import Unlock, open_database
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def small_mount(tmp_path):
    folder = tmp_path / "mnt"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2000k", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a test file system here: {done.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def test_read_only_folder(small_mount):
    remount(small_mount, "ro")
    with pytest.raises(DataFolderError, match="chỉ đọc|không ghi được|Không ghi được"):
        initialise(small_mount / "danvan.db", Unlock(), "02266", "admin", ADMIN_PASSWORD)
    remount(small_mount, "rw")
    result = initialise(small_mount / "danvan.db", Unlock(), "02266", "admin", ADMIN_PASSWORD)
    result.session.store.close()
    remount(small_mount, "ro")
    with pytest.raises(DataFolderError, match="chỉ đọc|không có quyền ghi"):
        open_database(small_mount / "danvan.db")


def test_full_disk_during_a_write(small_mount):
    result = initialise(small_mount / "danvan.db", Unlock(), "02266", "admin", ADMIN_PASSWORD)
    session = result.session
    before = petitions.count(session, petitions.list_query())
    big = PetitionInput(received_on=__import__("datetime").date(2026, 11, 2), kind="kien_nghi", channel="truc_tiep",
                        field="dat_dai", content="Kiến nghị " + "rất dài " * 200_000,
                        petitioners=(Petitioner("Nguyễn Văn An", "Thôn Nà Lầu"),))
    with pytest.raises(DataFolderError, match="đầy"):
        petitions.add_petition(session, big)
    assert petitions.count(session, petitions.list_query()) == before  # nothing half-saved
    session.store.close()
