"""User accounts."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.users import Role, User


def _user(row) -> User:
    return User(id=row[0], username=row[1], full_name=row[2], role=Role(row[3]), active=bool(row[4]))


_COLUMNS = "id, username, full_name, role, active"


def insert(db: Database, username: str, full_name: str, role: Role, password_hash: str, created_at: str) -> int:
    cursor = db.execute(
        "INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        [username, full_name, role.value, password_hash, created_at],
    )
    return cursor.lastrowid


def by_username(db: Database, username: str) -> User | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ?", [username]).fetchone()
    return _user(row) if row else None


def credentials(db: Database, username: str) -> tuple[User, str, int, str | None] | None:
    """The user with password hash, failed-attempt count and lock expiry."""
    row = db.execute(
        f"SELECT {_COLUMNS}, password_hash, failed_attempts, locked_until FROM users WHERE username = ?", [username]
    ).fetchone()
    return (_user(row[:5]), row[5], row[6], row[7]) if row else None


def record_failure(db: Database, user_id: int, attempts: int, locked_until: str | None) -> None:
    db.execute("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?", [attempts, locked_until, user_id])


def record_success(db: Database, user_id: int, at: str) -> None:
    db.execute(
        "UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?", [at, user_id]
    )


def set_password(db: Database, user_id: int, password_hash: str) -> None:
    db.execute("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
               [password_hash, user_id])


def set_active(db: Database, user_id: int, active: bool) -> None:
    db.execute("UPDATE users SET active = ? WHERE id = ?", [int(active), user_id])


def lock_expiries(db: Database) -> dict[int, str]:
    """Users with a lock expiry stored (past or not): id -> ISO timestamp."""
    return dict(db.execute("SELECT id, locked_until FROM users WHERE locked_until IS NOT NULL").fetchall())


def clear_lock(db: Database, user_id: int) -> None:
    db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [user_id])


def password_hash(db: Database, user_id: int) -> str | None:
    row = db.execute("SELECT password_hash FROM users WHERE id = ?", [user_id]).fetchone()
    return row[0] if row else None


def set_role(db: Database, user_id: int, role: Role) -> None:
    db.execute("UPDATE users SET role = ? WHERE id = ?", [role.value, user_id])


def all_users(db: Database) -> list[User]:
    return [_user(r) for r in db.execute(f"SELECT {_COLUMNS} FROM users ORDER BY username").fetchall()]


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM users").fetchone()[0]
