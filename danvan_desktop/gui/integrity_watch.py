"""The full integrity check after start-up, in the status bar.

Opening the database checks only what is cheap; once the main window is up this widget
reads every page on a read-only connection in its own thread (the runner stays free for the
office's saves), shows the step in the status bar with a Cancel button, keeps the result for
Cài đặt, and only after a clean check makes the day's automatic backup. A failure is told
plainly, with the folder to restore from, and no automatic backup is made.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from ..errors import Cancelled, DanVanError
from ..services.backup import DailyBackup, check_and_back_up
from ..storage.integrity import IntegrityCheck
from .runner import Worker

log = logging.getLogger(__name__)


class IntegrityWatch(QWidget):
    """A status-bar widget: the step, a progress bar, Cancel. Emits ``finished`` with the
    ``DailyBackup`` (None when cancelled or the check could not run)."""

    finished = Signal(object)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.check: IntegrityCheck | None = None
        self.worker: Worker | None = None
        self.pool = QThreadPool(self)  # its own thread: the runner stays free for saves
        self.pool.setMaxThreadCount(1)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Hủy kiểm tra"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            row.addWidget(widget)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.running:
            return
        self.check = IntegrityCheck(self.store)
        self.worker = Worker(check_and_back_up, (self.store,), {"check": self.check})
        self.worker.kwargs["task"] = self.worker.task
        self.worker.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.worker.signals.result.connect(self._checked, Qt.ConnectionType.QueuedConnection)
        self.worker.signals.error.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.label.setText(self.tr("Đang kiểm tra toàn vẹn dữ liệu…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self.pool.start(self.worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Đang dừng kiểm tra…"))
            self.worker.task.cancel()
            self.check.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """For shutdown: stop the check and let its thread end before the database closes."""
        self.cancel()
        return self.pool.waitForDone(msecs)

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text:
            self.label.setText(text)

    def _done(self) -> None:
        self.worker = self.check = None
        self.setVisible(False)

    def _failed(self, error: BaseException) -> None:
        self._done()
        if isinstance(error, Cancelled):
            self.window().statusBar().showMessage(str(error), 10000)
        else:  # e.g. the backup folder is full: the office keeps working, the log keeps why
            log.warning("integrity check or automatic backup failed: %s: %s", type(error).__name__, error)
            told = str(error) if isinstance(error, DanVanError) else self.tr(
                "Chưa kiểm tra được toàn vẹn dữ liệu hoặc chưa sao lưu tự động được; chi tiết ở nhật ký.")
            self.window().statusBar().showMessage(told, 15000)
        self.finished.emit(None)

    def _checked(self, daily: DailyBackup) -> None:
        self._done()
        if daily.warning:
            log.error("integrity check failed: %s", daily.check.problems[:5])
            QMessageBox.warning(self.window(), self.tr("Dữ liệu có lỗi"), daily.warning)
        elif daily.path is not None:
            self.window().statusBar().showMessage(
                self.tr("Dữ liệu toàn vẹn; đã sao lưu tự động vào {path}").format(path=daily.path), 10000)
        else:
            self.window().statusBar().showMessage(self.tr("Đã kiểm tra toàn vẹn dữ liệu: không có lỗi."), 10000)
        self.finished.emit(daily)
