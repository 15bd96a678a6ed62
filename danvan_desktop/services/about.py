"""What an installation is made of, for "Giới thiệu" and for a support call."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from .. import __version__
from ..storage.engine import engine_versions
from .session import Session


def _package(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def installation(session: Session) -> list[tuple[str, str]]:
    """(label, value) lines in Vietnamese: the app, its data and the libraries under it."""
    unit = session.unit
    engine = engine_versions(session.db)
    return [
        ("Phiên bản", __version__),
        ("Đơn vị", f"{unit.name} ({unit.code})" if unit else "chưa chọn"),
        ("Tệp dữ liệu", str(session.store.path)),
        ("Python", f"{platform.python_version()} ({sys.platform})"),
        ("SQLite", engine["SQLite"]),
        ("SQLCipher", f"{engine['SQLCipher']} (sqlcipher3 {_package('sqlcipher3')})"),
        ("reportlab", _package("reportlab")),
        ("openpyxl", _package("openpyxl")),
        ("keyring", _package("keyring")),
    ]
