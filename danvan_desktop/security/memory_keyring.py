"""A keyring backend that keeps secrets in memory, for the self-test and the tests.

It reports itself as secure so the keyring code path is exercised; it never persists
anything, and it is installed explicitly (``keyring.set_keyring``), never chosen by
keyring on its own.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 10

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)
