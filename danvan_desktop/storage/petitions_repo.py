"""Petitions, their petitioners, timeline events and attachments.

Lists are read by keyset pages of ids (``page_ids``) so a register of a million
petitions opens as fast as one of ten; rows are fetched by id for the visible page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date

from sqlite_utils import Database

from ..collation import content_sort_key
from ..domain.petitions import identity_is_secret, petitioner_sort_key
from ..text import fold
from .petition_order import SortOrder, sorted_page

PETITION_COLUMNS = (
    "id", "received_on", "kind", "channel", "signatories", "signer_count", "content", "field", "accused",
    "eligibility", "competence", "attempt", "complex", "remote_area", "needs_verification", "assigned_to",
    "reception_id", "source_body", "note", "duplicate_of", "status", "outcome", "closed_on", "result",
    "next_due_on", "next_due_step", "search_text", "created_by", "created_at", "updated_at",
    "resolved_on", "resolved_on_time", "last_step_on", "overdue_known", "petitioner_sort", "content_sort",
)
LIST_COLUMNS = (
    "id", "received_on", "kind", "channel", "signatories", "content", "field", "assigned_to", "duplicate_of",
    "status", "outcome", "next_due_on", "next_due_step", "attempt", "closed_on", "result", "source_body", "accused",
    "competence",
)


@dataclass(frozen=True)
class ListQuery:
    """A filter already resolved to dates by the service (no rules in here)."""

    kind: str | None = None
    field: str | None = None
    state: str | None = None  # overdue, due_soon, on_time, closed
    today: date | None = None
    soon_until: date | None = None
    received_from: date | None = None
    received_to: date | None = None
    search: str = ""
    include_duplicates: bool = True
    sort: SortOrder = SortOrder()


def fts_query(text: str) -> str:
    """Folded words as FTS5 prefix terms: "dat dai" -> '"dat"* "dai"*'."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in fold(text)).split() if w]
    return " ".join(f'"{w}"*' for w in words)


# A search in a sorted register: from this many matches on, the page walks the sort's index
# and keeps the matching rows (a page comes after a few hundred index entries when many
# match); below it, the matches are fetched and sorted. On 1M petitions a search matching
# 12,000 took 14 ms walking against 207 ms fetched and sorted, one matching 840,000 163 ms
# against 2.8 s; a search matching nothing walks the whole index (246 ms), fetched 0.4 ms.
SORTED_SEARCH_WALK_FROM = 2000


def _where(query: ListQuery, walk_sort_index: bool = False, walk_search: bool = False) -> tuple[str, list]:
    """The filter's WHERE. ``walk_sort_index``: the kind, field and date filters are checked row
    by row ("+column": not an index) so a sorted page walks its sort index and stops after a
    page, instead of sorting every petition of the kind; ``walk_search``: the search too (its
    matches gathered once, each row of the walk looked up in them)."""
    clauses, args = [], []
    plain = "+" if walk_sort_index else ""
    if query.kind:
        clauses.append(f"{plain}kind = ?")
        args.append(query.kind)
    if query.field:
        clauses.append(f"{plain}field = ?")
        args.append(query.field)
    if query.received_from:
        clauses.append(f"{plain}received_on >= ?")
        args.append(query.received_from.isoformat())
    if query.received_to:
        clauses.append(f"{plain}received_on <= ?")
        args.append(query.received_to.isoformat())
    if not query.include_duplicates:
        clauses.append("duplicate_of IS NULL")
    if query.state:
        today = query.today.isoformat()
        soon = query.soon_until.isoformat()
        clauses.append({
            "overdue": "status = 'open' AND next_due_on < ?",
            "due_soon": "status = 'open' AND next_due_on >= ? AND next_due_on <= ?",
            "on_time": "status = 'open' AND (next_due_on IS NULL OR next_due_on > ?)",
            "closed": "status = 'closed'",
        }[query.state])
        args += {"overdue": [today], "due_soon": [today, soon], "on_time": [soon], "closed": []}[query.state]
    match = fts_query(query.search) if query.search else ""
    if match:
        walked = "+" if walk_search else ""
        clauses.append(f"{walked}id IN (SELECT rowid FROM petitions_fts WHERE petitions_fts MATCH ?)")
        args.append(match)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def page_ids(db: Database, query: ListQuery, after: tuple[str, int] | None = None, limit: int = 200) -> list[tuple[str, int]]:
    """Next page of ``(received_on, id)`` keys, newest first, after the key ``after``.

    Without a search: by date received. With a search: newest entered first, walking the
    full-text index in rowid order and stopping at ``limit`` - a common word matching
    half the register costs no more than a rare one.
    """
    if query.sort.column == "petitioner" and query.kind and identity_is_secret(query.kind):
        # Every name of this kind is hidden and sorts the same (LAST): the order is the ids'.
        query = replace(query, sort=replace(query.sort, column="id"))
    if query.sort.column:
        match = fts_query(query.search) if query.search else ""
        many = bool(match) and _matches(db, match, SORTED_SEARCH_WALK_FROM) >= SORTED_SEARCH_WALK_FROM
        where, args = _where(query, walk_sort_index=True, walk_search=many)
        return sorted_page(db, query.sort, where, args, query.today, query.soon_until, after, limit)
    match = fts_query(query.search) if query.search else ""
    if match:
        return _search_page(db, query, match, after, limit)
    where, args = _where(query)
    if after is not None:
        where += (" AND " if where else " WHERE ") + "(received_on < ? OR (received_on = ? AND id < ?))"
        args += [after[0], after[0], after[1]]
    sql = f"SELECT received_on, id FROM petitions{where} ORDER BY received_on DESC, id DESC LIMIT ?"
    return [tuple(r) for r in db.execute(sql, [*args, limit]).fetchall()]


