"""The audit chain: each entry's hash covers its content and the previous hash.

Editing an entry changes its hash; removing one breaks the link of the next; removing
the newest ones is caught by the stored chain head. Pure functions, so the storage layer
and the doctor verify with the same code.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str  # ISO 8601 UTC timestamp
    username: str
    action: str
    entity: str
    entity_id: str
    details: str  # canonical JSON
    prev_hash: str
    hash: str


def canonical_details(details: dict | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(seq: int, at: str, username: str, action: str, entity: str, entity_id: str,
               details: str, prev_hash: str) -> str:
    payload = json.dumps(
        [seq, at, username, action, entity, entity_id, details, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    message: str


def verify_chain(entries, head: tuple[int, str] | None) -> list[ChainProblem]:
    """Check entries (in seq order) and the recorded head ``(seq, hash)``.

    Returns the problems found, in Vietnamese; an empty list means the chain is intact.
    """
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    last: AuditEntry | None = None
    for entry in entries:
        if entry.seq != expected_seq:
            problems.append(ChainProblem(entry.seq, f"Thiếu mục nhật ký số {expected_seq}."))
        if entry.prev_hash != expected_prev:
            problems.append(ChainProblem(entry.seq, f"Mục nhật ký số {entry.seq} không nối với mục trước nó."))
        computed = entry_hash(entry.seq, entry.at, entry.username, entry.action, entry.entity,
                              entry.entity_id, entry.details, entry.prev_hash)
        if computed != entry.hash:
            problems.append(ChainProblem(entry.seq, f"Mục nhật ký số {entry.seq} đã bị sửa."))
        expected_prev = entry.hash
        expected_seq = entry.seq + 1
        last = entry
    if head is not None:
        head_seq, head_hash = head
        if last is None or last.seq != head_seq or last.hash != head_hash:
            problems.append(ChainProblem(head_seq, "Nhật ký bị cắt bớt: mục cuối cùng không khớp với dấu kiểm tra."))
    elif last is not None:
        problems.append(ChainProblem(last.seq, "Không có dấu kiểm tra cuối của nhật ký."))
    return problems
