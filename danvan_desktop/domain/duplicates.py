"""When a petition being typed is shown as a likely duplicate ("trùng đơn") of an earlier one.

Three reasons, strongest first: the same CCCD, the same name and address (both folded), or a
content similar enough. Content similarity is the share of words two contents have in common
in the same order (``difflib``'s ratio over folded words: 2·matches / all words), and the
threshold is rule data (``resources/rules/duplicates.json``), measured on the demo data by
``benchmarks/duplicate_threshold.py`` (docs/duplicates.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..text import fold

CCCD, NAME_ADDRESS, CONTENT = "cccd", "name_address", "content"


@dataclass(frozen=True)
class DuplicateRule:
    content_similarity_min: float  # 0..1: a content-only suggestion needs at least this
    source: str  # how it was measured


def parse_rule(text: str) -> DuplicateRule:
    raw = json.loads(text)
    value = float(raw["content_similarity_min"])
    if not 0 < value <= 1:
        raise ValueError("content_similarity_min must be within (0, 1]")
    return DuplicateRule(value, str(raw.get("source", "")))


def words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def content_similarity(typed: str, stored: str) -> float:
    """How alike two contents are, 0..1, accents, case and punctuation aside."""
    a, b = words(typed), words(stored)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def reason_text(reason: str, similarity: float | None = None) -> str:
    """What the form shows beside a suggestion."""
    if reason == CCCD:
        return "Trùng CCCD"
    if reason == NAME_ADDRESS:
        return "Trùng họ tên và địa chỉ"
    return f"Nội dung giống {round((similarity or 0) * 100)}%"
