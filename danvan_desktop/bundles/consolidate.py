"""Sum the figures of several units (docs/report-figures.md).

Integers add up; nested objects (``by_*`` and the sections) are summed key by key, a key
missing in one unit counting 0; a boolean counts the units where it is true. The
identity of the unit and the period, and the audit chain claim, are not summed.
"""

from __future__ import annotations

from collections.abc import Iterable

NOT_SUMMED = frozenset({"format", "unit", "period", "audit"})


def sum_figures(all_figures: Iterable[dict]) -> dict:
    total: dict = {}
    for figures in all_figures:
        _add(total, {k: v for k, v in figures.items() if k not in NOT_SUMMED})
    return total


def _add(total: dict, figures: dict) -> None:
    for key, value in figures.items():
        if isinstance(value, bool):
            total[key] = total.get(key, 0) + int(value)
        elif isinstance(value, int):
            total[key] = total.get(key, 0) + value
        elif isinstance(value, dict):
            _add(total.setdefault(key, {}), value)


def leaves(figures: dict, prefix: str = "") -> list[tuple[str, int]]:
    """(dotted path, value) for every number, in key order: rows of the spreadsheet."""
    rows = []
    for key in sorted(figures):
        value = figures[key]
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            rows += leaves(value, path)
        elif isinstance(value, (int, bool)):
            rows.append((path, int(value)))
    return rows
