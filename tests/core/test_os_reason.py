"""A failed file operation is told in Vietnamese, never in the system's English words."""

import errno

from danvan_desktop.errors import os_reason


def test_a_full_disk_and_a_refused_folder_are_said_in_vietnamese():
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "ổ đĩa đã đầy, hãy xóa bớt tệp hoặc chọn ổ khác"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")).startswith("không có quyền")
    assert os_reason(OSError(errno.EROFS, "Read-only file system")).startswith("ổ đĩa chỉ cho phép đọc")
    assert os_reason(FileNotFoundError("gone")).startswith("không tìm thấy")  # no errno: its kind tells


def test_windows_sharing_violation_names_the_other_program():
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # what Windows sets when Excel holds the file
    assert "chương trình khác mở" in os_reason(error)


def test_an_unknown_error_gives_its_code_not_the_english_text():
    reason = os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links"))
    assert reason == f"lỗi hệ thống khi đọc/ghi tệp (mã {errno.ELOOP})" and "symbolic" not in reason
