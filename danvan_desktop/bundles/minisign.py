"""Ed25519 keys and signatures in minisign's exact text formats.

A public key file is ``untrusted comment: ...`` then base64(b"Ed" + key id (8 bytes) +
public key (32)). A signature file is the untrusted comment, base64(b"ED" + key id +
signature of the BLAKE2b-512 hash of the file) (minisign's pre-hashed mode), the line
``trusted comment: ...`` and base64 of the global signature over (signature + trusted
comment). So ``minisign -V -p unit.pub -m FILE`` checks what this module signs.

Key ids are shown as minisign shows them: the 8 bytes read as a little-endian integer,
in 16 upper-case hex digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from ..errors import DanVanError

PUBLIC_KEY_ALGORITHM = b"Ed"
PREHASHED_ALGORITHM = b"ED"
LEGACY_ALGORITHM = b"Ed"
_MAX_COMMENT = 1024


class SignatureError(DanVanError):
    """A key or signature file that is malformed or does not verify (Vietnamese message)."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as stored in the files
    key: bytes  # 32 bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_text(self.key_id)

    def to_file(self, comment: str = "") -> str:
        comment = comment or f"minisign public key {self.key_id_hex}"
        blob = base64.b64encode(PUBLIC_KEY_ALGORITHM + self.key_id + self.key).decode("ascii")
        return f"untrusted comment: {_one_line(comment)}\n{blob}\n"

    def fingerprint(self) -> str:
        """What an officer reads out by phone: 32 base32 letters in 8 groups of 4."""
        digest = hashlib.sha256(PUBLIC_KEY_ALGORITHM + self.key_id + self.key).digest()[:20]
        letters = base64.b32encode(digest).decode("ascii")
        return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


@dataclass(frozen=True)
class SecretKey:
    seed: bytes  # 32-byte Ed25519 private key
    key_id: bytes

    @staticmethod
    def generate() -> SecretKey:
        return SecretKey(os.urandom(32), os.urandom(8))

    def public(self) -> PublicKey:
        pk = Ed25519PrivateKey.from_private_bytes(self.seed).public_key()
        return PublicKey(self.key_id, pk.public_bytes(Encoding.Raw, PublicFormat.Raw))

    def sign(self, message: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
        """The text of a minisign signature file for ``message`` (pre-hashed, ``ED``)."""
        trusted = _one_line(trusted_comment)
        private = Ed25519PrivateKey.from_private_bytes(self.seed)
        signature = private.sign(hashlib.blake2b(message, digest_size=64).digest())
        global_signature = private.sign(signature + trusted.encode("utf-8"))
        untrusted = _one_line(untrusted_comment or f"signature from danvan secret key {key_id_text(self.key_id)}")
        return (
            f"untrusted comment: {untrusted}\n"
            f"{base64.b64encode(PREHASHED_ALGORITHM + self.key_id + signature).decode('ascii')}\n"
            f"trusted comment: {trusted}\n"
            f"{base64.b64encode(global_signature).decode('ascii')}\n"
        )


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_text(self.key_id)


def key_id_text(key_id: bytes) -> str:
    return f"{int.from_bytes(key_id, 'little'):016X}"


def parse_public_key(text: str | bytes) -> PublicKey:
    """A minisign public key file, or just its base64 line."""
    if isinstance(text, bytes):
        text = _decode(text, "khóa công khai")
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    raw = _b64(lines[0] if lines else "", "khóa công khai")
    if len(raw) != 42 or raw[:2] != PUBLIC_KEY_ALGORITHM:
        raise SignatureError("Tệp khóa công khai không đúng định dạng minisign (Ed25519).")
    return PublicKey(raw[2:10], raw[10:])


def parse_signature(text: str | bytes) -> Signature:
    if isinstance(text, bytes):
        text = _decode(text, "chữ ký")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 4 or not lines[0].startswith("untrusted comment:") \
            or not lines[2].startswith("trusted comment: "):
        raise SignatureError("Tệp chữ ký không đúng định dạng minisign (cần đúng 4 dòng).")
    raw = _b64(lines[1], "chữ ký")
    if len(raw) != 74 or raw[:2] not in (PREHASHED_ALGORITHM, LEGACY_ALGORITHM):
        raise SignatureError("Chữ ký không phải chữ ký Ed25519 của minisign.")
    trusted = lines[2][len("trusted comment: "):]
    if len(trusted) > _MAX_COMMENT:
        raise SignatureError("Dòng ghi chú tin cậy của chữ ký dài bất thường.")
    global_signature = _b64(lines[3], "chữ ký")
    if len(global_signature) != 64:
        raise SignatureError("Chữ ký toàn cục của tệp chữ ký không đúng độ dài.")
    return Signature(raw[:2], raw[2:10], raw[10:], trusted, global_signature)


def verify(message: bytes, signature: Signature | str | bytes, public_key: PublicKey) -> str:
    """Check ``signature`` of ``message``; return the trusted comment or raise SignatureError."""
    if not isinstance(signature, Signature):
        signature = parse_signature(signature)
    if signature.key_id != public_key.key_id:
        raise SignatureError(
            f"Chữ ký được tạo bằng khóa {signature.key_id_hex}, không phải khóa {public_key.key_id_hex}."
        )
    signed = hashlib.blake2b(message, digest_size=64).digest() \
        if signature.algorithm == PREHASHED_ALGORITHM else message
    # libsodium (PyNaCl) verifies about twice as fast as OpenSSL through cryptography, and a
    # province checks thousands of bundles, each with two signatures.
    verifier = VerifyKey(public_key.key)
    try:
        verifier.verify(signed, signature.signature)
        verifier.verify(signature.signature + signature.trusted_comment.encode("utf-8"), signature.global_signature)
    except (BadSignatureError, ValueError):
        raise SignatureError("Chữ ký không hợp lệ: tệp đã bị sửa hoặc không do khóa này ký.") from None
    return signature.trusted_comment


def _one_line(text: str) -> str:
    if "\n" in text or "\r" in text:
        raise ValueError("a minisign comment is one line")
    return text


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(f"Tệp {what} không phải văn bản UTF-8.") from None


def _b64(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"Tệp {what} có dòng base64 hỏng.") from None
    if base64.b64encode(raw).decode("ascii") != text.strip():  # unused bits set: not the signed text
        raise SignatureError(f"Tệp {what} có dòng base64 không chuẩn.")
    return raw
