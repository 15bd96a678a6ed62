"""First run: create the encrypted database, its unit and its administrator."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.units import Level, Unit
from ..domain.users import Role, validate_account
from ..errors import ValidationError
from ..storage import settings_repo
from ..storage.database import Store, Unlock, create_database
from ..storage.keyfile import keyfile_path
from . import units as unit_service
from .session import Session, audit, writing
from .users import create_user_unchecked


@dataclass
class SetupResult:
    session: Session
    recovery_key: str
    unit: Unit


def initialise(path: Path, unlock: Unlock, unit_code: str, admin_username: str, admin_password: str,
               admin_full_name: str = "Quản trị hệ thống") -> SetupResult:
    """Validate everything first, then create the database and fill it in one transaction.

    If anything fails after the file was created, the new file is removed again, so a
    second attempt starts clean.
    """
    unit = unit_service.find_in_bundled(unit_code)
    if unit.level is not Level.COMMUNE and unit.level is not Level.PROVINCE:
        raise ValidationError("Đơn vị phải là một xã/phường hoặc một tỉnh/thành phố.")
    username, full_name = validate_account(admin_username, admin_full_name, admin_password)

    store, recovery_key = create_database(Path(path), unlock)
    try:
        with writing(store):
            unit_service.ensure_bundled_list(store)
            list_id = unit_service.bundled_unit_list().list_id
            settings_repo.put(store.db, "unit.list_id", list_id)
            settings_repo.put(store.db, "unit.code", unit.code)
            audit(store, "setup", "setup", "unit", unit.code, {"name": unit.name, "list": list_id})
            user = create_user_unchecked(store, username, full_name, Role.ADMIN, admin_password, "setup")
    except BaseException:
        store.close()
        _remove_database_files(Path(path))
        raise
    return SetupResult(Session(store, user), recovery_key, unit)


def _remove_database_files(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile_path(path)):
        try:
            os.unlink(leftover)
        except FileNotFoundError:
            pass


def is_initialised(store: Store) -> bool:
    return settings_repo.get(store.db, "unit.code") is not None
