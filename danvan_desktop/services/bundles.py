"""Export the approved report of this unit as a signed bundle (docs/bundle-format.md).

The caller (the report service) hands over what an approved report yields: its figures,
the PDF, the de-identified records and the evidence files. This module picks the next
sequence for the unit and period, signs with the unit's key and logs the export. The file is
built in a temporary file, the export (with its sequence) is committed, and only then is the
file moved into place: a failed commit leaves no signed file whose sequence the database
does not know (the province would later refuse the real bundle of that sequence).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .. import __version__
from ..bundles import bag_format, pseudonym
from ..bundles.audit_continuity import AUDIT_KEY, claim
from ..bundles.bag_format import BundleInfo
from ..domain.users import Permission
from ..errors import DataFolderError, ValidationError, os_reason
from ..storage import audit_repo, bundles_repo, settings_repo
from ..storage.atomic import StagedFile
from . import signing
from .session import Session, audit, writing

PSEUDONYM_KEY_SETTING = "bundles.pseudonym_key"


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    unit_code: str
    period: str
    sequence: int
    sha256: str
    key_id: str
    size: int


def export_bundle(session: Session, *, period_id: str, figures: dict, pdf_bytes: bytes, records: list[dict],
                  evidence: Iterable[tuple[str, bytes]] = (), out_path: Path, passphrase: str | None = None,
                  today: date | None = None) -> ExportedBundle:
    """Sign and write the bundle; an earlier bundle of the same period is superseded."""
    session.require(Permission.EXPORT_BUNDLE)
    unit = session.unit
    if unit is None:
        raise ValidationError("Cơ sở dữ liệu chưa chọn đơn vị: không xuất được gói báo cáo.")
    if not bag_format.PERIOD_RE.match(period_id or ""):
        raise ValidationError(f"Mã kỳ báo cáo “{period_id}” không hợp lệ (ví dụ 2026-H1).")
    _check_figures_match(figures, unit.code, period_id)
    pseudonym.check_deidentified(records)
    evidence = list(evidence)
    secret = signing.secret_for_signing(session, passphrase)
    key_id = secret.public().key_id_hex
    out_path = Path(out_path)
    staged: StagedFile | None = None
    try:
        with writing(session.store):
            sequence = bundles_repo.last_export_sequence(session.db, unit.code, period_id) + 1
            info = BundleInfo(unit.code, unit.name, period_id, sequence, __version__, key_id, today or date.today())
            head = audit_repo.head(session.db)
            signed = {**figures, AUDIT_KEY: audit_claim(session, head)}
            blob = bag_format.build_bundle(info, secret, figures=signed, records=records, pdf=pdf_bytes,
                                           evidence=evidence)
            digest = hashlib.sha256(blob).hexdigest()
            staged = StagedFile(out_path, blob, mode=0o644)
            bundles_repo.add_export(session.db, {
                "unit_code": unit.code, "period": period_id, "sequence": sequence, "sha256": digest,
                "path": str(out_path), "key_id": key_id, "exported_by": session.user.username,
                "exported_at": bundles_repo.now()})
            audit(session.store, session.user.username, "bundle.export", "bundle",
                  f"{unit.code}/{period_id}/{sequence}",
                  {"sha256": digest, "file": out_path.name, "key_id": key_id, "records": len(records),
                   "evidence": len(evidence), "audit_head": head[0] if head else 0})
    except OSError as exc:
        if staged is not None:
            staged.discard()
        raise DataFolderError(f"Không ghi được gói báo cáo vào {out_path}: {os_reason(exc)}.") from exc
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    try:
        staged.place()
    except OSError as exc:
        raise DataFolderError(f"Đã ghi nhận gói báo cáo số {sequence} nhưng không đặt được tệp vào {out_path}: "
                              f"{os_reason(exc)}. Hãy xuất lại (gói mới mang số kế tiếp).") from exc
    return ExportedBundle(out_path, unit.code, period_id, sequence, digest, key_id, len(blob))


def audit_claim(session: Session, head: tuple[int, str] | None) -> dict:
    """The audit chain head now, and the entries that were the heads of the earlier bundles
    (read again from the chain as it is now): the province compares them across bundles."""
    sent = []
    for details in audit_repo.details_of(session.db, "bundle.export"):
        seq = json.loads(details).get("audit_head")
        if isinstance(seq, int) and seq > 0:
            sent.append(seq)
    return claim(head, audit_repo.hashes_at(session.db, sorted(set(sent))))


def _check_figures_match(figures: dict, unit_code: str, period_id: str) -> None:
    """The province refuses figures of another unit or period, so refuse to sign them."""
    unit = figures.get("unit") if isinstance(figures.get("unit"), dict) else {}
    period = figures.get("period") if isinstance(figures.get("period"), dict) else {}
    if unit.get("code", unit_code) != unit_code or period.get("id", period_id) != period_id:
        raise ValidationError(f"Số liệu báo cáo thuộc đơn vị hoặc kỳ khác (cần {unit_code}, kỳ {period_id}).")


def exported_bundles(session: Session, period_id: str | None = None) -> list[dict]:
    session.require(Permission.EXPORT_BUNDLE)
    return bundles_repo.exports(session.db, period_id)


def set_pseudonym_key(session: Session, key_hex: str) -> None:
    """The province-shared key for petitioner pseudonyms (64 hex digits, given by the province)."""
    session.require(Permission.MANAGE_SIGNING_KEYS)
    try:
        key = bytes.fromhex(key_hex.strip())
    except ValueError:
        key = b""
    if len(key) != pseudonym.PSEUDONYM_KEY_BYTES:
        raise ValidationError("Khóa bí danh của tỉnh phải gồm đúng 64 chữ số thập lục phân.")
    with writing(session.store):
        settings_repo.put(session.db, PSEUDONYM_KEY_SETTING, key.hex())
        audit(session.store, session.user.username, "bundle.pseudonym_key", "settings", PSEUDONYM_KEY_SETTING)


def new_pseudonym_key() -> str:
    """For the province to generate once and hand to its units."""
    return os.urandom(pseudonym.PSEUDONYM_KEY_BYTES).hex()


def deidentified_records(session: Session, petition_rows: Iterable[Mapping]) -> list[dict]:
    """Petition rows (with their ``petitioners``) → bundle records, under the province's key."""
    stored = settings_repo.get(session.db, PSEUDONYM_KEY_SETTING)
    if not stored:
        raise ValidationError("Chưa có khóa bí danh do cấp tỉnh cấp: hãy nhập khóa trước khi xuất gói báo cáo.")
    return pseudonym.deidentify(petition_rows, bytes.fromhex(stored))


def has_pseudonym_key(session: Session) -> bool:
    """Whether the province's pseudonym key was imported (export needs it)."""
    return bool(settings_repo.get(session.db, PSEUDONYM_KEY_SETTING))
