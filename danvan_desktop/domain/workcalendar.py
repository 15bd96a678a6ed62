"""Working days in Vietnam: weekends, public holidays (lunar Tết and Giỗ Tổ included,
from the ``holidays`` package), and each year's official extra days off and
compensating Saturdays (data, editable).

Counting rules (Bộ luật Dân sự 2015, Art. 147–148): a period starts the day after the
event; a period in calendar days that ends on a day off ends on the next working day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def vietnam_public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.Vietnam(years=year))


def _weekdays_through(day: date) -> int:
    """Monday–Friday days from 1/1/1 (a Monday) through ``day``."""
    n = day.toordinal()
    return (n // 7) * 5 + min(n % 7, 5)


class WorkCalendar:
    def __init__(self, extra_days_off: set[date] | None = None, extra_working_days: set[date] | None = None,
                 public_holidays: Callable[[int], frozenset[date]] = vietnam_public_holidays):
        self._extra_off = frozenset(extra_days_off or ())
        self._extra_working = frozenset(extra_working_days or ())
        self._public = public_holidays

    def is_working_day(self, day: date) -> bool:
        if day in self._extra_working:
            return True
        if day.weekday() >= 5 or day in self._extra_off:
            return False
        return day not in self._public(day.year)

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
        """Working days after ``start`` up to and including ``end``; negative when end < start.

        Weekdays by arithmetic, then the days off and swapped Saturdays inside the range, so
        a petition overdue for a year costs no more than one due tomorrow."""
        if end == start:
            return 0
        sign, low, high = (1, start, end) if end > start else (-1, end, start)
        count = _weekdays_through(high) - _weekdays_through(low)
        inside = lambda d: low < d <= high  # noqa: E731
        days_off = set(self._extra_off)
        for year in range(low.year, high.year + 1):
            days_off |= self._public(year)
        count -= sum(1 for d in days_off if inside(d) and d.weekday() < 5 and d not in self._extra_working)
        count += sum(1 for d in self._extra_working if inside(d) and d.weekday() >= 5)
        return sign * count
