"""The unit's Ed25519 signing keys: where the secret is kept, and the public key card.

Signing is a leader's act. The secret (seed + key id) goes into the OS keyring under a
random id, like the database key (``keystore``). Where the keyring is missing or insecure it
is wrapped (scrypt + AES-GCM, ``keys.wrap_key``, bound to its own purpose) under the
signing passphrase, a secret of its own that only leaders hold, never the database
passphrase every officer types, and kept in the encrypted database. It is never written as
a plain file. Keys of earlier versions wrapped under the database passphrase (without the
``under`` entry) no longer sign: the leader makes a new key.

A key card is what the province registers: the minisign ``.pub`` text and a small JSON
document (unit, key id, creation date, fingerprint to read out by phone, revocation).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from ..bundles.minisign import (
    PublicKey,
    SecretKey,
    SignatureError,
    key_id_text,
    parse_public_key,
)
from ..errors import SecretRequired, ValidationError, WrongSecret
from . import keys, keystore

SIGNING_PURPOSE = b"danvan-desktop bundle signing key, under the leaders' signing passphrase"
STORAGE_KEYRING = "keyring"
STORAGE_PASSPHRASE = "passphrase"
# In a passphrase-wrapped key, this entry says it is under the leaders' signing passphrase;
# keys made before it were wrapped under the database passphrase and no longer sign.
WRAPPED_UNDER = "under"
SIGNING_PASSPHRASE = "signing_passphrase"
MIN_SIGNING_PASSPHRASE = 10
CARD_FORMAT = "danvan-key-card"
CARD_VERSION = 1


def seal(secret: SecretKey, passphrase: str | None) -> dict:
    """Keep ``secret`` safe; returns the columns that say where (``storage``, ``keyring_id``, ``wrapped``).
    ``passphrase`` is the leaders' signing passphrase (the caller has checked that it is not
    the database passphrase)."""
    material = secret.seed + secret.key_id
    status = keystore.keyring_status()
    if status.secure:
        keyring_id = f"signing-{uuid.uuid4()}"
        keystore.store_key(keyring_id, material)
        return {"storage": STORAGE_KEYRING, "keyring_id": keyring_id, "wrapped": ""}
    if not passphrase:
        raise SecretRequired("Cần cụm mật khẩu khóa ký (của lãnh đạo) để bảo vệ khóa ký.", status.reason,
                             kind="signing_passphrase")
    if len(passphrase) < MIN_SIGNING_PASSPHRASE:
        raise ValidationError(f"Cụm mật khẩu khóa ký cần ít nhất {MIN_SIGNING_PASSPHRASE} ký tự.", "passphrase")
    wrapped = {**keys.wrap_key(material, passphrase, SIGNING_PURPOSE), WRAPPED_UNDER: SIGNING_PASSPHRASE}
    return {"storage": STORAGE_PASSPHRASE, "keyring_id": "", "wrapped": json.dumps(wrapped)}


def unseal(row: dict, passphrase: str | None) -> SecretKey:
    if row["storage"] == STORAGE_KEYRING:
        material = keystore.load_key(row["keyring_id"]) if keystore.keyring_status().secure else None
        if material is None:
            raise SecretRequired(
                "Kho khóa của máy này không còn giữ khóa ký của đơn vị.",
                "Hãy tạo khóa ký mới (danvan bundle key rotate) và gửi thẻ khóa mới cho cấp tỉnh.",
                kind="signing_key")
    elif not under_signing_passphrase(row):
        raise ValidationError(
            "Khóa ký này được bảo vệ bằng cụm mật khẩu của cơ sở dữ liệu mà mọi cán bộ đều biết, nên không còn "
            "dùng để ký. Lãnh đạo hãy đổi khóa ký (đặt cụm mật khẩu khóa ký riêng) và gửi thẻ khóa mới cho cấp tỉnh.")
    else:
        if not passphrase:
            raise SecretRequired("Cần cụm mật khẩu khóa ký (của lãnh đạo) để ký gói báo cáo.",
                                 "Khóa ký được bảo vệ bằng cụm mật khẩu khóa ký.", kind="signing_passphrase")
        try:
            material = keys.unwrap_key(json.loads(row["wrapped"]), passphrase, SIGNING_PURPOSE)
        except WrongSecret:
            raise WrongSecret("Cụm mật khẩu khóa ký không đúng.") from None
    secret = SecretKey(material[:32], material[32:40])
    if key_id_text(secret.key_id) != row["key_id"] or public_line(secret.public()) != row["public_key"]:
        raise SecretRequired("Khóa ký lấy được không khớp với khóa đã đăng ký.", "", kind="signing_key")
    return secret


def under_signing_passphrase(row: dict) -> bool:
    try:
        return json.loads(row["wrapped"] or "{}").get(WRAPPED_UNDER) == SIGNING_PASSPHRASE
    except (ValueError, AttributeError):
        return False


def forget(row: dict) -> None:
    if row["storage"] == STORAGE_KEYRING and row["keyring_id"]:
        keystore.delete_key(row["keyring_id"])


def public_line(public: PublicKey) -> str:
    """The base64 line of a minisign public key file."""
    return public.to_file().splitlines()[1]


@dataclass(frozen=True)
class KeyCard:
    unit_code: str
    unit_name: str
    public_key: PublicKey
    created_on: str
    revoked_at: str | None = None

    @property
    def key_id(self) -> str:
        return self.public_key.key_id_hex

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint()

    def pub_file(self) -> str:
        return self.public_key.to_file(f"minisign public key {self.key_id} of danvan unit {self.unit_code}")

    def to_json(self) -> str:
        card = {"format": CARD_FORMAT, "version": CARD_VERSION,
                "unit": {"code": self.unit_code, "name": self.unit_name},
                "key_id": self.key_id, "public_key": public_line(self.public_key),
                "created_on": self.created_on, "fingerprint": self.fingerprint, "revoked_at": self.revoked_at}
        return json.dumps(card, ensure_ascii=False, indent=2) + "\n"

    def file_stem(self) -> str:
        return f"danvan-{self.unit_code}-{self.key_id}"


def parse_key_card(raw: bytes) -> KeyCard:
    """A card's JSON. Its stated fingerprint and key id must agree with the key itself."""
    try:
        card = json.loads(raw.decode("utf-8"))
        if card.get("format") != CARD_FORMAT:
            raise ValueError("format")
        if int(card.get("version", 0)) > CARD_VERSION:
            raise ValidationError("Thẻ khóa do phiên bản mới hơn của ứng dụng tạo ra; hãy cập nhật ứng dụng.")
        public = parse_public_key(card["public_key"])
        unit = card["unit"]
        result = KeyCard(str(unit["code"]), str(unit.get("name", "")), public, str(card.get("created_on", "")),
                         card.get("revoked_at") or None)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, SignatureError):
        raise ValidationError("Tệp không phải thẻ khóa công khai của Dân Vận Desktop.") from None
    if card.get("key_id") != result.key_id or card.get("fingerprint") != result.fingerprint:
        raise ValidationError("Thẻ khóa bị sửa: mã khóa hoặc dấu vân tay không khớp với khóa công khai.")
    if not result.unit_code.isdigit() or len(result.unit_code) not in (2, 5):
        raise ValidationError("Thẻ khóa có mã đơn vị không hợp lệ.")
    return result
