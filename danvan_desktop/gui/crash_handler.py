"""No failure passes silently: an exception that no code caught — in a slot, a timer, a
thread — is written to the log and shown in a Vietnamese dialog with a "Sao chép chi tiết"
button, instead of vanishing (a windowed build has no console) or killing the app."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from ..errors import DanVanError
from .messages import show_error, show_unexpected

log = logging.getLogger("danvan.crash")


class _Bridge(QObject):
    """Carries an exception from any thread to the GUI thread."""
    raised = Signal(object)


class CrashHandler:
    def __init__(self):
        self.bridge = _Bridge()
        self.bridge.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.showing = False
        self._fault_file = None

    def install(self, log_folder: Path | None = None) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda args: self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)
        if log_folder is not None:
            try:  # a hard crash (segfault) leaves its Python stack in the log folder
                self._fault_file = open(Path(log_folder) / "crash-faulthandler.log", "a", encoding="utf-8")
                faulthandler.enable(self._fault_file)
            except OSError:
                self._fault_file = None

    def excepthook(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return
        if error is None:
            error = kind()
        error.__traceback__ = trace
        if not isinstance(error, DanVanError):  # a user's mistake is not a bug to log
            log.error("unexpected error", exc_info=(kind, error, trace))
        self.bridge.raised.emit(error)

    def _show(self, error: BaseException) -> None:
        if self.showing:  # one dialog at a time: a failing paint must not stack dialogs
            return
        self.showing = True
        try:
            if isinstance(error, DanVanError):
                show_error(None, error)
            else:
                show_unexpected(None, error)
        finally:
            self.showing = False


_handler: CrashHandler | None = None


def install_crash_handler(log_folder: Path | None = None) -> CrashHandler:
    global _handler
    _handler = CrashHandler()
    _handler.install(log_folder)
    return _handler
