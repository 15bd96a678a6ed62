"""The time-limit engine: every rule checked with dates worked out by hand.

Rules and calendar are the bundled ones (``resources/rules``). The reasoning for each
expected date is in the comment beside it; "N days after D" counts from the day after D.
"""

import json
from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.deadlines import (
    STATE_LABELS,
    ClockEvent,
    PetitionClock,
    compute_deadlines,
    overall_state,
    validate_event,
)
from danvan_desktop.domain.rules_data import (
    load_default_calendar,
    load_default_rules,
    parse_rule_sets,
)
from danvan_desktop.errors import ValidationError

CAL = load_default_calendar()
RULES = list(load_default_rules())
FAR = date(2027, 12, 31)  # a "today" after everything, when only due dates matter


def steps(clock, today=FAR, rules=RULES):
    return {d.step: d for d in compute_deadlines(clock, rules, CAL, today)}


def with_events(clock, *events):
    return replace(clock, events=tuple(clock.events) + tuple(ClockEvent(k, d) for k, d in events))


COMPLAINT = PetitionClock("khieu_nai", date(2026, 3, 2))  # received Monday 2/3/2026


def test_first_complaint_processing_acceptance_resolution():
    before = steps(COMPLAINT)
    assert list(before) == ["process", "accept"]  # no resolution clock before acceptance
    # Processing: 10 working days after Mon 2/3 -> 3,4,5,6,9,10,11,12,13,16 -> Mon 16/3.
    assert before["process"].due_on == date(2026, 3, 16) and before["process"].clock == "working"
    # Acceptance: 10 calendar days after 2/3 -> Thu 12/3, a working day.
    assert before["accept"].due_on == date(2026, 3, 12) and before["accept"].clock == "calendar"
    accepted = with_events(COMPLAINT, ("accepted", date(2026, 3, 9)))
    after = steps(accepted)
    assert after["process"].state == "done" and after["accept"].state == "done"
    assert after["accept"].label == "Thụ lý khiếu nại lần đầu"
    # Resolution: 30 days after acceptance Mon 9/3 -> Wed 8/4.
    assert after["resolve"].started_on == date(2026, 3, 9) and after["resolve"].due_on == date(2026, 4, 8)


def test_complex_remote_and_both():
    accepted = with_events(COMPLAINT, ("accepted", date(2026, 3, 9)))
    # 45 days after 9/3: 22 days to 31/3, 23 more -> Thu 23/4.
    assert steps(replace(accepted, complex=True))["resolve"].due_on == date(2026, 4, 23)
    # Remote / hard area: also 45 days -> Thu 23/4.
    assert steps(replace(accepted, remote_area=True))["resolve"].due_on == date(2026, 4, 23)
    # Remote and complex: 60 days -> 23/4 + 15 = Fri 8/5 (after the 30/4–1/5 break, a working day).
    assert steps(replace(accepted, remote_area=True, complex=True))["resolve"].due_on == date(2026, 5, 8)


def test_resolution_landing_on_1_5_moves_past_the_holidays():
    # Accepted Wed 1/4/2026: 30 days -> Fri 1/5, holiday; Sat 2, Sun 3 -> Mon 4/5.
    clock = with_events(PetitionClock("khieu_nai", date(2026, 3, 30)), ("accepted", date(2026, 4, 1)))
    assert steps(clock)["resolve"].due_on == date(2026, 5, 4)


def test_second_complaint():
    clock = with_events(PetitionClock("khieu_nai", date(2026, 5, 25), attempt=2), ("accepted", date(2026, 6, 1)))
    found = steps(clock)
    assert found["accept"].label == "Thụ lý khiếu nại lần hai"
    assert found["resolve"].label == "Giải quyết khiếu nại lần hai"
    # From Mon 1/6/2026: 45 days -> Thu 16/7; 60 -> Fri 31/7; 70 -> Mon 10/8.
    assert found["resolve"].due_on == date(2026, 7, 16)
    assert steps(replace(clock, complex=True))["resolve"].due_on == date(2026, 7, 31)
    assert steps(replace(clock, remote_area=True))["resolve"].due_on == date(2026, 7, 31)
    assert steps(replace(clock, remote_area=True, complex=True))["resolve"].due_on == date(2026, 8, 10)


