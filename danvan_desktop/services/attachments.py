"""Attaching files to records: size limit, type check, SHA-256, stored encrypted."""

from __future__ import annotations

import hashlib
import mimetypes
from datetime import datetime, timezone
from pathlib import Path

from ..domain.users import Permission
from ..domain.petitions import may_see_identity
from ..errors import NotFound, PermissionDenied, ValidationError, os_reason
from ..storage import activities_repo, attachments_repo, democracy_repo, petitions_repo
from .session import Session, audit, writing

MAX_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/tiff", "image/webp", "image/gif"}
# What evidence can be attached to, and how each owner is named in a message.
_OWNERS = {
    "petition": (petitions_repo.get, "đơn"),
    "activity": (activities_repo.get_activity, "hoạt động"),
    "dvk_model": (activities_repo.get_model, "mô hình"),
    "democracy": (democracy_repo.get, "nội dung dân chủ ở cơ sở"),
}


def add_attachment(session: Session, owner_id: int, path: Path, owner: str = "petition") -> int:
    """Attach a scan, photo or PDF as evidence to a record; stored encrypted with its SHA-256."""
    session.require(Permission.RECORD)
    get, label = _OWNERS[owner]
    if get(session.db, owner_id) is None:
        raise NotFound(f"Không có {label} số {owner_id}.")
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                f"Tệp {path.name} nặng {size / 1048576:.1f} MB, vượt giới hạn {MAX_BYTES // 1048576} MB. "
                "Hãy quét với độ phân giải thấp hơn hoặc nén tệp PDF.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp {path}.") from None
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp {path.name}: {os_reason(exc)}.") from None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if mime not in ALLOWED_TYPES:
        raise ValidationError(f"Tệp {path.name} không phải ảnh hoặc PDF; chỉ đính kèm ảnh (JPG, PNG, TIFF) hoặc PDF.")
    if not data:
        raise ValidationError(f"Tệp {path.name} rỗng.")
    digest = hashlib.sha256(data).hexdigest()
    with writing(session.store) as db:
        attachment_id = attachments_repo.insert(db, owner, owner_id, path.name, mime, data, digest,
                                                session.user.username,
                                                datetime.now(timezone.utc).isoformat(timespec="seconds"))
        audit(session.store, session.user.username, "attachment.add", owner, owner_id,
              {"attachment": attachment_id, "sha256": digest, "size": len(data)})
    return attachment_id


def read_attachment(session: Session, attachment_id: int) -> tuple[dict, bytes]:
    session.require(Permission.RECORD)
    meta = attachments_repo.meta(session.db, attachment_id)
    if meta is None:
        raise NotFound(f"Không có tệp đính kèm số {attachment_id}.")
    if meta["owner"] == "petition":
        # A scan shows the handwriting and signature: as secret as the denouncer's name.
        row = petitions_repo.get(session.db, meta["owner_id"])
        if not may_see_identity(session.user, row["kind"], row["assigned_to"]):
            raise PermissionDenied("Bản quét đơn tố cáo chỉ người được giao giải quyết và lãnh đạo được xem.")
    return meta, attachments_repo.data(session.db, attachment_id)


def attachments_of(session: Session, owner: str, owner_id: int) -> list[dict]:
    """Evidence of an activity, model or democracy record (a petition's go through show_petition)."""
    session.require(Permission.RECORD)
    if owner == "petition":
        raise PermissionDenied("Tệp đính kèm của đơn được xem qua chi tiết đơn.")
    return attachments_repo.listing(session.db, owner, owner_id)
