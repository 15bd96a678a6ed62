"""Correcting receptions, activities, models, democracy records and petitions: who may,
validation as for a new record, an audit entry naming the fields only, approved periods."""

import json
from dataclasses import replace
from datetime import date, time

import pytest

from danvan_desktop.domain.activities import ActivityInput, ModelInput
from danvan_desktop.domain.democracy import DemocracyInput
from danvan_desktop.domain.petitions import Petitioner, PetitionInput
from danvan_desktop.domain.receptions import ReceptionInput
from danvan_desktop.errors import PermissionDenied, ValidationError
from danvan_desktop.services import activities, democracy, petitions, receptions, reports
from danvan_desktop.services.locks import PeriodLocked
from danvan_desktop.storage import audit_repo
from tests.core.test_petition_register import staff  # noqa: F401 - the same three users

TODAY = date(2026, 11, 22)
SESSION = ReceptionInput(held_on=date(2026, 11, 16), kind="dinh_ky", receiver="Ma Văn Thắng", visits=2, people=3,
                         cases_new=1)
MEETING = ActivityInput(held_on=date(2026, 11, 5), kind="tuyen_truyen", place="Thôn Nà Lầu", starts_at=time(8, 0),
                        ends_at=time(10, 30), participants=40, women=20, content="Tuyên truyền Luật Đất đai 2024")
MODEL = ModelInput(name="Dân vận khéo trong giải phóng mặt bằng", field="nong_thon_moi", owner_kind="tap_the",
                   owner="UBND xã Lâm Bình", year_registered=2025)
RECORD = DemocracyInput(kind="ban_quyet_dinh", on=date(2026, 4, 10), matter="Mức đóng góp làm đường thôn Nà Lầu",
                        form="hop", turnout=112, in_favour_percent=87)


def last_audit(session):
    return audit_repo.recent(session.db, 1)[0]


def test_each_kind_of_record_is_corrected_and_audited_by_field_names(staff):
    officer = staff["tiepdan"]
    reception_id, _ = receptions.add_reception(officer, SESSION, today=TODAY)
    assert receptions.update_reception(officer, reception_id, replace(SESSION, people=5, note="Có 1 người khuyết tật"),
                                       today=TODAY) == ["note", "people"]
    assert receptions.get_reception(officer, reception_id)["people"] == 5
    entry = last_audit(officer)
    assert (entry.action, entry.entity_id) == ("reception.edit", str(reception_id))
    assert json.loads(entry.details) == {"fields": ["note", "people"]}
    assert "khuyết tật" not in entry.details  # names of fields, never what was typed

    activity_id = activities.add_activity(officer, MEETING, today=TODAY)
    assert activities.update_activity(officer, activity_id, replace(MEETING, ends_at=time(11, 0), led_by="Hoàng Thị Lan"),
                                      today=TODAY) == ["ends_at", "led_by"]
    row = activities.get_activity(officer, activity_id)
    assert (row["ends_at"], row["led_by"]) == ("11:00", "Hoàng Thị Lan")
    assert activities.activity_input_of(officer, activity_id) == replace(MEETING, ends_at=time(11, 0),
                                                                         led_by="Hoàng Thị Lan")

    model_id = activities.add_model(officer, MODEL, today=TODAY)
    assert activities.update_model(officer, model_id, replace(MODEL, status="hieu_qua", recognition_level="tinh",
                                                              recognition_form="bang_khen"), today=TODAY) \
        == ["recognition_form", "recognition_level", "status"]
    assert activities.model_input_of(officer, model_id).status == "hieu_qua"
    assert activities.list_models(officer)[1].startswith("Có 1 mô hình đang thực hiện")  # now effective, so it counts
    assert last_audit(officer).action == "model.edit"

    record_id = democracy.add_record(officer, RECORD, today=TODAY)
    assert democracy.update_record(officer, record_id, replace(RECORD, on=date(2026, 4, 11), turnout=120),
                                   today=TODAY) == ["on_date", "turnout"]
    assert democracy.record_input_of(officer, record_id) == replace(RECORD, on=date(2026, 4, 11), turnout=120)
    count = len(audit_repo.recent(officer.db, 1000))
    assert democracy.update_record(officer, record_id, replace(RECORD, on=date(2026, 4, 11), turnout=120),
                                   today=TODAY) == []  # nothing changed, nothing written or logged
    assert len(audit_repo.recent(officer.db, 1000)) == count


