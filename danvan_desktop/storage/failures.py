"""A damaged page met in the middle of work, said as one sentence a user can act on.

SQLite reports it as ``DatabaseError: database disk image is malformed`` (or "file is not
a database" when SQLCipher cannot authenticate a page) wherever the page is read: in a
list, a report, an export. The CLI and the GUI's background runner turn it into this
``CorruptDatabase`` instead of a crash report."""

from __future__ import annotations

import sqlcipher3

from ..errors import CorruptDatabase

_SIGNS = ("malformed", "not a database", "corrupt")


def corrupt_page_error(exc: BaseException) -> CorruptDatabase | None:
    if isinstance(exc, sqlcipher3.DatabaseError) and any(sign in str(exc).lower() for sign in _SIGNS):
        return CorruptDatabase(
            "Dữ liệu bị hỏng: một trang của tệp cơ sở dữ liệu không đọc được. Hãy chạy “Kiểm tra toàn bộ” trong "
            "Cài đặt (hoặc lệnh danvan doctor) và khôi phục từ một bản sao lưu.")
    return None
