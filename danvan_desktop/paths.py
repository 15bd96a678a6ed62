"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path

from . import APP_ID


def resources_dir() -> Path:
    """The bundled resources: fonts, icons, rules, unit list, translations.

    Installed from a wheel they are package data, ``danvan_desktop/resources`` (the build
    maps the repository's top-level ``resources/`` there); in a frozen build they sit in
    its folder; in a source checkout or an editable install, at the repository's top."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = files(__package__) / "resources"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user data folder; ``DANVAN_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("DANVAN_DATA_DIR")
    if override:
        return Path(override)
    return user_data_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "danvan.db"


def backups_dir_for(db_path: Path) -> Path:
    """Automatic backups sit beside the database in a folder named after it."""
    return db_path.parent / "backups" / db_path.stem