@pytest.mark.parametrize("edit, message", [
    (lambda s, i: receptions.update_reception(s, i["reception"], replace(SESSION, people=1), today=TODAY),
     "ít hơn số lượt"),
    (lambda s, i: activities.update_activity(s, i["activity"], replace(MEETING, women=90), today=TODAY),
     "không được lớn hơn tổng số"),
    (lambda s, i: activities.update_model(s, i["model"], replace(MODEL, recognition_level="tinh"), today=TODAY),
     "cả cấp khen và hình thức"),
    (lambda s, i: democracy.update_record(s, i["democracy"], replace(RECORD, in_favour_percent=120), today=TODAY),
     "0 đến 100"),
])
def test_edits_are_validated_like_new_records_and_change_nothing(staff, edit, message):
    officer = staff["tiepdan"]
    ids = {"reception": receptions.add_reception(officer, SESSION, today=TODAY)[0],
           "activity": activities.add_activity(officer, MEETING, today=TODAY),
           "model": activities.add_model(officer, MODEL, today=TODAY),
           "democracy": democracy.add_record(officer, RECORD, today=TODAY)}
    before = len(audit_repo.recent(officer.db, 1000))
    with pytest.raises(ValidationError, match=message):
        edit(officer, ids)
    assert len(audit_repo.recent(officer.db, 1000)) == before
    assert receptions.get_reception(officer, ids["reception"])["people"] == 3
    assert activities.get_activity(officer, ids["activity"])["women"] == 20


def test_only_the_author_the_assigned_officer_or_a_leader_may_correct(staff):
    author, other, leader = staff["tiepdan"], staff["vanphong"], staff["chutich"]
    activity_id = activities.add_activity(author, MEETING, today=TODAY)
    with pytest.raises(PermissionDenied, match="người đã nhập \\(tiepdan\\)"):
        activities.update_activity(other, activity_id, replace(MEETING, participants=41), today=TODAY)
    assert activities.update_activity(leader, activity_id, replace(MEETING, participants=41), today=TODAY) \
        == ["participants"]
    complaint = PetitionInput(received_on=date(2026, 11, 2), kind="khieu_nai", channel="truc_tiep", field="dat_dai",
                              content="Khiếu nại thu hồi đất", petitioners=(Petitioner("Nguyễn Văn An", "Nà Lầu"),))
    pid = petitions.add_petition(author, complaint, today=TODAY)
    assert "tiepdan" in petitions.edit_refusal(other, pid)
    with pytest.raises(PermissionDenied):
        petitions.update_petition(other, pid, replace(complaint, content="Khiếu nại khác"), today=TODAY)
    petitions.update_petition(author, pid, replace(complaint, assigned_to="vanphong"), today=TODAY)
    assert petitions.edit_refusal(other, pid) is None  # now assigned to them
    assert petitions.update_petition(other, pid, replace(complaint, assigned_to="vanphong", note="Đã gọi điện"),
                                     today=TODAY) == ["ghi chú"]


def test_corrections_inside_an_approved_period_are_refused(staff):
    officer, leader = staff["tiepdan"], staff["chutich"]
    early = activities.add_activity(officer, replace(MEETING, held_on=date(2026, 3, 5)), today=TODAY)
    late = activities.add_activity(officer, MEETING, today=TODAY)
    record_id = democracy.add_record(officer, RECORD, today=TODAY)
    reports.approve(leader, "2026-H1", today=TODAY)  # Tuyên Quang: 15/11/2025 – 14/05/2026
    with pytest.raises(PeriodLocked, match="05/03/2026 thuộc kỳ báo cáo 2026-H1"):
        activities.update_activity(officer, early, replace(MEETING, held_on=date(2026, 3, 5), participants=50),
                                   today=TODAY)
    with pytest.raises(PeriodLocked):  # moving a record into the approved period is refused too
        activities.update_activity(officer, late, replace(MEETING, held_on=date(2026, 5, 1)), today=TODAY)
    with pytest.raises(PeriodLocked):
        democracy.update_record(officer, record_id, replace(RECORD, turnout=5), today=TODAY)
    assert activities.get_activity(officer, early)["participants"] == 40
    assert activities.update_activity(officer, late, replace(MEETING, participants=45), today=TODAY) == ["participants"]
