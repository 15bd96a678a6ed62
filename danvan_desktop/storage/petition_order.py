"""The petition register sorted by a column, in SQL, on keyset pages (a header click).

A sort is a list of consecutive parts, each walked along an index in order and stopped after a
page: names and contents along their stored Vietnamese sort keys (migration 0017), kinds and
fields one value after another in the order of their labels, deadlines, the urgency of the
state. A page's keys are ``(part, value, id)``, so the next page starts where the last ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database


@dataclass(frozen=True)
class SortOrder:
    """A register sorted by a column (a header click). ``column`` "" is the register's own
    order: newest received first (a search: newest entered first)."""

    column: str = ""  # id, received_on, kind, petitioner, content, field, next_due_on, state
    descending: bool = False
    groups: tuple[str, ...] = ()  # kind / field: the codes in the order of their Vietnamese labels


# Open petitions with a deadline, and the others (no deadline shown: they come last).
_DUE = "status = 'open' AND next_due_on IS NOT NULL"
_NOT_DUE = "NOT (status = 'open' AND next_due_on IS NOT NULL)"


def _segments(sort: SortOrder, today: date | None, soon_until: date | None) -> list[tuple[str, list, str, bool]]:
    """A sort as consecutive parts of the register, each an indexed walk:
    ``(condition, its arguments, the column walked, descending)``, id breaking ties."""
    desc = sort.descending
    column = {"id": "id", "received_on": "received_on", "petitioner": "petitioner_sort",
              "content": "content_sort"}.get(sort.column)
    if column:
        return [("", [], column, desc)]
    if sort.column in ("kind", "field"):  # a few values: one walk of (value, received_on) per label
        groups = list(reversed(sort.groups)) if desc else list(sort.groups)
        parts = [(f"{sort.column} = ?", [code], "received_on", True) for code in groups]
        if groups:  # codes no label names (an old field): after the named ones
            parts.append((f"{sort.column} NOT IN ({', '.join('?' * len(groups))})", groups, "received_on", True))
        return parts or [("", [], "received_on", True)]
    if sort.column == "next_due_on":
        return [(_DUE, [], "next_due_on", desc), (_NOT_DUE, [], "received_on", True)]
    if sort.column == "state":  # the most urgent first: overdue, due soon, in time, closed
        today, soon = today.isoformat(), soon_until.isoformat()
        parts = [("status = 'open' AND next_due_on < ?", [today], "next_due_on", False),
                 ("status = 'open' AND next_due_on >= ? AND next_due_on <= ?", [today, soon], "next_due_on", False),
                 ("status = 'open' AND (next_due_on IS NULL OR next_due_on > ?)", [soon], "received_on", True),
                 ("status = 'closed'", [], "received_on", True)]
        return list(reversed(parts)) if desc else parts
    raise ValueError(f"unknown sort column {sort.column!r}")


def sorted_page(db: Database, sort: SortOrder, where: str, args: list, today: date | None,
                soon_until: date | None, after, limit: int) -> list[tuple]:
    """Next page of ``(part, value, id)`` keys of a sorted register (``_segments``), after
    ``after``, within the filter ``where`` (" WHERE ..." or "", with its ``args``)."""
    parts = _segments(sort, today, soon_until)
    found: list[tuple] = []
    for index in range(after[0] if after else 0, len(parts)):
        condition, condition_args, column, desc = parts[index]
        clauses, values = ([where[len(" WHERE "):]] if where else []), list(args)
        if condition:
            clauses.append(f"({condition})")
            values += condition_args
        if after is not None and index == after[0]:
            op = "<" if desc else ">"
            clauses.append(f"({column} {op} ? OR ({column} = ? AND id {op} ?))")
            values += [after[1], after[1], after[2]]
        order = "DESC" if desc else "ASC"
        sql = (f"SELECT {column}, id FROM petitions{' WHERE ' + ' AND '.join(clauses) if clauses else ''} "
               f"ORDER BY {column} {order}, id {order} LIMIT ?")
        found += [(index, value, pid) for value, pid in db.execute(sql, [*values, limit - len(found)])]
        if len(found) >= limit:
            break
    return found
