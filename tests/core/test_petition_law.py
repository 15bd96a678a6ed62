"""Who is competent, and which law applies: each case names the article it checks.

Rules and calendar are the bundled ones; "N days after D" counts from the day after D.
"""

from dataclasses import replace
from datetime import date

import pytest

from danvan_desktop.domain.deadlines import ClockEvent, PetitionClock, compute_deadlines, validate_event
from danvan_desktop.domain.petitions import NOT_PROCESSED_ANONYMOUS
from danvan_desktop.domain.rules_data import UNVERIFIED_MARK, load_default_calendar, load_default_rules
from danvan_desktop.errors import ValidationError

CAL = load_default_calendar()
RULES = list(load_default_rules())
FAR = date(2027, 12, 31)
TODAY = date(2026, 12, 1)


def steps(clock, today=FAR):
    return {d.step: d for d in compute_deadlines(clock, RULES, CAL, today)}


def with_events(clock, *events):
    return replace(clock, events=tuple(clock.events) + tuple(
        e if isinstance(e, ClockEvent) else ClockEvent(*e) for e in events))


def refused(clock, event, today=TODAY):
    with pytest.raises(ValidationError) as caught:
        validate_event(clock, event, today, RULES)
    return str(caught.value)


def test_complaint_outside_competence_has_the_processing_step_only_tt05_2021():
    """TT 05/2021/TT-TTCP: a complaint outside competence is guided or forwarded within
    10 working days; no acceptance or resolution clock (LKN 2011 Art. 27 is for the competent)."""
    clock = PetitionClock("khieu_nai", date(2026, 3, 2), competence="khong_thuoc_tham_quyen")
    found = steps(clock)
    assert list(found) == ["process"]
    assert found["process"].due_on == date(2026, 3, 16)
    assert "không thuộc thẩm quyền" in refused(clock, ClockEvent("accepted", date(2026, 3, 5)))
    guided = steps(with_events(clock, ("guided", date(2026, 3, 10))))
    assert guided["process"].state == "done"


def test_second_complaint_at_a_commune_is_processed_not_accepted_lkn_art17():
    """LKN 2011 Art. 17: the commune chairman resolves first complaints only. A second
    complaint received by a commune is guided or forwarded within the processing limit;
    no "Thụ lý lần hai" clock, so it can never be overdue for acceptance."""
    clock = PetitionClock("khieu_nai", date(2026, 3, 2), attempt=2, level="commune")
    found = steps(clock, today=date(2026, 3, 20))
    assert list(found) == ["process"] and found["process"].state == "overdue"
    assert "Điều 17" in refused(clock, ClockEvent("accepted", date(2026, 3, 5)))
    forwarded = steps(with_events(clock, ("forwarded", date(2026, 3, 9))), today=date(2026, 3, 20))
    assert forwarded["process"].state == "done"


def test_legacy_district_keeps_second_complaint_rules_before_1_7_2025_lkn_art18_37():
    """LKN 2011 Art. 18(2), 36, 37: a district chairman accepted and resolved second
    complaints; a legacy district unit keeps those clocks for petitions received before
    1/7/2025, not for those received after (no district level since then)."""
    old = with_events(PetitionClock("khieu_nai", date(2025, 5, 26), attempt=2, level="district"),
                      ("accepted", date(2025, 6, 2)))
    found = steps(old)
    assert found["accept"].label == "Thụ lý khiếu nại lần hai"
    # Art. 37: 45 days after Mon 2/6/2025 -> Thu 17/7/2025.
    assert found["resolve"].due_on == date(2025, 7, 17)
    new = PetitionClock("khieu_nai", date(2025, 7, 7), attempt=2, level="district")
    assert list(steps(new)) == ["process"]


def test_denunciation_outside_competence_forward_and_notify_in_5_working_days_ltc_art24():
    """LTC 2018 Art. 24(2): forward and notify the denouncer within 5 working days."""
    clock = PetitionClock("to_cao", date(2026, 11, 2), competence="khong_thuoc_tham_quyen",
                          signatories="mot_nguoi")
    found = steps(clock)
    assert list(found) == ["process"]
    # 3, 4, 5, 6, 9/11 -> Mon 9/11/2026.
    assert found["process"].due_on == date(2026, 11, 9)
    assert found["process"].label == "Chuyển đơn tố cáo và thông báo người tố cáo"
    within = steps(replace(clock, competence="thuoc_tham_quyen"))
    assert within["process"].due_on == date(2026, 11, 11)  # 7 working days (Art. 24(1))


def test_anonymous_denunciation_is_not_processed_ltc_art25_k1():
    """LTC 2018 Art. 25(1): no name or address -> not processed under the law: no clock."""
    clock = PetitionClock("to_cao", date(2026, 11, 2), signatories="nac_danh")
    assert compute_deadlines(clock, RULES, CAL, FAR) == []
    assert clock.not_processed == NOT_PROCESSED_ANONYMOUS and "Điều 25 khoản 1" in NOT_PROCESSED_ANONYMOUS
    assert "không thụ lý" in refused(clock, ClockEvent("accepted", date(2026, 11, 5)))
    # An anonymous kiến nghị still has its processing step (it is filed within it).
    assert list(steps(PetitionClock("kien_nghi", date(2026, 11, 2), signatories="nac_danh"))) == ["process"]