def _matches(db: Database, match: str, cap: int) -> int:
    """How many petitions the full-text query matches, counting no further than ``cap``."""
    return db.execute("SELECT count(*) FROM (SELECT 1 FROM petitions_fts WHERE petitions_fts MATCH ? LIMIT ?)",
                      [match, cap]).fetchone()[0]


def _search_from(query: ListQuery, after=None) -> tuple[str, list]:
    """FROM/WHERE of a search that walks the full-text index newest first (rowid DESC), so
    LIMIT stops the walk early instead of collecting every match first."""
    where, args = _where(replace(query, search=""))
    clauses = [where[len(" WHERE "):]] if where else []
    if after is not None:
        clauses.append("f.rowid < ?")
        args.append(after[1])
    filters = "".join(f" AND {c}" for c in clauses)
    return (f"FROM petitions_fts f JOIN petitions p ON p.id = f.rowid WHERE petitions_fts MATCH ?{filters}",
            [fts_query(query.search), *args])


def _search_page(db: Database, query: ListQuery, match: str, after, limit: int) -> list[tuple[str, int]]:
    source, args = _search_from(query, after)
    sql = f"SELECT p.received_on, p.id {source} ORDER BY f.rowid DESC LIMIT ?"
    return [tuple(r) for r in db.execute(sql, [*args, limit]).fetchall()]


def count(db: Database, query: ListQuery, cap: int | None = None) -> int:
    """How many petitions match; with ``cap``, counting stops at ``cap`` (a list only needs
    to say "more than 10,000", and that is cheap even for a word in every petition)."""
    if query.search and fts_query(query.search):
        source, args = _search_from(query)
        inner = f"SELECT 1 {source}"
    else:
        where, args = _where(query)
        inner = f"SELECT 1 FROM petitions{where}"
    if cap is None:
        return db.execute(f"SELECT count(*) FROM ({inner})", args).fetchone()[0]
    return db.execute(f"SELECT count(*) FROM ({inner} LIMIT ?)", [*args, cap]).fetchone()[0]


def rows_by_ids(db: Database, ids: list[int], columns=LIST_COLUMNS) -> dict[int, dict]:
    if not ids:
        return {}
    cols = ", ".join(columns)
    marks = ", ".join("?" * len(ids))
    rows = db.execute(f"SELECT {cols} FROM petitions WHERE id IN ({marks})", list(ids)).fetchall()
    return {r[0]: dict(zip(columns, r)) for r in rows}


