"""Errors a user can act on.

Every exception defined here carries a complete Vietnamese sentence as its message,
so the CLI prints it as one line and the GUI shows it in a dialog without a traceback.
Anything else that escapes is a bug.
"""

import errno


class DanVanError(Exception):
    """Base class: ``str(error)`` is the message shown to the user."""


class ValidationError(DanVanError):
    """Input that the domain rules reject; nothing was saved.

    ``problems`` holds every rejected field of the input (this error alone when there is one),
    so a form shows them all at once next to their fields; the message reads them in order."""

    def __init__(self, message: str, field: str | None = None, problems: tuple = ()):
        super().__init__(message)
        self.field = field
        self.problems: tuple[ValidationError, ...] = tuple(problems) or (self,)


class Problems:
    """Collects the rejections of one input instead of stopping at the first:
    ``problems.check(fn, *args)`` runs a check that may raise, ``problems.add`` records one,
    ``problems.raise_any()`` raises them together (the first field's, every message)."""

    def __init__(self):
        self.found: list[ValidationError] = []

    def add(self, message: str, field: str | None = None) -> None:
        self.found.append(ValidationError(message, field))

    def check(self, fn, *args, **kwargs):
        """``fn(*args)``'s value, or None with its ValidationError recorded."""
        try:
            return fn(*args, **kwargs)
        except ValidationError as refused:
            self.found.extend(refused.problems)
            return None

    def has(self, field: str) -> bool:
        return any(problem.field == field for problem in self.found)

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise ValidationError(" ".join(str(p) for p in self.found), self.found[0].field, self.found)


class PermissionDenied(DanVanError):
    """The current user's role does not allow the action."""


class AuthenticationFailed(DanVanError):
    """Wrong user name or password."""


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords; the account is locked for a while."""


class NotFound(DanVanError):
    """A record named by the user does not exist."""


class Cancelled(DanVanError):
    """The user cancelled a long task; whatever it wrote was rolled back."""

    def __init__(self, message: str = "Đã hủy thao tác."):
        super().__init__(message)


class StorageError(DanVanError):
    """The database file cannot be used as it is."""


class SecretRequired(StorageError):
    """Opening needs a passphrase (or a recovery key) that was not given.

    ``reason`` tells the user why the app asks, for instance that the system keyring
    is missing or stores secrets in plain text.
    """

    def __init__(self, message: str, reason: str = "", kind: str = "passphrase"):
        super().__init__(message)
        self.reason = reason
        self.kind = kind


class WrongSecret(StorageError):
    """The passphrase or recovery key does not open this database."""


class CorruptDatabase(StorageError):
    """The file is damaged, truncated or not a database of this app."""


class NewerDatabase(StorageError):
    """The database was written by a newer version of the app."""


class DatabaseBusy(StorageError):
    """Another writer kept the database for the whole busy timeout."""


class DataFolderError(StorageError):
    """The data folder cannot be written (read-only, full, missing)."""


class DatabaseInUse(StorageError):
    """Another window or command holds the database, so it cannot be replaced (or a
    restore holds it, so it cannot be opened) right now."""


# The operating system's own words are English on Linux ("[Errno 28] No space left on device");
# what an officer saving to a USB stick meets is said here in Vietnamese.
_OS_REASONS = {
    errno.ENOSPC: "ổ đĩa đã đầy, hãy xóa bớt tệp hoặc chọn ổ khác",
    errno.EACCES: "không có quyền ghi hoặc đọc ở đó (thư mục được bảo vệ, hoặc tệp đang được chương trình khác mở)",
    errno.EPERM: "hệ điều hành không cho phép thao tác này ở đó",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc (USB đang gạt khóa ghi?)",
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục (USB đã rút ra?)",
    errno.ENOTDIR: "một phần của đường dẫn không phải là thư mục",
    errno.EISDIR: "đó là một thư mục, không phải tệp",
    errno.EEXIST: "đã có tệp trùng tên",
    errno.EBUSY: "tệp hoặc ổ đĩa đang được dùng",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.EIO: "lỗi đọc/ghi thiết bị (USB bị rút ra hoặc bị hỏng?)",
    errno.ENXIO: "thiết bị không còn kết nối",
    errno.ENODEV: "thiết bị không còn kết nối",
    errno.EFBIG: "tệp quá lớn đối với ổ đĩa này",
    errno.EMFILE: "đang mở quá nhiều tệp; hãy đóng bớt chương trình rồi thử lại",
}
if hasattr(errno, "EDQUOT"):
    _OS_REASONS[errno.EDQUOT] = "đã hết dung lượng được cấp trên ổ đĩa"
# Windows reports these without an errno of their own.
_WINDOWS_REASONS = {
    32: "tệp đang được chương trình khác mở (ví dụ Word, Excel); hãy đóng nó rồi thử lại",
    33: "tệp đang bị chương trình khác khóa; hãy đóng nó rồi thử lại",
    21: "ổ đĩa chưa sẵn sàng (USB đã rút ra?)",
    112: "ổ đĩa đã đầy, hãy xóa bớt tệp hoặc chọn ổ khác",
}


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in Vietnamese, for the end of a sentence
    ("Không ghi được tệp …: {reason}."); never the system's English text."""
    winerror = getattr(error, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    if isinstance(error, PermissionError):
        return _OS_REASONS[errno.EACCES]
    if isinstance(error, FileNotFoundError):
        return _OS_REASONS[errno.ENOENT]
    code = error.errno if error.errno is not None else winerror
    return f"lỗi hệ thống khi đọc/ghi tệp (mã {code})" if code is not None else "lỗi hệ thống khi đọc/ghi tệp"
