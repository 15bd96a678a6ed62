"""Working days: weekends, public holidays (lunar too), official swaps. Dates checked by hand."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from danvan_desktop.services.rules import active_calendar
from danvan_desktop.domain.workcalendar import WorkCalendar

CAL = active_calendar()


def test_weekends_and_fixed_holidays():
    assert CAL.is_day_off(date(2026, 11, 21))  # Saturday
    assert CAL.is_day_off(date(2026, 1, 1))  # Tết Dương lịch
    assert CAL.is_day_off(date(2026, 4, 30)) and CAL.is_day_off(date(2026, 5, 1))
    assert CAL.is_day_off(date(2026, 9, 2))
    assert CAL.is_working_day(date(2026, 11, 23))  # an ordinary Monday


def test_lunar_holidays():
    # Tết Bính Ngọ: 30 Tết is Mon 16/2/2026, mùng 1 Tue 17/2; Mon 16 to Fri 20/2 are off.
    assert all(CAL.is_day_off(date(2026, 2, d)) for d in range(16, 21))
    assert CAL.is_working_day(date(2026, 2, 13)) and CAL.is_working_day(date(2026, 2, 23))
    # Giỗ Tổ Hùng Vương 10/3 âm lịch fell on Sunday 26/4/2026: Monday 27/4 is off instead.
    assert CAL.is_day_off(date(2026, 4, 27))


def test_compensating_saturdays_from_the_data_file():
    # 2025: Friday 2/5 off, Saturday 26/4 worked instead.
    assert CAL.is_day_off(date(2025, 5, 2))
    assert CAL.is_working_day(date(2025, 4, 26))
    assert CAL.is_working_day(date(2026, 8, 22))  # worked for Monday 31/8/2026


def test_counting_starts_the_day_after():
    # Event Friday 20/11/2026; 1 working day later is Monday 23/11 (the weekend does not count).
    assert CAL.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)
    # Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam (a day off from 2026): 2 working days after 20/11 -> 25/11.
    assert CAL.add_working_days(date(2026, 11, 20), 2) == date(2026, 11, 25)


def test_working_days_across_30_4_and_1_5():
    # Received Tue 28/4/2026. Working days after it: Wed 29/4 (1); 30/4, 1/5 holidays; 2–3/5 weekend;
    # Mon 4/5 (2), 5 (3), 6 (4), 7 (5), 8 (6), 11 (7), 12 (8), 13 (9), 14 (10).
    assert CAL.add_working_days(date(2026, 4, 28), 10) == date(2026, 5, 14)


def test_calendar_deadline_on_a_day_off_moves_to_next_working_day():
    # 10 days after Wed 21/1/2026 is Sat 31/1 -> Monday 2/2.
    assert CAL.add_calendar_days(date(2026, 1, 21), 10) == date(2026, 2, 2)
    # 30 days after Sat 17/1/2026 is Mon 16/2, in Tết -> first working day after Tết, Mon 23/2.
    assert CAL.add_calendar_days(date(2026, 1, 17), 30) == date(2026, 2, 23)
    # New Year: 10 days after 22/12/2025 is Thu 1/1/2026 -> Fri 2/1.
    assert CAL.add_calendar_days(date(2025, 12, 22), 10) == date(2026, 1, 2)


def test_editable_days_off():
    extra = WorkCalendar(extra_days_off={date(2026, 11, 25)}, extra_working_days={date(2026, 11, 28)})
    assert extra.is_day_off(date(2026, 11, 25))
    assert extra.is_working_day(date(2026, 11, 28))  # a Saturday made a working day


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), st.integers(1, 60))
def test_add_working_days_properties(start, n):
    end = CAL.add_working_days(start, n)
    assert end > start
    assert CAL.is_working_day(end)
    assert CAL.working_days_between(start, end) == n
    assert CAL.working_days_between(end, start) == -n
    assert CAL.add_working_days(start, n - 1) < end if n > 1 else True
    assert end - start <= timedelta(days=n * 3 + 14)