def first_petitioner_names(db: Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    """(name, address) of the first petitioner of each petition, for list views."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        f"SELECT petition_id, name, address FROM petitioners WHERE position = 0 AND petition_id IN ({marks})",
        list(ids),
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def get(db: Database, petition_id: int) -> dict | None:
    row = db.execute(f"SELECT {', '.join(PETITION_COLUMNS)} FROM petitions WHERE id = ?", [petition_id]).fetchone()
    return dict(zip(PETITION_COLUMNS, row)) if row else None


def insert(db: Database, values: dict) -> int:
    """A new petition; its petitioners (``insert_petitioners``) then give its name's sort key."""
    values = {**values, "content_sort": content_sort_key(values["content"]),
              "petitioner_sort": petitioner_sort_key(values["kind"], "")}
    cols = [c for c in PETITION_COLUMNS if c != "id" and c in values]
    cursor = db.execute(
        f"INSERT INTO petitions ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [values[c] for c in cols]
    )
    petition_id = cursor.lastrowid
    _index_text(db, petition_id, petition_id)
    return petition_id


def _index_text(db: Database, first_id: int, last_id: int) -> None:
    db.execute("INSERT INTO petitions_fts (rowid, search_text) SELECT id, search_text FROM petitions "
               "WHERE id BETWEEN ? AND ?", [first_id, last_id])


def update(db: Database, petition_id: int, changes: dict) -> None:
    if not changes:
        return
    if "content" in changes:
        changes = {**changes, "content_sort": content_sort_key(changes["content"])}
    if "kind" in changes:  # a kind whose petitioner is secret sorts the name last
        first = db.execute("SELECT name FROM petitioners WHERE petition_id = ? AND position = 0",
                           [petition_id]).fetchone()
        changes = {**changes, "petitioner_sort": petitioner_sort_key(changes["kind"], first[0] if first else "")}
    sets = ", ".join(f"{c} = ?" for c in changes)
    db.execute(f"UPDATE petitions SET {sets} WHERE id = ?", [*changes.values(), petition_id])


def insert_petitioners(db: Database, petition_id: int, petitioners: list[dict]) -> None:
    db.conn.executemany(
        "INSERT INTO petitioners (petition_id, position, name, address, cccd, phone, identity_key, signed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(petition_id, i, p["name"], p["address"], p["cccd"], p["phone"], identity_key(p["name"], p["address"]),
          int(p.get("signed", True))) for i, p in enumerate(petitioners)],
    )
    db.execute("UPDATE petitions SET petitioner_sort = ? WHERE id = ?", [
        petitioner_sort_key(db.execute("SELECT kind FROM petitions WHERE id = ?", [petition_id]).fetchone()[0],
                            petitioners[0]["name"] if petitioners else ""), petition_id])


def replace_petitioners(db: Database, petition_id: int, petitioners: list[dict]) -> None:
    db.execute("DELETE FROM petitioners WHERE petition_id = ?", [petition_id])
    insert_petitioners(db, petition_id, petitioners)


def identity_key(name: str, address: str) -> str:
    """Folded name and address: how duplicates by the same person are found without a CCCD."""
    return fold(f"{name}|{address}") if name and address else ""


# A batch repeats names and addresses (a family, a hamlet): fold each pair once.
_identity_key = lru_cache(maxsize=1 << 16)(identity_key)
_petitioner_sort_key = lru_cache(maxsize=1 << 16)(petitioner_sort_key)


def petitioners(db: Database, petition_id: int) -> list[dict]:
    rows = db.execute(
        "SELECT name, address, cccd, phone, signed FROM petitioners WHERE petition_id = ? ORDER BY position",
        [petition_id]).fetchall()
    return [{**dict(zip(("name", "address", "cccd", "phone"), r)), "signed": bool(r[4])} for r in rows]


def insert_event(db: Database, petition_id: int, kind: str, on_date: str, by_user: str, at: str,
                 decision: str = "", body: str = "", note: str = "", days: int | None = None) -> int:
    cursor = db.execute(
        "INSERT INTO petition_events (petition_id, kind, on_date, decision, body, note, by_user, at, days, "
        "petition_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT kind FROM petitions WHERE id = ?))",
        [petition_id, kind, on_date, decision, body, note, by_user, at, days, petition_id],
    )
    return cursor.lastrowid


def events(db: Database, petition_id: int) -> list[dict]:
    cols = ("id", "kind", "on_date", "decision", "body", "note", "by_user", "at", "days")
    rows = db.execute(
        f"SELECT {', '.join(cols)} FROM petition_events WHERE petition_id = ? ORDER BY on_date, id", [petition_id]
    ).fetchall()
    return [dict(zip(cols, r)) for r in rows]


