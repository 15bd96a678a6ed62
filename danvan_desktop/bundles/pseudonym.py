"""Keyed pseudonyms for petitioners, and the de-identified petition records of a bundle.

A pseudonym is HMAC-SHA256 under a key shared by the province's units over a normalised
identity: the CCCD when it is a valid one, else the folded name and address. The same
person gets the same pseudonym in every commune, so the province sees repeat petitioners
without learning who they are; without the key nobody can test a guess. A denouncer
(tố cáo, or a petition with several contents) gets no pseudonym at all: their identity,
even linkable, never leaves the commune.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping

from ..domain.citizens import validate_cccd
from ..domain.petitions import identity_is_secret
from ..errors import ValidationError
from ..text import fold

PSEUDONYM_KEY_BYTES = 32
# What a bundle record may carry: codes, dates and counts, never free text (a content or
# a note can name people).
RECORD_FIELDS = ("id", "received_on", "kind", "channel", "field", "signatories", "signer_count", "eligibility",
                 "competence", "attempt", "status", "outcome", "closed_on", "result", "duplicate_of",
                 "next_due_on")
_PUNCTUATION = re.compile(r"[^\w]+")


def normalised_identity(name: str = "", address: str = "", cccd: str = "") -> str | None:
    """``cccd:<12 digits>``, else ``name:<folded>|address:<folded>``; None with nothing to go on."""
    if cccd:
        try:
            return "cccd:" + validate_cccd(cccd)
        except ValidationError:
            pass
    folded_name, folded_address = _fold_words(name), _fold_words(address)
    if not folded_name:
        return None
    return f"name:{folded_name}|address:{folded_address}"


def pseudonym(key: bytes, identity: str) -> str:
    if len(key) < 16:
        raise ValueError("pseudonym key too short")
    digest = hmac.new(key, identity.encode("utf-8"), hashlib.sha256).digest()[:15]
    return "P" + base64.b32encode(digest).decode("ascii")


def person_pseudonym(key: bytes, person: Mapping) -> str | None:
    identity = normalised_identity(person.get("name", ""), person.get("address", ""), person.get("cccd", ""))
    return pseudonym(key, identity) if identity else None


def deidentify(rows: Iterable[Mapping], key: bytes) -> list[dict]:
    """Petition rows (with ``petitioners``: dicts of name, address, cccd, phone) → records
    holding only codes, dates, counts and pseudonyms."""
    records = []
    for row in rows:
        record = {name: row.get(name) for name in RECORD_FIELDS if name in row}
        if identity_is_secret(row.get("kind", "")):
            record["petitioners"] = []
        else:
            names = (person_pseudonym(key, p) for p in row.get("petitioners", ()))
            record["petitioners"] = sorted({n for n in names if n})
        records.append(record)
    return records


def _fold_words(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(text or "")).split())


_FORBIDDEN_KEYS = frozenset({"name", "full_name", "address", "cccd", "phone", "content", "note", "accused",
                             "source_body", "assigned_to", "receiver", "led_by", "owner"})
_ID_NUMBER = re.compile(r"(?<!\d)\d{12}(?!\d)|(?<!\d)(?:\+84|0)\d{9,10}(?!\d)")


def check_deidentified(records: list) -> None:
    """Refuse records that still carry identities or free text (a last guard before signing)."""
    def walk(value, where: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in _FORBIDDEN_KEYS:
                    raise ValidationError(f"Dữ liệu gửi kèm gói còn trường cá nhân “{key}” ({where}); không xuất gói.")
                walk(item, where)
        elif isinstance(value, list):
            for item in value:
                walk(item, where)
        elif isinstance(value, str) and _ID_NUMBER.search(value):
            raise ValidationError(f"Dữ liệu gửi kèm gói có dãy số giống số CCCD hoặc số điện thoại ({where}).")

    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise ValidationError("Mỗi bản ghi gửi kèm gói phải là một đối tượng JSON.")
        walk(record, f"bản ghi {index + 1}")
