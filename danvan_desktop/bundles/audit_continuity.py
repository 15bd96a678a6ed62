"""Tamper evidence beyond the PC: each bundle carries the unit's audit chain head and the
hashes its earlier bundles carried, so the province sees a rewritten history.

A unit's audit log is a hash chain (``domain.audit``); whoever holds the database key can
rebuild it from any point (edit an entry, recompute every later hash) or go back to an older
copy, and the chain on the PC still verifies. What they cannot do is change what the province
already holds: every bundle puts into ``figures.json`` under ``audit`` the chain head at
export (``head``: seq and hash) and, as ``checkpoints``, the entries that were the heads of
the unit's earlier bundles, read again from the chain as it is now. Two bundles of one unit
are consistent when every sequence number they both name has the same hash, and the older
head appears among the newer bundle's checkpoints. Bundles written before this carry no
``audit`` and are not compared (format 1 stays readable).
"""

from __future__ import annotations

from .errors import BundleRejected

AUDIT_KEY = "audit"


def claim(head: tuple[int, str] | None, checkpoints: dict[int, str]) -> dict:
    """The ``audit`` object of a bundle's figures."""
    seq, digest = head or (0, "")
    return {"head": {"seq": seq, "hash": digest},
            "checkpoints": [{"seq": s, "hash": checkpoints[s]} for s in sorted(checkpoints) if s != seq]}


def _read(figures) -> tuple[int, dict[int, str]] | None:
    if not isinstance(figures, dict) or not isinstance(figures.get(AUDIT_KEY), dict):
        return None
    audit = figures[AUDIT_KEY]
    try:
        head = int(audit["head"]["seq"])
        known = {int(c["seq"]): str(c["hash"]) for c in audit.get("checkpoints", [])}
        known[head] = str(audit["head"]["hash"])
    except (KeyError, TypeError, ValueError):
        return None
    return head, known


def check_continuity(new_figures: dict, earlier: list[dict], unit: str) -> None:
    """Refuse a bundle whose audit chain contradicts one of the unit's earlier bundles."""
    new = _read(new_figures)
    if new is None:
        return
    for figures in earlier:
        old = _read(figures)
        if old is None:
            continue
        problem = _conflict(new, old) or _conflict(old, new)
        if problem:
            raise BundleRejected(
                f"Nhật ký của đơn vị {unit} đã bị viết lại hoặc quay về bản cũ: {problem} Hãy liên hệ đơn vị để "
                "làm rõ trước khi nhận số liệu.", "history_rewritten")


def _conflict(later: tuple[int, dict[int, str]], earlier: tuple[int, dict[int, str]]) -> str | None:
    later_head, later_known = later
    earlier_head, earlier_known = earlier
    for seq in sorted(set(later_known) & set(earlier_known)):
        if later_known[seq] != earlier_known[seq]:
            return f"mục nhật ký số {seq} khác với gói đã nhận trước."
    if earlier_head <= later_head and earlier_head not in later_known:
        return f"gói mới không còn mục nhật ký số {earlier_head} của gói đã nhận trước."
    return None
