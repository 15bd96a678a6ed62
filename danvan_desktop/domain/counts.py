"""Counts people type in: whole numbers, never negative."""

from __future__ import annotations

from ..errors import ValidationError


def require_counts(record, labels: dict[str, str]) -> None:
    """Every named count of ``record`` is a whole number, not negative; the message names it."""
    for name, label in labels.items():
        value = getattr(record, name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"{label} phải là số nguyên.", name)
        if value < 0:
            raise ValidationError(f"{label} không được âm.", name)
