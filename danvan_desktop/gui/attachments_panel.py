"""Evidence (minh chứng) of one record: thumbnails of its photos, its scans and PDFs,
adding a file, and opening one in the system viewer.

Attachments are stored encrypted; the viewer needs a plain file, so opening writes a
private temporary copy. The copies go when the panel's dialog closes and, for any left
(a viewer on Windows may still hold one open), when the application exits.
"""

from __future__ import annotations

import atexit
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .. import private_temp
from ..errors import DanVanError
from ..services.attachments import add_attachment, attachments_of, read_attachment
from ..services.changes import ATTACHMENTS, Changes
from ..services.session import Session
from .runner import runner_of
from .widgets import error_label

THUMBNAIL = QSize(96, 96)
# Decoding a huge photo on the GUI thread would freeze the window; such files get the plain icon.
THUMBNAIL_MAX_BYTES = 8 * 1024 * 1024


class TempFiles:
    """Decrypted copies handed to the system viewer, and their removal."""

    def __init__(self) -> None:
        self.paths: set[Path] = set()

    def write(self, data: bytes, suffix: str) -> Path:
        # Mode 0600 in the private folder of the data folder (never TMPDIR): removed at the next
        # start if a crash leaves it behind.
        fd, name = tempfile.mkstemp(prefix="danvan-", suffix=suffix, dir=private_temp.folder())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        path = Path(name)
        self.paths.add(path)
        return path

    def remove(self, paths) -> None:
        """Remove ``paths``; one still held open by a viewer stays listed for the next try."""
        for path in list(paths):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue
            self.paths.discard(path)

    def remove_all(self) -> None:
        self.remove(self.paths)


TEMP_FILES = TempFiles()
atexit.register(TEMP_FILES.remove_all)


def open_in_viewer(data: bytes, file_name: str, files: TempFiles | None = None) -> Path:
    """Write ``data`` to a private temporary file and ask the desktop to open it."""
    path = (files or TEMP_FILES).write(data, Path(file_name).suffix)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class AttachmentsPanel(QWidget):
    """The attachments of ``owner`` number ``owner_id`` (petition, activity, dvk_model, democracy).

    A petition's list comes from its detail (which masks a tố cáo's scans), so the petition
    dialog passes the rows with ``set_attachments``; other owners are listed here. Files are
    read on the read-only connection; adding one goes through the window's runner (the
    panel waits for it: a 20 MB scan takes a moment to hash and store).
    """

    changed = Signal()  # a file was attached

    def __init__(self, session: Session, owner: str, owner_id: int, parent=None, can_add: bool = True,
                 title: str | None = None):
        super().__init__(parent)
        self.session, self.owner, self.owner_id = session, owner, owner_id
        self.opened: list[Path] = []
        self._hooked_dialog = None
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 60, THUMBNAIL.height() + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Tệp đính kèm"))
        self.list.setMinimumHeight(THUMBNAIL.height() + 56)
        self.list.itemActivated.connect(self.open_item)
        self.list.currentItemChanged.connect(lambda current, _: self.open_button.setEnabled(current is not None))
        self.empty = QLabel(self.tr("Chưa có minh chứng (ảnh, bản quét, PDF)."))
        self.empty.setStyleSheet("color: #666;")
        self.add_button = QPushButton(self.tr("Thêm tệp…"))
        self.add_button.clicked.connect(self.choose_file)
        self.add_button.setVisible(can_add)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_current)
        self.open_button.setEnabled(False)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + (title or self.tr("Minh chứng (nhấn đúp hoặc Enter để mở)")) + "</b>"))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    # -- listing -------------------------------------------------------------------------

    def reload(self) -> None:
        """List the owner's attachments (not for petitions: see ``set_attachments``)."""
        try:
            rows = attachments_of(self.session.reading(), self.owner, self.owner_id)
        except DanVanError as error:
            self.error.setText(str(error))
            rows = []
        self.set_attachments(rows)

    def set_attachments(self, rows: list[dict]) -> None:
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self._icon(row), f"{row['file_name']}\n{_size_text(row['size'])}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(f"{row['file_name']} — {_size_text(row['size'])}\nSHA-256 {row['sha256']}")
            self.list.addItem(item)
        self.empty.setVisible(not rows)

    def _icon(self, row: dict) -> QIcon:
        if row["mime"].startswith("image/") and row["size"] <= THUMBNAIL_MAX_BYTES:
            try:
                _, data = read_attachment(self.session.reading(), row["id"])
            except DanVanError:
                data = None
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                return QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    # -- adding --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp minh chứng"), "", self.tr("Ảnh hoặc PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                                                "*.webp *.gif)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> int | None:
        """Attach ``path``; a refusal (too large, not an image or PDF, unreadable) is shown, nothing saved."""
        self.error.clear()
        try:
            attachment_id = runner_of(self).write_and_wait(
                add_attachment, self.session, self.owner_id, Path(path), self.owner,
                changes=Changes(ATTACHMENTS, (self.owner_id,), added=True), title=self.tr("Đang lưu minh chứng…"),
                parent=self)
        except DanVanError as error:
            self.error.setText(str(error))
            return None
        if self.owner != "petition":
            self.reload()
        self.changed.emit()
        return attachment_id

    # -- opening -------------------------------------------------------------------------

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: QListWidgetItem) -> Path | None:
        self.error.clear()
        try:
            meta, data = read_attachment(self.session.reading(), item.data(Qt.ItemDataRole.UserRole))
        except DanVanError as error:
            self.error.setText(str(error))
            return None
        path = open_in_viewer(data, meta["file_name"])
        self.opened.append(path)
        return path

    def remove_opened(self) -> None:
        """The dialog is closing: its decrypted copies go now (or at exit if a viewer holds one)."""
        TEMP_FILES.remove(self.opened)
        self.opened = [p for p in self.opened if p in TEMP_FILES.paths]

    def showEvent(self, event) -> None:
        dialog = self.window()
        if isinstance(dialog, QDialog) and dialog is not self._hooked_dialog:
            dialog.finished.connect(self.remove_opened)
            self._hooked_dialog = dialog
        super().showEvent(event)


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"