def identity_matches(db: Database, cccds: list[str], identity_keys: list[str], exclude_id: int | None = None,
                     limit: int = 10) -> list[tuple[int, str]]:
    """Petitions of the same person: ``(id, "cccd" | "name_address")``, the CCCD first."""
    found: dict[int, str] = {}
    exclude = exclude_id or -1
    for reason, column, values in (("cccd", "cccd", cccds), ("name_address", "identity_key", identity_keys)):
        for value in filter(None, values):
            for (pid,) in db.execute(
                    f"SELECT DISTINCT petition_id FROM petitioners WHERE {column} = ? AND petition_id != ? LIMIT ?",
                    [value, exclude, limit]):
                found.setdefault(pid, reason)
    return list(found.items())[:limit]


def content_matches(db: Database, content_match: str, exclude_id: int | None = None,
                    limit: int = 30) -> list[tuple[int, str]]:
    """``(id, content)`` of the petitions whose indexed text best matches (full-text rank)."""
    if not content_match:
        return []
    return [tuple(r) for r in db.execute(
        "SELECT p.id, p.content FROM (SELECT rowid FROM petitions_fts WHERE petitions_fts MATCH ? AND rowid != ? "
        "ORDER BY rank LIMIT ?) f JOIN petitions p ON p.id = f.rowid",
        [content_match, exclude_id or -1, limit])]


def fill_sort_keys(db: Database, batch: int = 5000) -> int:
    """Compute the sort keys of rows written before they were kept (migration 0017), in
    batches, inside the caller's transaction; returns how many rows got them."""
    done = 0
    while True:
        rows = db.execute(
            "SELECT p.id, p.kind, p.content, (SELECT name FROM petitioners WHERE petition_id = p.id AND position = 0) "
            "FROM petitions p WHERE p.petitioner_sort IS NULL OR p.content_sort IS NULL LIMIT ?", [batch]).fetchall()
        if not rows:
            return done
        db.conn.executemany("UPDATE petitions SET petitioner_sort = ?, content_sort = ? WHERE id = ?",
                            [(petitioner_sort_key(kind, name), content_sort_key(content), pid)
                             for pid, kind, content, name in rows])
        done += len(rows)


def open_ids(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM petitions WHERE status = 'open'")]


def count_overdue(db: Database, today: date) -> int:
    return db.execute(
        "SELECT count(*) FROM petitions WHERE status = 'open' AND next_due_on < ?", [today.isoformat()]
    ).fetchone()[0]


# What the processing triggers of migration 0011 keep from a petition's steps; a bulk path
# that knows them already writes them with the petition (``imports_repo.write_petitions``).
PROCESSING_COLUMNS = ("first_processed_on", "accepted_on", "processing")


def next_id(db: Database) -> int:
    """The id the next bulk insert gives its first petition (inside the caller's transaction)."""
    return db.execute("SELECT coalesce(max(id), 0) FROM petitions").fetchone()[0] + 1


def bulk_insert(db: Database, petitions: list[dict], petitioners_by_index: list[list[dict]],
                start: int | None = None) -> int:
    """Fast path for sample data and imports: one executemany per table inside the caller's
    transaction, the full-text index filled in one statement. Returns the id given to the
    first petition (``start`` when given, see ``next_id``); the others follow in order.
    Every bulk insert of petitions comes through here."""
    sorts = ("petitioner_sort", "content_sort")  # made here, last in each row
    cols = [c for c in PETITION_COLUMNS if c not in ("id", *sorts)] + list(PROCESSING_COLUMNS)
    start = next_id(db) if start is None else start
    first_names = [group[0]["name"] if group else "" for group in petitioners_by_index]

    # Rows are handed over as they are made (no list of tuples kept for the cyclic collector
    # to walk), petitioners' identity keys folded once per name and address.
    db.conn.executemany(
        f"INSERT INTO petitions (id, {', '.join(cols)}, {', '.join(sorts)}) "
        f"VALUES (?, {', '.join('?' * (len(cols) + len(sorts)))})",
        ((start + i, *map(p.get, cols), _petitioner_sort_key(p["kind"], name), content_sort_key(p["content"]))
         for i, (p, name) in enumerate(zip(petitions, first_names))),
    )
    db.conn.executemany(
        "INSERT INTO petitioners (petition_id, position, name, address, cccd, phone, identity_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((start + i, pos, p["name"], p["address"], p["cccd"], p["phone"], _identity_key(p["name"], p["address"]))
         for i, group in enumerate(petitioners_by_index) for pos, p in enumerate(group)),
    )
    _index_text(db, start, start + len(petitions) - 1)
    return start


