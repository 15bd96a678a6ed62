"""Working days in Vietnam: weekends, public holidays (lunar Tết and Giỗ Tổ included,
from the ``holidays`` package), and each year's official extra days off and
compensating Saturdays (data, editable).

Counting rules (Bộ luật Dân sự 2015, Art. 147–148): a period starts the day after the
event; a period in calendar days that ends on a day off ends on the next working day.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays


class WorkCalendar:
    def __init__(self, extra_days_off: set[date] | None = None, extra_working_days: set[date] | None = None,
                 public_holidays=None):
        self._extra_off = set(extra_days_off or ())
        self._extra_working = set(extra_working_days or ())
        # A mapping-like {date: name}; the holidays package fills years lazily on lookup.
        self._public = public_holidays if public_holidays is not None else holidays.Vietnam()

    def is_working_day(self, day: date) -> bool:
        if day in self._extra_working:
            return True
        if day.weekday() >= 5 or day in self._extra_off:
            return False
        return day not in self._public

    def is_day_off(self, day: date) -> bool:
        return not self.is_working_day(day)

    def next_working_day(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, event: date, count: int) -> date:
        """The ``count``-th working day after ``event`` (the event's day does not count)."""
        day, left = event, count
        while left > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def add_calendar_days(self, event: date, count: int) -> date:
        return self.next_working_day(event + timedelta(days=count))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative when end < start."""
        if end == start:
            return 0
        sign, low, high = (1, start, end) if end > start else (-1, end, start)
        count, day = 0, low
        while day < high:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return sign * count
