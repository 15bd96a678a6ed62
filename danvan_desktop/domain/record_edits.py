"""Correcting a record after it was entered: who may, and what changed.

The officer who entered a record, the officer assigned to it (petitions) and a leader
may correct it; anyone else sees why not. What changed is named field by field, so an
edit is logged by the names of the fields only, never their (personal) values.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, time

from .users import Role, User


def edit_refusal(user: User, created_by: str | None, assigned_to: str | None = None) -> str | None:
    """Why ``user`` may not correct a record entered by ``created_by`` (None: they may)."""
    if user.role is Role.LEADER or user.username in (created_by, assigned_to):
        return None
    who = f"người đã nhập ({created_by})" if created_by else "người đã nhập"
    if assigned_to:
        who += f", người được giao ({assigned_to})"
    return f"Chỉ {who} hoặc lãnh đạo được sửa bản ghi này; tài khoản “{user.username}” không sửa được."


def changed_fields(stored: dict, new: dict) -> dict:
    """The entries of ``new`` whose value differs from ``stored`` (same column names)."""
    return {name: value for name, value in new.items() if stored.get(name) != value}


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if is_dataclass(value):
        return as_json(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def as_json(record) -> dict:
    """A record input (dataclass) in its JSON shape (docs/cli-json.md): ISO dates, HH:MM times."""
    return {f.name: _plain(getattr(record, f.name)) for f in fields(record)}
