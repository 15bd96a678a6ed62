"""Working days in Vietnam: weekends, public holidays (lunar Tết and Giỗ Tổ included,
from the ``holidays`` package), and each year's official arrangements for civil
servants (extra days off and compensating Saturdays, data in ``days_off.json``).

Counting rules (Bộ luật Dân sự 2015, Art. 147–148): a period starts the day after the
event; a period in calendar days that ends on a day off ends on the next working day.
A date listed as a working day wins over everything else. For a year whose official
arrangement is loaded (``arrangement_years``) the data file alone says which weekdays are
off: a day the package adds without an official source does not count. Other years
fall back to the package and their deadlines are only provisional ("tạm tính").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays

# No real calendar has a year of days off in a row; a loop that finds one is a data error.
_MAX_SEARCH_DAYS = 366

HolidaySource = Callable[[int], Iterable[date]]


@lru_cache(maxsize=64)
def vietnam_public_holidays(year: int) -> frozenset[date]:
    """Statutory holidays of one year (Bộ luật Lao động 2019, Art. 112) with their
    observed days and the bridge days the package knows."""
    return frozenset(holidays.Vietnam(years=year))


def _weekdays_through(day: date) -> int:
    """Monday–Friday days from 1/1/1 (a Monday) through ``day``."""
    n = day.toordinal()
    return (n // 7) * 5 + min(n % 7, 5)


class WorkCalendar:
    """Which days the commune office works.

    ``extra_days_off`` and ``extra_working_days`` are the year-by-year decisions;
    ``public_holidays`` is either a function ``year -> dates`` (the default, from the
    ``holidays`` package, asked lazily and cached per year) or a fixed collection of
    dates, so that tests can build a calendar by hand. ``None`` means no holidays.
    """

    def __init__(self, extra_days_off: Iterable[date] = (), extra_working_days: Iterable[date] = (),
                 public_holidays: HolidaySource | Iterable[date] | None = vietnam_public_holidays,
                 arrangement_years: Iterable[int] = ()):
        self._extra_off = frozenset(extra_days_off or ())
        self._extra_working = frozenset(extra_working_days or ())
        self.arrangement_years = frozenset(arrangement_years or ())
        self._last_arranged = max(self.arrangement_years, default=None)
        if public_holidays is None:
            self._public: HolidaySource = lambda year: ()
        elif callable(public_holidays):
            self._public = public_holidays
        else:
            fixed = frozenset(public_holidays)
            self._public = lambda year: (d for d in fixed if d.year == year)
        self._weekday_off_by_year: dict[int, frozenset[date]] = {}
        # add_working_days counts day by day; a register asks the same (day, count) again and
        # again (every petition received that day), so each answer is kept.
        self._added: dict[tuple[date, int], date] = {}
        self._between: dict[tuple[date, date], int] = {}  # working_days_between, likewise

    @classmethod
    def default(cls, days_off=None) -> WorkCalendar:
        """Public holidays from the ``holidays`` package plus the official arrangements.

        ``days_off`` is a :class:`~danvan_desktop.domain.rules_data.DaysOff`; without it
        the bundled ``resources/rules/days_off.json`` is read.
        """
        if days_off is None:
            from .rules_data import load_default_days_off

            days_off = load_default_days_off()
        return cls(days_off.days_off, days_off.working_days, arrangement_years=days_off.years)

    def has_arrangement(self, year: int) -> bool:
        """Whether the official arrangement of ``year`` is loaded."""
        return year in self.arrangement_years

    def missing_arrangement(self, today: date) -> str | None:
        """A warning when this year or the coming one has no official arrangement loaded."""
        missing = [y for y in (today.year, today.year + 1) if not self.has_arrangement(y)]
        if not missing:
            return None
        year = missing[0]
        return (f"Chưa có lịch nghỉ chính thức năm {year} (Tết Nguyên đán, ngày nghỉ bù, hoán đổi): thời hạn sau "
                f"01/01/{year} là tạm tính. Khi có thông báo của Bộ Nội vụ, nạp tệp days_off.json mới "
                "(Cài đặt hoặc danvan rules load).")

    def is_provisional(self, day: date) -> bool:
        """A date in a year after the last one with an official arrangement: counted from
        the package alone, so only provisional ("tạm tính")."""
        return self._last_arranged is None or day.year > self._last_arranged

    def _weekdays_off(self, year: int) -> frozenset[date]:
        """Monday–Friday days off in ``year`` (holidays and extra days, minus swaps)."""
        cached = self._weekday_off_by_year.get(year)
        if cached is None:
            official = {d for d in self._extra_off if d.year == year}
            candidates = official if year in self.arrangement_years else set(self._public(year)) | official
            cached = frozenset(d for d in candidates
                               if d.year == year and d.weekday() < 5 and d not in self._extra_working)
            self._weekday_off_by_year[year] = cached
        return cached

    def is_working_day(self, day: date) -> bool:
        if day in self._extra_working:
            return True
        if day.weekday() >= 5:
            return False
        return day not in self._weekdays_off(day.year)

    def is_day_off(self, day: date) -> bool:
        return not self.is_working_day(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise ValueError(f"no working day within a year after {day.isoformat()}")

    def add_working_days(self, event: date, count: int) -> date:
        """The ``count``-th working day after ``event`` (the event's own day never counts).

        ``count`` 0 returns ``event`` unchanged."""
        if count < 0:
            raise ValueError("count must not be negative")
        found = self._added.get((event, count))
        if found is None:
            found = event
            for _ in range(count):
                found = self.next_working_day(found + timedelta(days=1))
            if len(self._added) < 100_000:
                self._added[event, count] = found
        return found

    def add_calendar_days(self, event: date, count: int) -> date:
        """``event`` + ``count`` days; a result on a day off moves to the next working day."""
        if count < 0:
            raise ValueError("count must not be negative")
        return self.next_working_day(event + timedelta(days=count))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative when end < start.

        ``working_days_between(d, add_working_days(d, n)) == n``. Weekdays come by
        arithmetic, then the days off and worked weekend days inside the range are
        corrected, so a range of years costs no more than a range of days."""
        if end == start:
            return 0
        found = self._between.get((start, end))
        if found is not None:
            return found
        sign, low, high = (1, start, end) if end > start else (-1, end, start)
        count = _weekdays_through(high) - _weekdays_through(low)
        for year in range(low.year, high.year + 1):
            count -= sum(1 for d in self._weekdays_off(year) if low < d <= high)
        count += sum(1 for d in self._extra_working if d.weekday() >= 5 and low < d <= high)
        if len(self._between) < 100_000:
            self._between[start, end] = sign * count
        return sign * count