def closing_steps(db: Database, ids: list[int], kinds: frozenset[str]) -> dict[int, str]:
    """The latest closing step (one of ``kinds``) of each of these petitions that has one."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.execute(f"SELECT petition_id, kind FROM petition_events WHERE petition_id IN ({marks}) "
                      f"AND kind IN ({', '.join('?' * len(kinds))}) ORDER BY petition_id, on_date, id",
                      [*ids, *sorted(kinds)]).fetchall()
    return {pid: kind for pid, kind in rows}


def duplicate_ids(db: Database, petition_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM petitions WHERE duplicate_of = ? ORDER BY id", [petition_id])]


def reparent_duplicates(db: Database, old_root: int, new_root: int) -> None:
    """When a group's first petition is itself linked to another, its duplicates follow."""
    db.execute("UPDATE petitions SET duplicate_of = ? WHERE duplicate_of = ?", [new_root, old_root])


def bulk_events(db: Database, events: list[tuple], by_user: str = "demo") -> None:
    """``(petition_id, kind, on_date, decision[, body])`` rows for sample data."""
    db.conn.executemany(
        "INSERT INTO petition_events (petition_id, kind, on_date, decision, body, by_user, at, petition_kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT kind FROM petitions WHERE id = ?))",
        [(e[0], e[1], e[2], e[3], e[4] if len(e) > 4 else "", by_user, e[2], e[0]) for e in events],
    )


# What the time-limit engine reads of a petition (services.petitions.clock_of).
CLOCK_COLUMNS = ("id", "kind", "received_on", "attempt", "complex", "remote_area", "needs_verification",
                 "competence", "signatories")


def unjudged_resolutions(db: Database, limit: int) -> list[dict]:
    """Resolved petitions without the stored on-time judgement (written before it was stored)."""
    cols = CLOCK_COLUMNS
    rows = db.execute(f"SELECT {', '.join(cols)} FROM petitions WHERE resolved_on IS NOT NULL "
                      "AND resolved_on_time IS NULL LIMIT ?", [limit]).fetchall()
    return [dict(zip(cols, r)) for r in rows]


def events_by_petition(db: Database, ids: list[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for pid, kind, on_date, decision, days in db.execute(
                f"SELECT petition_id, kind, on_date, decision, days FROM petition_events WHERE petition_id IN "
                f"({', '.join('?' * len(part))}) ORDER BY petition_id, on_date, id", part):
            found.setdefault(pid, []).append({"kind": kind, "on_date": on_date, "decision": decision, "days": days})
    return found


def set_resolution_facts(db: Database, facts: list[tuple[str | None, int | None, int]]) -> None:
    """``(resolved_on, resolved_on_time, petition id)`` rows."""
    db.conn.executemany("UPDATE petitions SET resolved_on = ?, resolved_on_time = ? WHERE id = ?", facts)


def replace_overdue_spans(db: Database, petition_id: int, spans: list[tuple[str, str]]) -> None:
    db.execute("DELETE FROM petition_overdue WHERE petition_id = ?", [petition_id])
    bulk_overdue_spans(db, [(petition_id, first, until) for first, until in spans])


def bulk_overdue_spans(db: Database, spans: list[tuple[int, str, str]]) -> None:
    """``(petition id, first overdue day, day of its next step)`` rows."""
    db.conn.executemany("INSERT INTO petition_overdue (petition_id, from_on, to_on) VALUES (?, ?, ?)", spans)


def without_overdue_spans(db: Database, after_id: int, limit: int) -> list[dict]:
    """Petitions whose overdue stretches are not stored yet (written before they were), by id."""
    cols = CLOCK_COLUMNS
    rows = db.execute(f"SELECT {', '.join(cols)} FROM petitions WHERE id > ? AND overdue_known IS NULL "
                      "ORDER BY id LIMIT ?", [after_id, limit]).fetchall()
    return [dict(zip(cols, r)) for r in rows]


def mark_overdue_known(db: Database, ids: list[int]) -> None:
    db.conn.executemany("UPDATE petitions SET overdue_known = 1 WHERE id = ?", [(i,) for i in ids])
