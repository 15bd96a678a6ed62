"""Working days: weekends, public holidays (lunar too), the official swaps of the data file.

Every expected date was worked out by hand on a paper calendar; the reasoning is in
the comment next to it. ``CAL`` is the bundled calendar (``holidays`` + days_off.json).
"""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan_desktop.domain.rules_data import (
    load_default_calendar,
    load_default_days_off,
    parse_days_off,
)
from danvan_desktop.domain.workcalendar import WorkCalendar
from danvan_desktop.errors import ValidationError

CAL = load_default_calendar()


def test_weekends_are_days_off():
    plain = WorkCalendar(public_holidays=None)  # no holidays at all: only the weekend rule
    assert plain.is_day_off(date(2026, 11, 21)) and plain.is_day_off(date(2026, 11, 22))  # Sat, Sun
    assert all(plain.is_working_day(date(2026, 11, d)) for d in range(23, 28))  # Mon–Fri
    assert plain.next_working_day(date(2026, 11, 21)) == date(2026, 11, 23)
    assert plain.next_working_day(date(2026, 11, 23)) == date(2026, 11, 23)  # already a working day


def test_explicit_sets_build_a_calendar_by_hand():
    cal = WorkCalendar(extra_days_off={date(2026, 11, 25)}, extra_working_days={date(2026, 11, 28)},
                       public_holidays={date(2026, 11, 24)})
    assert cal.is_day_off(date(2026, 11, 24)) and cal.is_day_off(date(2026, 11, 25))
    assert cal.is_working_day(date(2026, 11, 28))  # a Saturday made a working day
    # From Mon 23/11: Tue 24 and Wed 25 are off, Thu 26 (1), Fri 27 (2), Sat 28 worked (3).
    assert cal.add_working_days(date(2026, 11, 23), 3) == date(2026, 11, 28)
    assert cal.working_days_between(date(2026, 11, 23), date(2026, 11, 30)) == 4  # 26, 27, 28, Mon 30


def test_new_year():
    assert CAL.is_day_off(date(2025, 1, 1)) and CAL.is_working_day(date(2025, 1, 2))
    # 2026: Thu 1/1 is the holiday; Fri 2/1 swapped with Sat 10/1 (12729/VPCP-KGVX).
    assert CAL.is_day_off(date(2026, 1, 1)) and CAL.is_day_off(date(2026, 1, 2))
    assert CAL.is_working_day(date(2026, 1, 10))
    # 10 days after Mon 22/12/2025 is Thu 1/1/2026; Fri 2/1 off, Sat 3 and Sun 4 -> Mon 5/1.
    assert CAL.add_calendar_days(date(2025, 12, 22), 10) == date(2026, 1, 5)
    # Working days after Wed 31/12/2025: 1/1, 2/1 off, weekend, Mon 5 (1) ... Fri 9 (5), Sat 10 (6).
    assert CAL.add_working_days(date(2025, 12, 31), 6) == date(2026, 1, 10)


def test_tet_2026_with_the_official_days_off():
    # Tết Bính Ngọ: mùng 1 is Tue 17/2/2026; off Sat 14/2 (27 tháng Chạp) to Sun 22/2 (mùng 6).
    assert all(CAL.is_day_off(date(2026, 2, d)) for d in range(14, 23))
    assert CAL.is_working_day(date(2026, 2, 13)) and CAL.is_working_day(date(2026, 2, 23))
    # Received Thu 12/2: Fri 13 (1), nine days of Tết, Mon 23 (2), Tue 24 (3).
    assert CAL.add_working_days(date(2026, 2, 12), 3) == date(2026, 2, 24)
    # 30 days after Sat 17/1/2026 is Mon 16/2, 29 Tết -> the first day back, Mon 23/2.
    assert CAL.add_calendar_days(date(2026, 1, 17), 30) == date(2026, 2, 23)
    # Between Fri 13/2 and Mon 23/2 lies exactly one working day: the 23rd itself.
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1


def test_tet_of_other_years():
    # 2024 (Giáp Thìn): off Thu 8/2 to Wed 14/2; 2025 (Ất Tỵ): off Mon 27/1 to Fri 31/1.
    assert all(CAL.is_day_off(date(2024, 2, d)) for d in range(8, 15)) and CAL.is_working_day(date(2024, 2, 15))
    assert all(CAL.is_day_off(date(2025, 1, d)) for d in range(27, 32)) and CAL.is_working_day(date(2025, 2, 3))


def test_gio_to_hung_vuong_on_the_lunar_calendar():
    assert CAL.is_day_off(date(2024, 4, 18))  # 10/3 âm lịch, a Thursday
    assert CAL.is_day_off(date(2025, 4, 7))  # a Monday
    # 2026: 10/3 âm lịch is Sunday 26/4, so Monday 27/4 is off in its place.
    assert CAL.is_day_off(date(2026, 4, 27)) and CAL.is_working_day(date(2026, 4, 28))
    assert CAL.is_day_off(date(2027, 4, 16))  # a year without data: the package alone