def test_denunciation_initial_processing_and_notification():
    clock = PetitionClock("to_cao", date(2026, 11, 2))  # Monday
    # Initial processing: 7 working days after Mon 2/11 -> 3,4,5,6,9,10,11 -> Wed 11/11.
    assert steps(clock)["process"].due_on == date(2026, 11, 11)
    assert steps(clock)["process"].label == "Xử lý ban đầu đơn tố cáo"
    # Must be verified: 10 working days -> ...,11,12,13,16 -> Mon 16/11.
    assert steps(replace(clock, needs_verification=True))["process"].due_on == date(2026, 11, 16)
    accepted = with_events(clock, ("accepted", date(2026, 11, 10)))
    found = steps(accepted)
    # Notify within 5 working days after Tue 10/11: 11,12,13,16,17 -> Tue 17/11.
    assert found["notify"].due_on == date(2026, 11, 17) and found["notify"].label == "Thông báo thụ lý tố cáo"
    notified = steps(with_events(accepted, ("notified", date(2026, 11, 13))))["notify"]
    assert notified.state == "done" and notified.done_on == date(2026, 11, 13)


def test_denunciation_two_extensions_then_a_third_is_refused():
    # Received Mon 10/11/2025, accepted Tue 18/11/2025.
    clock = with_events(PetitionClock("to_cao", date(2025, 11, 10)), ("accepted", date(2025, 11, 18)))
    # 30 days after 18/11/2025 -> Thu 18/12/2025.
    assert steps(clock)["resolve"].due_on == date(2025, 12, 18) and steps(clock)["resolve"].extensions == 0
    once = with_events(clock, ("extended", date(2025, 12, 10)))
    # +30: 60 days -> Sat 17/1/2026 -> Mon 19/1/2026.
    assert steps(once)["resolve"].due_on == date(2026, 1, 19) and steps(once)["resolve"].extensions == 1
    twice = with_events(once, ("extended", date(2026, 1, 12)))
    # +60: 90 days -> Mon 16/2/2026, 29 Tết; Tết runs to Sun 22/2 -> Mon 23/2/2026.
    assert steps(twice)["resolve"].due_on == date(2026, 2, 23) and steps(twice)["resolve"].extensions == 2
    with pytest.raises(ValidationError, match="Đã gia hạn giải quyết 2 lần; luật chỉ cho gia hạn tối đa 2 lần"):
        validate_event(twice, ClockEvent("extended", date(2026, 2, 10), "15/QĐ"), date(2026, 2, 10), RULES)
    # A third extension already in old data does not stretch the limit further.
    thrice = with_events(twice, ("extended", date(2026, 2, 10)))
    assert steps(thrice)["resolve"].due_on == date(2026, 2, 23) and steps(thrice)["resolve"].extensions == 2


def test_steps_follow_the_kind():
    suggestion = with_events(PetitionClock("kien_nghi", date(2026, 11, 2)), ("accepted", date(2026, 11, 5)))
    assert list(steps(suggestion)) == ["process"]  # kiến nghị, phản ánh: processing only
    several = with_events(PetitionClock("nhieu_noi_dung", date(2026, 11, 2)), ("accepted", date(2026, 11, 5)))
    assert list(steps(several)) == ["process"]
    # Handled as a complaint at the caller's request: acceptance and resolution apply too.
    as_complaint = steps(replace(several, handled_as="khieu_nai"))
    assert list(as_complaint) == ["process", "accept", "resolve"]
    # 30 days after Thu 5/11/2026 -> Sat 5/12 -> Mon 7/12.
    assert as_complaint["resolve"].due_on == date(2026, 12, 7)
    with pytest.raises(ValidationError, match="nhiều nội dung"):
        PetitionClock("kien_nghi", date(2026, 11, 2), handled_as="khieu_nai")


def test_states_with_a_fixed_today():
    clock = PetitionClock("kien_nghi", date(2026, 11, 2))  # processing due Mon 16/11/2026
    on_time = steps(clock, today=date(2026, 11, 5))["process"]
    assert on_time.state == "on_time" and on_time.days_left == 7  # 6, 9, 10, 11, 12, 13, 16
    soon = steps(clock, today=date(2026, 11, 12))["process"]
    assert soon.state == "due_soon" and soon.days_left == 2  # Fri 13, Mon 16
    last_day = steps(clock, today=date(2026, 11, 16))["process"]
    assert last_day.state == "due_soon" and last_day.days_left == 0
    late = steps(clock, today=date(2026, 11, 18))["process"]
    assert late.state == "overdue" and late.days_left == -2  # Tue 17, Wed 18 past the due date
    done = steps(with_events(clock, ("guided", date(2026, 11, 13))), today=date(2026, 11, 18))["process"]
    assert done.state == "done" and done.days_left is None and done.done_on == date(2026, 11, 13)
    done_late = steps(with_events(clock, ("forwarded", date(2026, 11, 20))))["process"]
    assert done_late.state == "done_late" and STATE_LABELS[done_late.state] == "Xong nhưng trễ hạn"
    assert {STATE_LABELS[s] for s in ("on_time", "due_soon", "overdue")} == {"Trong hạn", "Sắp đến hạn", "Quá hạn"}


