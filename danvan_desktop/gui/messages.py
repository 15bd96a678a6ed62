"""Message boxes: a user's error in plain Vietnamese, a bug with details to send on."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import DanVanError


def show_error(parent: QWidget | None, error: DanVanError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "Không thực hiện được"),
                        str(error))


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    """A bug, not a user's mistake: say so plainly, keep the traceback one click away for support."""
    title = QCoreApplication.translate("Messages", "Đã xảy ra lỗi không mong muốn")
    text = QCoreApplication.translate(
        "Messages", "Thao tác không hoàn thành do một lỗi của phần mềm. Dữ liệu đã nhập không bị mất; "
                    "hãy thử lại, và nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận hỗ trợ.")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(getattr(error, "__traceback_text__", "") or "".join(
        traceback.format_exception(type(error), error, error.__traceback__)))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
