"""The one background runner for long work (Anki's CollectionOp, Vorta's workers).

Work runs on a single worker thread, one task at a time, because every task shares the
writer connection. A task gets a ``danvan_desktop.tasks.Task`` wired to a progress
dialog with a cancel button; results and errors come back on the GUI thread.

The one way from the GUI to the database: writes go through ``write`` (or ``write_and_wait``
where a dialog needs the answer), on the writer connection, which announce the ``Changes``
they made on ``changed`` so pages refresh from that; the GUI thread's own short reads use the read-only connection (``Session.reading``).
``Store.guard_thread`` reports any statement the GUI thread still runs on the writer.
"""

from __future__ import annotations

import inspect
import logging
import traceback
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import Cancelled, DanVanError
from ..services.changes import Changes
from ..storage.failures import corrupt_page_error
from ..tasks import Task
from .messages import show_error, show_unexpected

log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 400


class WorkerSignals(QObject):
    started = Signal()
    progress = Signal(int, int, str)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        # Progress is reported from the worker thread; the signal delivers it queued.
        self.task = Task(self.signals.progress.emit)
        self.setAutoDelete(False)  # the runner keeps it until finished

    @Slot()
    def run(self) -> None:
        self.signals.started.emit()
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()
            self.signals.error.emit(corrupt_page_error(exc) or exc)
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def _accepts_task(fn: Callable) -> bool:
    try:
        return "task" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class Runner(QObject):
    """``runner.run(fn, *args, on_result=..., title=...)`` from any window."""

    changed = Signal(object)  # a Changes, after a write succeeded

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._active: set[Worker] = set()
        _LIVE.add(self)

    def run(self, fn: Callable, *args, on_result: Callable | None = None, on_error: Callable | None = None,
            on_finished: Callable | None = None, title: str = "", parent: QWidget | None = None,
            cancellable: bool = True, quiet: bool = False, **kwargs) -> Worker:
        """Run ``fn(*args, **kwargs)`` in the background. ``on_error`` replaces the default
        message box; ``on_finished`` runs after success or failure (re-enable buttons there);
        ``quiet``: no progress dialog (a count the page shows when it comes)."""
        worker = Worker(fn, args, kwargs)
        task = worker.task
        if _accepts_task(fn):
            kwargs["task"] = task
        dialog = None if quiet else self._progress_dialog(title, parent, task, cancellable)
        if dialog is not None:
            worker.signals.progress.connect(lambda done, total, text: self._update(dialog, done, total, text))

        def finished():
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self._active.discard(worker)
            if on_finished is not None:
                on_finished()
            # The signals' connections hold these closures, which hold the worker and the caller
            # (a dialog): a cycle through C++ that Python's collector cannot see. Dropped here.
            worker.signals.deleteLater()

        def failed(exc):
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, Cancelled):
                pass
            elif isinstance(exc, DanVanError):
                show_error(parent, exc)
            else:
                log.error("background task failed\n%s", getattr(exc, "__traceback_text__", ""))
                show_unexpected(parent, exc)

        if on_result is not None:
            worker.signals.result.connect(on_result, Qt.ConnectionType.QueuedConnection)
        worker.signals.error.connect(failed, Qt.ConnectionType.QueuedConnection)
        worker.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        self._active.add(worker)
        self.pool.start(worker)
        return worker

    def write(self, fn: Callable, *args, changes: Changes, on_result: Callable | None = None, **kwargs) -> Worker:
        """A write: ``fn`` runs like ``run``; once it succeeded, ``changed`` announces ``changes``
        (pages refresh what they show of it)."""
        def done(value):
            if on_result is not None:
                on_result(value)
            self.announce(changes)

        return self.run(fn, *args, on_result=done, **kwargs)

    def write_and_wait(self, fn: Callable, *args, changes: Changes, title: str = "",
                       parent: QWidget | None = None, **kwargs):
        """A short write a flow cannot go on without (a dialog's save, a login): ``fn`` runs on
        the runner like ``call`` (the window stays painted, the user's clicks wait until it is
        done, a busy dialog shows if it takes long); once it succeeded ``changed`` announces
        ``changes``. Returns its result or raises its exception."""
        value = self.call(fn, *args, title=title, parent=parent, hold_input=True, **kwargs)
        self.announce(changes)
        return value

    def announce(self, changes: Changes) -> None:
        """Tell the pages what a write changed (also for a dialog that saved by itself)."""
        self.changed.emit(changes)

    def _progress_dialog(self, title: str, parent, task: Task, cancellable: bool) -> QProgressDialog:
        cancel_text = QCoreApplication.translate("Runner", "Hủy") if cancellable else ""
        dialog = QProgressDialog(title or QCoreApplication.translate("Runner", "Đang xử lý…"), cancel_text, 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Runner", "Dân Vận Desktop"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)
        return dialog

    @staticmethod
    def _update(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    def call(self, fn: Callable, *args, title: str = "", parent: QWidget | None = None, hold_input: bool = False,
             **kwargs):
        """Run ``fn`` in the background and wait for it, keeping the window painted and a busy
        dialog up; returns its result or raises its exception. For steps a flow cannot go on
        without, such as opening (and checking) the database at start. ``hold_input``: clicks
        and keys wait until ``fn`` is done (a second press of Lưu cannot start a second save)."""
        outcome: dict = {}
        loop = QEventLoop()
        self.run(fn, *args, on_result=lambda value: outcome.setdefault("value", value),
                 on_error=lambda exc: outcome.setdefault("error", exc), on_finished=loop.quit,
                 title=title, parent=parent, cancellable=False, **kwargs)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents if hold_input
                  else QEventLoop.ProcessEventsFlag.AllEvents)
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    def wait_idle(self, msecs: int = 30000) -> bool:
        """For shutdown: let the running task end before the database closes."""
        return self.pool.waitForDone(msecs)


# Every runner made and not yet collected: a window's, or a page's or dialog's of its own.
_LIVE: "weakref.WeakSet[Runner]" = weakref.WeakSet()


def wait_for_all(msecs: int = 30000) -> None:
    """Before a database closes: let every runner's running task end, whichever window it
    belongs to (a task still reading when its connection closes crashes the process)."""
    for runner in list(_LIVE):
        try:
            runner.wait_idle(msecs)
        except RuntimeError:  # its Qt object is gone, and its thread pool waited when it went
            pass


def runner_of(widget: QWidget) -> Runner:
    """The runner of the window ``widget`` sits in (its page's or main window's), so a panel
    deep in a dialog writes through the same one; a widget on its own gets its own."""
    parent = widget
    while parent is not None:
        runner = getattr(parent, "runner", None)
        if isinstance(runner, Runner):
            return runner
        parent = parent.parentWidget()
    widget.runner = Runner(widget)
    return widget.runner


def call_later(fn: Callable, msecs: int = 0) -> None:
    QTimer.singleShot(msecs, fn)
