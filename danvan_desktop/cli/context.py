"""How a CLI command gets its database, its secrets and its user.

Secrets come from the environment (DANVAN_PASSPHRASE, DANVAN_RECOVERY_KEY,
DANVAN_PASSWORD) so scripts run unattended; at a terminal the command asks instead.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import DanVanError, SecretRequired, ValidationError
from ..paths import default_database_path
from ..services.auth import login
from ..services.backup import daily_backup
from ..services.session import Session
from ..storage.database import PASSPHRASE_ENV, RECOVERY_KEY_ENV, Store, Unlock, open_database

USER_ENV = "DANVAN_USER"
PASSWORD_ENV = "DANVAN_PASSWORD"
DB_ENV = "DANVAN_DB"


class CliError(DanVanError):
    """A usage problem found by the CLI itself."""


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_secret(prompt: str, env_name: str, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    if not interactive():
        raise CliError(f"{prompt.rstrip(': ')}: hãy đặt biến môi trường {env_name} (không có bàn phím để hỏi).")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nhập lại: ") != first:
        raise ValidationError("Hai lần nhập không khớp nhau.")
    return first


@dataclass
class CliContext:
    db_path: Path
    username: str | None

    @staticmethod
    def from_args(args) -> "CliContext":
        path = args.db or os.environ.get(DB_ENV) or str(default_database_path())
        return CliContext(Path(path).expanduser(), args.user or os.environ.get(USER_ENV))

    def open(self) -> Store:
        """Open the database, asking for a passphrase or recovery key when the opener needs one."""
        if not self.db_path.exists():
            raise CliError(f"Chưa có cơ sở dữ liệu tại {self.db_path}: hãy chạy “danvan init” trước.")
        unlock = Unlock.from_environment()
        for _ in range(3):
            try:
                store = open_database(self.db_path, unlock)
            except SecretRequired as need:
                env = RECOVERY_KEY_ENV if need.kind == "recovery_key" else PASSPHRASE_ENV
                if not interactive():
                    raise CliError(f"{need} {need.reason} Hãy đặt biến môi trường {env}.") from None
                print(f"{need} {need.reason}", file=sys.stderr)
                if need.kind == "recovery_key":
                    unlock.recovery_key = getpass.getpass("Khóa khôi phục: ")
                else:
                    unlock.passphrase = getpass.getpass("Cụm mật khẩu: ")
                continue
            daily = daily_backup(store)
            if daily.warning:  # the command still runs: reading the data can help the user
                print(f"Cảnh báo: {daily.warning}", file=sys.stderr)
            return store
        raise CliError("Không mở được cơ sở dữ liệu sau ba lần thử.")

    def session(self, store: Store) -> Session:
        if not self.username:
            raise CliError(f"Lệnh này cần người dùng: dùng --user TÊN hoặc đặt biến môi trường {USER_ENV}.")
        password = ask_secret(f"Mật khẩu của {self.username}: ", PASSWORD_ENV)
        return login(store, self.username, password)

    def with_session(self, work):
        """Open, log in, run ``work(session)``, close: the shape of every command that acts."""
        store = self.open()
        try:
            return work(self.session(store))
        finally:
            store.close()

    def with_store(self, work):
        """Open, run ``work(store)``, close: for commands that only read and need no user."""
        store = self.open()
        try:
            return work(store)
        finally:
            store.close()
