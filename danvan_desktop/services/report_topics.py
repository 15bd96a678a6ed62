"""The report's directive sections (domain.report_topics): the topics in force and what an
officer enters for a period (counts with a source note, and a narrative), kept on a draft."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache

from ..domain.report_topics import Topic, parse_topics, topic_figures, validate_entry
from ..domain.users import Permission
from ..errors import ValidationError
from ..paths import resource
from ..storage import report_topics_repo, reports_repo
from . import reports as report_service
from .session import Session, audit, writing


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    return parse_topics(resource("rules", "report_topics.json").read_text("utf-8"))


def entries(session: Session, period_id: str) -> dict[str, dict]:
    session.require(Permission.RECORD)
    return report_topics_repo.entries(session.db, report_service.period(session, period_id).id)


def with_topics(session: Session, period_id: str, figures: dict) -> dict:
    """The figures with the directive sections added (``topics``: counts per topic and item,
    every code present; ``topic_notes``: narrative, source note, who and when)."""
    counts, notes = topic_figures(topics(), report_topics_repo.entries(session.db, period_id), figures)
    return {**figures, "topics": counts, "topic_notes": notes}


def save_entries(session: Session, period_id: str, changes: dict[str, dict]) -> None:
    """Keep ``{topic: {"counts": {...}, "text": ..., "source_note": ...}}`` on a draft report:
    all checked first, then written together (nothing is kept when one is wrong)."""
    session.require(Permission.RECORD)
    p = report_service.period(session, period_id)
    known = {t.code: t for t in topics()}
    cleaned = {}
    for code, entry in changes.items():
        if code not in known:
            raise ValidationError(f"Không có nội dung báo cáo “{code}”.")
        cleaned[code] = validate_entry(known[code], entry.get("counts") or {}, entry.get("text", ""),
                                       entry.get("source_note", ""))
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with writing(session.store) as db:
        row = reports_repo.get(db, p.id)
        if row is not None and row["status"] != "draft":
            raise ValidationError(f"Báo cáo kỳ {p.id} đã được phê duyệt, không sửa được. "
                                  "Lãnh đạo mở khóa kỳ báo cáo nếu cần sửa.")
        stored = report_topics_repo.entries(db, p.id)
        # Untouched sections keep who entered them; empty ones never entered are not stored.
        cleaned = {code: entry for code, entry in cleaned.items()
                   if (code in stored and (stored[code]["counts"], stored[code]["text"], stored[code]["source_note"])
                       != entry) or (code not in stored and (any(entry[0].values()) or entry[1] or entry[2]))}
        for code, (counts, text, note) in cleaned.items():
            report_topics_repo.put(db, p.id, code, counts, text, note, session.user.username, now)
        audit(session.store, session.user.username, "report.topics", "report", p.id, {"topics": sorted(cleaned)})
