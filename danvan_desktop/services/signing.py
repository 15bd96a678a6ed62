"""Use cases for the unit's signing keys: create, rotate, revoke, export the key card."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..bundles.minisign import SecretKey, parse_public_key
from ..domain.users import Permission
from ..errors import DataFolderError, NotFound, ValidationError, WrongSecret, os_reason
from ..security import keys, signing_keys
from ..security.signing_keys import KeyCard
from ..storage import bundles_repo
from ..storage.keyfile import MODE_PASSPHRASE, read_keyfile
from ..storage.atomic import atomic_write_bytes
from .session import Session, audit, writing


@dataclass(frozen=True)
class KeyCardFiles:
    card: KeyCard
    pub_path: Path
    json_path: Path


def signing_key_rows(session: Session) -> list[dict]:
    session.require(Permission.MANAGE_SIGNING_KEYS)
    return bundles_repo.signing_keys(session.db)


def has_signing_key(session: Session) -> bool:
    return bundles_repo.current_signing_key(session.db) is not None


def ensure_signing_key(session: Session, passphrase: str | None = None) -> dict:
    """The current key; the first call creates it."""
    row = bundles_repo.current_signing_key(session.db)
    return row if row is not None else rotate_signing_key(session, passphrase)


def rotate_signing_key(session: Session, passphrase: str | None = None) -> dict:
    """A new current key. Earlier keys are retired, not deleted: the province still needs
    their public keys to check the bundles they signed. Only a leader makes one (signing is
    a leader's act); ``passphrase`` is the leaders' signing passphrase, needed only where the
    keyring is not secure, and refused if it is the database passphrase."""
    session.require(Permission.MANAGE_SIGNING_KEYS)
    session.require(Permission.EXPORT_BUNDLE)
    if passphrase and _is_database_passphrase(session, passphrase):
        raise ValidationError("Cụm mật khẩu khóa ký phải khác cụm mật khẩu của cơ sở dữ liệu: mọi cán bộ đều biết "
                              "cụm mật khẩu cơ sở dữ liệu, còn khóa ký chỉ lãnh đạo giữ.", "passphrase")
    secret = SecretKey.generate()
    sealed = signing_keys.seal(secret, passphrase)
    row = {"key_id": secret.public().key_id_hex, "public_key": signing_keys.public_line(secret.public()),
           "created_at": bundles_repo.now(), "created_by": session.user.username, **sealed}
    try:
        with writing(session.store):
            bundles_repo.retire_signing_keys(session.db, row["created_at"])
            bundles_repo.add_signing_key(session.db, row)
            audit(session.store, session.user.username, "signing_key.create", "signing_key", row["key_id"])
    except BaseException:
        signing_keys.forget(row)
        raise
    return bundles_repo.current_signing_key(session.db)


def _is_database_passphrase(session: Session, passphrase: str) -> bool:
    keyfile = read_keyfile(session.store.path)
    if keyfile is None or keyfile.mode != MODE_PASSPHRASE or not keyfile.wrapped:
        return False
    try:
        keys.unwrap_key(keyfile.wrapped, passphrase)
    except WrongSecret:
        return False
    return True


def revoke_signing_key(session: Session, key_id: str) -> None:
    """Stop signing with ``key_id`` (lost or copied PC) and drop its secret from the keyring."""
    session.require(Permission.MANAGE_SIGNING_KEYS)
    rows = {r["key_id"]: r for r in bundles_repo.signing_keys(session.db)}
    if key_id not in rows:
        raise NotFound(f"Không có khóa ký {key_id}.")
    with writing(session.store):
        if not bundles_repo.revoke_signing_key(session.db, key_id, bundles_repo.now()):
            raise ValidationError(f"Khóa ký {key_id} đã bị thu hồi từ trước.")
        audit(session.store, session.user.username, "signing_key.revoke", "signing_key", key_id)
    signing_keys.forget(rows[key_id])


def secret_for_signing(session: Session, passphrase: str | None) -> SecretKey:
    row = bundles_repo.current_signing_key(session.db)
    if row is None:
        raise NotFound("Đơn vị chưa có khóa ký: hãy tạo bằng “danvan bundle key rotate” và gửi thẻ khóa cho cấp tỉnh.")
    return signing_keys.unseal(row, passphrase)


def key_card(session: Session, key_id: str | None = None) -> KeyCard:
    unit = session.unit
    if unit is None:
        raise ValidationError("Cơ sở dữ liệu chưa chọn đơn vị.")
    rows = bundles_repo.signing_keys(session.db)
    row = next((r for r in rows if r["key_id"] == key_id), None) if key_id else \
        bundles_repo.current_signing_key(session.db)
    if row is None:
        raise NotFound("Không có khóa ký để xuất thẻ khóa.")
    return KeyCard(unit.code, unit.name, parse_public_key(row["public_key"]), row["created_at"][:10],
                   row["revoked_at"])


def export_key_card(session: Session, out_dir: Path, key_id: str | None = None) -> KeyCardFiles:
    """Write ``<stem>.pub`` (minisign) and ``<stem>.json`` (the card) into ``out_dir``."""
    session.require(Permission.MANAGE_SIGNING_KEYS)
    card = key_card(session, key_id)
    out_dir = Path(out_dir)
    pub_path, json_path = out_dir / f"{card.file_stem()}.pub", out_dir / f"{card.file_stem()}.json"
    written = []  # the files this export put there, taken back if the other cannot be written
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for path, data in ((pub_path, card.pub_file().encode("ascii")), (json_path, card.to_json().encode("utf-8"))):
            existed = path.exists()
            atomic_write_bytes(path, data, mode=0o644)
            if not existed:
                written.append(path)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise DataFolderError(f"Không ghi được thẻ khóa vào {out_dir}: {os_reason(exc)}.") from exc
    with writing(session.store):
        audit(session.store, session.user.username, "signing_key.export_card", "signing_key", card.key_id)
    return KeyCardFiles(card, pub_path, json_path)