def test_30_4_and_1_5_with_the_swaps():
    # 2025: Wed 30/4, Thu 1/5, Fri 2/5 swapped with Sat 26/4, which is worked.
    assert CAL.is_working_day(date(2025, 4, 26))
    assert all(CAL.is_day_off(date(2025, 4, 30) + timedelta(days=k)) for k in range(5))  # 30/4 – 4/5
    # Received Thu 24/4/2025: Fri 25 (1), Sat 26 worked (2), Mon 28 (3), Tue 29 (4), then 30/4–4/5 off, Mon 5/5 (5).
    assert CAL.add_working_days(date(2025, 4, 24), 5) == date(2025, 5, 5)
    # 2024: Mon 29/4 swapped with Sat 4/5.
    assert CAL.is_day_off(date(2024, 4, 29)) and CAL.is_working_day(date(2024, 5, 4))
    # 2026: received Tue 28/4; Wed 29 (1); 30/4, 1/5 off; weekend; 4/5 (2) ... 8/5 (6), 11/5 (7) ... 14/5 (10).
    assert CAL.add_working_days(date(2026, 4, 28), 10) == date(2026, 5, 14)


def test_national_day_2026():
    # Off Sat 29/8 to Wed 2/9/2026; Mon 31/8 swapped with Sat 22/8.
    assert all(CAL.is_day_off(date(2026, 8, 29) + timedelta(days=k)) for k in range(5))
    assert CAL.is_working_day(date(2026, 8, 22)) and CAL.is_working_day(date(2026, 9, 3))


def test_calendar_deadline_on_a_weekend_moves_to_monday():
    # 11 days after Wed 21/1/2026 is Sunday 1/2 -> Monday 2/2; 10 days is Saturday 31/1 -> Monday 2/2.
    assert CAL.add_calendar_days(date(2026, 1, 21), 11) == date(2026, 2, 2)
    assert CAL.add_calendar_days(date(2026, 1, 21), 10) == date(2026, 2, 2)
    assert CAL.add_calendar_days(date(2026, 1, 21), 9) == date(2026, 1, 30)  # a Friday stays


def test_working_day_counting_starts_the_day_after():
    # Event Friday 20/11/2026: the Friday never counts; 1 working day later is Monday 23/11.
    assert CAL.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)
    # An event on a Saturday: the first working day after it is still Monday 23/11.
    assert CAL.add_working_days(date(2026, 11, 21), 1) == date(2026, 11, 23)
    assert CAL.add_working_days(date(2026, 11, 20), 0) == date(2026, 11, 20)
    assert CAL.working_days_between(date(2026, 11, 20), date(2026, 11, 23)) == 1
    assert CAL.working_days_between(date(2026, 11, 23), date(2026, 11, 20)) == -1
    assert CAL.working_days_between(date(2026, 11, 21), date(2026, 11, 22)) == 0  # a weekend holds none
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2026, 11, 20), -1)


def test_a_listed_working_day_overrides_a_holiday():
    # The package gives Tue 24/11/2026 (Ngày Văn hóa Việt Nam) without an official source
    # (no amendment of BLLĐ 2019 Art. 112 found): the bundled 2026 arrangement keeps it a
    # working day; the package alone would not.
    assert CAL.is_working_day(date(2026, 11, 24))
    assert WorkCalendar().is_day_off(date(2026, 11, 24))
    worked = WorkCalendar(extra_working_days={date(2026, 11, 24)})
    assert worked.is_working_day(date(2026, 11, 24))
    # From Fri 20/11: Mon 23 (1), Tue 24 (2) with the override; Wed 25 (2) without it.
    assert worked.add_working_days(date(2026, 11, 20), 2) == date(2026, 11, 24)
    assert WorkCalendar().add_working_days(date(2026, 11, 20), 2) == date(2026, 11, 25)


def test_a_loaded_year_is_the_whole_truth_and_later_years_are_provisional():
    """BLLĐ 2019 Art. 112: the year's arrangement lists every weekday off with its source;
    a day only the package has does not count, and a year after the last one loaded is
    only "tạm tính" (Tết 2027 has no official arrangement yet)."""
    cal = WorkCalendar(extra_days_off={date(2026, 1, 2)}, arrangement_years={2026})
    assert cal.is_day_off(date(2026, 1, 2)) and cal.is_working_day(date(2026, 1, 1))  # 1/1 not listed
    assert cal.is_day_off(date(2027, 1, 1))  # 2027 not loaded: the package decides
    assert not cal.is_provisional(date(2026, 12, 31)) and cal.is_provisional(date(2027, 1, 1))
    assert CAL.has_arrangement(2026) and not CAL.has_arrangement(2027)
    assert CAL.is_provisional(date(2027, 1, 1)) and not CAL.is_provisional(date(2026, 12, 31))
    assert "năm 2027" in CAL.missing_arrangement(date(2026, 12, 1)) and "tạm tính" in CAL.missing_arrangement(
        date(2026, 12, 1))
    assert CAL.missing_arrangement(date(2025, 12, 1)) is None  # 2025 and 2026 both loaded


