"""The time-limit engine, every rule checked with dates computed by hand."""

from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.deadlines import ClockEvent, PetitionClock, compute_deadlines, overall_state, validate_event
from danvan_desktop.domain.rules_data import parse_rule_sets
from danvan_desktop.services.rules import active_calendar, active_rule_sets
from danvan_desktop.errors import ValidationError

CAL = active_calendar()
RULES = active_rule_sets()


def due(clock, today=date(2026, 12, 31), rules=RULES):
    return {d.step: d for d in compute_deadlines(clock, rules, CAL, today)}


def test_first_complaint_ordinary_complex_remote():
    received = date(2026, 3, 2)  # Monday
    accepted = ClockEvent("accepted", date(2026, 3, 9))
    base = PetitionClock("khieu_nai", received, events=(accepted,))
    steps = due(base)
    # Processing: 10 working days from Tue 3/3 -> Mon 16/3.
    assert steps["process"].due_on == date(2026, 3, 16) and steps["process"].state == "done"
    # Acceptance: 10 calendar days -> Thu 12/3; accepted 9/3 in time.
    assert steps["accept"].due_on == date(2026, 3, 12) and steps["accept"].state == "done"
    # Resolution from acceptance 9/3: 30 days -> Wed 8/4.
    assert steps["resolve"].due_on == date(2026, 4, 8)
    assert due(replace(base, complex=True))["resolve"].due_on == date(2026, 4, 23)  # 45 days
    # Remote area: 45 days -> Thu 23/4; remote + complex: 60 days -> Fri 8/5.
    assert due(replace(base, remote_area=True))["resolve"].due_on == date(2026, 4, 23)
    assert due(replace(base, remote_area=True, complex=True))["resolve"].due_on == date(2026, 5, 8)


def test_resolution_landing_on_30_4_moves_past_the_holidays():
    # Accepted Mon 30/3/2026; 30 days -> Wed 29/4 (a working day);
    # complex 45 days -> Thu 14/5. Accepted Wed 1/4: 30 days -> Fri 1/5, holiday ->
    # weekend -> Monday 4/5.
    clock = PetitionClock("khieu_nai", date(2026, 3, 30), events=(ClockEvent("accepted", date(2026, 3, 30)),))
    assert due(clock)["resolve"].due_on == date(2026, 4, 29)
    clock = PetitionClock("khieu_nai", date(2026, 3, 30), events=(ClockEvent("accepted", date(2026, 4, 1)),))
    assert due(clock)["resolve"].due_on == date(2026, 5, 4)


def test_second_complaint():
    events = (ClockEvent("accepted", date(2026, 6, 1)),)
    clock = PetitionClock("khieu_nai", date(2026, 5, 25), attempt=2, events=events)
    assert due(clock)["accept"].label == "Thụ lý khiếu nại lần hai"
    # 45 days from Mon 1/6 -> Thu 16/7; complex 60 -> Fri 31/7; remote 60 -> 31/7; remote+complex 70 -> Mon 10/8.
    assert due(clock)["resolve"].due_on == date(2026, 7, 16)
    assert due(replace(clock, complex=True))["resolve"].due_on == date(2026, 7, 31)
    assert due(replace(clock, remote_area=True, complex=True))["resolve"].due_on == date(2026, 8, 10)