def test_overdue_over_a_weekend_still_counts_as_late():
    # Received Fri 6/11/2026: 10 working days -> 9..13, 16..20 -> Fri 20/11. On Sat 21/11 no
    # working day has passed, yet the deadline is gone: overdue, one day late.
    late = steps(PetitionClock("phan_anh", date(2026, 11, 6)), today=date(2026, 11, 21))["process"]
    assert late.due_on == date(2026, 11, 20) and late.state == "overdue" and late.days_left == -1


def test_calendar_clock_counts_calendar_days_but_due_soon_in_working_days():
    clock = PetitionClock("khieu_nai", date(2026, 11, 2))  # acceptance due Thu 12/11/2026
    friday = steps(clock, today=date(2026, 11, 6))["accept"]
    assert friday.days_left == 6 and friday.state == "on_time"  # working days left: 9, 10, 11, 12
    monday = steps(clock, today=date(2026, 11, 9))["accept"]
    assert monday.days_left == 3 and monday.state == "due_soon"  # 10, 11, 12
    assert steps(clock, today=date(2026, 11, 14))["accept"].days_left == -2


def test_overall_state_and_not_applicable():
    clock = PetitionClock("khieu_nai", date(2026, 11, 2))
    # On Mon 9/11: acceptance (Thu 12/11) is due soon, processing (Mon 16/11) has 5 days: on time.
    found = list(steps(clock, today=date(2026, 11, 9)).values())
    assert [d.state for d in found] == ["on_time", "due_soon"] and overall_state(found) == "due_soon"
    assert overall_state(list(steps(clock, today=date(2026, 11, 13)).values())) == "overdue"
    # Guided elsewhere on 4/11: processing done, acceptance no longer applies, nothing open.
    guided = steps(with_events(clock, ("guided", date(2026, 11, 4))), today=date(2026, 11, 20))
    assert guided["process"].state == "done" and guided["accept"].state == "not_applicable"
    assert guided["accept"].days_left is None and overall_state(list(guided.values())) is None
    # Urged (đôn đốc): another body accepts, so acceptance does not apply here either.
    urged = steps(with_events(clock, ("urged", date(2026, 11, 4))), today=date(2026, 11, 20))
    assert urged["accept"].state == "not_applicable"
    assert overall_state([]) is None


TEST_SET_2026_08 = """{"format": "danvan-time-limits", "version": 1, "rule_sets": [
  {"id": "thu-2026-08", "effective_from": "2026-08-03", "source": "Bộ quy tắc thử, chỉ dùng trong kiểm thử",
   "rules": [
    {"step": "process", "label": "Xử lý đơn (mới)", "kinds": ["khieu_nai", "kien_nghi"], "start_event": "received",
     "clock": "working", "days": 5, "done_events": ["accepted", "guided"]},
    {"step": "resolve", "label": "Giải quyết khiếu nại lần đầu (mới)", "kinds": ["khieu_nai"], "attempt": 1,
     "start_event": "accepted", "clock": "calendar", "days": 20, "done_events": ["resolved"]}]}]}"""


def test_a_petition_keeps_the_rule_set_in_force_on_its_received_date():
    rules = RULES + parse_rule_sets(TEST_SET_2026_08)
    before = PetitionClock("kien_nghi", date(2026, 7, 27))  # Monday, bundled set: 10 working days
    # 28, 29, 30, 31/7, 3, 4, 5, 6, 7, 10/8 -> Mon 10/8.
    assert steps(before, rules=rules)["process"].due_on == date(2026, 8, 10)
    assert steps(before, rules=rules)["process"].label == "Xử lý đơn"
    after = PetitionClock("kien_nghi", date(2026, 8, 3))  # Monday, new set: 5 working days -> 4..7, 10 -> Mon 10/8
    assert steps(after, rules=rules)["process"].label == "Xử lý đơn (mới)"
    assert steps(after, rules=rules)["process"].due_on == date(2026, 8, 10)
    # Received under the old set, accepted under the new one: the received date decides every step.
    crossing = with_events(PetitionClock("khieu_nai", date(2026, 7, 27)), ("accepted", date(2026, 8, 3)))
    found = steps(crossing, rules=rules)
    assert found["process"].label == "Xử lý đơn" and found["resolve"].label == "Giải quyết khiếu nại lần đầu"
    # Old rule (LKN 2011 Art. 28): 30 days after Mon 3/8 -> Wed 2/9, a holiday; Thu 3/9.
    assert found["resolve"].due_on == date(2026, 9, 3)
    # A petition received before the first set took effect has no known limit.
    assert compute_deadlines(PetitionClock("kien_nghi", date(2018, 12, 31)), rules, CAL, FAR) == []


