"""Move "today" for the whole app in a test that drives the GUI.

The services and pages take ``today`` as a parameter where tests pass it, and otherwise
ask ``date.today()`` / ``datetime.now()``. A main window builds its pages itself, so a test
walking the app sets the day by replacing ``date`` and ``datetime`` in every loaded
``danvan_desktop`` module with subclasses whose ``today()``/``now()`` are shifted by an
offset; ``isinstance`` against them still accepts every real date and datetime."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from datetime import date as real_date
from datetime import datetime as real_datetime
from datetime import timedelta


class _AnyDate(type):
    def __instancecheck__(cls, value) -> bool:
        return isinstance(value, real_date)


class _AnyDateTime(type):
    def __instancecheck__(cls, value) -> bool:
        return isinstance(value, real_datetime)


class TimeMachine:
    def __init__(self, monkeypatch):
        self.offset = timedelta(0)
        machine = self

        class ShiftedDate(real_date, metaclass=_AnyDate):
            @classmethod
            def today(cls):
                return real_date.today() + machine.offset

        class ShiftedDateTime(real_datetime, metaclass=_AnyDateTime):
            @classmethod
            def now(cls, tz=None):
                return real_datetime.now(tz) + machine.offset

        _import_everything()  # a module first imported later would keep the real clock
        for name, module in list(sys.modules.items()):
            if not name.startswith("danvan_desktop") or module is None:
                continue
            if getattr(module, "date", None) is real_date:
                monkeypatch.setattr(module, "date", ShiftedDate)
            if getattr(module, "datetime", None) is real_datetime:
                monkeypatch.setattr(module, "datetime", ShiftedDateTime)

    def travel_to(self, day: real_date) -> None:
        self.offset = day - real_date.today()

    def today(self) -> real_date:
        return real_date.today() + self.offset


def _import_everything() -> None:
    import danvan_desktop

    for info in pkgutil.walk_packages(danvan_desktop.__path__, "danvan_desktop."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
