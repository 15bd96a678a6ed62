"""A logged-in user on an open database, and the one way services write."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ..domain.units import Unit
from ..domain.users import Permission, User, require
from ..storage import audit_repo, settings_repo, units_repo
from ..storage.database import Store


@dataclass
class Session:
    store: Store
    user: User

    @property
    def db(self):
        return self.store.db

    def require(self, permission: Permission) -> None:
        require(self.user, permission)

    @property
    def unit(self) -> Unit | None:
        return configured_unit(self.store)

    def reading(self) -> "Session":
        """The same user on the read-only connection: the GUI thread's short reads go here,
        so they never wait for, nor see, a background task's transaction."""
        return Session(ReadingStore(self.store), self.user)


class ReadingStore:
    """A store seen through its read-only connection; writing through it is a bug."""

    def __init__(self, store: Store):
        self.store = store
        self.path = store.path
        self.lock = threading.RLock()  # readers never wait for the writer's lock

    @property
    def db(self):
        return self.store.reader()

    @property
    def integrity(self):
        return self.store.integrity

    def transaction(self):
        raise RuntimeError("writes go through the writer connection (the background runner), not a reading session")


def configured_unit(store: Store) -> Unit | None:
    return configured_unit_of(store.db)


def configured_unit_of(db) -> Unit | None:
    list_id = settings_repo.get(db, "unit.list_id")
    code = settings_repo.get(db, "unit.code")
    if not list_id or not code:
        return None
    return units_repo.get_unit(db, list_id, code)


def writing(store: Store):
    """One transaction, serialised against the GUI's worker thread (see Store.transaction)."""
    return store.transaction()


def audit(store: Store, username: str, action: str, entity: str, entity_id="", details: dict | None = None):
    audit_repo.append(store.db, username, action, entity, str(entity_id), details)