def test_withdrawn_denunciation_continues_when_ltc_art33_requires():
    """LTC 2018 Art. 33: a withdrawal that does not end the case is recorded and the
    clocks keep running; only a complaint-like step "withdrawn" closes the petition."""
    clock = with_events(PetitionClock("to_cao", date(2026, 11, 2), signatories="nhieu_nguoi"),
                        ("accepted", date(2026, 11, 5)), ("withdrawal_continued", date(2026, 11, 10)))
    found = steps(clock, today=date(2026, 11, 20))
    assert found["resolve"].state in ("on_time", "due_soon") and found["notify"].state == "overdue"
    assert "chỉ áp dụng cho đơn tố cáo" in refused(PetitionClock("khieu_nai", date(2026, 11, 2)),
                                                   ClockEvent("withdrawal_continued", date(2026, 11, 3)))
    closed = steps(with_events(clock, ("withdrawn", date(2026, 11, 12))), today=date(2026, 11, 20))
    assert closed["resolve"].state == "done"


def test_extension_days_count_from_the_previous_due_date_ltc_art30():
    """LTC 2018 Art. 30(2)-(3): each extension at most 30 days; the decision may grant fewer."""
    accepted = with_events(PetitionClock("to_cao", date(2026, 3, 2), signatories="mot_nguoi"),
                           ("accepted", date(2026, 3, 4)))
    # 30 days after Wed 4/3 -> Fri 3/4/2026.
    assert steps(accepted)["resolve"].due_on == date(2026, 4, 3)
    ten = with_events(accepted, ClockEvent("extended", date(2026, 3, 30), "5/QĐ", 10))
    # 10 days after the previous due date 3/4 -> Mon 13/4.
    assert steps(ten)["resolve"].due_on == date(2026, 4, 13) and steps(ten)["resolve"].extension_days == 10
    full = with_events(ten, ClockEvent("extended", date(2026, 4, 10), "6/QĐ"))  # default: the maximum
    # 30 days after 13/4 -> Wed 13/5.
    assert steps(full)["resolve"].due_on == date(2026, 5, 13) and steps(full)["resolve"].extensions == 2
    assert "từ 1 đến 30 ngày" in refused(accepted, ClockEvent("extended", date(2026, 3, 30), "5/QĐ", 31))
    assert "tối đa 2 lần" in refused(full, ClockEvent("extended", date(2026, 5, 1), "7/QĐ"))


def test_suspension_stops_the_clock_from_1_7_2026_luat_136_2025():
    """Luật 136/2025/QH15 (from 1/7/2026): suspended ... resumed, the time stood still is
    not counted. Before 1/7/2026 the register does not record a suspension."""
    accepted = with_events(PetitionClock("khieu_nai", date(2026, 9, 1)), ("accepted", date(2026, 9, 7)))
    # Art. 28: 30 days after Mon 7/9 -> Wed 7/10/2026.
    assert steps(accepted)["resolve"].due_on == date(2026, 10, 7)
    paused = with_events(accepted, ClockEvent("suspended", date(2026, 9, 20), "8/QĐ"))
    on_pause = steps(paused, today=date(2026, 10, 20))["resolve"]
    assert on_pause.state == "suspended" and on_pause.days_left is None
    resumed = with_events(paused, ("resumed", date(2026, 10, 5)))
    # 15 days stood still (20/9 -> 5/10): 7/10 + 15 -> Thu 22/10.
    after = steps(resumed, today=date(2026, 10, 20))["resolve"]
    assert after.due_on == date(2026, 10, 22) and after.suspended_days == 15 and after.state == "due_soon"
    assert "Tiếp tục giải quyết" in refused(paused, ClockEvent("resolved", date(2026, 10, 1)))
    assert "không bị tạm đình chỉ" in refused(accepted, ClockEvent("resumed", date(2026, 10, 1)))
    before_law = with_events(PetitionClock("khieu_nai", date(2026, 6, 1)), ("accepted", date(2026, 6, 5)))
    assert "01/07/2026" in refused(before_law, ClockEvent("suspended", date(2026, 6, 20), "8/QĐ"))


def test_cases_either_side_of_1_7_2026_take_their_rule_set_luat_136_2025():
    """A petition keeps the rule set in force on its received date: vn-2025-07 until
    30/6/2026, vn-2026-07 (Luật 136/2025/QH15) from 1/7/2026; rules not confirmed from
    the text carry the mark "chưa đối chiếu văn bản"."""
    before = steps(with_events(PetitionClock("khieu_nai", date(2026, 6, 30)), ("accepted", date(2026, 7, 2))))
    after = steps(with_events(PetitionClock("khieu_nai", date(2026, 7, 1)), ("accepted", date(2026, 7, 2))))
    assert before["resolve"].verified and "Điều 28" in before["resolve"].basis  # LKN 2011 Art. 28, read
    assert not after["resolve"].verified and "136/2025/QH15" in after["resolve"].basis
    assert UNVERIFIED_MARK in after["resolve"].marks and UNVERIFIED_MARK not in before["resolve"].marks