def test_denunciation_processing_notification_and_extensions():
    received = date(2026, 11, 2)  # Monday
    clock = PetitionClock("to_cao", received)
    # Initial processing: 7 working days from Tue 3/11 -> Wed 11/11; 10 if it must be verified -> Mon 16/11.
    assert due(clock)["process"].due_on == date(2026, 11, 11)
    assert due(replace(clock, needs_verification=True))["process"].due_on == date(2026, 11, 16)
    accepted = replace(clock, events=(ClockEvent("accepted", date(2026, 11, 10)),))
    steps = due(accepted)
    # Notify within 5 working days after Tue 10/11: 11,12,13,16,17 -> Tue 17/11.
    assert steps["notify"].due_on == date(2026, 11, 17)
    # Resolve: 30 days from 10/11 -> Thu 10/12; +30 per extension -> Sat 9/1/2027 -> Mon 11/1;
    # +60 -> Mon 8/2/2027, inside Tết Đinh Mùi (4–10/2/2027) -> Thu 11/2/2027.
    assert steps["resolve"].due_on == date(2026, 12, 10)
    once = replace(accepted, events=accepted.events + (ClockEvent("extended", date(2026, 12, 1), "5/QĐ"),))
    assert due(once)["resolve"].due_on == date(2027, 1, 11)
    twice = replace(once, events=once.events + (ClockEvent("extended", date(2026, 12, 30), "9/QĐ"),))
    assert due(twice)["resolve"].due_on == date(2027, 2, 11) and due(twice)["resolve"].extensions == 2
    with pytest.raises(ValidationError, match="tối đa 2 lần"):
        validate_event(twice, ClockEvent("extended", date(2026, 12, 31), "10/QĐ"), date(2026, 12, 31), RULES)


def test_states_with_a_fixed_today():
    clock = PetitionClock("kien_nghi", date(2026, 11, 2))  # processing due Mon 16/11
    assert due(clock, today=date(2026, 11, 5))["process"].state == "on_time"
    soon = due(clock, today=date(2026, 11, 12))["process"]
    assert soon.state == "due_soon" and soon.days_left == 2  # Fri 13, Mon 16
    late = due(clock, today=date(2026, 11, 18))["process"]
    assert late.state == "overdue" and late.days_left == -2
    assert overall_state(list(due(clock, today=date(2026, 11, 18)).values())) == "overdue"
    done_late = replace(clock, events=(ClockEvent("guided", date(2026, 11, 20)),))
    assert due(done_late)["process"].state == "done_late"
    # A complaint guided elsewhere: acceptance no longer applies.
    guided = PetitionClock("khieu_nai", date(2026, 11, 2), events=(ClockEvent("guided", date(2026, 11, 4)),))
    assert due(guided)["accept"].state == "not_applicable"
    assert overall_state(list(due(guided).values())) is None


def test_rule_set_in_force_when_the_clock_started():
    later = parse_rule_sets("""{"format": "danvan-time-limits", "version": 1, "rule_sets": [
      {"id": "future", "effective_from": "2026-07-01", "source": "test", "rules": [
        {"step": "process", "label": "Xử lý đơn (mới)", "kinds": ["kien_nghi"], "start_event": "received",
         "clock": "working", "days": 5, "done_events": ["accepted"]}]}]}""")
    rules = sorted(RULES + later, key=lambda s: s.effective_from)
    before = PetitionClock("kien_nghi", date(2026, 6, 29))  # Monday; old rule: 10 working days -> Mon 13/7
    after = PetitionClock("kien_nghi", date(2026, 7, 6))  # Monday; new rule: 5 working days -> Mon 13/7
    assert due(before, rules=rules)["process"].due_on == date(2026, 7, 13)
    assert due(after, rules=rules)["process"].label == "Xử lý đơn (mới)"
    assert due(after, rules=rules)["process"].due_on == date(2026, 7, 13)


def test_event_validation_messages():
    clock = PetitionClock("khieu_nai", date(2026, 3, 5))
    with pytest.raises(ValidationError, match=r"Ngày thụ lý \(01/03/2026\) không được trước ngày nhận đơn \(05/03/2026\)"):
        validate_event(clock, ClockEvent("accepted", date(2026, 3, 1)), date(2026, 11, 22), RULES)
    with pytest.raises(ValidationError, match="không hợp lệ"):
        validate_event(clock, ClockEvent("an_trua", date(2026, 3, 6)), date(2026, 11, 22), RULES)
    with pytest.raises(ValidationError, match="chỉ áp dụng cho đơn tố cáo"):
        accepted = replace(clock, events=(ClockEvent("accepted", date(2026, 3, 6)),))
        validate_event(accepted, ClockEvent("notified", date(2026, 3, 7)), date(2026, 11, 22), RULES)
