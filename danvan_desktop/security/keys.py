"""Database keys, the printable recovery key, and passphrase wrapping.

The database is encrypted with a random 256-bit key. That key is what the user prints
as the recovery key (base32 in groups, with a checksum that catches typing mistakes),
what the OS keyring holds, and what a passphrase wraps where no secure keyring exists.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import ValidationError, WrongSecret

KEY_BYTES = 32
_CHECKSUM_BYTES = 3
_WRAP_N, _WRAP_R, _WRAP_P = 2**15, 8, 1


def generate_key() -> bytes:
    return os.urandom(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """32 key bytes + 3 checksum bytes -> 56 base32 letters in 14 groups of 4."""
    checksum = hashlib.sha256(key).digest()[:_CHECKSUM_BYTES]
    letters = base64.b32encode(key + checksum).decode("ascii")
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def parse_recovery_key(text: str) -> bytes:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    # People confuse these when copying from paper; base32 uses neither 0, 1 nor 8.
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(letters)
    except (ValueError, base64.binascii.Error):
        raw = b""
    if len(raw) != KEY_BYTES + _CHECKSUM_BYTES:
        raise ValidationError("Khóa khôi phục phải gồm 14 nhóm, mỗi nhóm 4 ký tự.", "recovery_key")
    key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:_CHECKSUM_BYTES] != checksum:
        raise ValidationError("Khóa khôi phục bị gõ sai: hãy kiểm tra lại từng nhóm ký tự.", "recovery_key")
    return key


def key_check(key: bytes) -> str:
    """A value stored beside the database that tells a wrong key from a damaged file."""
    return hmac.new(key, b"danvan-desktop key check v1", hashlib.sha256).hexdigest()


def sqlcipher_key_pragma_value(key: bytes) -> str:
    """A raw key in SQLCipher's blob syntax: no key derivation at open, the key is random."""
    return f"\"x'{key.hex()}'\""


DATABASE_KEY_PURPOSE = b"danvan-desktop database key"


def wrap_key(key: bytes, passphrase: str, purpose: bytes = DATABASE_KEY_PURPOSE) -> dict:
    """``purpose`` is bound to the ciphertext, so a wrapped key cannot pass for another kind."""
    salt = os.urandom(16)
    kek = _derive(passphrase, salt, _WRAP_N, _WRAP_R, _WRAP_P)
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, key, purpose)
    return {
        "kdf": "scrypt",
        "n": _WRAP_N,
        "r": _WRAP_R,
        "p": _WRAP_P,
        "salt": salt.hex(),
        "nonce": nonce.hex(),
        "sealed": sealed.hex(),
    }


def unwrap_key(wrapped: dict, passphrase: str, purpose: bytes = DATABASE_KEY_PURPOSE) -> bytes:
    try:
        kek = _derive(passphrase, bytes.fromhex(wrapped["salt"]), int(wrapped["n"]), int(wrapped["r"]),
                      int(wrapped["p"]))
        return AESGCM(kek).decrypt(bytes.fromhex(wrapped["nonce"]), bytes.fromhex(wrapped["sealed"]), purpose)
    except InvalidTag:
        raise WrongSecret("Cụm mật khẩu không đúng.") from None
    except (KeyError, ValueError) as exc:
        raise WrongSecret("Tệp khóa của cơ sở dữ liệu bị hỏng; hãy mở bằng khóa khôi phục.") from exc


def validate_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < 10:
        raise ValidationError("Cụm mật khẩu cần ít nhất 10 ký tự.", "passphrase")
    return passphrase


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=64 * 1024 * 1024, dklen=32)