def test_deadlines_in_a_year_without_official_arrangement_are_provisional():
    """BLLĐ 2019 Art. 112 and the yearly notice: 2027 has none loaded, so a due date after
    1/1/2027 is "tạm tính"; one in 2026 is not."""
    clock = PetitionClock("kien_nghi", date(2026, 12, 21))
    due = steps(clock)["process"]
    assert due.due_on.year == 2027 and due.provisional and "tạm tính" in due.marks
    assert not steps(PetitionClock("kien_nghi", date(2026, 11, 2)))["process"].provisional


def test_left_labels_name_the_clock_unit():
    """"còn 6 ngày làm việc" (working-day clock) vs "còn 6 ngày" (calendar clock)."""
    clock = PetitionClock("khieu_nai", date(2026, 11, 2))
    found = steps(clock, today=date(2026, 11, 6))
    assert found["process"].left_label == "còn 6 ngày làm việc"  # due Mon 16/11
    assert found["accept"].left_label == "còn 6 ngày"  # due Thu 12/11
    late = steps(clock, today=date(2026, 11, 17))
    assert late["process"].left_label == "quá 1 ngày làm việc"


def test_demo_petitions_follow_the_law(admin_session):
    """Demo data: anonymous never "đủ điều kiện" (LTC 2018 Art. 25(1), TT 05/2021); outside
    competence and second complaints guided or forwarded, never accepted (LKN 2011 Art. 17);
    complaint results and denunciation conclusions đúng / sai / đúng một phần."""
    from danvan_desktop.services.demo_petitions import load_demo_petitions

    load_demo_petitions(admin_session, 1500, seed=11, today=TODAY)
    db = admin_session.db
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM petitions WHERE signatories = 'nac_danh'") > 0
    assert one("SELECT count(*) FROM petitions WHERE signatories = 'nac_danh' AND eligibility = 'du_dieu_kien'") == 0
    assert one("SELECT count(*) FROM petitions WHERE kind = 'to_cao' AND signatories = 'nac_danh' "
               "AND next_due_on IS NOT NULL") == 0
    outside = "SELECT count(*) FROM petitions p WHERE competence = 'khong_thuoc_tham_quyen' AND {}"
    assert one(outside.format("outcome = 'forwarded'")) > 0 and one(outside.format("outcome = 'guided'")) > 0
    assert one(outside.format("EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = p.id "
                              "AND e.kind = 'accepted')")) == 0
    assert one("SELECT count(*) FROM petitions WHERE attempt = 2 AND outcome = 'forwarded'") > 0
    assert one("SELECT count(*) FROM petitions WHERE attempt = 2 AND competence = 'thuoc_tham_quyen'") == 0
    for kind in ("khieu_nai", "to_cao"):
        results = {r for (r,) in db.execute(f"SELECT DISTINCT result FROM petitions WHERE kind = '{kind}' "
                                            "AND result IS NOT NULL")}
        assert results == {"dung", "sai", "dung_mot_phan"}, kind
    assert one("SELECT count(*) FROM petition_events WHERE kind = 'forwarded' AND body = ''") == 0


def test_editing_competence_or_signatories_recomputes_the_schedule(admin_session):
    """TT 05/2021 / LKN 2011 Art. 27 / LTC 2018 Art. 25(1): correcting competence or the
    signatories changes which steps apply, and the stored next due date follows."""
    from danvan_desktop.domain.petitions import Petitioner, PetitionInput
    from danvan_desktop.services import petitions

    person = (Petitioner(name="Nguyễn Văn An", address="Thôn Nà Lầu"),)
    data = PetitionInput(received_on=date(2026, 11, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
                         content="Khiếu nại quyết định thu hồi đất", petitioners=person,
                         competence="thuoc_tham_quyen")
    pid = petitions.add_petition(admin_session, data, today=TODAY)
    due = lambda: admin_session.db.execute(  # noqa: E731
        "SELECT next_due_on, next_due_step FROM petitions WHERE id = ?", [pid]).fetchone()
    assert tuple(due()) == ("2026-11-12", "accept")  # LKN Art. 27: 10 days
    petitions.update_petition(admin_session, pid, replace(data, competence="khong_thuoc_tham_quyen"), today=TODAY)
    assert tuple(due()) == ("2026-11-16", "process")  # TT 05/2021: 10 working days
    shown = petitions.show_petition(admin_session, pid, today=TODAY)
    assert [d.step for d in shown.deadlines] == ["process"]
    denunciation = replace(data, kind="to_cao", accused="Ông B", competence=None,
                           assigned_to=admin_session.user.username)
    petitions.update_petition(admin_session, pid, denunciation, today=TODAY)
    assert tuple(due()) == ("2026-11-11", "process")  # LTC Art. 24(1): 7 working days
    petitions.update_petition(admin_session, pid, replace(denunciation, signatories="nac_danh", petitioners=()),
                              today=TODAY)
    assert tuple(due()) == (None, None)
    assert "Điều 25 khoản 1" in petitions.show_petition(admin_session, pid, today=TODAY).not_processed
