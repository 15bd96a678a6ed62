"""Progress and cancellation for long work, without any GUI dependency.

A long service function takes a ``Task`` and calls ``task.step(done, total, text)``
between units of work; the step raises ``Cancelled`` once the user has asked to stop.
The GUI's background runner passes a task wired to its progress dialog; the CLI and
the tests pass ``Task()``, which reports nowhere and is never cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


class Task:
    def __init__(self, on_progress: ProgressCallback | None = None):
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_progress is not None:
            self._on_progress(done, total, text)
