"""Counts people type in: whole numbers, never negative."""

from __future__ import annotations

from ..errors import Problems


def require_counts(record, labels: dict[str, str]) -> bool:
    """Every named count of ``record`` is a whole number, not negative; each message names its
    count, all of them raised together. True when they are."""
    problems = Problems()
    for name, label in labels.items():
        value = getattr(record, name)
        if not isinstance(value, int) or isinstance(value, bool):
            problems.add(f"{label} phải là số nguyên.", name)
        elif value < 0:
            problems.add(f"{label} không được âm.", name)
    problems.raise_any()
    return True
