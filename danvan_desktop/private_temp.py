"""A private folder for temporary files that hold personal data, inside the data folder.

Libraries that spill work to disk (openpyxl writes each worksheet's XML to a temporary file
before zipping it) would otherwise leave plaintext copies of petitions in the system's
TMPDIR, where they outlive a crash. Here each process gets its own folder
``<data folder>/tmp/<pid>-<random>`` (mode 0700), removed at exit; at the next start the
folders of processes that are no longer running are removed too.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from .paths import data_dir

_lock = threading.Lock()
_folder: Path | None = None


def root() -> Path:
    return data_dir() / "tmp"


def folder() -> Path:
    """This process's private folder, made on first use and removed at exit."""
    global _folder
    with _lock:
        base = root()
        if _folder is None or _folder.parent != base or not _folder.is_dir():
            base.mkdir(parents=True, exist_ok=True, mode=0o700)
            _folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=base))  # mkdtemp: mode 0700
        return _folder


def new_file(suffix: str = "") -> str:
    """A new empty file (mode 0600) in the private folder; returns its path."""
    fd, path = tempfile.mkstemp(prefix="danvan-", suffix=suffix, dir=folder())
    os.close(fd)
    return path


@atexit.register
def remove_own() -> None:
    global _folder
    with _lock:
        if _folder is not None:
            shutil.rmtree(_folder, ignore_errors=True)
            _folder = None


def clean_stale() -> int:
    """Remove the folders left by processes that ended without cleaning up (a crash, a
    power cut); returns how many were removed. Folders of running processes are kept."""
    base = root()
    try:
        entries = list(base.iterdir()) if base.is_dir() else []
    except OSError:  # an unreadable data folder is reported by whatever needs it, not here
        return 0
    removed = 0
    for entry in entries:
        pid_text = entry.name.split("-", 1)[0]
        if entry.is_dir() and pid_text.isdigit() and _running(int(pid_text)):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            try:
                entry.unlink()
            except OSError:
                continue
        removed += 1
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _running_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
