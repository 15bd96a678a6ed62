"""The full integrity check of an open database, off the opener's path.

Opening checks only what is cheap and sufficient (file shape, key check value, the first
page decrypting, the schema version); reading every page of a large register takes tens of
seconds, so the full check runs after start-up, in the background of the GUI, before the
daily automatic backup and in ``danvan doctor``.

It reads on its own read-only connection inside one read transaction, so it sees one
consistent snapshot while the office keeps working on the writer connection, and it can be
cancelled between (and, through ``interrupt``, during) its steps. SQLCipher's page check
reads the main file directly: a page that another process is checkpointing at that moment
can read torn, so a failure is confirmed by a second pass before it is reported.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

import sqlcipher3

from ..errors import Cancelled
from ..tasks import Task

STEPS = (
    ("PRAGMA quick_check", "Đang kiểm tra cấu trúc dữ liệu…"),
    ("PRAGMA cipher_integrity_check", "Đang kiểm tra mã hóa từng trang…"),
)
FULL_STEPS = (("PRAGMA integrity_check", STEPS[0][1]), STEPS[1])
CONFIRM_AFTER_SECONDS = 0.5
_PROGRESS_EVERY = 20_000  # virtual-machine steps between two looks at the cancel flag


@dataclass
class IntegrityResult:
    """What the last full check found: ``problems`` empty when healthy."""

    checked_at: datetime
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def restore_hint(store) -> str:
    """Where the user restores from, in words."""
    from ..paths import backups_dir_for

    return (f"Hãy khôi phục từ một bản sao lưu trong {backups_dir_for(store.path)} "
            "(Cài đặt › Sao lưu, hoặc lệnh danvan restore).")


_PAGE_NUMBER = re.compile(r"\bpage\s+(\d+)", re.IGNORECASE)


def in_words(problem: str) -> str:
    """One problem line of SQLite or SQLCipher (English, with its own terms) as the user reads
    it; the line itself goes to the log."""
    page = _PAGE_NUMBER.search(problem)
    where = f"trang dữ liệu số {page.group(1)}" if page else "tệp dữ liệu"
    text = problem.lower()
    if "hmac" in text:
        return f"{where} không xác thực được (bị sửa ngoài ứng dụng hoặc hỏng)"
    if "not a database" in text or "file is encrypted" in text:
        return "tệp không đọc được (sai khóa hoặc tệp hỏng)"
    return f"{where} bị hỏng cấu trúc"


def failure_message(store, result: IntegrityResult) -> str:
    return (f"Kiểm tra toàn vẹn phát hiện {len(result.problems)} lỗi trong {store.path.name} "
            f"(ví dụ: {in_words(result.problems[0])}). Không tạo bản sao lưu tự động, để các bản sao lưu tốt "
            f"không bị thay bằng một bản hỏng. {restore_hint(store)}")


class IntegrityCheck:
    """One run of the full check on ``store``'s file. ``cancel()`` may be called from any
    thread; ``run()`` raises ``Cancelled`` then."""

    def __init__(self, store, full: bool = False):
        self.store = store
        self.steps = FULL_STEPS if full else STEPS
        self._cancelled = threading.Event()
        self._conn: sqlcipher3.Connection | None = None

    def cancel(self) -> None:
        self._cancelled.set()
        conn = self._conn
        if conn is not None:
            try:
                conn.interrupt()
            except sqlcipher3.ProgrammingError:
                pass  # the pass ended and closed it meanwhile: the flag stops the next one

    def run(self, task: Task | None = None) -> IntegrityResult:
        task = task or Task()
        problems = self._pass(task)
        if problems:  # confirm: a page torn by another process's checkpoint reads well again
            time.sleep(CONFIRM_AFTER_SECONDS)
            problems = self._pass(task)
        return IntegrityResult(datetime.now(), problems)

    def _pass(self, task: Task) -> list[str]:
        conn = self.store.connect_readonly()
        self._conn = conn
        conn.set_progress_handler(lambda: 1 if self._cancelled.is_set() or task.cancelled else 0,
                                  _PROGRESS_EVERY)
        problems: list[str] = []
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
            for done, (pragma, text) in enumerate(self.steps):
                self._check_cancel(task)
                task.step(done, len(self.steps), text)
                rows = conn.execute(pragma).fetchall()
                # One problem a line: SQLite may put many, under a "*** in database main ***"
                # header, in one row.
                problems += [line.strip() for r in rows for line in str(r[0]).splitlines()
                             if line.strip() not in ("", "ok") and not line.startswith("***")]
            self._check_cancel(task)
            task.step(len(self.steps), len(self.steps), "")
        except sqlcipher3.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                raise Cancelled("Đã hủy kiểm tra toàn vẹn; sẽ kiểm tra lại lần mở sau.") from exc
            problems.append(str(exc))
        except sqlcipher3.DatabaseError as exc:
            problems.append(str(exc))
        finally:
            self._conn = None
            conn.close()
        # The page SQLCipher could not authenticate says more than SQLite's "malformed".
        return sorted(problems, key=lambda text: "page" not in text.lower())

    def _check_cancel(self, task: Task) -> None:
        if self._cancelled.is_set() or task.cancelled:
            raise Cancelled("Đã hủy kiểm tra toàn vẹn; sẽ kiểm tra lại lần mở sau.")


def integrity_problems(conn, full: bool = False) -> list[str]:
    """SQLite's check plus SQLCipher's page authentication; empty when healthy."""
    problems = []
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        # One problem a line: SQLite may put many, under a "*** in database main ***" header, in one row.
        problems += [line.strip() for r in rows for line in str(r[0]).splitlines()
                     if line.strip() not in ("", "ok") and not line.startswith("***")]
    except sqlcipher3.DatabaseError as exc:  # a page too damaged to be checked: say so, in one line
        problems.append(f"{exc}")
    problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    # The page SQLCipher could not authenticate says more than SQLite's "malformed".
    return sorted(problems, key=lambda text: "page" not in text.lower())