def test_years_are_loaded_lazily_and_once():
    asked = []

    def source(year):
        asked.append(year)
        return {date(year, 9, 2)}

    cal = WorkCalendar(public_holidays=source)
    assert asked == []
    assert cal.is_day_off(date(2030, 9, 2))  # a Monday, holiday of a far year
    assert cal.is_working_day(date(2030, 9, 3)) and cal.is_working_day(date(2030, 9, 4))
    assert asked == [2030]
    assert cal.working_days_between(date(2029, 12, 28), date(2031, 1, 3)) > 0
    assert sorted(asked) == [2029, 2030, 2031]
    assert CAL.is_day_off(date(2030, 2, 4))  # Tết Canh Tuất, mùng 3, from the package


def test_days_off_file_is_checked():
    good = ('{"format": "danvan-days-off", "version": 1, "years": {"2027": {'
            '"days_off": [{"date": "2027-02-11", "note": "thử", "source": "Thông báo 1/TB-BNV ngày 1/10/2026"}], '
            '"working_days": [{"date": "2027-02-20", "source": "Thông báo 1/TB-BNV ngày 1/10/2026"}]}}}')
    parsed = parse_days_off(good)
    assert parsed.days_off == {date(2027, 2, 11)} and parsed.working_days == {date(2027, 2, 20)}
    assert parsed.years == {2027} and parsed.sources[0] == (date(2027, 2, 11), "Thông báo 1/TB-BNV ngày 1/10/2026")
    with pytest.raises(ValidationError, match="cần “source”"):  # every day carries its document
        parse_days_off(good.replace(', "source": "Thông báo 1/TB-BNV ngày 1/10/2026"}]}}}', '}]}}}'))
    with pytest.raises(ValidationError, match="vừa là ngày nghỉ vừa là ngày làm việc"):
        parse_days_off(good.replace("2027-02-20", "2027-02-11"))
    with pytest.raises(ValidationError, match="nằm trong mục năm 2027"):
        parse_days_off(good.replace("2027-02-20", "2026-02-20"))
    with pytest.raises(ValidationError, match="không hợp lệ"):
        parse_days_off(good.replace("2027-02-20", "2027-02-30"))
    with pytest.raises(ValidationError, match="phiên bản"):
        parse_days_off(good.replace('"version": 1', '"version": 2'))
    with pytest.raises(ValidationError, match="JSON"):
        parse_days_off(good[:-2])


def test_bundled_days_off_agree_with_the_holidays_package():
    """The data file and the package (pinned in pyproject) say the same for 2024–2026,
    except where the package lags (the 2/1/2026 swap) or adds a day without an official
    source (24/11/2026, overridden as a working day). Every date carries its source."""
    import holidays

    days = load_default_days_off()
    for year in (2024, 2025, 2026):
        package = {d for d in holidays.Vietnam(years=year) if d.weekday() < 5}
        listed = {d for d in days.days_off if d.year == year and d.weekday() < 5}
        assert listed - package == ({date(2026, 1, 2)} if year == 2026 else set())
        assert package - listed == ({date(2026, 11, 24)} if year == 2026 else set())
    # Compensating Saturdays, and the one weekday the package adds without a source.
    assert {d for d in days.working_days if d.weekday() != 5} == {date(2026, 11, 24)}
    assert {d for d, _ in days.sources} == days.days_off | days.working_days
    assert all(source for _, source in days.sources)
    assert holidays.__version__ == "0.109"  # a new release must not move legal deadlines silently


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2023, 1, 1), max_value=date(2031, 12, 31)), st.integers(1, 60))
def test_add_working_days_properties(start, n):
    end = CAL.add_working_days(start, n)
    assert end > start
    assert CAL.is_working_day(end)
    assert CAL.working_days_between(start, end) == n
    assert CAL.working_days_between(end, start) == -n
    assert n == 1 or CAL.add_working_days(start, n - 1) < end


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2023, 1, 1), max_value=date(2031, 12, 31)), st.integers(0, 400))
def test_working_days_between_matches_a_day_by_day_count(start, span):
    end = start + timedelta(days=span)
    by_hand = sum(1 for k in range(1, span + 1) if CAL.is_working_day(start + timedelta(days=k)))
    assert CAL.working_days_between(start, end) == by_hand


def test_a_days_off_file_loaded_before_sources_were_required_falls_back_to_the_bundled_one(tmp_path):
    """A loaded days_off.json without "source" per day (older versions) no longer parses:
    the bundled arrangement is used instead of failing every deadline."""
    from danvan_desktop.paths import data_dir
    from danvan_desktop.services import rules

    folder = data_dir() / "rules"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "days_off.json").write_text('{"format": "danvan-days-off", "version": 1, "years": {"2026": '
                                          '{"days_off": [{"date": "2026-11-24", "note": "cũ"}]}}}', "utf-8")
    rules.clear_caches()
    calendar = rules.active_calendar()
    assert calendar.has_arrangement(2024) and calendar.is_working_day(date(2026, 11, 24))
    rules.clear_caches()
