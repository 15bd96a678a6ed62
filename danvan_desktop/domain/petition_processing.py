"""How a petition counts in the "xử lý đơn" figures (Thông tư 05/2021/TT-TTCP, Điều 6-8;
the Inspectorate's reporting form "Tổng hợp kết quả xử lý đơn", Thông tư 02/2021/TT-TTCP).

A petition is *processed* ("đã xử lý") on the day a processing outcome is recorded for it
(``PROCESSING_STEPS``: thụ lý, hướng dẫn, chuyển đơn, lưu đơn, trả lại, giải quyết, rút
đơn), never because a classification field is filled in. Each processed petition falls in
exactly one ``PROCESSING_CLASSES`` entry, so the identities of the form hold by construction:
processed = eligible + not eligible; eligible = in competence + out of competence; guided and
forwarded are parts of "out of competence".

The same definition is kept as SQL by the triggers of migration 0011
(storage/schema_processing.py), which migration 0018 (storage/schema_particulars.py) made
read the petitioners' particulars; ``tests/core/test_processing_figures.py`` checks that both
agree on random registers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .petitions import PARTICULARS

# Steps that record a processing outcome (the petition is then "đã xử lý").
PROCESSING_STEPS = ("accepted", "guided", "forwarded", "filed", "returned", "resolved", "withdrawn")
# Steps that only a body without competence takes (TT 05/2021 Điều 7-8: hướng dẫn, chuyển
# đơn, đôn đốc việc giải quyết): without a competence set, they classify the petition.
OUT_OF_COMPETENCE_STEPS = ("guided", "forwarded", "urged")
# Steps that show the petition was taken up in substance; "lưu đơn" without any of them means
# the petition was filed as not eligible (TT 05/2021 Điều 6 khoản 2).
SUBSTANTIVE_STEPS = ("accepted", "guided", "forwarded", "urged", "resolved")

NOT_ELIGIBLE = "khong_du_dieu_kien"
IN_COMPETENCE = "thuoc_tham_quyen"
FORWARDED = "chuyen_don"
GUIDED = "huong_dan"
OUT_OTHER = "khong_thuoc_khac"
PROCESSING_CLASSES = {
    NOT_ELIGIBLE: "Không đủ điều kiện xử lý",
    IN_COMPETENCE: "Đủ điều kiện, thuộc thẩm quyền",
    FORWARDED: "Đủ điều kiện, không thuộc thẩm quyền: chuyển đơn",
    GUIDED: "Đủ điều kiện, không thuộc thẩm quyền: hướng dẫn",
    OUT_OTHER: "Đủ điều kiện, không thuộc thẩm quyền: xử lý khác",
}
OUT_OF_COMPETENCE_CLASSES = (FORWARDED, GUIDED, OUT_OTHER)


def processing_class(signatories: str, eligibility: str | None, competence: str | None,
                     step_kinds: Iterable[str], petitioner_incomplete: bool = False) -> str:
    """The one class of ``PROCESSING_CLASSES`` a petition counts in once processed.

    - Not eligible: anonymous (no name, address, signature: ``signatories`` "nac_danh"),
      a petitioner without name, address or signature (``petitioner_incomplete``,
      ``domain.petitions.missing_particulars``; resources/rules/petition_eligibility.json
      names the articles), classified "không đủ điều kiện", or, unclassified, only filed
      (lưu đơn) without any substantive step.
    - Otherwise out of competence when classified so, or, unclassified, when it was guided,
      forwarded or urged; then "chuyển đơn" if forwarded, else "hướng dẫn" if guided.
    - Otherwise in competence."""
    kinds = set(step_kinds)
    if signatories == "nac_danh" or petitioner_incomplete or eligibility == "khong_du_dieu_kien" or (
            eligibility is None and "filed" in kinds and not kinds & set(SUBSTANTIVE_STEPS)):
        return NOT_ELIGIBLE
    if competence == "khong_thuoc_tham_quyen" or (competence is None and kinds & set(OUT_OF_COMPETENCE_STEPS)):
        return FORWARDED if "forwarded" in kinds else GUIDED if "guided" in kinds else OUT_OTHER
    return IN_COMPETENCE


@dataclass(frozen=True)
class ProcessingFacts:
    """When a petition counts as processed and accepted, and in which class."""

    processed_day: date | None  # None: no processing outcome recorded
    klass: str
    accepted_day: date | None  # first thụ lý of an in-competence complaint or denunciation


def processing_facts(kind: str, signatories: str, eligibility: str | None, competence: str | None,
                     received_on: date, closed_on: date | None, steps: Iterable[tuple[str, date]],
                     accepted_kinds: Iterable[str], petitioner_incomplete: bool = False) -> ProcessingFacts:
    """The processed day is the first processing step, kept between the day of receipt and the
    closing day (so a processed petition is always one of the period's carried-over or received
    petitions); the accepted day is the first thụ lý, never before the receipt (so never
    before the processed day)."""
    steps = list(steps)
    klass = processing_class(signatories, eligibility, competence, (k for k, _ in steps), petitioner_incomplete)
    first = min((on for k, on in steps if k in PROCESSING_STEPS), default=None)
    processed = None
    if first is not None:
        processed = max(received_on, min(first, closed_on) if closed_on is not None else first)
    accepted = min((on for k, on in steps if k == "accepted"), default=None)
    if accepted is not None:
        accepted = max(accepted, received_on)
    if kind not in tuple(accepted_kinds) or klass != IN_COMPETENCE:
        accepted = None
    return ProcessingFacts(processed, klass, accepted)


def eligibility_sources(raw: dict) -> list[str]:
    """The sources of resources/rules/petition_eligibility.json, one line each ("Luật Khiếu nại
    số 02/2011/QH13, Điều 8 khoản 2 — đã đối chiếu …"). The file must name exactly the
    particulars the register checks (``domain.petitions.PARTICULARS``), so the figures and the
    rule shown to the officer cannot part."""
    codes = [p.get("code") for p in raw.get("particulars", ())]
    if sorted(codes) != sorted(PARTICULARS):
        raise ValueError(f"petition_eligibility.json lists {codes}, the register checks {sorted(PARTICULARS)}")
    lines = []
    for source in raw.get("sources", ()):
        if not set(source.get("applies_to", ())) <= set(PARTICULARS) or not source.get("checked"):
            raise ValueError(f"petition_eligibility.json: source {source.get('document')!r} is incomplete")
        lines.append(f"{source['document']}, {source['article']} — {source['checked']}")
    return lines
