"""Message boxes: a user's error in plain Vietnamese, a bug with details to send on."""

from __future__ import annotations

import platform
import traceback

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..errors import DanVanError
from ..logs import scrub


def show_error(parent: QWidget | None, error: DanVanError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "Không thực hiện được"),
                        str(error))


def unexpected_details(error: BaseException) -> str:
    """What support needs: the versions and the traceback, personal digits masked."""
    text = getattr(error, "__traceback_text__", "") or "".join(
        traceback.format_exception(type(error), error, error.__traceback__))
    return scrub(f"Dân Vận Desktop {__version__}, Python {platform.python_version()}, Qt {qVersion()}\n{text}")


def show_unexpected(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A bug, not a user's mistake: say so plainly, keep the details one click away for support
    (Sao chép chi tiết puts them on the clipboard)."""
    title = QCoreApplication.translate("Messages", "Đã xảy ra lỗi")
    text = QCoreApplication.translate(
        "Messages", "Đã xảy ra lỗi không mong muốn của phần mềm; thao tác vừa rồi không hoàn thành. Dữ liệu đã "
                    "lưu không bị mất. Hãy thử lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho bộ phận "
                    "hỗ trợ (nội dung đã được ghi vào nhật ký của phần mềm).")
    details = unexpected_details(error)
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("Messages", "Sao chép chi tiết"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button would close the box: copying keeps it open
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
