"""The report's sections that the provinces' directives ask for besides the registers
(administrative reform, awards and discipline, the Front's supervision, complex cases, plans
and the officer in charge, grassroots mediation, voters' recommendations, access to
information, người có uy tín, online reception): rule data in
``resources/rules/report_topics.json``, each topic with its source, its countable items and a
narrative. An officer enters the counts per period with a source note (who and when are
kept); items marked ``from`` are read from the report's own figures, never typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ValidationError
from ..text import clean
from .rules_data import _load_json

TOPICS_FORMAT = "danvan-report-topics"
MAX_COUNT = 10_000_000


@dataclass(frozen=True)
class TopicItem:
    code: str
    label: str
    source_path: str = ""  # "petitions.overdue": read from the figures, not entered


@dataclass(frozen=True)
class Topic:
    code: str
    title: str
    source: str
    items: tuple[TopicItem, ...]

    def entered_items(self) -> tuple[TopicItem, ...]:
        return tuple(i for i in self.items if not i.source_path)


def parse_topics(text: str) -> tuple[Topic, ...]:
    raw = _load_json(text, "danh mục nội dung báo cáo", TOPICS_FORMAT)
    topics, seen = [], set()
    for item in raw.get("topics", []):
        code = str(item.get("code", ""))
        items = tuple(TopicItem(str(i.get("code", "")), clean(str(i.get("label", ""))), str(i.get("from", "")))
                      for i in item.get("items", []))
        codes = [i.code for i in items]
        if not code or code in seen or not items or "" in codes or len(set(codes)) != len(codes):
            raise ValidationError(f"Tệp nội dung báo cáo: nội dung “{code}” trống, bị lặp hoặc có chỉ tiêu trùng mã.")
        seen.add(code)
        topics.append(Topic(code, clean(str(item.get("title", code))), clean(str(item.get("source", ""))), items))
    return tuple(topics)


def validate_entry(topic: Topic, counts: dict, text: str, source_note: str) -> tuple[dict[str, int], str, str]:
    """Cleaned counts (every entered item, 0 when blank), narrative and source note; a count
    must be a whole number from 0, and counts other than 0 need a source note."""
    entered = {i.code: i for i in topic.entered_items()}
    unknown = set(counts) - set(entered)
    if unknown:
        raise ValidationError(f"Nội dung “{topic.title}” không có chỉ tiêu {', '.join(sorted(unknown))}.")
    cleaned = {}
    for code, item in entered.items():
        value = counts.get(code, 0)
        if value in (None, ""):
            value = 0
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise ValidationError(f"“{item.label}” phải là số nguyên từ 0 đến {MAX_COUNT:,}.".replace(",", "."),
                                  code)
        cleaned[code] = value
    note = clean(source_note)
    if any(cleaned.values()) and not note:
        raise ValidationError(f"Nội dung “{topic.title}”: ghi nguồn số liệu (ví dụ: sổ theo dõi của bộ phận "
                              "một cửa, báo cáo của Ủy ban MTTQ xã).", "source_note")
    return cleaned, (text or "").strip(), note


def _lookup(figures: dict, path: str) -> int:
    value = figures
    for part in path.split("."):
        value = value.get(part, 0) if isinstance(value, dict) else 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def topic_figures(topics: tuple[Topic, ...], entries: dict[str, dict], figures: dict) -> tuple[dict, dict]:
    """({topic: {item: count}} with every code present, {topic: {text, source_note, entered_by,
    entered_at}} for the topics with something entered)."""
    counts, notes = {}, {}
    for topic in topics:
        entry = entries.get(topic.code) or {}
        stored = entry.get("counts") or {}
        counts[topic.code] = {i.code: _lookup(figures, i.source_path) if i.source_path else int(stored.get(i.code, 0))
                              for i in topic.items}
        if entry:
            notes[topic.code] = {k: entry.get(k, "") for k in ("text", "source_note", "entered_by", "entered_at")}
    return counts, notes