def test_event_validation_messages():
    clock = PetitionClock("khieu_nai", date(2026, 3, 5))
    today = date(2026, 11, 22)

    def refused(clock, kind, on):
        with pytest.raises(ValidationError) as caught:
            validate_event(clock, ClockEvent(kind, on), today)
        return str(caught.value)

    assert refused(clock, "accepted", date(2026, 3, 1)) == \
        "Ngày thụ lý (01/03/2026) không được trước ngày nhận đơn (05/03/2026)."
    assert refused(clock, "guided", date(2026, 11, 23)) == \
        "Ngày hướng dẫn (23/11/2026) không được sau hôm nay (22/11/2026)."
    assert refused(clock, "an_trua", date(2026, 3, 6)).startswith("Loại bước xử lý “an_trua” không hợp lệ")
    assert refused(clock, "resolved", date(2026, 3, 20)) == "Chưa thụ lý đơn nên chưa thể ghi bước “Đã giải quyết”."
    accepted = with_events(clock, ("accepted", date(2026, 3, 10)))
    assert refused(accepted, "accepted", date(2026, 3, 12)) == "Đơn đã được thụ lý ngày 10/03/2026; không thụ lý lần nữa."
    assert refused(accepted, "resolved", date(2026, 3, 9)) == \
        "Ngày giải quyết (09/03/2026) không được trước ngày thụ lý (10/03/2026)."
    assert "không được gia hạn" in refused(accepted, "extended", date(2026, 3, 20))  # complaints: no extension
    assert refused(accepted, "notified", date(2026, 3, 11)) == "Bước thông báo thụ lý chỉ áp dụng cho đơn tố cáo."
    withdrawn = with_events(accepted, ("withdrawn", date(2026, 3, 15)))
    assert refused(withdrawn, "resolved", date(2026, 3, 20)) == \
        "Đơn đã kết thúc bằng bước “Rút đơn” ngày 15/03/2026; không ghi thêm bước nào."
    denunciation = with_events(PetitionClock("to_cao", date(2026, 3, 5)), ("accepted", date(2026, 3, 10)),
                               ("notified", date(2026, 3, 11)))
    assert refused(denunciation, "notified", date(2026, 3, 12)) == "Đã thông báo thụ lý tố cáo ngày 11/03/2026."
    validate_event(denunciation, ClockEvent("extended", date(2026, 4, 1), "3/QĐ"), today)  # allowed


def test_rule_files_are_checked():
    base = parse_rule_sets(TEST_SET_2026_08)
    assert base[0].id == "thu-2026-08" and base[0].effective_to is None
    with pytest.raises(ValidationError, match="bước “gì đó” không hợp lệ"):
        parse_rule_sets(TEST_SET_2026_08.replace('"step": "process"', '"step": "gì đó"'))
    with pytest.raises(ValidationError, match="khóa không hợp lệ: complex_day"):
        parse_rule_sets(TEST_SET_2026_08.replace('"days": 20,', '"days": 20, "complex_day": 45,'))
    twin = json.loads(TEST_SET_2026_08)
    twin["rule_sets"][0]["rules"][1].update(step="process", label="Trùng", start_event="received")
    with pytest.raises(ValidationError, match="“Xử lý đơn \\(mới\\)” và “Trùng” cùng áp dụng cho bước process"):
        parse_rule_sets(json.dumps(twin, ensure_ascii=False))
    with pytest.raises(ValidationError, match="số nguyên dương"):
        parse_rule_sets(TEST_SET_2026_08.replace('"days": 5', '"days": 0'))
    with pytest.raises(ValidationError, match="cùng có"):
        parse_rule_sets(TEST_SET_2026_08.replace('"days": 20,', '"days": 20, "extension_days": 30,'))
    with pytest.raises(ValidationError, match="kinds"):
        parse_rule_sets(TEST_SET_2026_08.replace('["khieu_nai", "kien_nghi"]', '["don_gi"]'))
    with pytest.raises(ValidationError, match="effective_from"):
        parse_rule_sets(TEST_SET_2026_08.replace("2026-08-03", "03/08/2026"))
    with pytest.raises(ValidationError, match="danvan-time-limits"):
        parse_rule_sets('{"format": "khac", "version": 1}')
