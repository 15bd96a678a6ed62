"""The OS keyring, and whether it can be trusted with the database key.

keyring silently falls back to backends that keep nothing (``fail``, ``null``) or keep
secrets in plain files (``keyrings.alt``). Those are treated as missing: the app then
asks for a passphrase and tells the user why.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.errors

SERVICE = "danvan-desktop"

_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_INSECURE_CLASS_NAMES = ("PlaintextKeyring", "EncryptedKeyring", "EscapeKeyring")


@dataclass(frozen=True)
class KeyringStatus:
    secure: bool
    backend: str
    reason: str  # Vietnamese, empty when secure


def keyring_status() -> KeyringStatus:
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        return KeyringStatus(False, "?", f"Không đọc được kho khóa của hệ điều hành ({exc}).")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    leaves = getattr(backend, "backends", None) or [backend]  # a ChainerBackend holds several
    insecure = all(_is_insecure(b) for b in leaves)
    if not leaves or insecure:
        if any(type(b).__module__.startswith("keyrings.alt") for b in leaves):
            reason = "Kho khóa hiện có lưu bí mật dưới dạng tệp không an toàn, nên ứng dụng dùng cụm mật khẩu."
        else:
            reason = "Máy này không có kho khóa an toàn của hệ điều hành (Windows Credential Manager, Secret Service, Keychain), nên ứng dụng dùng cụm mật khẩu."
        return KeyringStatus(False, name, reason)
    return KeyringStatus(True, name, "")


def _is_insecure(backend) -> bool:
    module = type(backend).__module__
    return (
        module.startswith(_INSECURE_MODULE_PREFIXES)
        or type(backend).__name__ in _INSECURE_CLASS_NAMES
        or getattr(backend, "priority", 1) <= 0
    )


def store_key(key_id: str, key: bytes) -> None:
    keyring.set_password(SERVICE, key_id, key.hex())


def load_key(key_id: str) -> bytes | None:
    try:
        value = keyring.get_password(SERVICE, key_id)
    except keyring.errors.KeyringError:
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def delete_key(key_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, key_id)
    except keyring.errors.PasswordDeleteError:
        pass
