"""Duplicate suggestions while a petition is typed: the same CCCD, the same name and address, or
a content at least as alike as the measured threshold (docs/duplicates.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..domain.duplicates import (
    CCCD, CONTENT, NAME_ADDRESS, DuplicateRule, content_similarity, parse_rule, reason_text,
)
from ..domain.petitions import PetitionInput, may_see_identity
from ..domain.users import Permission
from ..paths import resource
from ..storage import petitions_repo
from ..text import clean
from .session import Session


@dataclass(frozen=True)
class DuplicateSuggestion:
    petition_id: int
    reason: str  # Vietnamese: "Trùng CCCD", "Trùng họ tên và địa chỉ", "Nội dung giống 82%"
    received_on: str
    kind: str
    content: str
    similarity: float | None = None  # of the contents, 0..1, for a suggestion by content


@lru_cache(maxsize=1)
def duplicate_rule() -> DuplicateRule:
    return parse_rule(resource("rules", "duplicates.json").read_text("utf-8"))


CONTENT_CANDIDATES = 30  # petitions best matching the typed words whose similarity is measured
MATCHED_WORDS = 40  # the typed words looked up: the whole of a usual content, its place names included


def find_duplicates(session: Session, data: PetitionInput, exclude_id: int | None = None,
                    limit: int = 8) -> list[DuplicateSuggestion]:
    """Likely earlier petitions of the same case, suggested while the officer types: the same
    CCCD, the same name and address, or a content at least ``duplicate_rule()`` alike; never
    ``exclude_id`` (the petition being corrected).

    A petition whose petitioner this user may not see (a denunciation) is judged on its
    content alone, whatever identity was typed, so neither a suggestion nor its absence tells
    who the denouncer is."""
    session.require(Permission.RECORD)
    cccds = [p.cccd.replace(" ", "") for p in data.petitioners if p.cccd]
    keys = [petitions_repo.identity_key(clean(p.name), clean(p.address)) for p in data.petitioners]
    identity = dict(petitions_repo.identity_matches(session.db, cccds, keys, exclude_id, limit))
    content = clean(data.content)
    words = petitions_repo.fts_query(" ".join(content.split()[:MATCHED_WORDS]))
    alike = {pid: content_similarity(content, text) for pid, text in petitions_repo.content_matches(
        session.db, " OR ".join(words.split()) if words else "", exclude_id, CONTENT_CANDIDATES)}
    rows = petitions_repo.rows_by_ids(session.db, sorted(set(identity) | set(alike)))
    threshold = duplicate_rule().content_similarity_min
    found: list[tuple[tuple, DuplicateSuggestion]] = []
    for pid, row in rows.items():
        if pid == exclude_id:
            continue
        reason = identity.get(pid) if may_see_identity(session.user, row["kind"], row["assigned_to"]) else None
        similarity = alike.get(pid)
        if reason is None and (similarity is None or similarity < threshold):
            continue
        rank = (0 if reason == CCCD else 1 if reason == NAME_ADDRESS else 2, -(similarity or 0), pid)
        found.append((rank, DuplicateSuggestion(
            pid, reason_text(reason or CONTENT, similarity), row["received_on"], row["kind"], row["content"][:120],
            similarity if reason is None else None)))
    return [suggestion for _, suggestion in sorted(found, key=lambda f: f[0])[:limit]]
